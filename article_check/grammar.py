"""The grammar words of each language the article check reads, loaded from `grammars/<language>.toml`.

What the reader (reader.py) knows of a language is its grammar, never the product's labels: the
verbs that introduce a label (`fai clic su`, `wählen Sie`, `click`), the role words that name what
kind of element it is (`icona`, `Schaltfläche`, `button`), the small words skipped before it (`il`,
`Ihre`, `the`) and the words that end it (`per`, `um`, `to`). Each language is one TOML file named
by its code, so its words are edited, and a language added, without touching the reader; a file's
keys are `Grammar`'s fields, and this module refuses a file with a key missing, unknown or of
another type.
"""

from __future__ import annotations

import tomllib
from dataclasses import MISSING, dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any, Final

from article_check.model import Action

GRAMMAR_FOLDER: Final = Path(__file__).with_name("grammars")

Phrases = tuple[tuple[str, ...], ...]
"""Phrases as their words: `["fai clic", "clicca"]` → `(("fai", "clic"), ("clicca",))`."""


class GrammarError(Exception):
    """A grammar file is malformed."""


@dataclass(frozen=True)
class Grammar:
    """One language's grammar words. Words are lower case (matched on a word's lower-case form with
    `’` read as `'`) unless the field says otherwise."""

    click: Phrases
    select: Phrases
    look: Phrases
    """Cue verbs and phrases, by the action they ask for."""
    cue_links: frozenset[str]
    """Prepositions a cue verb may take before its label (`fai clic su`, `klicken Sie auf`)."""
    skips: frozenset[str]
    """Lower-case words skipped between a cue and its label."""
    cased_skips: frozenset[str]
    """Words skipped as written (German polite pronouns); never the start of a label."""
    roles: dict[str, str]
    """Role words → the English role (`icona` → `icon`)."""
    role_suffixes: dict[str, str]
    """Endings of compound role words (`Optionssymbol`): the first part is the element's name."""
    role_first: bool
    """The role word comes before the label (it, de); else after it (en)."""
    described: Phrases
    """What joins a role word to a lower-case description (`icona delle opzioni`)."""
    instead_of: Phrases
    alternatives: frozenset[str]
    """Conjunctions that offer a label as an alternative to the one before it."""
    stops: frozenset[str]
    """Function words that end an unquoted label (its candidate goes on, but never ends on one)."""
    verb_stops: frozenset[str]
    """Verb forms that end an unquoted label (`angezeigt`); its candidate keeps them."""
    infinitives: frozenset[str]
    """Endings of the infinitive (it: `are ere ire`; fr: `er ir re oir`): a lower-case word with
    one, after a label's first word, ends the label (`Modifica ordine apportare …`); none: no such
    rule (de, en)."""
    title_case: bool
    """Labels are in Title Case: they go on through capitalised words only, and through
    `connectors` only when a capitalised word follows (en)."""
    connectors: frozenset[str]
    see: frozenset[str]
    """`vedi`, `see`: a cross-reference when a capitalised title follows directly, else a look cue."""
    cross_references: Phrases
    """Phrases that point to another article: the rest of the sentence is its title."""
    abbreviations: frozenset[str]
    """Abbreviations whose dot does not end a sentence."""
    elisions: bool
    """Articles and prepositions elide onto the next word (`sull’icona`): cut them off as words."""
    and_words: frozenset[str] = frozenset()
    """Conjunctions that go on with the same action (`… und dann auf X`, `… e poi su X`)."""
    then_words: frozenset[str] = frozenset()
    """Adverbs of sequence (`dann`, `poi`, `then`): with `and_words` or after a comma they make an
    elliptical cue (`Klicken Sie auf A und dann auf B`: B is clicked too)."""
    answers: frozenset[str] = frozenset()
    """The answers a dialog's button starts with before a comma (`Yes, Cancel`, `Sì, annulla`): a
    label that starts with one goes on past the comma to the clause's end."""
    address_cues: Phrases = ()
    """What comes between a service's name and its address (`the Billing Center at`,
    `Centro fatturazione all'indirizzo`): with no address after it, the address is missing."""
    instructions: Phrases = ()
    """Imperatives that open an instruction without introducing a label (`Melden Sie sich`,
    `inserisci`, `enter`): with the cue verbs, what tells a step written as a bullet or a paragraph
    from description (steps.py); the reader does not use them."""
    support_ways: Phrases = ()
    """What says the reader's way is to contact support, an obligation and support's name (`deve
    entrar em contato com o atendimento ao cliente`, `must contact customer care`): a sentence with
    one in an article without steps makes support its way (steps.support_way). An offer of help
    (`Contact Support in this article for help.`) is none."""

    @cached_property
    def cues(self) -> tuple[tuple[Action, Phrases], ...]:
        return (("click", self.click), ("select", self.select), ("look", self.look))

    @cached_property
    def small_words(self) -> frozenset[str]:
        """Words a candidate does not end with (`… piano di` → `… piano`)."""
        joining = {word for phrase in self.described for word in phrase}
        return self.stops | self.skips | self.connectors | self.cue_links | joining


# How a file writes each type of field: a word list is one string (words separated by white space,
# so a long list wraps in a multi-line string), a phrase list an array, a role table a table.
_WRITTEN: Final = {
    "Phrases": "an array of phrases",
    "frozenset[str]": "a string of words separated by spaces",
    "dict[str, str]": "a table of words",
    "bool": "true or false",
}


def _value(path: Path, key: str, kind: str, value: Any) -> Any:
    """The field's value from what the file writes for it."""
    if kind == "Phrases" and isinstance(value, list) and all(isinstance(phrase, str) for phrase in value):
        return tuple(tuple(phrase.split()) for phrase in value if phrase.strip())
    if kind == "frozenset[str]" and isinstance(value, str):
        return frozenset(value.split())
    if kind == "dict[str, str]" and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    raise GrammarError(f"{path.name}: {key} must be {_WRITTEN[kind]}")


def load_grammar(path: Path) -> Grammar:
    """The grammar in this TOML file; GrammarError when a key is missing, unknown or of another type."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    kinds = {field.name: str(field.type) for field in fields(Grammar)}
    unknown = sorted(set(data) - set(kinds))
    if unknown:
        raise GrammarError(f"{path.name}: unknown keys {', '.join(unknown)} (known: {', '.join(kinds)})")
    missing = [field.name for field in fields(Grammar) if field.name not in data and field.default is MISSING]
    if missing:
        raise GrammarError(f"{path.name}: missing keys {', '.join(missing)}")
    return Grammar(**{key: _value(path, key, kinds[key], value) for key, value in data.items()})


GRAMMARS: dict[str, Grammar] = {path.stem: load_grammar(path) for path in sorted(GRAMMAR_FOLDER.glob("*.toml"))}
"""Each language's grammar, by its code (the file's name: `it`, `de`, `en`)."""
