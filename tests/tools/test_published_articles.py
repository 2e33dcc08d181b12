"""`bin/published-articles` (tools.published_articles): the matching rule between the check's
findings and the corpus's expected ones, the manifest's own consistency, and, in one bounded
browser test, the scorer run on three articles of the corpus. The figures themselves are not
asserted here: the check is being rewritten, and the thresholds come with it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools.published_articles import (
    CORPUS,
    ArticleEntry,
    BadInputError,
    Expected,
    Manifest,
    Reported,
    deduplicated,
    expected_findings,
    load_manifest,
    matches,
    reported_findings,
    same_text,
    score_article,
    score_report,
)

ROOT = Path(__file__).resolve().parents[2]


def reported(kind: str, step: int = 0, says: str = "", check_kind: str = "") -> Reported:
    return Reported(kind, step, says, "", "999.1", check_kind or kind)


def manifest_with(*articles: dict[str, Any]) -> Manifest:
    return Manifest.model_validate(
        {
            "mock": {"flows": ["sign-in", "cancel"], "building": ["payment-method"], "languages": ["it", "de", "en"]},
            "article": list(articles),
        }
    )


def article(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "file": "999_de_test_article.txt",
        "source": "https://support.goto.com/de/test",
        "language": "de",
        "product": "GoTo Meeting",
        "product_current": "GoTo Meeting",
        "topic": "cancel",
        "scope": "billing-center",
        "steps_form": "bulleted",
        "step_flows": ["sign-in", "cancel", "payment-method"],
        "expected": [],
        "false_alarms": [],
    }
    return {**base, **changes}


def check_entry(*parts: dict[str, Any], language: str = "de", error: str | None = None) -> dict[str, Any]:
    return {
        "number": "999",
        "path": "corpus/999_de_test_article.txt",
        "language": language,
        "steps": list(parts),
        "error": error,
        "verdict": "drift",
        "findings": 0,
    }


def part(
    part_id: str, kind: str, number: int | None, verdict: str = "matches", *findings: dict[str, Any]
) -> dict[str, Any]:
    return {
        "part_id": part_id,
        "kind": kind,
        "number": number,
        "verdict": verdict,
        "summary": "",
        "findings": list(findings),
    }


def finding(kind: str, says: str, part_id: str = "999.intro-1") -> dict[str, Any]:
    return {"kind": kind, "part_id": part_id, "article_text": says, "ui_text": None, "suggestion": "fix"}


# --- the text rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "said", "same"),
    [
        ("https://billing.logmeininc.com", "https://billing.logmeininc.com.", True),  # trailing dot
        ("billing.logmeininc.com", "https://billing.logmeininc.com", True),  # contained
        ("From the Subscriptions tab", "From the Subscriptions tab, select in the top-right corner.", True),
        ("GoToMeeting", "gotomeeting", True),  # case
        ("“Abrechnung”", "Abrechnung", True),  # quotes at the ends
        ("GoTo Meeting", "GoToMeeting", False),  # the space is the point
        ("Cancel Subscription", "Edit Subscription", False),
        ("", "anything", True),  # no text asked for
        ("Abrechnung", "", False),  # a text asked for, none reported
    ],
)
def test_the_text_of_a_finding_matches_by_containment_ignoring_case_and_edges(
    expected: str, said: str, same: bool
) -> None:
    assert same_text(expected, said) is same


# --- kind and step --------------------------------------------------------------------------


def test_a_label_finding_must_be_on_the_same_step() -> None:
    wanted = Expected("label", 1, "Abrechnung", "Billing Center")
    assert matches(wanted, reported("label", 1, "Abrechnung"))
    assert not matches(wanted, reported("label", 2, "Abrechnung"))
    assert not matches(wanted, reported("label-place", 1, "Abrechnung"))


def test_a_prose_finding_matches_whatever_the_part_it_is_told_on() -> None:
    wanted = Expected("language", 2, "From the Subscriptions tab", "de")
    assert matches(wanted, reported("language", 0, "From the Subscriptions tab, select Cancel Subscription."))
    assert not matches(wanted, reported("language", 2, "When prompted, review the information"))


def test_a_name_or_label_fix_must_be_the_expected_one_where_the_check_names_it() -> None:
    wanted = Expected("product-name", 0, "GoToAssist Remote Support v. 4", "GoToAssist Remote Support v4")
    told_v5 = Reported("product-name", 0, "GoToAssist Remote Support", "", "999.1", "product_name", ui="…v5")
    assert not matches(wanted, told_v5)
    told_v4 = Reported(
        "product-name", 0, "GoToAssist Remote Support", "", "999.1", "product_name", ui="GoToAssist Remote Support v4"
    )
    assert matches(wanted, told_v4)
    unnamed = Reported("label-place", 4, "Proceed to Checkout", "", "999.4", "label_place")
    assert matches(Expected("label-place", 4, "Proceed to Checkout", "Place Order"), unnamed)


def test_a_legacy_host_may_be_told_as_a_host_or_as_a_broken_address() -> None:
    wanted = Expected("host", 0, "https://link.logmeininc.com/corp-billing", "https://link.goto.com/corp-billing")
    assert matches(wanted, reported("broken-address", 0, "https://link.logmeininc.com/corp-billing"))
    assert matches(wanted, reported("host", 3, "https://link.logmeininc.com/corp-billing"))
    assert not matches(wanted, reported("product-name", 0, "https://link.logmeininc.com/corp-billing"))


def test_an_article_level_expectation_needs_its_own_kind_on_any_step() -> None:
    wanted = Expected("unsupported-language", 0, "fr", "no French vocabulary")
    assert matches(wanted, reported("unsupported-language", 0))
    assert not matches(wanted, reported("not-checkable", 2)), "not checkable is not the language verdict"
    not_checkable = Expected("not-checkable", 0, "GoTo Admin", "")
    assert matches(not_checkable, reported("not-checkable", 4))


def test_a_step_level_not_checkable_needs_that_step() -> None:
    wanted = Expected("not-checkable", 3, "payment-method", "", derived=True)
    assert matches(wanted, reported("not-checkable", 3))
    assert not matches(wanted, reported("not-checkable", 2))


def test_prose_findings_are_counted_once_per_kind_and_text() -> None:
    items = [
        reported("host", 0, "https://billing.logmeininc.com"),
        reported("host", 1, "https://billing.logmeininc.com."),
        reported("label", 2, "Abrechnung"),
        reported("label", 3, "Abrechnung"),
        reported("not-checkable", 4),
        reported("not-checkable", 4),
    ]
    assert [(i.kind, i.step) for i in deduplicated(items)] == [
        ("host", 0),
        ("label", 2),
        ("label", 3),
        ("not-checkable", 4),
    ]


# --- the check's report read ----------------------------------------------------------------


def test_the_checks_kinds_and_verdicts_become_the_manifests_kinds_with_the_step_before_them() -> None:
    entry = check_entry(
        part("999.intro-1", "intro", None, "drift", finding("legacy_host", "https://billing.logmeininc.com")),
        part("999.1", "step", 1, "drift", finding("label_differs", "Abrechnung", "999.1")),
        part("999.note-1", "note", None, "drift", finding("foreign_language", "From the tab.", "999.note-1")),
        part("999.2", "step", 2, "not_checkable"),
        part("999.3", "step", 3, "drift", finding("product_not_sold", "GoTo Training", "999.3")),
    )
    items, informational = reported_findings(entry)
    assert [(i.kind, i.step, i.check_kind) for i in items] == [
        ("host", 0, "legacy_host"),
        ("label", 1, "label_differs"),
        ("language", 1, "foreign_language"),
        ("not-checkable", 2, "verdict:not_checkable"),
    ]
    assert [(i.kind, i.step) for i in informational] == [("product_not_sold", 3)]


def test_an_article_level_not_checkable_verdict_is_one_not_checkable_finding_of_the_whole_article() -> None:
    entry = {
        **check_entry(),
        "article_verdict": "not_checkable",
        "article_summary": "Not checkable: the article's way goes through support (“Contact support to cancel”).",
    }
    items, _ = reported_findings(entry)
    assert [(i.kind, i.step, i.check_kind) for i in items] == [("not-checkable", 0, "article:not_checkable")]


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        ("French is not a supported language: the check has no French vocabulary", "unsupported-language"),
        ("no steps could be read", "no-steps"),
        ("cannot be read: two parts would have the id 125.1 (a step number repeats)", "error"),
    ],
)
def test_an_article_error_is_read_for_what_it_says(error: str, kind: str) -> None:
    items, _ = reported_findings(check_entry(error=error))
    assert [i.kind for i in items] == [kind]


# --- scoring one article --------------------------------------------------------------------


def test_a_step_of_a_flow_the_mock_lacks_is_expected_not_checkable() -> None:
    manifest = manifest_with(article())
    (entry,) = manifest.article
    derived = [e for e in expected_findings(manifest, entry) if e.derived]
    assert [(e.kind, e.step, e.says) for e in derived] == [("not-checkable", 3, "payment-method")]
    assert not manifest.checkable(entry)


def test_an_unsupported_language_or_goto_admin_derives_nothing_per_step() -> None:
    for changes in ({"language": "fr", "file": "999_fr_test_article.txt"}, {"scope": "goto-admin"}):
        manifest = manifest_with(article(**changes))
        assert [e for e in expected_findings(manifest, manifest.article[0]) if e.derived] == []


def test_an_article_scores_right_false_and_missed_findings_and_its_known_false_alarms() -> None:
    manifest = manifest_with(
        article(
            expected=[
                {"kind": "language", "step": 2, "says": "From the Subscriptions tab", "expected": "de"},
                {"kind": "host", "step": 1, "says": "https://billing.logmeininc.com", "expected": "x"},
                {"kind": "product-name", "step": 0, "says": "LogMeIn", "expected": "GoTo", "optional": True},
            ],
            false_alarms=[
                {"kind": "product-name", "step": 0, "says": "GoTo Meeting", "why": "current name corrected"},
                {"kind": "label", "step": 2, "says": "Cancel Subscription", "why": "cancel onto edit"},
            ],
        )
    )
    entry = check_entry(
        part(
            "999.intro-1",
            "intro",
            None,
            "drift",
            finding("foreign_language", "From the Subscriptions tab, select Cancel Subscription."),
            finding("product_name", "GoTo Meeting"),
        ),
        part("999.1", "step", 1, "matches"),
        part("999.2", "step", 2, "drift", finding("label_differs", "Abbrechen", "999.2")),
        part("999.3", "step", 3, "not_checkable"),
    )
    score = score_article(manifest, manifest.article[0], entry)
    assert [(i.kind, i.step) for i in score.right] == [("language", 0), ("not-checkable", 3)]
    assert [(i.kind, i.says) for i in score.false] == [("product-name", "GoTo Meeting"), ("label", "Abbrechen")]
    assert [(e.kind, e.step) for e in score.missed] == [("host", 1)], "the optional one is never missed"
    assert score.known_false_alarms == ["current name corrected"]
    assert (score.steps_seen, score.steps_read) == (3, 3)
    assert not score.language_misread


def test_an_article_level_verdict_absorbs_the_same_said_step_by_step() -> None:
    manifest = manifest_with(
        article(
            scope="goto-admin",
            step_flows=["goto-admin", "goto-admin"],
            expected=[{"kind": "not-checkable", "step": 0, "says": "GoTo Admin", "expected": "other product"}],
        )
    )
    entry = check_entry(part("999.1", "step", 1, "not_checkable"), part("999.2", "step", 2, "not_checkable"))
    score = score_article(manifest, manifest.article[0], entry)
    assert (len(score.right), len(score.false), len(score.missed)) == (1, 0, 0)


def test_an_article_read_with_no_steps_and_nothing_said_passes_with_no_steps() -> None:
    manifest = manifest_with(article())
    entry = check_entry(part("999.intro-1", "intro", None, "nothing_to_check"), language="it")
    entry["verdict"] = "nothing_to_check"
    score = score_article(manifest, manifest.article[0], entry)
    assert score.passes_with_no_steps
    assert score.steps_unread
    assert score.language_misread
    assert [(e.kind, e.step) for e in score.missed] == [("not-checkable", 3)]


def test_an_article_missing_from_the_report_misses_every_required_expectation() -> None:
    manifest = manifest_with(
        article(expected=[{"kind": "language", "step": 2, "says": "x", "expected": "de", "optional": True}])
    )
    run = score_report(manifest, {"articles": []})
    (score,) = run.articles
    assert score.error == "not in the check's report"
    assert [(e.kind, e.step) for e in score.missed] == [("not-checkable", 3)]
    assert (run.precision, run.recall) == (1.0, 0.0)


# --- the manifest ---------------------------------------------------------------------------


def test_the_corpus_manifest_names_every_article_file_and_each_language_has_five() -> None:
    manifest = load_manifest(CORPUS)
    languages = [entry.language for entry in manifest.article]
    assert len(manifest.article) >= 40
    for language in ("it", "de", "en", "fr", "es", "pt"):
        assert languages.count(language) >= 5, language
    for entry in manifest.article:
        if entry.language not in manifest.mock.languages:
            assert any(e.kind == "unsupported-language" and e.step == 0 for e in entry.expected), entry.file
        if entry.scope in ("goto-admin", "support") and entry.language in manifest.mock.languages:
            assert any(e.kind == "not-checkable" and e.step == 0 for e in entry.expected), entry.file
        for flow in entry.step_flows:
            assert flow in {*manifest.mock.flows, *manifest.mock.building, "goto-admin"}, (entry.file, flow)


def test_the_corpus_articles_are_not_the_projects_own() -> None:
    shared = ROOT.parent / "shared"
    own = [*shared.glob("articles/[0-9]*.txt"), *shared.glob("articles-more/[0-9]*.txt")]
    texts = {path.read_text(encoding="utf-8").strip() for path in own}
    for path in CORPUS.glob("[0-9]*.txt"):
        assert path.read_text(encoding="utf-8").strip() not in texts, path.name
        assert "# source:" not in path.read_text(encoding="utf-8"), path.name


def test_a_bad_manifest_is_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "999_de_test_article.txt").write_text("Wie?\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[mock]\nflows = []\nbuilding = []\nlanguages = ["de"]\n\n[[article]]\nfile = "999_de_test_article.txt"\n',
        encoding="utf-8",
    )
    with pytest.raises(BadInputError, match="source"):
        load_manifest(tmp_path)
    (tmp_path / "manifest.toml").write_text('[mock]\nflows = []\nbuilding = []\nlanguages = ["de"]\n', encoding="utf-8")
    with pytest.raises(BadInputError, match=r"missing from the manifest: 999_de_test_article\.txt"):
        load_manifest(tmp_path)


def test_the_manifest_refuses_an_expectation_beyond_the_articles_steps() -> None:
    with pytest.raises(ValueError, match="at step 4, but the article has 3"):
        ArticleEntry.model_validate(article(expected=[{"kind": "label", "step": 4, "says": "x", "expected": "y"}]))


# --- the command ----------------------------------------------------------------------------


def scorer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the project's own command
        [sys.executable, "-m", "tools.published_articles", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_bad_arguments_are_usage_errors(tmp_path: Path) -> None:
    done = scorer("--article", "999")
    assert done.returncode == 2
    assert "no article 999" in done.stderr
    done = scorer("--require-precision", "95")
    assert done.returncode == 2
    assert "between 0 and 1" in done.stderr
    done = scorer("--corpus", str(tmp_path))
    assert done.returncode == 2
    assert "no manifest" in done.stderr


@pytest.mark.browser
@pytest.mark.server
def test_the_scorer_on_three_articles_prints_and_writes_well_formed_scores(tmp_path: Path) -> None:
    # German with English steps, French (no vocabulary), an Italian legacy-host article: three kinds.
    numbers = ("100", "110", "131")
    out = tmp_path / "scores.json"
    done = scorer(*(arg for number in numbers for arg in ("--article", number)), "--json", str(out))
    assert done.returncode == 0, done.stderr
    for number in numbers:
        assert f"scored {number} " in done.stderr, "progress per article"
        assert any(line.startswith(f"{number} ") for line in done.stdout.splitlines())
    data = json.loads(out.read_text(encoding="utf-8"))
    summary = data["summary"]
    assert summary["articles"] == 3
    assert [a["number"] for a in data["articles"]] == list(numbers)
    for article_score in data["articles"]:
        assert article_score["error"] is None, article_score
        assert isinstance(article_score["language_read"], str)
    assert summary["right"] + summary["false"] == sum(len(a["right"]) + len(a["false"]) for a in data["articles"])
    assert summary["found"] + summary["missed"] == sum(len(a["found"]) + len(a["missed"]) for a in data["articles"])
    assert 0 <= summary["precision"] <= 1
    assert 0 <= summary["recall"] <= 1
    assert summary["seconds"] > 0
    assert f"precision {summary['precision']:.2f}, recall {summary['recall']:.2f}" in done.stdout
