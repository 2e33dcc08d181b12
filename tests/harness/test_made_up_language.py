"""A language is data: a made-up language, "xx", added from data files alone, runs a scenario
against the real mock (its own process, its own catalog) in a real Chromium.

The test writes, into a folder of its own named by BILLING_E2E_LANGUAGE_DATA, every file a new
language needs and nothing else:

- `languages.toml`: the language's entry; its features use the English Gherkin keywords
  (`gherkin = "en"`), its formats borrow `en_US`;
- `phrasings/xx.toml`: every step of the library phrased in xx, the English patterns with each
  word's letters reversed (`I evah dengis ni ot eht "{site}" ta {url:S}`), and the words of its
  `[values.*]` fields;
- `vocabulary.toml`: an `[xx]` table, every label of the English one with an `Xx ` in front;
- `translations/xx/`: the mock's catalog in xx, its English one with the same `Xx ` in front of
  each text that is one of those labels (the mock takes the folder with `--translations`);
- `features/xx/`: one scenario of an English feature, each step rewritten in xx through the
  phrasings (its quoted labels through the vocabulary).

Then a pytest of this repository runs that scenario with `--locales xx`. It passes only if the
harness found the xx phrasings, the browser was on pages the mock rendered from the xx catalog
(page objects look for the `Xx ` labels by role and name, whole), and reports name the language.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from pytest_bdd import parsers

from billing_e2e.domain import LANGUAGE_DATA_ENV
from steps.phrasing import PHRASINGS_DIR, VALUES_TABLE

from .runs import ONE_SCENARIO_FEATURE, ONE_SCENARIO_TITLE, ROOT, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.browser, pytest.mark.pytest_run]

CODE = "xx"
BASE = "en"
"""The language the made-up one is made from (its labels, catalog, phrasings and feature)."""
LABEL_PREFIX = "Xx "
ENTRY = f"""
[{CODE}]
name = "Made-up"
native_name = "Xxish"
gherkin = "{BASE}"
babel_locale = "en_US"
browser_locale = "en-US"
time_zone = "America/New_York"
country = "US"
currency = "USD"

[{CODE}.article]
words = "eht dna si era uoy"
generic_product = "tcudorp"

[{CODE}.article.labels]
note = ["Eton"]
"""
MOCK_LANGUAGE = 'name = "Xxish"\nbabel_locale = "en_US"\n'
_WORD = re.compile(r"[^\W\d_]+")
_STEP_LINE = re.compile(r"^(?P<indent>\s*)(?P<keyword>Given|When|Then|And|But) (?P<text>.+)$")


def made_up(text: str) -> str:
    """Words of the base language turned into xx: each word's letters reversed."""
    return _WORD.sub(lambda word: word.group()[::-1], text)


def made_up_pattern(pattern: str) -> str:
    """A parse pattern in xx: its literal text made up, its `{fields}` kept."""
    out: list[str] = []
    for literal, name, spec, conversion in Formatter().parse(pattern):
        out.append(made_up(literal).replace("{", "{{").replace("}", "}}"))
        if name is not None:
            out.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


def filled(pattern: str, values: dict[str, Any]) -> str:
    """The step text a parse pattern reads `values` from (its fields' parse types, such as `:S`,
    are no format specs)."""
    out: list[str] = []
    for literal, name, _spec, _conversion in Formatter().parse(pattern):
        out.append(literal)
        if name is not None:
            out.append(str(values[name]))
    return "".join(out)


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _normalized(label: str) -> str:
    return " ".join(re.sub(r"%\((\w+)\)s", r"{\1}", label).split()).casefold()


def write_phrasings(data: Path) -> dict[str, dict[str, str]]:
    """phrasings/xx.toml from the base's; the base's step values (word → meaning) and xx's."""
    base = tomllib.loads((PHRASINGS_DIR / f"{BASE}.toml").read_text(encoding="utf-8"))
    values = base.pop(VALUES_TABLE, {})
    lines: list[str] = []
    for module, table in base.items():
        lines.append(f"[{module}]")
        lines += [f"{function} = {toml_string(made_up_pattern(pattern))}" for function, pattern in table.items()]
    for field, words in values.items():
        lines.append(f"[{VALUES_TABLE}.{field}]")
        lines += [f"{toml_string(made_up(word))} = {toml_string(meaning)}" for word, meaning in words.items()]
    (data / "phrasings").mkdir()
    (data / "phrasings" / f"{CODE}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {field: {word: made_up(word) for word in words} for field, words in values.items()}


def write_vocabulary(data: Path) -> dict[str, str]:
    """vocabulary.toml with the [xx] table; the base's labels (normalized) → xx's."""
    document = tomllib.loads((ROOT / "pages" / "vocabulary.toml").read_text(encoding="utf-8"))
    labels: dict[str, str] = document[BASE]
    not_from_articles: list[str] = document["not_from_articles"][BASE]
    lines = [f"[{CODE}]", *(f"{key} = {toml_string(LABEL_PREFIX + label)}" for key, label in labels.items())]
    lines += ["[not_from_articles]", f"{CODE} = [{', '.join(toml_string(key) for key in not_from_articles)}]"]
    (data / "vocabulary.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {_normalized(label): LABEL_PREFIX + label for label in labels.values()}


def write_mock_catalog(data: Path, labels: dict[str, str]) -> int:
    """The mock's xx catalog: its base catalog, with `Xx ` before every text that is a label; how many."""
    source = ROOT / "mock_server" / "translations" / BASE / "LC_MESSAGES" / "messages.po"
    with source.open("rb") as handle:
        base = read_po(handle, locale=BASE)
    catalog = Catalog(locale=BASE, domain="messages")  # Babel knows no "xx": the plural rules are English
    labelled = 0
    for message in base:
        if not message.id:
            continue
        if not isinstance(message.id, str):  # a plural message: as the base language has it
            catalog.add(message.id, message.string, flags=message.flags)
            continue
        text = message.string if isinstance(message.string, str) and message.string else message.id
        if _normalized(text) in labels:
            text, labelled = LABEL_PREFIX + text, labelled + 1
        catalog.add(message.id, text, flags=message.flags)
    folder = data / "translations" / CODE
    (folder / "LC_MESSAGES").mkdir(parents=True)
    (folder / "language.toml").write_text(MOCK_LANGUAGE, encoding="utf-8")
    with (folder / "LC_MESSAGES" / "messages.po").open("wb") as handle:
        write_po(handle, catalog)
    return labelled


def translated_step(text: str, values: dict[str, dict[str, str]], labels: dict[str, str]) -> str:
    """One step of the base feature in xx: the step it is (by the base's phrasing), said in xx."""
    base = tomllib.loads((PHRASINGS_DIR / f"{BASE}.toml").read_text(encoding="utf-8"))
    base.pop(VALUES_TABLE, None)
    for table in base.values():
        for pattern in table.values():
            parser = parsers.parse(pattern)
            found = parser.parse_arguments(text) if parser.is_matching(text) else None
            if found is None:
                continue
            said = {
                name: values[name].get(value, value)
                if name in values
                else labels.get(_normalized(value), value)
                if isinstance(value, str)
                else value
                for name, value in found.items()
            }
            return filled(made_up_pattern(pattern), said)
    raise AssertionError(f"no {BASE} phrasing matches the step {text!r}")


def write_feature(data: Path, values: dict[str, dict[str, str]], labels: dict[str, str]) -> Path:
    """features/xx/: the base feature's header and tags, and the one scenario, in xx."""
    lines = (ROOT / ONE_SCENARIO_FEATURE).read_text(encoding="utf-8").splitlines()
    header = lines[: next(i for i, line in enumerate(lines) if line.startswith("Feature:")) + 1]
    start = lines.index(f"  {ONE_SCENARIO_TITLE}")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    scenario = [lines[start - 1], lines[start]]  # its tags, its title
    for line in lines[start + 1 : end]:
        step = _STEP_LINE.match(line)
        assert step is not None, line
        scenario.append(f"{step['indent']}{step['keyword']} {translated_step(step['text'], values, labels)}")
    feature = data / "features" / CODE / "002_made_up.feature"
    feature.parent.mkdir(parents=True)
    feature.write_text("\n".join([*header, "", *scenario]) + "\n", encoding="utf-8")
    return feature


def test_a_made_up_language_added_as_data_runs_a_scenario_against_the_mock(tmp_path: Path) -> None:
    data = tmp_path / "language-data"
    data.mkdir()
    (data / "languages.toml").write_text(ENTRY, encoding="utf-8")
    values = write_phrasings(data)
    labels = write_vocabulary(data)
    assert write_mock_catalog(data, labels) > 50, "the mock's catalog holds the labels the vocabulary names"
    feature = write_feature(data, values, labels)
    text = feature.read_text(encoding="utf-8")
    assert f'"{LABEL_PREFIX}Contact Support"' in text, text  # the scenario quotes xx labels
    assert "I evah dengis ni ot eht" in text, text  # and speaks xx

    junit = tmp_path / "junit.xml"
    run = run_pytest(
        "tests/e2e", "--locales", CODE, "-n", "0", f"--junitxml={junit}",
        env={LANGUAGE_DATA_ENV: str(data)},
    )  # fmt: skip
    assert run.code == 0, run.output[-4000:]
    assert re.search(r"\b1 passed\b", run.stdout), run.stdout[-2000:]
    (case,) = ET.parse(junit).getroot().iter("testcase")  # noqa: S314 - the run's own report
    properties = {prop.get("name"): prop.get("value") for prop in case.iter("property")}
    assert properties["locale"] == CODE
    line = text[: text.index("Scenario:")].count("\n") + 1
    assert str(properties["feature"]).endswith(f"features/{CODE}/002_made_up.feature:{line}")
