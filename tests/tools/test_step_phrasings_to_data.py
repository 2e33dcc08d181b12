"""tools/step_phrasings_to_data.py moves steps written the old way into the phrasing data: the
exact strings Python reads, in the code's order, beside the entries and comments already there;
it is re-runnable, and refuses a conflict without changing anything."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from billing_e2e.domain import LANGUAGES
from tools.step_phrasings_to_data import main

pytestmark = pytest.mark.unit

OLD_MODULE = '''"""Steps of a test."""
from .phrasing import given, then


@given()
def first(n: int) -> int:
    return n


@given(
    it='un account con "{product}" e l\\'IVA, '
    "{licenses:d} licenze",
    de="ein Konto mit \\"{product}\\" und {licenses:d} Lizenzen",
    en='an account with "{product}", {licenses:d} licenses\\tand a tab',
    target_fixture="account",
)
def second(product: str, licenses: int) -> None:
    pass


@then(it="è fatto", de="ist erledigt", en="it's done")
def third() -> None:
    pass
'''
EXISTING = """# The kept comment.

[demo_steps]
# before first
first = 'first {n:d}'  # an inline comment
"""


@pytest.fixture
def steps(tmp_path: Path) -> Path:
    (tmp_path / "demo_steps.py").write_text(OLD_MODULE, encoding="utf-8")
    (tmp_path / "phrasings").mkdir()
    for lang in LANGUAGES:
        (tmp_path / "phrasings" / f"{lang}.toml").write_text(EXISTING, encoding="utf-8")
    return tmp_path


def old_patterns(source: str) -> dict[str, dict[str, str]]:
    """What Python reads from each decorator's language keywords: function → lang → pattern."""
    found: dict[str, dict[str, str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                assert isinstance(decorator, ast.Call)
                for keyword in decorator.keywords:
                    if keyword.arg in LANGUAGES:
                        found.setdefault(node.name, {})[keyword.arg] = ast.literal_eval(keyword.value)
    return found


def test_old_phrasings_move_into_the_data_exactly_in_order_and_comments_stay(steps: Path) -> None:
    expected = old_patterns(OLD_MODULE)
    assert main(["--steps", str(steps)]) == 0
    for lang in ("it", "de", "en"):
        text = (steps / "phrasings" / f"{lang}.toml").read_text(encoding="utf-8")
        table = tomllib.loads(text)["demo_steps"]
        assert list(table) == ["first", "second", "third"]
        assert table["second"] == expected["second"][lang]
        assert table["third"] == expected["third"][lang]
        assert text.startswith("# The kept comment.\n")
        assert "# before first\nfirst = 'first {n:d}'  # an inline comment\n" in text
    assert tomllib.loads((steps / "phrasings" / "it.toml").read_text("utf-8"))["demo_steps"]["second"] == (
        'un account con "{product}" e l\'IVA, {licenses:d} licenze'
    )
    code = (steps / "demo_steps.py").read_text(encoding="utf-8")
    assert '@given(target_fixture="account")\ndef second(' in code
    assert "@then()\ndef third(" in code
    assert old_patterns(code) == {}


def test_a_second_run_finds_nothing_to_move_and_changes_nothing(
    steps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--steps", str(steps)]) == 0
    before = {path: path.read_bytes() for path in steps.rglob("*.*")}
    assert main(["--steps", str(steps)]) == 0
    assert "every step's phrasings are in the data already" in capsys.readouterr().out
    assert {path: path.read_bytes() for path in steps.rglob("*.*")} == before


def test_check_says_what_is_left_to_move_and_changes_nothing(steps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {path: path.read_bytes() for path in steps.rglob("*.*")}
    assert main(["--steps", str(steps), "--check"]) == 1
    assert "demo_steps.py: second (it, de, en)" in capsys.readouterr().out
    assert {path: path.read_bytes() for path in steps.rglob("*.*")} == before


def test_a_different_pattern_for_a_step_already_in_the_data_is_refused_and_nothing_changes(
    steps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (steps / "phrasings" / "de.toml").open("a", encoding="utf-8") as handle:
        handle.write("third = 'ist anders erledigt'\n")
    before = {path: path.read_bytes() for path in steps.rglob("*.*")}
    assert main(["--steps", str(steps)]) == 2
    error = capsys.readouterr().err
    assert "de.toml: [demo_steps] third is phrased 'ist anders erledigt' there, but 'ist erledigt'" in error
    assert {path: path.read_bytes() for path in steps.rglob("*.*")} == before


def test_a_pattern_that_is_not_a_string_literal_or_a_language_not_in_the_data_is_refused(
    steps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (steps / "demo_steps.py").write_text(OLD_MODULE.replace('it="è fatto"', "it=TEXT"), encoding="utf-8")
    assert main(["--steps", str(steps)]) == 2
    assert "(third): it= is not a string literal" in capsys.readouterr().err
    (steps / "demo_steps.py").write_text(OLD_MODULE.replace('it="è fatto"', 'xx="x"'), encoding="utf-8")
    assert main(["--steps", str(steps)]) == 2
    assert "xx= is not a language of billing_e2e/languages.toml" in capsys.readouterr().err
