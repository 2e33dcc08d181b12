"""Find the UI labels a help article tells the reader to click, select or look at, and the URLs it names.

What the article check reads in a part, in one place for its callers: `extract_mentions` reads the
labels by the language's grammar words (grammar.py, `grammars/<language>.toml`) from the part's
tokens (tokens.py) with the rules of reader.py; `extract_urls` lists the addresses (tokens.py:
a URL is one token, so it is never part of a label).
"""

from __future__ import annotations

from article_check.model import Mention
from billing_e2e.articles import ArticlePart

from .grammar import GRAMMARS
from .reader import Reader
from .tokens import extract_urls

__all__ = ["extract_mentions", "extract_urls"]


def extract_mentions(part: ArticlePart, language: str) -> list[Mention]:
    """UI labels in this part, in reading order. language: 'it' | 'de' | 'en'."""
    grammar = GRAMMARS.get(language)
    if grammar is None:
        raise ValueError(f"no grammar for language {language!r} (known: {', '.join(GRAMMARS)})")
    return Reader(part, grammar).read()
