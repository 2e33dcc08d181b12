"""Traceability: the articles' parts and their ids, the `@verifies:` convention, the matrix.

- Each real article parses to the parts a reader finds in it (ids checked by reading the text).
- Markdown and HTML versions of every article parse to the same parts as the plain text.
- The matrix, on a small made-up project, shows coverage per language, the last results (matched
  by pytest-bdd's test names, repeated names and parametrizations included), escapes what it shows,
  and `--strict` fails while a part is uncovered.
- The pytest plugin turns the tags into `verifies` markers and stops the run on an unknown id
  (pytester, in a subprocess: the Playwright plugin keeps process-wide state).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import textwrap
from pathlib import Path

import pytest
from gherkin.dialect import Dialect

from billing_e2e.articles import (
    ArticleFormatError,
    detect_language,
    load_articles,
    parse_article,
    parse_text,
)
from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES
from traceability.__main__ import main
from traceability.matrix import build_matrix, render_html, render_markdown

pytestmark = pytest.mark.harness
pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "articles"

EXPECTED_IDS = {
    "000": [
        "intro-1", "intro-2", "note-1", "1", "2", "troubleshooting-1", "3", "4", "tip-1", "5", "6", "result-1",
    ],
    "001": [
        "intro-1", "intro-2", "note-1", "1", "2", "troubleshooting-1", "3", "4", "tip-1", "5", "6", "result-1",
    ],
    "002": [
        "intro-1", "intro-2", "note-1", "1", "2", "warning-1", "3", "4", "note-2", "5", "note-3", "6", "result-1",
        "after-1",
    ],
    "003": ["intro-1", "intro-2", "note-1", "1", "2", "3", "4", "note-2", "5", "6", "7", "after-1"],
    "004": [
        "intro-1", "note-1", "1", "2", "3", "4", "5", "6", "7", "8", "note-2", "9", "10", "result-1", "result-2",
    ],
    # 005's steps are "- " bullets (the published list lost its numbers): parsed as intro paragraphs.
    "005": ["intro-1", "intro-2", "intro-3", "intro-4", "intro-5", "intro-6", "intro-7"],
    "006": ["intro-1", "intro-2", "note-1", "1", "2", "3", "result-1", "after-1", "after-2"],
    # 007: its title line is missing (the first sentence is the title), its steps are bullets.
    "007": ["note-1", "intro-1", "intro-2", "intro-3", "intro-4"],
    # 008 has no numbered steps: its two sections ("Sign in to ...", "Having trouble?") are paragraphs.
    "008": [f"intro-{n}" for n in range(1, 12)],
    # 009: its footer ("Article last updated: 30 November, 2023") is no part.
    "009": [
        "intro-1", "intro-2", "intro-3", "note-1", "1", "2", "3", "4", "tip-1", "5", "6", "result-1", "after-1",
    ],
}  # fmt: skip


TITLE_LOST = {"007"}
"""Articles stored without their question title (the first sentence stands for it)."""


def _article_file(number: str) -> Path:
    return next(ARTICLES.glob(f"{number}_*.txt"))


# ---------------------------------------------------------------------------------------------
# The real articles


@pytest.mark.parametrize("number", sorted(EXPECTED_IDS))
def test_each_article_parses_to_the_parts_its_text_has(number: str) -> None:
    article = parse_article(_article_file(number))
    assert article.number == number
    assert article.ids == [f"{number}.{suffix}" for suffix in EXPECTED_IDS[number]]
    assert article.title.endswith("?") or number in TITLE_LOST, article.title
    assert all(part.text for part in article.parts)
    steps = [part.number for part in article.parts if part.kind == "step"]
    assert steps == list(range(1, len(steps) + 1))


def test_load_articles_reads_the_folder_by_number_and_skips_the_readme() -> None:
    articles = load_articles(ARTICLES)
    assert [article.number for article in articles] == [f"{n:03}" for n in range(10)]
    assert sum(len(article.parts) for article in articles) == sum(len(ids) for ids in EXPECTED_IDS.values())


def test_the_language_detected_is_the_one_the_articles_readme_lists() -> None:
    readme = (ARTICLES / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| (\d{3})_\S+ \| (\w\w) \|", readme, re.M))
    assert listed == {article.number: article.language for article in load_articles(ARTICLES)}
    assert detect_language("Click Edit Subscription, then select the plan you need for your users.") == "en"


def test_parts_keep_their_kind_label_and_text() -> None:
    article = parse_article(_article_file("004"))
    note = article.part("004.note-2")
    assert (note.kind, note.label, note.number) == ("note", "Hinweis", None)
    assert note.text.startswith("Wenn sich bereits ein oder mehrere Artikel in Ihrem Warenkorb befinden")
    # The label alone on its line takes the next line as its text.
    assert article.part("004.result-2").text.startswith("Wenn Sie die Anzahl der Benutzerlizenzen erhöht haben")
    assert article.part("004.10").number == 10
    intro = parse_article(_article_file("002")).part("002.intro-2")
    assert "puoi ridurre il numero di licenze utente online" in intro.text
    assert "Contatta il supporto" in intro.text
    after = parse_article(_article_file("002")).part("002.after-1")
    assert after.text.startswith("Se hai aumentato il numero di licenze utente")
    assert "assegnarle" in after.text


# ---------------------------------------------------------------------------------------------
# Markdown and HTML versions

_LABEL = re.compile(
    r"^(Nota|Suggerimento|Risoluzione dei problemi|Attenzione|Risultati|Hinweis|Ergebnisse|Ergebnis):\s*(.*)$"
)
_STEP = re.compile(r"^(\d+)\. (.*)$")


def _blocks(text: str) -> list[tuple[str, int, str]]:
    """(kind, indent, text) per line of a plain-text article: pre, title, step, box, para."""
    blocks: list[tuple[str, int, str]] = []
    # An article whose question title was lost (007: "an article's first lines may be missing")
    # has its first line as the title, as the parser reads it.
    questions = any(line.strip().endswith("?") for line in text.splitlines())
    seen_title = False
    for line in text.splitlines():
        if not line.strip():
            continue
        indent, stripped = len(line) - len(line.lstrip()), line.strip()
        if not seen_title:
            seen_title = stripped.endswith("?") or not questions
            blocks.append(("title" if seen_title else "pre", indent, stripped))
        elif _STEP.match(stripped):
            blocks.append(("step", indent, stripped))
        elif _LABEL.match(stripped):
            blocks.append(("box", indent, stripped))
        else:
            blocks.append(("para", indent, stripped))
    return blocks


def _to_markdown(text: str) -> str:
    """The article as Markdown: heading, image, `1.`-only list, quoted boxes, soft-wrapped lines."""

    def wrap(value: str, prefix: str = "", first: str = "") -> str:
        value = value.replace(" > ", " &gt; ")
        lines = textwrap.wrap(
            value, 60, initial_indent=first, subsequent_indent=prefix, break_on_hyphens=False, break_long_words=False
        )
        return "\n".join(lines)

    out: list[str] = []
    step_indent: int | None = None
    for kind, indent, value in _blocks(text):
        if kind == "pre":
            out.append(f"![{value}](icon.png)")
        elif kind == "title":
            out.append(f"# {value}")
        elif kind == "step":
            step_indent = indent
            out.append(wrap(_STEP.sub(r"\2", value), "   ", "1. "))
        elif kind == "box":
            label, rest = _LABEL.match(value).groups()  # type: ignore[union-attr]
            inside = step_indent is not None and indent > step_indent
            prefix = "   > " if inside else "> "
            out.append(wrap(f"**{label}:** {rest}".strip(), prefix, prefix))
        else:
            out.append(wrap(value))
        out.append("")
    return "\n".join(out)


def _to_html(text: str) -> str:
    """The article as HTML: `<ol>` without numbers, boxes inside the step they follow, entities."""

    def esc(value: str) -> str:
        return html.escape(value).replace("’", "&rsquo;")

    out = ["<!DOCTYPE html><html><head><title>Article</title><style>li{margin:0}</style></head><body>"]
    in_list = False
    step_indent: int | None = None
    for kind, indent, value in _blocks(text):
        inside = step_indent is not None and indent > step_indent and in_list
        if kind in {"box", "para"} and in_list and not inside:
            out.append("</li></ol>")
            in_list = False
        if kind == "pre":
            out.append(f'<p><img src="icon.png" alt="{esc(value)}"></p>')
        elif kind == "title":
            out.append(f"<h1>{esc(value)}</h1>")
        elif kind == "step":
            out.append("</li>" if in_list else "<ol>")
            in_list, step_indent = True, indent
            step_text = _STEP.sub(r"\2", value)
            out.append(f"<li>{esc(step_text)}")
        elif kind == "box":
            label, rest = _LABEL.match(value).groups()  # type: ignore[union-attr]
            rest_html = f" {esc(rest)}" if rest else ""
            out.append(f'<div class="box"><p><strong>{esc(label)}:</strong>{rest_html}</p></div>')
        elif value.startswith("- "):  # a bulleted line: an unordered list's item
            out.append(f"<ul><li>{esc(value[2:])}</li></ul>")
        else:
            out.append(f"<p>{esc(value)}</p>")
    if in_list:
        out.append("</li></ol>")
    out.append("</body></html>")
    return "\n".join(out)


@pytest.mark.parametrize("number", sorted(EXPECTED_IDS))
def test_markdown_and_html_versions_parse_to_the_same_parts(number: str, tmp_path: Path) -> None:
    source = _article_file(number)
    text = source.read_text(encoding="utf-8")
    plain = parse_article(source)
    (tmp_path / f"{number}_copy.md").write_text(_to_markdown(text), encoding="utf-8")
    (tmp_path / f"{number}_copy.html").write_text(_to_html(text), encoding="utf-8")
    for copy in (tmp_path / f"{number}_copy.md", tmp_path / f"{number}_copy.html"):
        parsed = parse_article(copy)
        assert parsed.ids == plain.ids, copy.suffix
        assert parsed.parts == plain.parts, copy.suffix
        assert (parsed.title, parsed.language) == (plain.title, plain.language)


def test_markdown_nesting_lazy_numbers_and_multi_paragraph_boxes() -> None:
    markdown = """Intro *before* the title?

Read [the FAQ](https://example.com/faq) first.

1. Sign in at <https://billing.goto.com>.
1. Select **Edit Subscription**.

   More about the second step.

   - a bullet of the second step

   > **Note:** a note in two paragraphs,
   >
   > the second one.

1. Place the order.

**Results:**

You changed the plan.

Remember to assign the licenses.
"""
    article = parse_text(markdown, "042", "markdown")
    assert article.title == "Intro before the title?"
    assert article.language == "en"
    assert article.ids == ["042.intro-1", "042.1", "042.2", "042.note-1", "042.3", "042.result-1", "042.after-1"]
    assert article.part("042.1").text == "Sign in at https://billing.goto.com."
    assert (
        article.part("042.2").text
        == "Select Edit Subscription. More about the second step. a bullet of the second step"
    )
    assert article.part("042.note-1").text == "a note in two paragraphs, the second one."
    assert article.part("042.result-1").text == "You changed the plan."


def test_html_numbers_the_list_items_and_keeps_nested_content_with_its_step() -> None:
    page = """<html><body><h2>Wie kann ich den Plan ändern?</h2>
<p>Sie können den Plan jederzeit ändern.</p>
<ol><li>Melden Sie sich an.</li><li>Wählen Sie <em>Ändern</em>.<ul><li>Unterpunkt</li></ul>
<p><strong>Tipp:</strong> Wählen Sie &bdquo;Bestellung &auml;ndern&ldquo;.</p></li></ol>
<p>Ein Absatz zwischen den Listen.</p>
<ol start="3"><li>Wählen Sie Bestellung aufgeben.</li></ol>
<script>var x = "1. not a step";</script></body></html>"""
    article = parse_text(page, "043", "html")
    assert article.language == "de"
    assert article.ids == ["043.intro-1", "043.1", "043.2", "043.tip-1", "043.3"]
    assert article.part("043.2").text == "Wählen Sie Ändern. Unterpunkt Ein Absatz zwischen den Listen."
    assert article.part("043.tip-1").text == "Wählen Sie „Bestellung ändern“."


def test_a_repeated_step_number_is_an_error_not_a_silent_id_clash() -> None:
    with pytest.raises(ArticleFormatError, match=r"044\.2"):
        parse_text("Come posso?\n1. Primo.\n2. Secondo.\n2. Di nuovo.\n", "044")


def test_a_list_that_starts_again_at_1_is_the_next_procedure_numbered_on() -> None:
    # Two procedures in one article (1, 2, then 1, 2): the ids stay unique, as a reader counts.
    article = parse_text(
        "How do I change it?\n1. Log in.\n2. Click Edit.\n\n1. Choose a type.\n2. Click Save.\n", "045"
    )
    assert article.ids == ["045.1", "045.2", "045.3", "045.4"]
    assert [part.number for part in article.parts] == [1, 2, 3, 4]
    assert article.part("045.3").text == "Choose a type."


def test_an_article_file_needs_its_number(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Come posso?\n1. Primo.\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match="3-digit number"):
        parse_article(path)


# ---------------------------------------------------------------------------------------------
# The matrix

DEMO_ARTICLE = """product icon

Come posso fare una prova?

    Puoi fare una prova in qualsiasi momento.
    Nota: Alcuni contatti usano un altro portale.
    1. Accedi al Centro fatturazione.
    2. Fai clic su Prova.

      Suggerimento: Fai clic su Modifica per cambiare.

    3. Fai clic su Effettua ordine.
    Risultati: Hai fatto la prova.
"""

DEMO_FEATURES = {
    "it/010_prova.feature": """# language: it
@article_010 @verifies:010.intro-1
Funzionalità: Prova
  @verifies:010.1 @verifies:010.2
  Scenario: Fare una prova
    Dato qualcosa

  @verifies:010.tip-1 @verifies:010.3
  Schema dello scenario: Prova con <n> licenze
    Dato qualcosa <n>

    Esempi:
      | n |
      | 1 |
      | 2 |
""",
    "de/010_probe.feature": """# language: de
@article_010
Funktionalität: Probe
  @verifies:010.intro-1 @verifies:010.note-1 @verifies:010.1 @verifies:010.2
  @verifies:010.tip-1 @verifies:010.3 @verifies:010.result-1
  Szenario: Eine Probe machen
    Angenommen etwas
""",
    "en/010_trial.feature": """@article_010
Feature: Trial
  @verifies:010.1
  Scenario: Make a trial
    Given something

  @verifies:010.99
  Scenario: A <b>bold</b> & "quoted" | piped trial
    Given something
""",
    "en/010_trial_more.feature": """@article_010
Feature: More trial
  @verifies:010.result-1
  Scenario: Make a trial
    Given something

  Scenario: Declares nothing
    Given something
""",
}

MODULE = "tests.e2e.test_articles"
DEMO_JUNIT = f"""<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="7">
<testcase classname="{MODULE}" name="test_fare_una_prova[chromium]" time="1"/>
<testcase classname="{MODULE}" name="test_prova_con_n_licenze[chromium-1]" time="1"/>
<testcase classname="{MODULE}" name="test_prova_con_n_licenze[chromium-2]" time="1"><failure message="no"/></testcase>
<testcase classname="{MODULE}" name="test_eine_probe_machen[chromium]" time="1"><skipped message="guard"/></testcase>
<testcase classname="{MODULE}" name="test_make_a_trial[chromium]" time="1"><failure message="no"/></testcase>
<testcase classname="{MODULE}" name="test_make_a_trial_1[chromium]" time="1"/>
<testcase classname="tests.harness.test_other" name="test_declares_nothing" time="1"><failure message="x"/></testcase>
</testsuite></testsuites>
"""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A project with one article (010: intro-1, note-1, 1, 2, tip-1, 3, result-1), features in
    it/de/en and the JUnit file of a run."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "010_demo.txt").write_text(DEMO_ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "README.md").write_text("# not an article\n", encoding="utf-8")
    for name, text in DEMO_FEATURES.items():
        path = tmp_path / "features" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "junit.xml").write_text(DEMO_JUNIT, encoding="utf-8")
    return tmp_path


def test_the_matrix_lists_coverage_per_language_and_the_last_results(demo: Path) -> None:
    matrix = build_matrix(demo / "articles", demo / "features", [demo / "reports" / "junit.xml"], root=demo)
    assert matrix.articles[0].article.ids == [
        "010.intro-1", "010.note-1", "010.1", "010.2", "010.tip-1", "010.3", "010.result-1",
    ]  # fmt: skip
    # The demo has features in it, de and en only: in every other language of the data, every
    # part is uncovered.
    uncovered_here = {
        ("010.intro-1", "en"),
        ("010.note-1", "it"),
        ("010.note-1", "en"),
        ("010.2", "en"),
        ("010.tip-1", "en"),
        ("010.3", "en"),
        ("010.result-1", "it"),
    }
    others = [lang for lang in LANGUAGES if lang not in ("it", "de", "en")]
    assert matrix.uncovered() == [
        (part, lang)
        for part in matrix.articles[0].article.ids
        for lang in LANGUAGES
        if (part, lang) in uncovered_here or lang in others
    ]
    results = {(s.feature, s.name): (s.test_name, s.run.describe()) for s in matrix.scenarios}
    assert results == {
        ("features/it/010_prova.feature", "Fare una prova"): ("test_fare_una_prova", "passed"),
        # One scenario, whatever its examples: failed if one example failed.
        ("features/it/010_prova.feature", "Prova con <n> licenze"): (
            "test_prova_con_n_licenze",
            "failed (2 runs: 1 passed, 1 failed)",
        ),
        ("features/de/010_probe.feature", "Eine Probe machen"): ("test_eine_probe_machen", "skipped"),
        # pytest-bdd names the repeated scenario name in feature-name order: "More trial" first.
        ("features/en/010_trial_more.feature", "Make a trial"): ("test_make_a_trial", "failed"),
        ("features/en/010_trial.feature", "Make a trial"): ("test_make_a_trial_1", "passed"),
        ("features/en/010_trial.feature", 'A <b>bold</b> & "quoted" | piped trial'): (
            "test_a_bboldb__quoted__piped_trial",
            "not run",
        ),
        # A test of another module with the same name does not count.
        ("features/en/010_trial_more.feature", "Declares nothing"): ("test_declares_nothing", "not run"),
    }
    row = next(r for r in matrix.rows if r.part.id == "010.intro-1")
    assert [s.name for s in row.scenarios["it"]] == ["Fare una prova", "Prova con <n> licenze"]  # the feature's tag
    assert [(s.name, part_id) for s, part_id in matrix.unknown] == [
        ('A <b>bold</b> & "quoted" | piped trial', "010.99")
    ]
    assert (matrix.covered_count("it"), matrix.covered_count("de"), matrix.covered_count("en")) == (5, 7, 2)


def test_scenarios_not_from_an_article_are_a_group_of_their_own(demo: Path) -> None:
    (demo / "features" / "en" / "900_failure_paths.feature").write_text(
        """@failure_path
Feature: Failure paths
  @verifies:010.3
  Scenario: A refused order
    Given something

  Scenario: A lost session
    Given something
""",
        encoding="utf-8",
    )
    matrix = build_matrix(demo / "articles", demo / "features", [], root=demo)
    assert [(s.name, s.verifies) for s in matrix.not_from_articles] == [
        ("A refused order", ("010.3",)),
        ("A lost session", ()),
    ]
    # what it verifies counts like any scenario's; it is not an article scenario without tags
    step_3 = next(row for row in matrix.rows if row.part.id == "010.3")
    assert "A refused order" in [s.name for s in step_3.scenarios["en"]]
    markdown = render_markdown(matrix)
    assert "## Not from an article (2)" in markdown
    assert "A lost session" not in markdown.split("## Not from an article")[0]
    assert "## Scenarios without @verifies: tags (1)" in markdown
    assert 'id="not-from-articles"' in render_html(matrix)


def test_the_reports_show_parts_scenarios_results_and_gaps_escaped(demo: Path) -> None:
    matrix = build_matrix(demo / "articles", demo / "features", [demo / "reports" / "junit.xml"], root=demo)
    markdown = render_markdown(matrix)
    assert "| it | 5/7 (71%) | 2 |" in markdown
    assert "- it: 010.note-1, 010.result-1" in markdown
    assert "- en: 010.intro-1, 010.note-1, 010.2, 010.tip-1, 010.3" in markdown
    assert "## 010 · Come posso fare una prova? (it)" in markdown
    note_row = next(line for line in markdown.splitlines() if line.startswith("| **⚠ 010.note-1**"))
    assert "Nota: Alcuni contatti usano un altro portale." in note_row
    # it and en, and every language of the data the demo has no feature in
    assert note_row.count("**✘ uncovered**") == 2 + len(set(LANGUAGES) - {"it", "de", "en"})
    assert "en: `features/en/010_trial.feature:4` Make a trial — **passed**" in markdown
    assert "it: `features/it/010_prova.feature:9` Prova con \\<n\\> licenze — **failed (2 runs" in markdown
    assert "010.99" in markdown
    assert 'A \\<b\\>bold\\</b\\> & "quoted" \\| piped trial' in markdown
    assert "`features/en/010_trial_more.feature:7` Declares nothing" in markdown

    page = render_html(matrix)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    assert "<script" not in page
    assert "<b>bold</b>" not in page
    assert "A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; | piped trial" in page
    assert '<tr id="part-010.note-1" class="gap">' in page
    assert page.count('<td class="uncovered">✘ uncovered</td>') == len(matrix.uncovered())
    assert '<span class="status failed">failed (2 runs: 1 passed, 1 failed)</span>' in page
    assert '<span class="status skipped">skipped</span>' in page
    assert 'href="#part-010.result-1"' in page


def _article_check(path: Path) -> Path:
    """An article check report on the demo article: 010.1 drifts, 010.2 matches."""
    steps = [
        {
            "part_id": "010.1",
            "verdict": "drift",
            "findings": [{"kind": "label_differs", "article_text": "Centro fatturazione", "ui_text": "Billing Center"}],
        },
        {"part_id": "010.2", "verdict": "matches", "findings": []},
    ]
    path.write_text(json.dumps({"schema": "article-check/1", "articles": [{"steps": steps}]}), encoding="utf-8")
    return path


def test_the_matrix_shows_the_article_checks_verdict_beside_the_scenarios(demo: Path) -> None:
    check = _article_check(demo / "reports" / "article-check.json")
    matrix = build_matrix(
        demo / "articles", demo / "features", [demo / "reports" / "junit.xml"], root=demo, article_check=check
    )
    # 010.1: "Fare una prova" passed in it, and the check says the sentence drifts: one truth, marked.
    assert [row.part.id for row in matrix.disagreements] == ["010.1"]
    markdown = render_markdown(matrix)
    assert "1 part where the scenarios pass and the article's text drifts (010.1)" in markdown
    # (marked ⚠ as uncovered in the data's languages the demo has no features in, if any)
    row_1 = next(line for line in markdown.splitlines() if line.startswith(("| 010.1 |", "| **⚠ 010.1** |")))
    assert row_1.endswith("| **⚠ drift (label differs: Centro fatturazione → Billing Center)** |")
    row_2 = next(line for line in markdown.splitlines() if line.startswith("| **⚠ 010.2** |"))  # uncovered in en
    assert row_2.endswith("| matches |")
    page = render_html(matrix)
    assert '<td class="disagree">⚠ drift (label differs: Centro fatturazione → Billing Center)</td>' in page
    assert "<th>article check</th>" in page
    # Without the report, no column.
    assert "article check |" not in render_markdown(build_matrix(demo / "articles", demo / "features", root=demo))


def test_a_bad_article_check_report_is_a_usage_error(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = demo / "reports" / "articles" / "article-check.json"  # where `bin/bootstrap` writes it
    bad.parent.mkdir()
    bad.write_text("{not json", encoding="utf-8")
    assert main(["matrix", "--root", str(demo), "--out", str(demo / "out")]) == 2
    assert "not an article check report" in capsys.readouterr().err
    assert main(["matrix", "--root", str(demo), "--article-check", str(demo / "missing.json")]) == 2
    assert "no article check report" in capsys.readouterr().err


def test_the_command_writes_both_reports_and_strict_fails_on_an_uncovered_part(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = demo / "out"
    assert main(["matrix", "--root", str(demo), "--out", str(out)]) == 0
    assert (out / "traceability.md").is_file()
    assert (out / "traceability.html").is_file()
    assert main(["matrix", "--root", str(demo), "--out", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "uncovered in it: 010.note-1, 010.result-1" in err
    assert "features/en/010_trial.feature:8: @verifies:010.99 names no article part" in err

    # Every part covered in it, de and en, no unknown id: --strict passes.
    complete = demo / "complete"
    every = " ".join(f"@verifies:{part_id}" for part_id in matrix_ids(demo))
    for lang in LANGUAGES:  # a feature in each language of the data, in its own Gherkin
        dialect = Dialect.for_name(LANGUAGE_DATA[lang].gherkin)
        assert dialect is not None, lang
        feature, scenario = dialect.feature_keywords[0], dialect.scenario_keywords[0]
        (complete / lang).mkdir(parents=True)
        text = f"# language: {LANGUAGE_DATA[lang].gherkin}\n{every}\n{feature}: All\n  {scenario}: All {lang}\n"
        (complete / lang / "all.feature").write_text(text, encoding="utf-8")
    assert main(["matrix", "--root", str(demo), "--features", str(complete), "--out", str(out), "--strict"]) == 0
    written = (out / "traceability.md").read_text(encoding="utf-8")
    assert f"Every part is covered in {', '.join(LANGUAGES)}." in written


def matrix_ids(root: Path) -> list[str]:
    return [part.id for article in load_articles(root / "articles") for part in article.parts]


def test_bin_traceability_runs_the_command_with_the_venv(demo: Path) -> None:
    result = subprocess.run(  # noqa: S603
        [str(ROOT / "bin" / "traceability"), "--root", str(demo), "--out", str(demo / "out"), "--strict"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "traceability: 7 parts, 7 scenarios; covered: it 5/7, de 7/7, en 2/7" in result.stdout
    assert (demo / "out" / "traceability.html").is_file()


def test_a_results_file_that_does_not_exist_is_an_error(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["matrix", "--root", str(demo), "--results", str(demo / "missing.xml")]) == 2
    assert "no results file" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# The pytest plugin

PLUGIN_CONFTEST = """
import pytest
from pytest_bdd import given

pytest_plugins = ["fixtures.traceability_plugin"]


@given("nothing")
def nothing():
    pass


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    writer = session.config.pluginmanager.get_plugin("terminalreporter")
    for item in session.items:
        ids = [arg for mark in item.iter_markers("verifies") for arg in mark.args]
        labels = [arg for mark in item.iter_markers("allure_label") for arg in mark.args]
        writer.write_line(f"MARKS {item.name} verifies={sorted(ids)} allure={sorted(labels)}")
"""

PLUGIN_FEATURE = """@verifies:002.1
Feature: Change the plan
  @verifies:002.3 @verifies:002.note-2
  Scenario: Choose a plan
    Given nothing

  Scenario Outline: Licenses <n>
    Given nothing

    Examples:
      | n |
      | 1 |
      | 2 |
"""


@pytest.fixture
def plugin_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / _article_file("002").name).write_text(
        _article_file("002").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (pytester.path / "features").mkdir()
    (pytester.path / "features" / "plan.feature").write_text(PLUGIN_FEATURE, encoding="utf-8")
    pytester.makeconftest(PLUGIN_CONFTEST)
    pytester.makepyfile(test_features='from pytest_bdd import scenarios\nscenarios("features")\n')
    pytester.makeini("[pytest]\naddopts = --strict-markers -p no:cacheprovider\n")
    return pytester


@pytest.mark.pytest_run
def test_the_plugin_turns_the_tags_into_verifies_markers(plugin_project: pytest.Pytester) -> None:
    result = plugin_project.runpytest_subprocess("-q")
    result.assert_outcomes(passed=3)
    output = result.stdout.str()
    assert (
        "MARKS test_choose_a_plan verifies=['002.1', '002.3', '002.note-2'] "
        "allure=['002.1, 002.3, 002.note-2']" in output
    )
    # The feature's tag applies to the outline, once per example.
    assert "MARKS test_licenses_n[1] verifies=['002.1'] allure=['002.1']" in output
    assert "MARKS test_licenses_n[2] verifies=['002.1'] allure=['002.1']" in output


@pytest.mark.pytest_run
@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one-process", "xdist"])
def test_the_plugin_rejects_an_unknown_id_naming_the_feature_tag(
    plugin_project: pytest.Pytester, workers: list[str]
) -> None:
    feature = plugin_project.path / "features" / "plan.feature"
    feature.write_text(
        PLUGIN_FEATURE + "\n  @verifies:002.99 @verifies:009.1\n  Scenario: Bad ids\n    Given nothing\n",
        encoding="utf-8",
    )
    result = plugin_project.runpytest_subprocess("-q", *workers)
    assert result.ret != 0
    result.stdout.fnmatch_lines(
        [
            "*ERROR collecting features/plan.feature*",
            "*unknown article parts in @verifies: tags*",
            'features/plan.feature:15 (scenario "Bad ids"): @verifies:002.99: article 002 has no part 002.99 *',
            "features/plan.feature:15 (scenario \"Bad ids\"): @verifies:009.1: no article '009' in articles/*",
        ]
    )
    assert "passed" not in result.stdout.str()


def test_the_help_centers_footer_is_no_part() -> None:
    """ "Article last updated: <date>" (and the German page's own form) is the page's date, not a
    sentence about the product: no part, so no scenario has to cover it."""
    for footer in ("Article last updated: 30 November, 2023", "Artikel zuletzt aktualisiert: 14 May, 2025"):
        text = f"How do I add user licenses?\n1. Sign in.\n{footer}\n"
        assert parse_text(text, "998", language="en").ids == ["998.1"]
    # A sentence that merely mentions an update is still a part.
    text = "How do I add user licenses?\n1. Sign in.\nThe article was last updated when the page changed.\n"
    assert parse_text(text, "998", language="en").ids == ["998.1", "998.after-1"]
