"""A catalogue of harmless releases the mock can play: changes a release could ship without
changing anything the help articles describe, to show the page objects are no stricter than they.

The mirror image of `defects` (which must turn the suite red): run against each of these, the
whole suite must stay green (`bin/harmless`). A package of its own rather than more entries of
the defect catalogue, because the two are read the opposite way round and must never mix (the
sensitivity campaign counts every defect as one to catch), and because a harmless release
changes what the app sends (markup, timing), not the product's functions, so its patches are
response transformations (`patches`), not the defects' wraps. It shares the defects' active set
(`DefectState`): the same lock, the same replace-whole semantics.

- `releases`: the catalogue, one edit function per release, and its texts' catalog lookup.
- `patches`: how a release is applied: a page parsed and edited after the view, a stylesheet
  rewritten, a delay before the view.

`init_app` installs every release, inactive, when a test-mode app starts and activates those named
by `--harmless` (`defects.core.install_catalogue`, as the defects are); the control API
(`/_control/harmless`) lists them and replaces the active set.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from ..defects import core
from ..defects.core import DefectState
from .patches import EXTENSION
from .releases import RELEASES, Release

__all__ = [
    "EXTENSION",
    "RELEASES",
    "Release",
    "catalogue",
    "init_app",
    "names",
    "readme_table",
    "state",
    "unknown_message",
]

KIND = "harmless release"


def catalogue() -> tuple[Release, ...]:
    return RELEASES


def names() -> tuple[str, ...]:
    return tuple(release.name for release in RELEASES)


def unknown_message(unknown: Iterable[str]) -> str:
    """'unknown harmless release 'x'; known: a, b, ...', for the command line and the control API."""
    return core.unknown_message(KIND, unknown, names())


def init_app(app: Flask, active: Iterable[str] = ()) -> DefectState:
    """Install every release (inactive) and activate `active`; raises DefectError for an unknown name."""
    return core.install_catalogue(app, EXTENSION, KIND, RELEASES, active)


def state(app: Flask) -> DefectState:
    return core.catalogue_state(app, EXTENSION)


def readme_table() -> str:
    """The catalogue's table in docs/harmless.md: name | what changes."""
    rows = ["| name | what changes |", "| --- | --- |"]
    rows += [f"| `{release.name}` | {release.description} |" for release in RELEASES]
    return "\n".join(rows) + "\n"
