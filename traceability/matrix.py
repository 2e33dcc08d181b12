"""The traceability matrix: article → part → scenarios (per language) → their last result.

Inputs:

- the articles (`billing_e2e.articles.load_articles`): every part and its id;
- the Gherkin features, parsed with pytest-bdd's own parser: a scenario verifies the ids of its
  `@verifies:<id>` tags and of its feature's and rule's; its language is the feature's
  `# language:`; a Scenario Outline is one scenario, whatever its examples;
- JUnit XML files written by pytest's `--junitxml`: a scenario's runs are the test cases named
  as pytest-bdd names its test function (`test_` + `make_python_name(name)`, with `_1`, `_2`, … for
  repeated names, in the order `scenarios()` binds them), whatever the parametrization suffix
  (`[chromium]`, `[chromium-3-5]`). Its result: failed if any run failed (or errored), else skipped
  if any run was skipped, else passed; `not run` without runs.

A part is covered in a language when at least one scenario of that language verifies it.

With the article check's `article-check.json` (`billing-e2e articles check`), each part also shows
the check's verdict on the article's own sentence, side by side with the scenarios' result: one
table, one truth. A part whose scenarios pass while the check reports drift (002.6 "Ordina
ordine": the scenarios follow the product's "Effettua ordine") is marked, since the article, not
the product, has to change there.
"""

from __future__ import annotations

import html
import json
import os
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from pytest_bdd.feature import get_features
from pytest_bdd.scenario import get_python_name_generator

from billing_e2e.articles import Article, ArticlePart, load_articles
from billing_e2e.domain import language_of_feature

from . import LANGUAGES, TAG_PREFIX

Status = Literal["passed", "failed", "skipped", "not run"]
STATUSES: tuple[Status, ...] = ("passed", "failed", "skipped", "not run")
ARTICLE_TAG_PREFIX = "article_"
"""A feature written from an article is tagged `@article_NNN`; one without such a tag is not from an article."""
DEFAULT_TEST_MODULE = "tests.e2e.test_articles"
"""The module of the scenarios' tests (the one that calls `scenarios()`): the JUnit `classname`,
or the `test module` property where the harness gives each scenario a classname of its own."""
MODULE_PROPERTY = "test module"
ATTEMPT_PROPERTY = "attempt"
"""A JUnit property of an attempt that failed and was run again (--reruns): its last attempt counts."""
TEXT_LENGTH = 140
NOT_FROM_ARTICLES = (
    "Scenarios of features written from no article (no @article_NNN tag), such as the failure paths; "
    "the article parts they verify are counted above as well."
)


@dataclass(frozen=True)
class Run:
    """The last results of one scenario's tests (one per parametrization)."""

    counts: tuple[tuple[Status, int], ...] = ()

    @property
    def status(self) -> Status:
        counts = dict(self.counts)
        worst_first: tuple[Status, ...] = ("failed", "skipped", "passed")
        return next((status for status in worst_first if counts.get(status)), "not run")

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)

    def describe(self) -> str:
        """`passed`, or `skipped (3 runs: 2 passed, 1 skipped)` when there are several runs."""
        if self.total <= 1:
            return self.status
        detail = ", ".join(f"{count} {status}" for status, count in self.counts if count)
        return f"{self.status} ({self.total} runs: {detail})"


@dataclass(frozen=True)
class ScenarioRef:
    """A scenario of a feature file, what it verifies and its last result."""

    feature: str
    """The feature file, relative to the project root (posix)."""
    line: int
    name: str
    language: str
    test_name: str
    verifies: tuple[str, ...]
    outline: bool = False
    run: Run = field(default_factory=Run)
    article: str | None = None
    """The article the scenario's feature is written from (its `@article_NNN` tag); None for a
    scenario not from an article (the failure paths), which may still verify article parts."""

    @property
    def location(self) -> str:
        return f"{self.feature}:{self.line}"


@dataclass(frozen=True)
class CheckVerdict:
    """The article check's verdict on one part, as its JSON report has it."""

    verdict: str
    """matches, drift, broken, not_checkable or nothing_to_check."""
    findings: tuple[str, ...] = ()
    """Each finding as `kind: the article says → the UI shows`."""

    def describe(self) -> str:
        return self.verdict.replace("_", " ") + (f" ({'; '.join(self.findings)})" if self.findings else "")


@dataclass(frozen=True)
class PartRow:
    """One article part and the scenarios that verify it, by language."""

    part: ArticlePart
    scenarios: dict[str, list[ScenarioRef]]
    check: CheckVerdict | None = None
    """The article check's verdict on the part's text, when its report was given."""

    def covered(self, language: str) -> bool:
        return bool(self.scenarios.get(language))

    @property
    def disagrees(self) -> bool:
        """The scenarios verifying the part pass, and the article check says its text drifts or is broken."""
        runs = [s.run.status for ss in self.scenarios.values() for s in ss]
        return self.check is not None and self.check.verdict in ("drift", "broken") and "passed" in runs


@dataclass(frozen=True)
class ArticleRows:
    article: Article
    source: str
    rows: list[PartRow]


@dataclass(frozen=True)
class Matrix:
    """Everything the reports show."""

    articles: list[ArticleRows]
    languages: tuple[str, ...]
    scenarios: list[ScenarioRef]
    unknown: list[tuple[ScenarioRef, str]]
    """(scenario, id) for every @verifies id that names no part."""
    results: list[str]
    generated: datetime
    root: Path = Path()
    """The project root the relative paths (articles, features) start from."""
    article_check: str | None = None
    """The article check's report the verdicts come from (None: no verdicts shown)."""

    @property
    def rows(self) -> list[PartRow]:
        return [row for article in self.articles for row in article.rows]

    @property
    def disagreements(self) -> list[PartRow]:
        return [row for row in self.rows if row.disagrees]

    def uncovered(self, languages: Iterable[str] = LANGUAGES) -> list[tuple[str, str]]:
        """(part id, language) for every part no scenario of that language verifies."""
        wanted = list(languages)
        return [(row.part.id, lang) for row in self.rows for lang in wanted if not row.covered(lang)]

    @property
    def not_from_articles(self) -> list[ScenarioRef]:
        """The scenarios of features without an `@article_NNN` tag (the failure paths)."""
        return [s for s in self.scenarios if s.article is None]

    def covered_count(self, language: str) -> int:
        return sum(row.covered(language) for row in self.rows)

    def scenario_counts(self, language: str) -> Counter[Status]:
        return Counter(s.run.status for s in self.scenarios if s.language == language)


# ---------------------------------------------------------------------------------------------
# Reading


def _feature_paths(features_dir: Path) -> list[Path]:
    """The paths `scenarios()` is given: the language folders (in `LANGUAGES` order first), else the folder."""
    folders = [p for p in sorted(features_dir.iterdir()) if p.is_dir()] if features_dir.is_dir() else []
    ordered = [features_dir / lang for lang in LANGUAGES if (features_dir / lang).is_dir()]
    ordered += [p for p in folders if p not in ordered]
    return ordered or [features_dir]


def _language(path: Path, gherkin: str) -> str:
    """The harness language of a feature (its folder, `language_of_feature`); for a feature whose
    language the data does not tell, its `# language:` as written (a column of its own)."""
    try:
        return language_of_feature(path, gherkin)
    except ValueError:
        return gherkin


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def collect_scenarios(features_dir: Path, root: Path) -> list[ScenarioRef]:
    """Every scenario of the feature files under `features_dir`, with the name of its test function."""
    paths = [str(path.resolve()) for path in _feature_paths(features_dir)]
    if not any(Path(p).exists() for p in paths):
        return []
    taken: set[str] = set()
    scenarios: list[ScenarioRef] = []
    for feature in get_features(paths):
        for name, template in feature.scenarios.items():
            test_name = next(n for n in get_python_name_generator(name) if n not in taken)
            taken.add(test_name)
            rule_tags = template.rule.tags if template.rule is not None else set()
            tags = template.tags | feature.tags | rule_tags
            ids = tuple(sorted(tag.removeprefix(TAG_PREFIX) for tag in tags if tag.startswith(TAG_PREFIX)))
            articles = sorted(
                tag.removeprefix(ARTICLE_TAG_PREFIX) for tag in tags if tag.startswith(ARTICLE_TAG_PREFIX)
            )
            scenarios.append(
                ScenarioRef(
                    feature=_relative(Path(feature.filename), root),
                    line=template.line_number,
                    name=name,
                    language=_language(Path(feature.filename), feature.language),
                    test_name=test_name,
                    verifies=ids,
                    outline=bool(template.examples),
                    article=articles[0] if articles else None,
                )
            )
    return sorted(scenarios, key=lambda s: (s.feature, s.line))


def read_junit(paths: Sequence[Path], test_module: str | None = DEFAULT_TEST_MODULE) -> dict[str, Run]:
    """The runs per test function name (parametrization suffix dropped) from JUnit XML files.

    Only test cases of `test_module` count (all when it is empty or None), and of a test run again
    by --reruns only its last attempt."""
    counts: dict[str, Counter[Status]] = {}
    for path in paths:
        tree = ET.parse(path)  # noqa: S314 (pytest's own --junitxml output)
        for case in tree.iter("testcase"):
            properties = {prop.get("name"): prop.get("value") for prop in case.iter("property")}
            module = properties.get(MODULE_PROPERTY) or case.get("classname", "")
            if (test_module and module != test_module) or ATTEMPT_PROPERTY in properties:
                continue
            name = case.get("name", "").split("[", 1)[0]
            status: Status = "passed"
            if case.find("failure") is not None or case.find("error") is not None:
                status = "failed"
            elif case.find("skipped") is not None:
                status = "skipped"
            counts.setdefault(name, Counter())[status] += 1
    return {name: Run(tuple((s, c[s]) for s in STATUSES if c[s])) for name, c in counts.items()}


class ArticleCheckError(ValueError):
    """The article check's report cannot be read (not JSON, another schema)."""


def read_article_check(path: Path) -> dict[str, CheckVerdict]:
    """Part id → the check's verdict, from `article-check.json`, for each article in its own language
    (the language version whose parts the matrix lists)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleCheckError(f"{path}: not an article check report: {error}") from error
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("article-check/"):
        raise ArticleCheckError(f"{path}: not an article check report (no article-check schema)")
    verdicts: dict[str, CheckVerdict] = {}
    for article in data.get("articles", []):
        for step in article.get("steps", []):
            findings = tuple(
                f"{f['kind'].replace('_', ' ')}: {f['article_text']}"
                + (f" → {f['ui_text']}" if f.get("ui_text") else "")
                for f in step.get("findings", [])
            )
            verdicts.setdefault(step["part_id"], CheckVerdict(step["verdict"], findings))
    return verdicts


def build_matrix(
    articles_dir: Path,
    features_dir: Path,
    results: Sequence[Path] = (),
    root: Path | None = None,
    test_module: str | None = DEFAULT_TEST_MODULE,
    article_check: Path | None = None,
) -> Matrix:
    """Read the articles, the features and the results (and the article check's verdicts) into the matrix."""
    root = root or Path.cwd()
    verdicts = read_article_check(article_check) if article_check is not None else {}
    articles = load_articles(articles_dir)
    runs = read_junit(results, test_module)
    scenarios = [replace(s, run=runs.get(s.test_name, Run())) for s in collect_scenarios(features_dir, root)]
    languages = tuple(LANGUAGES) + tuple(sorted({s.language for s in scenarios} - set(LANGUAGES)))
    by_id: dict[str, dict[str, list[ScenarioRef]]] = {}
    known = {part.id for article in articles for part in article.parts}
    unknown: list[tuple[ScenarioRef, str]] = []
    for scenario in scenarios:
        for part_id in scenario.verifies:
            if part_id in known:
                by_id.setdefault(part_id, {}).setdefault(scenario.language, []).append(scenario)
            else:
                unknown.append((scenario, part_id))
    return Matrix(
        articles=[
            ArticleRows(
                article,
                _relative(article.path, root) if article.path else article.number,
                [PartRow(part, by_id.get(part.id, {}), verdicts.get(part.id)) for part in article.parts],
            )
            for article in articles
        ],
        languages=languages,
        scenarios=scenarios,
        unknown=unknown,
        results=[_relative(path, root) for path in results],
        generated=datetime.now(UTC),
        root=root,
        article_check=_relative(article_check, root) if article_check is not None else None,
    )


# ---------------------------------------------------------------------------------------------
# Writing


def shorten(text: str, length: int = TEXT_LENGTH) -> str:
    """The text cut at a word boundary to at most `length` characters, with `…` when cut."""
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return f"{cut}…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 // whole}%" if whole else "-"


_MD_SPECIAL = set("\\`*_[]<>|#")


def md_escape(text: str) -> str:
    """Text safe inside a Markdown table cell: punctuation that means markup backslash-escaped."""
    return "".join(f"\\{char}" if char in _MD_SPECIAL else char for char in " ".join(text.split()))


def _md_code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


def render_markdown(matrix: Matrix) -> str:
    """The matrix as a Markdown document (GitHub-flavoured tables)."""
    langs = matrix.languages
    total = len(matrix.rows)
    out = [
        "# Traceability matrix: help articles → scenarios",
        "",
        f"Generated {matrix.generated:%Y-%m-%d %H:%M} UTC from {_count(len(matrix.articles), 'article')} "
        f"({_count(total, 'part')}), {_count(len(matrix.scenarios), 'scenario')} and "
        + (", ".join(_md_code(r) for r in matrix.results) if matrix.results else "no test results (all: not run)")
        + ".",
        "",
        "## Summary",
        "",
        "| language | parts covered | uncovered | scenarios | " + " | ".join(STATUSES) + " |",
        "| --- | --- | --- | --- | " + " | ".join("---" for _ in STATUSES) + " |",
    ]
    for lang in langs:
        covered = matrix.covered_count(lang)
        counts = matrix.scenario_counts(lang)
        out.append(
            f"| {lang} | {covered}/{total} ({_percent(covered, total)}) | {total - covered} | {sum(counts.values())} | "
            + " | ".join(str(counts[s]) for s in STATUSES)
            + " |"
        )
    out.append("")
    gaps = matrix.uncovered()
    if gaps:
        out.append(f"**Uncovered parts ({len(gaps)}):**")
        out.append("")
        for lang in LANGUAGES:
            ids = [part_id for part_id, gap_lang in gaps if gap_lang == lang]
            if ids:
                out.append(f"- {lang}: " + ", ".join(ids))
    else:
        out.append(f"Every part is covered in {', '.join(LANGUAGES)}.")
    if matrix.article_check is not None:
        out += ["", _one_truth(matrix, md_escape)]
    if matrix.unknown:
        out += ["", f"**@{TAG_PREFIX} ids that name no article part ({len(matrix.unknown)}):**", ""]
        out += [f"- {_md_code(s.location)} {md_escape(s.name)}: {md_escape(part_id)}" for s, part_id in matrix.unknown]
    out.append("")
    for entry in matrix.articles:
        article = entry.article
        out += [
            f"## {article.number} · {md_escape(article.title)} ({article.language})",
            "",
            _md_code(entry.source),
            "",
        ]
        checked = matrix.article_check is not None
        out.append(
            "| part | kind | text | "
            + " | ".join(langs)
            + " | scenarios (last result) |"
            + (" article check |" if checked else "")
        )
        out.append(
            "| --- | --- | --- | " + " | ".join("---" for _ in langs) + " | --- |" + (" --- |" if checked else "")
        )
        for row in entry.rows:
            part = row.part
            missing = any(not row.covered(lang) for lang in LANGUAGES)
            ident = f"**⚠ {part.id}**" if missing else part.id
            text = f"{part.label}: {part.text}" if part.label else part.text
            cells = [f"✔ {len(row.scenarios[lang])}" if row.covered(lang) else "**✘ uncovered**" for lang in langs]
            listed = [
                f"{lang}: {_md_code(s.location)} {md_escape(s.name)} — **{s.run.describe()}**"
                for lang in langs
                for s in row.scenarios.get(lang, [])
            ]
            verdict = ""
            if checked:
                shown = md_escape(row.check.describe()) if row.check is not None else "—"
                verdict = f" {'**⚠ ' + shown + '**' if row.disagrees else shown} |"
            out.append(
                f"| {ident} | {part.kind} | {md_escape(shorten(text))} | "
                + " | ".join(cells)
                + f" | {'<br>'.join(listed) or '—'} |"
                + verdict
            )
        out.append("")
    untagged = [s for s in matrix.scenarios if not s.verifies and s.article is not None]
    if untagged:
        out += [f"## Scenarios without @{TAG_PREFIX} tags ({len(untagged)})", ""]
        out += [f"- {s.language}: {_md_code(s.location)} {md_escape(s.name)}" for s in untagged]
        out.append("")
    extra = matrix.not_from_articles
    if extra:
        out += [f"## Not from an article ({len(extra)})", "", NOT_FROM_ARTICLES, ""]
        out += [
            f"- {s.language}: {_md_code(s.location)} {md_escape(s.name)} — **{s.run.describe()}**"
            + (f" (verifies {', '.join(s.verifies)})" if s.verifies else "")
            for s in extra
        ]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _one_truth(matrix: Matrix, escape: Callable[[str], str]) -> str:
    """The sentence that says where the scenarios and the article check disagree."""
    source = escape(matrix.article_check or "")
    rows = matrix.disagreements
    if not rows:
        return f"Article check ({source}): no part whose scenarios pass is reported as drifting."
    ids = ", ".join(row.part.id for row in rows)
    return (
        f"Article check ({source}): {_count(len(rows), 'part')} where the scenarios pass and the article's "
        f"text drifts ({ids}): the scenarios verify the product, so the article must change there."
    )


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d2330;max-width:110rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;width:100%;margin:.6rem 0}
th,td{border:1px solid #ccd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#eef0f5}code{font-size:.88em;background:#f3f4f7;padding:0 .2em}
td.ok{background:#e7f6ea;text-align:center;white-space:nowrap}
td.uncovered{background:#fbd5d5;color:#8a1020;font-weight:700;text-align:center;white-space:nowrap}
td.disagree{background:#fbd5d5;color:#8a1020;font-weight:700}
tr.gap>th{background:#fbd5d5;color:#8a1020}tbody th{white-space:nowrap}
ul.runs{margin:0;padding-left:1.1rem}
.status{font-weight:700;padding:0 .35em;border-radius:.3em;white-space:nowrap}
.passed{background:#c9ecd1;color:#135523}.failed{background:#f6c4c4;color:#8a1020}
.skipped{background:#fbe8b4;color:#6b4a00}.not-run{background:#e4e6eb;color:#3d4452}
.muted{color:#5a6272}.banner{padding:.6rem .9rem;border-radius:.4rem;margin:.8rem 0}
.banner.bad{background:#fbd5d5;color:#8a1020}.banner.good{background:#e7f6ea;color:#135523}
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _status_badge(run: Run) -> str:
    status = run.status
    return f'<span class="status {status.replace(" ", "-")}">{_h(run.describe())}</span>'


def render_html(matrix: Matrix, out_dir: Path | None = None) -> str:
    """The matrix as one self-contained HTML page (inline CSS, no scripts); with `out_dir`, where it
    will be written, the article and feature files are links relative to it."""

    def file_link(path: str, shown: str) -> str:
        if out_dir is None:
            return f"<code>{_h(shown)}</code>"
        href = Path(os.path.relpath((matrix.root / path).resolve(), out_dir.resolve())).as_posix()
        return f'<a href="{_h(quote(href))}"><code>{_h(shown)}</code></a>'

    langs = matrix.languages
    total = len(matrix.rows)
    gaps = matrix.uncovered()
    body: list[str] = [
        "<h1>Traceability matrix: help articles → scenarios</h1>",
        f'<p class="muted">Generated {matrix.generated:%Y-%m-%d %H:%M} UTC from '
        f"{_count(len(matrix.articles), 'article')} ({_count(total, 'part')}), "
        f"{_count(len(matrix.scenarios), 'scenario')} and "
        + (", ".join(f"<code>{_h(r)}</code>" for r in matrix.results) if matrix.results else "no test results")
        + ".</p>",
        "<h2>Summary</h2>",
        "<table><thead><tr><th>language</th><th>parts covered</th><th>uncovered</th><th>scenarios</th>"
        + "".join(f"<th>{_h(s)}</th>" for s in STATUSES)
        + "</tr></thead><tbody>",
    ]
    for lang in langs:
        covered = matrix.covered_count(lang)
        counts = matrix.scenario_counts(lang)
        cls = ' class="uncovered"' if covered < total and lang in LANGUAGES else ""
        body.append(
            f"<tr><th>{_h(lang)}</th><td>{covered}/{total} ({_percent(covered, total)})</td>"
            f"<td{cls}>{total - covered}</td><td>{sum(counts.values())}</td>"
            + "".join(f"<td>{counts[s]}</td>" for s in STATUSES)
            + "</tr>"
        )
    body.append("</tbody></table>")
    if gaps:
        items = "".join(
            f"<li>{_h(lang)}: "
            + ", ".join(f'<a href="#part-{_h(pid)}">{_h(pid)}</a>' for pid, gap_lang in gaps if gap_lang == lang)
            + "</li>"
            for lang in LANGUAGES
            if any(gap_lang == lang for _, gap_lang in gaps)
        )
        body.append(f'<div class="banner bad"><strong>Uncovered parts ({len(gaps)}):</strong><ul>{items}</ul></div>')
    else:
        body.append(f'<div class="banner good">Every part is covered in {_h(", ".join(LANGUAGES))}.</div>')
    if matrix.article_check is not None:
        cls = "bad" if matrix.disagreements else "good"
        body.append(f'<div class="banner {cls}">{_one_truth(matrix, _h)}</div>')
    if matrix.unknown:
        items = "".join(
            f"<li><code>{_h(s.location)}</code> {_h(s.name)}: <code>@{_h(TAG_PREFIX + pid)}</code></li>"
            for s, pid in matrix.unknown
        )
        body.append(f'<div class="banner bad"><strong>Ids that name no article part:</strong><ul>{items}</ul></div>')
    body.append(
        "<p>Articles: "
        + " · ".join(f'<a href="#article-{_h(e.article.number)}">{_h(e.article.number)}</a>' for e in matrix.articles)
        + "</p>"
    )
    for entry in matrix.articles:
        article = entry.article
        body.append(
            f'<h2 id="article-{_h(article.number)}">{_h(article.number)} · '
            f'<span lang="{_h(article.language)}">{_h(article.title)}</span> ({_h(article.language)})</h2>'
            f'<p class="muted">{file_link(entry.source, entry.source)}</p>'
        )
        body.append(
            "<table><thead><tr><th>part</th><th>kind</th><th>text</th>"
            + "".join(f"<th>{_h(lang)}</th>" for lang in langs)
            + "<th>scenarios (last result)</th>"
            + ("<th>article check</th>" if matrix.article_check is not None else "")
            + "</tr></thead><tbody>"
        )
        for row in entry.rows:
            part = row.part
            missing = any(not row.covered(lang) for lang in LANGUAGES)
            text = f"{part.label}: {part.text}" if part.label else part.text
            cells = "".join(
                f'<td class="ok">✔ {len(row.scenarios[lang])}</td>'
                if row.covered(lang)
                else '<td class="uncovered">✘ uncovered</td>'
                for lang in langs
            )
            runs = "".join(
                f"<li>{_h(lang)}: {file_link(s.feature, s.location)} {_h(s.name)} {_status_badge(s.run)}</li>"
                for lang in langs
                for s in row.scenarios.get(lang, [])
            )
            row_class = ' class="gap"' if missing else ""
            runs_cell = f'<ul class="runs">{runs}</ul>' if runs else "—"
            verdict = ""
            if matrix.article_check is not None:
                shown = _h(row.check.describe()) if row.check is not None else "—"
                verdict = f'<td class="disagree">⚠ {shown}</td>' if row.disagrees else f"<td>{shown}</td>"
            body.append(
                f'<tr id="part-{_h(part.id)}"{row_class}><th>{_h(part.id)}</th><td>{_h(part.kind)}</td>'
                f'<td lang="{_h(article.language)}" title="{_h(text)}">{_h(shorten(text))}</td>{cells}'
                f"<td>{runs_cell}</td>{verdict}</tr>"
            )
        body.append("</tbody></table>")
    untagged = [s for s in matrix.scenarios if not s.verifies and s.article is not None]
    if untagged:
        items = "".join(f"<li>{_h(s.language)}: {file_link(s.feature, s.location)} {_h(s.name)}</li>" for s in untagged)
        body.append(f"<h2>Scenarios without @{_h(TAG_PREFIX)} tags ({len(untagged)})</h2><ul>{items}</ul>")
    extra = matrix.not_from_articles
    if extra:
        items = "".join(
            f"<li>{_h(s.language)}: {file_link(s.feature, s.location)} {_h(s.name)} {_status_badge(s.run)}"
            + (f" <span class=muted>verifies {_h(', '.join(s.verifies))}</span>" if s.verifies else "")
            + "</li>"
            for s in extra
        )
        body.append(
            f'<h2 id="not-from-articles">Not from an article ({len(extra)})</h2>'
            f'<p class="muted">{_h(NOT_FROM_ARTICLES)}</p><ul>{items}</ul>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Traceability matrix · billing-e2e</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write_reports(matrix: Matrix, out: Path) -> tuple[Path, Path]:
    """Write `traceability.md` and `traceability.html` into `out` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    markdown, page = out / "traceability.md", out / "traceability.html"
    markdown.write_text(render_markdown(matrix), encoding="utf-8")
    page.write_text(render_html(matrix, out), encoding="utf-8")
    return markdown, page
