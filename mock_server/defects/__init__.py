"""A catalogue of product regressions the mock can play, to measure what the scenarios catch.

`DEFECTS` (in `regressions`) lists them; `init_app` installs every one, inactive, when a test-mode
app starts, and activates those named by `--defect`. The control API (`/_control/defects`) lists
them and replaces the active set per run. Without `--test-mode` nothing is installed and no
defect can be activated. How a defect is patched in, and why the active set is process state:
`core`.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from . import core
from .core import DEFECT_CLASSES, EXTENSION, Defect, DefectClass, DefectError, DefectState

__all__ = [
    "DEFECT_CLASSES",
    "EXTENSION",
    "Defect",
    "DefectClass",
    "DefectError",
    "DefectState",
    "catalogue",
    "init_app",
    "names",
    "readme_table",
    "state",
    "unknown_message",
]

KIND = "defect"


def catalogue() -> tuple[Defect, ...]:
    # Imported here: the catalogue patches the views, which import much of the app.
    from .regressions import DEFECTS

    return DEFECTS


def names() -> tuple[str, ...]:
    return tuple(defect.name for defect in catalogue())


def unknown_message(unknown: Iterable[str]) -> str:
    """'unknown defect 'x', 'y'; known: a, b, ...', for the command line and the control API."""
    return core.unknown_message(KIND, unknown, names())


def init_app(app: Flask, active: Iterable[str] = ()) -> DefectState:
    """Install every defect (inactive) and activate `active`; raises DefectError for an unknown name."""
    return core.install_catalogue(app, EXTENSION, KIND, catalogue(), active)


def state(app: Flask) -> DefectState:
    return core.catalogue_state(app, EXTENSION)


def readme_table() -> str:
    """The catalogue's table in docs/mock.md: name | class | locales | what a user sees."""
    rows = ["| name | class | locales | what a user sees |", "| --- | --- | --- | --- |"]
    rows += [
        f"| `{defect.name}` | {defect.kind} | {defect.locales_label} | {defect.description} |" for defect in catalogue()
    ]
    return "\n".join(rows) + "\n"
