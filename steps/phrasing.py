"""Register one step function under its Italian, German and English phrasings.

pytest-bdd matches a step by its text, whatever the Gherkin keyword's language, so one function
registered under three texts serves the three languages' features. Quoted UI labels in a step
are checked against the harness's vocabulary for the scenario's locale, so a feature that quotes
a label the harness does not know fails with a message that names both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

import pytest_bdd
from pytest_bdd import parsers

from pages.vocabulary import Vocabulary

F = TypeVar("F", bound=Callable[..., Any])
Kind = Literal["given", "when", "then"]
_DECORATORS = {"given": pytest_bdd.given, "when": pytest_bdd.when, "then": pytest_bdd.then}


def _register(kind: Kind, phrasings: dict[str, str], target_fixture: str | None) -> Callable[[F], F]:
    missing = {"it", "de", "en"} - phrasings.keys()
    if missing:
        raise TypeError(f"a step needs its it, de and en phrasing; missing: {', '.join(sorted(missing))}")

    def decorate(function: F) -> F:
        for text in phrasings.values():
            # stacklevel 2: the step fixture belongs in the module that defines the step,
            # one frame above this helper.
            _DECORATORS[kind](parsers.parse(text), target_fixture=target_fixture, stacklevel=2)(function)
        return function

    return decorate


def given(*, it: str, de: str, en: str, target_fixture: str | None = None) -> Callable[[F], F]:
    return _register("given", {"it": it, "de": de, "en": en}, target_fixture)


def when(*, it: str, de: str, en: str, target_fixture: str | None = None) -> Callable[[F], F]:
    return _register("when", {"it": it, "de": de, "en": en}, target_fixture)


def then(*, it: str, de: str, en: str, target_fixture: str | None = None) -> Callable[[F], F]:
    return _register("then", {"it": it, "de": de, "en": en}, target_fixture)


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
