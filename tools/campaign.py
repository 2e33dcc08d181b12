"""What the campaigns over the scenarios share (`bin/sensitivity`, `bin/mutation`, `bin/harmless`).

Each runs pytest on the scenarios many times (one defect, mutant or release a run), reads what
each scenario did from pytest-reportlog, rewrites its report after every item so that an
interrupted campaign keeps what it measured, goes on from that report with `--resume`, and ends
with the same exit codes: 0 the claim holds, 1 it does not (a defect survived, a mutant lived, a
release turned a scenario red), 2 bad arguments, 3 the campaign could not run (the scenarios fail
without any change, a run did not complete), 130 interrupted. What differs (what a run changes,
what its verdict is, the report's table) stays in each tool.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
Parsed = TypeVar("Parsed")


class SetupError(Exception):
    """The campaign cannot run (exit code 3), or bad arguments (exit code 2, `usage=True`)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def scenario_name(nodeid: str) -> str:
    """A scenario's name in the tables: its node id without the test module, the `test_` prefix
    and the browser parameter (every scenario runs in Chromium)."""
    name = nodeid.rpartition("::")[2].removeprefix("test_")
    return name.replace("[chromium]", "").replace("[chromium-", "[")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _error_line(entry: Mapping[str, Any]) -> str:
    """The first line of a failed report's error, as pytest's crash line says it."""
    longrepr = entry.get("longrepr")
    if isinstance(longrepr, dict):
        crash = longrepr.get("reprcrash") or {}
        if isinstance(crash, dict) and crash.get("message"):
            return _first_line(str(crash["message"]))
        return _first_line(json.dumps(longrepr.get("reprtraceback", ""))[:300])
    return _first_line(str(longrepr or "failed"))


@dataclass(frozen=True)
class ReportLog:
    """What a pytest-reportlog file says: a test failed when any phase failed (its setup too),
    passed when its call passed; a skipped test is neither. In the order pytest reported them."""

    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # failed node id -> its first error line
    durations: dict[str, float] = field(default_factory=dict)  # node id -> seconds, every phase

    @classmethod
    def read(cls, path: Path) -> ReportLog:
        if not path.exists():
            return cls()
        outcomes: dict[str, str] = {}
        errors: dict[str, str] = {}
        durations: dict[str, float] = {}
        for line in path.read_text("utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("$report_type") != "TestReport":
                continue
            nodeid, outcome = entry["nodeid"], entry["outcome"]
            durations[nodeid] = round(durations.get(nodeid, 0.0) + float(entry.get("duration", 0.0)), 2)
            if outcome == "failed":
                outcomes[nodeid] = "failed"
                errors.setdefault(nodeid, _error_line(entry))
            elif entry["when"] == "call" and outcomes.get(nodeid) != "failed":
                outcomes[nodeid] = outcome
        return cls(
            [nodeid for nodeid, outcome in outcomes.items() if outcome == "passed"],
            [nodeid for nodeid, outcome in outcomes.items() if outcome == "failed"],
            errors,
            durations,
        )


@dataclass
class PytestRun:
    """One pytest run of a campaign: how it ended and what each test did."""

    exit_code: int | None  # None: ended at the timeout
    seconds: float
    log: ReportLog
    tail: str  # the last lines of its output, to say why a run did not complete

    @property
    def passed(self) -> list[str]:
        return self.log.passed

    @property
    def failed(self) -> list[str]:
        return self.log.failed

    @property
    def durations(self) -> dict[str, float]:
        return self.log.durations


def run_pytest(
    args: Sequence[str], results: Path, *, env: Mapping[str, str] | None = None, timeout: float | None = None
) -> PytestRun:
    """`python -m pytest ARGS -q`, in random order never, its results in the reportlog `results`.
    In a session of its own, so that at the timeout, or when the campaign is interrupted, it ends
    with everything it started (workers, mocks, browsers): the process group, by its id."""
    results.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pytest", *args, "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               f"--report-log={results}"]  # fmt: skip
    started = time.monotonic()
    process = subprocess.Popen(  # noqa: S603 - our own pytest
        command, cwd=ROOT, env=dict(env) if env is not None else None, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        output, _ = process.communicate(timeout=timeout)
        exit_code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        _end_group(process)
        output, _ = process.communicate()
        exit_code = None
    except BaseException:  # interrupted: its own session does not get the terminal's Ctrl-C
        _end_group(process)
        raise
    tail = "\n".join((output or "").strip().splitlines()[-15:])
    return PytestRun(exit_code, round(time.monotonic() - started, 1), ReportLog.read(results), tail)


def _end_group(process: subprocess.Popen[str]) -> None:
    for sent in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sent)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=20)
            return
        except subprocess.TimeoutExpired:
            continue


def check_run_options(workers: int, action_timeout: float | None) -> None:
    """The options every campaign has: SetupError (usage) for a value no run can take."""
    if workers < 1:
        raise SetupError("--workers must be at least 1", usage=True)
    if action_timeout is not None and not action_timeout > 0:
        raise SetupError("--action-timeout must be a positive number of seconds", usage=True)


def write_whole(path: Path, text: str) -> None:
    """Written whole, then renamed into place: an interrupt never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.parent / f".{path.name}.tmp"
    scratch.write_text(text, encoding="utf-8")
    scratch.replace(path)


def resumed_report(report: Path, kind: str, parse: Callable[[dict[str, Any]], Parsed]) -> tuple[dict[str, Any], Parsed]:
    """`--resume`: the campaign's own report and what `parse` makes of it; SetupError (usage)
    when there is none or it is not a report of this `kind` ("a sensitivity report")."""
    try:
        data = json.loads(report.read_text("utf-8"))
        return data, parse(data)
    except FileNotFoundError:
        raise SetupError(f"--resume: no report to resume in {report}", usage=True) from None
    except (ValueError, KeyError, TypeError) as error:
        raise SetupError(f"--resume: {report} is not {kind}: {error}", usage=True) from error


def exit_code(prog: str, out: Path, campaign: Callable[[], int]) -> int:
    """`campaign`'s exit code, or 2 / 3 for a SetupError (said on stderr), 130 when interrupted."""
    try:
        return campaign()
    except SetupError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 2 if error.usage else 3
    except KeyboardInterrupt:
        print(f"{prog}: interrupted; what was measured is in {out} (--resume goes on)", file=sys.stderr)
        return 130
