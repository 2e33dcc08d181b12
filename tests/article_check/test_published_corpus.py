"""The article check measured on the published corpus: a regression floor, not issue 23's bar.

Issue 23 is done when, on real published articles, the check's findings are at least 95 % right
(precision) and it finds at least 90 % of the expected ones (recall). This test runs the check on
the whole corpus (`tests/article_check/published/`, 50 articles in six languages, against the
bundled mock, as `bin/published-articles` does) and scores it with the corpus's manifest.

Recall reaches issue 23's bar (0.92 measured on 2026-12-07 over six languages, 97 of 105), and is
asserted against it. Precision does not (0.81 measured, 97 right of 120 reported:
docs/article-check-published.md lists what is still false, by cause), so it is asserted as a
REGRESSION FLOOR at the figure reached: a change
that makes the check report more false findings fails here. The floor is never the target: when
precision reaches 0.95, this test asserts 0.95 instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.published_articles import CORPUS, load_manifest, run_check, score_report

pytestmark = [pytest.mark.server, pytest.mark.browser]

ISSUE_23_PRECISION = 0.95
ISSUE_23_RECALL = 0.90
PRECISION_REGRESSION_FLOOR = 0.915
"""Precision reached on 2026-12-07, 0.908 (69 of 76) while the French, Spanish and Portuguese
articles got one "not checked" verdict each (the check had no grammar of their steps). Re-based to
0.798 (95 of 119) the same day, not by a regression: the check now reads those languages
(`article_check/grammars/{fr,es,pt}.toml`) and their 21 articles are annotated as the Italian,
German and English ones are (the manifest's expected findings went from 73 to 105), so the floor
measures more of the corpus. On it/de/en alone precision is 45 of 52 (45 of 53 before the
branch `precision`'s box-label fix); fr/es/pt reach 50 of 67, and what is still false there, by
cause, is in docs/article-check-published.md. With the branch `precision`'s later fixes (102,
110, 128, 146) merged: 0.808 (97 of 120; recall 97 of 105). With the branches `p-myaccount`
(LogMeIn-era routes, a restarted list) and `p-labels` (labels of fr/es/de/pt articles) merged:
0.924 (109 of 118; recall 109 of 110); the floor, 0.915, leaves room for one walk that goes
otherwise under CI's load (109 of 119 passes, 108 of 119 fails). Below issue 23's bar."""


def test_the_published_corpus_keeps_its_precision_floor_and_reaches_issue_23s_recall(tmp_path: Path) -> None:
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
    assert score.precision >= PRECISION_REGRESSION_FLOOR, figures
    # What issue 23 also asks of every run: no vacuous pass, no language misread.
    assert [a.number for a in score.articles if a.passes_with_no_steps] == [], figures
    assert {a.number: a.language_read for a in score.articles if a.language_misread} == {}, figures
