"""The article check measured on the published corpus: issue 23's bar, asserted.

Issue 23 is done when, on real published articles, the check's findings are at least 95 % right
(precision) and it finds at least 90 % of the expected ones (recall). This test runs the check on
the whole corpus (`tests/article_check/published/`, 50 articles in six languages, against the
bundled mock, as `bin/published-articles` does), scores it with the corpus's manifest and asserts
both (measured on 2026-12-07: precision 0.965, 110 right of 114 reported; recall 1.00, 110 of
110); docs/article-check-published.md lists what is still false, by cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.published_articles import CORPUS, load_manifest, run_check, score_report

pytestmark = [pytest.mark.server, pytest.mark.browser]

ISSUE_23_PRECISION = 0.95
ISSUE_23_RECALL = 0.90
# The precision floor was a regression guard below issue 23's bar while the bar was not reached
# (0.808 with fr/es/pt read, 0.924 with p-myaccount and p-labels merged); with p-portal merged the
# corpus gives 0.965 (110 of 114; recall 110 of 110), so the bar itself is the floor now: one
# false finding more than today still passes (110 of 115), two fail.


def test_the_published_corpus_reaches_issue_23s_precision_and_recall(tmp_path: Path) -> None:
    manifest = load_manifest(CORPUS)
    report, exit_code, _ = run_check(CORPUS, tmp_path / "report", (), None)
    assert report is not None, f"the check wrote no report (exit {exit_code})"
    score = score_report(manifest, report)
    figures = (
        f"precision {score.precision:.3f} ({score.right} right, {score.false} false), "
        f"recall {score.recall:.3f} ({score.found} of {score.found + score.missed}); "
        f"issue 23 asks precision {ISSUE_23_PRECISION}, recall {ISSUE_23_RECALL}"
    )
    assert score.recall >= ISSUE_23_RECALL, figures
    assert score.precision >= ISSUE_23_PRECISION, figures
    # What issue 23 also asks of every run: no vacuous pass, no language misread.
    assert [a.number for a in score.articles if a.passes_with_no_steps] == [], figures
    assert {a.number: a.language_read for a in score.articles if a.language_misread} == {}, figures
