"""The documentation stays true: the README's set-up commands exist, and the demo sign-ins and the
defect table in docs/mock.md are the seeded ones and the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from mock_server import defects
from mock_server.seed import demo_table_markdown

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MOCK_DOC = (ROOT / "docs" / "mock.md").read_text(encoding="utf-8")
"""Where the mock's demo sign-ins and its defect catalogue are listed."""


def test_the_readme_gives_exactly_two_set_up_commands_that_exist() -> None:
    block = re.search(r"## Set up\n.*?```sh\n(.*?)```", README, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["bash bin/bootstrap", "bash bin/test"]
    for command in commands:
        assert (ROOT / command.split()[1]).is_file()


def test_the_docs_list_the_demo_sign_ins_the_seed_creates() -> None:
    assert demo_table_markdown().strip() in MOCK_DOC


def test_ci_runs_the_readme_test_command() -> None:
    assert "bash bin/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_docs_list_the_defect_catalogue() -> None:
    table = re.search(r"<!-- defect-catalogue:start -->\n(.*?)<!-- defect-catalogue:end -->", MOCK_DOC, re.S)
    assert table is not None
    assert table.group(1) == defects.readme_table()
