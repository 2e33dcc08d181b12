"""Every feature in features/ becomes tests here: the help articles, executable.

One folder per language of the data (`billing_e2e.domain.LANGUAGES`): `features/<code>/`, or
`features/<code>/` in a folder of more language data (BILLING_E2E_LANGUAGE_DATA) for a language
laid over the project's.
"""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from billing_e2e.domain import LANGUAGES, data_files

pytestmark = pytest.mark.browser

FEATURES = Path(__file__).resolve().parents[2] / "features"


def feature_folders() -> list[Path]:
    """Each language's features folder, in `LANGUAGES` order; an error names a language without one."""
    folders = {lang: [FEATURES / lang, *data_files(f"features/{lang}")] for lang in LANGUAGES}
    found = {lang: [folder for folder in candidates if folder.is_dir()] for lang, candidates in folders.items()}
    missing = [lang for lang, present in found.items() if not present]
    if missing:
        looked = ", ".join(str(folder) for lang in missing for folder in folders[lang])
        raise LookupError(f"no features for {', '.join(missing)}: looked in {looked}")
    return [folder for present in found.values() for folder in present]


scenarios(*(str(folder) for folder in feature_folders()), features_base_dir=str(FEATURES))
