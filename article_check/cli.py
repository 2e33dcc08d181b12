"""`billing-e2e articles check|labels`: article verification from the command line.

    billing-e2e articles check [--article 002]… [--locale it]… [--target mock|live] [--strict]
                               [--walkers N] [--timings FILE]
    billing-e2e articles labels [--article 002]…

`check` starts the bundled mock (or uses the live Billing Center at `--base-url`, signing in with
the live-accounts file), checks the selected articles and writes `reports/articles/index.html`
(a page per article and locale), `reports/articles/article-check.json` and a terminal summary.
It never places an order and never starts a trial; on a live target it does not even fill a cart.

Exit codes: 0 done (findings are in the report); 1 `--strict` and a step drifts or is broken;
2 bad arguments or articles; 3 the target or the browser could not be started.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Playwright

from billing_e2e.articles import Article, Unreadable, read_folder
from billing_e2e.chromium import CHROMIUM_ENV, chromium_launch_options
from billing_e2e.domain import LANGUAGES
from billing_e2e.live_accounts import LiveAccountError, load_live_accounts
from billing_e2e.mock_process import MockServerError
from billing_e2e.targets import Target, live_target, started_mock

from .check import run_check
from .extract import extract_mentions, extract_urls
from .language import article_language, read_article
from .model import CheckRun
from .prose import warm_up
from .report import summary_lines, write_report
from .snapshot import SCREENSHOT_SUFFIX
from .timings import Timings
from .walks import BrowserStartError, Lanes

DEFAULT_SEED = 2026
"""Seed of the Faker data of the accounts made on the mock: the same accounts run after run."""
DEFAULT_WALKERS = 2
"""Walks side by side, each in a browser of its own: on 2 cores two paid over one (docs/article-check.md,
"How fast the article check is")."""


class BadInputError(Exception):
    """Bad arguments or articles: exit code 2 with the message."""


class TargetError(Exception):
    """The target or the browser could not be started: exit code 3."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="billing-e2e", description="billing-e2e tools for documentation writers")
    areas = parser.add_subparsers(dest="area", required=True)
    articles = areas.add_parser("articles", help="check help articles against the Billing Center's UI")
    commands = articles.add_subparsers(dest="command", required=True)

    select = argparse.ArgumentParser(add_help=False)
    select.add_argument(
        "--articles", type=Path, default=Path("articles"), help="the articles folder (default: articles)"
    )
    select.add_argument(
        "--article", action="append", default=[], metavar="ID", help="only this article: its number (002) or file name"
    )
    select.add_argument(
        "--locale", action="append", default=[], choices=LANGUAGES, help="only articles in this language"
    )

    check = commands.add_parser(
        "check", parents=[select], help="walk the articles' steps in the UI; write the HTML/JSON report"
    )
    check.add_argument("--target", choices=("mock", "live"), default="mock", help="the bundled mock (default) or live")
    check.add_argument("--base-url", help="the live Billing Center's address (with --target live)")
    check.add_argument("--live-accounts", type=Path, help="live accounts file (default: billing-e2e.toml if present)")
    check.add_argument(
        "--out", type=Path, default=Path("reports/articles"), help="report folder (default: reports/articles)"
    )
    check.add_argument("--strict", action="store_true", help="exit 1 when a step drifts or is broken")
    check.add_argument("--headed", action="store_true", help="show the browser")
    check.add_argument(
        "--chromium-executable",
        default=os.environ.get(CHROMIUM_ENV),
        help=f"Chromium to launch instead of Playwright's own build (also ${CHROMIUM_ENV})",
    )
    check.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"seed of the mock accounts' data ({DEFAULT_SEED})"
    )
    check.add_argument(
        "--walkers",
        type=_walkers,
        default=DEFAULT_WALKERS,
        metavar="N",
        help=f"walks side by side, each in a browser of its own ({DEFAULT_WALKERS}; 1: one after another)",
    )
    check.add_argument(
        "--timings", type=Path, metavar="FILE", help="write where the time went (JSON: mock, browsers, walks, stops)"
    )

    commands.add_parser("labels", parents=[select], help="list the UI labels and addresses found in each article part")
    return parser


def _walkers(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"at least 1, not {count}")
    return count


def select_articles(
    folder: Path, ids: Sequence[str], locales: Sequence[str]
) -> tuple[list[Article], list[Article], list[Unreadable]]:
    """(the selected articles, every article of the folder, the selected files that could not be
    read as articles: they are reported broken while the others are checked)."""
    try:
        every, unreadable = read_folder(folder, versions=True)
    except FileNotFoundError as error:
        raise BadInputError(str(error)) from error
    if not every and not unreadable:
        raise BadInputError(f"{folder} holds no articles (files named NNN_….txt, .md or .html)")
    wanted = [article_id.strip() for article_id in ids]
    known = {article.number for article in every} | {article.path.name for article in every if article.path}
    known |= {bad.number for bad in unreadable} | {bad.path.name for bad in unreadable}
    unknown = [article_id for article_id in wanted if article_id not in known]
    if unknown:
        numbers = ", ".join(sorted({article.number for article in every} | {bad.number for bad in unreadable}))
        raise BadInputError(f"no article {', '.join(unknown)} in {folder}; there are: {numbers}")
    selected = [
        article
        for article in every
        if (not wanted or article.number in wanted or (article.path is not None and article.path.name in wanted))
        and (not locales or article.language in locales)
    ]
    broken = [bad for bad in unreadable if not wanted or bad.number in wanted or bad.path.name in wanted]
    if not selected and not broken:
        raise BadInputError(
            f"no article in {folder} matches --article {wanted or 'any'} --locale {list(locales) or 'any'}"
        )
    return selected, every, broken


def _progress(line: str) -> None:
    """A line of progress on the terminal (stderr: the summary on stdout stays clean for scripts)."""
    print(line, file=sys.stderr, flush=True)


def _labels(args: argparse.Namespace) -> int:
    selected, _, broken = select_articles(args.articles, args.article, args.locale)
    for bad in broken:
        print(f"{bad.number} {bad.path.name}: cannot be read: {bad.reason}")
    for parsed in selected:
        article = read_article(parsed)  # its own language, its steps however written
        print(f"{article.number} ({article.language}) {article.title}")
        verdict = article_language(article).verdict
        if verdict is not None:
            print(f"  {verdict}")
            continue
        for part in article.parts:
            mentions = extract_mentions(part, article.language)
            urls = [url for url, _ in extract_urls(part.text)]
            if not mentions and not urls:
                continue
            shown = [f"{m.action} “{m.text}”" for m in mentions] + urls
            print(f"  {part.id:<24} {'; '.join(shown)}")
    return 0


def _live_target(args: argparse.Namespace) -> Target:
    if not args.base_url:
        raise BadInputError(
            "--target live needs --base-url, the Billing Center's address (e.g. https://billing.goto.com)"
        )
    parts = urlsplit(args.base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"--base-url must be an http(s) address, not {args.base_url!r}")
    try:
        accounts = load_live_accounts(args.live_accounts, os.environ)
    except LiveAccountError as error:
        raise BadInputError(str(error)) from error
    return live_target(args.base_url, accounts)


def _check(args: argparse.Namespace) -> int:
    timings = Timings()
    selected, every, broken = select_articles(args.articles, args.article, args.locale)
    if args.target == "mock" and (args.base_url or args.live_accounts):
        raise BadInputError("--base-url and --live-accounts go with --target live")
    live = _live_target(args) if args.target == "live" else None
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    options = {
        "target": args.target,
        "articles": ",".join(a.number for a in selected),
        "locales": ",".join(args.locale) or "all",
    }
    run = _run(args, live, selected, every, broken, out, options, timings)
    with timings.span("report"):
        _prune_screens(out, run)
        files = write_report(run, out)
    for line in summary_lines(run, report=files.index):
        print(line)
    if args.timings is not None:
        timings.write(args.timings)
    failing = [step for article in run.articles for step in article.steps if step.verdict in ("drift", "broken")]
    # An article whose steps could not be read is the check's error, never a pass.
    unread = [article for article in run.articles if article.verdict == "check_error"]
    if args.strict and (failing or unread or any(article.error for article in run.articles)):
        also = f"; {len(unread)} article(s) whose steps could not be read" if unread else ""
        message = f"billing-e2e articles check: --strict: {len(failing)} step(s) drift or are broken{also}"
        print(message, file=sys.stderr)
        return 1
    return 0


def _prune_screens(out: Path, run: CheckRun) -> None:
    """Remove the screenshots of earlier runs that this run's report does not show (a failed run
    never gets here, so the last report keeps its pictures)."""
    shown = {
        (out / state.screenshot).resolve()
        for article in run.articles
        for walk in article.walks
        for state in walk.states
        if state.screenshot
    }
    # Earlier runs' PNGs too: the screenshots were PNG before they were JPEG.
    pictures = [*(out / "screens").glob("**/*.png"), *(out / "screens").glob(f"**/*{SCREENSHOT_SUFFIX}")]
    for path in sorted(pictures):
        if path.resolve() not in shown:
            path.unlink()


def _run(
    args: argparse.Namespace,
    live: Target | None,
    selected: list[Article],
    every: list[Article],
    broken: list[Unreadable],
    out: Path,
    options: dict[str, str],
    timings: Timings,
) -> CheckRun:
    warm_up(selected)  # the sentences' languages are identified from now on, in a process of their own
    with (
        # A fresh SQLite file per run: the same seed makes the same accounts again.
        tempfile.TemporaryDirectory(prefix="billing-e2e-articles-") as scratch,
        contextlib.ExitStack() as mock,
        contextlib.ExitStack() as browsers,
        ThreadPoolExecutor(1, thread_name_prefix="mock-start") as starter,
    ):
        # The mock and the lanes' Playwright and browsers start side by side (each is a process of
        # its own); the browsers wait only for the mock's address, for their host mapping.
        target_of = starter.submit(_start_target, live, Path(scratch), mock, timings)

        def launch(playwright: Playwright) -> Browser:
            rules = target_of.result().host_resolver_rules
            options = chromium_launch_options(
                playwright, args.chromium_executable, rules, {"headless": not args.headed}
            )
            return playwright.chromium.launch(**options)

        lanes = browsers.enter_context(Lanes(args.walkers, launch, timings))
        try:
            target = target_of.result()
        except MockServerError as error:
            raise TargetError(f"the bundled mock did not start: {error}") from error
        try:
            return run_check(
                selected,
                every,
                target,
                lanes,
                out,
                seed=args.seed,
                today=datetime.now(UTC).date(),
                options=options,
                unreadable=broken,
                progress=_progress,
                timings=timings,
            )
        except BrowserStartError as error:
            raise TargetError(str(error)) from error


def _start_target(live: Target | None, scratch: Path, stack: contextlib.ExitStack, timings: Timings) -> Target:
    """The live target, or the bundled mock started in `scratch` (stopped when `stack` closes)."""
    if live is not None:
        return live
    mock = contextlib.ExitStack()
    with timings.span("mock_start"):
        target = mock.enter_context(started_mock(scratch))
    stack.callback(_timed, timings, "mock_stop", mock.close)
    return target


def _timed(timings: Timings, name: str, action: Callable[[], object]) -> None:
    with timings.span(name):
        action()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "labels":
            return _labels(args)
        return _check(args)
    except BadInputError as problem:
        print(f"billing-e2e articles {args.command}: {problem}", file=sys.stderr)
        return 2
    except TargetError as problem:
        print(f"billing-e2e articles {args.command}: {problem}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
