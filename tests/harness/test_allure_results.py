"""The Allure results of a real run of one scenario, as the report shows them: one feature group
per article with the language beneath, a working link to the article, the verified parts as one
label, step parameters that are the step's own values, compact screenshots, and an environment
written afresh for the run (a reused results folder keeps no earlier seed)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pytest

from tests.harness.runs import ONE_SCENARIO, SCENARIOS, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]


def test_the_allure_results_of_a_scenario(tmp_path: Path) -> None:
    results = tmp_path / "allure"
    results.mkdir()
    (results / "environment.properties").write_text("data.seed=1\nbrowser=stale\n", encoding="utf-8")
    run = run_pytest(
        SCENARIOS, "-k", ONE_SCENARIO, "--faker-seed", "4242", f"--alluredir={results}", "-o", f"cache_dir={tmp_path}"
    )
    assert run.code == 0, run.output
    [result] = [json.loads(path.read_text(encoding="utf-8")) for path in results.glob("*-result.json")]
    labels: dict[str, list[str]] = {}
    for label in result["labels"]:
        labels.setdefault(label["name"], []).append(label["value"])
    assert labels["epic"] == ["Billing Center help articles"]
    [feature] = labels["feature"]
    assert feature.startswith("Article 002: ")
    assert labels["story"] == ["English (en)"]
    assert labels["verifies"] == ["002.intro-2"]
    assert not [tag for tag in labels["tag"] if tag.startswith("verifies")]
    [link] = result["links"]
    article = Path(url2pathname(urlsplit(link["url"]).path))
    assert article.is_file(), link
    assert article.name.startswith("002_")
    steps = result["steps"]
    assert len(steps) == 5
    parameters = [(p["name"], p["value"]) for step in steps for p in step.get("parameters", [])]
    assert ("tier", "'Lite'") in parameters
    assert not [value for _, value in parameters if "<" in value or "object at" in value], parameters
    pictures = [a for step in steps for a in step.get("attachments", []) if a["type"] == "image/webp"]
    assert pictures
    for picture in pictures:
        data = (results / picture["source"]).read_bytes()
        assert (data[:4], data[8:12]) == (b"RIFF", b"WEBP"), picture  # the file is what its type says
        assert len(data) < 20_000, picture
    environment = dict(
        line.split("=", 1) for line in (results / "environment.properties").read_text(encoding="utf-8").splitlines()
    )
    assert environment["data.seed"] == "4242"
    assert environment["target"] == "mock"
    assert environment["browser"].startswith("chromium ")
    assert environment["browser"].split()[1][0].isdigit(), environment
