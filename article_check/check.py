"""Runs an article check: the articles' addresses, the walks they need, the comparison per article.

Every address of every article in the folder is checked once (so a broken link's suggestion can come
from any article), each article is compared with the walks of its product and language, and the
walks are made once per product and language whichever articles share them. With lanes, every
walk the articles may be compared with is started first (the main walks, then their variants), so
the walks run side by side while the addresses are checked and the articles compared in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from playwright.sync_api import Browser

from billing_e2e.articles import Article, Unreadable
from billing_e2e.situations import account_source, products_sold
from billing_e2e.targets import Target
from pages import Vocabulary

from .compare import ArticleComparison
from .extract import extract_urls
from .language import article_language, read_article
from .matching import normalize
from .model import ArticleResult, CheckRun, UrlCheck, Walk
from .prose import (
    OTHER_CONSOLES,
    ProductChoice,
    other_console,
    renamed_in_ui_note,
    resolve_product,
    unchecked_result,
    warm_up,
)
from .steps import NO_STEPS, support_way
from .timings import Timings
from .urls import check_urls
from .versions import compare_versions
from .walks import FAMILIES, Lanes, Walker


def _walk(walker: Walker, name: str, *, product: str, language: str) -> Walk:
    return walker.walk(name, product, language)


def _unreadable(bad: Unreadable) -> ArticleResult:
    return ArticleResult(
        number=bad.number,
        path=str(bad.path),
        language="unknown",
        title=bad.path.name,
        product=None,
        flow=None,
        flow_description="",
        steps=(),
        urls=(),
        error=f"cannot be read: {bad.reason}",
    )


def run_check(
    articles: Sequence[Article],
    all_articles: Sequence[Article],
    target: Target,
    lanes: Lanes,
    out: Path,
    *,
    seed: int,
    today: date,
    options: dict[str, str] | None = None,
    unreadable: Sequence[Unreadable] = (),
    progress: Callable[[str], None] | None = None,
    timings: Timings | None = None,
) -> CheckRun:
    """Check `articles` (a selection of `all_articles`, whose addresses are all checked) on `target`
    with the browsers of `lanes`; `unreadable` files are reported broken, with their reason;
    `progress` is told what is being done."""
    tell = progress or (lambda line: None)
    timed = timings or Timings()
    warm_up(articles)  # the sentences' languages are identified meanwhile, in a process of their own
    # The language each article is written in (the parser knows only the three the harness reads),
    # and its steps however written (numbered, bullets, paragraphs); an article in a language the
    # check has no vocabulary for is not compared (one verdict for the whole article).
    with timed.span("languages"):  # waits for the articles' languages from warm_up's process
        articles = [read_article(article) for article in articles]
    started = datetime.now(UTC).isoformat(timespec="seconds")
    with timed.span("products"):
        products = products_sold(target)
    # Walks that put items in a cart run only on the bundled mock, on accounts made for them.
    walker = Walker(
        lanes,
        target.base_url,
        account_source(target, seed=seed, today=today),
        out,
        allow_state_changes=target.is_mock,
        progress=tell,
        timings=timed,
        open_url=target.request_url,
    )
    every_url = [url for article in all_articles for part in article.parts for url, _ in extract_urls(part.text)]
    tell(f"checking {len(set(every_url))} addresses")
    checking = lanes.submit(partial(_timed_urls, target=target, urls=every_url, timings=timed))
    # Filled below, once the walks are started: the comparisons read it only when they run.
    url_checks: dict[str, UrlCheck] = {}
    comparisons = [
        _comparison(article, products, walker, url_checks, mock=target.is_mock)
        if article_language(article).spoken
        else None
        for article in articles
    ]
    _prefetch(walker, [comparison for comparison in comparisons if comparison is not None])
    url_checks.update(checking.result())
    results: list[ArticleResult] = [_unreadable(bad) for bad in unreadable]
    for bad in unreadable:
        tell(f"{bad.number} {bad.path.name}: cannot be read: {bad.reason}")
    for index, (article, comparison) in enumerate(zip(articles, comparisons, strict=True), 1):
        tell(f"[{index}/{len(articles)}] {article.number} ({article.language}) {article.title}")
        with timed.span("compare", f"{article.number} {article.language}"):
            if comparison is None:
                results.append(unchecked_result(article, article_language(article), url_checks))
            else:
                results.append(scoped(comparison.run(), comparison.article, comparison.choice))
    with timed.span("versions"):
        versions = compare_versions(results)
    return CheckRun(
        target=target.description or target.kind,
        started=started,
        articles=tuple(sorted(versions, key=lambda result: (result.number, result.language))),
        options=dict(options or {}),
    )


def scoped(result: ArticleResult, article: Article, choice: ProductChoice | None) -> ArticleResult:
    """The article-level verdict and notes on a compared article (read by `read_article`): no step
    read is an error of the check; a target that shows the product by a former name is said once,
    as the product's."""
    note = renamed_in_ui_note(choice) if choice is not None else None
    if note is not None:
        result = replace(result, notes=(*result.notes, note))
    support = support_way(article)
    if support is not None:
        # No step to walk because the way is support's, which the article says: not an error.
        why = f"Not checkable: the article's way goes through support (“{support}”), not through the product's UI."
        result = replace(result, article_verdict="not_checkable", article_summary=why)
    elif not any(part.kind == "step" for part in article.parts):
        result = replace(result, article_verdict="check_error", article_summary=NO_STEPS)
    return result


def _timed_urls(browser: Browser, *, target: Target, urls: list[str], timings: Timings) -> dict[str, UrlCheck]:
    with timings.span("urls"):
        return check_urls(browser, target, urls)


def _comparison(
    article: Article, products: list[str], walker: Walker, url_checks: dict[str, UrlCheck], *, mock: bool
) -> ArticleComparison:
    choice = resolve_product(article, products)
    console = other_console(article)
    if console is not None:
        # Its steps are another console's: one verdict for the whole article, no label compared.
        return ArticleComparison(
            article,
            choice,
            None,
            url_checks,
            unavailable=(
                f"an article about {console} ({OTHER_CONSOLES[console]}), not the Billing Center: "
                "the target has no way through its UI for these steps"
            ),
        )
    if choice is None:
        return ArticleComparison(
            article,
            None,
            None,
            url_checks,
            unavailable=(
                "the article names none of the products the target sells "
                f"({', '.join(products) or 'none known'}), so no account can be set up for it"
            ),
        )
    return ArticleComparison(
        article,
        choice,
        partial(_walk, walker, product=choice.product, language=article.language),
        url_checks,
        probe_of=partial(walker.made, locale=article.language),
        plan_of=partial(walker.plan, product=choice.product, locale=article.language),
        unsourced=mock_wording(article.language) if mock else frozenset(),
    )


def mock_wording(locale: str) -> frozenset[str]:
    """The bundled mock's labels in this locale whose wording no article gives (casefolded):
    pages/vocabulary.toml's `[not_from_articles]`, kept there so article verification can tell
    the two apart. A published article is never corrected towards one of them."""
    vocab = Vocabulary.for_locale(locale)
    return frozenset(normalize(vocab[key]).casefold() for key in vocab if not vocab.from_articles(key))


def _prefetch(walker: Walker, comparisons: Sequence[ArticleComparison]) -> None:
    """Start every walk an article may be compared with: first the main walks of the families it
    may describe, then the walks planned from the steps that name a control the vocabulary does not
    know, then the families' variants (which a comparison asks for later, if at all)."""
    wanted = [
        (spec, comparison.product, comparison.article.language)
        for comparison in comparisons
        if comparison.product is not None
        for family in comparison.families()
        for spec in FAMILIES[family]
    ]
    ordered = sorted(wanted, key=lambda item: item[0].condition is not None)
    for spec, product, language in (item for item in ordered if item[0].condition is None):
        walker.prefetch(spec.name, product, language)
    # A walk planned from the steps, for an article that names a control the vocabulary does not
    # know (a way the families may not go): before the variants, so it is ready when compared.
    for comparison in comparisons:
        if comparison.product is not None and comparison.may_plan():
            walker.prefetch_plan(comparison.intentions(), comparison.product, comparison.article.language)
    for spec, product, language in (item for item in ordered if item[0].condition is not None):
        walker.prefetch(spec.name, product, language)
