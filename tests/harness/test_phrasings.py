"""The step phrasings are data (`steps/phrasings/<lang>.toml`), checked both ways: every step
function of the library is phrased in every language, and every phrasing belongs to a step
function; a gap fails at the step's import, naming the file, module, function and language."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from billing_e2e.domain import LANGUAGES
from fixtures.loader import HARNESS_PLUGINS
from steps import phrasing
from steps.phrasing import PhrasingError

pytestmark = pytest.mark.unit

STEP_MODULES = [name for name in HARNESS_PLUGINS if name.startswith("steps.") and name.endswith("_steps")]


@pytest.fixture
def phrasings_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A phrasings folder of the test's own, in place of steps/phrasings/ (the cache cleared around)."""
    monkeypatch.setattr(phrasing, "PHRASINGS_DIR", tmp_path)
    caches = (phrasing._files, phrasing.phrasings, phrasing.step_values)
    for cached in caches:
        cached.cache_clear()
    yield tmp_path
    for cached in caches:
        cached.cache_clear()


def write(folder: Path, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        (folder / f"{lang}.toml").write_text(text, encoding="utf-8")


def test_every_step_of_the_library_is_phrased_in_every_language_and_every_phrasing_has_its_step() -> None:
    for name in STEP_MODULES:
        importlib.import_module(name)  # a gap would fail here, at the import
    registered = {key for key in phrasing._registered if f"steps.{key[0]}" in STEP_MODULES}
    assert len(registered) > 80, "the library's steps were registered"
    for lang in LANGUAGES:
        assert set(phrasing.phrasings()[lang]) == registered, lang
    assert phrasing.orphans() == []


def test_a_language_that_lacks_a_phrasing_fails_the_import_naming_file_module_function_language(
    phrasings_in: Path,
) -> None:
    write(phrasings_in, dict.fromkeys(LANGUAGES[1:], "[fake_steps]\nsomething = 'something'\n"))
    with pytest.raises(PhrasingError) as failure:
        phrasing.phrasings_of("fake_steps", "something")
    message = str(failure.value)
    assert f"the step something() of steps/fake_steps.py has no phrasing in {LANGUAGES[0]} (" in message
    assert str(phrasings_in / f"{LANGUAGES[0]}.toml") in message
    assert "add `something = '…'` under [fake_steps]" in message


def test_a_phrasing_no_step_defines_is_an_orphan(phrasings_in: Path) -> None:
    write(phrasings_in, dict.fromkeys(LANGUAGES, "[fake_steps]\nnobody_defines_me = 'x'\n"))
    assert phrasing.orphans() == [
        f"{phrasings_in / f'{lang}.toml'}: [fake_steps] nobody_defines_me" for lang in LANGUAGES
    ]


def test_patterns_of_one_step_need_the_same_fields_in_every_language(phrasings_in: Path) -> None:
    write(phrasings_in, dict.fromkeys(LANGUAGES, "[fake_steps]\ncount = 'I have {n:d}'\n"))
    (phrasings_in / f"{LANGUAGES[-1]}.toml").write_text("[fake_steps]\ncount = 'I have {n}'\n", encoding="utf-8")
    with pytest.raises(PhrasingError, match=r"\[fake_steps\] count: every language's pattern needs the same fields"):
        phrasing.phrasings_of("fake_steps", "count")


def test_a_phrasing_file_of_a_language_the_data_does_not_define_is_refused(phrasings_in: Path) -> None:
    write(phrasings_in, dict.fromkeys(LANGUAGES, "[fake_steps]\nstep = 'x'\n"))
    (phrasings_in / "xx.toml").write_text("[fake_steps]\nstep = 'x'\n", encoding="utf-8")
    with pytest.raises(PhrasingError, match=r"xx.toml phrase languages billing_e2e/languages.toml does not define"):
        phrasing.phrasings()


def test_old_style_phrasings_in_the_code_are_refused_naming_the_converter() -> None:
    with pytest.raises(TypeError, match=r"run `.venv/bin/python -m tools.step_phrasings_to_data`"):
        phrasing.given(it="qualcosa", de="etwas", en="something")


def test_words_a_field_takes_are_data_and_every_language_gives_one_for_each_meaning(phrasings_in: Path) -> None:
    texts = {lang: f"[values.colour]\n'{lang}-red' = 'red'\n'{lang}-blue' = 'blue'\n" for lang in LANGUAGES}
    write(phrasings_in, texts)
    assert phrasing.step_values("colour") == {f"{lang}-{c}": c for lang in LANGUAGES for c in ("red", "blue")}
    texts[LANGUAGES[-1]] = f"[values.colour]\n'{LANGUAGES[-1]}-red' = 'red'\n"
    write(phrasings_in, texts)
    for cached in (phrasing._files, phrasing.phrasings, phrasing.step_values):
        cached.cache_clear()
    with pytest.raises(PhrasingError, match=rf"{LANGUAGES[-1]}.toml: \[values.colour\] has no word for blue"):
        phrasing.step_values("colour")


def test_the_librarys_account_type_words_cover_the_same_types_in_every_language() -> None:
    words = phrasing.step_values("account_type")
    assert set(words.values()) == {"self_service", "cart_has_items"}
