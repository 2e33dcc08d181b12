"""What an article's own text says, whatever the UI shows: its language sentence by sentence, the
brand and product names it writes, and the hosts it links.

- **Language** (identified in language.py, among every language the help center publishes): a
  sentence clearly in another language than the article's (`However, other billing contacts …` in
  an Italian article) is a finding. An article in a language the check has no vocabulary for gets
  one verdict for the whole article (`unchecked_result`), and a finding only for a sentence left in
  a language the check reads (an English step in a French article).
- **Brand**: the company's old name in prose (`un rappresentante LogMeIn`) and the brand written
  otherwise (`goto rappresentante`) are findings with the sentence rewritten.
- **Hosts**: a LogMeIn-era host of a GoTo service (`billing.logmeininc.com`, `support.logmeininc.com`)
  is a finding with the current address, whether or not the target still redirects it; a host of
  that domain no GoTo service took over (`myaccount.logmeininc.com`, the retired My Account page)
  is a finding too, pointing to the Billing Center, where the product now signs in.
- **Product names**: `name_spans` finds every name any product has carried (`domain.PRODUCT_LINES`);
  `article_product` is the article's own product (its line and today's name), and the check
  resolves it to the target's product (`resolve_product`). A name the product had before (the 2022
  rebrand: `GoToMeeting`) is a finding with today's name, whatever the target shows; every
  suggestion names today's name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from billing_e2e.articles import Article, ArticlePart
from billing_e2e.domain import (
    BRAND,
    CORPORATE_HOST,
    CURRENT_HOST,
    LANGUAGE_DATA,
    LANGUAGES,
    LOGMEIN_PRODUCTS,
    OLD_BRANDS,
    PRODUCT_LINES,
    ProductLine,
    current_host,
    is_former_product_name,
    is_miswritten_product_name,
    on_legacy_domain,
    product_line,
    product_names,
)
from pages import Vocabulary

from .extract import extract_urls
from .grammar import GRAMMARS
from .language import (
    LANGUAGE_NAMES,
    ArticleLanguage,
    likeliest_language,
    sentence_language,
    sentences,
    warm_up,
)
from .model import ArticleResult, Finding, StepResult, UrlCheck
from .steps import instructs

__all__ = [
    "ArticleProduct",
    "ProductChoice",
    "article_product",
    "brand_findings",
    "foreign_sentences",
    "is_general",
    "legacy_host_findings",
    "missing_address_findings",
    "name_spans",
    "product_findings",
    "renamed_in_ui_note",
    "resolve_product",
    "scope_findings",
    "sentences",
    "translated_name_findings",
    "ui_labels_in",
    "unchecked_result",
    "warm_up",
]


def foreign_sentences(part: ArticlePart, language: str) -> list[Finding]:
    """Each sentence of the part clearly written in another language than the article's; in an
    article in a language the check has no vocabulary for, only those in a language it reads."""
    findings = []
    for _, sentence in sentences(part.text):
        other = sentence_language(sentence, language) or _instruction_language(sentence, language)
        if other is None or (language not in LANGUAGES and other not in LANGUAGES):
            continue
        ours, theirs = LANGUAGE_NAMES.get(language, language), LANGUAGE_NAMES.get(other, other)
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


def _instruction_language(sentence: str, language: str) -> str | None:
    """The language of an instruction opened with another read language's cue verb or imperative,
    and not the article's (`Sign in to the Billing Center at …` among French steps), when Lingua
    also ranks that language first: a short sentence whose language Lingua alone is not sure of
    (most of it is names and an address), told by its grammar. None otherwise."""
    grammar = GRAMMARS.get(language)
    if grammar is None or instructs(sentence, grammar):
        return None
    others = {code for code, other in GRAMMARS.items() if code != language and instructs(sentence, other)}
    likeliest = likeliest_language(sentence) if others else None
    return likeliest if likeliest in others else None


def ui_labels_in(sentence: str, written_in: str, language: str) -> list[tuple[str, str]]:
    """(label, the same label in `language`) for each UI label of `written_in`'s vocabulary the
    sentence names, longest first where two overlap: what a translator must not translate freely.
    None where either language has no vocabulary."""
    if written_in not in LANGUAGES or language not in LANGUAGES:
        return []
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
        # Not a host (`LogMeIn.com`), but a sentence may end on the name (`… di LogMeIn.`).
        for match in re.finditer(rf"(?<![\w.]){re.escape(old)}(?!\w|\.\w)(?!\s+(?:{still_sold})\b)", masked):
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
        if url in redirected:
            continue
        if current is None:
            if on_legacy_domain(host):
                # A retired page of the LogMeIn era (My Account): no address to rewrite it to.
                findings.append(
                    Finding(
                        "legacy_host",
                        part.id,
                        f"{host} is a LogMeIn-era host that no GoTo service took over.",
                        f"Send the reader to the GoTo service the step means (the Billing Center: "
                        f"https://{CURRENT_HOST}) instead.",
                        url,
                    )
                )
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


SERVICE_ADDRESSES: dict[str, str] = {
    "Billing Center": f"https://{CURRENT_HOST}",
    "Corporate Billing Portal": f"https://{CORPORATE_HOST}/corp-billing",
}
"""The services an article sends the reader to, by their English name, and their current address."""
_SERVICE_KEYS = {"Billing Center": "site", "Corporate Billing Portal": "corporate_billing_portal"}


def missing_address_findings(part: ArticlePart, language: str) -> list[Finding]:
    """A service's name followed by the language's address cue (`the Billing Center at`) and then
    no address: the stored text lost a link's target, and the reader is told where to go to nowhere."""
    grammar = GRAMMARS.get(language)
    if grammar is None or not grammar.address_cues:
        return []
    vocabulary = Vocabulary.for_locale(language) if language in LANGUAGES else None
    findings = []
    # The longest cue the text writes is the cue (atomic: `à l'adresse https://…` is not `à` + prose).
    longest_first = sorted(grammar.address_cues, key=len, reverse=True)
    cues = "|".join(r"\s+".join(map(re.escape, cue)) for cue in longest_first)
    instead = "|".join(r"\s+".join(map(re.escape, phrase)) for phrase in grammar.instead_of)
    not_instead = rf"(?!(?:{instead})(?!\w))" if instead else ""
    for english, address in SERVICE_ADDRESSES.items():
        names = {english} | ({vocabulary[_SERVICE_KEYS[english]]} if vocabulary is not None else set())
        for name in names:
            # `em vez disso` (instead) opens no address: a cue that starts an "instead of" phrase is none.
            written = rf"{re.escape(name)}\s+{not_instead}(?>{cues})"
            # No address next: the sentence ends, or prose goes on ("at to manage their …").
            nothing_after = r"(?=\s*(?:$|[.,;:)]|\s+(?!https?://|www\.)\S))"
            for match in re.finditer(written + nothing_after, part.text, re.IGNORECASE):
                said = match.group(0)
                findings.append(
                    Finding(
                        "address_missing",
                        part.id,
                        f"“{said}” names no address after it.",
                        f"Write the address: {said} {address}",
                        said,
                        address,
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
class ArticleProduct:
    """The product an article is about, as its own text names it (whatever the target sells)."""

    line: ProductLine
    written: str
    """The name the article uses (its title's, else the one its text uses most for that product)."""

    @property
    def current(self) -> str:
        """The product's name today (`GoTo Meeting`, also for an article that writes `GoToMeeting`)."""
        return self.line.current

    @property
    def former(self) -> bool:
        """The article names the product by a name it had before."""
        return is_former_product_name(self.written)


OTHER_CONSOLES: dict[str, str] = {"GoTo Admin": "admin.goto.com"}
"""Consoles of GoTo's where some products' billing is managed instead of the Billing Center (name →
host). Source: the help center's GoTo Admin billing articles (`Sign in to GoTo Admin`, "Cancel
your subscription in GoTo Admin"; tests/article_check/published/, 103, 104, 154, 161)."""


def other_console(article: Article) -> str | None:
    """The console other than the Billing Center that the article takes the reader to: named in
    its steps or title (`Sign in to GoTo Admin`), or anywhere in it when its steps never name the
    Billing Center (`Sign in to .`, the name lost, under "… in GoTo Admin"). Its walk is not the
    target's, so the article is out of the check's scope as a whole; None for an article of the
    Billing Center or its portal."""
    steps = [part.text for part in article.parts if part.kind == "step"]
    site = Vocabulary.for_locale(article.language).get("site") if article.language in GRAMMARS else None
    names_site = site is not None and any(site.casefold() in text.casefold() for text in steps)
    texts = [article.title, *steps] if names_site else [article.title, *(part.text for part in article.parts)]
    for name, host in OTHER_CONSOLES.items():
        pattern = rf"(?<![\w.]){re.escape(name)}(?!\w)|(?<![\w.]){re.escape(host)}"
        if any(re.search(pattern, text) for text in texts):
            return name
    return None


def article_product(article: Article) -> ArticleProduct | None:
    """The article's own product: the one its title names (the longest name there), else the one
    its text names most often (by any of its names, short forms included); None when it names no
    product. This is the product the article's walk should show."""
    in_title = [(name, line) for *_, name in name_spans(article.title) if (line := product_line(name)) is not None]
    if in_title:
        name, line = max(in_title, key=lambda item: len(item[0]))
        return ArticleProduct(line, name)
    named = [name for part in article.parts for *_, name in name_spans(part.text)]
    lines = Counter(line for name in named if (line := product_line(name)) is not None)
    if not lines:
        return None
    # The product named most often; on a tie, the one named first.
    line = max(lines, key=lambda candidate: (lines[candidate], -_first_index(named, candidate)))
    written = Counter(name for name in named if product_line(name) is line)
    return ArticleProduct(line, max(written, key=lambda name: (written[name], len(name))))


def _first_index(names: list[str], line: ProductLine) -> int:
    return next(index for index, name in enumerate(names) if product_line(name) is line)


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
    unnamed: bool = False
    """The article names no product at all: `product` is the target's first, for its account."""

    @property
    def current(self) -> str:
        """The article's product's name today (what every suggestion names)."""
        return self.line.current if self.line is not None else self.product

    @property
    def shown_former(self) -> bool:
        """The target shows its product by a name the product had before (the mock's `GoToMeeting`):
        a difference of the product, not of the article."""
        line = product_line(self.product)
        return line is not None and self.product in line.former


def resolve_product(article: Article, sold: Sequence[str]) -> ProductChoice | None:
    """The target's product for the article: the product it names (by any of its names), or, when the
    target does not sell that one, a product of the same kind (a stand-in); for an article that
    names none, the target's first (its account is all the steps need); None when the target sells
    nothing."""
    own = article_product(article)
    if own is None:
        every_text = " ".join(part.text for part in article.parts)
        counts = Counter(
            {
                product: found
                for product in sold  # a name the target sells but no line knows
                if product_line(product) is None
                and (found := len(re.findall(rf"(?<![\w/.]){re.escape(product)}(?![\w])", every_text)))
            }
        )
        if counts:
            written = max(counts, key=lambda name: (counts[name], len(name)))
            return ProductChoice(written, written, None)
        if sold:
            # A general article ("… für ein anderes Produkt") means any product; one that names none
            # (a portal's or the payment method's, not a product's) needs only an account: either
            # is walked with the target's first product.
            general = is_general(article)
            return ProductChoice("", sold[0], product_line(sold[0]), general=general, unnamed=not general)
        return None
    line = own.line
    same = [name for name in sold if product_line(name) is line]
    if same:
        return ProductChoice(own.written, same[0], line)
    kin = [name for name in sold if (other := product_line(name)) is not None and other.kind == line.kind]
    stand_in = kin[0] if kin else (sold[0] if sold else None)
    if stand_in is None:
        return None
    return ProductChoice(own.written, stand_in, line, stand_in=True)


def product_findings(part: ArticlePart, choice: ProductChoice, first: bool) -> list[Finding]:
    """The names the product had before, each with today's (whatever name the target shows), and
    those any other product had; for a stand-in, on the first part that names the product, that
    the target does not sell it."""
    findings: list[Finding] = []
    if choice.stand_in and first and choice.written not in {name for *_, name in name_spans(part.text)}:
        return [_not_sold(part, choice.written, choice)]  # only the title names it
    for _, _, name in name_spans(part.text):
        line = product_line(name)
        if line is None:
            continue
        # Another product's name the article gives in passing (`los planes de GoToMeeting`, in a
        # GoTo Webinar article) is a former name all the same; only the article's own is a stand-in's.
        if choice.stand_in and line is choice.line:
            if first and not findings:
                findings.append(_not_sold(part, name, choice))
            continue
        if is_miswritten_product_name(name):
            findings.append(
                Finding(
                    "product_name",
                    part.id,
                    f"“{name}” is not how the product's name is written; it is “{line.current}”.",
                    f"Write “{line.current}” instead of “{name}”.",
                    name,
                    line.current,
                )
            )
        elif is_former_product_name(name):
            findings.append(
                Finding(
                    "product_name",
                    part.id,
                    f"“{name}” is a name the product had before; today it is “{line.current}”.",
                    f"Write “{line.current}” instead of “{name}”.",
                    name,
                    line.current,
                )
            )
    return findings


def renamed_in_ui_note(choice: ProductChoice) -> str | None:
    """What to say when the target shows the product by a name it had before (a difference of the
    product, not of the article); None otherwise."""
    if not choice.shown_former:
        return None
    return (
        f"The Billing Center shows the product as “{choice.product}”, a name it had before; today it is "
        f"“{choice.current}”. The article is not asked to write the former name."
    )


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

GENERIC_PRODUCT: dict[str, str] = {code: data.article.generic_product for code, data in LANGUAGE_DATA.items()}
"""The word a general article's title uses for "any product" (`… für ein anderes Produkt`), per
language (`languages.toml`)."""


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


# --- an article the check cannot read -------------------------------------------------------------


def unchecked_result(article: Article, language: ArticleLanguage, url_checks: dict[str, UrlCheck]) -> ArticleResult:
    """The result of an article written in a language the check has no vocabulary for: one verdict
    for the whole article (`not_checked`, with the language named), and a row only for a part that
    holds a sentence in a language the check reads (an English step left in a French article)."""
    verdict = language.verdict or f"Written in {language.name}: not checked."
    rows: list[StepResult] = []
    title = ArticlePart(f"{article.number}.title", "title", None, article.title)
    for part in (title, *article.parts):
        findings = foreign_sentences(part, language.code) if language.code is not None else []
        if findings:
            rows.append(
                StepResult(
                    part_id=part.id,
                    kind=part.kind,
                    number=part.number,
                    text=part.text,
                    verdict="drift",
                    summary=" ".join(finding.message for finding in findings),
                    findings=tuple(findings),
                )
            )
    urls = [url_checks[url] for part in article.parts for url, _ in extract_urls(part.text) if url in url_checks]
    return ArticleResult(
        number=article.number,
        path=str(article.path or ""),
        language=language.code or article.language,
        title=article.title,
        product=None,
        flow=None,
        flow_description=verdict,
        steps=tuple(rows),
        urls=tuple(dict.fromkeys(urls)),
        article_verdict="not_checked",
        article_summary=verdict,
    )


# --- a product's name written otherwise -------------------------------------------------------------


def translated_name_findings(part: ArticlePart, choice: ProductChoice) -> list[Finding]:
    """Where the part names the product, or another version of its kind, with the first and last
    word of today's name but other words between (`GoToAssist Supporto remoto v5` for `GoToAssist
    Remote Support v5`; `GoToAssist Supporto remoto v4` in an article whose garbled title reads as
    GoToAssist, v5's short name): a finding whose fix is that product's name today (never a former
    one, whatever the target shows)."""
    # Also for a product the target does not sell (a stand-in walks it): the name is the article's.
    names = [choice.current]
    if choice.line is not None:
        names += [line.current for line in PRODUCT_LINES if line.kind == choice.line.kind and line is not choice.line]
    findings: list[Finding] = []
    told: set[str] = set()
    for current in names:
        for written in _translated_names(part.text, current):
            if written not in told:
                told.add(written)
                findings.append(
                    Finding(
                        "product_name",
                        part.id,
                        f"The article calls the product “{written}”; its name is “{current}”.",
                        f"Write “{current}” instead of “{written}”.",
                        written,
                        current,
                    )
                )
    return findings


def _translated_names(text: str, current: str) -> list[str]:
    """The stretches of the text that begin and end with the first and last word of `current` with
    other words between, and are no name of any product."""
    words = current.split()
    if len(words) < 2:
        return []
    found = []
    for match in re.finditer(rf"(?<![\w/.]){re.escape(words[0])}(?![\w.-])", text):
        following = [word.rstrip(".,;:!?)") for word in text[match.start() :].split()[: len(words) + 1]]
        # The same first and last word around other words: the product's name, translated or
        # misspelt (a longer or shorter stretch is something else, e.g. "GoTo Produkt").
        sizes = [size for size in (len(words), len(words) + 1, len(words) - 1) if 2 <= size <= len(following)]
        written = next((" ".join(following[:size]) for size in sizes if following[size - 1] == words[-1]), None)
        if written is not None and written != current and product_line(written) is None:
            found.append(written)
    return found
