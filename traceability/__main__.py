"""Command line: `python -m traceability matrix|parts` (run from the project root; `bin/traceability`).

- `matrix [--results reports/junit.xml]… [--article-check reports/articles/article-check.json]
  [--out reports/traceability] [--strict]` writes `traceability.md` and `traceability.html` (with
  the article check's verdict per part next to the scenarios' results); with `--strict` it exits
  1 when a part is not covered in one of the languages (`billing_e2e.domain`) or a `@verifies:` tag names no part.
- `parts [NUMBER…]` lists the article parts and their ids (what `@verifies:` tags may name).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from billing_e2e.articles import load_articles

from . import LANGUAGES, TAG_PREFIX
from .matrix import DEFAULT_TEST_MODULE, ArticleCheckError, build_matrix, shorten, write_reports


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=Path(), help="the project root (default: the current folder)")
    common.add_argument("--articles", type=Path, help="the articles folder (default: ROOT/articles)")
    parser = argparse.ArgumentParser(prog="python -m traceability", description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    matrix = commands.add_parser("matrix", parents=[common], help="write the traceability matrix as Markdown and HTML")
    matrix.add_argument("--features", type=Path, help="the features folder (default: ROOT/features)")
    matrix.add_argument(
        "--results",
        type=Path,
        action="append",
        help="a JUnit XML file of pytest --junitxml (repeatable; default: ROOT/reports/junit.xml when it exists)",
    )
    matrix.add_argument(
        "--test-module",
        default=DEFAULT_TEST_MODULE,
        help=f"JUnit classname of the scenarios' tests (default: {DEFAULT_TEST_MODULE}; '' for any)",
    )
    matrix.add_argument(
        "--article-check",
        type=Path,
        help="the article check's article-check.json, whose verdicts are shown next to the scenarios' results "
        "(default: ROOT/reports/articles/article-check.json when it exists)",
    )
    matrix.add_argument("--out", type=Path, help="output folder (default: ROOT/reports/traceability)")
    matrix.add_argument(
        "--strict",
        action="store_true",
        help=f"exit 1 when a part is uncovered in one of {'/'.join(LANGUAGES)} or a tag names no part",
    )

    parts = commands.add_parser("parts", parents=[common], help="list the article parts and their ids")
    parts.add_argument("numbers", nargs="*", help="only these articles (e.g. 002)")
    return parser


def _matrix(args: argparse.Namespace, articles_dir: Path) -> int:
    root: Path = args.root
    results: list[Path] = args.results or []
    if not args.results and (root / "reports" / "junit.xml").is_file():
        results = [root / "reports" / "junit.xml"]
    missing = [str(path) for path in results if not path.is_file()]
    if missing:
        print(f"traceability: no results file {', '.join(missing)}", file=sys.stderr)
        return 2
    check: Path | None = args.article_check
    if check is None and (root / "reports" / "articles" / "article-check.json").is_file():
        check = root / "reports" / "articles" / "article-check.json"
    if check is not None and not check.is_file():
        print(f"traceability: no article check report {check}", file=sys.stderr)
        return 2
    try:
        matrix = build_matrix(
            articles_dir,
            args.features or root / "features",
            results,
            root=root,
            test_module=args.test_module or None,
            article_check=check,
        )
    except ArticleCheckError as error:
        print(f"traceability: {error}", file=sys.stderr)
        return 2
    markdown, page = write_reports(matrix, args.out or root / "reports" / "traceability")
    total = len(matrix.rows)
    coverage = ", ".join(f"{lang} {matrix.covered_count(lang)}/{total}" for lang in matrix.languages)
    print(f"traceability: {total} parts, {len(matrix.scenarios)} scenarios; covered: {coverage}")
    print(f"traceability: wrote {markdown} and {page}")
    for row in matrix.disagreements:
        assert row.check is not None
        print(f"traceability: {row.part.id}: the scenarios pass, the article check says {row.check.describe()}")
    gaps = matrix.uncovered()
    for lang in LANGUAGES:
        ids = [part_id for part_id, gap_lang in gaps if gap_lang == lang]
        if ids:
            print(f"traceability: uncovered in {lang}: {', '.join(ids)}", file=sys.stderr)
    for scenario, part_id in matrix.unknown:
        print(
            f"traceability: {scenario.location}: @{TAG_PREFIX}{part_id} names no article part",
            file=sys.stderr,
        )
    if args.strict and (gaps or matrix.unknown):
        print("traceability: --strict: failing (uncovered parts or unknown ids)", file=sys.stderr)
        return 1
    return 0


def _parts(args: argparse.Namespace, articles_dir: Path) -> int:
    for article in load_articles(articles_dir):
        if args.numbers and article.number not in args.numbers:
            continue
        print(f"{article.number} ({article.language}) {article.title}")
        for part in article.parts:
            text = f"{part.label}: {part.text}" if part.label else part.text
            print(f"  {part.id:<24} {part.kind:<16} {shorten(text, 90)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    articles_dir: Path = args.articles or args.root / "articles"
    if args.command == "matrix":
        return _matrix(args, articles_dir)
    return _parts(args, articles_dir)


if __name__ == "__main__":
    sys.exit(main())
