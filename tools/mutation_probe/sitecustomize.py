"""Loaded by Python at the start of every process of a `bin/mutation` run (this folder is first on
`PYTHONPATH`); it acts only in the mock's process (`python -m mock_server`), and only when the
campaign asked for it through the environment:

- `BILLING_MUTATION_MOCK_COPY=DIR`: `mock_server` is imported from `DIR/mock_server`, the copy
  holding the mutant, instead of the working tree. An import hook, not the copy first on
  `PYTHONPATH`: `python -m` puts the current folder (the repository, where the harness starts the
  mock) ahead of `PYTHONPATH`, so the working tree's mock would always win. With
  `BILLING_MUTATION_EVERY_PROCESS=1` too, the hook acts in every process, not only the mock's:
  `--mock-tests` runs the mock's own HTTP tests, whose pytest process imports the mock itself.
- `BILLING_MUTATION_MAP_DIR=DIR`: coverage measures the mock's own lines, each request in the
  context of the scenario that made it. The scenario's node id is in `DIR/scenario-<pid>`,
  written by the pytest process that started this mock (`tools.mutation_context`, in each xdist
  worker: the mock's parent). Lines run while the mock starts have the empty context. The
  templates each scenario rendered (Flask's `template_rendered` signal) and each loaded
  template's table of compiled-code line → template line (`Template.debug_info`) go to
  `DIR/templates-<pid>.json`: coverage sees a template's compiled code, not its lines.
"""

from __future__ import annotations

import atexit
import importlib.abc
import importlib.machinery
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

MOCK_PACKAGE = "mock_server"


def _is_the_mock() -> bool:
    return sys.orig_argv[1:3] == ["-m", MOCK_PACKAGE]


class _MockFromCopy(importlib.abc.MetaPathFinder):
    """Finds the top-level `mock_server` package in the mutant's copy; its submodules follow,
    since they are looked up on the package's own `__path__`."""

    def __init__(self, copy: Path) -> None:
        self.copy = copy

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != MOCK_PACKAGE:
            return None
        return importlib.machinery.PathFinder.find_spec(fullname, [str(self.copy)])


def _record_per_scenario(folder: Path) -> None:
    import coverage  # here: no process but the mapped mock pays for the import

    repository = Path(__file__).resolve().parents[2]
    measured = coverage.Coverage(
        data_file=str(folder / ".coverage"),
        data_suffix=True,
        config_file=False,
        include=[str(repository / MOCK_PACKAGE / "*")],
    )
    measured.start()
    scenario_file = folder / f"scenario-{os.getppid()}"
    rendered: dict[str, set[str]] = {}
    environments: dict[int, Any] = {}
    current = {"scenario": ""}

    def follow_scenario() -> None:
        try:
            scenario = scenario_file.read_text("utf-8")
        except FileNotFoundError:
            return
        if scenario != current["scenario"]:
            current["scenario"] = scenario
            measured.switch_context(scenario)

    import flask

    original: Callable[..., Iterable[bytes]] = flask.Flask.wsgi_app

    def wsgi_app(self: flask.Flask, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        follow_scenario()
        return original(self, environ, start_response)

    def template_rendered(_sender: object, template: Any, **_extra: object) -> None:
        rendered.setdefault(current["scenario"], set()).add(str(template.name))
        environments.setdefault(id(template.environment), template.environment)

    flask.Flask.wsgi_app = wsgi_app  # type: ignore[method-assign]
    flask.template_rendered.connect(template_rendered, weak=False)

    def save() -> None:
        # Registered after coverage's own exit handler, so it runs first (atexit is last in,
        # first out); the mock ends through SystemExit on SIGTERM, so both run.
        measured.stop()
        measured.save()
        # Each template loaded (rendered, extended, included, imported) with its table of
        # compiled-code line → template line: coverage saw the compiled code's lines.
        debug_info = {
            str(template.name): template.debug_info
            for environment in environments.values()
            if environment.cache is not None
            for template in environment.cache.values()
        }
        recorded = {
            "rendered": {scenario: sorted(templates) for scenario, templates in rendered.items()},
            "debug_info": debug_info,
        }
        (folder / f"templates-{os.getpid()}.json").write_text(json.dumps(recorded), encoding="utf-8")

    atexit.register(save)


def _install() -> None:
    copy = os.environ.get("BILLING_MUTATION_MOCK_COPY")
    if copy and (_is_the_mock() or os.environ.get("BILLING_MUTATION_EVERY_PROCESS") == "1"):
        sys.meta_path.insert(0, _MockFromCopy(Path(copy)))
    if not _is_the_mock():
        return
    folder = os.environ.get("BILLING_MUTATION_MAP_DIR")
    if folder:
        _record_per_scenario(Path(folder))


_install()
