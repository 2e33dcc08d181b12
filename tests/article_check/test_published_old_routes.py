# ruff: noqa: E501 (the hand-made articles keep a paragraph on one line, as published plain text does)
"""The LogMeIn-era routes of the published corpus (135, 144, 125), each shown on a few lines.

A retired host of the LogMeIn era (My Account) is a finding though no GoTo service took it over;
a list that starts again at 1 is the article's next procedure.
"""

from __future__ import annotations

import pytest

from article_check.prose import legacy_host_findings
from billing_e2e.articles import ArticlePart

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
