"""The languages are data: `billing_e2e/languages.toml` read by `billing_e2e.domain`, with clear
errors for a malformed entry, and each feature's language told by its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from billing_e2e import domain
from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES, LanguageDataError, language_of_feature

pytestmark = pytest.mark.unit

ENTRY = """
[xx]
name = "Made-up"
native_name = "Xxish"
gherkin = "en"
babel_locale = "en_GB"
browser_locale = "en-GB"
time_zone = "Europe/London"
country = "IT"
currency = "EUR"
[xx.article]
words = "xa xe xi"
generic_product = "xproduct"
[xx.article.labels]
note = ["Xnote"]
"""


def test_every_language_of_the_file_is_defined_with_all_its_fields() -> None:
    assert tuple(LANGUAGE_DATA) == LANGUAGES
    assert LANGUAGES[:3] == ("it", "de", "en")
    italian = LANGUAGE_DATA["it"]
    assert (italian.babel_locale, italian.browser_locale, italian.time_zone) == ("it_IT", "it-IT", "Europe/Rome")
    assert italian.display_name == "Italiano (it)"
    assert domain.BABEL_LOCALES["de"] == "de_DE"
    assert domain.TIME_ZONES["en"] == "America/New_York"


def test_an_entry_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "languages.toml"
    path.write_text(ENTRY, encoding="utf-8")
    (made_up,) = domain._read_languages(path)
    assert (made_up.code, made_up.gherkin, made_up.country) == ("xx", "en", "IT")
    assert made_up.article.words == frozenset({"xa", "xe", "xi"})
    assert made_up.article.labels == {"note": ("Xnote",)}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('time_zone = "Europe/London"\n', ""), r"\[xx\] time_zone must be a non-empty string"),
        (('country = "IT"\n', 'country = "IT"\nflag = "x"\n'), r"\[xx\] has unknown fields \['flag'\]"),
        (('note = ["Xnote"]', "note = []"), r"\[xx.article.labels\] must map each box kind"),
        (("[xx]\n", "[XX]\n"), r"\[XX\] must be a table named by a lower-case language code"),
    ],
)
def test_a_malformed_entry_is_refused_naming_file_and_field(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "languages.toml"
    path.write_text(ENTRY.replace(*change).replace("[xx.", "[XX." if "[XX]" in change[1] else "[xx."), "utf-8")
    with pytest.raises(LanguageDataError, match=message):
        domain._read_languages(path)


def test_a_features_language_is_its_folder_whose_gherkin_it_must_be_written_in(tmp_path: Path) -> None:
    assert language_of_feature(tmp_path / "de" / "a.feature", "de") == "de"
    assert language_of_feature(tmp_path / "a.feature", "it") == "it"  # not in a language folder: by its Gherkin
    with pytest.raises(ValueError, match=r"a feature in de/ must be written with '# language: de'"):
        language_of_feature(tmp_path / "de" / "a.feature", "it")
    with pytest.raises(ValueError, match="does not tell its language"):
        language_of_feature(tmp_path / "a.feature", "nl")
