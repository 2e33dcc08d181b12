"""`bin/harmless`: does the suite stay green when a release changes nothing the articles describe?
The scenarios against every harmless release of the bundled mock's catalogue, one at a time.

    bin/harmless [--release NAME]… [--locale it]… [--workers 2] [--select MARKEXPR]
                 [--together | --rotate] [--no-axe] [--action-timeout S] [--skip-baseline]
                 [--resume] [--out DIR]

First the scenarios run with no release (they must pass: a suite red anyway proves nothing).
Then, for each release, `pytest tests/e2e -m "LOCALES" --harmless NAME --axe` runs to the end
(no -x: every scenario the release turns red is listed, with its first error line). The axe
scan is on by default: a release must keep the pages accessible too (`--no-axe` leaves it out).
`--together` makes that one run with every chosen release active at once (they compose: see
docs/harmless.md); `--rotate` runs release number i of the catalogue over one language only,
the i-th of the languages in turn, so that every language gets releases within one campaign.
A scenario red in a run is run once more with the same releases: green then, it was the load
(its first error is kept in the report as a rerun), red again, the release turned it red.

Writes `harmless.json` and `harmless.md` (release -> green or red, which scenarios, their first
error line, how long) into `--out` (default reports/harmless) after every release, so an
interrupted campaign keeps what it measured and `--resume` goes on from there.
Exit codes: 0 every release green; 1 a release turned a scenario red; 2 bad arguments; 3 the
suite fails without any release, or a run could not complete.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from billing_e2e.domain import LANGUAGES
from mock_server import harmless
from tools.campaign import (
    ROOT,
    ReportLog,
    SetupError,
    check_run_options,
    exit_code,
    resumed_report,
    run_pytest,
    scenario_name,
    write_whole,
)

GREEN, RED, BROKEN = "green", "red", "run failed"
TOGETHER = "together"
"""The name of the run with every chosen release at once (`--together`)."""


@dataclass
class Run:
    """One pytest run of the chosen scenarios against one release (or none)."""

    release: str | None
    exit_code: int
    seconds: float
    passed: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # node id -> its first error line
    output_tail: str = ""
    locales: str = ""  # the -m expression of its scenarios
    rerun: dict[str, str] = field(default_factory=dict)  # red, then green when run again: first error

    @property
    def verdict(self) -> str:
        if self.exit_code == 0 and not self.failed:
            return GREEN
        if self.exit_code == 1 and self.failed:
            return RED
        return BROKEN

    def merge_rerun(self, again: Run) -> None:
        """The scenarios that were red, run once more: each green now is load, not the release."""
        if again.verdict == BROKEN:
            self.output_tail = again.output_tail
            self.exit_code = again.exit_code
            return
        self.rerun = {nodeid: line for nodeid, line in self.failed.items() if nodeid not in again.failed}
        self.failed = {nodeid: again.failed[nodeid] for nodeid in self.failed if nodeid in again.failed}
        self.passed += len(self.rerun)
        self.seconds = round(self.seconds + again.seconds, 1)
        self.exit_code = 1 if self.failed else 0


def reported_results(path: Path) -> tuple[int, dict[str, str]]:
    """(how many passed, {failed node id: first error line}) of a pytest-reportlog file."""
    log = ReportLog.read(path)
    return len(log.passed), {nodeid: log.errors[nodeid] for nodeid in log.failed}


@dataclass(frozen=True)
class Runner:
    """How the campaign runs pytest: the scenarios chosen, workers, axe, where results go."""

    workers: int
    axe: bool
    action_timeout: float | None
    scratch: Path

    def run(self, name: str | None, releases: Sequence[str], markers: str) -> Run:
        """`name`'s run: the scenarios of `markers` with `releases` active, the red ones once more."""
        run = self._pytest(name, releases, markers, ["tests/e2e"])
        if run.verdict == RED:
            run.merge_rerun(self._pytest(name, releases, markers, sorted(run.failed)))
        return run

    def _pytest(self, name: str | None, releases: Sequence[str], markers: str, paths: list[str]) -> Run:
        args = [*paths, "-m", markers, "-n", str(self.workers)]
        if self.axe:
            args.append("--axe")
        if self.action_timeout is not None:
            args += ["--action-timeout", str(self.action_timeout)]
        for release in releases:
            args += ["--harmless", release]
        done = run_pytest(args, self.scratch / f"{name or 'no-release'}.jsonl")
        failed = {nodeid: done.log.errors[nodeid] for nodeid in done.failed}
        code = -1 if done.exit_code is None else done.exit_code
        return Run(name, code, done.seconds, len(done.passed), failed, done.tail, markers)


@dataclass
class Progress:
    """The campaign so far: the baseline and each release's run, in catalogue order."""

    command: str
    baseline: Run | None = None
    runs: list[Run] = field(default_factory=list)
    complete: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "complete": self.complete,
            "baseline": {**asdict(self.baseline), "verdict": self.baseline.verdict} if self.baseline else None,
            "releases": [
                {**asdict(run), "verdict": run.verdict, "description": _descriptions().get(run.release or "", "")}
                for run in self.runs
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Progress:
        def run_of(entry: dict[str, Any]) -> Run:
            return Run(**{key: value for key, value in entry.items() if key not in ("verdict", "description")})

        baseline = run_of(data["baseline"]) if data.get("baseline") else None
        return cls(str(data["command"]), baseline, [run_of(entry) for entry in data["releases"]])


def _descriptions() -> dict[str, str]:
    return {release.name: release.description for release in harmless.catalogue()}


def markdown(progress: Progress) -> str:
    green = sum(run.verdict == GREEN for run in progress.runs)
    lines = [
        f"Harmless releases: {green} of {len(progress.runs)} green.",
        "",
        f"Command: `{progress.command}`",
        "",
    ]
    if progress.baseline is not None:
        lines += [f"Baseline (no release): {progress.baseline.passed} passed in {progress.baseline.seconds:.0f} s.", ""]
    lines += [
        "| release | verdict | passed | red scenarios (first error line) | seconds | scenarios | green on rerun |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in progress.runs:
        red = "; ".join(f"{scenario_name(nodeid)}: {line}" for nodeid, line in run.failed.items()) or "none"
        rerun = "; ".join(f"{scenario_name(nodeid)}: {line}" for nodeid, line in run.rerun.items()) or "none"
        lines.append(
            f"| `{run.release}` | {run.verdict} | {run.passed} | {red.replace('|', '/')} | {run.seconds:.0f} "
            f"| `{run.locales}` | {rerun.replace('|', '/')} |"
        )
    return "\n".join(lines) + "\n"


def write(progress: Progress, out: Path) -> str:
    """harmless.md and harmless.json in `out`, as far as the campaign has got."""
    table = markdown(progress)
    if not progress.complete:
        table = f"Partial: {len(progress.runs)} releases run so far (`--resume` goes on).\n\n{table}"
    write_whole(out / "harmless.md", table)
    write_whole(out / "harmless.json", json.dumps(progress.to_json(), indent=2, ensure_ascii=False) + "\n")
    return table


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bin/harmless", description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="append", default=[], metavar="NAME", help="only this release (repeatable)")
    parser.add_argument(
        "--locale", action="append", default=[], choices=LANGUAGES, help="only this locale (repeatable)"
    )
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers per run (default 2)")
    parser.add_argument(
        "--select", metavar="MARKEXPR", help='only the scenarios of this -m expression too (e.g. "smoke")'
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--together", action="store_true", help="one run with every chosen release active at once")
    mode.add_argument(
        "--rotate",
        action="store_true",
        help="release number i of the catalogue over the i-th language only (languages in turn)",
    )
    parser.add_argument("--no-axe", action="store_true", help="leave out the axe-core scan of each page")
    parser.add_argument(
        "--action-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="how long a click waits (Playwright's 30 s)",
    )
    parser.add_argument("--skip-baseline", action="store_true", help="do not first run the scenarios with no release")
    parser.add_argument("--resume", action="store_true", help="go on from the (partial) report in --out")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "harmless", help="report folder")
    return parser


def command_line(argv: Sequence[str]) -> str:
    return " ".join(["bin/harmless", *argv])


def resumed(args: argparse.Namespace, command: str) -> Progress:
    if not args.resume:
        return Progress(command)
    return resumed_report(args.out / "harmless.json", "a harmless-releases report", Progress.from_json)[1]


def args_locales(args: argparse.Namespace) -> list[str]:
    """The languages chosen (`--locale`; every language when none is)."""
    return [lang for lang in LANGUAGES if not args.locale or lang in args.locale]


def scenarios_of(args: argparse.Namespace, languages: Sequence[str]) -> str:
    """The -m expression of the scenarios of `languages` (and of `--select`)."""
    return f"({' or '.join(languages)})" + (f" and ({args.select})" if args.select else "")


def planned_runs(args: argparse.Namespace) -> dict[str, tuple[list[str], str]]:
    """The campaign's runs: name -> (the releases it plays, its scenarios' -m expression). One
    release a run over the chosen languages; `--together`, one run with all of them; `--rotate`,
    release number i of the catalogue over the i-th chosen language only, languages in turn."""
    locales = args_locales(args)
    wanted = [name for name in harmless.names() if not args.release or name in args.release]
    if args.together:
        return {TOGETHER: (wanted, scenarios_of(args, locales))}
    if args.rotate:
        return {
            name: ([name], scenarios_of(args, [locales[index % len(locales)]]))
            for index, name in enumerate(harmless.names())
            if name in wanted
        }
    return {name: ([name], scenarios_of(args, locales)) for name in wanted}


def campaign(args: argparse.Namespace, command: str) -> Progress:
    check_run_options(args.workers, args.action_timeout)
    if unknown := [name for name in args.release if name not in harmless.names()]:
        raise SetupError(f"--release: {harmless.unknown_message(unknown)}", usage=True)
    progress = resumed(args, command)
    plan = planned_runs(args)
    done = {run.release for run in progress.runs}
    with tempfile.TemporaryDirectory(prefix="billing-e2e-harmless-") as scratch:
        runner = Runner(args.workers, not args.no_axe, args.action_timeout, Path(scratch))
        if not args.skip_baseline and progress.baseline is None:
            baseline = runner.run(None, [], scenarios_of(args, args_locales(args)))
            print(f"harmless: no release: {baseline.passed} passed in {baseline.seconds} s", flush=True)
            if baseline.verdict != GREEN:
                raise SetupError(f"the scenarios fail without any release:\n{baseline.output_tail}")
            progress.baseline = baseline
            write(progress, args.out)
        for name, (releases, scenarios) in plan.items():
            if name in done:
                continue
            run = runner.run(name, releases, scenarios)
            print(
                f"harmless: {name} on {scenarios}: {run.verdict}, {run.passed} passed, {len(run.failed)} red, "
                f"{len(run.rerun)} green on rerun ({run.seconds} s)",
                flush=True,
            )
            progress.runs.append(run)
            write(progress, args.out)
    progress.complete = True
    return progress


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(arguments)
    return exit_code("bin/harmless", args.out, lambda: _verdict(campaign(args, command_line(arguments)), args.out))


def _verdict(progress: Progress, out: Path) -> int:
    print(write(progress, out))
    broken = [run for run in progress.runs if run.verdict == BROKEN]
    for run in broken:
        print(f"bin/harmless: {run.release}: the run did not complete:\n{run.output_tail}", file=sys.stderr)
    if broken:
        return 3
    red = [run.release or "" for run in progress.runs if run.verdict == RED]
    if red:
        print(f"bin/harmless: red under: {', '.join(red)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
