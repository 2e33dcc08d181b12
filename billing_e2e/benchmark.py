"""The benchmark (`bin/benchmark`): how fast the harness is, where its time goes, and how it
compares with the same flows written directly in Playwright.

Measured, each in its own pytest process against the bundled mock (nothing here is a test; the
goals are figures in the README, never timed assertions):

- the matrix: every scenario of tests/e2e, with -n 1 and -n 2, with reports (Allure with its
  per-step screenshots, JUnit) off and on: wall time, per-scenario median and p95, peak memory per
  worker (its Python, its Chromium, its mock: RSS summed over the process tree, sampled);
- half the matrix (every other scenario) with -n 2 and reports on, against the whole;
- where a scenario's time goes (`fixtures/timings.py`: context and page, test data, account,
  sign-in, the UI steps, the mail steps, the reports after each step, and the rest: pytest and
  pytest-bdd around them); once per worker: Playwright, the browser launch, the mock;
- pairs: each flow of `benchmarks/direct/` (plain Playwright scripts: no pytest, no page objects)
  against the harness scenario it mirrors, alternating, as whole processes and in-process.

Writes benchmark.json and benchmark.md to --out; exit 0, or 1 when a run of the suite failed (the
figures of a failing suite mean nothing), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from .shards import ShardError, balance_ratio, collect_test_ids, load_durations, plan_shards

ROOT = Path(__file__).resolve().parent.parent
DIRECT_FLOWS = ROOT / "benchmarks" / "direct"
SAMPLE_EVERY = 0.25  # seconds between memory samples
MB = 1024 * 1024
PARTS = ("matrix", "half", "pairs", "shards")
SHARD_COUNTS = (2, 4)
STORED_DURATIONS = ROOT / ".test_durations"
XDIST_WORKER_MARK = "exec(eval(sys.stdin.readline()))"
# A direct flow's phases (benchmarks/direct/): what compares with a harness scenario's own time,
# and what compares with the harness's overhead.
DIRECT_FLOW_PHASES = ("context", "account", "session", "flow", "email")
DIRECT_OVERHEAD = ("context", "account", "session")


class BenchmarkError(Exception):
    """A run the benchmark cannot use (the suite failed, a flow's checks failed)."""


# --- statistics ------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 < q < 100) by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


# --- running pytest, sampling memory ---------------------------------------------------------


@dataclass
class ProcessRun:
    command: list[str]
    returncode: int
    wall: float
    peak_mb_per_worker: dict[str, float]
    output_tail: str


def _tree_rss(process: psutil.Process) -> int:
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def _workers(main: psutil.Process, xdist: bool) -> dict[str, psutil.Process]:
    """xdist's workers (the children execnet starts with `-c ...exec(eval(sys.stdin.readline()))`);
    without xdist the main process is the only worker."""
    if not xdist:
        return {"main": main}
    try:
        children = main.children()
    except psutil.NoSuchProcess:
        return {}
    workers = {}
    for child in children:
        try:
            if XDIST_WORKER_MARK in " ".join(child.cmdline()):
                workers[f"worker {child.pid}"] = child
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return workers


def run_sampled(command: Sequence[str], *, xdist: bool = False) -> ProcessRun:
    """Run `command` in the repository, sampling each worker's memory (each xdist worker's with
    `xdist`, else the process's own) until it ends."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(  # noqa: S603 - our own pytest and scripts
            list(command), cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, text=True
        )
        main = psutil.Process(process.pid)
        peaks: dict[str, int] = {}
        while True:
            try:
                returncode = process.wait(timeout=SAMPLE_EVERY)
                break
            except subprocess.TimeoutExpired:
                for name, worker in _workers(main, xdist).items():
                    peaks[name] = max(peaks.get(name, 0), _tree_rss(worker))
        wall = time.perf_counter() - started
        output.seek(0)
        tail = "\n".join(output.read().strip().splitlines()[-12:])
    names = {name: f"w{index}" for index, name in enumerate(sorted(peaks))}
    return ProcessRun(
        list(command), returncode, wall, {names[name]: round(rss / MB) for name, rss in peaks.items()}, tail
    )


def read_timings(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scenario_seconds(record: dict[str, Any]) -> float:
    """A scenario's own time: setup, call and teardown, less what was set up once for the worker."""
    phases = record["phases"]
    once = sum(record.get("worker_fixtures", {}).values())
    return float(phases.get("setup", 0) + phases.get("call", 0) + phases.get("teardown", 0) - once)


# --- the matrix ------------------------------------------------------------------------------


@dataclass
class MatrixRun:
    label: str
    workers: int
    reports: bool
    scenarios: int
    wall: float
    median: float
    p95: float
    peak_mb_per_worker: dict[str, float]
    breakdown: dict[str, float] = field(default_factory=dict)
    once_per_worker: dict[str, float] = field(default_factory=dict)
    durations: dict[str, float] = field(default_factory=dict, repr=False)
    """Each scenario's seconds (node id -> setup + call + teardown), for the shard balance."""


def pytest_command(
    selection: Sequence[str], workers: int, *, reports: Path | None, timings: Path, extra: Sequence[str] = ()
) -> list[str]:
    command = [
        sys.executable, "-m", "pytest", *selection, "-q", "-p", "no:cacheprovider",
        "-n", str(workers), f"--timings={timings}", *extra,
    ]  # fmt: skip
    if reports is not None:
        command += [f"--alluredir={reports / 'allure-results'}", f"--junitxml={reports / 'junit.xml'}"]
    return command


def breakdown(records: Iterable[dict[str, Any]]) -> tuple[dict[str, float], dict[str, float]]:
    """Mean seconds per scenario by where they went, and the mean of what was set up once per worker."""
    per_scenario: list[dict[str, float]] = []
    once: dict[str, list[float]] = {}
    for record in records:
        fixtures = record.get("fixtures", {})
        parts = {
            "context_and_page": fixtures.get("context", 0.0) + fixtures.get("page", 0.0),
            "test_data": fixtures.get("test_data", 0.0),
        }
        steps_total = 0.0
        for step in record.get("steps", []):
            key = f"steps_{step['category']}"
            parts[key] = parts.get(key, 0.0) + step["seconds"]
            parts["reports_after_steps"] = parts.get("reports_after_steps", 0.0) + step["reporting"]
            steps_total += step["seconds"] + step["reporting"] + step["arguments"]
        total = scenario_seconds(record)
        fixture_time = parts["context_and_page"] + parts["test_data"]
        # Fixtures set up for a step are inside its arguments' time: count them once.
        argument_fixtures = sum(step["arguments"] for step in record.get("steps", []))
        parts["pytest_and_the_rest"] = max(0.0, total - steps_total - max(0.0, fixture_time - argument_fixtures))
        parts["total"] = total
        per_scenario.append(parts)
        for name, seconds in record.get("worker_fixtures", {}).items():
            once.setdefault(name, []).append(seconds)
    keys = sorted({key for parts in per_scenario for key in parts})
    means = {key: round(statistics.fmean(parts.get(key, 0.0) for parts in per_scenario), 3) for key in keys}
    return means, {name: round(statistics.fmean(values), 3) for name, values in sorted(once.items())}


def matrix_ids(extra: Sequence[str] = ()) -> list[str]:
    """The node ids of the matrix (tests/e2e, with the --select expression)."""
    try:
        ids = collect_test_ids(["tests/e2e", *extra])
    except ShardError as error:
        raise BenchmarkError(str(error)) from error
    if not ids:
        raise BenchmarkError(f"tests/e2e {' '.join(extra)}: no scenario is selected")
    return ids


def run_matrix(
    label: str, selection: Sequence[str], workers: int, reports: bool, scratch: Path, extra: Sequence[str] = ()
) -> MatrixRun:
    folder = scratch / label
    folder.mkdir(parents=True)
    timings = folder / "timings.jsonl"
    run = run_sampled(
        pytest_command(selection, workers, reports=folder if reports else None, timings=timings, extra=extra)
    )
    records = read_timings(timings)
    if run.returncode != 0:
        raise BenchmarkError(f"{label}: pytest exited {run.returncode}:\n{run.output_tail}")
    if not records:
        raise BenchmarkError(f"{label}: no scenario ran")
    seconds = [scenario_seconds(record) for record in records]
    means, once = breakdown(records)
    return MatrixRun(
        label, workers, reports, len(records), round(run.wall, 1), round(median(seconds), 2),
        round(percentile(seconds, 95), 2), run.peak_mb_per_worker, means, once,
        {record["nodeid"]: round(scenario_seconds(record), 3) for record in records},
    )  # fmt: skip


# --- pairs: the harness against direct Playwright ----------------------------------------------


@dataclass
class Pair:
    flow: str
    scenario: str
    runs: int
    harness_process: float
    direct_process: float
    harness_scenario: float
    direct_flow: float
    harness_overhead: float
    """The scenario's time outside its step functions (context and page, test data, reports,
    pytest-bdd and teardown)."""
    direct_overhead: float
    """The direct script's context, account and session."""

    @property
    def process_ratio(self) -> float:
        return round(self.harness_process / self.direct_process, 2)

    @property
    def scenario_ratio(self) -> float:
        return round(self.harness_scenario / self.direct_flow, 2)


def direct_flows() -> dict[str, tuple[Path, str]]:
    """Each direct flow's script and the harness scenario (node id) it mirrors, from the flows'
    own registry (`benchmarks.direct.common.FLOWS`)."""
    from benchmarks.direct.common import FLOWS  # the scripts' package, not part of the library

    return {name: (ROOT / f"{module.replace('.', '/')}.py", scenario) for name, (module, scenario) in FLOWS.items()}


def run_direct(script: Path) -> tuple[float, dict[str, Any]]:
    run = run_sampled([sys.executable, str(script), "--json"])
    if run.returncode != 0:
        raise BenchmarkError(f"{script.name}: exited {run.returncode}:\n{run.output_tail}")
    record = next((json.loads(line) for line in run.output_tail.splitlines() if line.startswith("{")), None)
    if record is None:
        raise BenchmarkError(f"{script.name} printed no JSON record:\n{run.output_tail}")
    return run.wall, record


def run_harness(nodeid: str, scratch: Path, index: int) -> tuple[float, dict[str, Any]]:
    timings = scratch / f"pair-{index}.jsonl"
    run = run_sampled(pytest_command([nodeid], 0, reports=None, timings=timings))
    records = read_timings(timings)
    if run.returncode != 0 or len(records) != 1:
        raise BenchmarkError(
            f"{nodeid}: pytest exited {run.returncode} with {len(records)} results:\n{run.output_tail}"
        )
    return run.wall, records[0]


def harness_overhead(record: dict[str, Any]) -> float:
    return scenario_seconds(record) - float(sum(step["seconds"] for step in record["steps"]))


def run_pairs(runs: int, scratch: Path, only: Sequence[str] = ()) -> list[Pair]:
    pairs: list[Pair] = []
    for name, (script, scenario) in direct_flows().items():
        if only and name not in only:
            continue
        harness: list[tuple[float, dict[str, Any]]] = []
        direct: list[tuple[float, dict[str, Any]]] = []
        for index in range(runs):
            # Alternate which side goes first, so neither always finds a warm machine.
            if index % 2 == 0:
                direct.append(run_direct(script))
                harness.append(run_harness(scenario, scratch, len(pairs) * 100 + index))
            else:
                harness.append(run_harness(scenario, scratch, len(pairs) * 100 + index))
                direct.append(run_direct(script))
        phases = [record["phases"] for _, record in direct]
        pairs.append(
            Pair(
                name, scenario, runs,
                harness_process=round(median([wall for wall, _ in harness]), 2),
                direct_process=round(median([wall for wall, _ in direct]), 2),
                harness_scenario=round(median([scenario_seconds(record) for _, record in harness]), 3),
                direct_flow=round(median([sum(p[key] for key in DIRECT_FLOW_PHASES) for p in phases]), 3),
                harness_overhead=round(median([harness_overhead(record) for _, record in harness]), 3),
                direct_overhead=round(median([sum(p[key] for key in DIRECT_OVERHEAD) for p in phases]), 3),
            )
        )  # fmt: skip
    return pairs


# --- shards ---------------------------------------------------------------------------------


@dataclass
class ShardBalance:
    durations_from: str
    splits: int
    seconds: list[float]

    @property
    def ratio(self) -> float:
        return round(balance_ratio(self.seconds), 3)


def shard_balances(test_ids: Sequence[str], measured: Mapping[str, float], splits: Sequence[int]) -> list[ShardBalance]:
    """pytest-split's shards of `test_ids` planned from the stored durations (what CI uses) and
    from the durations this benchmark just measured."""
    stored = load_durations(STORED_DURATIONS)
    balances = []
    for count in splits:
        for name, durations in (("stored .test_durations", stored), ("this benchmark's run", measured)):
            planned = plan_shards(durations, test_ids, count)
            balances.append(ShardBalance(name, count, [round(shard.seconds, 1) for shard in planned]))
    return balances


# --- the report ------------------------------------------------------------------------------


@dataclass
class Report:
    machine: dict[str, Any]
    matrix: list[MatrixRun] = field(default_factory=list)
    half: MatrixRun | None = None
    pairs: list[Pair] = field(default_factory=list)
    shards: list[ShardBalance] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "matrix": [asdict(run) for run in self.matrix],
            "half": asdict(self.half) if self.half else None,
            "pairs": [
                {**asdict(pair), "process_ratio": pair.process_ratio, "scenario_ratio": pair.scenario_ratio}
                for pair in self.pairs
            ],
            "shards": [{**asdict(balance), "ratio": balance.ratio} for balance in self.shards],
        }


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "load_at_start": [round(load, 2) for load in os.getloadavg()],
        "python": sys.version.split()[0],
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """A Markdown table's lines."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def markdown(report: Report) -> str:
    m = report.machine
    lines = [
        f"Machine: {m['cpus']} cores, {m['memory_gb']} GB, load at start {m['load_at_start']}, "
        f"Python {m['python']}, {m['started']}.",
        "",
    ]
    runs = [*report.matrix, *([report.half] if report.half else [])]
    if runs:
        lines += table(
            ["run", "scenarios", "wall s", "median s", "p95 s", "peak MB per worker"],
            (
                [
                    run.label, run.scenarios, f"{run.wall:.1f}", f"{run.median:.2f}", f"{run.p95:.2f}",
                    ", ".join(f"{mb:.0f}" for _, mb in sorted(run.peak_mb_per_worker.items())),
                ]
                for run in runs
            ),
        )  # fmt: skip
        labels = [run.label for run in runs]
        lines += ["Mean seconds per scenario, by where they go:", ""]
        keys = sorted({key for run in runs for key in run.breakdown})
        lines += table(
            ["part", *labels], ([key, *(f"{run.breakdown.get(key, 0.0):.3f}" for run in runs)] for key in keys)
        )
        lines += ["Once per worker, seconds:", ""]
        keys = sorted({key for run in runs for key in run.once_per_worker})
        lines += table(
            ["part", *labels], ([key, *(f"{run.once_per_worker.get(key, 0.0):.3f}" for run in runs)] for key in keys)
        )
    if report.pairs:
        lines += table(
            [
                "flow", "runs", "harness process s", "direct process s", "ratio", "harness scenario s",
                "direct flow s", "ratio", "harness overhead s", "direct context+account+session s",
            ],
            (
                [
                    pair.flow, pair.runs, f"{pair.harness_process:.2f}", f"{pair.direct_process:.2f}",
                    f"{pair.process_ratio:.2f}", f"{pair.harness_scenario:.3f}", f"{pair.direct_flow:.3f}",
                    f"{pair.scenario_ratio:.2f}", f"{pair.harness_overhead:.3f}", f"{pair.direct_overhead:.3f}",
                ]
                for pair in report.pairs
            ),
        )  # fmt: skip
    if report.shards:
        lines += ["pytest-split's shards of the matrix (expected seconds per shard; slowest / mean):", ""]
        lines += table(
            ["durations from", "shards", "seconds per shard", "slowest / mean"],
            (
                [
                    balance.durations_from,
                    balance.splits,
                    ", ".join(f"{s:.1f}" for s in balance.seconds),
                    f"{balance.ratio:.3f}",
                ]
                for balance in report.shards
            ),
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bin/benchmark", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "reports" / "benchmark", help="where the JSON and Markdown go"
    )
    parser.add_argument(
        "--parts", default=",".join(PARTS), help=f"comma-separated: {', '.join(PARTS)} (shards needs matrix)"
    )
    parser.add_argument("--select", default=None, help="a pytest -m expression: only these scenarios in the matrix")
    parser.add_argument("--workers", default="1,2", help="worker counts of the matrix runs (comma-separated)")
    parser.add_argument("--pairs", type=int, default=5, metavar="N", help="runs of each side per direct flow")
    parser.add_argument("--flow", action="append", default=[], help="only this direct flow (repeatable)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    parts = {part.strip() for part in args.parts.split(",") if part.strip()}
    unknown = parts - set(PARTS)
    if unknown or not parts:
        parser.error(f"--parts: unknown {', '.join(sorted(unknown)) or '(none given)'}; use {', '.join(PARTS)}")
    if "shards" in parts and "matrix" not in parts:
        parser.error("--parts: shards needs matrix (it plans the shards from the matrix's durations too)")
    try:
        workers = [int(count) for count in args.workers.split(",")]
    except ValueError:
        parser.error(f"--workers: not a list of numbers: {args.workers!r}")
    if any(count < 1 for count in workers):
        parser.error("--workers: counts must be at least 1")
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    unknown_flows = set(args.flow) - set(direct_flows())
    if unknown_flows:
        parser.error(f"--flow: no such flow {', '.join(sorted(unknown_flows))}; flows: {', '.join(direct_flows())}")
    extra = ["-m", args.select] if args.select else []
    report = Report(machine())
    try:
        with tempfile.TemporaryDirectory(prefix="billing-e2e-benchmark-") as scratch_name:
            scratch = Path(scratch_name)
            if "matrix" in parts:
                for count in workers:
                    for reports in (False, True):
                        label = f"-n {count}, reports {'on' if reports else 'off'}"
                        print(f"benchmark: the matrix, {label}", file=sys.stderr)
                        report.matrix.append(
                            run_matrix(label.replace(" ", ""), ["tests/e2e"], count, reports, scratch, extra)
                        )
            ids = matrix_ids(extra) if parts & {"half", "shards"} else []
            if "shards" in parts:
                measured = next(run for run in report.matrix if run.reports and run.workers == max(workers))
                report.shards = shard_balances(ids, measured.durations, SHARD_COUNTS)
            if "half" in parts:
                print(f"benchmark: half the matrix ({len(ids[::2])} of {len(ids)})", file=sys.stderr)
                report.half = run_matrix("half,-n2,reportson", ids[::2], 2, True, scratch)
            if "pairs" in parts:
                print("benchmark: the harness against direct Playwright", file=sys.stderr)
                report.pairs = run_pairs(args.pairs, scratch, args.flow)
    except BenchmarkError as error:
        print(f"benchmark: {error}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "benchmark.json").write_text(json.dumps(report.as_json(), indent=2) + "\n", encoding="utf-8")
    (args.out / "benchmark.md").write_text(markdown(report) + "\n", encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
