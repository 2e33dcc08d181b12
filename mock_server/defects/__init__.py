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


def catalogue() -> tuple[Defect, ...]:
    # Imported here: the catalogue patches the views, which import much of the app.
    from .regressions import DEFECTS

    return DEFECTS


def names() -> tuple[str, ...]:
    return tuple(defect.name for defect in catalogue())


def unknown_message(unknown: Iterable[str]) -> str:
    """'unknown defect 'x', 'y'; known: a, b, ...', for the command line and the control API."""
    return f"unknown defect {', '.join(map(repr, unknown))}; known: {', '.join(names())}"


def init_app(app: Flask, active: Iterable[str] = ()) -> DefectState:
    """Install every defect (inactive) and activate `active`; raises DefectError for an unknown name."""
    state = DefectState(names())
    wanted = tuple(active)
    if unknown := state.unknown(wanted):
        raise DefectError(unknown_message(unknown))
    for defect in catalogue():
        for patch in defect.patches:
            patch.install(app, defect.name)
    state.replace(wanted)
    app.extensions[EXTENSION] = state
    return state


def state(app: Flask) -> DefectState:
    found: DefectState = app.extensions[EXTENSION]
    return found


def readme_table() -> str:
    """The catalogue's table in docs/mock.md: name | class | locales | what a user sees."""
    rows = ["| name | class | locales | what a user sees |", "| --- | --- | --- | --- |"]
    rows += [
        f"| `{defect.name}` | {defect.kind} | {defect.locales_label} | {defect.description} |" for defect in catalogue()
    ]
    return "\n".join(rows) + "\n"
