"""The flake hunt: run the suite (or a selection) N times in random order and report every test
whose result was not the same each time.

    bin/flake-hunt --runs 20 [--workers 2] [--busy-core] [--seed S] [--report FILE] [-- PYTEST ARGS]

Each run is a fresh `python -m pytest` with pytest-randomly on (`-p randomly`, its seed recorded:
the base seed plus the run's number), `-n WORKERS`, and a JUnit XML report it leaves in a scratch
folder; the outcomes of each test (passed, failed, error, skipped, or absent) are compared across
the runs. `--busy-core` keeps one core busy with a spinning process for the whole hunt, as a loaded
CI machine would. The summary goes to stdout, the whole result (seeds, outcomes of every test that
differed or failed) to `--report` as JSON.

Exit status: 0 when every test gave one result and none failed; 1 when a test was flaky or failed;
2 for a bad command line. A flaky test's cause gets fixed: no retry or longer timeout hides it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NoReturn

Outcome = Literal["passed", "failed", "error", "skipped", "absent"]
DEFAULT_REPORT = Path("reports/flake-hunt.json")


@dataclass(frozen=True)
class Run:
    number: int
    seed: int
    exit_code: int
    outcomes: dict[str, Outcome]


@dataclass
class Hunt:
    runs: list[Run] = field(default_factory=list)

    def tests(self) -> list[str]:
        return sorted({test for run in self.runs for test in run.outcomes})

    def results_of(self, test: str) -> list[Outcome]:
        return [run.outcomes.get(test, "absent") for run in self.runs]

    def flaky(self) -> dict[str, list[Outcome]]:
        """Tests that did not give the same result in every run, with their result per run."""
        return {test: results for test in self.tests() if len(set(results := self.results_of(test))) > 1}

    def always_failing(self) -> list[str]:
        return [test for test in self.tests() if set(self.results_of(test)) <= {"failed", "error"}]

    def summary(self) -> str:
        flaky = self.flaky()
        lines = [
            f"flake hunt: {len(self.runs)} runs, {len(self.tests())} tests, seeds "
            + ", ".join(str(run.seed) for run in self.runs),
            *(
                f"  run {run.number}: seed {run.seed}, exit {run.exit_code}, "
                f"{sum(o == 'passed' for o in run.outcomes.values())} passed, "
                f"{sum(o in ('failed', 'error') for o in run.outcomes.values())} failed"
                for run in self.runs
            ),
            f"flaky: {len(flaky)}",
            *(f"  {test}: {' '.join(results)}" for test, results in flaky.items()),
        ]
        if failing := self.always_failing():
            lines += [f"failed in every run: {len(failing)}", *(f"  {test}" for test in failing)]
        return "\n".join(lines)

    def as_json(self) -> dict[str, object]:
        return {
            "runs": [
                {"number": r.number, "seed": r.seed, "exit_code": r.exit_code, "tests": len(r.outcomes)}
                for r in self.runs
            ],
            "flaky": self.flaky(),
            "always_failing": self.always_failing(),
        }


def outcomes_of(junit_xml: Path) -> dict[str, Outcome]:
    """Each test case of a JUnit XML report ("module.Class::name") and how it ended."""
    outcomes: dict[str, Outcome] = {}
    for case in ET.parse(junit_xml).getroot().iter("testcase"):  # noqa: S314 - see the import
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag for child in case}
        outcome: Outcome = "passed"
        if "error" in tags:
            outcome = "error"
        elif "failure" in tags:
            outcome = "failed"
        elif "skipped" in tags:
            outcome = "skipped"
        # A test that failed in setup and teardown is reported twice: the worse result stands.
        if outcomes.get(name) in ("failed", "error") and outcome == "passed":
            continue
        outcomes[name] = outcome
    return outcomes


@contextmanager
def busy_core(enabled: bool) -> Iterator[None]:
    """One process spinning on a core for the duration, as another job on a shared machine."""
    if not enabled:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def hunt(
    runs: int,
    pytest_args: Sequence[str],
    *,
    workers: int = 2,
    seed: int | None = None,
    keep_busy: bool = False,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    echo: bool = True,
) -> Hunt:
    base = seed if seed is not None else random.randrange(2**31)
    result = Hunt()
    with tempfile.TemporaryDirectory(prefix="flake-hunt-") as scratch, busy_core(keep_busy):
        for number in range(1, runs + 1):
            run_seed = base + number - 1
            junit = Path(scratch) / f"run-{number}.xml"
            command = [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "randomly",
                f"--randomly-seed={run_seed}",
                "-n",
                str(workers),
                "-q",
                f"--junitxml={junit}",
                *pytest_args,
            ]
            completed = subprocess.run(  # noqa: S603 - our own interpreter and arguments
                command, check=False, env=dict(env) if env is not None else None, cwd=cwd, capture_output=not echo
            )
            outcomes = outcomes_of(junit) if junit.exists() else {}
            result.runs.append(Run(number, run_seed, completed.returncode, outcomes))
            if echo:
                print(f"flake hunt: run {number}/{runs} (seed {run_seed}) exit {completed.returncode}", flush=True)
    return result


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(prog="bin/flake-hunt", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="how many times to run the selection")
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers (-n)")
    parser.add_argument("--seed", type=int, default=None, help="base seed; run k uses seed+k-1 (default: random)")
    parser.add_argument("--busy-core", action="store_true", help="keep one core busy with a spinning process")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="where the JSON result goes")
    parser.add_argument("pytest_args", nargs="*", help="after --: what pytest runs (default: the whole suite)")
    args = parser.parse_args(argv)
    if args.runs < 2:
        parser.error(f"--runs must be at least 2 to compare runs, not {args.runs}")
    if args.workers < 0:
        parser.error(f"--workers must be 0 or more, not {args.workers}")
    result = hunt(args.runs, args.pytest_args, workers=args.workers, seed=args.seed, keep_busy=args.busy_core)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(result.as_json(), indent=2) + "\n", encoding="utf-8")
    print(result.summary())
    print(f"report: {args.report}")
    return 1 if result.flaky() or result.always_failing() else 0


if __name__ == "__main__":
    sys.exit(main())
