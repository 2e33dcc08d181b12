"""The project's shape, checked: layers without cycles, no tooling in the library, true package maps.

The layers are import-linter contracts in pyproject.toml (`[tool.importlinter]`): the base
(`billing_e2e`) below the page objects, the page objects below the flows, the plugin, the steps
and the article check above them, the tools on top; the mock a program of its own. They are
run here in-process, so a new import that crosses a layer fails the quick loop at once.
"""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from importlinter import configuration
from importlinter.application.use_cases import lint_imports

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGES: list[str] = PYPROJECT["tool"]["importlinter"]["root_packages"]
# A map entry names a module in backquotes at the start of a bullet, or after a comma in one:
# "- `sign_in`, `billing_center`, ...: a page each".
MAP_ENTRY = re.compile(r"^- ((?:`[\w.]+`[,\s]*)+)", re.MULTILINE)


def test_import_linter_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    configuration.configure()  # what `lint-imports` does first: its readers and contract types
    kept = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_logo=True, cache_dir=None)
    assert kept is True, capsys.readouterr().out


def test_every_package_of_the_project_is_in_the_layers() -> None:
    """A new top-level package must take a place in the contracts, or nothing checks its imports."""
    on_disk = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"tests"}
    assert on_disk == set(PACKAGES)


def test_the_library_forbids_every_dev_extra() -> None:
    """The dev extras (tools, linters, test libraries) by the names they are imported as are what
    the library and the plugin may not import: a dev extra added later is forbidden there too."""
    dev = PYPROJECT["project"]["optional-dependencies"]["dev"]
    distributions = {re.split(r"[<>=\[ ;]", requirement)[0].lower().replace("_", "-") for requirement in dev}
    imported_as = {
        name
        for name, owners in packages_distributions().items()
        if name.isidentifier()
        and not name.startswith("_")
        and not name.endswith("__mypyc")
        and any(owner.lower().replace("_", "-") in distributions for owner in owners)
    }
    contracts = PYPROJECT["tool"]["importlinter"]["contracts"]
    contract = next(c for c in contracts if c["name"] == "the library and the plugin need no dev extra")
    missing = imported_as - {"mypyc", "ruff"} - set(contract["forbidden_modules"])
    assert not missing, f"dev extras the library may import: {sorted(missing)}"


def _modules(package: Path) -> set[str]:
    names = {path.stem for path in package.glob("*.py")} | {path.parent.name for path in package.glob("*/__init__.py")}
    return names - {"__init__"}


def _mapped(package: Path) -> set[str]:
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    return {name for entry in MAP_ENTRY.findall(docstring) for name in re.findall(r"`([\w.]+)`", entry)}


@pytest.mark.parametrize("package", PACKAGES)
def test_the_package_map_names_every_module_and_no_other(package: str) -> None:
    """Each package's `__init__` docstring lists its modules (`- `name`: what it is for`): the map a
    newcomer reads first must be true."""
    path = ROOT / package
    mapped = _mapped(path)
    modules = _modules(path)
    assert not modules - mapped, f"{package}/__init__.py does not name {sorted(modules - mapped)}"
    assert not mapped - modules, f"{package}/__init__.py names modules that do not exist: {sorted(mapped - modules)}"
