# ruff: noqa: E501 (the hand-made articles keep a paragraph on one line, as published plain text does)
"""The causes of false and missed findings on the published corpus, each shown on a few lines.

Every case is cut from a published help article of `tests/article_check/published/` (its number
says which) and reduced to what the rule needs: the GoTo Admin articles are out of scope as a
whole; an article whose way is support has no steps to walk, and says so; a stored article cut
inside a word is not compared there; the German cue's preposition comes after a place phrase; a
sentence may end on the old company name; a list of an index's topics holds no steps; a table of
contents' first question is not the article's title.
"""

from __future__ import annotations

import pytest

from article_check.check import mock_wording
from article_check.compare import ArticleComparison
from article_check.extract import extract_mentions
from article_check.matching import find
from article_check.model import Mention, UiElement, UiState
from article_check.prose import (
    ProductChoice,
    brand_findings,
    other_console,
    product_findings,
    translated_name_findings,
)
from article_check.steps import as_steps, read_steps, support_way
from article_check.walks import variant_walks
from billing_e2e.articles import Article, ArticlePart, parse_text
from billing_e2e.domain import product_line

pytestmark = pytest.mark.unit


def article(text: str, number: str = "960", language: str | None = None) -> Article:
    return parse_text(text, number, language=language)


def step(text: str) -> ArticlePart:
    return ArticlePart("960.1", "step", 1, text)


GOTO_ADMIN_EN = """\
Cancel my GoTo Training subscription
Your GoTo Training subscription is set to automatically renew at the end of your monthly or contract term.
- Sign in to GoTo Admin.
- From the Subscriptions page, select View details under the product subscription you want to cancel.
- Select Cancel subscription.
"""

# 122: the console's name is lost from the step ("Sign in to ."); the article names it elsewhere.
GOTO_ADMIN_NAME_LOST = """\
GoToAssist Billing User Guide
Adding or managing billing admins is temporarily unavailable in GoTo Admin, but will be available again sometime in 2025.
- Sign in to .
- From Billing, select Subscriptions.
"""

BILLING_CENTER_EN = """\
How do I change my GoTo Webinar subscription plan?
Accounts managed in GoTo Admin have other steps; this article is about the Billing Center.
- Sign in to the Billing Center at https://billing.goto.com.
- Click the Options icon, then click Edit Subscription.
"""


def test_an_article_that_takes_the_reader_to_goto_admin_is_out_of_scope_as_a_whole() -> None:
    # As the check reads articles: its bullets that give instructions are its steps.
    assert other_console(as_steps(article(GOTO_ADMIN_EN))) == "GoTo Admin"
    assert other_console(as_steps(article(GOTO_ADMIN_NAME_LOST))) == "GoTo Admin"
    # A Billing Center article that mentions GoTo Admin in passing is the Billing Center's.
    assert other_console(as_steps(article(BILLING_CENTER_EN))) is None


SUPPORT_WAY = """\
Cancel my GoTo Connect subscription
Your GoTo Connect subscription is set to automatically renew at the end of your monthly or annual term.
Contact support to cancel
If you have a set-term contract with GoTo, you must call at least 30 days prior to your contract's renewal date.
"""

SUPPORT_FOR_HELP = """\
How do I change my GoTo Meeting subscription plan?
Some plans cannot be changed online, and the reasons are given in the list below, with the answers.
Contact Support in this article for help.
"""


def test_an_article_whose_way_is_support_says_so_and_one_that_offers_help_is_not_that() -> None:
    assert support_way(article(SUPPORT_WAY)) == "Contact support to cancel"
    assert support_way(article(SUPPORT_FOR_HELP)) is None


# 156: no heading names the way; a sentence says the reader must contact Customer Care.
SUPPORT_WAY_PT = """\
Como alterar o contato de cobrança da minha conta?
O contato de cobrança da sua conta é um membro da sua organização que pode alterar o plano de assinatura.
Se sua conta utiliza o Centro de faturamento para gerenciar informações de cobrança, você deve entrar em contato com o Atendimento ao Cliente usando as opções de contato disponíveis no final deste artigo.
"""

# The same words as an offer of help, with no obligation: not the article's way.
SUPPORT_FOR_HELP_PT = """\
Como alterar o contato de cobrança da minha conta?
O contato de cobrança da sua conta é um membro da sua organização que pode alterar o plano de assinatura.
Em caso de dúvidas, entre em contato com o Atendimento ao Cliente.
"""


def test_a_sentence_that_says_the_reader_must_contact_support_makes_it_the_way() -> None:
    way = support_way(article(SUPPORT_WAY_PT, language="pt"))
    assert way is not None
    assert way.startswith("Se sua conta utiliza o Centro de faturamento")
    assert way.endswith("no final deste artigo.")
    assert support_way(article(SUPPORT_FOR_HELP_PT, language="pt")) is None


# 101: an index of questions under headings; "Accedi al Centro fatturazione" is a topic, not a step.
INDEX_IT = """\
Domande frequenti sul Centro fatturazione
Consulta le risposte alle domande frequenti sull'accesso e l'utilizzo del Centro fatturazione, dagli account alle sottoscrizioni.
Accedi al Centro fatturazione
Informazioni sugli account
Come posso modificare il mio metodo di pagamento?
"""


def test_a_line_of_an_index_without_a_sentence_end_is_no_step() -> None:
    assert read_steps(article(INDEX_IT)) == []
    # The same words as a sentence are a step.
    assert (
        len(
            read_steps(article(INDEX_IT.replace("Accedi al Centro fatturazione\n", "Accedi al Centro fatturazione.\n")))
        )
        == 1
    )


# 100: the stored text stops inside "Riepilogo ordine".
CUT_IT = """\
Come posso modificare il mio piano?
Il contatto di fatturazione può modificare il piano in qualsiasi momento.
  1. Accedi al Centro fatturazione all'indirizzo https://billing.goto.com.
  2. Rivedi il Riepi"""


def test_a_label_cut_with_the_stored_text_is_not_compared() -> None:
    cut = article(CUT_IT, language="it")
    comparison = ArticleComparison(cut, None, None, {})
    assert comparison.mentions["960.2"] == []
    whole = article(CUT_IT + "logo ordine.", language="it")
    assert [m.text for m in ArticleComparison(whole, None, None, {}).mentions["960.2"]] == ["Riepilogo ordine"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # 112: the place's own preposition comes before the cue's.
        ("Klicken Sie oben auf der Seite auf Zahlungsmethode.", [("Zahlungsmethode", "click", None)]),
        (
            "Klicken Sie im rechten Navigationsbereich Ihrer vorhandenen Zahlungsmethode auf den Hyperlink Bearbeiten.",
            [("Bearbeiten", "click", "link")],
        ),
    ],
)
def test_the_german_cue_finds_its_preposition_after_a_place(
    text: str, labels: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.action, m.role_hint) for m in extract_mentions(step(text), "de")] == labels


def test_a_sentence_may_end_on_the_old_company_name_but_a_host_is_no_name() -> None:
    ended = ArticlePart(
        "960.intro-1",
        "intro",
        None,
        "Gestisci la sottoscrizione con un rappresentante di LogMeIn. Consulta i passaggi.",
    )
    assert [finding.article_text for finding in brand_findings(ended)] == ["LogMeIn"]
    host = ArticlePart("960.intro-1", "intro", None, "Visit LogMeIn.com for the other products.")
    assert brand_findings(host) == []


# 105: a table of contents' questions follow the body; the title is the line before the body.
TOC_IT = """\
HELP FILE

Annullare il piano di sottoscrizione a GoToWebinar

Il tuo piano di sottoscrizione a GoToWebinar è impostato per essere rinnovato automaticamente al termine del periodo di fatturazione.

Argomenti in questo articolo:

Cosa succede quando annullo la sottoscrizione?
"""


def test_a_question_after_the_body_is_a_section_not_the_title() -> None:
    parsed = article(TOC_IT, language="it")
    assert parsed.title == "Annullare il piano di sottoscrizione a GoToWebinar"
    assert parsed.parts[0].text.startswith("Il tuo piano di sottoscrizione")


def test_the_mocks_own_wording_is_known_per_locale_and_never_an_articles_label() -> None:
    # 112: the mock's German "bearbeiten" (edit) comes from no article; the Billing Center's name
    # does, and so does Apply's "Übernehmen" (published 112 gives GoTo's German label).
    german = mock_wording("de")
    assert "bearbeiten" in german
    assert "übernehmen" not in german
    assert "billing center" not in german
    assert "place order" not in mock_wording("en")


# 110: a German article whose template left the help center's English box labels (`Attention:`,
# `Result:`), beside its own (`Hinweis:`); a French label (`Conseil`) is a word of its text.
GERMAN_WITH_ENGLISH_LABELS = """\
Wie kündige ich mein GoTo Meeting Abonnement?
Attention: Wenn es sich bei Ihrem Abonnement um ein Probeabonnement handelt, brauchen Sie nicht zu kündigen.
1. Melden Sie sich beim Billing Center unter https://billing.goto.com an.
Conseil: Sie werden nicht sehen wenn Sie ein Probeabonnement haben.
2. Wählen Sie im Bestätigungsfenster Schließen.
Result: Es wird eine Bestätigungsmeldung angezeigt.
Hinweis: Ihr Probeabonnement wird automatisch gekündigt.
"""

FRENCH_TIP = """\
Comment résilier mon abonnement GoTo Meeting ?
1. Connectez-vous au centre de facturation sur https://billing.goto.com.
Conseil : vous ne verrez pas cette option si vous avez un essai gratuit.
"""


def test_box_labels_are_the_articles_language_and_the_help_centers_not_every_languages() -> None:
    german = article(GERMAN_WITH_ENGLISH_LABELS)
    assert german.language == "de"
    assert [(part.kind, part.label) for part in german.parts] == [
        ("warning", "Attention"),
        ("step", None),
        ("step", None),
        ("result", "Result"),
        ("note", "Hinweis"),
    ]
    # `Conseil`, French for a tip, is no German or English box label: more of the step it is under.
    assert german.parts[1].text.endswith("Conseil: Sie werden nicht sehen wenn Sie ein Probeabonnement haben.")
    # In a French article the same word opens a tip.
    french = article(FRENCH_TIP)
    assert french.language == "fr"
    assert [(part.kind, part.label) for part in french.parts] == [("step", None), ("tip", "Conseil")]


WARNING_BETWEEN_STEPS = """\
Wie kündige ich mein GoTo Meeting Abonnement?
1. Wählen Sie auf der Registerkarte Abonnements die Option Abonnement kündigen.
Attention: Sie werden nicht sehen wenn Sie ein Probeabonnement haben.
2. Wählen Sie im Bestätigungsfenster Schließen.
"""


def test_a_box_among_steps_that_names_nothing_is_not_called_not_checkable_for_the_steps_reason() -> None:
    # 110: with no way to line the steps up with, a step is not checkable; a warning box between
    # them that names no label and no address has nothing to check (it was reported not checkable).
    parsed = article(WARNING_BETWEEN_STEPS)
    result = ArticleComparison(parsed, None, None, {}).run()
    verdicts = {step.part_id: step.verdict for step in result.steps}
    assert verdicts == {"960.1": "not_checkable", "960.warning-1": "nothing_to_check", "960.2": "not_checkable"}


# 146: sub-steps numbered 1, 2 inside steps 3 and 4, as the help center's plain text indents them.
SUB_STEPS_IT = """\
Come gestisco le licenze?
  1. Accedi al Centro fatturazione.
  2. Seleziona Prodotti.
  3. Per aggiungere una licenza:
    1. Seleziona Aggiungi licenze in alto a destra.
      Nota: Se non vedi Aggiungi licenze, contatta il tuo rappresentante.
    2. Puoi anche aggiungere un utente.
  4. Per modificare una licenza:
    1. Seleziona Utenti.
"""


def test_sub_steps_numbered_inside_a_step_are_more_of_that_step_not_steps_of_their_own() -> None:
    parsed = article(SUB_STEPS_IT)
    assert [(part.id, part.kind) for part in parsed.parts] == [
        ("960.1", "step"),
        ("960.2", "step"),
        ("960.3", "step"),
        ("960.note-1", "note"),
        ("960.4", "step"),
    ]
    # The sub-step after the note is still under step 3.
    assert parsed.part("960.3").text == (
        "Per aggiungere una licenza: 1. Seleziona Aggiungi licenze in alto a destra. 2. Puoi anche aggiungere un utente."
    )
    assert parsed.part("960.4").text == "Per modificare una licenza: 1. Seleziona Utenti."


def test_a_translated_name_of_another_version_of_the_products_kind_is_told_with_its_own_name() -> None:
    # 102: the garbled title reads as GoToAssist (v5's short name); the text translates v4's name.
    line = product_line("GoToAssist Remote Support v5")
    assert line is not None
    choice = ProductChoice("GoToAssist", "GoToAssist Remote Support v5", line)
    part = ArticlePart("960.intro-1", "intro", None, "Il tuo GoToAssist Supporto remoto v4 il piano è rinnovato.")
    assert [(f.article_text, f.ui_text) for f in translated_name_findings(part, choice)] == [
        ("GoToAssist Supporto remoto v4", "GoToAssist Remote Support v4")
    ]
    # Another version's own name is no translation.
    part = ArticlePart("960.intro-1", "intro", None, "Il tuo GoToAssist Remote Support v4 è rinnovato.")
    assert translated_name_findings(part, choice) == []


def test_the_subscribe_way_has_a_variant_with_items_in_the_cart() -> None:
    # 128: a note says Add to Cart replaces Proceed to Checkout when the cart holds items, on the
    # subscribe-after-trial way: that way is walked in that situation too (an ended trial and an
    # item in the cart), as the edit and add ways are, so the note's label is found there.
    variants = {spec.name: (spec.condition, spec.situation) for spec in variant_walks("subscribe")}
    assert variants == {"subscribe_cart": ("the cart already holds items", "cart_trial_expired")}


def test_a_word_the_store_glued_to_a_label_is_cut_off_at_the_label_the_ui_shows() -> None:
    # 131: `Si vous ne voyez pas le Icône Optionscela signifie …`: the icon's name lost its space.
    page = UiState("edit", "billing_center", "Centre de facturation", "/", (UiElement("button", "Options"),))
    glued = Mention("Optionscela signifie", "Optionscela signifie", "look", "960.1", 0)
    hit = find(glued, [(1, page)])
    assert hit is not None
    assert (hit.index, hit.label, hit.case_only) == (1, "Options", False)
    # A plural or a one-letter ending is no glued word; a word that goes on in capitals is none either.
    for text in ("Optionss", "OptionsCela", "Options2026"):
        assert find(Mention(text, text, "look", "960.1", 0), [(1, page)]) is None


def test_a_lower_case_verb_right_after_a_click_or_select_cue_is_the_uis_lower_case_control() -> None:
    # 151: `Selecione editar ao lado da forma de pagamento`: the mock's (and GoTo's) `editar` link.
    text = "Selecione editar ao lado da forma de pagamento. Se aplicável, insira seu número de IVA e selecione Aplicar"
    assert [(m.text, m.action) for m in extract_mentions(step(text), "pt")] == [
        ("editar", "select"),
        ("Aplicar", "select"),
    ]
    # Prose names a thing after an article, and a language without infinitive endings reads none.
    assert extract_mentions(step("Selecione o plano adequado."), "pt") == []
    assert extract_mentions(step("Click edit next to the payment method."), "en") == []


def test_a_version_written_without_its_v_names_the_product_and_is_corrected() -> None:
    # 142: the Spanish help center writes `GoToAssist Remote Support 5` beside `… v5`.
    line = product_line("GoToAssist Remote Support 5")
    assert line is not None
    assert line.current == "GoToAssist Remote Support v5"
    choice = ProductChoice("GoToAssist Remote Support 5", "GoToAssist Remote Support v5", line)
    part = ArticlePart("960.title", "title", None, "¿Cómo puedo cancelar mi plan de GoToAssist Remote Support 5?")
    assert [(f.kind, f.article_text, f.ui_text) for f in product_findings(part, choice, first=False)] == [
        ("product_name", "GoToAssist Remote Support 5", "GoToAssist Remote Support v5")
    ]
    # Today's name and its short forms are no finding.
    part = ArticlePart("960.intro-1", "intro", None, "Su plan de GoToAssist Remote Support v5 y GoToAssist.")
    assert product_findings(part, choice, first=False) == []


# 118: the portal named by an older name, and the steps of a visitor who cannot sign in yet.
SELF_SERVICE_PORTAL_DE = """\
Zugriff auf das Selbstbedienungsportal
Sie müssen als Administrator eines Unternehmenskontos oder als Rechnungskontakt eingerichtet sein.
  1. Öffnen Sie das Self Service Portal.
  2. Klicken Sie auf Passwort zurücksetzen/erstellen?.
  3. Geben Sie Ihre Benutzer-ID ein.
  4. Klicken Sie auf Abschicken.
"""

# The same portal, for a task of a signed-in reader: no User ID, no password.
SELF_SERVICE_PORTAL_SIGNED_IN_DE = """\
Rechnungen im Selbstbedienungsportal
Sie müssen als Administrator eines Unternehmenskontos oder als Rechnungskontakt eingerichtet sein.
  1. Öffnen Sie das Self Service Portal.
  2. Klicken Sie auf Rechnungen.
"""


def test_a_place_named_by_another_name_is_opened_as_the_reader_goes_there() -> None:
    planned = ArticleComparison(article(SELF_SERVICE_PORTAL_DE, language="de"), None, None, {}).intentions()
    first = planned[0]
    assert (first.kind, first.label) == ("open", "https://link.goto.com/corp-billing")
    assert "Corporate Billing Portal" in first.labels  # the account follows from the place
    assert first.signed_out  # its steps ask for a User ID: a visitor who cannot sign in yet
    assert [(i.kind, i.label) for i in planned[1:]] == [("click", "Passwort zurücksetzen"), ("click", "Abschicken")]
    signed_in = ArticleComparison(article(SELF_SERVICE_PORTAL_SIGNED_IN_DE, language="de"), None, None, {})
    assert [(i.kind, i.signed_out) for i in signed_in.intentions()] == [("open", False), ("click", False)]


def test_another_name_of_a_place_is_read_as_the_place_not_as_a_label_to_correct() -> None:
    comparison = ArticleComparison(article(SELF_SERVICE_PORTAL_DE, language="de"), None, None, {})
    (portal,) = comparison.mentions["960.1"]
    assert (portal.text, portal.action) == ("Corporate Billing Portal", "look")
