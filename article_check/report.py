"""The result of an article check, written for the people and programs who read it.

- `write_report`: a folder a documentation writer opens in any browser: `index.html` with one row
  per article, and one page per article and locale (`002-it.html`) that puts each step as the
  article writes it next to its verdict, the suggested fixes and the screenshot of the UI at that
  point. Plain HTML with inline CSS: no scripts and nothing fetched from elsewhere, so it works from
  a CI artifact, an e-mail attachment or on paper.
- `to_json`: the run as JSON for CI (`article-check.json`): every field of the model plus the
  verdicts and counts the model computes, so a consumer needs none of this code.
- `summary_lines`: the few lines the command prints at the end of a run.
- `findings_markdown`: every finding as a Markdown table (`findings.md`), for a README or a ticket.

Everything shown that comes from an article or from the UI is escaped (Jinja2 autoescape; the
highlighted step text is escaped piece by piece here).
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, get_args
from urllib.parse import quote, urlsplit

import jinja2
from markupsafe import Markup, escape

from article_check.model import (
    ARTICLE_VERDICTS,
    ArticleResult,
    CheckRun,
    Finding,
    Mention,
    StepResult,
    UrlCheck,
    UrlOutcome,
    Verdict,
    worst,
)

SCHEMA = "article-check/1"
"""Version of `article-check.json`'s layout; changes when a consumer would have to change."""

JSON_NAME = "article-check.json"
MARKDOWN_NAME = "findings.md"

# Best first, as the model declares them: the order counts are listed in.
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
STEP_VERDICTS: tuple[Verdict, ...] = tuple(verdict for verdict in VERDICTS if verdict not in ARTICLE_VERDICTS)
"""A step's verdicts: what the steps' counts count."""
URL_OUTCOMES: tuple[UrlOutcome, ...] = get_args(UrlOutcome)

VERDICT_HELP: dict[Verdict, str] = {
    "matches": "the UI shows what the step says",
    "drift": "the UI differs from the step; each finding has a suggested fix",
    "broken": "an address fails, or the walk could not get to this point",
    "not_checkable": "this target cannot show what the step describes (the summary says why)",
    "nothing_to_check": "the step names no UI label and no address",
    "not_checked": "the article is written in a language the check has no vocabulary for (said once, for the article)",
    "check_error": "the check could not read the article's steps: an error of the check, not a pass",
}

_FINDING_PREFIX: dict[str, str] = {"url_broken": "URL broken", "url_redirects": "URL redirects"}


@dataclass(frozen=True)
class ReportFiles:
    """What `write_report` wrote."""

    index: Path
    pages: list[Path]
    json: Path
    markdown: Path


# --------------------------------------------------------------------------------------------- words


def human(word: str) -> str:
    """A verdict, outcome or finding kind as prose: `nothing_to_check` → `nothing to check`."""
    return _FINDING_PREFIX.get(word) or word.replace("_", " ")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


_Key = TypeVar("_Key", bound=str)


def _tally(counts: Mapping[_Key, int], order: Iterable[_Key]) -> str:
    return ", ".join(f"{counts[key]} {human(key)}" for key in order if counts.get(key))


def verdict_counts(steps: Iterable[StepResult]) -> dict[Verdict, int]:
    """Verdict → number of steps, every verdict present (zeros included) so consumers need no defaults."""
    seen = Counter(step.verdict for step in steps)
    return {verdict: seen[verdict] for verdict in STEP_VERDICTS}


def url_counts(urls: Iterable[UrlCheck]) -> dict[UrlOutcome, int]:
    """Outcome → number of addresses."""
    seen = Counter(url.outcome for url in urls)
    return {outcome: seen[outcome] for outcome in URL_OUTCOMES}


def steps_phrase(steps: tuple[StepResult, ...]) -> str:
    """`6 steps: 4 matches, 1 drift, 1 nothing to check`."""
    tally = _tally(verdict_counts(steps), VERDICTS)
    return _plural(len(steps), "step") + (f": {tally}" if tally else "")


def urls_phrase(urls: tuple[UrlCheck, ...]) -> str:
    """`2 URLs: 1 answers, 1 broken`."""
    tally = _tally(url_counts(urls), URL_OUTCOMES)
    return _plural(len(urls), "URL") + (f": {tally}" if tally else "")


def run_verdict(run: CheckRun) -> Verdict:
    """The worst of the articles' verdicts (`matches` for a run without articles, as `worst` has it)."""
    return worst(article.verdict for article in run.articles)


def _all_steps(run: CheckRun) -> tuple[StepResult, ...]:
    return tuple(step for article in run.articles for step in article.steps)


def _all_urls(run: CheckRun) -> tuple[UrlCheck, ...]:
    return tuple(url for article in run.articles for url in article.urls)


def page_name(article: ArticleResult) -> str:
    """The article's page in the report folder: `002-it.html`."""
    return f"{article.number}-{article.language}.html"


# --------------------------------------------------------------------------------------------- JSON


def _lists(value: Any) -> Any:
    """`asdict` keeps the model's tuples; as lists, the data equals what `json.loads` reads back."""
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(item) for item in value]
    return value


def to_json(run: CheckRun) -> dict[str, Any]:
    """The run as plain JSON data: `dataclasses.asdict`, plus `schema`, and per run and per article
    `verdict`, `counts` (verdict → number of steps) and `findings` (how many)."""
    data: dict[str, Any] = {"schema": SCHEMA, **_lists(dataclasses.asdict(run))}
    for article, entry in zip(run.articles, data["articles"], strict=True):
        entry["verdict"] = article.verdict
        entry["counts"] = verdict_counts(article.steps)
        entry["findings"] = len(article.findings)
    data["verdict"] = run_verdict(run)
    data["counts"] = verdict_counts(_all_steps(run))
    data["findings"] = len(run.findings)
    return data


# --------------------------------------------------------------------------------------------- terminal


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _finding_line(finding: Finding) -> str:
    line = f'  {finding.part_id}  {human(finding.kind)}: "{finding.article_text}"'
    if finding.ui_text is not None:
        return f'{line} → "{finding.ui_text}"'
    # Without the UI's text the line would not say what to do; the suggestion does.
    return f"{line} — {finding.suggestion}"


def _url_line(article: ArticleResult, url: UrlCheck) -> str:
    part = next((step.part_id for step in article.steps if url in step.urls), article.number)
    status = f" ({url.status})" if url.status is not None else ""
    if url.outcome == "redirects":
        return f"  {part}  URL redirects: {url.url} → {url.final_url or '?'}{status}"
    detail = f" {url.detail}" if url.detail else ""
    return f"  {part}  URL broken: {url.url}{status}{detail}"


def summary_lines(run: CheckRun, *, report: Path | None = None) -> list[str]:
    """The terminal summary: a line per article, an indented line per finding and per failing or
    redirecting address, a total line and, with `report`, where the report is."""
    labels = [_short(article.product or article.title) for article in run.articles]
    label_width = max((len(label) for label in labels), default=0)
    verdict_width = max((len(human(article.verdict)) for article in run.articles), default=0)
    lines: list[str] = []
    if not run.articles:
        lines.append(f"No articles were checked on {run.target}.")
    for article, label in zip(run.articles, labels, strict=True):
        head = (
            f"{article.number} {article.language}  {label:<{label_width}}  {human(article.verdict):<{verdict_width}}  "
        )
        if article.error:
            lines += [head + "could not be checked", f"  {article.number}  error: {article.error}"]
            continue
        lines.append(head + steps_phrase(article.steps) + (f"; {urls_phrase(article.urls)}" if article.urls else ""))
        if article.article_summary:
            lines.append(f"  {article.number}  {human(article.article_verdict or '')}: {article.article_summary}")
        lines += [_finding_line(finding) for finding in article.findings]
        # An address that already has a finding is on the finding's line.
        reported = {f.article_text for f in article.findings if f.kind in ("url_broken", "url_redirects")}
        lines += [
            _url_line(article, url)
            for url in article.urls
            if url.outcome in ("broken", "redirects") and url.url not in reported
        ]
    articles = Counter(article.verdict for article in run.articles)
    article_tally = _tally(articles, VERDICTS)
    total = _plural(len(run.articles), "article") + (f" ({article_tally})" if article_tally else "")
    total += (
        f"; {steps_phrase(_all_steps(run))}; {urls_phrase(_all_urls(run))}; {_plural(len(run.findings), 'finding')}"
    )
    lines.append(f"Total: {total}. Verdict: {human(run_verdict(run))}.")
    if report is not None:
        lines.append(f"Report: {report}")
    return lines


# --------------------------------------------------------------------------------------------- HTML


def _span(step: StepResult, mention: Mention) -> tuple[int, int] | None:
    """Where the mention is in the step's text (at its offset, else where its text occurs), or None."""
    text, start = step.text, mention.start
    # When the UI confirmed a longer stretch of the candidate than the extractor's guess, that
    # stretch is the label the writer sees confirmed.
    for label in step.confirmed:
        if len(label) > len(mention.text) and mention.candidate.startswith(label) and text.startswith(label, start):
            return start, start + len(label)
    if start >= 0 and text.startswith(mention.text, start):
        return start, start + len(mention.text)
    # An offset that misses (text normalised after extraction) would mark the wrong words.
    found = text.find(mention.text)
    return (found, found + len(mention.text)) if found >= 0 and mention.text else None


_MARK_HINT = {"finding": "differs from the UI", "confirmed": "shown by the UI", "unchecked": "not compared"}


def _mention_class(step: StepResult, mention: Mention, shown: str) -> str:
    if any(f.article_text in (mention.text, mention.candidate, shown) for f in step.findings):
        return "finding"
    if shown in step.confirmed or mention.text in step.confirmed:
        return "confirmed"
    return "unchecked"


def marked_text(step: StepResult) -> Markup:
    """The step's text, escaped, with each mention in a `<mark>` (class `confirmed`, `finding` or
    `unchecked`); overlapping mentions keep the first."""
    text = step.text
    spans: list[tuple[int, int, Mention]] = []
    for mention in step.mentions:
        span = _span(step, mention)
        if span is not None:
            spans.append((*span, mention))
    out: list[Markup] = []
    position = 0
    for start, end, mention in sorted(spans, key=lambda item: (item[0], -item[1])):
        if start < position:
            continue
        shown = text[start:end]
        cls = _mention_class(step, mention, shown)
        hint = " · ".join(part for part in (mention.action, mention.role_hint, _MARK_HINT[cls]) if part)
        out.append(escape(text[position:start]))
        out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(cls, hint, shown))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


def web_href(url: str | None) -> str | None:
    """The address as a link target, only for http(s): an article's `javascript:` stays text, and
    so does an address on a port of its own (the bundled mock's, gone once the run is over)."""
    if not url:
        return None
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:  # a port that is no number is no address to follow either
        return None
    if port is not None and port not in (80, 443):
        return None
    return url if parts.scheme.lower() in ("http", "https") else None


def file_href(path: str) -> str:
    """A path relative to the report folder as a URL path (spaces, `#` and `?` would break it)."""
    return quote(path.replace("\\", "/"), safe="/")


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("article_check", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        human=human,
        marked=marked_text,
        steps_phrase=steps_phrase,
        urls_phrase=urls_phrase,
        href=web_href,
        file_href=file_href,
    )
    env.globals.update(
        verdicts=VERDICTS,
        verdict_help=VERDICT_HELP,
        page_name=page_name,
        plural=_plural,
        json_name=JSON_NAME,
    )
    return env


def render_index(run: CheckRun) -> str:
    """The index page: the run and one row per article."""
    return (
        _environment()
        .get_template("index.html.j2")
        .render(
            run=run,
            verdict=run_verdict(run),
            steps=_all_steps(run),
            urls=_all_urls(run),
            article_counts=Counter(article.verdict for article in run.articles),
        )
    )


def render_article(run: CheckRun, article: ArticleResult) -> str:
    """The page of one article in one language."""
    return _environment().get_template("article.html.j2").render(run=run, article=article)


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def findings_table(findings: Iterable[tuple[str, Finding]]) -> str:
    """(language, finding) pairs as a Markdown table: part, what is wrong, the suggested fix."""
    lines = [
        "| part | finding | the article says | the UI / target shows | suggested fix |",
        "| --- | --- | --- | --- | --- |",
    ]
    for language, finding in findings:
        lines.append(
            f"| {finding.part_id} ({language}) | {human(finding.kind)} | {_cell(finding.article_text)} "
            f"| {_cell(finding.ui_text) or '—'} | {_cell(finding.suggestion)} |"
        )
    return "\n".join(lines) + "\n"


def findings_markdown(run: CheckRun) -> str:
    """Every finding of the run as a Markdown table (`findings.md`)."""
    return findings_table((article.language, finding) for article in run.articles for finding in article.findings)


def write_report(run: CheckRun, out: Path) -> ReportFiles:
    """Write `out/index.html`, `out/<number>-<language>.html` per article and `out/article-check.json`
    (the folder is created if missing; the screenshots are expected there already)."""
    names = [page_name(article) for article in run.articles]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        # Two results for one page would silently keep only the last.
        raise ValueError(f"more than one result for the same article and language: {', '.join(repeated)}")
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for article, name in zip(run.articles, names, strict=True):
        page = out / name
        page.write_text(render_article(run, article), encoding="utf-8")
        pages.append(page)
    index = out / "index.html"
    index.write_text(render_index(run), encoding="utf-8")
    data = out / JSON_NAME
    data.write_text(json.dumps(to_json(run), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown = out / MARKDOWN_NAME
    markdown.write_text(findings_markdown(run), encoding="utf-8")
    return ReportFiles(index=index, pages=pages, json=data, markdown=markdown)
