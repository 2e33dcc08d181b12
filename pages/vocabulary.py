"""The harness's vocabulary: the Billing Center's UI labels per locale, from `vocabulary.toml`.

The labels are the help articles' words (see the TOML file's header): the harness's own
expectation, never read from the product or the mock, so a renamed control fails the scenario
that looks for it. Page objects locate controls by role and these names; steps use `key_for` to
check that the label quoted in a Gherkin step is the one the harness knows.

    vocab = Vocabulary.for_locale("it")
    vocab["edit_subscription"]          # 'Modifica sottoscrizione'
    vocab.edit_subscription             # the same
    vocab.format("buy_product_title", product="OpenVoice")   # 'Acquista OpenVoice'
    vocab.key_for("Modifica sottoscrizione")                 # 'edit_subscription'
"""

from __future__ import annotations

import difflib
import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Final

from billing_e2e.domain import BABEL_LOCALES, BROWSER_LOCALES, LANGUAGES, Language, data_files, language_of_locale

VOCABULARY_FILE: Final = Path(__file__).with_name("vocabulary.toml")
_PROVENANCE_TABLE: Final = "not_from_articles"
_QUOTES: Final = "\"'«»„“”‚‘’ "


class VocabularyError(Exception):
    """vocabulary.toml is malformed, or a locale the harness does not speak was asked for."""


class UnknownLabelError(KeyError, AttributeError):
    """A key the vocabulary does not have. A KeyError for `vocab[key]`, an AttributeError for `vocab.key`."""

    def __init__(self, locale: str, key: str, known: list[str]) -> None:
        super().__init__(key)
        self.locale = locale
        self.key = key
        self.known = known

    def __str__(self) -> str:
        close = difflib.get_close_matches(self.key, self.known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return f"the {self.locale!r} vocabulary (pages/vocabulary.toml) has no label {self.key!r}{hint}"


def normalize_locale(locale: str) -> Language:
    """'it', 'it_IT', 'it-IT' → 'it'; VocabularyError for a language the harness does not speak."""
    try:
        return language_of_locale(locale)
    except ValueError:
        raise VocabularyError(
            f"no vocabulary for locale {locale!r}; the harness speaks {', '.join(LANGUAGES)}"
        ) from None


def _normalized(label: str) -> str:
    """How labels are compared: surrounding quotes dropped, white space collapsed, case folded."""
    return " ".join(label.strip().strip(_QUOTES).split()).casefold()


def _placeholders(label: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(label) if name]


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The labels of one locale. Build it with `Vocabulary.for_locale(locale)` (cached)."""

    locale: Language
    labels: Mapping[str, str]
    not_from_articles: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def for_locale(cls, locale: str) -> Vocabulary:
        """The vocabulary of `locale` ('it', 'de', 'en'; 'it_IT' and 'it-IT' work too), loaded once."""
        return _load(normalize_locale(locale))

    # --- lookups -----------------------------------------------------------------------------

    def __getitem__(self, key: str) -> str:
        try:
            return self.labels[key]
        except KeyError:
            raise UnknownLabelError(self.locale, key, sorted(self.labels)) from None

    def __getattr__(self, name: str) -> str:
        # Only called for names that are not attributes; private names are never labels (and
        # copy/pickle probe them before the fields exist).
        if name.startswith("_"):
            raise AttributeError(name)
        labels: Mapping[str, str] | None = self.__dict__.get("labels")
        if labels is None:
            raise AttributeError(name)
        return self[name]

    def __contains__(self, key: object) -> bool:
        return key in self.labels

    def __iter__(self) -> Iterator[str]:
        return iter(self.labels)

    def __len__(self) -> int:
        return len(self.labels)

    def get(self, key: str, default: str | None = None) -> str | None:
        """The label of `key`, or `default` when the vocabulary has no such key."""
        return self.labels.get(key, default)

    def keys(self) -> list[str]:
        """The element keys, in the order of vocabulary.toml."""
        return list(self.labels)

    def format(self, key: str, **values: str) -> str:
        """A label with placeholders filled in: `format("buy_product_title", product="OpenVoice")`."""
        label = self[key]
        missing = set(_placeholders(label)) - values.keys()
        if missing:
            raise VocabularyError(f"{self.locale} label {key!r} ({label!r}) needs {', '.join(sorted(missing))}")
        return label.format(**values)

    def from_articles(self, key: str) -> bool:
        """True when the label is the articles' word; False when it is the mock's current wording."""
        _ = self[key]  # an unknown key is an error, not "not from the articles"
        return key not in self.not_from_articles

    def keys_for(self, label: str) -> list[str]:
        """Every key whose label is `label` (case, white space and surrounding quotes ignored)."""
        wanted = _normalized(label)
        found: list[str] = []
        for key, text in self.labels.items():
            if _placeholders(text):
                if _template_pattern(text).fullmatch(wanted):
                    found.append(key)
            elif _normalized(text) == wanted:
                found.append(key)
        return found

    def key_for(self, label: str) -> str | None:
        """The key whose label is `label`, or None. Where two elements share a word (Italian
        «Modifica» is both `change` and `edit`), the first in vocabulary.toml; see `keys_for`."""
        found = self.keys_for(label)
        return found[0] if found else None

    @property
    def babel_locale(self) -> str:
        """The Babel locale whose formats the pages use ('it_IT', 'de_DE', 'en_US')."""
        return BABEL_LOCALES[self.locale]

    @property
    def browser_locale(self) -> str:
        """The browser locale a context needs for pages shown before sign-in ('it-IT', ...)."""
        return BROWSER_LOCALES[self.locale]


@cache
def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[a-z_]+\}", _normalized(template))
    return re.compile(".+".join(re.escape(part) for part in parts))


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise VocabularyError(f"{path}: {error}") from error


@cache
def _documents() -> dict[str, tuple[Path, dict[str, object], list[object]]]:
    """Locale → (the file its table is in, the table, its [not_from_articles] list): this folder's
    vocabulary.toml, then the `vocabulary.toml` of each folder of more language data
    (`billing_e2e.domain.EXTRA_DATA_DIRS`), which may add languages but not redefine one."""
    tables: dict[str, tuple[Path, dict[str, object], list[object]]] = {}
    for path in (VOCABULARY_FILE, *data_files(VOCABULARY_FILE.name)):
        document = _read(path)
        provenance = document.pop(_PROVENANCE_TABLE, {})
        if not isinstance(provenance, dict):
            raise VocabularyError(f"{path}: [{_PROVENANCE_TABLE}] must be a table")
        for locale, table in document.items():
            if locale in tables:
                raise VocabularyError(f"{path}: [{locale}] is already defined in {tables[locale][0]}")
            if not isinstance(table, dict):
                raise VocabularyError(f"{path}: [{locale}] must be a table of labels")
            listed = provenance.get(locale, [])
            tables[locale] = (path, table, listed if isinstance(listed, list) else [listed])
    return tables


@cache
def _load(locale: Language) -> Vocabulary:
    if locale not in _documents():
        files = ", ".join(str(path) for path in (VOCABULARY_FILE, *data_files(VOCABULARY_FILE.name)))
        raise VocabularyError(f"{files}: no [{locale}] table")
    path, table, listed = _documents()[locale]
    if not table:
        raise VocabularyError(f"{path}: no [{locale}] table")
    labels: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise VocabularyError(f"{path}: [{locale}] {key} must be a non-empty string")
        labels[key] = value
    if not all(isinstance(key, str) for key in listed):
        raise VocabularyError(f"{path}: [{_PROVENANCE_TABLE}] {locale} must be a list of keys")
    keys = {str(key) for key in listed}
    unknown = sorted(keys - labels.keys())
    if unknown:
        raise VocabularyError(f"{path}: [{_PROVENANCE_TABLE}] {locale} lists unknown keys {unknown}")
    return Vocabulary(locale=locale, labels=MappingProxyType(labels), not_from_articles=frozenset(keys))
