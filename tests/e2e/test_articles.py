"""Every feature in features/ becomes tests here: the help articles, executable."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

pytestmark = pytest.mark.browser

FEATURES = Path(__file__).resolve().parents[2] / "features"

scenarios("it", "de", "en", features_base_dir=str(FEATURES))
