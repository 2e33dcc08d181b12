"""The structure of the pages the help articles describe, as aria snapshot templates
(`structure.toml`), rendered for one locale from the vocabulary.

The templates say which controls a page has and where ("the options icon" is a button inside the
subscription's card), in Playwright's aria snapshot syntax; `{key}` stands for a vocabulary label,
so the templates hold no words of their own and a renamed label fails here exactly as it fails
the page object that looks for it. `fixtures/structure.py` checks them with `--aria-snapshots`.

    templates = structure_templates()                        # or structure_templates(path)
    checkout = templates["checkout"]
    checkout.is_shown_by(["Completa transazione"], vocab)    # the page's level-1 heading
    checkout.render(vocab)                                  # the template for Playwright's expect
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from billing_e2e.domain import LANGUAGES

from .base import exactly, titled
from .vocabulary import Vocabulary

STRUCTURE_FILE: Final = Path(__file__).with_name("structure.toml")
_FORMS: Final = ("", "titled")
_ONE_FIELD: Final = re.compile(r"\{\w+(?::\w+)?\}")


class StructureError(Exception):
    """structure.toml is malformed or names a label the vocabulary lacks."""


def _pattern(vocab: Vocabulary, key: str, form: str) -> re.Pattern[str]:
    label = vocab[key]
    return titled(label, None) if form == "titled" else exactly(label)


def _as_aria_regex(pattern: re.Pattern[str]) -> str:
    """A name pattern in the aria template syntax: /…/, case-insensitive through the (?i:…)
    group the browser's regular expressions understand (a template takes no flags)."""
    case = "(?i:" if pattern.flags & re.IGNORECASE else "(?:"
    return f"/{case}{pattern.pattern})/"


@dataclass(frozen=True)
class StructureTemplate:
    """One page's template: how to tell the page (its level-1 heading) and what it must contain."""

    page: str
    title: str
    parts: tuple[str, ...]
    snapshot: str

    def fields(self) -> list[tuple[str, str]]:
        """The (vocabulary key, form) pairs the title and the snapshot use."""
        return _fields(self.title) + _fields(self.snapshot)

    def is_shown_by(self, headings: Sequence[str], vocab: Vocabulary) -> bool:
        """Whether a page whose level-1 headings are `headings` is this page."""
        [(key, form)] = _fields(self.title)
        pattern = _pattern(vocab, key, form)
        return any(pattern.search(heading) for heading in headings)

    def render(self, vocab: Vocabulary) -> str:
        """The aria snapshot template for `vocab`'s locale."""
        rendered = ""
        for literal, name, spec, _ in string.Formatter().parse(self.snapshot):
            rendered += literal
            if name is not None:
                rendered += _as_aria_regex(_pattern(vocab, name, spec or ""))
        return rendered.strip("\n") + "\n"


def _fields(text: str) -> list[tuple[str, str]]:
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name is not None]


def _template(path: Path, page: str, table: object) -> StructureTemplate:
    if not isinstance(table, dict):
        raise StructureError(f"{path}: [{page}] must be a table")
    try:
        title, parts, snapshot = table["title"], table["parts"], table["snapshot"]
    except KeyError as missing:
        raise StructureError(f"{path}: [{page}] has no {missing.args[0]!r}") from None
    if not (isinstance(title, str) and isinstance(snapshot, str) and isinstance(parts, list)):
        raise StructureError(f"{path}: [{page}]: title and snapshot are strings, parts a list")
    template = StructureTemplate(page, title, tuple(str(part) for part in parts), snapshot)
    if not _ONE_FIELD.fullmatch(title):
        raise StructureError(f"{path}: [{page}] title must be one {{key}} of the vocabulary")
    for key, form in template.fields():
        if form not in _FORMS:
            raise StructureError(f"{path}: [{page}] {{{key}:{form}}}: forms are {', '.join(_FORMS)}")
    return template


@cache
def structure_templates(path: Path = STRUCTURE_FILE) -> dict[str, StructureTemplate]:
    """Every page's template, by page name; StructureError for a malformed file or a key the
    vocabulary of a locale lacks."""
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise StructureError(f"{path}: {error}") from error
    templates = {page: _template(path, page, table) for page, table in tables.items()}
    for template in templates.values():
        for lang in LANGUAGES:
            vocab = Vocabulary.for_locale(lang)
            unknown = sorted({key for key, _ in template.fields() if key not in vocab.labels})
            if unknown:
                raise StructureError(f"{path}: [{template.page}] names labels the {lang!r} vocabulary lacks: {unknown}")
    return templates


def page_of(
    headings: Sequence[str], vocab: Vocabulary, templates: Mapping[str, StructureTemplate]
) -> StructureTemplate | None:
    """The template of the page whose level-1 headings are `headings`, if the articles describe it."""
    return next((t for t in templates.values() if t.is_shown_by(headings, vocab)), None)
