"""The step library's machinery, tested in isolated pytest runs (pytester): one step function
registered under its phrasing data in each language matches in each, quoted labels are checked
against the vocabulary, and feature tags must be registered markers. (tests/harness/test_phrasings.py
checks the phrasing data itself.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from billing_e2e.domain import LANGUAGE_DATA_ENV, LANGUAGES
from pages.vocabulary import Vocabulary
from steps.phrasing import LabelMismatchError, require_label

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]
pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]

STEPS = """
from steps.phrasing import given, then, when

@given(target_fixture="count")
def have(n):
    return n

@when(target_fixture="count")
def add(n, count):
    return count + n

@then()
def total(n, count):
    assert count == n
"""

PHRASINGS = {
    "it": "[step_library]\nhave = 'ho {n:d} licenze'\nadd = 'ne aggiungo {n:d}'\ntotal = 'ne ho {n:d}'\n",
    "de": "[step_library]\nhave = 'ich habe {n:d} Lizenzen'\nadd = 'ich {n:d} hinzufüge'\ntotal = 'habe ich {n:d}'\n",
    "en": "[step_library]\nhave = 'I have {n:d} licenses'\nadd = 'I add {n:d}'\ntotal = 'I have {n:d} in all'\n",
}

FEATURES = {
    "it.feature": """# language: it
@counting
Funzionalità: Conteggio
  Scenario: In italiano
    Dato ho 2 licenze
    Quando ne aggiungo 3
    Allora ne ho 5
""",
    "de.feature": """# language: de
@counting
Funktionalität: Zählen
  Szenario: Auf Deutsch
    Angenommen ich habe 2 Lizenzen
    Wenn ich 3 hinzufüge
    Dann habe ich 5
""",
    "en.feature": """@counting
Feature: Counting
  Scenario: In English
    Given I have 2 licenses
    When I add 3
    Then I have 5 in all
""",
}


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A throwaway project that uses billing-e2e's step helper (run in a subprocess: the
    Playwright plugin keeps process-wide state that a nested in-process run would share)."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    # The test's own step module is phrased in a folder of more language data.
    data = pytester.path / "language-data"
    (data / "phrasings").mkdir(parents=True)
    for lang in LANGUAGES:  # a language these features are not written in gets phrasings of its own
        text = PHRASINGS.get(lang, PHRASINGS["en"].replace(" = '", f" = '{lang}: "))
        (data / "phrasings" / f"{lang}.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(LANGUAGE_DATA_ENV, str(data))
    pytester.makepyfile(step_library=STEPS)
    pytester.makeconftest('pytest_plugins = ["step_library"]')
    for name, text in FEATURES.items():
        pytester.path.joinpath(name).write_text(text, encoding="utf-8")
    pytester.makepyfile(test_features='from pytest_bdd import scenarios\nscenarios(".")\n')
    return pytester


def test_one_step_registered_from_its_phrasing_data_matches_in_each_language(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nmarkers =\n    counting: tag of the test features\n")
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", "-v")
    result.assert_outcomes(passed=3)
    for test in ("test_in_italiano", "test_auf_deutsch", "test_in_english"):
        result.stdout.fnmatch_lines([f"*{test} PASSED*"])


def test_an_unregistered_tag_fails_under_strict_markers(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*'counting' not found in `markers` configuration option*"])


@pytest.mark.parametrize(("locale", "quoted"), [("it", "Effettua ordine"), ("de", "Bestellung aufgeben")])
def test_a_quoted_label_that_matches_the_vocabulary_passes(locale: str, quoted: str) -> None:
    assert require_label(Vocabulary.for_locale(locale), "place_order", quoted) == quoted


def test_a_quoted_label_the_harness_does_not_know_names_both() -> None:
    # Article 002 writes "Ordina ordine"; the product's button is "Effettua ordine".
    with pytest.raises(LabelMismatchError, match=r"'Ordina ordine'.*'Effettua ordine'"):
        require_label(Vocabulary.for_locale("it"), "place_order", "Ordina ordine")


def test_every_feature_tag_is_a_registered_marker(pytestconfig: pytest.Config) -> None:
    registered = {line.split(":")[0].strip() for line in pytestconfig.getini("markers")}
    tags = {
        word[1:]
        for feature in (ROOT / "features").rglob("*.feature")
        for line in feature.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("@")
        for word in line.split()
        if not word.startswith("@verifies:")  # traceability tags, read by fixtures/traceability_plugin.py
    }
    assert tags <= registered, f"register these tags in pyproject.toml: {sorted(tags - registered)}"
