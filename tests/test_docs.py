"""The documentation stays true: the README's set-up commands exist, the demo sign-ins and the defect
table in docs/mock.md are the seeded ones and the catalogue, every relative link leads to a file
(and heading) that exists, and the README links every page of docs/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mock_server import defects
from mock_server.seed import demo_table_markdown

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
README_PATH = ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))
MOCK_DOC = (ROOT / "docs" / "mock.md").read_text(encoding="utf-8")
"""Where the mock's demo sign-ins and its defect catalogue are listed."""

FENCED = re.compile(r"^```.*?^```", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} +(.+?) *#*$", re.M)


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


def links(text: str) -> list[str]:
    """The targets of a Markdown text's inline links, outside code (a command's `[--seed N]` is none)."""
    prose = INLINE_CODE.sub("``", FENCED.sub("", text))
    return LINK.findall(prose)


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives a Markdown text's headings: lower case, punctuation dropped, spaces
    to hyphens."""
    return {
        re.sub(r"[^\w\- ]", "", heading.replace("`", "").lower()).replace(" ", "-")
        for heading in HEADING.findall(FENCED.sub("", text))
    }


@pytest.mark.parametrize("page", [README_PATH, *DOCS], ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_to_a_file_in_the_repository(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    broken = []
    for target in links(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        if not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(f"{target}: no such file in the repository")
        elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved.read_text(encoding="utf-8")):
            broken.append(f"{target}: {resolved.name} has no heading with that anchor")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_the_readme_links_every_page_of_docs() -> None:
    linked = {(ROOT / target.partition("#")[0]).resolve() for target in links(README)}
    assert DOCS, "docs/ has no pages"
    assert not [page.name for page in DOCS if page.resolve() not in linked]
