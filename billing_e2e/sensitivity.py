"""`bin/sensitivity`: does the suite fail when the product breaks? The scenarios against every
defect of the bundled mock's defect catalogue, one defect at a time, in each locale it shows in.

    bin/sensitivity [--defect NAME]… [--locale it]… [--every-scenario] [--workers 2] [--out DIR]

First the scenarios run with no defect (they must pass: a suite that fails anyway proves nothing).
Then, for each defect and each locale where a user would see it, `pytest tests/e2e -m LOCALE
--defect NAME` runs until its first failure (`-x`): the defect is caught, by that scenario, or it
survived. `--every-scenario` runs every scenario against every defect instead (slower), which also
shows the scenarios that catch no defect at all.

Writes `sensitivity.json` and `sensitivity.md` (defect → caught or survived, by which scenarios,
in which locales, how long) into `--out` (default reports/sensitivity) and prints the table.
Exit codes: 0 every defect caught; 1 a defect survived (or, with --every-scenario, a scenario
caught none); 2 bad arguments; 3 the suite fails without any defect, or a run could not start.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from .domain import LANGUAGES
from .mock_process import MockServerError
from .targets import started_mock

ROOT = Path(__file__).resolve().parents[1]
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

    @property
    def verdict(self) -> str:
        # -x under xdist ends an interrupted run with exit code 2; its JUnit still has the failure.
        if self.exit_code in (1, 2) and self.failed:
            return CAUGHT
        if self.exit_code == 0:
            return SURVIVED
        return BROKEN


class SetupError(Exception):
    """The campaign cannot run (exit code 3), or bad arguments (exit code 2, `usage=True`)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def catalogue() -> list[Defect]:
    """The mock's defect catalogue, from a mock started for the question."""
    try:
        with started_mock() as target:
            assert target.control is not None
            listed = target.control.defects()["defects"]
    except MockServerError as error:
        raise SetupError(f"the bundled mock did not start: {error}") from error
    return [Defect(d["name"], d["kind"], tuple(d["locales"]), d["description"]) for d in listed]


def junit_results(path: Path) -> tuple[list[str], list[str]]:
    """(passed, failed) test names of a JUnit file (errors count as failed)."""
    if not path.exists():
        return [], []
    passed: list[str] = []
    failed: list[str] = []
    for case in ElementTree.parse(path).getroot().iter("testcase"):  # noqa: S314 - our own run's file
        name = case.get("name", "")
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(name)
        elif case.find("skipped") is None:
            passed.append(name)
    return passed, failed


def run_scenarios(
    defect: str | None, locale: str, *, workers: int, stop_at_first: bool, scratch: Path, select: str | None = None
) -> Run:
    junit = scratch / f"{defect or 'no-defect'}-{locale}.xml"
    markers = f"{locale} and ({select})" if select else locale
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
        "-m", markers, f"--junitxml={junit}", "-n", str(workers),
    ]  # fmt: skip
    if stop_at_first:
        command.append("-x")
    if defect is not None:
        command += ["--defect", defect]
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603 - our own pytest
    passed, failed = junit_results(junit)
    tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
    return Run(defect, locale, done.returncode, round(time.monotonic() - started, 1), passed, failed, tail)


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
        return sorted({name for run in self.runs for name in run.failed})


def markdown(outcomes: Sequence[Outcome], unused: Sequence[str] | None) -> str:
    caught = sum(outcome.verdict == CAUGHT for outcome in outcomes)
    lines = [
        f"Score: {caught} of {len(outcomes)} defects caught.",
        "",
        "| defect | class | locales | verdict | caught by (first failing scenario) | seconds |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for outcome in outcomes:
        by_locale = "; ".join(f"{run.locale}: {run.failed[0] if run.failed else run.verdict}" for run in outcome.runs)
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
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "sensitivity", help="report folder")
    return parser


def campaign(args: argparse.Namespace) -> tuple[list[Outcome], list[str] | None]:
    if args.workers < 1:
        raise SetupError("--workers must be at least 1", usage=True)
    defects = catalogue()
    known = {defect.name for defect in defects}
    unknown = [name for name in args.defect if name not in known]
    if unknown:
        raise SetupError(
            f"no defect {', '.join(unknown)} in the catalogue; it has: {', '.join(sorted(known))}", usage=True
        )
    chosen = [defect for defect in defects if not args.defect or defect.name in args.defect]
    locales = [lang for lang in LANGUAGES if not args.locale or lang in args.locale]
    outcomes: list[Outcome] = []
    every_scenario: set[str] = set()
    catching: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="billing-e2e-sensitivity-") as scratch_name:
        scratch = Path(scratch_name)
        for lang in sorted({lang for defect in chosen for lang in defect.locales if lang in locales}):
            if args.skip_baseline:
                break
            baseline = run_scenarios(
                None, lang, workers=args.workers, stop_at_first=False, scratch=scratch, select=args.select
            )
            print(f"sensitivity: no defect, {lang}: {len(baseline.passed)} passed in {baseline.seconds} s", flush=True)
            if baseline.exit_code != 0:
                raise SetupError(f"the scenarios in {lang} fail without any defect:\n{baseline.output_tail}")
            every_scenario.update(baseline.passed)
        for defect in chosen:
            runs = []
            for lang in (lang for lang in defect.locales if lang in locales):
                run = run_scenarios(
                    defect.name,
                    lang,
                    workers=args.workers,
                    stop_at_first=not args.every_scenario,
                    scratch=scratch,
                    select=args.select,
                )
                print(
                    f"sensitivity: {defect.name}, {lang}: {run.verdict} {run.failed[:1]} ({run.seconds} s)", flush=True
                )
                catching.update(run.failed)
                runs.append(run)
            if runs:
                outcomes.append(Outcome(defect, runs))
    unused = sorted(every_scenario - catching) if args.every_scenario else None
    return outcomes, unused


def write(outcomes: Sequence[Outcome], unused: Sequence[str] | None, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    table = markdown(outcomes, unused)
    (out / "sensitivity.md").write_text(table, encoding="utf-8")
    data = {
        "defects": [
            {**asdict(outcome.defect), "verdict": outcome.verdict, "caught_by": outcome.caught_by(),
             "runs": [{**asdict(run), "verdict": run.verdict} for run in outcome.runs]}
            for outcome in outcomes
        ],
        "scenarios_catching_nothing": unused,
    }  # fmt: skip
    (out / "sensitivity.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return table


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        outcomes, unused = campaign(args)
    except SetupError as error:
        print(f"bin/sensitivity: {error}", file=sys.stderr)
        return 2 if error.usage else 3
    print(write(outcomes, unused, args.out))
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
