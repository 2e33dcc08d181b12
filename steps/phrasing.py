"""Register one step function under its phrasing in every language, read from data.

A step's phrasings are data: `steps/phrasings/<lang>.toml` for each language of
`billing_e2e.domain.LANGUAGES`, one table per step module (its file stem, `[account_steps]`), one
key per step function (`an_account_with_a_subscription = 'a {account_type} account with …'`), the
value a `parsers.parse` pattern with the same `{name}` / `{name:d}` fields in every language. A
folder of more language data (BILLING_E2E_LANGUAGE_DATA) adds `phrasings/<lang>.toml` files of
its own. One more table, `[values.<field>]`, gives the words a step's `{field}` takes in the
language and what each means (`step_values`), for words that are not the UI's labels (those are
the vocabulary's). In the code a step keeps only its kind and fixture: `@given()`, `@when()`,
`@then(target_fixture=...)`.

pytest-bdd matches a step by its text, whatever the Gherkin keyword's language, so one function
registered under each language's text serves every language's features. The data is checked
both ways: a step whose phrasing a language lacks fails at import (naming the file, module,
function and language), and a phrasing no step function defines is named by `orphans()`, which
`steps.library` checks once every step module is loaded. `tools/step_phrasings_to_data.py` moves
steps still written the old way (`@given(it=..., de=..., en=...)`) into the data.

Quoted UI labels in a step are checked against the harness's vocabulary for the scenario's
locale, so a feature that quotes a label the harness does not know fails with a message that
names both.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any, Literal, TypeVar

import pytest_bdd
from pytest_bdd import parsers

from billing_e2e.domain import LANGUAGES, Language, data_files
from pages.vocabulary import Vocabulary

F = TypeVar("F", bound=Callable[..., Any])
Kind = Literal["given", "when", "then"]
_DECORATORS = {"given": pytest_bdd.given, "when": pytest_bdd.when, "then": pytest_bdd.then}

PHRASINGS_DIR = Path(__file__).with_name("phrasings")
"""The project's phrasing files, `<lang>.toml`; more languages' come from `phrasings/` of the
folders of BILLING_E2E_LANGUAGE_DATA."""


class PhrasingError(Exception):
    """The phrasing data is malformed, lacks a step's phrasing, or phrases a step no code defines."""


@dataclass(frozen=True)
class Phrasing:
    """One language's pattern of one step, and the file it comes from."""

    pattern: str
    source: Path


def phrasing_files(lang: Language) -> tuple[Path, ...]:
    """Where the phrasings of `lang` may be: this folder's `<lang>.toml`, then the data folders'."""
    return (PHRASINGS_DIR / f"{lang}.toml", *data_files(f"phrasings/{lang}.toml"))


VALUES_TABLE = "values"
"""The one table of a phrasing file that is not a step module's: `[values.<field>]` maps the words a
step's `{field}` takes in the language to what they mean (`"self-service" = "self_service"`)."""


@dataclass(frozen=True)
class PhrasingFile:
    """One phrasing file, read: its step tables and its `[values.*]` tables."""

    path: Path
    steps: Mapping[str, Mapping[str, str]]
    values: Mapping[str, Mapping[str, str]]


def _read(path: Path) -> PhrasingFile:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PhrasingError(f"{path}: {error}") from error
    values = document.pop(VALUES_TABLE, {})
    for module, table in (*document.items(), *((f"{VALUES_TABLE}.{k}", v) for k, v in values.items())):
        if not isinstance(table, dict):
            raise PhrasingError(f"{path}: {module} must be a table [{module}] of the step module {module}.py")
        for key, text in table.items():
            if not isinstance(text, str) or not text.strip():
                raise PhrasingError(f"{path}: [{module}] {key} must be a non-empty string")
    return PhrasingFile(path, document, values)


@cache
def _files() -> Mapping[Language, tuple[PhrasingFile, ...]]:
    strays = sorted(path.name for path in PHRASINGS_DIR.glob("*.toml") if path.stem not in LANGUAGES)
    if strays:
        raise PhrasingError(
            f"{PHRASINGS_DIR}: {', '.join(strays)} phrase languages billing_e2e/languages.toml does not define"
        )
    return {lang: tuple(_read(path) for path in phrasing_files(lang) if path.is_file()) for lang in LANGUAGES}


@cache
def phrasings() -> Mapping[Language, Mapping[tuple[str, str], Phrasing]]:
    """Language → (module stem, function name) → its phrasing, from every phrasing file."""
    every: dict[Language, dict[tuple[str, str], Phrasing]] = {}
    for lang, files in _files().items():
        found: dict[tuple[str, str], Phrasing] = {}
        for file in files:
            for module, table in file.steps.items():
                for function, pattern in table.items():
                    if (module, function) in found:
                        first = found[module, function].source
                        raise PhrasingError(f"{file.path}: [{module}] {function} is already phrased in {first}")
                    found[module, function] = Phrasing(pattern, file.path)
        every[lang] = found
    return every


@cache
def step_values(field: str) -> Mapping[str, str]:
    """The words a step's `{field}` takes in any language → what they mean, from the phrasing files'
    `[values.<field>]`. Every language must give a word for each meaning any language gives, and
    no word may mean two things (a PhrasingError names the file)."""
    meanings: dict[Language, set[str]] = {}
    words: dict[str, tuple[str, Path]] = {}
    for lang, files in _files().items():
        meanings[lang] = set()
        for file in files:
            for word, meaning in file.values.get(field, {}).items():
                if word in words and words[word][0] != meaning:
                    raise PhrasingError(
                        f"{file.path}: [{VALUES_TABLE}.{field}] {word!r} means {meaning!r}, "
                        f"but {words[word][0]!r} in {words[word][1]}"
                    )
                words[word] = (meaning, file.path)
                meanings[lang].add(meaning)
    every = set().union(*meanings.values())
    for lang in LANGUAGES:
        if meanings[lang] != every:
            where = " or ".join(str(path) for path in phrasing_files(lang))
            missing = ", ".join(sorted(every - meanings[lang]))
            raise PhrasingError(f"{where}: [{VALUES_TABLE}.{field}] has no word for {missing}")
    return {word: meaning for word, (meaning, _) in words.items()}


_registered: set[tuple[str, str]] = set()
"""(module stem, function name) of every step registered so far."""


def step_key(function: Callable[..., Any]) -> tuple[str, str]:
    """How the data names a step function: its module's stem and its name."""
    return function.__module__.rpartition(".")[2], function.__name__


def phrasings_of(module: str, function: str) -> dict[Language, str]:
    """The pattern of a step in every language; a PhrasingError names each one a language lacks."""
    every = phrasings()
    missing = [lang for lang in LANGUAGES if (module, function) not in every[lang]]
    if missing:
        lacking = "; ".join(f"{lang} ({' or '.join(str(p) for p in phrasing_files(lang))})" for lang in missing)
        raise PhrasingError(
            f"the step {function}() of steps/{module}.py has no phrasing in {lacking}: "
            f"add `{function} = '…'` under [{module}]"
        )
    patterns = {lang: every[lang][module, function].pattern for lang in LANGUAGES}
    fields = {lang: _fields(pattern) for lang, pattern in patterns.items()}
    first = LANGUAGES[0]
    differing = [lang for lang in LANGUAGES if fields[lang] != fields[first]]
    if differing:
        shown = "; ".join(
            f"{lang} {every[lang][module, function].source}: {fields[lang]}" for lang in (first, *differing)
        )
        raise PhrasingError(f"[{module}] {function}: every language's pattern needs the same fields, not {shown}")
    return patterns


def _fields(pattern: str) -> list[str]:
    """The `{name}` / `{name:d}` fields of a pattern, sorted (the step function's arguments)."""
    return sorted(
        f"{{{name}:{spec}}}" if spec else f"{{{name}}}" for _, name, spec, _ in Formatter().parse(pattern) if name
    )


def orphans() -> list[str]:
    """Each phrasing no registered step function defines, as `file: [module] function`."""
    return [
        f"{phrasing.source}: [{module}] {function}"
        for lang in LANGUAGES
        for (module, function), phrasing in phrasings()[lang].items()
        if (module, function) not in _registered
    ]


def _register(kind: Kind, target_fixture: str | None, inline: Mapping[str, str]) -> Callable[[F], F]:
    if inline:
        raise TypeError(
            f"a step's phrasings are data now, not {kind}({', '.join(f'{lang}=' for lang in inline)}...): "
            "run `.venv/bin/python -m tools.step_phrasings_to_data` to move them into steps/phrasings/"
        )

    def decorate(function: F) -> F:
        module, name = step_key(function)
        for text in phrasings_of(module, name).values():
            # stacklevel 2: the step fixture belongs in the module that defines the step,
            # one frame above this helper.
            _DECORATORS[kind](parsers.parse(text), target_fixture=target_fixture, stacklevel=2)(function)
        _registered.add((module, name))
        return function

    return decorate


def given(*, target_fixture: str | None = None, **inline: str) -> Callable[[F], F]:
    """A Given step, registered under its phrasing in every language (`steps/phrasings/`)."""
    return _register("given", target_fixture, inline)


def when(*, target_fixture: str | None = None, **inline: str) -> Callable[[F], F]:
    """A When step, registered under its phrasing in every language (`steps/phrasings/`)."""
    return _register("when", target_fixture, inline)


def then(*, target_fixture: str | None = None, **inline: str) -> Callable[[F], F]:
    """A Then step, registered under its phrasing in every language (`steps/phrasings/`)."""
    return _register("then", target_fixture, inline)


class LabelMismatchError(AssertionError):
    """A feature quotes a UI label that is not the one the harness knows for that element."""


def require_label(vocabulary: Vocabulary, key: str, quoted: str) -> str:
    """The quoted label, after checking it is the vocabulary's label for `key` in this locale."""
    expected = vocabulary[key]
    if quoted != expected:
        raise LabelMismatchError(
            f"the step quotes {quoted!r}, but the {vocabulary.locale} label of {key!r} is {expected!r} "
            "(pages/vocabulary.toml): fix the feature, or the vocabulary if the product changed"
        )
    return quoted
