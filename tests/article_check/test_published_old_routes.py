"""The LogMeIn-era routes of the published corpus (135, 144, 125), each shown on a few lines.

A retired host of the LogMeIn era (My Account) is a finding though no GoTo service took it over;
a label given again in brackets, translated, is one label; what a step names on a retired page
is a missing control (a page there is no finding); another product's former name is a finding too.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from article_check.align import Step, align
from article_check.choose import Flow
from article_check.extract import extract_mentions
from article_check.prose import ProductChoice, legacy_host_findings, product_findings
from billing_e2e.articles import ArticlePart
from billing_e2e.domain import product_line

from .handmade import EDIT, HEADER, WALKS, mention, part

pytestmark = pytest.mark.unit


def step(text: str) -> ArticlePart:
    return ArticlePart("970.1", "step", 1, text)


def test_a_retired_logmein_era_host_is_a_finding_though_no_service_took_it_over() -> None:
    # 135: `Connectez-vous à la page Mon compte à l'adresse https://myaccount.logmeininc.com.`
    findings = legacy_host_findings(
        step("Inicie sesión en la página Mi cuenta: https://myaccount.logmeininc.com."), set()
    )
    assert [(f.kind, f.article_text, f.ui_text) for f in findings] == [
        ("legacy_host", "https://myaccount.logmeininc.com", None)
    ]
    assert "https://billing.goto.com" in findings[0].suggestion
    # Not another company's host, nor one the target already reports as redirecting.
    assert legacy_host_findings(step("Open https://www.logmein.com/pricing."), set()) == []
    assert (
        legacy_host_findings(step("Open https://myaccount.logmeininc.com."), {"https://myaccount.logmeininc.com"}) == []
    )


def test_a_label_given_again_in_brackets_is_one_label_offered_twice() -> None:
    # 135: `Cliquez sur Add New Subscription (Ajouter un nouvel abonnement).`
    mentions = extract_mentions(step("Cliquez sur Add New Subscription (Ajouter un nouvel abonnement)."), "fr")
    assert [(m.text, m.gloss) for m in mentions] == [
        ("Add New Subscription", False),
        ("Ajouter un nouvel abonnement", True),
    ]
    assert mentions[0].alternatives == mentions[1].alternatives > 0  # the walk follows the one the page offers
    # Brackets that explain rather than name (lower case) are no label.
    explained = extract_mentions(step("Click Save (at the bottom of the page)."), "en")
    assert [m.text for m in explained] == ["Save"]


def test_another_products_former_name_is_a_finding_with_its_name_today() -> None:
    # 144, a GoTo Webinar article: `los niveles de los planes de GoToMeeting son Starter, Pro y Plus`.
    choice = ProductChoice("GoToWebinar", "GoTo Webinar", product_line("GoTo Webinar"))
    findings = product_findings(
        step("Los niveles de los planes de GoToMeeting son Starter, Pro y Plus."), choice, False
    )
    assert [(f.kind, f.article_text, f.ui_text) for f in findings] == [("product_name", "GoToMeeting", "GoTo Meeting")]
    assert product_findings(step("Los planes de GoTo Meeting son Starter, Pro y Plus."), choice, False) == []


def test_what_a_step_names_on_a_retired_page_is_a_missing_control_and_no_page_finding() -> None:
    # 135: My Account (a page) at the retired address, then its Go To Billing and the gloss.
    account = part(1, "Sign in to the My Account page at https://myaccount.logmeininc.com.")
    billing = part(2, "Click Go To Billing (Accéder à la facturation).")
    article = {
        account: [mention(account, "My Account", "look")],
        billing: [
            mention(billing, "Go To Billing", alternatives=1),
            replace(mention(billing, "Accéder à la facturation", alternatives=1), gloss=True),
        ],
    }
    retired = "https://myaccount.logmeininc.com"
    walked = replace(EDIT, elsewhere=(("My Account", retired), ("Go To Billing", retired)))
    compared = {p.id: Step(p, ms) for p, ms in article.items()}
    align(list(article), Flow(walked, [], WALKS.__getitem__, frozenset(HEADER)), compared, set())
    assert compared[account.id].findings == []
    assert compared[account.id].unchecked == []
    told = [(f.kind, f.article_text) for f in compared[billing.id].findings]
    assert told == [("label_missing", "Go To Billing")]  # once: the gloss is the same label
    assert compared[billing.id].unchecked == []
