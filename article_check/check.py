"""Runs an article check: the articles' addresses, the walks they need, the comparison per article.

Every address of every article in the folder is checked once (so a broken link's suggestion can come
from any article), each article is compared with the walks of its product and language, and the
walks are made once per product and language whichever articles share them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from playwright.sync_api import Browser

from billing_e2e.situations import account_source, products_sold
from billing_e2e.targets import Target
from traceability.articles import Article, Unreadable

from .compare import ArticleComparison
from .extract import extract_urls
from .model import ArticleResult, CheckRun, Walk
from .prose import resolve_product, warm_up
from .urls import check_urls
from .versions import compare_versions
from .walks import Walker


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
    browser: Browser,
    out: Path,
    *,
    seed: int,
    today: date,
    options: dict[str, str] | None = None,
    unreadable: Sequence[Unreadable] = (),
    progress: Callable[[str], None] | None = None,
) -> CheckRun:
    """Check `articles` (a selection of `all_articles`, whose addresses are all checked) on `target`;
    `unreadable` files are reported broken, with their reason; `progress` is told what is being done."""
    tell = progress or (lambda line: None)
    warm_up()  # the language models load while the addresses are checked
    started = datetime.now(UTC).isoformat(timespec="seconds")
    every_url = [url for article in all_articles for part in article.parts for url, _ in extract_urls(part.text)]
    tell(f"checking {len(set(every_url))} addresses")
    url_checks = check_urls(browser, target, every_url)
    products = products_sold(target)
    # Walks that put items in a cart run only on the bundled mock, on accounts made for them.
    walker = Walker(
        browser,
        target.base_url,
        account_source(target, seed=seed, today=today),
        out,
        allow_state_changes=target.is_mock,
        progress=tell,
    )
    results: list[ArticleResult] = [_unreadable(bad) for bad in unreadable]
    for bad in unreadable:
        tell(f"{bad.number} {bad.path.name}: cannot be read: {bad.reason}")
    for index, article in enumerate(articles, 1):
        tell(f"[{index}/{len(articles)}] {article.number} ({article.language}) {article.title}")
        choice = resolve_product(article, products)
        if choice is None:
            comparison = ArticleComparison(
                article,
                None,
                None,
                url_checks,
                unavailable=(
                    "the article names none of the products the target sells "
                    f"({', '.join(products) or 'none known'}), so no account can be set up for it"
                ),
            )
        else:
            comparison = ArticleComparison(
                article,
                choice,
                partial(_walk, walker, product=choice.product, language=article.language),
                url_checks,
                probe_of=partial(walker.made, locale=article.language),
            )
        results.append(comparison.run())
    return CheckRun(
        target=target.description or target.kind,
        started=started,
        articles=tuple(sorted(compare_versions(results), key=lambda result: (result.number, result.language))),
        options=dict(options or {}),
    )
