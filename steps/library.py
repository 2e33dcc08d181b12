"""pytest plugin, loaded after every step module (`fixtures/loader.py`): the step library is
complete, every phrasing of `steps/phrasings/` belongs to a step function the loaded modules define.

A step a language lacks already fails at its module's import (`steps.phrasing`); a phrasing left
behind by a renamed or deleted step can only be told once all of them are loaded, so here, before
anything is collected: a usage error (exit code 4) names each one.
"""

from __future__ import annotations

import pytest

from .phrasing import orphans


def pytest_configure(config: pytest.Config) -> None:
    left = orphans()
    if left:
        raise pytest.UsageError(
            "phrasings no step function defines (renamed or deleted steps? remove them or fix the name):\n  "
            + "\n  ".join(left)
        )
