"""Sharding the suite across CI machines with pytest-split: the expected balance of N shards from
the stored durations, each shard's record of what it ran, and the merge of the shards' JUnit and
Allure results into one report, refused when the shards do not add up to the selection.

    bin/shard-balance [--splits N]... [--max-ratio R] [-- PYTEST ARGS]
    bin/merge-shards [--out reports/merged] [--replace] SHARD_DIR...   then: bin/report DIR/allure-results

A shard runs `bin/test --splits N --group I --junitxml=DIR/junit.xml --alluredir=DIR/allure-results`;
pytest-split (with `least_duration`, set in pyproject's addopts) picks its tests by the durations
stored in `.test_durations` (bin/store-durations records them), and tools/shard_record.py writes the
shard's record beside the JUnit file (`DIR/junit.shard.json`): the whole selection pytest-split
split, this shard's tests and, of those, the scenarios (the tests that write Allure results).
A shard's directory is those three: JUnit, record, Allure results.

The merge checks, before it writes anything, that the shards are the N groups of one split of
one selection, each once; that no test ran in two shards and none was left out; that each JUnit
file holds exactly its shard's tests and each Allure folder results of its scenarios, none also in
another shard. Then it writes one JUnit file (junitparser; a test suite per shard), one Allure
results folder (every result and attachment once, one environment whose values that differ
between machines are listed per shard, shared files such as categories once), and the
traceability matrix of the merged JUnit (OUT/traceability/). The Allure history is left to the
one `bin/report` run on the merged folder, which adds the run to reports/allure-history.jsonl once.

The balance: `plan_shards` and `shard_balance` run pytest-split's own algorithm (its
`algorithms` module) on node ids, without pytest, so a benchmark or a CI check can compute the
expected seconds per shard for any selection.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import Any, NoReturn, cast

from junitparser import JUnitXml, JUnitXmlError
from pytest_split.algorithms import Algorithms

DURATIONS_FILE = Path(".test_durations")
"""pytest-split's file of stored durations (its default: `.test_durations` in the folder pytest runs in)."""
ALGORITHM = "least_duration"
"""pytest-split's algorithm the shards use (pyproject's addopts): the longest test first, into
the shard with the least time so far. Its default (`duration_based_chunks`) keeps the order of
the tests and cuts it in N chunks, which leaves the shards further apart."""
JUNIT_FILE = "junit.xml"
ALLURE_FOLDER = "allure-results"
RECORD_SUFFIX = ".shard.json"
ENVIRONMENT_FILE = "environment.properties"
TRACEABILITY_FOLDER = "traceability"
DEFAULT_OUT = Path("reports/merged")
# Files of an Allure results folder that belong to one test result: named by a fresh UUID each,
# so a name in two shards means the same result was copied into both.
RESULT_SUFFIXES = ("-result.json", "-container.json")
ATTACHMENT_MARK = "-attachment"
DURATIONS_WHAT = "pytest-split's durations file"
SHOWN = 10  # tests listed per problem; the count says how many there are


class ShardError(Exception):
    """Shard results that do not make one report (missing, empty, overlapping, incomplete), or
    stored durations that cannot be read. The message lists every problem found."""


# --- durations and balance ----------------------------------------------------------------------


def _read_json(path: Path, missing: str, what: str) -> Any:
    """A JSON file's content, or a ShardError that says `missing` (no file) or that it is not `what`."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ShardError(missing) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ShardError(f"{path} is not {what} (not JSON: {error})") from None


def load_durations(path: Path) -> dict[str, float]:
    """The stored durations (seconds per node id) of pytest-split's `--store-durations`."""
    data = _read_json(path, f"no stored durations at {path}: record them with bin/store-durations", DURATIONS_WHAT)
    if not isinstance(data, dict) or not all(
        isinstance(value, int | float) and not isinstance(value, bool) and value >= 0 for value in data.values()
    ):
        raise ShardError(f"{path} is not {DURATIONS_WHAT} (an object of node id: seconds >= 0)")
    return {str(test): float(seconds) for test, seconds in data.items()}


@dataclass(frozen=True)
class _Test:
    """A test as pytest-split's algorithms read a pytest item: its node id, and its str() (the
    algorithm's tie-break before sorting by duration), which for a pytest Function is its repr."""

    nodeid: str

    def __str__(self) -> str:
        return f"<Function {self.nodeid.rsplit('::', 1)[-1]}>"


@dataclass(frozen=True)
class PlannedShard:
    group: int
    """1 to N, as pytest-split's --group counts."""
    tests: tuple[str, ...]
    seconds: float
    """The expected duration: the sum of the stored durations of its tests (the mean stored
    duration for a test without one, as pytest-split counts it)."""


def plan_shards(
    durations: Mapping[str, float], test_ids: Sequence[str], splits: int, algorithm: str = ALGORITHM
) -> list[PlannedShard]:
    """The N shards pytest-split makes of `test_ids` (in collection order) with `durations`."""
    if splits < 1:
        raise ValueError(f"splits must be at least 1, not {splits}")
    if algorithm not in Algorithms.names():
        raise ValueError(f"no pytest-split algorithm {algorithm!r} (known: {', '.join(Algorithms.names())})")
    items = cast(Any, [_Test(test) for test in test_ids])  # pytest-split reads .nodeid and str() only
    groups = Algorithms[algorithm].value(splits, items, dict(durations))
    return [
        PlannedShard(number, tuple(cast(_Test, item).nodeid for item in group.selected), group.duration)
        for number, group in enumerate(groups, start=1)
    ]


def shard_balance(
    durations_path: Path | str, test_ids: Sequence[str], splits: int, algorithm: str = ALGORITHM
) -> list[float]:
    """The expected seconds of each of the `splits` shards of `test_ids`, group 1 first."""
    return [shard.seconds for shard in plan_shards(load_durations(Path(durations_path)), test_ids, splits, algorithm)]


def balance_ratio(seconds: Sequence[float]) -> float:
    """The slowest shard's time over the mean shard time: 1.0 is a perfect balance."""
    mean = fmean(seconds)
    return max(seconds) / mean if mean > 0 else 1.0


def collect_test_ids(pytest_args: Sequence[str]) -> list[str]:
    """The node ids a pytest run with these arguments selects (`pytest --co -q`), in order."""
    command = [sys.executable, "-m", "pytest", "--co", "-q", "-p", "no:randomly", *pytest_args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own interpreter
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise ShardError(f"collecting the selection failed (pytest exit {done.returncode}):\n{tail}")
    return [line for line in done.stdout.splitlines() if "::" in line and not line.startswith(" ")]


# --- a shard's record -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ShardRecord:
    """What one shard was given to run, as its pytest process saw it."""

    splits: int
    group: int
    algorithm: str
    selection: tuple[str, ...]
    """Every test of the run's selection, before pytest-split chose this shard's."""
    tests: tuple[str, ...]
    """This shard's tests."""
    scenarios: tuple[str, ...]
    """Of this shard's tests, the scenarios: each writes its results to Allure."""
    expected_seconds: float

    def to_json(self) -> dict[str, Any]:
        return {
            "splits": self.splits,
            "group": self.group,
            "algorithm": self.algorithm,
            "expected_seconds": round(self.expected_seconds, 3),
            "selection": list(self.selection),
            "tests": list(self.tests),
            "scenarios": list(self.scenarios),
        }

    @classmethod
    def from_json(cls, data: Any, source: Path) -> ShardRecord:
        try:
            record = cls(
                splits=_int(data["splits"]),
                group=_int(data["group"]),
                algorithm=str(data["algorithm"]),
                selection=_ids(data["selection"]),
                tests=_ids(data["tests"]),
                scenarios=_ids(data["scenarios"]),
                expected_seconds=float(data["expected_seconds"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ShardError(f"{source} is not a shard record ({type(error).__name__}: {error})") from None
        if not 1 <= record.group <= record.splits:
            raise ShardError(f"{source}: group {record.group} is not one of 1 to {record.splits}")
        return record


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not an integer")
    return value


def _ids(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(test, str) for test in value):
        raise TypeError("not a list of node ids")
    return tuple(value)


def record_path(junit: Path) -> Path:
    """Where a shard's record goes: beside its JUnit file (junit.xml → junit.shard.json)."""
    return junit.with_name(junit.stem + RECORD_SUFFIX)


def write_record(record: ShardRecord, path: Path) -> None:
    """The record as a whole file, renamed into place: a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(record.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(path)


def read_record(path: Path) -> ShardRecord:
    data = _read_json(path, f"no shard record {path}: the shard's pytest run did not finish", "a shard record")
    return ShardRecord.from_json(data, path)


# --- a shard's results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShardResults:
    """One shard's folder: its record, its JUnit results and its Allure results folder."""

    folder: Path
    record: ShardRecord
    junit: JUnitXml
    allure: Path

    @property
    def name(self) -> str:
        return f"shard {self.record.group} of {self.record.splits} ({self.folder})"

    def junit_keys(self) -> Counter[tuple[str, str]]:
        """(classname, name) of each JUnit test case; a test run again (--reruns) counts each attempt."""
        return Counter((str(case.classname), str(case.name)) for suite in self.junit for case in suite)

    def allure_results(self) -> dict[str, list[str]]:
        """The Allure result files per test (historyId); a test run again has one per attempt."""
        by_test: dict[str, list[str]] = {}
        for path in sorted(self.allure.glob("*-result.json")):
            try:
                history_id = json.loads(path.read_text(encoding="utf-8"))["historyId"]
            except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as error:
                raise ShardError(f"{path} is not an Allure result ({type(error).__name__}: {error})") from None
            by_test.setdefault(str(history_id), []).append(path.name)
        return by_test


def read_shard(folder: Path) -> ShardResults:
    """A shard's folder as `bin/test --junitxml=FOLDER/junit.xml --alluredir=FOLDER/allure-results` leaves it."""
    if not folder.is_dir():
        raise ShardError(f"no shard folder {folder}")
    junit_path = folder / JUNIT_FILE
    record = read_record(record_path(junit_path))
    if not junit_path.is_file():
        raise ShardError(f"no JUnit results {junit_path} (run the shard with --junitxml={junit_path})")
    try:
        junit = JUnitXml.fromfile(str(junit_path))
    except (JUnitXmlError, SyntaxError) as error:  # ElementTree's ParseError is a SyntaxError
        raise ShardError(f"{junit_path} is not a JUnit XML file ({error})") from None
    allure = folder / ALLURE_FOLDER
    if not (allure / ENVIRONMENT_FILE).is_file():
        raise ShardError(f"no Allure results in {allure} (run the shard with --alluredir={allure})")
    return ShardResults(folder, record, junit, allure)


# --- the checks ---------------------------------------------------------------------------------------


def _listed(tests: Iterable[str]) -> str:
    tests = sorted(tests)
    shown = "\n    ".join(tests[:SHOWN])
    more = f"\n    … and {len(tests) - SHOWN} more" if len(tests) > SHOWN else ""
    return f"\n    {shown}{more}"


def check_split(records: Sequence[ShardRecord]) -> list[str]:
    """The problems that keep these records from being the N groups of one split, each once,
    that together ran every test of the selection exactly once (empty when there are none)."""
    if not records:
        return ["no shards given"]
    first = records[0]
    problems = [
        f"shard {record.group} was split {record.splits} ways with {record.algorithm}, shard {first.group} "
        f"{first.splits} ways with {first.algorithm}"
        for record in records[1:]
        if (record.splits, record.algorithm) != (first.splits, first.algorithm)
    ]
    problems += [
        f"shard {record.group} split another selection ({len(record.selection)} tests) than shard "
        f"{first.group} ({len(first.selection)} tests)"
        for record in records[1:]
        if record.selection != first.selection
    ]
    groups = Counter(record.group for record in records)
    problems += [f"shard {group} is given {count} times" for group, count in sorted(groups.items()) if count > 1]
    absent = [str(group) for group in range(1, first.splits + 1) if group not in groups]
    if absent:
        problems.append(f"shard {', '.join(absent)} of {first.splits} is missing")
    problems += [
        f"shard {record.group} of {record.splits} ran no tests (pytest-split gave it none of the "
        f"{len(record.selection)} tests: fewer tests than shards, or too few to share out)"
        for record in records
        if not record.tests
    ]
    where: dict[str, list[int]] = {}
    for record in records:
        for test in record.tests:
            where.setdefault(test, []).append(record.group)
    twice = {test: groups_ for test, groups_ in where.items() if len(groups_) > 1}
    if twice:
        pairs = Counter(tuple(groups_) for groups_ in twice.values())
        between = "; ".join(f"shards {', '.join(map(str, pair))}: {count}" for pair, count in sorted(pairs.items()))
        problems.append(f"{len(twice)} tests ran in more than one shard ({between}):{_listed(twice)}")
    selection = set(first.selection)
    left_out = selection - where.keys()
    if left_out:
        problems.append(f"{len(left_out)} tests of the selection ran in no shard:{_listed(left_out)}")
    foreign = where.keys() - selection
    if foreign:
        problems.append(f"{len(foreign)} tests ran that are not in the selection:{_listed(foreign)}")
    return problems


def check_results(shards: Sequence[ShardResults]) -> list[str]:
    """The problems of the shards' JUnit and Allure results: each JUnit file must hold its shard's
    tests, no more, no fewer; each Allure folder results of its scenarios only, none of another
    shard's, and at least one where the shard ran scenarios."""
    problems: list[str] = []
    owner: dict[tuple[str, str], str] = {}
    history: dict[str, str] = {}
    files: dict[str, str] = {}
    for shard in shards:
        keys = shard.junit_keys()
        if len(keys) != len(shard.record.tests):
            problems.append(
                f"{shard.name}: its JUnit file holds {len(keys)} tests, the shard ran {len(shard.record.tests)}"
            )
        for key in keys:
            if key in owner:
                problems.append(f"{shard.name}: JUnit test case {key[0]}::{key[1]} is also in {owner[key]}")
            owner.setdefault(key, shard.name)
        results = shard.allure_results()
        scenarios = len(shard.record.scenarios)
        if scenarios and not results:
            problems.append(f"{shard.name}: no Allure results, though the shard ran {scenarios} scenarios")
        if len(results) > scenarios:
            problems.append(
                f"{shard.name}: Allure results of {len(results)} tests, the shard ran {scenarios} scenarios"
            )
        for history_id in results:
            if history_id in history:
                problems.append(
                    f"{shard.name}: the Allure result of test {history_id} is also in {history[history_id]}"
                )
            history.setdefault(history_id, shard.name)
        for path in shard.allure.iterdir():
            if path.is_dir():
                problems.append(
                    f"{shard.name}: a folder {path.name} in its Allure results (a history is kept once, by bin/report)"
                )
            elif path.name.endswith(RESULT_SUFFIXES) or ATTACHMENT_MARK in path.name:
                if path.name in files:
                    problems.append(f"{shard.name}: Allure file {path.name} is also in {files[path.name]}")
                files.setdefault(path.name, shard.name)
    return problems


def incomplete_allure(shards: Sequence[ShardResults]) -> list[str]:
    """Shards whose scenarios did not all write Allure results (a scenario that fails while its
    fixtures are set up has none; its JUnit test case says why): said, not an error."""
    notes = []
    for shard in shards:
        results, scenarios = len(shard.allure_results()), len(shard.record.scenarios)
        if 0 < results < scenarios:
            notes.append(f"{shard.name}: Allure results of {results} of its {scenarios} scenarios (see its JUnit)")
    return notes


# --- the merge ----------------------------------------------------------------------------------------


def read_properties(path: Path) -> dict[str, str]:
    """An Allure environment.properties file as the harness writes it (key=value lines)."""
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith(("#", "!")):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def merge_environment(environments: Sequence[tuple[int, Mapping[str, str]]]) -> dict[str, str]:
    """One environment for the merged report: a value all shards share as it is; values that
    differ (each machine's own browser build, a seed per shard) listed with their shards."""
    merged: dict[str, str] = {}
    keys = list(dict.fromkeys(key for _, environment in environments for key in environment))
    for key in keys:
        by_value: dict[str, list[int]] = {}
        for group, environment in environments:
            by_value.setdefault(environment.get(key, "(not set)"), []).append(group)
        if len(by_value) == 1:
            merged[key] = next(iter(by_value))
        else:
            merged[key] = "; ".join(
                f"{value} (shard{'s' if len(groups) > 1 else ''} {', '.join(map(str, groups))})"
                for value, groups in by_value.items()
            )
    return merged


def _merged_junit(shards: Sequence[ShardResults]) -> JUnitXml:
    merged = JUnitXml()
    for shard in shards:
        for suite in shard.junit:
            # Named per shard, so that junitparser keeps each shard's suite (and its timing) apart.
            suite.name = f"{suite.name} (shard {shard.record.group} of {shard.record.splits})"
            merged.add_testsuite(suite)
    merged.update_statistics()
    return merged


def _merge_allure(shards: Sequence[ShardResults], out: Path) -> list[str]:
    """Copies every shard's Allure files into `out`; returns the problems with shared files."""
    problems: list[str] = []
    shared: dict[str, tuple[bytes, str]] = {}
    for shard in shards:
        for path in sorted(shard.allure.iterdir()):
            if path.name == ENVIRONMENT_FILE:
                continue
            if path.name.endswith(RESULT_SUFFIXES) or ATTACHMENT_MARK in path.name:
                shutil.copy2(path, out / path.name)
                continue
            # A file every run writes alike (categories.json, executor.json): once, if the shards agree.
            content = path.read_bytes()
            if path.name not in shared:
                shared[path.name] = (content, shard.name)
                (out / path.name).write_bytes(content)
            elif shared[path.name][0] != content:
                problems.append(f"{shard.name}: its {path.name} differs from that of {shared[path.name][1]}")
    environments = [(shard.record.group, read_properties(shard.allure / ENVIRONMENT_FILE)) for shard in shards]
    lines = merge_environment(environments)
    (out / ENVIRONMENT_FILE).write_text("".join(f"{k}={v}\n" for k, v in lines.items()), encoding="utf-8")
    return problems


@dataclass(frozen=True)
class Merged:
    out: Path
    junit: Path
    allure: Path
    tests: int
    shards: int
    notes: tuple[str, ...]


def merge_shards(folders: Sequence[Path], out: Path, *, replace: bool = False) -> Merged:
    """Checks the shards' results and merges them into `out` (junit.xml, allure-results/), which
    appears whole or not at all. Raises ShardError with every problem found."""
    if out.exists() and any(out.iterdir()) and not replace:
        raise ShardError(f"{out} is not empty: merge into another folder, or pass --replace")
    shards = sorted((read_shard(folder) for folder in folders), key=lambda shard: shard.record.group)
    problems = check_split([shard.record for shard in shards])
    problems += check_results(shards)
    if problems:
        raise ShardError("the shards do not make one report:\n- " + "\n- ".join(problems))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (partial / ALLURE_FOLDER).mkdir()
        problems = _merge_allure(shards, partial / ALLURE_FOLDER)
        if problems:
            raise ShardError("the shards do not make one report:\n- " + "\n- ".join(problems))
        _merged_junit(shards).write(str(partial / JUNIT_FILE))
        if out.exists():
            shutil.rmtree(out)
        partial.rename(out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return Merged(
        out,
        out / JUNIT_FILE,
        out / ALLURE_FOLDER,
        tests=len(shards[0].record.selection),
        shards=len(shards),
        notes=tuple(incomplete_allure(shards)),
    )


# --- command line -----------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def balance_lines(plans: Mapping[int, Sequence[PlannedShard]], durations: Mapping[str, float]) -> list[str]:
    """The balance report: per number of shards, each shard's expected seconds and slowest/mean."""
    test_ids = [test for shard in next(iter(plans.values())) for test in shard.tests]
    measured = sum(1 for test in test_ids if test in durations)
    total = sum(durations[test] for test in test_ids if test in durations)
    lines = [
        f"selection: {len(test_ids)} tests, {measured} with stored durations ({total:.1f} s in all)"
        + (f", {len(test_ids) - measured} counted at the mean" if measured < len(test_ids) else "")
    ]
    for n, plan in plans.items():
        seconds = [shard.seconds for shard in plan]
        shown = ", ".join(f"{value:.1f}" for value in seconds)
        lines.append(f"{n} shards: {shown} s; mean {fmean(seconds):.1f} s, slowest/mean {balance_ratio(seconds):.3f}")
    return lines


def _balance(args: argparse.Namespace) -> int:
    durations = load_durations(args.durations)
    test_ids = collect_test_ids(args.pytest_args)
    if not test_ids:
        raise ShardError("the selection has no tests")
    plans = {n: plan_shards(durations, test_ids, n) for n in args.splits}
    for line in balance_lines(plans, durations):
        print(line)
    worst = max(balance_ratio([shard.seconds for shard in plan]) for plan in plans.values())
    if args.max_ratio is not None and worst > args.max_ratio:
        print(f"shard-balance: slowest/mean {worst:.3f} is over {args.max_ratio}", file=sys.stderr)
        return 1
    return 0


def build_traceability(junit: Path, out: Path) -> int:
    """The traceability matrix of a JUnit file, by its own command line (`python -m traceability`)."""
    command = [sys.executable, "-m", "traceability", "matrix", "--results", str(junit), "--out", str(out)]
    return subprocess.run(command, check=False).returncode  # noqa: S603 - our own interpreter


def _merge(args: argparse.Namespace) -> int:
    merged = merge_shards(args.shards, args.out, replace=args.replace)
    for note in merged.notes:
        print(f"merge-shards: note: {note}")
    print(f"merge-shards: {merged.shards} shards, {merged.tests} tests: {merged.junit}, {merged.allure}/", flush=True)
    return build_traceability(merged.junit, merged.out / TRACEABILITY_FOLDER)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(prog="python -m tools.shards", description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    balance = commands.add_parser("balance", help="the expected seconds per shard and slowest/mean")
    balance.add_argument("--splits", type=int, action="append", help="numbers of shards (repeatable; default 2 and 4)")
    balance.add_argument("--durations", type=Path, default=DURATIONS_FILE, help=f"default {DURATIONS_FILE}")
    balance.add_argument("--max-ratio", type=float, help="exit 1 when a slowest/mean is over this")
    balance.add_argument("pytest_args", nargs="*", help="after --: the selection (default: the whole suite)")
    merge = commands.add_parser("merge", help="merge the shards' JUnit and Allure results")
    merge.add_argument("shards", nargs="+", type=Path, help="the shards' folders (junit.xml, allure-results/)")
    merge.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default {DEFAULT_OUT}")
    merge.add_argument("--replace", action="store_true", help="replace what --out holds")
    args = parser.parse_args(argv)
    if args.command == "balance":
        args.splits = args.splits or [2, 4]
        if min(args.splits) < 1:
            parser.error("--splits must be at least 1")
    try:
        return _balance(args) if args.command == "balance" else _merge(args)
    except ShardError as error:
        print(f"{parser.prog} {args.command}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
