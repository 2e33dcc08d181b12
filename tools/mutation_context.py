"""pytest plugin for `bin/mutation`'s map run (`-p tools.mutation_context`): before each test,
the test's node id goes to `$BILLING_MUTATION_MAP_DIR/scenario-<this process's pid>`, where the
mock this process started (its child) reads it on each request and makes it the coverage context
(`tools/mutation_probe/sitecustomize.py`). A file, not a header: the harness stays unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    folder = os.environ.get("BILLING_MUTATION_MAP_DIR")
    if folder:
        (Path(folder) / f"scenario-{os.getpid()}").write_text(item.nodeid, encoding="utf-8")
