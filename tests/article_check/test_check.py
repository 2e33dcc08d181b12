"""`billing-e2e articles check` end to end: the command, the bundled mock, a real Chromium.

The five real articles are checked too: their findings must be the README's table.

Three faithful articles (Italian: remove licenses; German: add a subscription or a trial; English:
change the plan) are checked together with copies of each that carry one planted difference: a
renamed button, a broken link, a redirecting host, a step in the wrong order. Each planted
difference must be reported, once, with the right suggestion, and the faithful articles must give
no finding at all. A fourth faithful article is Markdown about another product (GoTo Resolve); a
fifth describes a flow the mock does not offer (invoices) and must be "not checkable" step by
step. The command runs once, as a subprocess, as a writer or CI runs it; each expectation is a
subtest of the one test that runs it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from article_check.model import Finding
from article_check.report import findings_table

pytestmark = [pytest.mark.server, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
FAITHFUL = Path(__file__).with_name("articles")
REAL = ROOT / "articles"
FINDINGS_DOC = (ROOT / "docs" / "article-check.md").read_text(encoding="utf-8")
WALKED = ("000", "001", "002", "003", "004", "009")
"""The real articles the check walks by the flows' ways (009: the card's add-licenses way, and its
variant with items in the cart for its "Add to Cart > Proceed to Checkout")."""
PLANNED = ("005", "006", "007", "008")
"""Articles of issue 24 in articles/: walked by the planner from their steps (008: from the
Corporate Billing Portal's address its second step names, on to Forgot Password? and Submit)."""


def replace(old: str, new: str) -> Callable[[str], str]:
    def transform(text: str) -> str:
        assert text.count(old) == 1, f"the faithful article must hold {old!r} once"
        return text.replace(old, new)

    return transform


def replace_all(old: str, new: str) -> Callable[[str], str]:
    def transform(text: str) -> str:
        assert old in text, f"the faithful article must hold {old!r}"
        return text.replace(old, new)

    return transform


def drop_step(number: int) -> Callable[[str], str]:
    """Remove step `number` and the boxes under it."""

    def transform(text: str) -> str:
        pattern = re.compile(rf"^\s*{number}\. .*?(?=^\s*{number + 1}\. )", re.MULTILINE | re.DOTALL)
        assert pattern.search(text), f"no step {number} followed by step {number + 1}"
        return pattern.sub("", text, count=1)

    return transform


def swap_steps(first: int, second: int) -> Callable[[str], str]:
    """Swap the texts of two numbered steps, keeping their numbers (and the boxes under them)."""

    def transform(text: str) -> str:
        pattern = re.compile(rf"^(\s*)({first}|{second})\. (.*)$", re.MULTILINE)
        found = {int(m.group(2)): m.group(3) for m in pattern.finditer(text)}
        assert set(found) == {first, second}
        return pattern.sub(
            lambda m: f"{m.group(1)}{m.group(2)}. {found[second if int(m.group(2)) == first else first]}", text
        )

    return transform


@dataclass(frozen=True)
class Planted:
    number: str
    base: str
    """The start of the faithful article's file name."""
    difference: str
    transform: Callable[[str], str]
    kind: str
    part: str
    suggestion: str


PLANTED = [
    # Italian: remove user licenses from OpenVoice (901)
    Planted(
        "911",
        "901_openvoice_rimuovere",
        "renamed button",
        replace("clic su Effettua ordine.", "clic su Conferma ordine."),
        "label_differs",
        "5",
        "Fai clic su Effettua ordine.",
    ),
    Planted(
        "912",
        "901_openvoice_rimuovere",
        "broken link",
        replace("/corp-billing.", "/corp-billingbilling."),
        "url_broken",
        "intro-1",
        "https://link.goto.com/corp-billing",
    ),
    Planted(
        "913",
        "901_openvoice_rimuovere",
        "redirecting host",
        replace("https://billing.goto.com.", "https://billing.logmeininc.com."),
        "url_redirects",
        "1",
        "https://billing.goto.com",
    ),
    Planted(
        "914",
        "901_openvoice_rimuovere",
        "step in the wrong order",
        swap_steps(2, 3),
        "wrong_order",
        "3",
        "Move step 3 before step 2",
    ),
    # German: add a subscription or a free trial (902)
    Planted(
        "921",
        "902_",
        "renamed button",
        replace("Wählen Sie Bestellung aufgeben.", "Wählen Sie Bestellung abschicken."),
        "label_differs",
        "9",
        "Wählen Sie Bestellung aufgeben.",
    ),
    Planted(
        "922",
        "902_",
        "broken link",
        replace("/corp-billing.", "/corp-billingbilling."),
        "url_broken",
        "intro-1",
        "https://link.goto.com/corp-billing",
    ),
    Planted(
        "923",
        "902_",
        "redirecting host",
        replace("https://billing.goto.com im", "https://billing.logmeininc.com im"),
        "url_redirects",
        "1",
        "https://billing.goto.com",
    ),
    Planted(
        "924", "902_", "step in the wrong order", swap_steps(2, 4), "wrong_order", "4", "Move step 4 before step 2"
    ),
    # English: change the GoTo Webinar plan (903)
    Planted(
        "931",
        "903_",
        "renamed button",
        replace("then click Edit Subscription.", "then click Modify Subscription."),
        "label_differs",
        "2",
        "then click Edit Subscription.",
    ),
    Planted(
        "932",
        "903_",
        "broken link",
        replace("/corp-billing.", "/corp-billingbilling."),
        "url_broken",
        "intro-1",
        "https://link.goto.com/corp-billing",
    ),
    Planted(
        "933",
        "903_",
        "redirecting host",
        replace("https://billing.goto.com.", "https://billing.logmeininc.com."),
        "url_redirects",
        "1",
        "https://billing.goto.com",
    ),
    Planted(
        "934", "903_", "step in the wrong order", swap_steps(4, 5), "wrong_order", "5", "Move step 5 before step 4"
    ),
]
IT, DE, EN = "901_openvoice_rimuovere", "901_openvoice_lizenzen", "903_"
PLANTED += [
    # A sentence left in another language.
    Planted(
        "941",
        IT,
        "English sentence",
        replace("esistente.", "esistente. You can also remove user licenses from the mobile app at any time."),
        "foreign_language",
        "intro-1",
        "Translate the sentence into Italian.",
    ),
    Planted(
        "942",
        DE,
        "English sentence",
        replace(
            "entfernen. Firmen", "entfernen. You can also remove user licenses from the mobile app at any time. Firmen"
        ),
        "foreign_language",
        "intro-1",
        "Translate the sentence into German.",
    ),
    Planted(
        "943",
        EN,
        "German sentence",
        replace("frequency. ", "frequency. Sie können die Lizenzen jederzeit auch in der mobilen App entfernen. "),
        "foreign_language",
        "intro-1",
        "Translate the sentence into English.",
    ),
    # The company's old name in prose.
    Planted(
        "944",
        IT,
        "old brand",
        replace(
            "Gli account aziendali gestiscono",
            "Gli account aziendali, seguiti da un rappresentante LogMeIn, gestiscono",
        ),
        "old_brand",
        "intro-1",
        "seguiti da un rappresentante GoTo, gestiscono",
    ),
    Planted(
        "945",
        DE,
        "old brand",
        replace("Firmenkonten verwalten ihr Konto", "Firmenkonten verwalten ihr Konto mit einem LogMeIn Vertreter"),
        "old_brand",
        "intro-1",
        "mit einem GoTo Vertreter",
    ),
    Planted(
        "946",
        EN,
        "old brand",
        replace(
            "Corporate accounts manage their billing",
            "Corporate accounts manage their billing with a LogMeIn representative",
        ),
        "old_brand",
        "intro-1",
        "with a GoTo representative",
    ),
    # A LogMeIn-era host of the Corporate Billing Portal (the mock does not answer for it).
    *(
        Planted(
            number,
            base,
            "legacy host",
            replace("https://link.goto.com/corp-billing", "https://link.logmeininc.com/corp-billing"),
            "legacy_host",
            "intro-1",
            "Link to https://link.goto.com/corp-billing instead.",
        )
        for number, base in (("947", IT), ("948", DE), ("949", EN))
    ),
    # ... and of GoTo's support pages.
    *(
        Planted(
            number,
            base,
            "legacy support host",
            replace("https://link.goto.com/corp-billing", "https://support.logmeininc.com/corporate-billing-faqs"),
            "legacy_host",
            "intro-1",
            "Link to https://support.goto.com/corporate-billing-faqs instead.",
        )
        for number, base in (("938", IT), ("939", DE), ("989", EN))
    ),
    # An earlier name of the product.
    Planted(
        "951",
        IT,
        "earlier product name",
        replace("sottoscrizione esistente.", "sottoscrizione Citrix OpenVoice esistente."),
        "product_name",
        "intro-1",
        "Write “OpenVoice” instead of “Citrix OpenVoice”.",
    ),
    Planted(
        "952",
        DE,
        "earlier product name",
        replace("bestehenden Abonnement", "bestehenden Citrix OpenVoice Abonnement"),
        "product_name",
        "intro-1",
        "Write “OpenVoice” instead of “Citrix OpenVoice”.",
    ),
    Planted(
        "953",
        EN,
        "earlier product name",
        replace("change the GoTo Webinar subscription plan", "change the GoToWebinar subscription plan"),
        "product_name",
        "intro-1",
        "Write “GoTo Webinar” instead of “GoToWebinar”.",
    ),
    # A product the mock does not sell: walked with one of its kind.
    Planted(
        "954",
        IT,
        "product not sold",
        replace_all("OpenVoice", "GoToAssist Remote Support v4"),
        "product_not_sold",
        "1",
        "checked with GoToAssist Remote Support v5",
    ),
    Planted(
        "955",
        DE,
        "product not sold",
        replace_all("OpenVoice", "GoToTraining"),
        "product_not_sold",
        "1",
        "checked with GoTo Webinar",
    ),
    Planted(
        "956",
        EN,
        "product not sold",
        replace_all("GoTo Webinar", "GoTo Training"),
        "product_not_sold",
        "intro-1",
        "checked with GoTo Webinar",
    ),
    # A general article that names one product where it means any.
    Planted(
        "957",
        "907_",
        "one product in a general article",
        replace("sottoscrizione esistente.", "sottoscrizione OpenVoice esistente."),
        "scope",
        "intro-1",
        "da un piano di sottoscrizione GoTo esistente.",
    ),
    Planted(
        "958",
        "906_",
        "one product in a general article",
        replace("ihre GoTo Rechnungsdaten", "ihre OpenVoice Rechnungsdaten"),
        "scope",
        "intro-1",
        "Firmenkonten verwalten ihre GoTo Rechnungsdaten",
    ),
    Planted(
        "959",
        "908_",
        "one product in a general article",
        replace("of any GoTo product", "of GoTo Webinar"),
        "scope",
        "intro-1",
        "the subscription plan of GoTo at any time",
    ),
    # Elliptical cues (`… und dann auf X`), after a compound and after a role word.
    Planted(
        "961",
        "909_",
        "renamed label after an elliptical cue",
        replace("und dann auf Abonnement bearbeiten", "und dann auf Abonnement ändern"),
        "label_differs",
        "2",
        "und dann auf Abonnement bearbeiten",
    ),
    Planted(
        "962",
        "910_",
        "renamed label after an elliptical cue",
        replace("e poi su Modifica sottoscrizione", "e poi su Cambia sottoscrizione"),
        "label_differs",
        "2",
        "e poi su Modifica sottoscrizione",
    ),
    Planted(
        "963",
        "900_",
        "renamed label after an elliptical cue",
        replace(", and then Edit Subscription", ", and then Change Subscription"),
        "label_differs",
        "2",
        ", and then Edit Subscription",
    ),
]
PLANTED += [
    # Other ways through the Billing Center: the card's add-licenses button, Subscribe Now.
    Planted(
        "964",
        "915_",
        "renamed card button",
        replace("click Add Organizers.", "click Add Organiser."),
        "label_differs",
        "2",
        "click Add Organizers.",
    ),
    Planted(
        "965",
        "916_",
        "renamed card link",
        replace("auf Jetzt abonnieren.", "auf Abonnieren."),
        "label_differs",
        "2",
        "auf Jetzt abonnieren.",
    ),
    Planted(
        "966",
        "917_",
        "renamed card button",
        replace("su Aggiungi organizzatori nel", "su Aggiungi organizzatore nel"),
        "label_differs",
        "2",
        "su Aggiungi organizzatori nel",
    ),
]
PLANTED += [
    # The cart's own way (the header's cart link, whose name carries the count) and Edit Order's.
    # Renamed alike, as 964-966 are: a label like no control of the stop ("Basket") gets a guess
    # as its suggestion (Sign in, Weiter einkaufen), the limit of `suggest.shown_instead` measured here.
    Planted(
        "977",
        "918_",
        "renamed cart link",
        replace("click Cart.", "click My Cart."),
        "label_differs",
        "2",
        "In the upper-right corner, click Cart.",
    ),
    Planted(
        "978",
        "919_",
        "renamed cart link",
        replace("auf Warenkorb.", "auf Mein Warenkorb."),
        "label_differs",
        "2",
        "Klicken Sie oben rechts auf Warenkorb.",
    ),
    Planted(
        "979",
        "920_",
        "renamed cart link",
        replace("su Carrello nell", "su Carrello acquisti nell"),
        "label_differs",
        "2",
        "Fai clic su Carrello nell'angolo superiore destro.",
    ),
    Planted(
        "980",
        "925_",
        "renamed Edit Order link",
        replace("click Edit Order.", "click Edit Your Order."),
        "label_differs",
        "4",
        "On the Checkout page, click Edit Order.",
    ),
    Planted(
        "981",
        "926_",
        "renamed Edit Order link",
        replace("auf Bestellung ändern.", "auf Bestellung bearbeiten."),
        "label_differs",
        "4",
        "klicken Sie auf Bestellung ändern.",
    ),
    Planted(
        "982",
        "927_",
        "renamed Edit Order link",
        replace("su Modifica ordine.", "su Modifica l'ordine."),
        "label_differs",
        "4",
        "fai clic su Modifica ordine.",
    ),
]
PLANTED += [
    # A label the UI has, but not at that point: the previous page's button on the Checkout page.
    Planted(
        "967",
        EN,
        "earlier page's button on the Checkout page",
        replace("6. Click Place Order.", "6. On the Checkout page, click Proceed to Checkout."),
        "label_place",
        "6",
        "On the Checkout page, click Place Order.",
    ),
    Planted(
        "968",
        DE,
        "earlier page's button on the Checkout page",
        replace("5. Klicken Sie auf Bestellung aufgeben.", "5. Wählen Sie auf der Seite Kasse die Option Zur Kasse."),
        "label_place",
        "5",
        "Wählen Sie auf der Seite Kasse die Option Bestellung aufgeben.",
    ),
    Planted(
        "969",
        IT,
        "earlier page's button on the Checkout page",
        replace(
            "5. Fai clic su Effettua ordine.",
            "5. Nella pagina Completa transazione, fai clic su Modifica sottoscrizione.",
        ),
        "label_place",
        "5",
        "Nella pagina Completa transazione, fai clic su Effettua ordine.",
    ),
    # A page's title used as a button's name.
    Planted(
        "971",
        EN,
        "page title as a button",
        replace("6. Click Place Order.", "6. Click Checkout."),
        "label_place",
        "6",
        "Click Place Order.",
    ),
    Planted(
        "972",
        DE,
        "page title as a button",
        replace("5. Klicken Sie auf Bestellung aufgeben.", "5. Klicken Sie auf Kasse."),
        "label_place",
        "5",
        "Klicken Sie auf Bestellung aufgeben.",
    ),
    Planted(
        "973",
        IT,
        "page title as a button",
        replace("5. Fai clic su Effettua ordine.", "5. Fai clic su Completa transazione."),
        "label_place",
        "5",
        "Fai clic su Effettua ordine.",
    ),
]
PLANTED += [
    # Two steps of one page swapped: the later step names what the page shows before the control
    # the earlier step leaves it by.
    Planted(
        "983", EN, "two steps of one page swapped", swap_steps(3, 4), "wrong_order", "4", "Move step 4 before step 3"
    ),
    Planted(
        "984", DE, "two steps of one page swapped", swap_steps(4, 5), "wrong_order", "5", "Move step 5 before step 4"
    ),
    Planted(
        "985", IT, "two steps of one page swapped", swap_steps(4, 5), "wrong_order", "5", "Move step 5 before step 4"
    ),
]
PLANTED += [
    # An earlier name of the product in the title (the title is read like the text).
    Planted(
        "995",
        IT,
        "earlier product name in the title",
        replace("sottoscrizione OpenVoice?", "sottoscrizione Citrix OpenVoice?"),
        "product_name",
        "title",
        "Write “OpenVoice” instead of “Citrix OpenVoice”.",
    ),
    Planted(
        "996",
        DE,
        "earlier product name in the title",
        replace("meinem OpenVoice-Abonnement?", "meinem Citrix OpenVoice-Abonnement?"),
        "product_name",
        "title",
        "Write “OpenVoice” instead of “Citrix OpenVoice”.",
    ),
    Planted(
        "997",
        EN,
        "earlier product name in the title",
        replace("current GoTo Webinar subscription", "current GoToWebinar subscription"),
        "product_name",
        "title",
        "Write “GoTo Webinar” instead of “GoToWebinar”.",
    ),
]
PLANTED += [
    # A sentence in another language that names UI labels: the suggestion gives them in the article's.
    Planted(
        "935",
        IT,
        "English sentence with labels",
        replace(
            "Completa transazione.\n",
            "Completa transazione. To make further changes, click Edit Order on the Checkout page.\n",
        ),
        "foreign_language",
        "4",
        "In Italian, “Edit Order” is “Modifica ordine”; “Checkout” is “Completa transazione” in the UI.",
    ),
    Planted(
        "936",
        DE,
        "English sentence with labels",
        replace(
            "auf Bestellung aufgeben.",
            "auf Bestellung aufgeben. Before you place the order, you can also click Edit Order on the Checkout page.",
        ),
        "foreign_language",
        "5",
        "In German, “Edit Order” is “Bestellung ändern”; “Checkout” is “Kasse” in the UI.",
    ),
    Planted(
        "937",
        EN,
        "German sentence with labels",
        replace(
            "6. Click Place Order.",
            "6. Click Place Order. Sie können auch zuerst auf der Seite Kasse auf Bestellung ändern klicken.",
        ),
        "foreign_language",
        "6",
        "In English, “Kasse” is “Checkout”; “Bestellung ändern” is “Edit Order” in the UI.",
    ),
]
PLANTED += [
    # A control renamed with a synonym, like no label in letters: the suggestion is the control the
    # walk leaves the reader's page by, not a look-alike of a later page or the sign-in button.
    Planted(
        "940",
        "918_",
        "synonym for the cart link",
        replace("click Cart.", "click Basket."),
        "label_differs",
        "2",
        "In the upper-right corner, click Cart.",
    ),
    Planted(
        "928",
        "919_",
        "synonym for the cart link",
        replace("auf Warenkorb.", "auf Einkaufswagen."),
        "label_differs",
        "2",
        "Klicken Sie oben rechts auf Warenkorb.",
    ),
    Planted(
        "929",
        "920_",
        "synonym for the cart link",
        replace("su Carrello nell'", "su Cestino nell'"),
        "label_differs",
        "2",
        "Fai clic su Carrello nell'angolo superiore destro.",
    ),
]
PLANTED += [
    # Edit Order after another entry than the options icon: the way is composed of both (Add New
    # Subscription, ..., Checkout, Edit Order back to the plan, Next, ...), and a renamed Edit Order
    # on it is told.
    Planted(
        "930",
        "992_",
        "renamed Edit Order after adding a subscription",
        replace("click Edit Order.", "click Edit Your Order."),
        "label_differs",
        "6",
        "On the Checkout page, click Edit Order.",
    ),
    Planted(
        "950",
        "993_",
        "renamed Edit Order after adding a subscription",
        replace("auf Bestellung ändern.", "auf Bestellung bearbeiten."),
        "label_differs",
        "6",
        "Klicken Sie auf der Seite „Kasse“ auf Bestellung ändern.",
    ),
    Planted(
        "960",
        "994_",
        "renamed Edit Order after adding a subscription",
        replace("su Modifica ordine.", "su Modifica l'ordine."),
        "label_differs",
        "6",
        "Nella pagina Completa transazione, fai clic su Modifica ordine.",
    ),
]
VERSIONS: list[tuple[str, dict[str, Callable[[str], str]], str, str]] = [
    # (number, language → how its version differs from the faithful one, the language that lacks a
    # step, the part of it the finding is on)
    ("974", {"it": str, "de": drop_step(4), "en": str}, "de", "3"),
    ("975", {"it": str, "de": str, "en": drop_step(2)}, "en", "1"),
    ("976", {"it": drop_step(4), "de": str, "en": str}, "it", "3"),
]
"""The same article in three languages, one version lacking a step: reported on that version."""
VERSION_BASES = {"it": IT, "de": DE, "en": "901_openvoice_remove"}
REORDERED: list[tuple[str, str]] = [("986", "it"), ("987", "de"), ("988", "en")]
"""The same article in three languages, one version (this language) with steps 3 and 4 swapped:
that version, and only it, is told that the others have another order (from step 3), besides its
own wrong order against the UI (step 4)."""
WAYS = {
    "915": "add_licenses",
    "916": "subscribe",
    "917": "add_licenses",
    "964": "add_licenses",
    "965": "subscribe",
    **dict.fromkeys(("918", "919", "920", "977", "978", "979"), "cart"),
    **dict.fromkeys(("925", "926", "927", "980", "981", "982"), "edit_order"),
    **dict.fromkeys(("992", "993", "994", "930", "950", "960"), "add_edit_order"),
    "903": "edit",
}
"""Articles about another way than edit or add, and the walk each must be compared with; and 903,
which names Edit Order only on the Checkout page (an aside of the edit way, not its own way)."""
FAITHFUL_ARTICLES = [
    ("992", "en"),
    ("993", "de"),
    ("994", "it"),
    ("901", "it"),
    ("901", "de"),
    ("901", "en"),
    ("902", "de"),
    ("903", "en"),
    ("904", "en"),
    ("906", "de"),
    ("907", "it"),
    ("908", "en"),
    ("900", "en"),
    ("909", "de"),
    ("910", "it"),
    ("915", "en"),
    ("916", "de"),
    ("917", "it"),
    ("918", "en"),
    ("919", "de"),
    ("920", "it"),
    ("925", "en"),
    ("926", "de"),
    ("927", "it"),
]
"""901–903: it, de, en plain text (901 also in German, under the same number: another language
version); 904: English Markdown about a product no real article covers; 906–908: general articles
(about any product, naming none) in de, it, en; 900, 909, 910: the language's forms around labels
(compounds, elliptical cues, articles and prepositions, quotes) in en, de, it; 915–917: other ways
through the UI (the card's Add Organizers, Subscribe Now after a trial) in en, de, it; 918–920: the
cart's way (the header's cart link, whose name carries the count, then the cart and the checkout)
in en, de, it; 925–927: Edit Order's way (from the Checkout page back to the Edit Subscription
page and on to the checkout again) in en, de, it."""


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "article_check", "articles", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
        check=False,
    )


Checked = tuple[dict[str, Any], Path, subprocess.CompletedProcess[str]]


def run_check(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    """One run over the five real articles, the faithful test articles and the planted ones (one
    run: articles of the same product and language share its walks)."""
    folder = tmp_path_factory.mktemp("articles")
    for path in [*REAL.glob("[0-9][0-9][0-9]_*"), *FAITHFUL.iterdir()]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for planted in PLANTED:
        (base,) = FAITHFUL.glob(f"{planted.base}*.txt")
        text = planted.transform(base.read_text(encoding="utf-8"))
        (folder / f"{planted.number}_{planted.difference.replace(' ', '_')}.txt").write_text(text, encoding="utf-8")
    # A file that is not UTF-8 and one in a format articles do not come in: named, reported broken,
    # while every other article is checked.
    (folder / "990_kaputt.txt").write_bytes("Wie kündige ich?\n\n1. Klicken Sie auf Kündigen.\n".encode("cp1252"))
    (folder / "991_article.docx").write_bytes(b"PK\x03\x04 not an article format")
    reordered: list[tuple[str, dict[str, Callable[[str], str]]]] = [
        (number, {language: swap_steps(3, 4) if language == swapped else str for language in VERSION_BASES})
        for number, swapped in REORDERED
    ]
    for number, versions in [*((number, versions) for number, versions, _, _ in VERSIONS), *reordered]:
        for language, transform in versions.items():
            (base,) = FAITHFUL.glob(f"{VERSION_BASES[language]}*.txt")
            text = transform(base.read_text(encoding="utf-8"))
            (folder / f"{number}_version_{language}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("report")
    result = run_cli("check", "--articles", str(folder), "--out", str(out), "--strict")
    report = out / "article-check.json"
    assert report.is_file(), f"no JSON report; the command printed:\n{result.stdout}\n{result.stderr}"
    return json.loads(report.read_text(encoding="utf-8")), out, result


def article(run: dict[str, Any], number: str, language: str | None = None) -> dict[str, Any]:
    return next(a for a in run["articles"] if a["number"] == number and language in (None, a["language"]))


def findings(entry: dict[str, Any]) -> list[dict[str, Any]]:
    return [finding for step in entry["steps"] for finding in step["findings"]]


def test_the_check_reports_the_planted_differences_and_nothing_on_faithful_articles(
    tmp_path_factory: pytest.TempPathFactory, subtests: pytest.Subtests
) -> None:
    # One test with subtests, not a module fixture: under xdist a module's tests may go to both
    # workers, and each would run the whole command.
    checked = run_check(tmp_path_factory)
    for number, language in FAITHFUL_ARTICLES:
        with subtests.test(msg=f"faithful article {number} ({language}) gives no finding"):
            a_faithful_article_gives_no_finding(checked, number, language)
    for planted in PLANTED:
        with subtests.test(msg=f"{planted.number}: {planted.difference} is reported with its fix"):
            a_planted_difference_is_reported_with_its_fix(checked, planted)
    for number, versions, lacking, part in VERSIONS:
        with subtests.test(msg=f"{number}: the {lacking} version lacks a step, and only it is told"):
            a_version_lacking_a_step_is_told(checked, number, list(versions), lacking, part)
    for number, swapped in REORDERED:
        with subtests.test(msg=f"{number}: the {swapped} version has another order, and only it is told"):
            a_version_in_another_order_is_told(checked, number, swapped)
    with subtests.test(msg="every finding on the test corpus is right and every planted difference is found"):
        precision_and_recall_are_whole(checked)
    with subtests.test(msg="an article about another way through the UI is walked that way"):
        an_article_about_another_way_is_walked_that_way(checked)
    with subtests.test(msg="an article about a flow the target lacks is not checkable"):
        an_article_about_a_flow_the_target_lacks_is_not_checkable(checked)
    with subtests.test(msg="a broken file and an unsupported format are reported, the rest are checked"):
        broken_and_unsupported_files_are_reported_while_the_rest_are_checked(checked)
    with subtests.test(msg="the terminal shows progress: the article, the walk and its stops"):
        the_terminal_shows_progress(checked)
    with subtests.test(msg="--strict fails on findings and the summary names them"):
        strict_fails_on_findings_and_the_summary_names_them(checked)
    with subtests.test(msg="the README lists what the check finds on the five articles"):
        the_readme_lists_what_the_check_finds_on_the_five_articles(checked)


def a_faithful_article_gives_no_finding(checked: Checked, number: str, language: str) -> None:
    run, out, _ = checked
    entry = article(run, number, language)
    assert findings(entry) == []
    assert entry["flow"] is not None
    verdicts = {step["part_id"]: step["verdict"] for step in entry["steps"]}
    assert set(verdicts.values()) <= {"matches", "nothing_to_check"}, verdicts
    numbered = [step for step in entry["steps"] if step["kind"] == "step"]
    assert sum(step["verdict"] == "matches" for step in numbered) >= len(numbered) - 2
    for step in numbered:
        assert step["state"] is not None, f"{step['part_id']} has no screenshot"
        assert (out / step["state"]["screenshot"]).is_file()
    # Read-only: every walk ends in front of the button that buys or starts something.
    for walk in entry["walks"]:
        assert walk["error"] is None, walk
        last = walk["states"][-1]
        assert last["name"] in ("checkout", "wizard_confirm"), walk["name"]
        assert last["not_clicked"], walk["name"]


def an_article_about_another_way_is_walked_that_way(checked: Checked) -> None:
    run, _, _ = checked
    for number, way in WAYS.items():
        entry = article(run, number)
        assert entry["flow"] == way, (number, entry["flow"], entry["flow_description"])
        numbered = [step for step in entry["steps"] if step["kind"] == "step"]
        assert all(step["verdict"] in ("matches", "drift") for step in numbered), numbered


def an_article_about_a_flow_the_target_lacks_is_not_checkable(checked: Checked) -> None:
    run, _, _ = checked
    entry = article(run, "905")
    assert entry["flow"] is None
    assert "no way through its UI" in entry["flow_description"]
    assert findings(entry) == []
    numbered = [step for step in entry["steps"] if step["kind"] == "step"]
    assert [step["verdict"] for step in numbered] == ["not_checkable"] * 3
    assert all(step["summary"].startswith("Not checkable: ") for step in numbered)


def a_planted_difference_is_reported_with_its_fix(checked: Checked, planted: Planted) -> None:
    run, _, _ = checked
    entry = article(run, planted.number)
    found = findings(entry)
    assert [(f["kind"], f["part_id"]) for f in found] == [(planted.kind, f"{planted.number}.{planted.part}")], found
    assert planted.suggestion in found[0]["suggestion"]


def a_version_lacking_a_step_is_told(
    checked: Checked, number: str, languages: list[str], lacking: str, part: str
) -> None:
    run, _, _ = checked
    for language in languages:
        found = [(f["kind"], f["part_id"]) for f in findings(article(run, number, language))]
        assert found == ([("version_differs", f"{number}.{part}")] if language == lacking else []), (language, found)
    (finding,) = findings(article(run, number, lacking))
    assert "has a step here that this version lacks" in finding["message"]


def reordered_findings(number: str) -> list[tuple[str, str]]:
    """(kind, part) of what the swapped version of a REORDERED article must be told."""
    return [("version_differs", f"{number}.3"), ("wrong_order", f"{number}.4")]


def a_version_in_another_order_is_told(checked: Checked, number: str, swapped: str) -> None:
    run, _, _ = checked
    for language in VERSION_BASES:
        found = sorted((f["kind"], f["part_id"]) for f in findings(article(run, number, language)))
        assert found == (reordered_findings(number) if language == swapped else []), (language, found)
    (told,) = [f for f in findings(article(run, number, swapped)) if f["kind"] == "version_differs"]
    assert "has its steps in another order from step 3 on" in told["message"]


def precision_and_recall_are_whole(checked: Checked) -> None:
    """Over the test corpus: a reported finding is right when it is the planted one, with its fix.
    Precision (right of all reported) and recall (found of all planted) must be 1; the assertion
    says both figures and what was found of each kind, so a failure shows how far either fell."""
    run, _, _ = checked
    right = wrong = 0
    by_kind: dict[str, list[int]] = {}
    for planted in PLANTED:
        found = findings(article(run, planted.number))
        hit = [
            f
            for f in found
            if (f["kind"], f["part_id"]) == (planted.kind, f"{planted.number}.{planted.part}")
            and planted.suggestion in f["suggestion"]
        ]
        right += bool(hit)
        wrong += len(found) - len(hit[:1])
        by_kind.setdefault(planted.kind, [0, 0])[0] += bool(hit)
        by_kind[planted.kind][1] += 1
    for number, language in FAITHFUL_ARTICLES:
        wrong += len(findings(article(run, number, language)))
    for number, versions, lacking, _ in VERSIONS:
        per_version = {language: findings(article(run, number, language)) for language in versions}
        told = [f for f in per_version[lacking] if f["kind"] == "version_differs"]
        right += bool(told)
        wrong += sum(len(found) for found in per_version.values()) - len(told[:1])
        by_kind.setdefault("version_differs", [0, 0])[0] += bool(told)
        by_kind["version_differs"][1] += 1
    for number, swapped in REORDERED:
        per_version = {language: findings(article(run, number, language)) for language in VERSION_BASES}
        expected = reordered_findings(number)
        reported_right = {(f["kind"], f["part_id"]) for f in per_version[swapped]} & set(expected)
        right += len(reported_right)
        wrong += sum(len(found) for found in per_version.values()) - len(reported_right)
        for kind, part in expected:
            by_kind.setdefault(kind, [0, 0])[0] += (kind, part) in reported_right
            by_kind[kind][1] += 1
    total = len(PLANTED) + len(VERSIONS) + sum(len(reordered_findings(number)) for number, _ in REORDERED)
    reported = right + wrong
    precision = right / reported if reported else 1.0
    recall = right / total
    kinds = ", ".join(
        f"{kind} {found_kind} of {planted_kind}" for kind, (found_kind, planted_kind) in sorted(by_kind.items())
    )
    assert (precision, recall) == (1.0, 1.0), (
        f"article check on the test corpus: precision {precision:.2f} ({right} of {reported} findings right), "
        f"recall {recall:.2f} ({right} of {total} planted differences found); found by kind: {kinds}"
    )


def broken_and_unsupported_files_are_reported_while_the_rest_are_checked(checked: Checked) -> None:
    run, out, result = checked
    broken = article(run, "990")
    assert broken["verdict"] == "broken"
    assert broken["error"].startswith("cannot be read: not UTF-8 text")
    unsupported = article(run, "991")
    assert unsupported["error"].startswith("cannot be read: unsupported format .docx; articles are .txt")
    assert (out / "990-unknown.html").is_file()
    assert "990_kaputt.txt" in result.stderr
    checked_numbers = {entry["number"] for entry in run["articles"] if entry["error"] is None}
    assert {"000", "004", "901", "963"} <= checked_numbers


def the_terminal_shows_progress(checked: Checked) -> None:
    _, _, result = checked
    lines = result.stderr.splitlines()
    assert any(re.fullmatch(r"\[1/\d+\] 000 \(it\) Come posso .*", line) for line in lines), lines[:5]
    assert any(line.strip().startswith("walking edit (") for line in lines)
    assert any(line.strip() == "edit: checkout" for line in lines)


def strict_fails_on_findings_and_the_summary_names_them(checked: Checked) -> None:
    _, out, result = checked
    assert result.returncode == 1, result.stderr
    assert "Effettua ordine" in result.stdout
    assert "corp-billingbilling" in result.stdout
    assert (out / "index.html").is_file()
    page = (out / "911-it.html").read_text(encoding="utf-8")
    assert "Effettua ordine" in page
    assert "screens/" in page


def test_unknown_article_and_bad_folder_are_usage_errors(tmp_path: Path) -> None:
    result = run_cli("check", "--article", "999", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "no article 999" in result.stderr
    result = run_cli("labels", "--articles", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "missing" in result.stderr
    result = run_cli("check", "--target", "live", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "--target live needs --base-url" in result.stderr
    result = run_cli("check", "--target", "live", "--base-url", "billing.goto.com", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "must be an http(s) address" in result.stderr
    assert not list(tmp_path.iterdir()), "a refused run writes nothing"


def the_readme_lists_what_the_check_finds_on_the_five_articles(checked: Checked) -> None:
    run, out, _ = checked
    real = [entry for entry in run["articles"] if entry["number"] in (*WALKED, *PLANNED)]
    assert [(entry["number"], entry["language"]) for entry in real] == [
        ("000", "it"),
        ("001", "it"),
        ("002", "it"),
        ("003", "it"),
        ("004", "de"),
        ("005", "it"),
        ("006", "en"),
        ("007", "en"),
        ("008", "en"),
        ("009", "en"),
    ]
    documented = re.search(r"<!-- article-findings:start -->\n(.*?)<!-- article-findings:end -->", FINDINGS_DOC, re.S)
    assert documented is not None, "the README has no article-findings section"
    found = findings_table((entry["language"], Finding(**finding)) for entry in real for finding in findings(entry))
    assert found == documented.group(1)
    # The first five are walked by the flows' ways; the articles of issue 24 (cancel, the payment
    # method) by walks planned from their steps (no walk is written for them).
    for entry in (entry for entry in real if entry["number"] in WALKED):
        assert entry["flow"] is not None, entry["flow_description"]
        for step in entry["steps"]:
            if step["kind"] == "step":
                assert step["verdict"] != "not_checkable", step
                assert (out / step["state"]["screenshot"]).is_file(), step["part_id"]
    # 008's walk goes to the portal by the address its second step names, and finds there the
    # Forgot Password? and Submit of its third: every step is walked and matches.
    (signing_in,) = (entry for entry in real if entry["number"] == "008")
    assert signing_in["verdict"] == "matches", signing_in["flow_description"]
    assert "https://link.goto.com/corp-billing, Forgot Password?, Submit" in signing_in["flow_description"]
