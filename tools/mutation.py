"""`bin/mutation`: sampled mutation of the mock's rules, views and templates. Does a small change
to the product's own code fail a scenario that reaches it?

    bin/mutation [--module pricing]… [--sample N --seed S | --mutant ID…] [--workers 2] [--locale it]…
                 [--select MARKEXPR] [--action-timeout 5] [--remap] [--resume] [--out DIR]

The mutants are made by cosmic-ray's operators, used as a library (`cosmic_ray.plugins`,
`cosmic_ray.mutating.mutate_code`): every operator that takes no arguments, at every place it
applies in the chosen modules, except in type annotations (never evaluated here: every module has
`from __future__ import annotations`). cosmic-ray has nothing for Jinja, so the templates' values
get two operators of our own: `template/drop-filter` (`{{ total|money }}` → `{{ total }}`) and
`template/swap-variable` (a value printed where the template's next other value belongs).

A mutant is never written into the working tree: it goes into a temporary copy of `mock_server`,
which the mock process imports instead of the working tree's through an import hook
(`tools/mutation_probe/sitecustomize.py`, first on the scenarios' `PYTHONPATH`).

Only the scenarios that reach the mutated code run against a mutant. Which ones those are comes
from one run of the scenarios unmutated (the baseline: they must pass) with the mock under
coverage, each request recorded in the context of the scenario that made it; the map (scenario →
mock lines and templates rendered) is cached in `--out` and made again when the mock's sources
or the scenario selection change (or with `--remap`). A line run only while the mock starts
(module level, decorators, defaults) is reached by every scenario. A template's lines come from
its compiled code's lines (coverage measures them under the template's name) through the
template's own line table (`Template.debug_info`); a template without one is reached by the
scenarios that rendered it or a template that extends, includes or imports it.

Verdicts: killed (a scenario failed: the first one is named), survived (all passed),
no-coverage (no scenario reaches the mutated line), timeout (the run did not end in time; the
processes are ended). Kill rate = killed / (killed + survived + no-coverage); a second figure
leaves out the mutants triaged equivalent in `tools/mutation_equivalents.toml`, each with its
written reason and its change (an entry whose change no longer matches the mutant is not used).
Writes `mutation.json` and `mutation.md` into `--out` (default
reports/mutation) after every mutant, so `--resume` goes on after an interruption. Exit codes:
0 every mutant killed (or timed out); 1 a mutant survived or no scenario reaches it; 2 bad
arguments; 3 the scenarios fail unmutated, or a run could not start; 130 interrupted.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cosmic_ray.plugins
import jinja2
import jinja2.meta
from cosmic_ray.ast import ast_nodes, get_ast
from cosmic_ray.mutating import mutate_code

from billing_e2e.domain import LANGUAGES
from tools.campaign import (
    ROOT,
    PytestRun,
    SetupError,
    check_run_options,
    exit_code,
    resumed_report,
    run_pytest,
    scenario_name,
    write_whole,
)

if TYPE_CHECKING:
    from coverage import CoverageData

MOCK = ROOT / "mock_server"
TEMPLATES = MOCK / "templates"
PROBE = Path(__file__).resolve().parent / "mutation_probe"
RULE_MODULES = ("pricing", "orders", "payment", "billing", "wizard", "admin", "notifications")
"""The mock's rule and view modules the campaign mutates (issue 26), besides its templates."""
TEMPLATE_MODULE = "templates"
KILLED, SURVIVED, NO_COVERAGE, TIMEOUT, BROKEN = "killed", "survived", "no-coverage", "timeout", "run failed"
VERDICTS = (KILLED, SURVIVED, NO_COVERAGE, TIMEOUT)
STARTUP = ""
"""The coverage context of the lines the mock runs while it starts, before any scenario's request."""
MAP_FILE = "scenario-map.json"
MOCK_TESTS = "tests/mock_server"
"""The mock's own HTTP tests, which `--mock-tests` also runs against a mutant the scenarios left."""
MOCK_TESTS_MAP_FILE = "mock-tests-map.json"
EQUIVALENTS = Path(__file__).resolve().parent / "mutation_equivalents.toml"
"""The survivors triaged equivalent: per mutant id, its change and the written reason."""


@dataclass(frozen=True)
class Mutant:
    """One change to one file of the mock: `file` relative to mock_server/, the 1-based `line`
    where it starts, the operator that made it and which of that operator's places it is."""

    file: str
    line: int
    operator: str
    occurrence: int
    change: str = ""

    @property
    def id(self) -> str:
        return f"{self.file}:{self.operator}:{self.occurrence}"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def is_template(self) -> bool:
        return self.file.startswith(f"{TEMPLATE_MODULE}/")


# --- making the mutants -------------------------------------------------------------------------


def _operators() -> list[tuple[str, Any]]:
    """cosmic-ray's operators that need no arguments, by name (its two that need a variable name
    to replace or insert are left out: they are configured per project, which ours is not)."""
    operators = []
    for name in cosmic_ray.plugins.operator_names():
        operator_class = cosmic_ray.plugins.get_operator(name)
        if not operator_class.arguments():
            operators.append((name, operator_class()))
    return operators


def _in_annotation(node: Any) -> bool:
    """Whether a parso node is part of a type annotation (a parameter's, a return's, a variable's)."""
    while node.parent is not None:
        parent = node.parent
        siblings = parent.children
        if parent.type == "tfpdef" and siblings.index(node) == 2:  # name ":" annotation
            return True
        if parent.type == "funcdef":
            index = siblings.index(node)
            if index > 0 and getattr(siblings[index - 1], "value", None) == "->":
                return True
        if parent.type == "annassign" and siblings.index(node) == 1:
            return True
        node = parent
    return False


def _change(original: str, mutated: str) -> str:
    """The changed line, before → after, for the report."""
    removed = added = ""
    for line in difflib.unified_diff(original.splitlines(), mutated.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---") and not removed:
            removed = line[1:].strip()
        elif line.startswith("+") and not line.startswith("+++") and not added:
            added = line[1:].strip()
    return f"{removed} → {added or '(removed)'}"


def python_mutants(file: str, source: str) -> list[Mutant]:
    """Every mutant cosmic-ray's operators make of `source` (the mock's file `file`)."""
    nodes = list(ast_nodes(get_ast(source)))
    mutants = []
    for name, operator in _operators():
        occurrence = 0
        for node in nodes:
            for (start_line, _column), _end in operator.mutation_positions(node):
                if not _in_annotation(node):
                    mutants.append(Mutant(file, start_line, name, occurrence))
                occurrence += 1
    return mutants


def described(mutant: Mutant, source: str) -> Mutant:
    """`mutant` with its change (line before → after) filled in: made only for the mutants drawn,
    as each one parses its file again."""
    return replace(mutant, change=_change(source, mutated_source(mutant, source)))


OUTPUT = re.compile(r"\{\{(-?)(.*?)(-?)\}\}", re.DOTALL)
VALUE_HEAD = re.compile(r"\s*([A-Za-z_][\w.]*)(?![\w.(])")


def _top_level_pipes(expression: str) -> list[int]:
    """Positions of the `|` that separate an expression's filters (not those inside brackets or
    strings, nor `||`, which Jinja does not have anyway)."""
    depth, quote, positions = 0, "", []
    for index, char in enumerate(expression):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "|" and depth == 0:
            positions.append(index)
    return positions


def _outputs(source: str) -> list[re.Match[str]]:
    return list(OUTPUT.finditer(source))


def _head(expression: str) -> str | None:
    """The value an expression starts with (`order.total` in `order.total|money`), unless it is
    a call (`_("…")`, `url_for(…)`): what `template/swap-variable` swaps."""
    match = VALUE_HEAD.match(expression)
    return match.group(1) if match and match.group(1) not in {"true", "false", "none", "loop"} else None


def template_mutants(file: str, source: str) -> list[Mutant]:
    """The templates' own operators, over every `{{ … }}` of `source` (the template `file`)."""
    mutants: list[Mutant] = []
    outputs = _outputs(source)
    for occurrence, match in enumerate(m for m in outputs if _top_level_pipes(m.group(2))):
        mutants.append(Mutant(file, _line_of(source, match.start()), "template/drop-filter", occurrence))
    heads = [_head(m.group(2)) for m in outputs]
    for occurrence, match in enumerate(m for m, head in zip(outputs, heads, strict=True) if head):
        if len({head for head in heads if head}) > 1:  # a value to swap with
            mutants.append(Mutant(file, _line_of(source, match.start()), "template/swap-variable", occurrence))
    return mutants


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _template_mutated(source: str, operator: str, occurrence: int) -> str:
    outputs = _outputs(source)
    if operator == "template/drop-filter":
        match = [m for m in outputs if _top_level_pipes(m.group(2))][occurrence]
        expression = match.group(2)
        kept = expression[: _top_level_pipes(expression)[-1]].rstrip()
        replacement = f"{{{{{match.group(1)}{kept} {match.group(3)}}}}}"
    elif operator == "template/swap-variable":
        heads = [(m, head) for m in outputs if (head := _head(m.group(2)))]
        match, head = heads[occurrence]
        # The next value of the template that is another one (round the end to its start).
        others = [other for _, other in heads[occurrence + 1 :] + heads[:occurrence] if other != head]
        if not others:
            return source
        expression = match.group(2)
        start = expression.index(head)
        swapped = expression[:start] + others[0] + expression[start + len(head) :]
        replacement = f"{{{{{match.group(1)}{swapped}{match.group(3)}}}}}"
    else:
        raise ValueError(f"no template operator {operator}")
    return source[: match.start()] + replacement + source[match.end() :]


def mutated_source(mutant: Mutant, source: str) -> str:
    """`source` (the file `mutant.file`) with the mutant in it."""
    if mutant.is_template:
        return _template_mutated(source, mutant.operator, mutant.occurrence)
    operator_class = cosmic_ray.plugins.get_operator(mutant.operator)
    mutated = mutate_code(source, operator_class(), mutant.occurrence)
    if mutated is None:
        raise ValueError(f"{mutant.id}: the operator no longer applies there (has the source changed?)")
    return str(mutated)


def module_files(modules: Sequence[str]) -> list[str]:
    """The files (relative to mock_server/) of the chosen modules: `pricing` → pricing.py,
    `templates` → every .html and .txt under templates/."""
    files = []
    for module in modules:
        if module == TEMPLATE_MODULE:
            files += sorted(
                str(path.relative_to(MOCK)) for path in TEMPLATES.rglob("*") if path.suffix in {".html", ".txt"}
            )
        else:
            files.append(f"{module}.py")
    return files


def all_mutants(modules: Sequence[str], mock: Path = MOCK) -> list[Mutant]:
    mutants: list[Mutant] = []
    for file in module_files(modules):
        source = (mock / file).read_text("utf-8")
        mutants += template_mutants(file, source) if file.startswith(TEMPLATE_MODULE) else python_mutants(file, source)
    return mutants


def named(mutants: Sequence[Mutant], ids: Sequence[str]) -> list[Mutant]:
    """The mutants of `ids` (`--mutant`), in file order as `sampled` gives them; SetupError
    (usage) naming an id the chosen modules do not make."""
    by_id = {mutant.id: mutant for mutant in mutants}
    unknown = [mutant_id for mutant_id in ids if mutant_id not in by_id]
    if unknown:
        raise SetupError(f"--mutant: no such mutant in the chosen modules: {', '.join(unknown)}", usage=True)
    return sampled([by_id[mutant_id] for mutant_id in dict.fromkeys(ids)], None, 0)


def sampled(mutants: Sequence[Mutant], sample: int | None, seed: int) -> list[Mutant]:
    """`sample` of the mutants drawn with `seed` (all of them without a sample), in file order."""
    chosen = list(mutants) if sample is None or sample >= len(mutants) else random.Random(seed).sample(mutants, sample)
    sources = {mutant.file: (MOCK / mutant.file).read_text("utf-8") for mutant in chosen}
    return sorted((described(mutant, sources[mutant.file]) for mutant in chosen),
                  key=lambda mutant: (mutant.file, mutant.line, mutant.id))  # fmt: skip


# --- which scenarios reach which code -----------------------------------------------------------


@dataclass
class ScenarioMap:
    """Per scenario (node id), its seconds in the baseline; per mock file and line (Python files
    and templates, by the template's own lines), the scenarios that ran it (`STARTUP` for lines
    run only while the mock starts); per template, the scenarios that rendered it."""

    digest: str
    markers: str
    seconds: dict[str, float]
    lines: dict[str, dict[int, list[str]]]
    templates: dict[str, list[str]]

    def scenarios_reaching(self, mutant: Mutant, mutated_lines: Sequence[int]) -> list[str]:
        """The scenarios that reach `mutant` (on `mutated_lines` of its file), quickest first."""
        reaching: set[str] = set()
        if mutant.is_template and mutant.file not in self.lines:
            # No line table for it (a template the baseline never loaded, or an older map): the
            # scenarios that rendered it or a template that uses it.
            name = mutant.file.removeprefix(f"{TEMPLATE_MODULE}/")
            for rendered in sorted(_templates_using(name)):
                reaching.update(self.templates.get(rendered, []))
        else:
            by_line = self.lines.get(mutant.file, {})
            for line in mutated_lines:
                reaching.update(by_line.get(line, []))
            if STARTUP in reaching:
                reaching = set(self.seconds)
        reaching.discard(STARTUP)
        return sorted(reaching & set(self.seconds), key=lambda nodeid: (self.seconds[nodeid], nodeid))

    def to_json(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "markers": self.markers,
            "seconds": self.seconds,
            "lines": {file: {str(line): ids for line, ids in by_line.items()} for file, by_line in self.lines.items()},
            "templates": self.templates,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScenarioMap:
        lines = {file: {int(line): ids for line, ids in by_line.items()} for file, by_line in data["lines"].items()}
        return cls(data["digest"], data["markers"], data["seconds"], lines, data["templates"])


def _templates_using(name: str) -> set[str]:
    """`name` and every template that extends, includes or imports it, directly or not."""
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    references: dict[str, set[str]] = {}
    for path in TEMPLATES.rglob("*"):
        if path.suffix in {".html", ".txt"}:
            parsed = environment.parse(path.read_text("utf-8"))
            referenced = {str(ref) for ref in jinja2.meta.find_referenced_templates(parsed) if ref}
            references[str(path.relative_to(TEMPLATES))] = referenced
    using, grew = {name}, True
    while grew:
        more = {template for template, refs in references.items() if refs & using} - using
        using |= more
        grew = bool(more)
    return using


def mutated_lines(mutant: Mutant, source: str) -> list[int]:
    """The lines of the mutant's file a run must reach for the mutant to matter: the lines the
    change spans, and the first line of the statement around it (where coverage records a
    statement that spans several lines)."""
    mutated = mutated_source(mutant, source)
    matcher = difflib.SequenceMatcher(a=source.splitlines(), b=mutated.splitlines(), autojunk=False)
    lines = {mutant.line}
    for tag, first, last, _, _ in matcher.get_opcodes():
        if tag != "equal":
            lines.update(range(first + 1, max(last, first + 1) + 1))
    if not mutant.is_template:
        text = source.splitlines()[mutant.line - 1]
        leaf = get_ast(source).get_leaf_for_position((mutant.line, len(text) - len(text.lstrip())))
        node = leaf
        while node is not None and node.type not in {"simple_stmt", "decorator"} and node.parent is not None:
            if node.parent.type in {"if_stmt", "while_stmt", "for_stmt", "with_stmt", "funcdef", "classdef"}:
                break
            node = node.parent
        if node is not None and node.type != "file_input":
            lines.add(node.start_pos[0])
    return sorted(lines)


SCENARIO_SOURCES = ("features", "steps", "flows", "pages", "billing_e2e", "fixtures")
"""The harness's folders besides the mock: a new scenario or check changes what reaches what."""


def mock_digest(folders: Sequence[str] = SCENARIO_SOURCES) -> str:
    """A digest of the mock's sources and templates and of the scenarios and the harness they run
    on (`folders`): the map is made again when any of them change (a scenario added since the map
    was made would otherwise never run against a mutant)."""
    digest = hashlib.sha256()
    for path in sorted(path for folder in [MOCK, *(ROOT / name for name in folders)] for path in folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {
            ".py", ".html", ".txt", ".sql", ".feature", ".toml"
        }:  # fmt: skip
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _environment(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(part for part in (str(PROBE), os.environ.get("PYTHONPATH", "")) if part)
    return {**os.environ, "PYTHONPATH": path, **extra}


def _combined_coverage(folder: Path) -> CoverageData:
    """The coverage the mock's processes wrote into `folder`, each its own
    .coverage.<host>.<pid>.<random> (sitecustomize), combined into one .coverage there."""
    import coverage  # only the map runs need it

    combined = coverage.Coverage(data_file=str(folder / ".coverage"), config_file=False)
    combined.combine([str(folder)])
    return combined.get_data()


def build_map(markers: str, workers: int, action_timeout: float, scratch: Path) -> ScenarioMap:
    """The baseline run: the scenarios of `markers` unmutated, with the mock under coverage per
    scenario. SetupError if one fails (a suite that fails anyway proves nothing)."""

    folder = scratch / "map"
    folder.mkdir()
    run = run_pytest(
        ["tests/e2e", "-m", markers, "-n", str(workers), "-p", "tools.mutation_context",
         "--action-timeout", str(action_timeout)],
        scratch / "map.jsonl", env=_environment(BILLING_MUTATION_MAP_DIR=str(folder)),
    )  # fmt: skip
    if run.exit_code != 0 or not run.passed:
        raise SetupError(f"the scenarios ({markers}) fail without a mutant (exit {run.exit_code}):\n{run.tail}")
    data = _combined_coverage(folder)
    templates: dict[str, set[str]] = {}
    debug_info: dict[str, list[list[int]]] = {}
    for recorded_file in folder.glob("templates-*.json"):
        recorded = json.loads(recorded_file.read_text("utf-8"))
        for scenario, names in recorded["rendered"].items():
            for name in names:
                templates.setdefault(name, set()).add(scenario)
        debug_info.update(recorded["debug_info"])
    lines: dict[str, dict[int, list[str]]] = {}
    for measured in data.measured_files():
        path = Path(measured)
        if MOCK not in path.parents:
            continue
        by_line = data.contexts_by_lineno(measured)
        if path.suffix == ".py":
            lines[str(path.relative_to(MOCK))] = {line: sorted(ids) for line, ids in sorted(by_line.items())}
        elif TEMPLATES in path.parents and (table := debug_info.get(str(path.relative_to(TEMPLATES)))):
            # Jinja's compiled template, measured under the template's name: its lines are the
            # compiled code's, turned into the template's own by the template's table.
            lines[str(path.relative_to(MOCK))] = template_lines(table, by_line)
    seconds = {nodeid: run.durations.get(nodeid, 0.0) for nodeid in run.passed}
    print(f"mutation: map made from {len(seconds)} scenarios in {run.seconds} s", flush=True)
    return ScenarioMap(
        mock_digest(), markers, seconds, lines, {name: sorted(ids) for name, ids in sorted(templates.items())}
    )


def template_lines(
    debug_info: Sequence[Sequence[int]], by_code_line: Mapping[int, Sequence[str]]
) -> dict[int, list[str]]:
    """Per template line, the scenarios that ran it, from the compiled code's lines they ran and
    the template's `debug_info` ((template line, code line) pairs, in code order): a code line
    belongs to the template line of the last pair at or before it, as in Jinja's own
    `get_corresponding_lineno`. Code before the first pair (the module's header) is left out."""
    pairs = sorted((code_line, template_line) for template_line, code_line in debug_info)
    reached: dict[int, set[str]] = {}
    for code_line, ids in by_code_line.items():
        before = [template_line for first, template_line in pairs if first <= code_line]
        if before:
            reached.setdefault(before[-1], set()).update(ids)
    return {line: sorted(ids) for line, ids in sorted(reached.items())}


def scenario_map(args: argparse.Namespace, markers: str, scratch: Path) -> ScenarioMap:
    """The cached map in --out if it is for these sources and scenarios, else a new one."""
    cached = args.out / MAP_FILE
    if cached.exists() and not args.remap:
        try:
            found = ScenarioMap.from_json(json.loads(cached.read_text("utf-8")))
        except (ValueError, KeyError, TypeError):
            found = None
        if found is not None and (found.digest, found.markers) == (mock_digest(), markers):
            print(f"mutation: the scenario map in {cached} is up to date ({len(found.seconds)} scenarios)", flush=True)
            return found
    made = build_map(markers, args.workers, args.action_timeout, scratch)
    write_whole(cached, json.dumps(made.to_json(), indent=1) + "\n")
    return made


def mock_tests_digest() -> str:
    """The mock's sources and its HTTP tests: the mock tests' map is made again when either changes."""
    return mock_digest((MOCK_TESTS,))


def build_mock_tests_map(scratch: Path) -> ScenarioMap:
    """The mock's HTTP tests run once unmutated, in one process, under coverage per test
    (`tools.mutation_mock_tests`): a map as the scenarios' (test → mock lines; Python files only,
    the templates are left to the scenarios). SetupError if a test fails unmutated."""
    folder = scratch / "mock-tests-map"
    folder.mkdir()
    run = run_pytest(
        [MOCK_TESTS, "--quick", "-n", "0", "-p", "pytest_reportlog", "-p", "tools.mutation_mock_tests"],
        scratch / "mock-tests-map.jsonl", env={**os.environ, "BILLING_MUTATION_MOCK_TESTS_MAP_DIR": str(folder)},
    )  # fmt: skip
    if run.exit_code != 0 or not run.passed:
        raise SetupError(f"the mock's tests ({MOCK_TESTS}) fail without a mutant (exit {run.exit_code}):\n{run.tail}")
    data = _combined_coverage(folder)
    lines: dict[str, dict[int, list[str]]] = {}
    for measured in data.measured_files():
        path = Path(measured)
        if MOCK in path.parents and path.suffix == ".py":
            by_line = data.contexts_by_lineno(measured)
            lines[str(path.relative_to(MOCK))] = {line: sorted(ids) for line, ids in sorted(by_line.items())}
    seconds = {nodeid: run.durations.get(nodeid, 0.0) for nodeid in run.passed}
    print(f"mutation: mock tests' map made from {len(seconds)} tests in {run.seconds} s", flush=True)
    return ScenarioMap(mock_tests_digest(), MOCK_TESTS, seconds, lines, {})


def mock_tests_map(args: argparse.Namespace, scratch: Path) -> ScenarioMap:
    """The cached map of the mock's tests in --out if it is for these sources and tests, else a new one."""
    cached = args.out / MOCK_TESTS_MAP_FILE
    if cached.exists() and not args.remap:
        try:
            found = ScenarioMap.from_json(json.loads(cached.read_text("utf-8")))
        except (ValueError, KeyError, TypeError):
            found = None
        if found is not None and found.digest == mock_tests_digest():
            print(f"mutation: the mock tests' map in {cached} is up to date ({len(found.seconds)} tests)", flush=True)
            return found
    made = build_mock_tests_map(scratch)
    write_whole(cached, json.dumps(made.to_json(), indent=1) + "\n")
    return made


# --- running the mutants ------------------------------------------------------------------------


@dataclass
class Result:
    mutant: Mutant
    verdict: str
    killed_by: str | None = None
    scenarios: int = 0
    seconds: float = 0.0
    output_tail: str = ""
    mock_tests: MockTestsResult | None = None
    """What the mock's own tests said of a mutant the scenarios did not kill (`--mock-tests`)."""

    @property
    def killed_with_mock_tests(self) -> bool:
        return self.verdict == KILLED or (self.mock_tests is not None and self.mock_tests.verdict == KILLED)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.mutant.id, **asdict(self.mutant), "where": self.mutant.where, "verdict": self.verdict,
                "killed_by": self.killed_by, "scenarios": self.scenarios, "seconds": self.seconds,
                "output_tail": self.output_tail,
                "mock_tests": asdict(self.mock_tests) if self.mock_tests else None}  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Result:
        mutant = Mutant(data["file"], data["line"], data["operator"], data["occurrence"], data["change"])
        mock_tests = MockTestsResult(**data["mock_tests"]) if data.get("mock_tests") else None
        return cls(mutant, data["verdict"], data["killed_by"], data["scenarios"], data["seconds"], data["output_tail"],
                   mock_tests)  # fmt: skip


@dataclass
class MockTestsResult:
    """The mock's HTTP tests that reach a mutant, run against it: a verdict as the scenarios'."""

    verdict: str
    killed_by: str | None = None
    tests: int = 0
    seconds: float = 0.0


def run_timeout(selected: Sequence[str], seconds: Mapping[str, float], workers: int) -> float:
    """How long a mutant's run may take: four times its scenarios' baseline, spread over the
    workers, and two minutes for the start (the machine is shared; a slow run is not a kill)."""
    return round(120 + 4 * sum(seconds.get(nodeid, 30.0) for nodeid in selected) / workers, 1)


@dataclass
class MockCopy:
    """A temporary copy of mock_server that holds one mutant at a time."""

    root: Path

    @property
    def package(self) -> Path:
        return self.root / "mock_server"

    @classmethod
    def make(cls, scratch: Path) -> MockCopy:
        copy = cls(scratch / "mock-copy")
        shutil.copytree(MOCK, copy.package, ignore=shutil.ignore_patterns("__pycache__"))
        return copy

    def holding(self, mutant: Mutant, mutated: str) -> _Holding:
        return _Holding(self, mutant, mutated)


@dataclass
class _Holding:
    copy: MockCopy
    mutant: Mutant
    mutated: str
    original: str = field(default="", init=False)

    def __enter__(self) -> None:
        target = self.copy.package / self.mutant.file
        self.original = target.read_text("utf-8")
        target.write_text(self.mutated, encoding="utf-8")
        # A mutant of the same size written in the same second as the last one would otherwise
        # be taken for it by Python's bytecode cache (it compares size and whole seconds).
        for cache in self.copy.package.rglob("__pycache__"):
            shutil.rmtree(cache)

    def __exit__(self, *_exc: object) -> None:
        (self.copy.package / self.mutant.file).write_text(self.original, encoding="utf-8")


def test_mutant(
    mutant: Mutant, scenarios: ScenarioMap, copy: MockCopy, workers: int, action_timeout: float, scratch: Path
) -> Result:
    source = (MOCK / mutant.file).read_text("utf-8")
    mutated = mutated_source(mutant, source)
    selected = scenarios.scenarios_reaching(mutant, mutated_lines(mutant, source))
    if not selected:
        return Result(mutant, NO_COVERAGE)
    workers = min(workers, len(selected))
    timeout = run_timeout(selected, scenarios.seconds, workers)
    with copy.holding(mutant, mutated):
        run = run_pytest(
            [*selected, "-x", "-n", str(workers), "--action-timeout", str(action_timeout)],
            scratch / (re.sub(r"[^\w.-]", "_", mutant.id) + ".jsonl"),
            env=_environment(BILLING_MUTATION_MOCK_COPY=str(copy.root)), timeout=timeout,
        )  # fmt: skip
    verdict = _verdict(run)
    killed_by = scenario_name(run.failed[0]) if verdict == KILLED else None
    return Result(mutant, verdict, killed_by, len(selected), run.seconds, run.tail if verdict != KILLED else "")


def _verdict(run: PytestRun) -> str:
    if run.exit_code is None:
        return TIMEOUT
    if run.exit_code in (1, 2) and run.failed:  # -x under xdist ends with 2; the log has the failure
        return KILLED
    if run.exit_code == 0 and run.passed:
        return SURVIVED
    return BROKEN


def mock_tests_against(mutant: Mutant, tests: ScenarioMap, copy: MockCopy, scratch: Path) -> MockTestsResult:
    """The mock's HTTP tests that reach `mutant`, run against it in one process, which imports the
    mock from the copy (`BILLING_MUTATION_EVERY_PROCESS`). A template's mutant is left to the
    scenarios (no-coverage here: the tests' map holds the Python files only)."""
    source = (MOCK / mutant.file).read_text("utf-8")
    mutated = mutated_source(mutant, source)
    selected = [] if mutant.is_template else tests.scenarios_reaching(mutant, mutated_lines(mutant, source))
    if not selected:
        return MockTestsResult(NO_COVERAGE)
    with copy.holding(mutant, mutated):
        run = run_pytest(
            # A mutant compiles here as in the mock's own process, where a SyntaxWarning (`is`
            # with a literal, which cosmic-ray's operators make) is printed, not raised: the
            # project's `filterwarnings = error` would fail every test that imports it, not one
            # that tells the mutant from the product.
            [*selected, "-x", "--quick", "-n", "0", "-p", "pytest_reportlog", "-W", "default::SyntaxWarning"],
            scratch / (re.sub(r"[^\w.-]", "_", mutant.id) + ".mock-tests.jsonl"),
            env=_environment(BILLING_MUTATION_MOCK_COPY=str(copy.root), BILLING_MUTATION_EVERY_PROCESS="1"),
            timeout=run_timeout(selected, tests.seconds, 1),
        )  # fmt: skip
    verdict = _verdict(run)
    if verdict == BROKEN:  # listed, not counted (as a scenario run that did not complete)
        print(f"mutation: {mutant.id}: the mock's tests did not complete (exit {run.exit_code}):\n{run.tail}")
    return MockTestsResult(verdict, run.failed[0] if verdict == KILLED else None, len(selected), run.seconds)


# --- the report ---------------------------------------------------------------------------------


def kill_rate(results: Sequence[Result], equivalent: Mapping[str, str] | None = None) -> tuple[int, int]:
    """(killed, counted): a mutant no scenario reaches counts as not killed; a timeout is left out
    (the machine, not the suite, may have been slow), and listed. A survivor (or uncovered one)
    in `equivalent` (id → written reason) is left out of the count too."""
    equivalent = equivalent or {}
    killed = sum(result.verdict == KILLED for result in results)
    counted = sum(
        result.verdict == KILLED or (result.verdict in (SURVIVED, NO_COVERAGE) and result.mutant.id not in equivalent)
        for result in results
    )
    return killed, counted


def kill_rate_with_mock_tests(
    results: Sequence[Result], equivalent: Mapping[str, str] | None = None
) -> tuple[int, int]:
    """(killed, counted) as `kill_rate`, a mutant killed by the scenarios or the mock's own tests."""
    equivalent = equivalent or {}
    killed = sum(result.killed_with_mock_tests for result in results)
    counted = sum(
        result.killed_with_mock_tests
        or (result.verdict in (SURVIVED, NO_COVERAGE) and result.mutant.id not in equivalent)
        for result in results
    )
    return killed, counted


def equivalent_table(path: Path = EQUIVALENTS) -> dict[str, dict[str, str]]:
    """The triage file: per mutant id, its `change` and the `reason` it is equivalent. SetupError
    if the file is malformed or an entry lacks its change or a written reason."""
    try:
        table = tomllib.loads(path.read_text("utf-8")) if path.exists() else {}
    except tomllib.TOMLDecodeError as error:
        raise SetupError(f"{path}: {error}", usage=True) from error
    for mutant_id, entry in table.items():
        if not isinstance(entry, dict) or not all(str(entry.get(key, "")).strip() for key in ("change", "reason")):
            raise SetupError(f"{path}: [{mutant_id!r}] needs its change and a written reason", usage=True)
    return table


def equivalents(results: Sequence[Result], path: Path = EQUIVALENTS) -> dict[str, str]:
    """The reasons (mutant id → reason) of the not-killed mutants of `results` triaged equivalent
    in `path`: an entry counts only while its change is the mutant's own (a changed file may give
    the id to another mutant)."""
    table = equivalent_table(path)
    return {
        result.mutant.id: table[result.mutant.id]["reason"].strip()
        for result in results
        if result.verdict in (SURVIVED, NO_COVERAGE)
        and result.mutant.id in table
        and table[result.mutant.id]["change"] == result.mutant.change
    }


def _rate(killed: int, counted: int) -> str:
    return f"{100 * killed / counted:.0f}%" if counted else "n/a"


def markdown(results: Sequence[Result], complete: bool, equivalent: Mapping[str, str] | None = None) -> str:
    equivalent = equivalent or {}
    killed, counted = kill_rate(results)
    counted_live = kill_rate(results, equivalent)[1]
    counts = {verdict: sum(result.verdict == verdict for result in results) for verdict in (*VERDICTS, BROKEN)}
    lines = [] if complete else [f"Partial: {len(results)} mutants run so far (`--resume` goes on).", ""]
    lines += [
        f"Kill rate: {killed} of {counted} mutants killed ({_rate(killed, counted)}); "
        + ", ".join(f"{verdict} {count}" for verdict, count in counts.items()) + ".",
        f"Without the {len(equivalent)} triaged equivalent (reasons below): {killed} of {counted_live} "
        f"({_rate(killed, counted_live)}).",
    ]  # fmt: skip
    with_tests = any(result.mock_tests for result in results)
    if with_tests:
        both, both_counted = kill_rate_with_mock_tests(results)
        both_live = kill_rate_with_mock_tests(results, equivalent)[1]
        lines.append(
            f"With the mock's HTTP tests too (`--mock-tests`, run on what the scenarios did not kill): {both} of "
            f"{both_counted} ({_rate(both, both_counted)}); without the equivalent, {both} of {both_live} "
            f"({_rate(both, both_live)}). The scenarios' figure above is the suite's."
        )
    lines += [
        "",
        "| mutant | where | operator | change | verdict | killed by | scenarios | seconds |"
        + (" mock tests |" if with_tests else ""),
        "| --- | --- | --- | --- | --- | --- | --- | --- |" + (" --- |" if with_tests else ""),
    ]
    for result in results:
        mutant = result.mutant
        change = mutant.change.replace("|", "\\|")
        line = (
            f"| `{mutant.id}` | {mutant.where} | {mutant.operator} | `{change}` | {result.verdict} "
            f"| {result.killed_by or ''} | {result.scenarios} | {result.seconds:.0f} |"
        )
        if with_tests:
            tests = result.mock_tests
            line += (
                f" {tests.verdict}{f' by {tests.killed_by}' if tests.killed_by else ''} ({tests.tests} tests) |"
                if tests else " |"
            )  # fmt: skip
        lines.append(line)
    if equivalent:
        lines += ["", "Equivalent (`tools/mutation_equivalents.toml`):", ""]
        lines += [f"- `{mutant_id}`: {reason}" for mutant_id, reason in equivalent.items()]
    return "\n".join(lines) + "\n"


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - the git on PATH, as bin/ scripts use
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip()


def write(results: Sequence[Result], args: argparse.Namespace, complete: bool) -> str:
    equivalent = equivalents(results, args.equivalents)
    table = markdown(results, complete, equivalent)
    killed, counted = kill_rate(results)
    data = {
        "complete": complete,
        "commit": _commit(),
        "modules": args.module,
        "sample": args.sample,
        "seed": args.seed,
        "mutant_ids": args.mutant,
        "killed": killed,
        "counted": counted,
        "counted_without_equivalents": kill_rate(results, equivalent)[1],
        "with_mock_tests": {
            "killed": kill_rate_with_mock_tests(results)[0],
            "counted": kill_rate_with_mock_tests(results)[1],
            "counted_without_equivalents": kill_rate_with_mock_tests(results, equivalent)[1],
        }
        if any(result.mock_tests for result in results)
        else None,
        "equivalent": equivalent,
        "mutants": [result.to_json() for result in results],
    }
    write_whole(args.out / "mutation.md", table)
    write_whole(args.out / "mutation.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return table


def resumed(args: argparse.Namespace) -> list[Result]:
    report = args.out / "mutation.json"
    if not args.resume:
        return []
    data, results = resumed_report(
        report, "a mutation report", lambda data: [Result.from_json(entry) for entry in data["mutants"]]
    )
    if (data["modules"], data["sample"], data["seed"], data.get("mutant_ids")) != (
        args.module,
        args.sample,
        args.seed,
        args.mutant,
    ):
        raise SetupError(
            f"--resume: {report} is of another campaign (modules {data['modules']}, sample {data['sample']}, "
            f"seed {data['seed']})",
            usage=True,
        )
    return [result for result in results if result.verdict != BROKEN]


# --- the command --------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bin/mutation", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--module", action="append", choices=(*RULE_MODULES, TEMPLATE_MODULE), metavar="NAME",
        help=f"only this module (repeatable): {', '.join(RULE_MODULES)} or {TEMPLATE_MODULE}",
    )  # fmt: skip
    parser.add_argument("--sample", type=int, metavar="N", help="draw N of the mutants (default: all)")
    parser.add_argument("--seed", type=int, default=0, help="the sample's seed (default 0)")
    parser.add_argument(
        "--mutant", action="append", metavar="ID",
        help="only this mutant (repeatable; FILE:OPERATOR:OCCURRENCE as the report names it)",
    )  # fmt: skip
    parser.add_argument(
        "--equivalents", type=Path, default=EQUIVALENTS, metavar="TOML",
        help="the survivors triaged equivalent, with their reasons (default tools/mutation_equivalents.toml)",
    )  # fmt: skip
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers per run (default 2)")
    parser.add_argument("--locale", action="append", choices=LANGUAGES, help="only the scenarios in this locale")
    parser.add_argument("--select", metavar="MARKEXPR", help="only the scenarios of this -m expression too")
    parser.add_argument("--action-timeout", type=float, default=5.0, metavar="SECONDS",
                        help="how long a click waits for its control (default 5; as bin/sensitivity)")  # fmt: skip
    parser.add_argument(
        "--mock-tests", action="store_true",
        help=f"also run the mock's own HTTP tests ({MOCK_TESTS}) that reach a mutant the scenarios did not kill; "
        "reported as a second figure beside the scenarios' own",
    )  # fmt: skip
    parser.add_argument("--remap", action="store_true", help="make the scenario map again even if it is up to date")
    parser.add_argument("--resume", action="store_true", help="go on from the (partial) report in --out")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "mutation", help="report folder")
    return parser


def _markers(args: argparse.Namespace) -> str:
    locales = " or ".join(args.locale or LANGUAGES)
    return f"({locales}) and ({args.select})" if args.select else f"({locales})"


def _validated(args: argparse.Namespace) -> None:
    args.module = args.module or [*RULE_MODULES, TEMPLATE_MODULE]
    check_run_options(args.workers, args.action_timeout)
    if args.sample is not None and args.sample < 1:
        raise SetupError("--sample must be at least 1", usage=True)
    if args.mutant and args.sample is not None:
        raise SetupError("--mutant and --sample exclude each other", usage=True)
    equivalent_table(args.equivalents)


def campaign(args: argparse.Namespace) -> Iterator[Result]:
    """The mutants' results, one by one (the ones --resume found first); a mutant's id may come
    again with more said about it (the mock's tests on a resumed survivor): the later one counts."""
    _validated(args)
    # The report to resume is read before the mutants are made (making every module's takes most of a
    # minute): a --resume with no report, or another campaign's, is refused at once.
    earlier = resumed(args)
    made = all_mutants(args.module)
    chosen = named(made, args.mutant) if args.mutant else sampled(made, args.sample, args.seed)
    print(f"mutation: {len(chosen)} mutants of {', '.join(args.module)}", flush=True)
    done = still_the_same(earlier, chosen)
    finished = {result.mutant.id for result in done}
    with tempfile.TemporaryDirectory(prefix="billing-e2e-mutation-") as scratch_name:
        scratch = Path(scratch_name)
        copy = MockCopy.make(scratch)
        tests = mock_tests_map(args, scratch) if args.mock_tests else None
        # All resumed results first, then each one the mock's tests add to (the same id again):
        # an interruption in between leaves the report whole.
        yield from done
        for result in done:
            if tests is not None and result.mock_tests is None and result.verdict in (SURVIVED, NO_COVERAGE):
                yield replace(result, mock_tests=_with_mock_tests(result.mutant, tests, copy, scratch))
        left = [mutant for mutant in chosen if mutant.id not in finished]
        # The baseline only when a mutant is left: a resume that adds the mock's tests needs none.
        if left:
            yield from _run(left, scenario_map(args, _markers(args), scratch), tests, copy, args, scratch)


def _run(
    mutants: Sequence[Mutant], scenarios: ScenarioMap, tests: ScenarioMap | None, copy: MockCopy,
    args: argparse.Namespace, scratch: Path,
) -> Iterator[Result]:  # fmt: skip
    for mutant in mutants:
        result = test_mutant(mutant, scenarios, copy, args.workers, args.action_timeout, scratch)
        print(f"mutation: {mutant.id} ({mutant.where}, {mutant.change}): {result.verdict} "
              f"{result.killed_by or ''} ({result.seconds} s)", flush=True)  # fmt: skip
        if tests is not None and result.verdict in (SURVIVED, NO_COVERAGE):
            result = replace(result, mock_tests=_with_mock_tests(mutant, tests, copy, scratch))
        yield result


def _with_mock_tests(mutant: Mutant, tests: ScenarioMap, copy: MockCopy, scratch: Path) -> MockTestsResult:
    outcome = mock_tests_against(mutant, tests, copy, scratch)
    print(f"mutation: {mutant.id}: the mock's tests: {outcome.verdict} {outcome.killed_by or ''} "
          f"({outcome.tests} tests, {outcome.seconds} s)", flush=True)  # fmt: skip
    return outcome


def still_the_same(done: Sequence[Result], chosen: Sequence[Mutant]) -> list[Result]:
    """The resumed results whose mutant is still the change it was: an id names a place by its
    order in the file, so an edited file may give it to another change, which is run again."""
    now = {mutant.id: mutant for mutant in chosen}
    kept = [result for result in done if (same := now.get(result.mutant.id)) and same.change == result.mutant.change]
    for result in done:
        if result not in kept:
            print(f"mutation: {result.mutant.id} is no longer {result.mutant.change!r}: run again", flush=True)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return exit_code("bin/mutation", args.out, lambda: _measured(args))


def _measured(args: argparse.Namespace) -> int:
    by_id: dict[str, Result] = {}  # in the order first seen; a later result of a mutant replaces it
    results: list[Result] = []
    for result in campaign(args):
        by_id[result.mutant.id] = result
        results = list(by_id.values())
        write(results, args, complete=False)
    print(write(results, args, complete=True))
    broken = [result for result in results if result.verdict == BROKEN]
    for result in broken:
        print(f"bin/mutation: {result.mutant.id}: the run did not complete:\n{result.output_tail}", file=sys.stderr)
    if broken:
        return 3
    not_killed = [result.mutant.id for result in results if result.verdict in (SURVIVED, NO_COVERAGE)]
    if not_killed:
        print(f"bin/mutation: not killed: {', '.join(not_killed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
