"""Which language an article, and each of its sentences, is written in: among every language GoTo's
help center publishes, not only those the harness speaks.

The article parser (`billing_e2e.articles`) guesses an article's language from frequent words of
the three languages the harness speaks, so a French or Spanish article reads as Italian and a
Portuguese one as English. Here the language is identified with Lingua (a statistical model of
letter sequences, models shipped in the package, no network) among `HELP_CENTER`:

- **the article**: its title and text, names and addresses taken out, with Lingua's low-accuracy
  mode (trigrams only: a whole article is long enough for it, and its models load in a fraction of
  a second). `ArticleLanguage.spoken` says whether the harness has a vocabulary for it
  (`billing_e2e.domain.LANGUAGES`); an article in another language gets one verdict for the whole
  article (`ArticleLanguage.verdict`), never a finding per sentence.
- **each sentence**: with Lingua's high-accuracy mode (good on short text), so that "this sentence
  is in X" names the right X. A sentence of fewer than `MIN_WORDS` words (after proper names are
  taken out) is not judged, and one is said to be in another language only when Lingua is fairly
  sure of it (`SURE`) and not of the article's (`AT_MOST`).

Loading the high-accuracy models of twelve languages and identifying the five articles' 85 texts
takes 2.9–3.2 s of CPU (1.3–1.6 s with the three languages before; measured 2026-12-06 on the 2
cores under load; 290–330 MB; all 75 of Lingua's languages would take 12 s of CPU and 1.3 GB, too
much for a 2-core machine that also runs the browsers). The load holds Python's interpreter lock,
so `warm_up` identifies every text of a run in a process of its own, the articles' languages first
(the walks wait for those: 0.1 s after the mock started, in a run at load 14), their sentences
next (the comparisons read those once the walks are done).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import re
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from billing_e2e.articles import Article
from billing_e2e.domain import HELP_CENTER_LANGUAGES, LANGUAGES, OLD_BRANDS, product_names

from .grammar import GRAMMARS
from .steps import as_steps
from .tokens import extract_urls

HELP_CENTER: tuple[str, ...] = HELP_CENTER_LANGUAGES
"""What an article or a sentence is identified among (`billing_e2e.domain.HELP_CENTER_LANGUAGES`). A
language added there costs its models' load (about 0.25 s of CPU each)."""

LINGUA: dict[str, Language] = {
    code: Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in HELP_CENTER
}
LANGUAGE_NAMES: dict[str, str] = {code: language.name.capitalize() for code, language in LINGUA.items()}
"""`fr` → `French`: how a finding names a language."""
_CODES = {language: code for code, language in LINGUA.items()}

MIN_WORDS = 5
"""A sentence needs this many words (after proper names are taken out) for its language to be judged."""
SURE = 0.75
"""Lingua's confidence in the other language needed for a finding. Among twelve languages an English
sentence left in an Italian article scores 0.82–0.88 (the rest spread over English's neighbours);
every sentence of the project's articles in their own language scores its own language first."""
AT_MOST = 0.1
"""Lingua's confidence in the article's language above which a sentence is never called foreign."""
ARTICLE_SURE = 0.5
"""Lingua's confidence needed to name an article's language (a whole article is rarely below 0.9)."""

# Names every language writes the same: the services' names as the articles write them.
PROPER_NAMES: tuple[str, ...] = ("Corporate Billing Portal", "Billing Center", "GoTo")

# A sentence ends at . ! ? before a capital letter, or at the full stops of Chinese and Japanese.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"„“«(]?[A-ZÀ-Ý])|(?<=[。！？])\s*(?=\S)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_QUOTED = re.compile(r"„[^„“”\"]*[“”\"]|“[^“”]*”|\"[^\"]*\"|«[^«»]*»|»[^«»]*«")

Confidences = dict[str, float]
"""Lingua's confidence per language code that a text is in that language."""

READ: tuple[str, ...] = tuple(code for code in LANGUAGES if code in GRAMMARS)
"""The languages whose articles are checked: the harness's languages (vocabulary, features) that
also have a grammar of their steps; an article in another is one "not checked" verdict."""


# --- the detectors --------------------------------------------------------------------------------

_LOADING = threading.Lock()


@cache
def _build(accurate: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LINGUA.values())
    if not accurate:
        builder = builder.with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def _detector(accurate: bool) -> LanguageDetector:
    with _LOADING:  # one load, whichever thread asks first
        return _build(accurate)


def _confidences(text: str, accurate: bool = True) -> Confidences:
    values = _detector(accurate).compute_language_confidence_values(text)
    return {_CODES[value.language]: value.value for value in values}


# --- what is judged -------------------------------------------------------------------------------


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) of each sentence of the text; a URL's dots never end one."""
    masked = text
    for url, start in extract_urls(text):
        masked = masked[:start] + "x" * len(url) + masked[start + len(url) :]
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        if match.start() <= start or not text[start : match.start()].strip():
            continue
        yield start, text[start : match.start()].strip()
        start = match.end()
    if text[start:].strip():
        yield start, text[start:].strip()


def without_names(text: str) -> str:
    """The text without what every language writes the same: addresses, quoted labels, product
    and service names, the brands."""
    for url, _ in extract_urls(text):
        text = text.replace(url, " ")
    text = _QUOTED.sub(" ", text)
    for name in (*product_names(), *PROPER_NAMES, *OLD_BRANDS):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def _enough(text: str) -> bool:
    # Chinese and Japanese write no spaces: each character counts as a word there.
    return len(_WORD.findall(text)) + len(_CJK.findall(text)) >= MIN_WORDS


def judged_text(sentence: str) -> str | None:
    """What of the sentence is judged for its language (its names taken out); None when too short."""
    text = without_names(sentence)
    return text if _enough(text) else None


def _judged_texts(text: str) -> Iterator[str]:
    for _, sentence in sentences(text):
        judged = judged_text(sentence)
        if judged is not None:
            yield judged


def _article_text(article: Article) -> str:
    return without_names("\n".join((article.title, *(part.text for part in article.parts))))


# --- one process identifies a run's texts ---------------------------------------------------------

# Module state, as the loaded models above are: what warm_up's process identified.
_identified: dict[tuple[bool, str], Confidences] = {}
"""(accurate, text) → its confidences, as warm_up's process identified them."""
_identifying: list[Future[dict[tuple[bool, str], Confidences]]] = []
_sent: set[tuple[bool, str]] = set()
"""Texts sent to be identified (each once, whoever calls warm_up)."""


def _identify_all(texts: list[tuple[bool, str]]) -> dict[tuple[bool, str], Confidences]:
    """Run in warm_up's process: the models load there, and every text is identified."""
    return {(accurate, text): _confidences(text, accurate) for accurate, text in texts}


def warm_up(articles: Sequence[Article] = ()) -> None:
    """Identify the languages of the articles, then of their sentences, in a process of their own,
    while the mock and the browsers start and the walks run: Lingua's models take seconds to load
    and hold Python's interpreter lock while they do, so loading them here would stop every thread
    of the check. Texts not identified there (or all, if that process fails) are identified here
    when asked. The articles' language is not known yet, so their sentences are taken as the check
    may ask for them whatever it turns out to be: as written (a language without grammar), and read
    by `steps.as_steps` in each language the check reads (a bullet's marker and its wrapped line
    are not sentences of their own there)."""
    whole = [(False, _article_text(article)) for article in articles]
    read = [
        version
        for article in articles
        for version in (article, *(as_steps(replace(article, language=code)) for code in LANGUAGES))
    ]
    every = {text for article in read for text in (article.title, *(part.text for part in article.parts))}
    sentence_texts = [(True, judged) for text in every for judged in _judged_texts(text)]
    pool: ProcessPoolExecutor | None = None
    for batch in (whole, sentence_texts):
        todo = sorted(set(batch) - _sent)
        if not todo:
            continue
        _sent.update(todo)
        if pool is None:
            pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        _identifying.append(pool.submit(_identify_all, todo))
    if pool is not None:
        pool.shutdown(wait=False)  # the process ends once its tasks are done


def _known_confidences(text: str, accurate: bool = True) -> Confidences:
    key = (accurate, text)
    # The tasks finish in order: wait only until this text's is done.
    while key not in _identified and _identifying:
        # If that process failed, its texts are identified here instead, one by one.
        with contextlib.suppress(OSError, BrokenProcessPool):
            _identified.update(_identifying.pop(0).result())
    known = _identified.get(key)
    return known if known is not None else _confidences(text, accurate)


# --- the verdicts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleLanguage:
    """The language an article is written in, as identified among the help center's."""

    code: str | None
    """ISO 639-1 code (`fr`); None when no language could be told (too little text)."""
    confidence: float

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.code or "", self.code or "an unknown language")

    @property
    def spoken(self) -> bool:
        """The harness has a vocabulary for this language and the check a grammar of its steps
        (`grammars/<code>.toml`), so the article can be checked."""
        return self.code in READ

    @property
    def verdict(self) -> str | None:
        """The one verdict for an article the check cannot read (None when it can)."""
        if self.spoken:
            return None
        spoken = ", ".join(LANGUAGE_NAMES.get(code, code) for code in READ)
        if self.code is None:
            return (
                "The article's language could not be identified (too little text); the check reads "
                f"{spoken} only: not checked."
            )
        if self.code in LANGUAGES:
            # A language of the harness whose steps the check cannot read yet: the product speaks
            # it, but a step's words would be guessed (no grammar file), so nothing is claimed.
            return (
                f"Written in {self.name}; the check has no grammar of {self.name} steps "
                f"(article_check/grammars/{self.code}.toml; it reads {spoken}): not checked."
            )
        return f"Written in {self.name}; the check has no {self.name} vocabulary (it reads {spoken}): not checked."


def article_language(article: Article) -> ArticleLanguage:
    """The language the article is written in, among the help center's (`HELP_CENTER`)."""
    text = _article_text(article)
    if not _enough(text):
        return ArticleLanguage(None, 0.0)
    values = _known_confidences(text, accurate=False)
    best = max(values, key=lambda code: values[code])
    if values[best] < ARTICLE_SURE:
        return ArticleLanguage(None, values[best])
    return ArticleLanguage(best, values[best])


def identified(article: Article) -> Article:
    """The article with the language it is written in (`article_language`), in place of the one
    the parser guessed among the three the harness speaks; unchanged when none could be told."""
    found = article_language(article)
    if found.code is None or found.code == article.language:
        return article
    return replace(article, language=found.code)


def read_article(article: Article) -> Article:
    """The article as the check reads it: in the language it is written in (`identified`) and, in a
    language the check reads, with its steps however written (`steps.as_steps`)."""
    found = identified(article)
    return as_steps(found) if article_language(found).spoken else found


def likeliest_language(sentence: str) -> str | None:
    """The language Lingua ranks first for the sentence, however unsure; None when too short to
    judge. Only for a sentence something else already points to (`prose.foreign_sentences`)."""
    text = judged_text(sentence)
    if text is None:
        return None
    values = _known_confidences(text)
    return max(values, key=lambda code: values[code])


def sentence_language(sentence: str, article_language: str) -> str | None:
    """The language the sentence is clearly written in, when it is not the article's; else None."""
    text = judged_text(sentence)
    if text is None:
        return None
    values = _known_confidences(text)
    best = max(values, key=lambda code: values[code])
    if best != article_language and values[best] >= SURE and values.get(article_language, 0.0) <= AT_MOST:
        return best
    return None
