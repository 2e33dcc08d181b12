"""Extraction of UI labels and URLs from article parts (`article_check.extract`).

- Every part of the five real articles gives the labels a reader finds in it, read from the text
  (cue verbs, role words, quotes, capitals), with the right action, role, sequence and alternatives.
- An English version of article 002 gives the labels of the English UI.
- Robustness: sentences without cues, lower-case prose after a cue, quotes without a cue,
  cross-references, labels no article contains (renamed ones), every kind of quote, URLs.
- Invariants on every mention: offsets point at the label, `text` is a word-prefix of
  `candidate`, quoted labels are sure, no URL inside, at most seven words.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from article_check.extract import extract_mentions, extract_urls
from article_check.grammar import GRAMMARS
from article_check.model import Mention
from article_check.reader import MAX_WORDS
from billing_e2e.articles import Article, ArticlePart, load_articles, parse_text

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
ARTICLES: dict[str, Article] = {article.number: article for article in load_articles(ROOT / "articles")}


class Want(NamedTuple):
    """An expected mention; `cand` None: the candidate is the text (the end is sure)."""

    text: str
    action: str
    role: str | None = None
    cand: str | None = None
    quoted: bool = False
    described: bool = False
    seq: int = 0
    alt: int = 0


def got(mention: Mention) -> Want:
    return Want(
        mention.text,
        mention.action,
        mention.role_hint,
        None if mention.candidate == mention.text else mention.candidate,
        mention.quoted,
        mention.described,
        mention.sequence,
        mention.alternatives,
    )


def step(text: str) -> ArticlePart:
    return ArticlePart("x.1", "step", 1, text)


def mentions_of(text: str, language: str) -> list[Want]:
    return [got(mention) for mention in extract_mentions(step(text), language)]


# ------------------------------------------------------------------------------------------------
# The real articles: every part, by its id (see `python -m traceability parts`)

CENTRO = Want("Centro fatturazione", "look", cand="Centro fatturazione all’indirizzo")
OPTIONS_DESCRIBED = Want("opzioni", "click", "icon", described=True)

REAL: dict[str, list[Want]] = {
    "000.intro-1": [],
    "000.intro-2": [],
    "000.note-1": [],
    "000.1": [CENTRO],
    "000.2": [OPTIONS_DESCRIBED, Want("Modifica sottoscrizione", "click")],
    "000.troubleshooting-1": [
        Want("Opzioni", "look", "icon", cand="Opzioni non è visibile"),
        Want("Abbonati ora", "click", cand="Abbonati ora acquistare una OpenVoice piano"),
    ],
    "000.3": [Want("Aggiungi al carrello", "click", seq=1), Want("Completa la transazione", "click", seq=1)],
    "000.4": [Want("Completa transazione", "look", "page")],
    "000.tip-1": [Want("Modifica ordine", "click", cand="Modifica ordine per apportare ulteriori modifiche")],
    "000.5": [],
    "000.6": [Want("Effettua ordine", "click")],
    "000.result-1": [],
    "001.intro-1": [],
    "001.intro-2": [],
    "001.note-1": [],
    "001.1": [CENTRO],
    "001.2": [OPTIONS_DESCRIBED, Want("Modifica sottoscrizione", "click")],
    "001.troubleshooting-1": [
        Want("Opzioni", "look", "icon", cand="Opzioni non è visibile"),
        Want("Abbonati ora", "click", cand="Abbonati ora acquistare una GoToAssist Supporto remoto"),
    ],
    "001.3": [Want("Aggiungi al carrello", "click", seq=1), Want("Completa la transazione", "click", seq=1)],
    "001.4": [Want("Completa transazione", "look", "page")],
    "001.tip-1": [Want("Modifica ordine", "click", cand="Modifica ordine per apportare ulteriori modifiche")],
    "001.5": [],
    "001.6": [Want("Effettua ordine", "click")],
    "001.result-1": [],
    "002.intro-1": [],
    "002.intro-2": [],
    "002.note-1": [],
    "002.1": [CENTRO],
    "002.2": [
        Want("Opzioni", "select", "icon", cand="Opzioni nell'angolo superiore destro"),
        Want("Modifica sottoscrizione", "select"),
    ],
    "002.warning-1": [
        Want("Opzioni", "look", "icon"),
        Want("Abbonati ora", "select", cand="Abbonati ora acquistare una GoTo Webinar piano"),
    ],
    "002.3": [],
    "002.4": [
        Want("Riepilogo ordine", "look", cand="Riepilogo ordine in fondo alla pagina"),
        Want("Completa la transazione", "select"),
    ],
    "002.note-2": [
        Want("Aggiungi al carrello", "click", "option"),
        Want("Completa transazione", "click", quoted=True),
        Want("Aggiungi al carrello", "select", seq=1),
        Want("Completa la transazione", "select", seq=1),
    ],
    "002.5": [
        Want("Completa transazione", "look", "page"),
        Want("Modifica ordine", "select", cand="Modifica ordine per apportare ulteriori modifiche"),
    ],
    "002.note-3": [],
    "002.6": [Want("Ordina ordine", "select")],
    "002.result-1": [],
    "002.after-1": [],
    "003.intro-1": [],
    "003.intro-2": [],
    "003.note-1": [],
    "003.1": [Want("Centro fatturazione", "look", cand="Centro fatturazione all'indirizzo")],
    "003.2": [OPTIONS_DESCRIBED, Want("Modifica sottoscrizione", "click")],
    "003.3": [Want("Modifica", "click", cand="Modifica per aggiornare il livello del piano")],
    "003.4": [
        Want("Riepilogo ordine", "look", cand="Riepilogo ordine alla fine della pagina"),
        Want("Completa la transazione", "click"),
    ],
    "003.note-2": [
        Want("Aggiungi al carrello", "click", "option"),
        Want("Completa transazione", "click", quoted=True),
        Want("Aggiungi al carrello", "click", seq=1),
        Want("Completa transazione", "click", seq=1),
    ],
    "003.5": [
        Want("Completa transazione", "look", "page"),
        Want("Modifica ordine", "click", cand="Modifica ordine per apportare ulteriori modifiche"),
    ],
    "003.6": [],
    "003.7": [Want("Effettua ordine", "click")],
    "003.after-1": [],
    "004.intro-1": [],
    "004.note-1": [],
    "004.1": [Want("Abrechnung", "look", "section", quoted=True)],
    "004.2": [Want("Neues Abonnement hinzufügen", "select")],
    "004.3": [],
    "004.4": [Want("Kaufen", "select", alt=1), Want("Testen", "select", alt=1)],
    "004.5": [],
    "004.6": [Want("Weiter", "select")],
    "004.7": [
        Want("Monatlich", "select", alt=1),
        Want("Jährlich", "select", alt=1, cand="Jährlich als Ihren Abrechnungstarif"),
    ],
    "004.8": [Want("Zur Kasse", "select", alt=1), Want("Testversion starten", "select", alt=1)],
    "004.note-2": [
        Want("Zur Kasse", "click", "option", quoted=True),
        Want("In den Warenkorb", "click", "option", cand="In den Warenkorb angezeigt"),
        Want("In den Warenkorb", "select", seq=1),
        Want("Zur Kasse", "select", seq=1),
    ],
    "004.9": [Want("Kasse", "look", "page", quoted=True), Want("Bestellung ändern", "select")],
    "004.10": [Want("Bestellung aufgeben", "select")],
    "004.result-1": [],
    "004.result-2": [],
    # The cancel articles (issue 24), as the extractor reads them today: 005's bulleted steps are
    # intro paragraphs; a dialog's answer is read past its comma ("Sì, annulla", "Yes, Cancel").
    "005.intro-1": [],
    "005.intro-2": [],
    "005.intro-3": [Want("Centro fatturazione", "look", cand="Centro fatturazione all'indirizzo")],
    "005.intro-4": [
        Want("Sottoscrizioni", "look", "page"),
        Want("opzioni", "click", "icon", described=True),
    ],
    "005.intro-5": [Want("Annulla sottoscrizione", "click")],
    "005.intro-6": [Want("Sì, annulla", "click")],
    "005.intro-7": [
        Want("Chiudi", "click", cand="Chiudi nella finestra di conferma"),
        Want("Sottoscrizioni", "look", "page", cand="Sottoscrizioni sotto il prodotto"),
    ],
    "006.intro-1": [],
    "006.intro-2": [],
    "006.note-1": [Want("Billing Center", "look", cand="Billing Center at to manage their GoTo")],
    "006.1": [Want("Billing Center", "look")],
    "006.2": [
        Want("Subscriptions", "look", "page"),
        Want("Options", "click", "icon"),
        Want("Cancel Subscription", "click"),
    ],
    "006.3": [Want("Yes, Cancel", "click")],
    "006.result-1": [Want("Close", "click", cand="Close on the confirmation window")],
    "006.after-1": [Want("Subscriptions", "look", "page")],
    "006.after-2": [],
    # 007 (issue 24): bullets whose markers the parser drops; "the edit hyperlink" is a link.
    "007.note-1": [Want("Billing Center", "look")],
    "007.intro-1": [Want("Billing Center", "look")],
    "007.intro-2": [Want("Payment Method", "click", cand="Payment Method at the top")],
    "007.intro-3": [Want("edit", "click", "link", described=True), Want("Apply", "click")],
    "007.intro-4": [Want("Update Payment Method", "click", cand="Update Payment Method to save your changes")],
    # 008 and 009 (issue 24), pinned as the extractor reads them (008's sections are intros: it has
    # no numbered steps).
    "008.intro-1": [
        Want("Billing Center", "look", cand="Billing Center as their billing portal"),
        Want("Corporate Billing Portal", "look", cand="Corporate Billing Portal while working with their"),
    ],
    "008.intro-2": [Want("Billing Center", "look")],
    "008.intro-3": [],
    "008.intro-4": [],
    "008.intro-5": [],
    "008.intro-6": [Want("Email", "select", cand="Email the billing admin to contact them")],
    "008.intro-7": [Want("Corporate Billing Portal", "look")],
    "008.intro-8": [],
    "008.intro-9": [],
    "008.intro-10": [],
    "008.intro-11": [
        Want("Corporate Billing Portal", "look", cand="Corporate Billing Portal and encounter"),
        Want("Forgot Password?", "select"),
        Want("Submit", "select", cand="Submit to be sent a reset link"),
    ],
    "009.intro-1": [],
    "009.intro-2": [],
    "009.intro-3": [],
    "009.note-1": [],
    "009.1": [Want("Billing Center", "look")],
    "009.2": [
        Want("Add Organizers", "select", alt=1),
        Want("Add Agents", "select", alt=1),
        Want("Add Experts", "select", alt=1),
    ],
    "009.3": [Want("Add to Cart", "select", seq=1), Want("Proceed to Checkout", "select", seq=1)],
    "009.4": [Want("Checkout", "look", "page")],
    "009.tip-1": [Want("Edit Order", "select", cand="Edit Order to make additional changes")],
    "009.5": [],
    "009.6": [Want("Place Order", "select")],
    "009.result-1": [],
    "009.after-1": [Want("GoTo Meeting", "look")],
}


def real_part(part_id: str) -> tuple[ArticlePart, str]:
    article = ARTICLES[part_id.split(".")[0]]
    return article.part(part_id), article.language


def test_every_real_part_is_pinned() -> None:
    assert [part.id for article in ARTICLES.values() for part in article.parts] == list(REAL)


@pytest.mark.parametrize(("part_id", "expected"), REAL.items(), ids=list(REAL))
def test_real_article_part(part_id: str, expected: list[Want]) -> None:
    part, language = real_part(part_id)
    assert [got(mention) for mention in extract_mentions(part, language)] == expected


@pytest.mark.parametrize(
    ("part_id", "occurrences"),
    [
        # (the label as it stands in the text, which of its occurrences: 0 = first)
        ("000.2", [("opzioni", 0), ("Modifica sottoscrizione", 0)]),
        ("002.2", [("Opzioni", 0), ("Modifica sottoscrizione", 0)]),
        (
            "002.note-2",
            [
                ("Aggiungi al carrello", 0),
                ("Completa transazione", 0),
                ("Aggiungi al carrello", 1),
                ("Completa la transazione", 0),
            ],
        ),
        ("004.1", [("Abrechnung", 0)]),
        ("004.note-2", [("Zur Kasse", 0), ("In den Warenkorb", 0), ("In den Warenkorb", 1), ("Zur Kasse", 1)]),
    ],
)
def test_offsets_point_at_the_label_in_the_part(part_id: str, occurrences: list[tuple[str, int]]) -> None:
    part, language = real_part(part_id)
    expected = []
    for label, nth in occurrences:
        offset = -1
        for _ in range(nth + 1):
            offset = part.text.index(label, offset + 1)
        expected.append(offset)
    assert [mention.start for mention in extract_mentions(part, language)] == expected


# ------------------------------------------------------------------------------------------------
# English: article 002 as the English help center writes it (labels from ../shared/ui-vocabulary.md)

ENGLISH_002 = """\
How do I change my current GoTo Webinar subscription plan?
The billing contact of your account can change the GoTo Webinar subscription plan at any time to unlock advanced \
features, add more user licenses or change the billing period.
When you make changes to existing subscriptions, they take effect immediately and are automatically adjusted and \
prorated against the account's current balance. Note that you can reduce the number of user licenses online, but if \
you want to downgrade your subscription plan tier, Contact Support for assistance.
Note: Some billing contacts sign in to the Billing Center at https://billing.goto.com to manage their GoTo Webinar \
billing information on their own. However, other billing contacts for larger accounts (referred to as "corporate" \
accounts) typically work with their dedicated GoTo representative (or by contacting Corporate Account Services) to \
manage their account on a different self-service site called the Corporate Billing Portal at \
https://link.goto.com/corp-billing. If you see something different from the steps below, see Frequently asked \
questions about the Corporate Billing Portal for your account type.
1. Sign in to the Billing Center at https://billing.goto.com.
2. Click the Options icon in the upper-right corner of the desired product, then click Edit Subscription.
Warning: If you don't see the Options icon, you had a free trial that has ended. Select Subscribe Now to purchase a \
GoTo Webinar subscription plan.
3. Choose the plan that best fits your needs, update the number of licenses and/or a billing frequency. Click Change \
to update the plan tier. Select Monthly or Annual as your billing frequency.
4. Review your Order Summary at the bottom of the page, then select Proceed to Checkout.
Note: If the cart already holds one or more items, the Add to Cart option is shown instead of "Proceed to Checkout". \
Select Add to Cart > Proceed to Checkout.
5. Review the billing period (starting today), the number of licenses, the plan cost and the total due on the \
Checkout page. Select Edit Order to make further changes.
Note: If the new plan selection results in a price increase, you will be asked to make a payment and provide your \
payment details and/or add your VAT number.
6. Select Place Order.
Results: You have changed your subscription plan, and your new billing period starts today.
If you increased the number of user licenses, remember to assign them to your users so they can access GoTo Webinar. \
Learn more in How do I enable or disable products for an individual user?
"""
ENGLISH_ARTICLE = parse_text(ENGLISH_002, "900", "text")

ENGLISH: dict[str, list[Want]] = {
    "900.intro-1": [],
    "900.intro-2": [],
    # `sign in to` is a cue in English (Italian's `accedono al` is not `accedi al`); the quoted
    # "corporate" and the `see Frequently asked questions …` cross-reference are not labels.
    "900.note-1": [Want("Billing Center", "look")],
    "900.1": [Want("Billing Center", "look")],
    "900.2": [Want("Options", "click", "icon"), Want("Edit Subscription", "click")],
    "900.warning-1": [
        Want("Options", "look", "icon"),
        Want("Subscribe Now", "select", cand="Subscribe Now to purchase a GoTo Webinar"),
    ],
    "900.3": [
        Want("Change", "click", cand="Change to update the plan tier"),
        Want("Monthly", "select", alt=1),
        Want("Annual", "select", alt=1, cand="Annual as your billing frequency"),
    ],
    "900.4": [
        Want("Order Summary", "look", cand="Order Summary at the bottom"),
        Want("Proceed to Checkout", "select"),
    ],
    "900.note-2": [
        Want("Add to Cart", "click", "option"),
        Want("Proceed to Checkout", "click", quoted=True),
        Want("Add to Cart", "select", seq=1),
        Want("Proceed to Checkout", "select", seq=1),
    ],
    "900.5": [
        Want("Checkout", "look", "page"),
        Want("Edit Order", "select", cand="Edit Order to make further changes"),
    ],
    "900.note-3": [],
    "900.6": [Want("Place Order", "select")],
    "900.result-1": [],
    "900.after-1": [],
}


def test_english_article_parts() -> None:
    assert ENGLISH_ARTICLE.ids == list(ENGLISH)


@pytest.mark.parametrize(("part_id", "expected"), ENGLISH.items(), ids=list(ENGLISH))
def test_english_article_part(part_id: str, expected: list[Want]) -> None:
    part = ENGLISH_ARTICLE.part(part_id)
    assert [got(mention) for mention in extract_mentions(part, "en")] == expected


# ------------------------------------------------------------------------------------------------
# Sentences: labels no article contains, every quote, sequences, alternatives, roles

SENTENCES: list[tuple[str, str, list[Want]]] = [
    # Labels found by grammar alone: none of these is in any article.
    ("it", "Fai clic su Conferma acquisto.", [Want("Conferma acquisto", "click")]),
    ("de", "Wählen Sie Jetzt bezahlen.", [Want("Jetzt bezahlen", "select")]),
    ("en", "Click Buy Licenses Now.", [Want("Buy Licenses Now", "click")]),
    ("it", "Premi Salva e chiudi.", [Want("Salva", "click", cand="Salva e chiudi")]),
    # Every kind of quote.
    ("de", "Klicken Sie auf „Weiter“.", [Want("Weiter", "click", quoted=True)]),
    ("de", "Klicken Sie auf „Weiter”.", [Want("Weiter", "click", quoted=True)]),
    ("de", "Wählen Sie »Weiter«.", [Want("Weiter", "select", quoted=True)]),
    ("it", "Fai clic su «Avanti».", [Want("Avanti", "click", quoted=True)]),
    ("it", 'Fai clic sul pulsante " Avanti " per continuare.', [Want("Avanti", "click", "button", quoted=True)]),
    ("en", "Click “Next”.", [Want("Next", "click", quoted=True)]),
    ("en", 'Click the "Next" button.', [Want("Next", "click", "button", quoted=True)]),
    # Sequences and alternatives.
    (
        "it",
        "Seleziona Aggiungi al carrello > Completa la transazione > Effettua ordine.",
        [
            Want("Aggiungi al carrello", "select", seq=1),
            Want("Completa la transazione", "select", seq=1),
            Want("Effettua ordine", "select", seq=1),
        ],
    ),
    (
        "it",
        'Seleziona "Impostazioni" > "Fatturazione". Poi seleziona Ordini > Storico.',
        [
            Want("Impostazioni", "select", quoted=True, seq=1),
            Want("Fatturazione", "select", quoted=True, seq=1),
            Want("Ordini", "select", seq=2),
            Want("Storico", "select", seq=2),
        ],
    ),
    (
        "en",
        "Select Settings > Billing > Payment methods.",
        [
            Want("Settings", "select", seq=1),
            Want("Billing", "select", seq=1),
            Want("Payment", "select", seq=1, cand="Payment methods"),
        ],
    ),
    (
        "it",
        "Seleziona Mensile o Annuale come frequenza.",
        [Want("Mensile", "select", alt=1), Want("Annuale", "select", alt=1, cand="Annuale come frequenza")],
    ),
    (
        "de",
        "Wählen Sie die Option „Monatlich“ oder „Jährlich“.",
        [Want("Monatlich", "select", "option", quoted=True, alt=1), Want("Jährlich", "select", quoted=True, alt=1)],
    ),
    (
        "en",
        "Select Buy, or Try to start a free trial.",
        [Want("Buy", "select", alt=1), Want("Try", "select", alt=1, cand="Try to start a free trial")],
    ),
    # Role words and described elements.
    ("it", "Fai clic sull'icona delle opzioni.", [Want("opzioni", "click", "icon", described=True)]),
    ("it", "Apri la scheda Fatturazione.", [Want("Fatturazione", "click", "tab")]),
    (
        "it",
        "Vai alla pagina Fatturazione per vedere gli ordini.",
        [Want("Fatturazione", "look", "page", cand="Fatturazione per vedere gli ordini")],
    ),
    # German compounds and hyphenated forms are words of the prose, not labels.
    ("de", "Klicken Sie auf das Optionen-Symbol.", []),
    ("de", "Klicken Sie auf das Optionssymbol neben dem Produkt.", []),
    (
        "de",
        "Klicken Sie auf das Optionen-Symbol und dann auf Abonnement bearbeiten.",
        [Want("Abonnement bearbeiten", "click")],
    ),
    # Elliptical cues: the verb before goes on.
    (
        "de",
        "Klicken Sie auf Zur Kasse und dann auf Bestellung aufgeben.",
        [
            Want("Zur Kasse", "click", cand="Zur Kasse und dann auf Bestellung aufgeben"),
            Want("Bestellung aufgeben", "click"),
        ],
    ),
    (
        "it",
        "Fai clic sull'icona Opzioni e poi su Modifica sottoscrizione.",
        [
            Want("Opzioni", "click", "icon", cand="Opzioni e poi su Modifica sottoscrizione"),
            Want("Modifica sottoscrizione", "click"),
        ],
    ),
    (
        "en",
        "Click the Options icon, and then Edit Subscription.",
        [Want("Options", "click", "icon"), Want("Edit Subscription", "click")],
    ),
    ("en", "Click Buy and then wait.", [Want("Buy", "click", cand="Buy and then wait")]),
    # Articles and prepositions around labels.
    (
        "de",
        "Wählen Sie auf der Seite Kasse die Option Bestellung aufgeben.",
        [
            Want("Kasse", "look", "page", cand="Kasse die Option Bestellung aufgeben"),
            Want("Bestellung aufgeben", "click", "option"),
        ],
    ),
    (
        "it",
        "Nella pagina Carrello, fai clic sul pulsante Completa la transazione.",
        [Want("Carrello", "look", "page"), Want("Completa la transazione", "click", "button")],
    ),
    ("de", "Klicken Sie auf die Schaltfläche Speichern.", [Want("Speichern", "click", "button")]),
    # An adverb between the cue verb and its preposition.
    ("de", "Klicken Sie dann auf Abonnement bearbeiten.", [Want("Abonnement bearbeiten", "click")]),
    ("en", "Then click on Edit Subscription.", [Want("Edit Subscription", "click")]),
    ("en", "Click the options icon.", [Want("options", "click", "icon", described=True)]),
    ("en", "Click the icon of the options.", [Want("options", "click", "icon", described=True)]),
    (
        "en",
        "Select Icon Options in the upper-right corner.",
        [Want("Options", "select", "icon", cand="Options in the upper-right corner")],
    ),
    (
        "en",
        "Click Edit Order on the Checkout page.",
        [Want("Edit Order", "click", cand="Edit Order on the Checkout page"), Want("Checkout", "look", "page")],
    ),
    ("en", "The Checkout page shows the total.", [Want("Checkout", "look", "page")]),
    ("en", "If you don't see the Options icon, contact support.", [Want("Options", "look", "icon")]),
    ("en", "Click Change to update the plan.", [Want("Change", "click", cand="Change to update the plan")]),
    ("en", "Sign in to the Billing Center at https://billing.goto.com.", [Want("Billing Center", "look")]),
    # A label's own question mark, where the sentence goes on after it; a sentence's is left out.
    ("en", "Select Forgot Password?, then close the window.", [Want("Forgot Password?", "select")]),
    ("en", "Do you want to select Cancel? Then close the window.", [Want("Cancel", "select")]),
    # Heuristic ends: the guess in `text`, the generous stretch in `candidate`.
    (
        "it",
        "Fai clic Abbonati ora acquistare una OpenVoice.",
        [Want("Abbonati ora", "click", cand="Abbonati ora acquistare una OpenVoice")],
    ),
    (
        "de",
        "Dann wird die Option Jetzt kaufen angezeigt.",
        [Want("Jetzt kaufen", "click", "option", cand="Jetzt kaufen angezeigt")],
    ),
    (
        "it",
        "Fai clic su Uno due tre quattro cinque sei sette otto nove.",
        [Want("Uno due tre quattro cinque sei sette", "click")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES, ids=[text for _, text, _ in SENTENCES])
def test_sentence(language: str, text: str, expected: list[Want]) -> None:
    assert mentions_of(text, language) == expected


NO_MENTION: list[tuple[str, str]] = [
    # Plain sentences without a cue.
    ("it", "Le modifiche che apporti al tuo piano hanno effetto immediato."),
    ("de", "Sie haben sofort Zugriff auf das neue Produkt und erhalten eine E-Mail."),
    ("en", "Your changes take effect immediately and are prorated against the Billing Center balance."),
    # A cue followed by lower-case prose.
    ("it", "Scegli il piano più adatto alle tue esigenze."),
    ("it", "Quindi seleziona il numero di postazioni e/o la frequenza."),
    ("de", "Wählen Sie das gewünschte Produkt."),
    ("de", "Wählen Sie über die Modalfelder die gewünschte Anzahl aus."),
    ("de", "Wählen Sie ggf. Ihre gewünschte Abostufe aus."),
    ("en", "Choose the plan that best fits your needs."),
    # Quotes without a cue right before them.
    ("it", '(chiamati come segue: " aziendale " account)'),
    ("it", '(chiamati anche account "Corporate")'),
    ("de", '(als "Firmenkonten" bezeichnet)'),
    ("de", "Das Konto heißt „Firmenkonto“."),
    ("en", '(referred to as "corporate" accounts)'),
    # Cross-references to other articles, role words in their titles included.
    ("it", "Vedi Domande frequenti sul Portale di fatturazione Corporate se vedi qualcosa di diverso."),
    ("it", "Scopri di più in Gestione della pagina Prodotti."),
    ("de", "Siehe Häufig gestellte Fragen zum Corporate Billing Portal."),
    ("de", "Weitere Informationen finden Sie unter Wie kann ich die Seite Kasse öffnen?"),
    ("en", "See Frequently asked questions about the Corporate Billing Portal."),
    ("en", "Learn more in How do I change the Billing page?"),
    # Nothing, or only a URL.
    ("it", ""),
    ("de", "https://billing.goto.com"),
    ("en", "https://billing.goto.com."),
    ("it", 'Accedi a "https://billing.goto.com".'),
    # A role word without a label.
    ("it", "Il totale è in fondo alla pagina, a destra."),
]


@pytest.mark.parametrize(("language", "text"), NO_MENTION, ids=[text or "(empty)" for _, text in NO_MENTION])
def test_no_mention(language: str, text: str) -> None:
    assert mentions_of(text, language) == []


def test_unknown_language() -> None:
    # Dutch: a help-center language the harness has no grammar for.
    with pytest.raises(ValueError, match="nl"):
        extract_mentions(step("Klik op Volgende."), "nl")


# ------------------------------------------------------------------------------------------------
# Invariants on every mention of the real and the English articles


def all_parts() -> list[tuple[ArticlePart, str]]:
    parts = [(part, article.language) for article in ARTICLES.values() for part in article.parts]
    return parts + [(part, "en") for part in ENGLISH_ARTICLE.parts]


ROLES = {"icon", "button", "page", "option", "field", "menu", "link", "tab", "section", "screen"}


@pytest.mark.parametrize(("part", "language"), all_parts(), ids=[part.id for part, _ in all_parts()])
def test_mention_invariants(part: ArticlePart, language: str) -> None:
    mentions = extract_mentions(part, language)
    assert [mention.start for mention in mentions] == sorted(mention.start for mention in mentions)
    for mention in mentions:
        assert mention.part_id == part.id
        assert part.text.startswith(mention.text, mention.start)
        assert part.text.startswith(mention.candidate, mention.start)
        words = mention.text.split()
        assert mention.candidate.split()[: len(words)] == words
        assert 0 < len(words) <= MAX_WORDS
        assert len(mention.candidate.split()) <= MAX_WORDS
        assert "http" not in mention.candidate
        assert mention.role_hint is None or mention.role_hint in ROLES
        if mention.quoted:
            assert mention.candidate == mention.text
    # A sequence's labels stand together, and two sequences never share a number.
    numbers = [mention.sequence for mention in mentions if mention.sequence]
    assert all(numbers[i] == numbers[i + 1] or numbers[i + 1] not in numbers[: i + 1] for i in range(len(numbers) - 1))


def test_grammar_tables_hold_no_label() -> None:
    """The module knows grammar, not the articles' labels: no pinned label is a table entry."""
    entries: set[str] = set()
    for grammar in GRAMMARS.values():
        for phrases in (grammar.click, grammar.select, grammar.look, grammar.instead_of, grammar.cross_references):
            entries |= {" ".join(phrase) for phrase in phrases}
        entries |= grammar.stops | grammar.verb_stops | grammar.skips | grammar.cue_links | set(grammar.roles)
    labels = {want.text.lower() for wants in (*REAL.values(), *ENGLISH.values()) for want in wants}
    assert not labels & entries


# ------------------------------------------------------------------------------------------------
# URLs

URLS: list[tuple[str, list[tuple[str, int]]]] = [
    ("https://link.goto.com/corp-billingbilling.", [("https://link.goto.com/corp-billingbilling", 0)]),
    (
        "(https://support.goto.com/corporate-billing-faqs#billing-form)",
        [("https://support.goto.com/corporate-billing-faqs#billing-form", 1)],
    ),
    ("https://billing.GoTo.com", [("https://billing.GoTo.com", 0)]),
    (
        "Vai su https://billing.goto.com, oppure su http://billing.logmeininc.com/path?a=1; grazie.",
        [("https://billing.goto.com", 7), ("http://billing.logmeininc.com/path?a=1", 43)],
    ),
    ("Im Bereich „https://billing.goto.com“ anmelden!", [("https://billing.goto.com", 12)]),
    ("See https://en.wikipedia.org/wiki/Foo_(bar).", [("https://en.wikipedia.org/wiki/Foo_(bar)", 4)]),
    ("Accedi al Centro fatturazione.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), URLS, ids=[text or "(empty)" for text, _ in URLS])
def test_extract_urls(text: str, expected: list[tuple[str, int]]) -> None:
    assert extract_urls(text) == expected
    for url, offset in expected:
        assert text.startswith(url, offset)


def test_urls_of_the_real_articles() -> None:
    found = {url for article in ARTICLES.values() for part in article.parts for url, _ in extract_urls(part.text)}
    assert found == {
        "https://billing.goto.com",
        "https://billing.GoTo.com",
        "https://billing.logmeininc.com",
        "https://link.goto.com/corp-billing",
        "https://link.goto.com/corp-billingbilling",
        "https://support.goto.com/corporate-billing-faqs#billing-form",
    }


@pytest.mark.parametrize(
    ("language", "text", "labels"),
    [
        ("en", "Review the information on the confirmation window and click Yes, Cancel.", ["Yes, Cancel"]),
        ("it", "Verifica le informazioni nella finestra di conferma e fai clic su Sì, annulla.", ["Sì, annulla"]),
        ("de", "Klicken Sie auf Ja, kündigen und dann auf Schließen.", ["Ja, kündigen", "Schließen"]),
        # The comma ends the label when the clause goes on in prose.
        ("en", "Click Yes, then close the window.", ["Yes"]),
        ("it", "Fai clic su Sì, quindi su Chiudi.", ["Sì", "Chiudi"]),
    ],
)
def test_a_dialogs_answer_goes_on_past_its_comma(language: str, text: str, labels: list[str]) -> None:
    mentions = extract_mentions(step(text), language)
    assert [m.text for m in mentions] == labels
    assert all(m.candidate == m.text for m in mentions if "," in m.text), "the answer's end is sure"
