"""`bin/sensitivity`: does the suite fail when the product breaks? The scenarios against every
defect of the bundled mock's defect catalogue, one defect at a time, in each locale it shows in.

    bin/sensitivity [--defect NAME]… [--locale it]… [--every-scenario] [--workers 2]
                    [--action-timeout 5] [--select MARKEXPR] [--skip-baseline] [--out DIR]

First the scenarios run with no defect (they must pass: a suite that fails anyway proves nothing).
Then, for each defect and each locale where a user would see it, `pytest tests/e2e -m LOCALE
--defect NAME` runs until its first failure (`-x`): the defect is caught, by that scenario, or it
survived. Clicks wait `--action-timeout` seconds for their control (Playwright's 30 s would make
every caught label cost half a minute; the baseline runs with the same timeout, so a scenario
that needs longer fails there, not as a false catch).

`--every-scenario` also answers "which scenarios catch no defect?": in each locale, every
scenario meets every defect until one catches it. A defect first runs against the scenarios
that have caught nothing yet, to the end; only if none of them fails does it run against the
others with `-x`. A scenario still uncaught after the last defect is listed, and fails the run.

Writes `sensitivity.json` and `sensitivity.md` (defect → caught or survived, by which scenarios,
in which locales, how long) into `--out` (default reports/sensitivity) and prints the table.
Exit codes: 0 every defect caught; 1 a defect survived (or, with --every-scenario, a scenario
caught none); 2 bad arguments; 3 the suite fails without any defect, or a run could not start.
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
from billing_e2e.mock_process import MockServerError
from billing_e2e.targets import started_mock
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

CAUGHT, SURVIVED, BROKEN = "caught", "survived", "run failed"


@dataclass(frozen=True)
class Defect:
    name: str
    kind: str
    locales: tuple[str, ...]
    description: str


@dataclass
class Run:
    """One pytest run: a defect (or none) in one locale."""

    defect: str | None
    locale: str
    exit_code: int
    seconds: float
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    output_tail: str = ""

    def followed_by(self, later: Run) -> Run:
        """This run and a later one of the same defect and locale, as one."""
        failed = self.failed + later.failed
        return Run(
            self.defect,
            self.locale,
            later.exit_code if self.exit_code == 0 else self.exit_code,
            round(self.seconds + later.seconds, 1),
            sorted({*self.passed, *later.passed} - set(failed)),
            failed,
            later.output_tail,
        )

    @property
    def verdict(self) -> str:
        # -x under xdist ends an interrupted run with exit code 2; its JUnit still has the failure.
        if self.exit_code in (1, 2) and self.failed:
            return CAUGHT
        if self.exit_code == 0:
            return SURVIVED
        return BROKEN


def catalogue() -> list[Defect]:
    """The mock's defect catalogue, from a mock started for the question."""
    try:
        with started_mock() as target:
            assert target.control is not None
            listed = target.control.defects()["defects"]
    except MockServerError as error:
        raise SetupError(f"the bundled mock did not start: {error}") from error
    return [Defect(d["name"], d["kind"], tuple(d["locales"]), d["description"]) for d in listed]


def reported_results(path: Path) -> tuple[list[str], list[str]]:
    """(passed, failed) node ids of a pytest-reportlog file (`campaign.ReportLog`)."""
    log = ReportLog.read(path)
    return log.passed, log.failed


@dataclass(frozen=True)
class Runner:
    """How the campaign runs pytest: workers, the action timeout, a -m slice, where results go."""

    workers: int
    action_timeout: float
    select: str | None
    scratch: Path

    def run(
        self, defect: str | None, locale: str, *, stop_at_first: bool, only: Sequence[str] = (), label: str = ""
    ) -> Run:
        """The scenarios of `locale` (or just the node ids `only`) against `defect`."""
        markers = f"{locale} and ({self.select})" if self.select else locale
        args = [*(only or ["tests/e2e"]), "-m", markers, "-n", str(self.workers)]
        args += ["--action-timeout", str(self.action_timeout)]
        if stop_at_first:
            args.append("-x")
        if defect is not None:
            args += ["--defect", defect]
        done = run_pytest(args, self.scratch / f"{defect or 'no-defect'}-{locale}{label}.jsonl")
        code = -1 if done.exit_code is None else done.exit_code
        return Run(defect, locale, code, done.seconds, done.passed, done.failed, done.tail)


@dataclass
class Outcome:
    """A defect's verdict over the locales it shows in."""

    defect: Defect
    runs: list[Run]

    @property
    def verdict(self) -> str:
        verdicts = {run.verdict for run in self.runs}
        if BROKEN in verdicts:
            return BROKEN
        return SURVIVED if SURVIVED in verdicts else CAUGHT

    def caught_by(self) -> list[str]:
        return sorted({scenario_name(nodeid) for run in self.runs for nodeid in run.failed})


def markdown(outcomes: Sequence[Outcome], unused: Sequence[str] | None) -> str:
    caught = sum(outcome.verdict == CAUGHT for outcome in outcomes)
    lines = [
        f"Score: {caught} of {len(outcomes)} defects caught.",
        "",
        "| defect | class | locales | verdict | caught by (first failing scenario) | seconds |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for outcome in outcomes:
        by_locale = "; ".join(
            f"{run.locale}: {scenario_name(run.failed[0]) if run.failed else run.verdict}" for run in outcome.runs
        )
        seconds = sum(run.seconds for run in outcome.runs)
        lines.append(
            f"| `{outcome.defect.name}` | {outcome.defect.kind} | {', '.join(run.locale for run in outcome.runs)} "
            f"| {outcome.verdict} | {by_locale} | {seconds:.0f} |"
        )
    if unused is not None:
        lines += ["", f"Scenarios that caught no defect: {', '.join(unused) if unused else 'none'}."]
    return "\n".join(lines) + "\n"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bin/sensitivity", description=__doc__.split("\n\n")[0])
    parser.add_argument("--defect", action="append", default=[], metavar="NAME", help="only this defect (repeatable)")
    parser.add_argument("--locale", action="append", default=[], choices=LANGUAGES, help="only this locale")
    parser.add_argument("--every-scenario", action="store_true", help="run every scenario against every defect")
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers per run (default 2)")
    parser.add_argument(
        "--select", metavar="MARKEXPR", help='only the scenarios of this -m expression too (e.g. "article_002")'
    )
    parser.add_argument(
        "--skip-baseline", action="store_true", help="do not first run the scenarios without a defect (a bounded slice)"
    )
    parser.add_argument(
        "--action-timeout",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long a click waits for a control that is not there (default 5; Playwright's own is 30)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="go on from the (partial) report in --out: skip the defects it has"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "sensitivity", help="report folder")
    return parser


@dataclass
class Progress:
    """A campaign so far: the defects done and, with --every-scenario, the scenarios per locale
    that have caught nothing yet. Written after every defect, so an interrupted campaign keeps
    what it measured and `--resume` goes on from there."""

    outcomes: list[Outcome] = field(default_factory=list)
    uncaught: dict[str, list[str]] = field(default_factory=dict)
    complete: bool = False

    def unused(self, every_scenario: bool) -> list[str] | None:
        if not every_scenario:
            return None
        return sorted(scenario_name(nodeid) for nodeid_list in self.uncaught.values() for nodeid in nodeid_list)

    def to_json(self, every_scenario: bool) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "every_scenario": every_scenario,
            "defects": [
                {**asdict(outcome.defect), "verdict": outcome.verdict, "caught_by": outcome.caught_by(),
                 "runs": [{**asdict(run), "verdict": run.verdict} for run in outcome.runs]}
                for outcome in self.outcomes
            ],
            "uncaught_by_locale": self.uncaught,
            "scenarios_catching_nothing": self.unused(every_scenario) if self.complete else None,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Progress:
        outcomes = []
        for entry in data["defects"]:
            defect = Defect(entry["name"], entry["kind"], tuple(entry["locales"]), entry["description"])
            runs = [Run(**{key: value for key, value in run.items() if key != "verdict"}) for run in entry["runs"]]
            outcomes.append(Outcome(defect, runs))
        return cls(outcomes, {lang: list(ids) for lang, ids in data["uncaught_by_locale"].items()})


def resumed(args: argparse.Namespace) -> Progress:
    """The progress `--resume` goes on from: the report in --out of the same kind of campaign."""
    if not args.resume:
        return Progress()
    report = args.out / "sensitivity.json"
    data, progress = resumed_report(report, "a sensitivity report", Progress.from_json)
    if data.get("every_scenario") != args.every_scenario:
        raise SetupError(f"--resume: {report} comes from a campaign with every_scenario={data.get('every_scenario')}")
    return progress


def campaign(args: argparse.Namespace) -> Progress:
    check_run_options(args.workers, args.action_timeout)
    progress = resumed(args)
    defects = catalogue()
    known = {defect.name for defect in defects}
    unknown = [name for name in args.defect if name not in known]
    if unknown:
        raise SetupError(
            f"no defect {', '.join(unknown)} in the catalogue; it has: {', '.join(sorted(known))}", usage=True
        )
    done = {outcome.defect.name for outcome in progress.outcomes}
    chosen = [defect for defect in defects if (not args.defect or defect.name in args.defect)]
    locales = [lang for lang in LANGUAGES if not args.locale or lang in args.locale]
    # --every-scenario: per locale, the scenarios that have not yet caught a defect. Each defect is
    # first run against just those (to the end, no -x), so every scenario meets every defect until
    # one catches it; only when none of them does is the defect run against the rest, with -x.
    uncaught = progress.uncaught
    with tempfile.TemporaryDirectory(prefix="billing-e2e-sensitivity-") as scratch_name:
        runner = Runner(args.workers, args.action_timeout, args.select, Path(scratch_name))
        for lang in sorted({lang for defect in chosen for lang in defect.locales if lang in locales}):
            if (args.skip_baseline and not args.every_scenario) or lang in uncaught:
                continue
            baseline = runner.run(None, lang, stop_at_first=False)
            print(f"sensitivity: no defect, {lang}: {len(baseline.passed)} passed in {baseline.seconds} s", flush=True)
            if baseline.exit_code != 0:
                raise SetupError(f"the scenarios in {lang} fail without any defect:\n{baseline.output_tail}")
            uncaught[lang] = baseline.passed
        for defect in (defect for defect in chosen if defect.name not in done):
            runs = []
            for lang in (lang for lang in defect.locales if lang in locales):
                run = None
                if args.every_scenario and uncaught[lang]:
                    run = runner.run(defect.name, lang, stop_at_first=False, only=uncaught[lang], label="-uncaught")
                    uncaught[lang] = [nodeid for nodeid in uncaught[lang] if nodeid not in run.failed]
                if run is None or run.verdict != CAUGHT:
                    rest = runner.run(defect.name, lang, stop_at_first=True)
                    run = rest if run is None else run.followed_by(rest)
                print(
                    f"sensitivity: {defect.name}, {lang}: {run.verdict} "
                    f"{[scenario_name(nodeid) for nodeid in run.failed[:1]]} ({run.seconds} s)",
                    flush=True,
                )
                runs.append(run)
            if runs:
                progress.outcomes.append(Outcome(defect, runs))
                write(progress, args)
    progress.complete = True
    return progress


def write(progress: Progress, args: argparse.Namespace) -> str:
    """sensitivity.md and sensitivity.json in --out, as far as the campaign has got."""
    table = markdown(progress.outcomes, progress.unused(args.every_scenario) if progress.complete else None)
    if not progress.complete:
        table = f"Partial: {len(progress.outcomes)} defects run so far (`--resume` goes on).\n\n{table}"
    data = progress.to_json(args.every_scenario)
    write_whole(args.out / "sensitivity.md", table)
    write_whole(args.out / "sensitivity.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return table


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return exit_code("bin/sensitivity", args.out, lambda: _verdict(campaign(args), args))


def _verdict(progress: Progress, args: argparse.Namespace) -> int:
    print(write(progress, args))
    outcomes, unused = progress.outcomes, progress.unused(args.every_scenario)
    broken = [outcome for outcome in outcomes if outcome.verdict == BROKEN]
    for outcome in broken:
        print(f"bin/sensitivity: {outcome.defect.name}: a run did not complete:\n{outcome.runs[-1].output_tail}")
    if broken:
        return 3
    survivors = [outcome.defect.name for outcome in outcomes if outcome.verdict == SURVIVED]
    if survivors or unused:
        print(f"bin/sensitivity: survived: {', '.join(survivors) or 'none'}; catching nothing: {unused or 'none'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
