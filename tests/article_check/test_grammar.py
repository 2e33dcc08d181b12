"""The grammar files (`article_check.grammar`, `grammars/*.toml`) and the tokens they cut (`article_check.tokens`).

- Each language's file is loaded into its Grammar: phrases as words, word lists as sets.
- A file with a key missing, unknown or of another type is refused, naming the file and the key.
- A language is its file: the reader reads labels with a grammar loaded from any file.
- Tokens: an Italian elision is a word of its own (in Italian only), an abbreviation keeps its dot,
  a quote is one token without its quotes, a URL one token without the sentence's full stop.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from article_check.grammar import GRAMMAR_FOLDER, GRAMMARS, GrammarError, load_grammar
from article_check.language import ArticleLanguage
from article_check.reader import Reader
from article_check.tokens import tokenize
from billing_e2e.articles import ArticlePart
from billing_e2e.domain import LANGUAGES

pytestmark = pytest.mark.unit

ENGLISH = (GRAMMAR_FOLDER / "en.toml").read_text(encoding="utf-8")


def test_each_language_is_loaded_from_its_file() -> None:
    # A grammar is for a language of the data; a language of the data without one is checked by
    # no article (its articles get one "not checked" verdict: test_language.py).
    assert set(GRAMMARS) <= set(LANGUAGES), "a grammar for a language the harness does not speak"
    german = GRAMMARS["de"]
    assert german.click[:2] == (("klicken", "sie"), ("klicke",))  # a phrase is its words
    assert [(action, len(phrases)) for action, phrases in german.cues] == [("click", 8), ("select", 3), ("look", 2)]
    assert german.cased_skips == {"Sie", "Ihre", "Ihren", "Ihr", "Ihrem", "Ihrer", "Ihres"}
    assert (german.roles["schaltfläche"], german.role_suffixes, german.described) == ("button", {"symbol": "icon"}, ())
    italian = GRAMMARS["it"]
    assert (italian.role_first, italian.elisions, italian.title_case) == (True, True, False)
    assert (italian.infinitives, GRAMMARS["de"].infinitives) == (frozenset({"are", "ere", "ire"}), frozenset[str]())
    assert italian.stops >= {"per", "nell'", "è"}
    assert not italian.stops & {"al", "la", "il"}  # `Aggiungi al carrello`, `Completa la transazione`
    # A candidate does not end on a small word: stops, skips, connectors, prepositions, joining words.
    assert GRAMMARS["en"].small_words == GRAMMARS["en"].stops | {"&", "into", "your"}


def write(tmp_path: Path, text: str, name: str = "xx.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (("elisions = false\n", "elisions = false\nplurals = true\n"), "xx.toml: unknown keys plurals (known: click, "),
        (('see = "see"\n', ""), "xx.toml: missing keys see"),
        (("elisions = false", 'elisions = "no"'), "xx.toml: elisions must be true or false"),
        (('cue_links = "on to into"', 'cue_links = ["on"]'), "xx.toml: cue_links must be a string of words"),
        (('click = ["click", ', "click = [1, "), "xx.toml: click must be an array of phrases"),
    ],
    ids=["unknown", "missing", "bool", "words", "phrases"],
)
def test_a_malformed_file_is_refused_naming_it_and_the_key(tmp_path: Path, change: tuple[str, str], error: str) -> None:
    old, new = change
    assert ENGLISH.count(old) == 1
    with pytest.raises(GrammarError) as refused:
        load_grammar(write(tmp_path, ENGLISH.replace(old, new)))
    assert str(refused.value).startswith(error)


def test_a_language_is_its_file(tmp_path: Path) -> None:
    # English with another cue verb and another role word: nothing else is needed to read it.
    text = ENGLISH.replace('click = ["click", ', 'click = ["hit", "click", ').replace(
        'button = "button"', 'knob = "button"'
    )
    grammar = load_grammar(write(tmp_path, text))
    roles = {("knob" if word == "button" else word): role for word, role in GRAMMARS["en"].roles.items()}
    assert grammar == replace(GRAMMARS["en"], click=(("hit",), *GRAMMARS["en"].click), roles=roles)
    step = ArticlePart("1.1", "step", 1, "Hit the Save knob, then click Done.")
    read = [(m.text, m.action, m.role_hint) for m in Reader(step, grammar).read()]
    assert read == [("Save", "click", "button"), ("Done", "click", None)]
    assert [m.text for m in Reader(step, GRAMMARS["en"]).read()] == ["Done"]


def tokens(text: str, language: str) -> list[tuple[str, str]]:
    return [(token.kind, token.text) for token in tokenize(text, GRAMMARS[language])]


def test_tokens_of_each_kind() -> None:
    assert tokens("Fai clic sull’icona „Opzioni“ > Modifica.", "it") == [
        ("word", "Fai"),
        ("word", "clic"),
        ("word", "sull’"),
        ("word", "icona"),
        ("quote", "Opzioni"),
        ("arrow", ">"),
        ("word", "Modifica"),
        ("end", "."),
    ]
    assert tokens("Fai clic sull’icona", "en")[-1] == ("word", "sull’icona")  # English does not elide
    assert tokens("Wählen Sie ggf. Kaufen, oder Testen.", "de") == [
        ("word", "Wählen"),
        ("word", "Sie"),
        ("word", "ggf."),
        ("word", "Kaufen"),
        ("comma", ","),
        ("word", "oder"),
        ("word", "Testen"),
        ("end", "."),
    ]
    assert tokens("Go to https://billing.goto.com.", "en")[2:] == [("url", "https://billing.goto.com"), ("end", ".")]


def test_a_language_without_a_grammar_is_one_not_checked_verdict() -> None:
    for code in LANGUAGES:
        language = ArticleLanguage(code, 1.0)
        if code in GRAMMARS:
            assert language.spoken, code
            assert language.verdict is None, code
        else:
            assert not language.spoken, code
            assert f"grammars/{code}.toml" in (language.verdict or ""), code
    unknown = ArticleLanguage("nl", 1.0)
    assert "no Dutch vocabulary" in (unknown.verdict or "")
