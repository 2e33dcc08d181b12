"""The article check's report: the HTML pages a writer reads, the JSON CI reads, the terminal summary.

The runs are built by hand, so each test knows exactly what the report must show: a matching step
with a screenshot, a drifting label with its suggestion, a step whose text holds markup, an
address that fails and one that redirects, steps that are not checkable or name nothing, an
article that could not be read, an article no walk fits, and a run without articles.
"""

from __future__ import annotations

import dataclasses
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from article_check.model import (
    ArticleResult,
    CheckRun,
    Finding,
    Mention,
    StepResult,
    UiElement,
    UiState,
    UrlCheck,
    Walk,
)
from article_check.report import (
    ReportFiles,
    findings_markdown,
    marked_text,
    summary_lines,
    to_json,
    web_href,
    write_report,
)

pytestmark = pytest.mark.unit

SHOT_BILLING = "screenshots/002-it/01-billing_center.png"
SHOT_CHECKOUT = "screenshots/002-it/03-checkout.png"
SCRIPT_TEXT = "Seleziona <script>alert(1)</script> & poi Ordina ordine."
SUGGESTION = 'Scrivi "Effettua ordine" invece di "Ordina ordine".'


def _state(name: str, title: str, url: str, shot: str | None, **kwargs: Any) -> UiState:
    return UiState("edit", name, title, url, (UiElement("heading", title),), shot, **kwargs)


BILLING = _state("billing_center", "Centro fatturazione", "https://billing.goto.com/", SHOT_BILLING)
EDIT = _state("edit", "Modifica sottoscrizione", "https://billing.goto.com/edit", "screenshots/002-it/02-edit.png")
CHECKOUT = _state(
    "checkout",
    "Completa transazione",
    "https://billing.goto.com/checkout",
    SHOT_CHECKOUT,
    next_action=UiElement("button", "Effettua ordine"),
    not_clicked=True,
)

URL_ANSWERS = UrlCheck("https://billing.goto.com", "http://127.0.0.1:5050/", "answers", 200)
URL_REDIRECTS = UrlCheck(
    "https://link.goto.com/corp-billingbilling",
    "http://127.0.0.1:5050/corp-billingbilling",
    "redirects",
    301,
    final_url="https://www.goto.com/corporate-billing",
    suggestion="Link https://www.goto.com/corporate-billing directly.",
)
URL_BROKEN = UrlCheck(
    "https://support.goto.com/old-faq",
    "http://127.0.0.1:5050/old-faq",
    "broken",
    404,
    detail="Not Found",
    suggestion="Remove the link or point it to the current FAQ.",
)

STEP_MATCHES = StepResult(
    part_id="002.1",
    kind="step",
    number=1,
    text="Accedi al Centro fatturazione all’indirizzo https://billing.goto.com.",
    verdict="matches",
    summary="The billing center's heading is as the article names it.",
    mentions=(Mention("Centro fatturazione", "Centro fatturazione all’indirizzo", "look", "002.1", 10),),
    confirmed=("Centro fatturazione",),
    urls=(URL_ANSWERS,),
    state=BILLING,
)
STEP_NOTHING = StepResult(
    part_id="002.intro-1",
    kind="intro",
    number=None,
    text="Il contatto di fatturazione può modificare il piano in qualsiasi momento.",
    verdict="nothing_to_check",
    summary="The paragraph names no label and no address.",
    state=BILLING,
)
STEP_DRIFT = StepResult(
    part_id="002.6",
    kind="step",
    number=6,
    text=SCRIPT_TEXT,
    verdict="drift",
    summary="The button the article names is labelled differently.",
    mentions=(Mention("Ordina ordine", "Ordina ordine", "click", "002.6", SCRIPT_TEXT.index("Ordina")),),
    findings=(
        Finding(
            "label_differs",
            "002.6",
            "The checkout page shows another label for the button.",
            SUGGESTION,
            "Ordina ordine",
            ui_text="Effettua ordine",
            state="edit/checkout",
        ),
    ),
    state=CHECKOUT,
)
STEP_NOT_CHECKABLE = StepResult(
    part_id="002.note-3",
    kind="note",
    number=5,
    text="Nota: dovrai fornire i tuoi dettagli di pagamento e aggiungere il numero di partita IVA.",
    verdict="not_checkable",
    summary="The mock target never asks for payment details, so this cannot be compared.",
    mentions=(Mention("partita IVA", "partita IVA", "look", "002.note-3", 76),),
)
STEP_BROKEN = StepResult(
    part_id="002.after-1",
    kind="after",
    number=None,
    text="Scopri di più in https://support.goto.com/old-faq.",
    verdict="broken",
    summary="The address the paragraph names fails.",
    findings=(
        Finding(
            "url_broken",
            "002.after-1",
            "The address answers 404 Not Found.",
            URL_BROKEN.suggestion or "",
            URL_BROKEN.url,
        ),
    ),
    urls=(URL_BROKEN,),
)

ARTICLE_002 = ArticleResult(
    number="002",
    path="articles/002_34dc6d3e83136873.txt",
    language="it",
    title="Come posso modificare il piano di sottoscrizione a GoTo Webinar corrente?",
    product="GoTo Webinar",
    flow="edit",
    flow_description="edit a subscription from the billing center",
    steps=(STEP_NOTHING, STEP_MATCHES, STEP_NOT_CHECKABLE, STEP_DRIFT, STEP_BROKEN),
    urls=(URL_ANSWERS, URL_REDIRECTS, URL_BROKEN),
    walks=(
        Walk("edit", "Edit a subscription", None, (BILLING, EDIT, CHECKOUT)),
        Walk(
            "edit_cart_has_items",
            "Edit a subscription with items in the cart",
            "the cart already holds items",
            (BILLING,),
            error="The cart could not be filled: no product offers 'Aggiungi al carrello'.",
        ),
    ),
)
ARTICLE_004 = ArticleResult(
    number="004",
    path="articles/004_a2754f96b63b1d9e.txt",
    language="de",
    title="Wie füge ich ein Abonnement <hinzu>?",
    product=None,
    flow=None,
    flow_description="",
    steps=(),
    urls=(),
    error="articles/004_a2754f96b63b1d9e.txt is not UTF-8 (byte 0xff at 12).",
)
STEP_NO_WALK = StepResult(
    part_id="003.2",
    kind="step",
    number=2,
    text="Wählen Sie Testen.",
    verdict="not_checkable",
    summary="No walk of the target fits this article.",
    mentions=(Mention("Testen", "Testen", "click", "003.2", 11),),
)
ARTICLE_003 = ArticleResult(
    number="003",
    path="articles/003_x.txt",
    language="de",
    title="Testversion starten",
    product=None,
    flow=None,
    flow_description="the article starts a trial of a product the target does not offer",
    steps=(STEP_NO_WALK,),
    urls=(UrlCheck("javascript:alert(1)", "javascript:alert(1)", "not_checkable", detail="not a web address"),),
)

RUN = CheckRun(
    target="mock",
    started="2026-05-09T07:35:25+00:00",
    articles=(ARTICLE_002, ARTICLE_004, ARTICLE_003),
    options={"articles": "articles/"},
)


class _Text(HTMLParser):
    # Tags that start a new line for a reader; inline ones (mark, a, code, q) do not split words.
    BLOCKS = frozenset(("p", "div", "td", "th", "li", "dt", "dd", "br", "h1", "h2", "h3", "figcaption", "tr", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.handle_starttag(tag, [])

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(page: str) -> str:
    """The page as a reader sees it: tags gone, entities decoded, white space collapsed."""
    parser = _Text()
    parser.feed(page)
    return " ".join("".join(parser.parts).split())


@pytest.fixture
def report(tmp_path: Path) -> ReportFiles:
    return write_report(RUN, tmp_path / "reports" / "article-check")


def _page(report: ReportFiles, name: str) -> str:
    return next(page for page in report.pages if page.name == name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------- files


def test_the_report_writes_the_files_it_promises(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "article-check"
    files = write_report(RUN, out)
    assert files.index == out / "index.html"
    assert files.json == out / "article-check.json"
    assert files.markdown == out / "findings.md"
    assert files.pages == [out / "002-it.html", out / "004-de.html", out / "003-de.html"]
    for path in [files.index, files.json, files.markdown, *files.pages]:
        assert path.is_file()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["index.html", "article-check.json", "findings.md", *(p.name for p in files.pages)]
    )


def test_the_markdown_table_has_a_row_per_finding_with_its_fix() -> None:
    table = findings_markdown(RUN).splitlines()
    assert table[0].startswith("| part | finding |")
    rows = table[2:]
    assert len(rows) == len(RUN.findings)
    for finding, row in zip(RUN.findings, rows, strict=True):
        assert row.startswith(f"| {finding.part_id} (")
        assert finding.suggestion.replace("|", "\\|") in row


def test_two_results_for_one_page_are_refused(tmp_path: Path) -> None:
    run = dataclasses.replace(RUN, articles=(ARTICLE_002, ARTICLE_002))
    with pytest.raises(ValueError, match=r"002-it\.html"):
        write_report(run, tmp_path)


def test_the_pages_need_no_scripts_and_fetch_nothing(report: ReportFiles) -> None:
    for path in [report.index, *report.pages]:
        page = path.read_text(encoding="utf-8")
        assert "<script" not in page
        assert "<link" not in page
        assert not re.search(r'src="(https?:)?//', page)
        assert "<style>" in page


# --------------------------------------------------------------------------------------------- index


def test_the_index_links_every_page_and_shows_every_verdict(report: ReportFiles) -> None:
    page = report.index.read_text(encoding="utf-8")
    for name in ("002-it.html", "004-de.html", "003-de.html"):
        assert f'href="{name}"' in page
    rows = re.findall(r"<tr>\s*<td class=\"num\">(\d{3})</td>.*?</tr>", page, re.S)
    assert rows == ["002", "004", "003"]
    badges = re.findall(r'<span class="badge v-(\w+)">', page.split("<tfoot>")[0].split("<tbody>")[1])
    assert badges == ["broken", "broken", "not_checkable"]
    text = text_of(page)
    assert "Target mock" in text
    assert "2026-05-09T07:35:25+00:00" in text
    assert "5 steps: 1 matches, 1 drift, 1 broken, 1 not checkable, 1 nothing to check" in text
    assert "not checked: articles/004_a2754f96b63b1d9e.txt is not UTF-8" in text
    assert "Total: 3 articles: 2 broken, 1 not checkable" in text
    assert "6 steps: 1 matches, 1 drift, 1 broken, 2 not checkable, 1 nothing to check" in text
    assert "read-only" in text


def test_the_index_escapes_titles(report: ReportFiles) -> None:
    page = report.index.read_text(encoding="utf-8")
    assert "Abonnement &lt;hinzu&gt;?" in page
    assert "<hinzu>" not in page


# --------------------------------------------------------------------------------------------- article page


def test_the_article_page_has_the_header_a_writer_needs(report: ReportFiles) -> None:
    text = text_of(_page(report, "002-it.html"))
    for expected in (
        ARTICLE_002.title,
        "articles/002_34dc6d3e83136873.txt",
        "Product GoTo Webinar",
        "the walk edit: edit a subscription from the billing center",
        "Target mock",
        "2026-05-09T07:35:25+00:00",
        "never places an order",
        "broken 5 steps: 1 matches, 1 drift, 1 broken, 1 not checkable, 1 nothing to check; "
        "3 URLs: 1 answers, 1 redirects, 1 broken; 2 findings",
    ):
        assert expected in text


def test_the_article_page_shows_each_step_in_order_with_its_verdict(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    text = text_of(page)
    positions = [text.index(step.text) for step in ARTICLE_002.steps]
    assert positions == sorted(positions)
    rows = re.findall(r'<tbody id="part-([^"]+)">.*?<span class="badge v-(\w+)">', page, re.S)
    assert rows == [(step.part_id, step.verdict) for step in ARTICLE_002.steps]
    for step in ARTICLE_002.steps:
        assert step.summary.replace("'", "&#39;") in page


def test_a_drifting_step_shows_the_suggested_fix_and_both_texts(report: ReportFiles) -> None:
    text = text_of(_page(report, "002-it.html"))
    assert f"Suggested fix: {SUGGESTION}" in text
    assert "Article: Ordina ordine · UI: Effettua ordine" in text
    assert "The checkout page shows another label for the button." in text


def test_step_screenshots_are_lazy_thumbnails_linking_to_the_full_image(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    for shot in (SHOT_BILLING, SHOT_CHECKOUT):
        assert re.search(rf'<a href="{re.escape(shot)}"><img src="{re.escape(shot)}" loading="lazy"', page)
    text = text_of(page)
    assert "Completa transazione https://billing.goto.com/checkout" in text
    assert "next: button Effettua ordine (not clicked" in text


def test_mentions_are_marked_where_they_occur(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    marks = re.findall(r'<mark class="(\w+)" title="[^"]*">(.*?)</mark>', page)
    assert marks == [("confirmed", "Centro fatturazione"), ("unchecked", "partita IVA"), ("finding", "Ordina ordine")]
    # The markup before the label does not shift the mark.
    assert '&lt;/script&gt; &amp; poi <mark class="finding"' in page


def test_text_from_articles_is_escaped(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    assert "Seleziona &lt;script&gt;alert(1)&lt;/script&gt; &amp; poi" in page
    assert "<script>" not in page
    assert SCRIPT_TEXT in text_of(page)


def test_the_urls_section_lists_every_address_with_its_outcome(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    section = text_of(page.split('<h2 id="urls">')[1].split('<h2 id="walks">')[0])
    assert "https://billing.goto.com http://127.0.0.1:5050/ answers 200 —" in section
    assert (
        "https://link.goto.com/corp-billingbilling http://127.0.0.1:5050/corp-billingbilling "
        "redirects to https://www.goto.com/corporate-billing 301 Link https://www.goto.com/corporate-billing directly."
        in section
    )
    assert (
        "https://support.goto.com/old-faq http://127.0.0.1:5050/old-faq broken Not Found 404 "
        "Remove the link or point it to the current FAQ." in section
    )


def test_the_walks_section_lists_walks_states_and_early_stops(report: ReportFiles) -> None:
    page = _page(report, "002-it.html")
    walks = page.split('<h2 id="walks">')[1]
    text = text_of(walks)
    assert "edit (the steps were compared with this walk) Edit a subscription Main walk" in text
    assert "Variant: the cart already holds items" in text
    assert "The walk stopped early: The cart could not be filled: no product offers 'Aggiungi al carrello'." in text
    assert re.findall(r"<li><code>(\w+)</code>", walks) == ["billing_center", "edit", "checkout", "billing_center"]
    assert 'href="screenshots/002-it/02-edit.png"' in walks


def test_an_article_that_could_not_be_checked_shows_the_error_instead_of_steps(report: ReportFiles) -> None:
    page = _page(report, "004-de.html")
    assert 'class="steps"' not in page
    assert re.search(r'<div class="banner error"><strong>The article could not be checked.</strong>', page)
    text = text_of(page)
    assert "articles/004_a2754f96b63b1d9e.txt is not UTF-8 (byte 0xff at 12)." in text
    assert "Wie füge ich ein Abonnement <hinzu>?" in text
    assert "<hinzu>" not in page


def test_an_article_no_walk_fits_says_so_and_links_no_script_urls(report: ReportFiles) -> None:
    page = _page(report, "003-de.html")
    text = text_of(page)
    assert "no walk of the target fits this article" in text
    assert "the article starts a trial of a product the target does not offer" in text
    assert "The walk has no stop for this part." in text
    assert "javascript:alert(1)" in text
    assert 'href="javascript:' not in page


def test_marks_skip_offsets_that_miss_and_overlapping_mentions() -> None:
    text = "Click A & B, then B."
    step = dataclasses.replace(
        STEP_MATCHES,
        text=text,
        mentions=(
            Mention("A & B", "A & B", "click", "x", 6),
            Mention("B", "B", "click", "x", 10),  # inside the first: dropped
            Mention("then", "then", "look", "x", 99),  # offset misses: found in the text
            Mention("nowhere", "nowhere", "look", "x", 0),
        ),
        confirmed=(),
    )
    assert re.sub(r' title="[^"]*"', "", marked_text(step)) == (
        'Click <mark class="unchecked">A &amp; B</mark>, <mark class="unchecked">then</mark> B.'
    )


def test_a_label_the_ui_confirmed_longer_than_the_guess_is_marked_whole() -> None:
    text = "Seleziona Abbonati ora acquistare una GoTo Webinar piano."
    step = dataclasses.replace(
        STEP_MATCHES,
        text=text,
        mentions=(Mention("Abbonati", "Abbonati ora acquistare una", "click", "x", 10),),
        confirmed=("Abbonati ora",),
    )
    assert re.sub(r' title="[^"]*"', "", marked_text(step)) == (
        'Seleziona <mark class="confirmed">Abbonati ora</mark> acquistare una GoTo Webinar piano.'
    )


# --------------------------------------------------------------------------------------------- JSON


def _assert_fields(value: object, data: Any, extra: dict[type, set[str]]) -> None:
    """`data` has exactly the dataclass's fields (plus the computed ones), all the way down."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = {field.name for field in dataclasses.fields(value)}
        assert set(data) == names | extra.get(type(value), set())
        for name in names:
            _assert_fields(getattr(value, name), data[name], extra)
    elif isinstance(value, tuple):
        assert isinstance(data, list)
        assert len(data) == len(value)
        for item, entry in zip(value, data, strict=True):
            _assert_fields(item, entry, extra)
    else:
        assert data == value


def test_the_json_round_trips_and_matches_the_model(report: ReportFiles) -> None:
    data = json.loads(report.json.read_text(encoding="utf-8"))
    assert data == to_json(RUN)
    computed = {"verdict", "counts", "findings"}
    _assert_fields(RUN, data, {CheckRun: computed | {"schema"}, ArticleResult: computed})


def test_the_json_carries_the_computed_verdicts_and_counts() -> None:
    data = to_json(RUN)
    assert data["schema"] == "article-check/1"
    assert data["verdict"] == "broken"
    assert data["findings"] == 2
    assert data["counts"] == {"matches": 1, "drift": 1, "broken": 1, "not_checkable": 2, "nothing_to_check": 1}
    by_number = {article["number"]: article for article in data["articles"]}
    assert by_number["002"]["verdict"] == "broken"
    assert by_number["002"]["counts"] == {
        "matches": 1,
        "drift": 1,
        "broken": 1,
        "not_checkable": 1,
        "nothing_to_check": 1,
    }
    assert by_number["002"]["findings"] == 2
    assert by_number["004"]["verdict"] == "broken"
    assert by_number["004"]["counts"] == dict.fromkeys(by_number["004"]["counts"], 0)
    assert by_number["003"]["verdict"] == "not_checkable"
    assert by_number["002"]["steps"][3]["findings"][0]["suggestion"] == SUGGESTION


# --------------------------------------------------------------------------------------------- terminal


def test_the_summary_has_a_line_per_article_finding_and_failing_address() -> None:
    assert summary_lines(RUN, report=Path("reports/article-check/index.html")) == [
        "002 it  GoTo Webinar                          broken         "
        "5 steps: 1 matches, 1 drift, 1 broken, 1 not checkable, 1 nothing to check; "
        "3 URLs: 1 answers, 1 redirects, 1 broken",
        '  002.6  label differs: "Ordina ordine" → "Effettua ordine"',
        '  002.after-1  URL broken: "https://support.goto.com/old-faq" — '
        "Remove the link or point it to the current FAQ.",
        "  002  URL redirects: https://link.goto.com/corp-billingbilling → "
        "https://www.goto.com/corporate-billing (301)",
        "004 de  Wie füge ich ein Abonnement <hinzu>?  broken         could not be checked",
        "  004  error: articles/004_a2754f96b63b1d9e.txt is not UTF-8 (byte 0xff at 12).",
        "003 de  Testversion starten                   not checkable  1 step: 1 not checkable; 1 URL: 1 not checkable",
        "Total: 3 articles (2 broken, 1 not checkable); 6 steps: 1 matches, 1 drift, 1 broken, 2 not checkable, "
        "1 nothing to check; 4 URLs: 1 answers, 1 redirects, 1 broken, 1 not checkable; 2 findings. "
        "Verdict: broken.",
        "Report: reports/article-check/index.html",
    ]


def test_the_summary_lists_a_failing_address_without_a_finding_once() -> None:
    step = dataclasses.replace(STEP_BROKEN, findings=())
    article = dataclasses.replace(ARTICLE_002, steps=(step,), urls=(URL_BROKEN,))
    lines = summary_lines(dataclasses.replace(RUN, articles=(article,)))
    assert lines[1:] == [
        "  002.after-1  URL broken: https://support.goto.com/old-faq (404) Not Found",
        "Total: 1 article (1 broken); 1 step: 1 broken; 1 URL: 1 broken; 0 findings. Verdict: broken.",
    ]


# --------------------------------------------------------------------------------------------- empty run


def test_an_empty_run_still_writes_a_report(tmp_path: Path) -> None:
    run = CheckRun(target="https://billing.goto.com", started="2026-05-09T08:00:00+00:00", articles=())
    files = write_report(run, tmp_path)
    assert files.pages == []
    assert "No articles were checked." in text_of(files.index.read_text(encoding="utf-8"))
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["articles"] == []
    assert data["findings"] == 0
    assert data["counts"] == dict.fromkeys(data["counts"], 0)
    assert data["schema"] == "article-check/1"
    assert summary_lines(run) == [
        "No articles were checked on https://billing.goto.com.",
        "Total: 0 articles; 0 steps; 0 URLs; 0 findings. Verdict: matches.",
    ]


def test_links_to_a_port_of_its_own_stay_text() -> None:
    # The bundled mock's port is gone once the run is over: the report shows the address, unlinked.
    assert web_href("http://billing.goto.com:51234/billing") is None
    assert web_href("http://127.0.0.1:5050/") is None
    assert web_href("https://billing.goto.com/billing") == "https://billing.goto.com/billing"
    assert web_href("http://billing.goto.com:80/") == "http://billing.goto.com:80/"
    assert web_href("javascript:alert(1)") is None
