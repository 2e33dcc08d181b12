"""Move step phrasings written in the code (`@given(it=..., de=..., en=...)`) into the data.

    .venv/bin/python -m tools.step_phrasings_to_data            # convert, print what moved
    .venv/bin/python -m tools.step_phrasings_to_data --check    # exit 1 if anything is left to move

Steps are phrased in `steps/phrasings/<lang>.toml` (`steps/phrasing.py` says how). A branch that
still adds steps the old way, with one keyword argument per language, is converted by running
this after the merge: each such decorator's patterns go into the language's file, under the
table of the step's module (`[account_steps]`) and the key of its function, and the decorator
keeps only its kind and fixture (`@given()`, `@then(target_fixture="account")`).

It reads the step modules with `ast` and imports none of them. It is safe to run again: a step
already in the data is left alone when its pattern is the same, and a different pattern for the
same step is refused (the file, the step and both patterns named) rather than overwritten. New
keys go after the step that precedes them in the module, so a file keeps the code's order; the
files are rewritten with tomlkit, so their comments and layout survive. The patterns are the
strings Python reads from the code (implicit concatenation joined, escapes applied), written as
TOML literal strings ('…') where they can be, else as basic strings with TOML's escapes.

Exit codes: 0 done (or nothing to do), 1 `--check` found steps to move, 2 a step it cannot
convert (a pattern that is not a string literal, a language the data does not define, a conflict).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from tomlkit.exceptions import InvalidStringError
from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
STEPS_DIR = ROOT / "steps"
KINDS = frozenset({"given", "when", "then"})
KEPT_KEYWORDS = frozenset({"target_fixture"})


class ConversionError(Exception):
    """A step the converter cannot move (exit code 2)."""


@dataclass(frozen=True)
class OldStep:
    """One decorator written the old way, where it is in the module's source, and what it says."""

    module: str
    function: str
    kind: str
    patterns: dict[str, str]
    kept: str
    """The arguments the decorator keeps, as written (`target_fixture="account"`), or ""."""
    start: int
    end: int
    """Byte offsets of the decorator's call (`given(...)`) in the module's UTF-8 source."""


def _offset(line_starts: Sequence[int], line: int, column: int) -> int:
    return line_starts[line - 1] + column  # ast columns are UTF-8 byte offsets


def old_steps(path: Path) -> tuple[list[OldStep], list[str]]:
    """The old-style step decorators of a module, in source order, and every step function's name
    in that order (where new keys go)."""
    source = path.read_bytes()
    tree = ast.parse(source, filename=str(path))
    line_starts = [0]
    for line in source.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    found: list[OldStep] = []
    functions: list[str] = []
    every = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    for node in sorted(every, key=lambda node: node.lineno):
        for decorator in node.decorator_list:
            if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Name)):
                continue
            if decorator.func.id not in KINDS:
                continue
            functions.append(node.name)
            languages = [keyword for keyword in decorator.keywords if keyword.arg not in KEPT_KEYWORDS]
            if not languages:
                continue
            where = f"{path}:{decorator.lineno} ({node.name})"
            if decorator.args or any(keyword.arg is None for keyword in languages):
                raise ConversionError(f"{where}: only keyword arguments can be converted")
            patterns: dict[str, str] = {}
            for keyword in languages:
                value = keyword.value
                if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                    raise ConversionError(f"{where}: {keyword.arg}= is not a string literal")
                assert keyword.arg is not None
                if keyword.arg not in LANGUAGE_DATA:
                    raise ConversionError(
                        f"{where}: {keyword.arg}= is not a language of billing_e2e/languages.toml "
                        f"({', '.join(LANGUAGES)}); add it there first"
                    )
                patterns[keyword.arg] = value.value
            kept = ", ".join(
                f"{keyword.arg}={ast.get_source_segment(source.decode('utf-8'), keyword.value)}"
                for keyword in decorator.keywords
                if keyword.arg in KEPT_KEYWORDS
            )
            assert decorator.end_lineno is not None
            assert decorator.end_col_offset is not None
            found.append(
                OldStep(
                    module=path.stem,
                    function=node.name,
                    kind=decorator.func.id,
                    patterns=patterns,
                    kept=kept,
                    start=_offset(line_starts, decorator.lineno, decorator.col_offset),
                    end=_offset(line_starts, decorator.end_lineno, decorator.end_col_offset),
                )
            )
    found.sort(key=lambda step: step.start)
    return found, functions


def rewritten_source(path: Path, steps: Sequence[OldStep]) -> bytes:
    """The module's source with each old decorator reduced to its kind and kept arguments."""
    source = path.read_bytes()
    for step in sorted(steps, key=lambda s: s.start, reverse=True):
        source = source[: step.start] + f"{step.kind}({step.kept})".encode() + source[step.end :]
    return source


def _pattern_item(pattern: str) -> tomlkit.items.String:
    try:
        return tomlkit.string(pattern, literal=True)
    except InvalidStringError:  # a ' or a control character: a basic string with escapes
        return tomlkit.string(pattern)


def _header(lang: str) -> str:
    data = LANGUAGE_DATA[lang]
    return (
        f"# The step library's phrasings in {data.name} ({lang}): one table per step module (its file\n"
        "# stem), one pytest-bdd `parsers.parse` pattern per step function (steps/phrasing.py).\n"
    )


def add_phrasings(document: TOMLDocument, file: Path, steps: Sequence[OldStep], order: Sequence[str], lang: str) -> int:
    """Add each step's `lang` pattern to the document; how many were new."""
    added = 0
    for step in steps:
        if lang not in step.patterns:
            continue
        pattern = step.patterns[lang]
        table = document.get(step.module)
        if table is None:
            table = tomlkit.table()
            document.add(step.module, table)
        if not isinstance(table, Table):
            raise ConversionError(f"{file}: {step.module} is not a table")
        existing = table.get(step.function)
        if existing is not None:
            if str(existing) != pattern:
                raise ConversionError(
                    f"{file}: [{step.module}] {step.function} is phrased {str(existing)!r} there, "
                    f"but {pattern!r} in steps/{step.module}.py: keep one"
                )
            continue
        before = [name for name in order[: order.index(step.function)] if name in table]
        keys = [key.key if key is not None else None for key, _ in table.value.body]
        named = [index for index, key in enumerate(keys) if key is not None]
        # After the step that precedes it in the module, else before the first one in the table.
        at = keys.index(before[-1]) + 1 if before else (named[0] if named else len(keys))
        if at < len(keys):
            table.value._insert_at(at, step.function, _pattern_item(pattern))  # tomlkit has no public insert
        else:
            table.add(step.function, _pattern_item(pattern))
        added += 1
    return added


def convert(steps_dir: Path, phrasings_dir: Path, *, write: bool) -> list[str]:
    """Move every old-style phrasing of `steps_dir`'s modules into `phrasings_dir`; what moved."""
    modules = sorted(path for path in steps_dir.glob("*.py") if not path.name.startswith("_"))
    found = {path: old_steps(path) for path in modules}
    moved = [
        f"{path.name}: {step.function} ({', '.join(step.patterns)})"
        for path, (steps, _) in found.items()
        for step in steps
    ]
    if not moved or not write:
        return moved
    languages = sorted(
        {lang for steps, _ in found.values() for step in steps for lang in step.patterns}, key=LANGUAGES.index
    )
    documents: dict[str, TOMLDocument] = {}
    for lang in languages:
        file = phrasings_dir / f"{lang}.toml"
        text = file.read_text(encoding="utf-8") if file.exists() else _header(lang)
        documents[lang] = tomlkit.parse(text)
        for steps, order in found.values():
            add_phrasings(documents[lang], file, steps, order, lang)
    # Only once every file converted cleanly: a conflict leaves the tree as it was.
    phrasings_dir.mkdir(parents=True, exist_ok=True)
    for lang, document in documents.items():
        (phrasings_dir / f"{lang}.toml").write_text(tomlkit.dumps(document), encoding="utf-8")
    for path, (steps, _) in found.items():
        if steps:
            path.write_bytes(rewritten_source(path, steps))
    return moved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="step_phrasings_to_data", description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=Path, default=STEPS_DIR, help="the step modules' folder (default: steps/)")
    parser.add_argument(
        "--phrasings", type=Path, default=None, help="the phrasing files' folder (default: <steps>/phrasings/)"
    )
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a step is left to move")
    args = parser.parse_args(argv)
    if not args.steps.is_dir():
        parser.error(f"--steps {args.steps}: not a folder")
    try:
        moved = convert(args.steps, args.phrasings or args.steps / "phrasings", write=not args.check)
    except (ConversionError, SyntaxError, OSError) as error:
        print(f"step_phrasings_to_data: {error}", file=sys.stderr)
        return 2
    if not moved:
        print("every step's phrasings are in the data already")
        return 0
    print(("to move:" if args.check else "moved into the data:") + "".join(f"\n  {line}" for line in moved))
    return 1 if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
