"""The benchmark (`bin/benchmark`): how fast the harness is, where its time goes, and how it
compares with the same flows written directly in Playwright.

Measured, each in its own pytest process against the bundled mock (nothing here is a test; the
goals are figures in docs/speed.md, never timed assertions):

- the matrix: every scenario of tests/e2e, with -n 1 and -n 2, with reports (Allure with its
  per-step screenshots, JUnit) off and on: wall time, per-scenario median and p95, peak memory per
  worker (its Python, its Chromium, its mock: RSS summed over the process tree, sampled);
- half the matrix (every other scenario) with -n 2 and reports on, against the whole;
- where a scenario's time goes (`tools/timings.py`: context and page, test data, account,
  sign-in, the UI steps, the mail steps, the reports after each step, and the rest: pytest and
  pytest-bdd around them); once per worker: Playwright, the browser launch, the mock;
- pairs: each flow of `tools/direct/` (plain Playwright scripts: no pytest, no page objects)
  against the harness scenario it mirrors, alternating, as whole processes and in-process;
- the article check (`billing-e2e articles check` on articles/, its `--timings` breakdown), with
  each count of walks side by side, and the cost of one more article: a copy of one under another
  number (it reuses the walks) and an article that needs a walk of its own; runs alternate.

Writes benchmark.json and benchmark.md to --out; exit 0, or 1 when a run of the suite failed (the
figures of a failing suite mean nothing), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
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
DIRECT_FLOWS = ROOT / "tools" / "direct"
SAMPLE_EVERY = 0.25  # seconds between memory samples
MB = 1024 * 1024
PARTS = ("matrix", "half", "pairs", "shards", "article_check")
ARTICLES = ROOT / "articles"
REUSED_ARTICLE = "002"
"""The article copied under another number for "one more article that reuses a walk"."""
NEW_WALK_ARTICLE = ROOT / "tests" / "article_check" / "articles" / "917_aggiungi_organizzatori_it.txt"
"""An Italian article about the card's Add Organizers: a walk none of the five articles needs."""
SHARD_COUNTS = (2, 4)
STORED_DURATIONS = ROOT / ".test_durations"
XDIST_WORKER_MARK = "exec(eval(sys.stdin.readline()))"
# A direct flow's phases (tools/direct/): what compares with a harness scenario's own time,
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
        "-n", str(workers), "-p", "tools.timings", f"--timings={timings}", *extra,
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
    label: str,
    selection: Sequence[str],
    workers: int,
    reports: bool,
    scratch: Path,
    extra: Sequence[str] = (),
    *,
    kept_reports: Path | None = None,
) -> MatrixRun:
    """One pytest run of the matrix. With reports, they are written into `kept_reports / label` when
    given (the JUnit file of a whole run is what `bin/traceability --results` reads), else scratch."""
    folder = scratch / label
    folder.mkdir(parents=True)
    timings = folder / "timings.jsonl"
    reports_folder = None
    if reports:
        reports_folder = folder if kept_reports is None else kept_reports / label
        reports_folder.mkdir(parents=True, exist_ok=True)
    run = run_sampled(pytest_command(selection, workers, reports=reports_folder, timings=timings, extra=extra))
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
    own registry (`tools.direct.common.FLOWS`)."""
    from tools.direct.common import FLOWS  # the scripts' package, not part of the library

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


# --- the article check ----------------------------------------------------------------------


@dataclass
class ArticleCheckRun:
    """Runs of `billing-e2e articles check` on one folder: wall and CPU seconds per run, and the
    median over the runs of each span name's seconds (article_check.timings)."""

    label: str
    articles: int
    walkers: int
    walls: list[float]
    cpu: list[float]
    """User and system seconds of the command and every process it waited for (mock, browsers)."""
    loads: list[float]
    """The machine's 1-minute load average as each run began."""
    breakdown: dict[str, float] = field(default_factory=dict)
    spans: dict[str, float] = field(default_factory=dict)
    """Median seconds of single spans by `name label` (an article's comparison, a walk)."""

    @property
    def wall(self) -> float:
        return round(median(self.walls), 2)


@dataclass
class ArticleCost:
    """What one more article adds to a run of the five: wall seconds (medians) and its own spans."""

    article: str
    reuses_walks: bool
    added_wall: float
    compare: float
    """The added article's own comparison."""
    new_walks: dict[str, float]
    """Walks only the added article needs (name locale: seconds)."""


def article_folders(scratch: Path) -> dict[str, Path]:
    """The five articles, the five and a copy of one under another number, the five and an article
    that needs a walk of its own."""
    five = scratch / "five"
    shutil.copytree(ARTICLES, five, ignore=shutil.ignore_patterns("README*"))
    reused = scratch / "reused"
    shutil.copytree(five, reused)
    (original,) = five.glob(f"{REUSED_ARTICLE}_*")
    shutil.copy(original, reused / f"{copy_number(five)}_{original.name.split('_', 1)[1]}")
    new_walk = scratch / "new_walk"
    shutil.copytree(five, new_walk)
    shutil.copy(NEW_WALK_ARTICLE, new_walk / f"{copy_number(five)}_{NEW_WALK_ARTICLE.name.split('_', 1)[1]}")
    return {"five": five, "reused": reused, "new_walk": new_walk}


def copy_number(folder: Path) -> str:
    """The number after the folder's highest article number."""
    return f"{max(int(path.name[:3]) for path in folder.glob('[0-9][0-9][0-9]_*')) + 1:03d}"


def run_article_check(folder: Path, walkers: int, scratch: Path, index: int) -> tuple[float, float, dict[str, Any]]:
    """One run of the check on `folder`: (wall seconds, CPU seconds, its timings)."""
    out = scratch / f"report-{index}"
    timings = scratch / f"timings-{index}.json"
    command = [
        sys.executable, "-m", "article_check", "articles", "check", "--articles", str(folder),
        "--out", str(out), "--walkers", str(walkers), "--timings", str(timings),
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = run_sampled(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0 or not timings.exists():
        raise BenchmarkError(f"articles check on {folder.name}: exited {run.returncode}:\n{run.output_tail}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return run.wall, cpu, json.loads(timings.read_text(encoding="utf-8"))


def span_medians(records: Sequence[dict[str, Any]]) -> tuple[dict[str, float], dict[str, float]]:
    names = sorted({name for record in records for name in record["totals"]})
    breakdown = {name: round(median([record["totals"].get(name, 0.0) for record in records]), 3) for name in names}
    known = [record["before_run"] for record in records if record["before_run"] is not None]
    if known:  # unknown where the check ran without /proc (article_check.timings)
        breakdown["before_run"] = round(median(known), 3)
    breakdown["startup"] = round(median([startup(record) for record in records]), 3)
    singles: dict[str, list[float]] = {}
    for record in records:
        for span in record["spans"]:
            if span["name"] in ("walk", "compare"):
                singles.setdefault(f"{span['name']} {span['label']}", []).append(span["seconds"])
    return breakdown, {key: round(median(values), 3) for key, values in sorted(singles.items())}


def startup(record: dict[str, Any]) -> float:
    """Seconds from the run's start to its first walk (the mock, Playwright, the browsers)."""
    return float(min((span["start"] for span in record["spans"] if span["name"] == "walk"), default=record["wall"]))


def run_article_checks(
    runs: int, walkers: Sequence[int], scratch: Path
) -> tuple[list[ArticleCheckRun], list[ArticleCost]]:
    """Each configuration `runs` times, in turn (A, B, C, A, B, C...), so a busy moment of the
    machine falls on all of them alike."""
    folders = article_folders(scratch)
    count = {name: len(list(folder.glob("[0-9][0-9][0-9]_*"))) for name, folder in folders.items()}
    most = max(walkers)
    configs = [(f"five articles, {n} walker{'s' if n > 1 else ''}", "five", n) for n in walkers]
    configs += [("five + a copy of 002 (reuses its walks)", "reused", most)]
    configs += [("five + an article with a walk of its own", "new_walk", most)]
    measured: dict[str, list[tuple[float, float, float, dict[str, Any]]]] = {label: [] for label, _, _ in configs}
    for index in range(runs):
        for number, (label, folder, n) in enumerate(configs):
            print(f"benchmark: article check, {label} ({index + 1}/{runs})", file=sys.stderr)
            load = os.getloadavg()[0]
            wall, cpu, record = run_article_check(folders[folder], n, scratch, index * 10 + number)
            measured[label].append((wall, cpu, load, record))
    results = []
    for label, folder, n in configs:
        records = [record for *_, record in measured[label]]
        breakdown, spans = span_medians(records)
        results.append(
            ArticleCheckRun(
                label, count[folder], n,
                walls=[round(wall, 2) for wall, *_ in measured[label]],
                cpu=[round(cpu, 2) for _, cpu, *_ in measured[label]],
                loads=[round(load, 2) for _, _, load, _ in measured[label]],
                breakdown=breakdown, spans=spans,
            )
        )  # fmt: skip
    by_folder = {folder: run for run, (_, folder, n) in zip(results, configs, strict=True) if n == most}
    five = by_folder["five"]
    added = copy_number(folders["five"])
    costs = []
    for folder, reuses in (("reused", True), ("new_walk", False)):
        run = by_folder[folder]
        compare = next((seconds for key, seconds in run.spans.items() if key.startswith(f"compare {added} ")), 0.0)
        new_walks = {
            key.removeprefix("walk "): seconds
            for key, seconds in run.spans.items()
            if key.startswith("walk ") and key not in five.spans
        }
        costs.append(ArticleCost(added, reuses, round(run.wall - five.wall, 2), compare, new_walks))
    return results, costs


# --- the report ------------------------------------------------------------------------------


@dataclass
class Report:
    machine: dict[str, Any]
    matrix: list[MatrixRun] = field(default_factory=list)
    half: MatrixRun | None = None
    pairs: list[Pair] = field(default_factory=list)
    shards: list[ShardBalance] = field(default_factory=list)
    article_check: list[ArticleCheckRun] = field(default_factory=list)
    article_costs: list[ArticleCost] = field(default_factory=list)

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
            "article_check": [{**asdict(run), "wall": run.wall} for run in self.article_check],
            "article_costs": [asdict(cost) for cost in self.article_costs],
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
    if report.article_check:
        lines += article_check_markdown(report.article_check, report.article_costs)
    return "\n".join(lines)


def article_check_markdown(runs: Sequence[ArticleCheckRun], costs: Sequence[ArticleCost]) -> list[str]:
    lines = ["The article check (`billing-e2e articles check`), runs in turn:", ""]
    lines += table(
        ["run", "articles", "walkers", "wall median s", "walls s", "CPU s", "load at start"],
        (
            [
                run.label, run.articles, run.walkers, f"{run.wall:.1f}", ", ".join(f"{w:.1f}" for w in run.walls),
                ", ".join(f"{c:.1f}" for c in run.cpu), ", ".join(f"{load:.1f}" for load in run.loads),
            ]
            for run in runs
        ),
    )  # fmt: skip
    lines += ["Where the article check's time goes (median seconds; spans of walks side by side overlap):", ""]
    keys = sorted({key for run in runs for key in run.breakdown})
    lines += table(
        ["part", *(run.label for run in runs)],
        ([key, *(f"{run.breakdown.get(key, 0.0):.2f}" for run in runs)] for key in keys),
    )
    lines += table(
        ["one more article", "added wall s", "its comparison s", "walks of its own s"],
        (
            [
                f"{cost.article}: " + ("a copy that reuses the walks" if cost.reuses_walks else "a walk of its own"),
                f"{cost.added_wall:+.1f}",
                f"{cost.compare:.2f}",
                ", ".join(f"{name} {seconds:.1f}" for name, seconds in cost.new_walks.items()) or "none",
            ]
            for cost in costs
        ),
    )
    return lines


REPORTS_CHOICES: dict[str, tuple[bool, ...]] = {"off": (False,), "on": (True,), "both": (False, True)}
"""`--reports`: which matrix runs are made per worker count (reports off, on)."""


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
    parser.add_argument(
        "--reports",
        choices=sorted(REPORTS_CHOICES),
        default="both",
        help="the matrix runs without reports, with them (Allure and JUnit, kept in OUT/reports/), or both",
    )
    parser.add_argument("--pairs", type=int, default=5, metavar="N", help="runs of each side per direct flow")
    parser.add_argument("--flow", action="append", default=[], help="only this direct flow (repeatable)")
    parser.add_argument(
        "--article-runs", type=int, default=3, metavar="N", help="runs of each article-check configuration"
    )
    parser.add_argument(
        "--article-walkers", default="1,2", help="walks side by side in the article check runs (comma-separated)"
    )
    return parser


def _counts(parser: argparse.ArgumentParser, option: str, value: str) -> list[int]:
    """A comma-separated list of counts, each at least 1 (else a usage error)."""
    try:
        counts = [int(count) for count in value.split(",")]
    except ValueError:
        parser.error(f"{option}: not a list of numbers: {value!r}")
    if any(count < 1 for count in counts):
        parser.error(f"{option}: counts must be at least 1")
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    parts = {part.strip() for part in args.parts.split(",") if part.strip()}
    unknown = parts - set(PARTS)
    if unknown or not parts:
        parser.error(f"--parts: unknown {', '.join(sorted(unknown)) or '(none given)'}; use {', '.join(PARTS)}")
    if "shards" in parts and "matrix" not in parts:
        parser.error("--parts: shards needs matrix (it plans the shards from the matrix's durations too)")
    if "shards" in parts and args.reports == "off":
        parser.error("--parts: shards needs a matrix run with reports (--reports on or both)")
    workers = _counts(parser, "--workers", args.workers)
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    if args.article_runs < 1:
        parser.error("--article-runs must be at least 1")
    walkers = _counts(parser, "--article-walkers", args.article_walkers)
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
                    for reports in REPORTS_CHOICES[args.reports]:
                        label = f"-n {count}, reports {'on' if reports else 'off'}"
                        print(f"benchmark: the matrix, {label}", file=sys.stderr)
                        report.matrix.append(
                            run_matrix(
                                label.replace(" ", ""), ["tests/e2e"], count, reports, scratch, extra,
                                kept_reports=args.out / "reports",
                            )
                        )  # fmt: skip
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
            if "article_check" in parts:
                report.article_check, report.article_costs = run_article_checks(
                    args.article_runs, walkers, scratch / "article_check"
                )
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
