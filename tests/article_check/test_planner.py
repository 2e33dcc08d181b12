"""The walk planned from an article (article_check/planner.py, explore.py).

The reading of the steps as intentions, the account they need and the controls never pressed are
tested on their own; then the check runs, as a writer runs it, on two published articles about
cancelling a subscription (English numbered steps, Italian bulleted ones), a flow the mock gained
after the walk families were written and for which no walk exists: the planned walk must go
through the options icon and Cancel Subscription to the confirmation window and stop in front of
Yes, Cancel without pressing it; and on one that skips the options icon, which the walk must find.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from article_check.extract import extract_mentions
from article_check.language import read_article
from article_check.model import UiElement
from article_check.planner import (
    Intention,
    best_control,
    committing_labels,
    intentions,
    names_unknown_control,
    situation_for,
)
from article_check.walks import WALKS
from billing_e2e.articles import parse_article, parse_text

ROOT = Path(__file__).resolve().parents[2]
MORE = ROOT.parent / "shared" / "articles-more"
"""Published articles the project did not write (read from there: another change adds them to articles/)."""
CANCEL_EN = MORE / "006_en_gotoassist_cancel.txt"
CANCEL_IT = MORE / "005_it_gotoassist_cancel.txt"


SKIPPED = """How do I stop my GoTo Webinar subscription from renewing?

1. Sign in to the Billing Center.
2. Click Cancel Subscription.
3. Click Yes, Cancel.
"""
"""A cancel article that skips the options icon: the planned walk must find the menu it opens."""


def _intentions(path: Path) -> list[Intention]:
    article = read_article(parse_article(path))
    mentions = {part.id: extract_mentions(part, article.language) for part in article.parts}
    return intentions(article, mentions)


def _clicks(planned: list[Intention]) -> list[tuple[str, tuple[str, ...]]]:
    return [(intention.label, intention.labels) for intention in planned if intention.kind in ("click", "select")]


def test_the_steps_read_as_intentions_in_order_with_a_label_cut_at_its_comma_widened() -> None:
    planned = _intentions(CANCEL_EN)
    clicks = _clicks(planned)
    # The reader reads a dialog's answer past its comma; the planner would widen it if it did not.
    assert [label for label, _ in clicks] == ["Options", "Cancel Subscription", "Yes, Cancel"]
    assert "Yes, Cancel" in clicks[2][1]
    assert [i.kind for i in planned if i.part_id == "006.2"] == ["look", "click", "click"]


def test_bulleted_steps_are_steps_with_their_continuation_lines() -> None:
    article = read_article(parse_article(CANCEL_IT))
    steps = [(part.id, part.number) for part in article.parts if part.kind == "step"]
    # intro-5 ("nell'angolo superiore destro …, quindi fai clic su Annulla sottoscrizione") goes on
    # the bullet of intro-4: it is part of step 2.
    assert steps == [("005.intro-3", 1), ("005.intro-4", 2), ("005.intro-6", 3), ("005.intro-7", 4)]
    assert [label for label, _ in _clicks(_intentions(CANCEL_IT))] == [
        "opzioni",
        "Annulla sottoscrizione",
        "Sì, annulla",
        "Chiudi",
    ]


@pytest.mark.parametrize(
    ("step", "situation"),
    [
        ("Click Subscribe Now on the card.", "trial_expired"),
        ("Click Add to Cart.", "cart_subscribed"),
        ("Click Add New Subscription.", "not_subscribed"),
        ("Sign in to the Corporate Billing Portal.", "corporate"),
        ("Click the Options icon, then Cancel Subscription.", "subscribed"),
    ],
)
def test_the_account_follows_from_the_controls_the_steps_name(step: str, situation: str) -> None:
    article = parse_text(f"Title\n\n1. {step}\n", "900", language="en")
    mentions = {part.id: extract_mentions(part, "en") for part in article.parts}
    assert situation_for(intentions(article, mentions), "en") == situation


def test_the_committing_controls_come_from_the_vocabulary_in_each_language() -> None:
    assert {"place order", "start trial"} <= committing_labels("en")
    assert "effettua ordine" in committing_labels("it")


def _click(label: str, *labels: str) -> Intention:
    return Intention("click", label, (*labels, label), "900.1")


def test_the_control_a_step_names_exactly_then_in_letter_case_then_renamed_a_little() -> None:
    page = [
        UiElement("heading", "Cancel Subscription"),
        UiElement("menuitem", "Edit Subscription"),
        UiElement("menuitem", "cancel subscription"),
        UiElement("button", "Yes, Cancel"),
    ]
    assert best_control(_click("Cancel Subscription"), page) == UiElement("menuitem", "cancel subscription")
    assert best_control(_click("Yes", "Yes, Cancel"), page) == UiElement("button", "Yes, Cancel")
    menu = [UiElement("menuitem", "Edit Subscription"), UiElement("menuitem", "Cancel Subscription")]
    assert best_control(_click("Cancel Subscriptions"), menu) == menu[1]
    # A control the article names elsewhere is never a renamed form of another label, and
    # another action on the same thing is not the same control renamed.
    assert best_control(_click("Cancel Subscriptions"), menu, {"Cancel Subscription"}) is None
    assert best_control(_click("Cancel Subscription"), menu[:1]) is None
    # Only loosely alike: followed only when asked (no page offers anything closer).
    checkout = [UiElement("button", "Effettua ordine"), UiElement("link", "Modifica ordine")]
    assert best_control(_click("Ordina ordine"), checkout, {"Modifica ordine"}) is None
    assert best_control(_click("Ordina ordine"), checkout, {"Modifica ordine"}, loose=True) == checkout[0]


def test_a_control_the_vocabulary_does_not_know_is_worth_planning_for() -> None:
    unknown = parse_text("Title\n\n1. Click Pause Subscription.\n", "900", language="en")
    assert names_unknown_control(extract_mentions(unknown.parts[0], "en"), "en")
    known = parse_text("Title\n\n1. Click Edit Subscription.\n", "900", language="en")
    assert not names_unknown_control(extract_mentions(known.parts[0], "en"), "en")


def test_no_walk_is_written_for_cancelling() -> None:
    described = " ".join(f"{spec.name} {spec.description}" for spec in WALKS.values()).casefold()
    assert "cancel" not in described


@pytest.mark.server
@pytest.mark.browser
def test_the_cancel_articles_are_walked_through_the_confirmation_on_an_account_made_for_the_walk(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in (CANCEL_EN, CANCEL_IT):
        shutil.copy(source, folder / source.name)
    (folder / "907_en_cancel_skipped.txt").write_text(SKIPPED, encoding="utf-8")
    out = tmp_path / "report"
    done = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "article_check", "articles", "check", "--articles", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # progress per article
    assert "[1/3] 005 (it)" in done.stderr
    assert "[2/3] 006 (en)" in done.stderr
    run = json.loads((out / "article-check.json").read_text(encoding="utf-8"))
    articles = {article["number"]: article for article in run["articles"]}
    # 006 tells Close in a result box, not a step: its walk ends on the window Yes, Cancel opens.
    expected = {
        "006": ("Options", "Cancel Subscription", "Yes, Cancel", None),
        "005": ("Opzioni", "Annulla sottoscrizione", "Sì, annulla", "Chiudi"),
    }
    for number, (options, cancel, yes, close) in expected.items():
        article = articles[number]
        assert article["flow"].startswith("planned-"), article["flow_description"]
        (walk,) = article["walks"]
        used = [(state["next_action"] or {}).get("name") for state in walk["states"]]
        # The account was made for this walk on the mock: Yes, Cancel is pressed, then Close.
        after = [close, None] if close else [None]
        assert used == ["Sign in" if number == "006" else "Accedi", options, cancel, yes, *after], used
        window = walk["states"][3]
        assert window["name"].endswith("_dialog")
        # The confirmation window is what that stop shows: its title names the walk's product.
        title = f"{cancel}: {article['product']}"
        assert {"role": "heading", "name": title} in window["elements"]
        assert f"{yes} pressed on an account made for this walk on the mock" in article["flow_description"]
        assert "stopped in front of" not in article["flow_description"]
        assert walk["error"] is None
    steps = {step["part_id"]: step for number in expected for step in articles[number]["steps"]}
    # 005.intro-5 ("…, quindi fai clic su Annulla sottoscrizione") is read as part of step 2 (intro-4).
    for part_id in ("006.2", "006.3", "005.intro-4", "005.intro-6"):
        assert steps[part_id]["verdict"] == "matches", steps[part_id]["summary"]
    assert set(steps["006.3"]["confirmed"]) == {"Yes, Cancel"}
    # After the window the article goes on (Chiudi): walked and compared, like any step.
    closing = steps["005.intro-7"]
    assert closing["verdict"] == "matches", closing["summary"]
    assert "Chiudi" in closing["confirmed"]
    # A step the article skips (the options icon) is found by searching the reachable pages.
    skipped = articles["907"]
    assert skipped["flow"].startswith("planned-"), skipped["flow_description"]
    walk = next(walk for walk in skipped["walks"] if walk["name"] == skipped["flow"])
    used = [(state["next_action"] or {}).get("name") for state in walk["states"]]
    assert used == ["Sign in", "Options", "Cancel Subscription", "Yes, Cancel", None], used
    assert [step["verdict"] for step in skipped["steps"]] == ["matches"] * 3
