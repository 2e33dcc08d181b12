"""The aria snapshot templates of the pages the articles describe (`pages/structure.py`) and the
`--aria-snapshots` check (`fixtures/structure.py`): they render in every language, fail on a page
whose structure moved, and a scenario run checks and reports them."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from billing_e2e.articles import known_part_ids, load_articles
from billing_e2e.domain import LANGUAGES
from fixtures.structure import _compare
from pages.structure import STRUCTURE_FILE, StructureError, page_of, structure_templates
from pages.vocabulary import Vocabulary
from tests.harness.runs import ROOT, SCENARIOS, run_pytest
from tests.harness.test_outcomes import junit_cases

pytestmark = [pytest.mark.harness, pytest.mark.browser, pytest.mark.pytest_run]

# Article 002's upgrade in Italian: it visits the four pages the templates describe.
UPGRADE = "passare_a_un_piano_superiore_con_più_licenze_utente"
TEMPLATED_PAGES = ["billing_center", "edit_subscription", "checkout", "order_placed"]
# The browser tests take pytest-playwright's own `page`: a second Playwright in a worker that runs
# scenarios too would clash with its session Playwright.


def billing_center_html(vocab: Vocabulary, *, options_in_card: bool) -> str:
    """A Billing Center page as the mock serves it, with the options button in its card or not."""
    options = f'<button type="button">{vocab.options}</button>'
    return f"""<main>
      <h1>{vocab.site}</h1>
      <a href="/add">{vocab.add_new_subscription}</a>
      {"" if options_in_card else options}
      <ul><li><article aria-labelledby="p"><h3 id="p">GoTo Webinar</h3>{options if options_in_card else ""}
      </article></li></ul>
    </main>"""


def test_every_template_renders_in_every_language_and_names_real_article_parts() -> None:
    templates = structure_templates()
    assert sorted(templates) == sorted(TEMPLATED_PAGES)
    known = known_part_ids(load_articles(ROOT / "articles"))
    for template in templates.values():
        assert set(template.parts) <= known, template.page
        for lang in LANGUAGES:
            vocab = Vocabulary.for_locale(lang)
            rendered = template.render(vocab)
            assert "{" not in rendered, rendered  # every {key} filled in
            key, form = template.fields()[0]  # the title's
            heading = f"{vocab[key]}: GoTo Webinar" if form == "titled" else vocab[key]
            assert page_of([heading], vocab, templates) is template


def test_the_page_is_told_by_its_heading() -> None:
    vocab = Vocabulary.for_locale("de")
    templates = structure_templates()
    found = page_of([f"{vocab.edit_subscription}: GoTo Meeting"], vocab, templates)
    assert found is not None
    assert found.page == "edit_subscription"
    assert page_of(["Irgendeine Seite"], vocab, templates) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_page_matches_its_template_and_a_moved_control_does_not(page: Page, lang: str) -> None:
    vocab = Vocabulary.for_locale(lang)
    template = structure_templates()["billing_center"]
    page.set_content(billing_center_html(vocab, options_in_card=True))
    assert _compare(page, template.render(vocab)) is None
    # The options icon is on the page, but not next to the subscription (inside its card).
    page.set_content(billing_center_html(vocab, options_in_card=False))
    problem = _compare(page, template.render(vocab))
    assert problem is not None
    assert problem.startswith("Locator expected to match Aria snapshot"), problem
    assert "Call log" not in problem


def test_templates_naming_an_unknown_label_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "structure.toml"
    broken.write_text('[p]\ntitle = "{site}"\nparts = []\nsnapshot = "- button {no_such_label}"\n', encoding="utf-8")
    with pytest.raises(StructureError, match=r"\[p\] names labels the 'it' vocabulary lacks: \['no_such_label'\]"):
        structure_templates(broken)


def test_a_scenario_checks_the_pages_the_articles_describe(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    run = run_pytest(SCENARIOS, "-k", UPGRADE, "--aria-snapshots", f"--junitxml={junit}")
    assert run.code == 0, run.output
    [case] = junit_cases(junit)
    checked = [p.get("value") for p in case.iter("property") if p.get("name") == "structure checked"]
    assert checked == TEMPLATED_PAGES


def test_a_page_that_does_not_match_fails_the_scenario_naming_it(tmp_path: Path) -> None:
    templates = STRUCTURE_FILE.read_text(encoding="utf-8")
    # Templates that expect a Cancel button after Place Order, which the checkout does not have.
    demanding = templates.replace("- button {place_order}", "- button {place_order}\n- button {cancel}")
    assert demanding != templates
    changed = tmp_path / "structure.toml"
    changed.write_text(demanding, encoding="utf-8")
    run = run_pytest(SCENARIOS, "-k", UPGRADE, "--aria-snapshots", "--aria-templates", str(changed))
    assert run.code == 1, run.output
    assert "page structure (--aria-snapshots): the checkout page (" in run.output
    assert "articles' parts 002.5, 002.6, 003.5, 003.7, 004.9, 004.10" in run.output


def test_unreadable_templates_are_a_usage_error(tmp_path: Path) -> None:
    broken = tmp_path / "structure.toml"
    broken.write_text("[p\n", encoding="utf-8")
    run = run_pytest(SCENARIOS, "-k", UPGRADE, "--aria-snapshots", "--aria-templates", str(broken))
    assert run.code == 4, run.output
    assert f"--aria-snapshots: {broken}" in run.output
