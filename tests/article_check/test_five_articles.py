"""The README's findings on the five articles are what `billing-e2e articles check` finds today.

The command runs on `articles/` against the bundled mock (as a subprocess, as a writer runs it);
its `findings.md` must be the table between the README's `article-findings` markers, and every
numbered step must have been walked to a screenshot.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .test_check import ROOT, run_cli

pytestmark = pytest.mark.server

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_lists_what_the_check_finds_on_the_five_articles(tmp_path: Path) -> None:
    result = run_cli("check", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    documented = re.search(r"<!-- article-findings:start -->\n(.*?)<!-- article-findings:end -->", README, re.S)
    assert documented is not None, "the README has no article-findings section"
    assert (tmp_path / "findings.md").read_text(encoding="utf-8") == documented.group(1)

    run = json.loads((tmp_path / "article-check.json").read_text(encoding="utf-8"))
    assert [article["number"] for article in run["articles"]] == ["000", "001", "002", "003", "004"]
    for article in run["articles"]:
        assert article["flow"] is not None, article["flow_description"]
        for step in article["steps"]:
            if step["kind"] == "step":
                assert step["verdict"] != "not_checkable", step
                assert (tmp_path / step["state"]["screenshot"]).is_file(), step["part_id"]
