"""Cut an article part's text into tokens, and list the URLs it names.

The tokens are what the reader (reader.py) reads labels from: words (an Italian elision such as
`sull’` is a word of its own, `’` and `'` alike; an abbreviation keeps its dot), quoted stretches
(„…“ „…” "…" “…” «…» »…«; single quotes are apostrophes), URLs, sentence punctuation, commas,
brackets and the sequence arrow `>`. A URL is one token, so it is never part of a label;
`extract_urls` lists the same URLs with their offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .grammar import Grammar

_URL_PATTERN = r"(?i:https?)://[^\s<>\"“”„«»]+"
_QUOTE_PATTERN = r"„[^„“”\"\n]{1,100}[“”\"]|“[^“”\n]{1,100}”|\"[^\"\n]{1,100}\"|«[^«»\n]{1,100}»|»[^«»\n]{1,100}«"
URL_RE = re.compile(_URL_PATTERN)
_URL_TRAILING = ".,;:!?'’)]}"
_URL_OPENING = {")": "(", "]": "[", "}": "{"}


def _trim_url(url: str) -> str:
    """Drop trailing punctuation, and closing brackets the URL did not open (a Wikipedia-style
    `…_(bar)` keeps its own)."""
    while url and url[-1] in _URL_TRAILING:
        opening = _URL_OPENING.get(url[-1])
        if opening is not None and url.count(opening) >= url.count(url[-1]):
            break
        url = url[:-1]
    return url


def extract_urls(text: str) -> list[tuple[str, int]]:
    """Every http(s) URL in the text with its offset; trailing punctuation (.,;:!?) and closing
    brackets/quotes not part of the URL are stripped."""
    urls = []
    for match in URL_RE.finditer(text):
        url = _trim_url(match.group())
        if len(url) > url.index("//") + 2:  # something after the scheme
            urls.append((url, match.start()))
    return urls


@cache
def _pattern(elisions: bool) -> re.Pattern[str]:
    """The tokens' pattern; a language whose articles and prepositions elide onto the next word
    (`sull’icona`) cuts them off as words."""
    elision = r"|(?P<elision>[^\W\d_]+['’](?=[^\W\d_]))" if elisions else ""
    return re.compile(
        rf"(?P<url>{_URL_PATTERN})|(?P<quote>{_QUOTE_PATTERN}){elision}"
        r"|(?P<word>[^\W_](?:[^\W_]|[-'’](?=[^\W_]))*|&)"
        r"|(?P<end>[.;:!?…]+)|(?P<comma>,)|(?P<bracket>[()\[\]{}])|(?P<arrow>[>›→])|(?P<other>\S)"
    )


@dataclass(frozen=True)
class Token:
    """One token of a part's text, with its offsets in the text."""

    kind: str
    """word, quote, url, end (sentence punctuation), comma, bracket, arrow or other."""
    text: str
    """As written; for a quote, the quoted text without quotes and surrounding spaces."""
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.text.lower().replace("’", "'") if self.kind == "word" else ""


def tokenize(text: str, grammar: Grammar) -> list[Token]:
    """The text's tokens, in order, as this language's grammar cuts them."""
    tokens: list[Token] = []
    position = 0
    pattern = _pattern(grammar.elisions)
    while (match := pattern.search(text, position)) is not None:
        kind = match.lastgroup or "other"
        start, end = match.span()
        if kind == "url":
            end = start + len(_trim_url(match.group()))  # the rest is punctuation, read next
            tokens.append(Token("url", text[start:end], start, end))
        elif kind == "quote":
            tokens.append(_quote_token(match.group(), start))
        elif kind in ("word", "elision"):
            if text.startswith(".", end) and text[start : end + 1].lower() in grammar.abbreviations:
                end += 1
            tokens.append(Token("word", text[start:end], start, end))
        else:
            tokens.append(Token(kind, match.group(), start, end))
        position = end
    return tokens


def _quote_token(quoted: str, start: int) -> Token:
    inner = quoted[1:-1]
    label = inner.strip()
    if not label:
        return Token("other", quoted, start, start + len(quoted))
    offset = start + 1 + len(inner) - len(inner.lstrip())
    return Token("quote", label, offset, offset + len(label))
