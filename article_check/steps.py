"""An article's steps however they are written, and what each asks the reader to do.

The parser (`billing_e2e.articles`) makes steps of numbered paragraphs only (`3. Fai clic …`). The
help center also writes steps as bullets (`- Sign in …`, `• …`, `* …`) and as plain paragraphs
(`Sign in to the Billing Center, then click …`); read as the parser reads them, such an article
has no step at all, and a check would pass it with nothing compared. `as_steps` reads them:

- an article with numbered steps is left as it is;
- else its bullets that give an instruction are its steps: a sentence or a clause of the bullet
  opens with a cue verb or an imperative of the language's grammar (`click`, `Wählen Sie`,
  `Melden Sie sich`, `accedi`; `instructions` in `grammars/`), after an adverb of sequence
  (`then`) if any; a bullet that describes (`- Visa`, `- Only one payment method …`) is not one;
- else the paragraphs that give such an instruction and name a label or an address are;
- between bulleted steps, a paragraph that is not a box goes on the step before it (the bullet's
  text wrapped onto the next line), as the parser does for numbered steps, and so does a
  paragraph right after a step that starts in lower case; between steps written as paragraphs,
  a paragraph that gives no instruction stays a part of its own (it describes: `Having
  trouble?`);
- every part keeps the parser's id (`005.intro-4` read as step 2): the scenarios' `@verifies`
  tags and the traceability matrix name parts by it.

`intentions` reads what a step asks, in order: open an address, click or select a named control,
fill a named field, review a named page (from the labels the reader finds, `extract`).
`read_steps` gives both for a whole article. An article in a language without grammar has no
steps read here: it is not checked (language.py says so for the whole article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from billing_e2e.articles import Article, ArticlePart
from pages import Vocabulary

from .extract import extract_mentions, extract_urls
from .grammar import GRAMMARS, Grammar, Phrases
from .model import Intention, IntentionKind, Mention
from .tokens import tokenize

NO_STEPS = "no steps read: the check could not read this article's steps"
"""The verdict's reason for an article whose steps could not be read (`check_error`)."""

BULLET = re.compile(r"^\s*[-–—•*·▪◦‣]\s+(?=\S)")
"""A bullet's marker, as plain text keeps it (Markdown and HTML lose theirs on parsing)."""

_CLAUSE_ENDS = frozenset({"end", "comma", "bracket"})


def bullet_text(text: str) -> str | None:
    """The text of a bullet without its marker; None when the text is not a bullet."""
    match = BULLET.match(text)
    return text[match.end() :] if match else None


def _starts(keys: list[str], i: int, phrases: Phrases) -> bool:
    return any(tuple(keys[i : i + len(phrase)]) == phrase for phrase in phrases)


def instructs(text: str, grammar: Grammar) -> bool:
    """Whether a sentence or a clause of the text opens with a cue verb or an imperative (after an
    adverb of sequence or a conjunction, if any): `Sign in …`, `…, then click …`."""
    tokens = tokenize(text, grammar)
    keys = [token.key for token in tokens]
    openers = (*grammar.click, *grammar.select, *grammar.look, *grammar.instructions)
    starts = [0, *(i + 1 for i, token in enumerate(tokens) if token.kind in _CLAUSE_ENDS)]
    for start in starts:
        i = start
        while i < len(keys) and keys[i] in grammar.then_words | grammar.and_words:
            i += 1
        if i < len(keys) and tokens[i].kind == "word" and _starts(keys, i, openers):
            return True
    return False


def _names_something(part: ArticlePart, language: str) -> bool:
    return bool(extract_urls(part.text)) or bool(extract_mentions(part, language))


def _bullet_steps(parts: list[ArticlePart], grammar: Grammar) -> list[int]:
    return [
        index
        for index, part in enumerate(parts)
        if part.kind in ("intro", "after") and (text := bullet_text(part.text)) is not None and instructs(text, grammar)
    ]


_SENTENCE_END = re.compile(r"[.!?:;)»”\"']\s*$")


def _sentence(text: str) -> bool:
    """A paragraph that ends like a sentence: a line without (`Accedi al Centro fatturazione` in a
    list of an index's topics) is a heading, not an instruction, unless the next line goes on with
    it (a wrapped line, in lower case)."""
    return bool(_SENTENCE_END.search(text)) or bool(extract_urls(text))


def _asks_for_a_control(part: ArticlePart, language: str) -> bool:
    """The paragraph asks to click or select a named label: an instruction even when it lost its
    full stop (a bullet's `- Sélectionnez Passer la commande`), unlike an index line that names a
    place to look at (`Accedi al Centro fatturazione`)."""
    return any(mention.action in ("click", "select") for mention in extract_mentions(part, language))


def _instructs_in_another_language(text: str, grammar: Grammar) -> bool:
    """The paragraph opens an instruction in another language the check reads (`Sign in to the
    Billing Center at …` among French steps): a step left untranslated is still a step, counted in
    the article's numbering; its language is a finding of its own (prose.py)."""
    return any(instructs(text, other) for other in GRAMMARS.values() if other is not grammar)


def _prose_steps(parts: list[ArticlePart], grammar: Grammar, language: str) -> list[int]:
    return [
        index
        for index, part in enumerate(parts)
        if part.kind in ("intro", "after")
        and (
            _sentence(part.text)
            or (index + 1 < len(parts) and _wraps(parts[index + 1]))
            or _asks_for_a_control(part, language)
        )
        and (
            instructs(part.text, grammar)
            or (_sentence(part.text) and _instructs_in_another_language(part.text, grammar))
        )
        and _names_something(part, language)
    ]


_HEADING_WORDS = 8
"""At most this many words in a line that titles a section (no sentence end)."""


def support_way(article: Article) -> str | None:
    """What gives support as the article's way, in an article without steps: a section heading (a
    short line without a sentence end) that opens with the vocabulary's Contact Support (`Contact
    support to cancel`), or a sentence that says the reader must contact support (the grammar's
    `support_ways`: `você deve entrar em contato com o Atendimento ao Cliente`); that heading or
    sentence, else None. (`Contact Support in this article for help.` offers help: not the way.)"""
    grammar = GRAMMARS.get(article.language)
    if grammar is None or any(part.kind == "step" for part in article.parts):
        return None
    label = Vocabulary.for_locale(article.language).get("contact_support")
    for part in article.parts:
        text = part.text.strip()
        heading = len(text.split()) <= _HEADING_WORDS and not _sentence(text)
        if label is not None and heading and text.casefold().startswith(label.casefold()):
            return text
    for part in article.parts:
        for sentence in re.split(r"(?<=[.!?])\s+", part.text.strip()):
            keys = [token.key for token in tokenize(sentence, grammar)]
            if any(_starts(keys, i, grammar.support_ways) for i in range(len(keys))):
                return sentence
    return None


def _wraps(part: ArticlePart) -> bool:
    """The paragraph starts in lower case: the line before it wrapped (plain text keeps each line
    of the article as a paragraph of its own)."""
    text = bullet_text(part.text) or part.text
    return text[:1].islower()


def as_steps(article: Article) -> Article:
    """The article with its bullets or paragraphs that give instructions as its steps (see the
    module); the article itself when it has numbered steps, or none of either kind could be read.
    Every part keeps the parser's id (the scenarios' `@verifies` tags and the traceability matrix
    name parts by it): a bullet read as step 2 is still `005.intro-4`, with kind `step` and number 2."""
    grammar = GRAMMARS.get(article.language)
    if grammar is None or any(part.kind == "step" for part in article.parts):
        return article
    parts = article.parts
    found = _bullet_steps(parts, grammar)
    bulleted = bool(found)  # a bullet's text goes on in the paragraphs up to the next bullet
    found = found or _prose_steps(parts, grammar, article.language)
    if not found:
        return article
    last = found[-1]
    read: list[ArticlePart] = []
    for index, part in enumerate(parts):
        step = read[-1] if read and read[-1].kind == "step" else None
        goes_on = part.kind in ("intro", "after") and (_wraps(part) or (bulleted and index < last))
        if step is not None and goes_on and (index not in found or _wraps(part)):
            # More of the step before it: a wrapped line.
            read[-1] = replace(step, text=f"{step.text} {bullet_text(part.text) or part.text}")
        elif index in found:
            number = sum(1 for p in read if p.kind == "step") + 1
            read.append(replace(part, kind="step", number=number, text=bullet_text(part.text) or part.text))
        else:
            read.append(part)
    return replace(article, parts=read)


_ACTION_INTENTIONS: dict[str, IntentionKind] = {"click": "click", "select": "select"}


def _intention(mention: Mention) -> IntentionKind:
    kind = _ACTION_INTENTIONS.get(mention.action)
    if kind is not None:
        return kind
    return "fill" if mention.role_hint == "field" else "review"


def intentions(part: ArticlePart, language: str) -> list[Intention]:
    """What the part asks the reader to do, in the order it says it: the addresses to open and the
    labels to click, select, fill or review. None in a language without grammar."""
    if language not in GRAMMARS:
        return []
    found = [Intention("open", url, part.id, start) for url, start in extract_urls(part.text)]
    found += [
        Intention(_intention(mention), mention.text, part.id, mention.start, mention)
        for mention in extract_mentions(part, language)
    ]
    return sorted(found, key=lambda intention: intention.start)


@dataclass(frozen=True)
class ReadStep:
    """One step of an article as the check reads it."""

    part: ArticlePart
    intentions: tuple[Intention, ...]


def read_steps(article: Article) -> list[ReadStep]:
    """The article's steps (numbered, bulleted or in prose: `as_steps`) with what each asks, in
    order; empty when no step could be read (an error of the check, never a pass). The article's
    language is taken as given: the check passes it through `language.identified` first."""
    read = as_steps(article)
    return [ReadStep(part, tuple(intentions(part, read.language))) for part in read.parts if part.kind == "step"]
