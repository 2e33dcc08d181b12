"""The mock's gettext catalogs: complete, well-formed, in step with the sources, and in the articles' words.

The message ids are the English UI text. Every language of translations/ (found there, as the mock
finds them) must translate every one of them, with no fuzzy entry, keep every `%(name)s`
placeholder, and give the labels the published help articles use (../shared/ui-vocabulary.md). The
expectations below are copied from that vocabulary on purpose: they are the contract the catalogs
are checked against, never read back from the catalogs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from mock_server import i18n

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "mock_server" / "translations"
TEMPLATE = TRANSLATIONS / "messages.pot"

EXTRACT_ARGS = ("-F", "pyproject.toml", "-k", "N_", "--no-location", "--sort-output")
UPDATE_HOWTO = (
    "Run, from the repository root:\n"
    "  .venv/bin/pybabel extract -F pyproject.toml -k N_ --no-location --sort-output"
    " -o mock_server/translations/messages.pot .\n"
    "  .venv/bin/pybabel update -i mock_server/translations/messages.pot -d mock_server/translations"
    " --no-fuzzy-matching --ignore-obsolete\n"
    "then translate the new entries in mock_server/translations/<lang>/LC_MESSAGES/messages.po"
    " (the labels as ../shared/ui-vocabulary.md gives them)."
)

# (msgid, it, de): the product's labels as ui-vocabulary.md gives them (the majority form, not the variants
# in parentheses). Rows whose vocabulary cell is a dash hold the wording chosen for the catalog instead.
VOCABULARY: list[tuple[str, str, str]] = [
    ("Billing Center", "Centro fatturazione", "Billing Center"),
    # The accessible name of the "icona delle opzioni" / "Optionssymbol" in a card's upper right corner.
    ("Options", "Opzioni", "Optionen"),
    ("Edit Subscription", "Modifica sottoscrizione", "Abonnement bearbeiten"),
    ("Subscribe Now", "Abbonati ora", "Jetzt abonnieren"),
    ("Change", "Modifica", "Ändern"),  # de: dash in the vocabulary
    ("Order Summary", "Riepilogo ordine", "Bestellübersicht"),  # de: dash in the vocabulary
    ("Proceed to Checkout", "Completa la transazione", "Zur Kasse"),
    ("Add to Cart", "Aggiungi al carrello", "In den Warenkorb"),
    ("Checkout", "Completa transazione", "Kasse"),
    ("Edit Order", "Modifica ordine", "Bestellung ändern"),
    ("Place Order", "Effettua ordine", "Bestellung aufgeben"),
    ("Contact Support", "Contatta il supporto", "Support kontaktieren"),
    ("Add New Subscription", "Aggiungi nuovo abbonamento", "Neues Abonnement hinzufügen"),
    ("Buy", "Acquista", "Kaufen"),
    ("Try", "Prova", "Testen"),
    ("Next", "Avanti", "Weiter"),
    ("Monthly", "Mensile", "Monatlich"),
    ("Annual", "Annuale", "Jährlich"),
    ("Start Trial", "Avvia la prova", "Testversion starten"),
    ("VAT Number", "Numero di partita IVA", "Umsatzsteuer-Identifikationsnummer"),
    ("User licenses", "Licenze utente", "Benutzerlizenzen"),
    ("Corporate Billing Portal", "Portale di fatturazione Corporate", "Corporate Billing Portal"),
    (
        "Corporate Billing Portal FAQs",
        "Domande frequenti sul Portale di fatturazione Corporate",
        "Häufig gestellte Fragen zum Corporate Billing Portal",
    ),
    ("Billing period", "Periodo di fatturazione", "Abrechnungszeitraum"),
    ("Total due", "Totale dovuto", "Fälliger Gesamtbetrag"),
    ("Plan cost", "Costo del piano", "Preis des Plans"),
    ("starting today", "a partire da oggi", "ab heute"),
    ("Payment details", "Dati di pagamento", "Zahlungsdaten"),
    # A card's add-licenses button: a dash for it and de in the vocabulary.
    ("Add Organizers", "Aggiungi organizzatori", "Organisatoren hinzufügen"),
    ("Add Agents", "Aggiungi agenti", "Agenten hinzufügen"),
    ("Add Experts", "Aggiungi esperti", "Experten hinzufügen"),
    ("Add Users", "Aggiungi utenti", "Benutzer hinzufügen"),
    # Article 008's labels (English only; a dash for it and de in the vocabulary).
    (
        "Email the billing admin",
        "Invia un'e-mail all'amministratore della fatturazione",
        "E-Mail an den Abrechnungsadministrator",
    ),
    ("User ID", "ID utente", "Benutzer-ID"),
    ("Forgot Password?", "Password dimenticata?", "Passwort vergessen?"),
    ("Submit", "Invia", "Absenden"),
    ("Invalid User ID", "ID utente non valido", "Ungültige Benutzer-ID"),
    ("Invalid User ID/password", "ID utente/password non validi", "Ungültige Benutzer-ID/ungültiges Passwort"),
]

# (msgid, fr, es, pt): the labels of ui-vocabulary.md's "French, Spanish, Portuguese" section (the
# site's name capitalised as a title); None where it has a dash (the catalog says it chose the wording).
VOCABULARY_FR_ES_PT: list[tuple[str, str | None, str | None, str | None]] = [
    ("Billing Center", "Centre de facturation", "Centro de facturación", "Centro de Faturamento"),
    ("Options", "Options", "Opciones", "Opções"),  # the «Icône Options» / «icono Opciones» / «Ícone Opções»
    ("Edit Subscription", "Modifier l'abonnement", "Editar suscripción", "Editar assinatura"),
    ("Subscribe Now", "S'abonner maintenant", "Suscribirse", "Assinar agora"),
    ("Change", "Changer", "Cambiar", None),
    ("Order Summary", "Récapitulatif des commandes", "Resumen del pedido", "Resumo de pedidos"),
    ("Proceed to Checkout", "Passer à la commande", "Pagar", "Finalizar compra"),
    ("Add to Cart", "Ajouter au panier", "Añadir al carrito", None),
    ("Checkout", None, "Pago", None),  # es: «página de pago»
    ("Edit Order", "Modifier la commande", "Editar pedido", None),
    ("Place Order", "Passer la commande", "Realizar pedido", None),
    ("Add New Subscription", "Ajouter un nouvel abonnement", "Añadir una suscripción nueva", None),
    ("Buy", "Acheter", "Comprar", None),
    ("Try", None, "Probar", None),
    ("Next", None, "Siguiente", None),
    ("Monthly", None, "Mensual", None),
    ("Annual", None, "Anual", None),
    ("Start Trial", None, "Iniciar prueba", None),
    ("VAT Number", "Numéro de TVA", "Número de IVA", None),
    ("Add Organizers", None, "Añadir organizadores", None),
    ("Add Agents", None, "Añadir agentes", None),
    ("Add Experts", None, "Añadir Expertos", None),
    ("Subscriptions", None, None, "Assinaturas"),  # pt: «página Assinaturas»
    ("Cancel Subscription", None, None, "Cancelar assinatura"),
    ("Yes, Cancel", None, None, "Sim, cancelar"),
    ("Close", None, None, "Fechar"),
]

# (English phrase, it, de): wherever a message id contains the phrase (case-sensitive), its translation
# contains the vocabulary's form (ignoring case, so a label may open or sit inside a sentence).
PHRASES: list[tuple[str, str, str]] = [
    ("Billing Center", "Centro fatturazione", "Billing Center"),
    ("Edit Subscription", "Modifica sottoscrizione", "Abonnement bearbeiten"),
    ("Subscribe Now", "Abbonati ora", "Jetzt abonnieren"),
    ("Contact Support", "Contatta il supporto", "Support kontaktieren"),
    ("Monthly", "Mensile", "Monatlich"),
    ("Annual", "Annuale", "Jährlich"),
    ("user licenses", "licenze utente", "Benutzerlizenzen"),
    ("Add user licenses", "Aggiungi licenze utente", "Benutzerlizenzen hinzufügen"),
    ("welcome email", "e-mail di benvenuto", "Willkommens-E-Mail"),
    ("VAT number", "numero di partita IVA", "Umsatzsteuer-Identifikationsnummer"),
    ("billing period", "periodo di fatturazione", "Abrechnungszeitraum"),
    ("payment details", "dati di pagamento", "Zahlungsdaten"),
    ("Corporate Billing Portal", "Portale di fatturazione Corporate", "Corporate Billing Portal"),
    ("Corporate Account Services", "Servizi per account Corporate", "Corporate Account Services"),
]

# (English phrase, fr, es, pt): as PHRASES, for the wording the French, Spanish and Portuguese catalogs
# chose (from ui-vocabulary.md where it has the label, else the published articles' words).
PHRASES_FR_ES_PT: list[tuple[str, str, str, str]] = [
    ("Billing Center", "centre de facturation", "Centro de facturación", "Centro de Faturamento"),
    ("Edit Subscription", "Modifier l'abonnement", "Editar suscripción", "Editar assinatura"),
    ("Subscribe Now", "S'abonner maintenant", "Suscribirse", "Assinar agora"),
    (
        "Add New Subscription",
        "Ajouter un nouvel abonnement",
        "Añadir una suscripción nueva",
        "Adicionar nova assinatura",
    ),
    ("Monthly", "Mensuel", "Mensual", "Mensal"),
    ("Annual", "Annuel", "Anual", "Anual"),
    ("user licenses", "licences utilisateur", "licencias de usuario", "licenças de usuário"),
    ("welcome email", "e-mail de bienvenue", "correo electrónico de bienvenida", "e-mail de boas-vindas"),
    ("VAT number", "numéro de TVA", "número de IVA", "número de IVA"),
    ("billing period", "période de facturation", "período de facturación", "período de cobrança"),
    ("payment details", "détails de paiement", "datos de pago", "detalhes de pagamento"),
    (
        "Corporate Billing Portal",
        "portail de facturation Corporate",
        "Portal de facturación para empresas",
        "Portal de Cobrança Corporativa",
    ),
    (
        "Corporate Account Services",
        "Services des comptes Corporate",
        "Servicios de cuentas corporativas",
        "Serviços de Conta Corporativa",
    ),
]

# Vocabulary rows with a dash: the catalog says in a translator comment that the wording was chosen.
NOT_IN_ARTICLES: list[tuple[str, i18n.Lang]] = [
    ("Add Organizers", "it"),
    ("Add Organizers", "de"),
    ("Add Agents", "it"),
    ("Add Agents", "de"),
    ("Add Experts", "it"),
    ("Add Experts", "de"),
    ("Add Users", "it"),
    ("Add Users", "de"),
    ("Add Users", "en"),
    ("Change", "de"),
    ("Order Summary", "de"),
    *(
        (label, lang)
        for label in ("Email the billing admin", "User ID", "Forgot Password?", "Submit", "Invalid User ID")
        for lang in ("it", "de")
    ),
    ("Invalid User ID/password", "it"),
    ("Invalid User ID/password", "de"),
    *(
        (msgid, lang)
        for msgid, *labels in VOCABULARY_FR_ES_PT
        for lang, label in zip(("fr", "es", "pt"), labels, strict=True)
        if label is None
    ),
    ("Add Users", "fr"),
    ("Add Users", "es"),
    ("Add Users", "pt"),
]

_PLACEHOLDER = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]")


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def po_path(lang: i18n.Lang) -> Path:
    return TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"


def entries(catalog: Catalog) -> dict[str | tuple[str, ...], Message]:
    """The catalog's messages (not its header, not obsolete ones), by id: a str, or a tuple for plurals."""
    return {
        message.id if isinstance(message.id, str) else tuple(message.id): message for message in catalog if message.id
    }


def forms(message: Message) -> list[str]:
    string = message.string
    if isinstance(string, str):
        return [string]
    return [form or "" for form in string or ()]


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def id_text(msgid: str | tuple[str, ...]) -> str:
    return msgid if isinstance(msgid, str) else " / ".join(msgid)


@pytest.fixture(scope="module")
def template() -> dict[str | tuple[str, ...], Message]:
    return entries(read_catalog(TEMPLATE))


@pytest.fixture(scope="module")
def catalogs() -> dict[i18n.Lang, dict[str | tuple[str, ...], Message]]:
    return {lang: entries(read_catalog(po_path(lang), locale=lang)) for lang in i18n.languages()}


@pytest.fixture
def fresh_translations() -> Iterator[None]:
    """Compile the catalogs from the .po files on disk, not from a cache another test filled."""
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


@pytest.mark.parametrize("lang", i18n.languages())
@pytest.mark.usefixtures("fresh_translations")
def test_every_catalog_compiles(lang: i18n.Lang) -> None:
    translations = i18n.translations(lang)
    expected = {
        "it": "Centro fatturazione",
        "de": "Billing Center",
        "en": "Billing Center",
        "fr": "Centre de facturation",
        "es": "Centro de facturación",
        "pt": "Centro de Faturamento",
    }[lang]
    assert translations.gettext("Billing Center") == expected
    # French and Brazilian Portuguese count 0 as singular, the others as plural.
    days = {
        "it": ("0 giorni", "1 giorno", "30 giorni"),
        "de": ("0 Tage", "1 Tag", "30 Tage"),
        "en": ("0 days", "1 day", "30 days"),
        "fr": ("0 jour", "1 jour", "30 jours"),
        "es": ("0 días", "1 día", "30 días"),
        "pt": ("0 dia", "1 dia", "30 dias"),
    }[lang]
    assert [translations.ngettext("%(num)s day", "%(num)s days", n) % {"num": n} for n in (0, 1, 30)] == list(days)


@pytest.mark.parametrize("lang", i18n.languages())
def test_the_catalog_holds_exactly_the_template_messages(
    lang: i18n.Lang,
    template: dict[str | tuple[str, ...], Message],
    catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]],
) -> None:
    ids = set(catalogs[lang])
    missing = sorted(id_text(msgid) for msgid in set(template) - ids)
    stale = sorted(id_text(msgid) for msgid in ids - set(template))
    assert not missing, f"{lang} lacks {len(missing)} message(s) of messages.pot: {missing}\n{UPDATE_HOWTO}"
    assert not stale, f"{lang} holds {len(stale)} message(s) no longer in messages.pot: {stale}\n{UPDATE_HOWTO}"


@pytest.mark.parametrize("lang", i18n.languages())
def test_no_message_is_untranslated_or_fuzzy(
    lang: i18n.Lang,
    template: dict[str | tuple[str, ...], Message],
    catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]],
) -> None:
    catalog = catalogs[lang]
    present = {msgid: catalog[msgid] for msgid in template if msgid in catalog}
    untranslated = sorted(id_text(i) for i, m in present.items() if not all(form.strip() for form in forms(m)))
    fuzzy = sorted(id_text(i) for i, m in present.items() if m.fuzzy)
    assert (untranslated, fuzzy) == ([], []), (
        f"{lang}: translate these {len(untranslated)} untranslated message(s): {untranslated}\n"
        f"and review these {len(fuzzy)} fuzzy one(s), which are never shown: {fuzzy}"
    )


@pytest.mark.parametrize("lang", i18n.languages())
def test_translations_keep_the_placeholders_and_format_cleanly(
    lang: i18n.Lang, catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]]
) -> None:
    problems: list[str] = []
    for msgid, message in catalogs[lang].items():
        sources = [msgid] if isinstance(msgid, str) else list(msgid)
        expected = set().union(*(placeholders(source) for source in sources))
        for form in forms(message):
            if placeholders(form) != expected:
                problems.append(f"{id_text(msgid)!r} → {form!r}: {sorted(placeholders(form))} != {sorted(expected)}")
                continue
            # Jinja's new-style gettext %-formats every message, so a lone % would break the page.
            try:
                form % dict.fromkeys(expected, 1)
            except (ValueError, TypeError, KeyError) as error:
                problems.append(f"{id_text(msgid)!r} → {form!r}: {error}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("msgid", "it", "de"), VOCABULARY, ids=[row[0] for row in VOCABULARY])
@pytest.mark.usefixtures("fresh_translations")
def test_vocabulary_labels_are_the_articles_words(msgid: str, it: str, de: str) -> None:
    shown = {lang: i18n.translations(lang).gettext(msgid) for lang in ("it", "de", "en")}
    assert shown == {"it": it, "de": de, "en": msgid}


@pytest.mark.parametrize(("msgid", "fr", "es", "pt"), VOCABULARY_FR_ES_PT, ids=[row[0] for row in VOCABULARY_FR_ES_PT])
@pytest.mark.usefixtures("fresh_translations")
def test_french_spanish_portuguese_labels_are_the_articles_words(
    msgid: str, fr: str | None, es: str | None, pt: str | None
) -> None:
    wanted = {lang: label for lang, label in (("fr", fr), ("es", es), ("pt", pt)) if label is not None}
    shown = {lang: i18n.translations(lang).gettext(msgid) for lang in wanted}
    assert shown == wanted


def sources_of_forms(msgid: str | tuple[str, ...]) -> Iterator[str]:
    """The English text each translated form stands for: singular first, then the plural for the rest."""
    if isinstance(msgid, str):
        yield msgid
        return
    yield msgid[0]
    while True:
        yield msgid[-1]


@pytest.mark.parametrize(("phrase", "it", "de"), PHRASES, ids=[row[0] for row in PHRASES])
def test_sentences_use_the_vocabulary(
    phrase: str,
    it: str,
    de: str,
    template: dict[str | tuple[str, ...], Message],
    catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]],
) -> None:
    using = [msgid for msgid in template if phrase in id_text(msgid)]
    assert using, f"no message mentions {phrase!r} any more: update PHRASES"
    wanted: dict[i18n.Lang, str] = {"it": it, "de": de}
    wrong = [
        f"{lang}: {id_text(msgid)!r} → {form!r} lacks {expected!r}"
        for lang, expected in wanted.items()
        for msgid in using
        for form, source in zip(forms(catalogs[lang][msgid]), sources_of_forms(msgid), strict=False)
        if phrase in source and expected.casefold() not in form.casefold()
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("phrase", "fr", "es", "pt"), PHRASES_FR_ES_PT, ids=[row[0] for row in PHRASES_FR_ES_PT])
def test_french_spanish_portuguese_sentences_use_the_vocabulary(
    phrase: str,
    fr: str,
    es: str,
    pt: str,
    template: dict[str | tuple[str, ...], Message],
    catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]],
) -> None:
    using = [msgid for msgid in template if phrase in id_text(msgid)]
    assert using, f"no message mentions {phrase!r} any more: update PHRASES_FR_ES_PT"
    wanted: dict[i18n.Lang, str] = {"fr": fr, "es": es, "pt": pt}
    wrong = [
        f"{lang}: {id_text(msgid)!r} → {form!r} lacks {expected!r}"
        for lang, expected in wanted.items()
        for msgid in using
        for form, source in zip(forms(catalogs[lang][msgid]), sources_of_forms(msgid), strict=False)
        if phrase in source and expected.casefold() not in form.casefold()
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("msgid", "lang"), NOT_IN_ARTICLES, ids=[f"{m}-{lang}" for m, lang in NOT_IN_ARTICLES])
def test_wording_not_from_an_article_says_so_in_the_catalog(
    msgid: str, lang: i18n.Lang, catalogs: dict[i18n.Lang, dict[str | tuple[str, ...], Message]]
) -> None:
    comments = " ".join(catalogs[lang][msgid].user_comments)
    # Either chosen wording, or a published article's that ui-vocabulary.md's table does not hold.
    says_so = "Not in a published article" in comments or comments.startswith(
        "A dash in ui-vocabulary.md: the published"
    )
    assert says_so, f"{lang}: {msgid!r} needs a translator comment saying so"


def test_the_template_is_up_to_date_with_the_sources(
    tmp_path: Path, template: dict[str | tuple[str, ...], Message]
) -> None:
    fresh = tmp_path / "messages.pot"
    result = subprocess.run(  # noqa: S603 - our own command line
        [sys.executable, "-m", "babel.messages.frontend", "extract", *EXTRACT_ARGS, "-o", str(fresh), "."],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    extracted = set(entries(read_catalog(fresh)))
    added = sorted(id_text(msgid) for msgid in extracted - set(template))
    removed = sorted(id_text(msgid) for msgid in set(template) - extracted)
    assert (added, removed) == ([], []), (
        "mock_server/translations/messages.pot is out of date with the templates and code.\n"
        f"New UI text: {added}\nGone from the UI: {removed}\n{UPDATE_HOWTO}"
    )
