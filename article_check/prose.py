"""What an article's own text says, whatever the UI shows: its language sentence by sentence, the
brand and product names it writes, and the hosts it links.

- **Language**: each sentence's language is identified with Lingua (a statistical model of
  letter sequences, good on short text), restricted to the languages the harness speaks. A
  sentence clearly in another language than the article's (`However, other billing contacts …`
  in an Italian article) is a finding. Proper names that every language writes the same (URLs,
  product names, GoTo, Billing Center) are taken out before, and a sentence of fewer than
  `MIN_WORDS` words is not judged: too little text to tell.
- **Brand**: the company's old name in prose (`un rappresentante LogMeIn`) and the brand written
  otherwise (`goto rappresentante`) are findings with the sentence rewritten.
- **Hosts**: a LogMeIn-era host of a GoTo service (`billing.logmeininc.com`, `support.logmeininc.com`)
  is a finding with the current address, whether or not the target still redirects it.
- **Product names**: `name_spans` finds every name any product has carried (`domain.PRODUCT_LINES`);
  the check resolves them to the target's product (`resolve_product`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from billing_e2e.articles import Article, ArticlePart
from billing_e2e.domain import (
    BRAND,
    LOGMEIN_PRODUCTS,
    OLD_BRANDS,
    ProductLine,
    current_host,
    product_line,
    product_names,
)
from pages import Vocabulary

from .extract import extract_urls
from .model import Finding

MIN_WORDS = 5
"""A sentence needs this many words (after proper names are taken out) for its language to be judged."""
SURE = 0.9
"""Lingua's confidence in the other language needed for a finding (and at most 1 - SURE in the article's)."""

LINGUA: dict[str, Language] = {"it": Language.ITALIAN, "de": Language.GERMAN, "en": Language.ENGLISH}
LANGUAGE_NAMES: dict[str, str] = {"it": "Italian", "de": "German", "en": "English"}
_CODES = {language: code for code, language in LINGUA.items()}

# Names every language writes the same: the services' names as the articles write them.
PROPER_NAMES: tuple[str, ...] = ("Corporate Billing Portal", "Billing Center", "GoTo")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"„“«(]?[A-ZÀ-Ý])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_QUOTED = re.compile(r"„[^„“”\"]*[“”\"]|“[^“”]*”|\"[^\"]*\"|«[^«»]*»|»[^«»]*«")


_LOADING = threading.Lock()


@cache
def _build() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LINGUA.values()).with_preloaded_language_models().build()


def _detector() -> LanguageDetector:
    with _LOADING:  # one load, whichever thread asks first
        return _build()


Confidences = dict[str, float]
"""Lingua's confidence per language code that a text is in that language."""

# One run's identification in warm_up's process: module state, as the loaded models above are.
_identified: dict[str, Confidences] = {}
"""Texts whose languages `warm_up` had identified in its own process."""
_identifying: list[Future[dict[str, Confidences]]] = []
_sent: set[str] = set()
"""Texts sent to be identified (each once, whoever calls warm_up)."""


def _confidences(text: str) -> Confidences:
    return {_CODES[value.language]: value.value for value in _detector().compute_language_confidence_values(text)}


def _identify_all(texts: list[str]) -> dict[str, Confidences]:
    """Run in warm_up's process: the models load there, and every text is identified."""
    return {text: _confidences(text) for text in texts}


def warm_up(articles: Sequence[Article] = ()) -> None:
    """Identify the languages of the articles' sentences in a process of its own, while the walks
    run: Lingua's models take seconds to load and hold Python's interpreter lock while they do, so
    loading them here would stop every thread of the check (the walks' included). Sentences not
    identified there (or all, if that process fails) are identified here when asked."""
    every = [text for article in articles for text in (article.title, *(part.text for part in article.parts))]
    texts = {judged for text in every for judged in _judged_texts(text)} - _sent
    if not texts:
        return
    _sent.update(texts)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    _identifying.append(pool.submit(_identify_all, sorted(texts)))
    pool.shutdown(wait=False)  # the process ends once its one task is done


def _known_confidences(text: str) -> Confidences:
    while _identifying:
        # If that process failed, its texts are identified here instead, one by one.
        with contextlib.suppress(OSError, BrokenProcessPool):
            _identified.update(_identifying.pop().result())
    known = _identified.get(text)
    return known if known is not None else _confidences(text)


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) of each sentence of the text; a URL's dots never end one."""
    masked = text
    for url, start in extract_urls(text):
        masked = masked[:start] + "x" * len(url) + masked[start + len(url) :]
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        yield start, text[start : match.start()].strip()
        start = match.end()
    if text[start:].strip():
        yield start, text[start:].strip()


def _without_names(sentence: str) -> str:
    text = sentence
    for url, _ in extract_urls(sentence):
        text = text.replace(url, " ")
    text = _QUOTED.sub(" ", text)
    for name in (*product_names(), *PROPER_NAMES, *OLD_BRANDS):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def _judged_text(sentence: str) -> str | None:
    """What of the sentence is judged for its language (its names taken out); None when too short."""
    text = _without_names(sentence)
    return text if len(_WORD.findall(text)) >= MIN_WORDS else None


def _judged_texts(text: str) -> Iterator[str]:
    for _, sentence in sentences(text):
        judged = _judged_text(sentence)
        if judged is not None:
            yield judged


def sentence_language(sentence: str, article_language: str) -> str | None:
    """The language the sentence is clearly written in, when it is not the article's; else None."""
    text = _judged_text(sentence)
    if text is None:
        return None
    values = _known_confidences(text)
    best = max(values, key=lambda code: values[code])
    if best != article_language and values[best] >= SURE and values.get(article_language, 0.0) <= 1 - SURE:
        return best
    return None


def foreign_sentences(part: ArticlePart, language: str) -> list[Finding]:
    findings = []
    for _, sentence in sentences(part.text):
        other = sentence_language(sentence, language)
        if other is None:
            continue
        ours, theirs = LANGUAGE_NAMES.get(language, language), LANGUAGE_NAMES[other]
        labels = ui_labels_in(sentence, other, language)
        named = "; ".join(f"“{label}” is “{translated}”" for label, translated in labels)
        in_ours = f" In {ours}, {named} in the UI." if labels else ""
        findings.append(
            Finding(
                "foreign_language",
                part.id,
                f"This sentence is in {theirs}, not in the article's {ours}: “{_short(sentence)}”.",
                f"Translate the sentence into {ours}.{in_ours}",
                sentence,
                None,
            )
        )
    return findings


def ui_labels_in(sentence: str, written_in: str, language: str) -> list[tuple[str, str]]:
    """(label, the same label in `language`) for each UI label of `written_in`'s vocabulary the
    sentence names, longest first where two overlap: what a translator must not translate freely."""
    theirs, ours = Vocabulary.for_locale(written_in), Vocabulary.for_locale(language)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, str]] = []
    by_length = sorted(theirs.keys(), key=lambda key: -len(theirs[key]))
    for key in by_length:
        label, translated = theirs[key], ours.get(key)
        # Labels are capitalised in every vocabulary; one in lower case in the sentence is prose.
        if translated is None or "{" in label or not label[:1].isupper() or label == translated:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", sentence):
            start, end = match.span()
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                found.append((start, label, translated))
    return [(label, translated) for _, label, translated in sorted(found)]


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


# --- brand ----------------------------------------------------------------------------------------


def _masked(text: str) -> str:
    """The text with URLs and product names blanked out (same length), where brand words are not prose."""
    spans = [(start, start + len(url)) for url, start in extract_urls(text)]
    spans += [(start, end) for start, end, _ in name_spans(text)]
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def brand_findings(part: ArticlePart) -> list[Finding]:
    """The old company name in prose, and the brand written otherwise (`goto`, `Goto`)."""
    masked = _masked(part.text)
    findings = []
    for old in OLD_BRANDS:
        still_sold = "|".join(re.escape(product) for product in LOGMEIN_PRODUCTS)
        for match in re.finditer(rf"(?<![\w.]){re.escape(old)}(?![\w.])(?!\s+(?:{still_sold})\b)", masked):
            findings.append(_brand_finding(part, match, f"“{old}” is the company's name before it became {BRAND}"))
    for match in re.finditer(rf"(?<![\w./-]){re.escape(BRAND)}(?![\w./-])", masked, flags=re.IGNORECASE):
        if match.group() != BRAND:
            findings.append(_brand_finding(part, match, f"the brand is written “{BRAND}”, not “{match.group()}”"))
    return findings


def _brand_finding(part: ArticlePart, match: re.Match[str], why: str) -> Finding:
    start, end = match.span()
    sentence_start, sentence = next((s, text) for s, text in _sentences_around(part.text, start))
    fixed = sentence[: start - sentence_start] + BRAND + sentence[end - sentence_start :]
    return Finding("old_brand", part.id, f"The article writes “{match.group()}”: {why}.", fixed, match.group(), BRAND)


def _sentences_around(text: str, offset: int) -> Iterator[tuple[int, str]]:
    for start, sentence in sentences(text):
        begin = text.index(sentence, start)
        if begin <= offset < begin + len(sentence):
            yield begin, sentence


# --- hosts ----------------------------------------------------------------------------------------


def legacy_host_findings(part: ArticlePart, redirected: set[str]) -> list[Finding]:
    """A LogMeIn-era host of a GoTo service, with the current address; `redirected`: the addresses
    the target already reports as redirecting there (their finding says the same)."""
    findings = []
    for url, _ in extract_urls(part.text):
        host = urlsplit(url).hostname or ""
        current = current_host(host)
        if current is None or url in redirected:
            continue
        parts = urlsplit(url)
        fixed = f"{parts.scheme}://{current}{url[len(f'{parts.scheme}://{parts.netloc}') :]}"
        findings.append(
            Finding(
                "legacy_host",
                part.id,
                f"{host} is the LogMeIn era's host of {current}.",
                f"Link to {fixed} instead.",
                url,
                fixed,
            )
        )
    return findings


# --- product names --------------------------------------------------------------------------------


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every product name in the text, longest names first where two overlap;
    not inside a URL."""
    urls = [(start, start + len(url)) for url, start in extract_urls(text)]
    taken: list[tuple[int, int, str]] = []
    for name in product_names():
        for match in re.finditer(rf"(?<![\w/.]){re.escape(name)}(?![\w])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e, _ in taken) or any(s <= start < e for s, e in urls):
                continue
            taken.append((start, end, name))
    return sorted(taken)


@dataclass(frozen=True)
class ProductChoice:
    """The product an article is checked with."""

    written: str
    """The name the article uses (its title's, else the one its text uses most)."""
    product: str
    """The target's product it is checked with, as the target names it."""
    line: ProductLine | None
    stand_in: bool = False
    """The target does not sell the article's product: `product` is one of the same kind."""
    general: bool = False
    """The article is about any product and names none: `product` is the target's first."""


def resolve_product(article: Article, sold: Sequence[str]) -> ProductChoice | None:
    """The target's product for the article: the product it names (by any of its names), or, when the
    target does not sell that one, a product of the same kind (a stand-in); None when the article
    names no product at all."""
    in_title = name_spans(article.title)
    if in_title:
        written = max((name for _, _, name in in_title), key=len)
    else:
        counts = Counter(name for part in article.parts for _, _, name in name_spans(part.text))
        for product in sold:  # a name the target sells but no line knows
            found = len(
                re.findall(rf"(?<![\w/.]){re.escape(product)}(?![\w])", " ".join(p.text for p in article.parts))
            )
            if found and product_line(product) is None:
                counts[product] += found
        if not counts:
            if is_general(article) and sold:
                return ProductChoice("", sold[0], product_line(sold[0]), general=True)
            return None
        written = max(counts, key=lambda name: (counts[name], len(name)))
    line = product_line(written)
    if line is None:
        return ProductChoice(written, written, None) if written in sold else None
    same = [name for name in sold if name in line.names]
    if same:
        return ProductChoice(written, same[0], line)
    kin = [name for name in sold if (other := product_line(name)) is not None and other.kind == line.kind]
    stand_in = kin[0] if kin else (sold[0] if sold else None)
    if stand_in is None:
        return None
    return ProductChoice(written, stand_in, line, stand_in=True)


def product_findings(part: ArticlePart, choice: ProductChoice, first: bool) -> list[Finding]:
    """Earlier names of the product; for a stand-in, on the first part that names the product,
    that the target does not sell it."""
    findings: list[Finding] = []
    if choice.stand_in and first and choice.written not in {name for *_, name in name_spans(part.text)}:
        return [_not_sold(part, choice.written, choice)]  # only the title names it
    for _, _, name in name_spans(part.text):
        line = product_line(name)
        if line is None or line is not choice.line:
            continue
        if choice.stand_in:
            if first and not findings:
                findings.append(_not_sold(part, name, choice))
            continue
        if name != choice.product:
            names = line.names
            older = choice.product not in names or names.index(name) > names.index(choice.product)
            what = "an earlier name of the product" if older else "another name of the product"
            findings.append(
                Finding(
                    "product_name",
                    part.id,
                    f"“{name}” is {what}; the Billing Center shows it as “{choice.product}”.",
                    f"Write “{choice.product}” instead of “{name}”.",
                    name,
                    choice.product,
                )
            )
    return findings


def _not_sold(part: ArticlePart, name: str, choice: ProductChoice) -> Finding:
    line = product_line(choice.product)
    kind = f", a product of the same kind ({line.kind})" if line is not None and line.kind == _kind(name) else ""
    return Finding(
        "product_not_sold",
        part.id,
        f"The target does not sell “{name}”; its steps were checked with “{choice.product}”{kind}.",
        f"Check that the product is still sold; not sold here, checked with {choice.product}.",
        name,
        choice.product,
    )


def _kind(name: str) -> str | None:
    line = product_line(name)
    return line.kind if line is not None else None


# --- scope ----------------------------------------------------------------------------------------

GENERIC_PRODUCT: dict[str, str] = {"it": "prodotto", "de": "produkt", "en": "product"}
"""The word a general article's title uses for "any product" (`… für ein anderes Produkt`)."""


def is_general(article: Article) -> bool:
    """The article is about any product: its title names none, and speaks of a product in general."""
    word = GENERIC_PRODUCT.get(article.language)
    return (
        word is not None
        and not name_spans(article.title)
        and re.search(rf"(?<!\w){word}(?!\w)", article.title, flags=re.IGNORECASE) is not None
    )


def scope_findings(part: ArticlePart, choice: ProductChoice) -> list[Finding]:
    """In a general article, each place that names the product it was checked with where it means any."""
    findings = []
    for start, end, name in name_spans(part.text):
        if product_line(name) is not choice.line:
            continue
        sentence_start, sentence = next(_sentences_around(part.text, start))
        fixed = sentence[: start - sentence_start] + BRAND + sentence[end - sentence_start :]
        findings.append(
            Finding(
                "scope",
                part.id,
                f"The article is about any product, but here names “{name}” as if it were about that one.",
                fixed,
                name,
                BRAND,
            )
        )
    return findings
