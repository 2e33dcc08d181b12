# ruff: noqa: E501 (the hand-made articles keep a paragraph on one line, as published plain text does)
"""The article check's honest scope: the language an article is written in, its steps however
written, and its product by today's name (`article_check.language`, `steps`, `prose`).

The articles here are short hand-made ones, written as the help center writes its articles (a
question as the title, an intro, a note, steps), in the languages it publishes:

- every language is identified as itself, among all the help center publishes, whatever the parser
  guessed from the three the harness reads (a French or Spanish article is not Italian, a
  Portuguese one not English); an article in a language without vocabulary gets one verdict for
  the whole article, and a finding only for a sentence left in a language the check reads;
- steps are read from numbered lists, bullets (`-`, `•`, `*`) and plain paragraphs, each as what it
  asks (open, click, select, fill, review); an article with no step read is an error of the check;
- product names: today's name is never corrected towards a former one (the mock still shows
  `GoToMeeting`), a former name is corrected towards today's, and an article's own product is the
  one its title (else its text) names.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import pytest

from article_check import language
from article_check.check import scoped
from article_check.language import (
    HELP_CENTER,
    LANGUAGE_NAMES,
    READ,
    article_language,
    identified,
    read_article,
    sentence_language,
)
from article_check.model import ArticleResult, CheckRun, StepResult
from article_check.prose import (
    ProductChoice,
    article_product,
    foreign_sentences,
    product_findings,
    renamed_in_ui_note,
    resolve_product,
    translated_name_findings,
    unchecked_result,
)
from article_check.report import summary_lines, write_report
from article_check.steps import NO_STEPS, as_steps, bullet_text, read_steps
from billing_e2e.articles import Article, ArticlePart, load_articles, parse_text
from billing_e2e.domain import LANGUAGES, PRODUCT_LINES, is_former_product_name, product_line
from pages.vocabulary import Vocabulary

pytestmark = pytest.mark.unit

FRENCH = """\
Comment modifier mon abonnement GoTo Meeting ?
Le contact de facturation de votre compte peut modifier votre abonnement à tout moment pour débloquer des fonctionnalités avancées ou ajouter des licences utilisateur.
Remarque : certains contacts de facturation se connectent au centre de facturation pour gérer eux-mêmes leurs informations de facturation.
  1. Connectez-vous au centre de facturation à l'adresse https://billing.goto.com.
  2. Cliquez sur l'icône Options dans le coin supérieur droit du produit, puis sur Modifier l'abonnement.
  3. Sélectionnez le nombre de licences et la fréquence de facturation qui vous conviennent.
  4. Vérifiez le récapitulatif des commandes en bas de la page, puis cliquez sur Passer à la commande.
  5. Cliquez sur Passer la commande.
"""

SPANISH = """\
¿Cómo puedo cambiar mi plan de suscripción actual de GoTo Webinar?
El contacto de facturación de su cuenta puede cambiar el plan de suscripción en cualquier momento para desbloquear funciones avanzadas o añadir licencias de usuario.
  1. Inicie sesión en el Centro de facturación en https://billing.goto.com.
  2. Haga clic en el icono Opciones en la esquina superior derecha del producto y, a continuación, en Editar suscripción.
  3. Revise el resumen del pedido en la parte inferior de la página y haga clic en Pagar.
  4. Haga clic en Realizar pedido.
"""

PORTUGUESE = """\
Como faço para cancelar minha assinatura do GoToAssist Remote Support v5?
Sua assinatura é renovada automaticamente no final do período de cobrança mensal ou anual. O contato de cobrança da conta pode cancelar o próximo pagamento a qualquer momento.
- Entre no Centro de Faturamento em https://billing.goto.com.
- Na página Assinaturas, clique no ícone Opções no canto superior direito da assinatura do produto e depois clique em Cancelar assinatura.
- Quando solicitado, verifique as informações na janela de confirmação e clique em Sim, cancelar.
"""

DUTCH = """\
Hoe wijzig ik mijn huidige GoTo Meeting-abonnement?
De factuurcontactpersoon van uw account kan het abonnement op elk gewenst moment wijzigen om geavanceerde functies te ontgrendelen of extra gebruikerslicenties toe te voegen.
  1. Meld u aan bij het Billing Center op https://billing.goto.com.
  2. Klik op het pictogram Opties in de rechterbovenhoek van het product en klik vervolgens op Abonnement bewerken.
  3. Klik op Bestelling plaatsen.
"""

JAPANESE = """\
GoTo Meeting のサブスクリプションプランを変更するにはどうすればよいですか?
アカウントの請求担当者は、いつでもサブスクリプションプランを変更して、高度な機能を利用したり、ユーザーライセンスを追加したりできます。
  1. https://billing.goto.com で請求センターにサインインします。
  2. 製品の右上隅にあるオプションアイコンをクリックし、サブスクリプションの編集をクリックします。
  3. ページ下部の注文概要を確認し、チェックアウトに進むをクリックします。
"""

ENGLISH_STEP = "Click the Options icon in the upper-right corner of your product, then click Edit Subscription."


def article(text: str, number: str = "950", language: str | None = None) -> Article:
    return parse_text(text, number, language=language)


# --- languages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [(FRENCH, "fr", "French"), (SPANISH, "es", "Spanish"), (PORTUGUESE, "pt", "Portuguese"), (DUTCH, "nl", "Dutch")],
)
def test_an_article_is_identified_in_its_own_language_whatever_the_parser_guessed(
    text: str, code: str, name: str
) -> None:
    parsed = article(text)
    assert parsed.language in LANGUAGES, "the parser guesses among the three languages the harness reads"
    found = article_language(parsed)
    assert (found.code, found.name, found.spoken) == (code, name, code in READ)
    assert identified(parsed).language == code
    reads = ", ".join(LANGUAGE_NAMES[other] for other in READ)
    if code in READ:  # French, Spanish, Portuguese: grammars/<code>.toml, read like it/de/en
        assert found.verdict is None
    else:
        assert (
            found.verdict == f"Written in {name}; the check has no {name} vocabulary (it reads {reads}): not checked."
        )


@pytest.fixture
def french_without_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    """French as a language of the harness (vocabulary, mock) whose steps the check has no grammar
    for, as every language is until its `article_check/grammars/<code>.toml` is written."""
    monkeypatch.setattr(language, "READ", tuple(code for code in READ if code != "fr"))


@pytest.mark.usefixtures("french_without_grammar")
def test_a_harness_language_without_grammar_gets_one_not_checked_verdict() -> None:
    found = article_language(article(FRENCH))
    reads = ", ".join(LANGUAGE_NAMES[other] for other in language.READ)
    assert (found.code, found.spoken) == ("fr", False)
    assert found.verdict == (
        "Written in French; the check has no grammar of French steps "
        f"(article_check/grammars/fr.toml; it reads {reads}): not checked."
    )
    assert read_article(article(FRENCH)).parts == identified(article(FRENCH)).parts, "no step read without grammar"


MORE = {
    "ja": JAPANESE,
    "zh": "如何更改我当前的 GoTo Meeting 订阅计划？\n您帐户的账单联系人可以随时更改订阅计划，以解锁高级功能或添加用户许可证。\n"
    "  1. 登录到账单中心 https://billing.goto.com。\n  2. 单击产品右上角的选项图标，然后单击编辑订阅。\n",
    "ko": "현재 GoTo Meeting 구독 플랜을 변경하려면 어떻게 해야 합니까?\n"
    "계정의 청구 담당자는 언제든지 구독 플랜을 변경하여 고급 기능을 사용하거나 사용자 라이선스를 추가할 수 있습니다.\n"
    "  1. https://billing.goto.com 에서 청구 센터에 로그인합니다.\n  2. 제품 오른쪽 상단의 옵션 아이콘을 클릭한 다음 구독 편집을 클릭합니다.\n",
    "pl": "Jak zmienić mój obecny plan subskrypcji GoTo Meeting?\n"
    "Osoba kontaktowa ds. rozliczeń może w dowolnym momencie zmienić plan subskrypcji, aby odblokować zaawansowane funkcje.\n"
    "  1. Zaloguj się do Centrum rozliczeń pod adresem https://billing.goto.com.\n"
    "  2. Kliknij ikonę Opcje w prawym górnym rogu produktu, a następnie kliknij Edytuj subskrypcję.\n",
    "sv": "Hur ändrar jag min nuvarande GoTo Meeting-prenumeration?\n"
    "Faktureringskontakten för ditt konto kan ändra prenumerationen när som helst för att lägga till användarlicenser.\n"
    "  1. Logga in på faktureringscentret på https://billing.goto.com.\n"
    "  2. Klicka på ikonen Alternativ i det övre högra hörnet av produkten och klicka sedan på Redigera prenumeration.\n",
}
"""Articles in more of the help center's languages (the parser takes each for English)."""


@pytest.mark.parametrize("code", sorted(MORE))
def test_an_article_in_any_help_center_language_is_identified(code: str) -> None:
    found = article_language(article(MORE[code]))
    assert (found.code, found.spoken) == (code, False)
    assert found.verdict is not None
    assert found.verdict.startswith(f"Written in {LANGUAGE_NAMES[code]};")


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_the_five_articles_keep_their_language(number: str) -> None:
    root = Path(__file__).resolve().parents[2]
    real = {a.number: a for a in load_articles(root / "articles")}[number]
    found = article_language(real)
    assert (found.code, found.spoken, found.verdict) == (real.language, True, None)


def test_the_help_center_languages_include_those_the_harness_reads() -> None:
    assert set(LANGUAGES) <= set(HELP_CENTER)
    assert {"fr", "es", "pt", "nl", "ja", "zh", "ko", "pl", "sv"} <= set(HELP_CENTER)
    assert LANGUAGE_NAMES["pt"] == "Portuguese"


@pytest.mark.usefixtures("french_without_grammar")
def test_a_french_article_gets_one_verdict_and_no_finding_per_sentence() -> None:
    french = identified(article(FRENCH))
    result = unchecked_result(french, article_language(french), {})
    assert (result.language, result.article_verdict, result.verdict) == ("fr", "not_checked", "not_checked")
    assert result.steps == ()
    assert result.findings == []
    assert result.article_summary.startswith("Written in French;")


@pytest.mark.usefixtures("french_without_grammar")
def test_an_english_step_left_in_a_french_article_is_still_a_finding() -> None:
    text = FRENCH.replace(
        "  5. Cliquez sur Passer la commande.", f"  5. {ENGLISH_STEP}\n  6. Cliquez sur Passer la commande."
    )
    french = identified(article(text))
    result = unchecked_result(french, article_language(french), {})
    assert [(step.part_id, step.verdict) for step in result.steps] == [("950.5", "drift")]
    (finding,) = result.findings
    assert finding.kind == "foreign_language"
    assert finding.message.startswith("This sentence is in English, not in the article's French:")
    # French is a language of the harness: the suggestion also gives the UI's French label.
    label = Vocabulary.for_locale("fr")["edit_subscription"]
    assert (
        finding.suggestion
        == f"Translate the sentence into French. In French, “Edit Subscription” is “{label}” in the UI."
    )
    assert result.verdict == "drift", "the finding counts; the article-level verdict still says why the rest is not"
    assert result.article_verdict == "not_checked"


def test_a_sentence_is_identified_among_every_language_not_only_the_three() -> None:
    italian_part = ArticlePart(
        "950.intro-1",
        "intro",
        None,
        "Puoi modificare la sottoscrizione in qualsiasi momento. "
        "Vous pouvez également modifier votre abonnement depuis l'application mobile à tout moment.",
    )
    (finding,) = foreign_sentences(italian_part, "it")
    assert finding.message.startswith("This sentence is in French, not in the article's Italian:")
    assert sentence_language("Sie können die Lizenzen jederzeit auch in der mobilen App entfernen.", "en") == "de"
    assert sentence_language("You can also remove user licenses from the mobile app at any time.", "it") == "en"
    assert sentence_language("Puoi rimuovere le licenze utente in qualsiasi momento dall'app.", "it") is None


def test_the_article_level_verdicts_rank_as_an_article_verdict_should() -> None:
    drift = StepResult("950.5", "step", 5, "…", "drift", "…")
    matches = StepResult("950.1", "step", 1, "…", "matches", "…")
    base = ArticleResult("950", "", "en", "t", None, None, "", (matches,), ())
    assert base.verdict == "matches"
    no_steps = ArticleResult("950", "", "en", "t", None, None, "", (), (), article_verdict="check_error")
    assert no_steps.verdict == "check_error", "never matches, never nothing to check"
    unchecked = ArticleResult("950", "", "fr", "t", None, None, "", (drift,), (), article_verdict="not_checked")
    assert unchecked.verdict == "drift"
    no_steps = replace(no_steps, article_summary=NO_STEPS)
    lines = summary_lines(CheckRun(target="mock", started="", articles=(no_steps,)))
    assert f"  950  check error: {NO_STEPS}" in lines


# --- steps ----------------------------------------------------------------------------------------

BULLETED_EN = """\
How do I add user licenses on my GoTo Meeting subscription plan?
Billing contacts can add user licenses on an existing subscription plan anytime.
Note: If you see something different than the steps shown below, you may be on a corporate account.
- Sign in to the Billing Center at https://billing.goto.com.
- From the Subscriptions tab, select Add Organizers on your product.
• Use the modals to increase your number of user licenses and select Add to Cart > Proceed to Checkout.
* Review your billing period, license count and total due on the Checkout page.
- If prompted, enter your payment details in the VAT Number field.
- Select Place Order.
Results: You have updated the user license count for your subscription plan.
"""

BULLETED_IT = """\
Come posso annullare il piano di sottoscrizione a GoToAssist?
Il tuo piano di sottoscrizione è impostato per essere rinnovato automaticamente al termine del periodo di fatturazione.
- Accedi al Centro fatturazione all'indirizzo https://billing.goto.com.
- Nella pagina Sottoscrizioni, fai clic sull'icona delle opzioni
nell'angolo superiore destro della sottoscrizione del prodotto, quindi fai clic su Annulla sottoscrizione.
- Fai clic su Chiudi nella finestra di conferma.
"""

BULLETED_DE = """\
Wie füge ich meinem GoTo Webinar-Abonnement Benutzerlizenzen hinzu?
Rechnungskontakte können jederzeit Benutzerlizenzen hinzufügen.
- Melden Sie sich unter https://billing.goto.com im Billing Center an.
- Klicken Sie beim gewünschten Produkt auf Organisatoren hinzufügen.
- Wählen Sie Zur Kasse.
"""

PROSE_EN = """\
How do I change my GoTo Webinar subscription plan?
The billing contact on your account can change the plan at any time.
Sign in to the Billing Center at https://billing.goto.com, then click the Options icon of your product and select Edit Subscription.
Having trouble? Your account may be managed in the Corporate Billing Portal.
Choose the number of licenses, then click Proceed to Checkout.
On the Checkout page, click Place Order.
"""

NO_STEPS_EN = """\
How do I change my GoTo Webinar subscription plan?
The billing contact on your account can change the plan at any time.
Changes take effect immediately and are pro-rated against your current account balance.
- Visa
- MasterCard
"""


def test_bulleted_steps_are_steps_with_their_intentions() -> None:
    read = read_steps(article(BULLETED_EN))
    # The parser's ids stay (the scenarios' @verifies tags name parts by them); the number is the step's.
    assert [(step.part.id, step.part.number) for step in read] == [(f"950.intro-{n + 1}", n) for n in range(1, 7)]
    assert [[(i.kind, i.target) for i in step.intentions] for step in read] == [
        [("review", "Billing Center"), ("open", "https://billing.goto.com")],
        [("click", "Subscriptions"), ("select", "Add Organizers")],  # a tab is clicked
        [("select", "Add to Cart"), ("select", "Proceed to Checkout")],
        [("review", "Checkout")],
        [("fill", "VAT Number")],
        [("select", "Place Order")],
    ]
    parts = as_steps(article(BULLETED_EN)).parts
    assert [part.kind for part in parts] == ["intro", "note", *["step"] * 6, "result"]
    assert parts[2].text == "Sign in to the Billing Center at https://billing.goto.com.", "the marker is not the step's"


@pytest.mark.parametrize("markers", [True, False], ids=["with bullets", "bullets already dropped"])
def test_a_bullet_wrapped_onto_the_next_line_is_one_step(markers: bool) -> None:
    # A parser may drop the bullets' markers: the steps then read as paragraphs, and the wrapped
    # line (it starts in lower case) still goes on the step before it.
    text = BULLETED_IT if markers else BULLETED_IT.replace("\n- ", "\n")
    read = read_steps(article(text))
    assert [[(i.kind, i.target) for i in step.intentions] for step in read] == [
        [("review", "Centro fatturazione"), ("open", "https://billing.goto.com")],
        [("review", "Sottoscrizioni"), ("click", "opzioni"), ("click", "Annulla sottoscrizione")],
        [("click", "Chiudi")],
    ]
    assert [step.part.id for step in read] == ["950.intro-2", "950.intro-3", "950.intro-5"]


def test_german_bullets_open_with_the_polite_imperative() -> None:
    read = read_steps(article(BULLETED_DE))
    assert [[(i.kind, i.target) for i in step.intentions] for step in read] == [
        [("open", "https://billing.goto.com")],  # `Melden Sie sich` opens a step but names no label
        [("click", "Organisatoren hinzufügen")],
        [("select", "Zur Kasse")],
    ]


def test_steps_written_as_paragraphs_are_steps() -> None:
    parsed = article(PROSE_EN)
    parts = as_steps(parsed).parts
    assert [(part.id, part.kind, part.number) for part in parts] == [
        ("950.intro-1", "intro", None),
        ("950.intro-2", "step", 1),
        ("950.intro-3", "intro", None),  # `Having trouble? …` describes: a part of its own
        ("950.intro-4", "step", 2),
        ("950.intro-5", "step", 3),
    ]
    read = read_steps(parsed)
    assert [[(i.kind, i.target) for i in step.intentions] for step in read] == [
        [
            ("review", "Billing Center"),
            ("open", "https://billing.goto.com"),
            ("click", "Options"),
            ("select", "Edit Subscription"),
        ],
        [("click", "Proceed to Checkout")],
        [("review", "Checkout"), ("click", "Place Order")],
    ]


def test_numbered_steps_are_left_as_the_parser_reads_them() -> None:
    parsed = article(FRENCH.replace("Comment", "Comment"), language="en")
    assert as_steps(parsed) is parsed


def test_an_article_whose_steps_cannot_be_read_has_none() -> None:
    assert read_steps(article(NO_STEPS_EN)) == []
    assert NO_STEPS == "no steps read: the check could not read this article's steps"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("- Sign in", "Sign in"), ("• Click Next", "Click Next"), ("* Select", "Select"), ("-5 licenses", None)],
)
def test_bullet_markers(text: str, expected: str | None) -> None:
    assert bullet_text(text) == expected


# --- product names --------------------------------------------------------------------------------

SOLD = ["OpenVoice", "GoToAssist Remote Support v5", "GoTo Webinar", "GoToMeeting", "GoTo Connect", "GoTo Resolve"]
"""What the bundled mock sells, as it names its products (GoToMeeting by its former name)."""

MEETING_EN = """\
How do I add user licenses on my {name} subscription plan?
Billing contacts can add user licenses on an existing {name} subscription plan anytime.
  1. Sign in to the Billing Center at https://billing.goto.com.
  2. Select Place Order.
What to do next: assign the licenses to your users so they can log in to {name}.
"""


def test_todays_name_is_never_corrected_towards_a_former_one() -> None:
    parsed = article(MEETING_EN.format(name="GoTo Meeting"))
    choice = resolve_product(parsed, SOLD)
    assert choice is not None
    assert (choice.product, choice.current, choice.shown_former) == ("GoToMeeting", "GoTo Meeting", True)
    findings = [f for part in parsed.parts for f in product_findings(part, choice, first=False)]
    assert findings == []
    assert renamed_in_ui_note(choice) == (
        "The Billing Center shows the product as “GoToMeeting”, a name it had before; today it is “GoTo Meeting”. "
        "The article is not asked to write the former name."
    )


def test_a_former_name_is_corrected_towards_todays() -> None:
    parsed = article(MEETING_EN.format(name="GoToMeeting"))
    choice = resolve_product(parsed, SOLD)
    assert choice is not None
    findings = [f for part in parsed.parts for f in product_findings(part, choice, first=False)]
    assert [(f.part_id, f.suggestion) for f in findings] == [
        ("950.intro-1", "Write “GoTo Meeting” instead of “GoToMeeting”."),
        ("950.after-1", "Write “GoTo Meeting” instead of “GoToMeeting”."),
    ]
    assert findings[0].ui_text == "GoTo Meeting"


def test_no_suggestion_ever_names_a_former_name() -> None:
    for line in PRODUCT_LINES:
        for name in (*line.names, *line.short):
            part = ArticlePart("950.intro-1", "intro", None, f"Manage your {name} subscription here.")
            choice = ProductChoice(name, line.names[-1], line)  # even a target that shows the oldest name
            for finding in product_findings(part, choice, first=False):
                assert finding.ui_text == line.current
                assert not any(former in finding.suggestion.split("instead of")[0] for former in line.former)
            assert bool(product_findings(part, choice, first=False)) == is_former_product_name(name), name


@pytest.mark.parametrize(
    ("title", "current", "written"),
    [
        ("Come posso annullare il piano di sottoscrizione a GoToAssist?", "GoToAssist Remote Support v5", "GoToAssist"),
        (
            "Come posso annullare il piano GoToAssist Remote Support v. 4?",
            "GoToAssist Remote Support v4",
            "GoToAssist Remote Support v. 4",
        ),
        ("How do I change my GoToWebinar plan?", "GoTo Webinar", "GoToWebinar"),
        ("Wie ändere ich mein RescueAssist-Abonnement?", "GoToAssist Remote Support v5", "RescueAssist"),
    ],
)
def test_the_articles_own_product_comes_from_its_title(title: str, current: str, written: str) -> None:
    text = f"{title}\nAlcuni contatti gestiscono OpenVoice e OpenVoice dal Centro fatturazione.\n  1. Accedi.\n"
    product = article_product(article(text))
    assert product is not None
    assert (product.current, product.written) == (current, written)
    assert product.former == is_former_product_name(written)


def test_an_italian_gotoassist_article_is_about_gotoassist_not_openvoice() -> None:
    text = (
        "HELP FILE\nCome posso annullare il piano di sottoscrizione?\n"
        "Il tuo piano GoToAssist si rinnova automaticamente. Puoi riattivare GoToAssist in qualsiasi momento.\n"
        "Nota: gli account OpenVoice sono gestiti altrove.\n"
        "- Accedi al Centro fatturazione all'indirizzo https://billing.goto.com.\n"
    )
    parsed = article(text, language="it")
    product = article_product(parsed)
    assert product is not None
    assert product.current == "GoToAssist Remote Support v5"
    choice = resolve_product(parsed, SOLD)
    assert choice is not None
    assert choice.product == "GoToAssist Remote Support v5"
    assert product_line("GoToAssist") is product.line


# --- the check's reading of an article ------------------------------------------------------------


def test_the_check_reads_each_article_in_its_language_and_with_its_steps() -> None:
    french = read_article(article(FRENCH))
    assert french.language == "fr"
    assert french.parts == article(FRENCH).parts, "a language without grammar: nothing is read as steps"
    bulleted = read_article(article(BULLETED_EN))
    assert bulleted.language == "en"
    assert [part.number for part in bulleted.parts if part.kind == "step"] == list(range(1, 7))


def test_an_article_with_no_step_read_is_an_error_of_the_check_never_a_pass() -> None:
    parsed = read_article(article(NO_STEPS_EN))
    nothing = StepResult("950.intro-1", "intro", None, "…", "nothing_to_check", "…")
    result = ArticleResult("950", "", "en", parsed.title, "GoTo Webinar", None, "", (nothing,), ())
    choice = resolve_product(parsed, SOLD)
    checked = scoped(result, parsed, choice)
    assert (checked.verdict, checked.article_summary) == ("check_error", NO_STEPS)
    assert checked.notes == ()
    with_steps = read_article(article(MEETING_EN.format(name="GoTo Meeting")))
    meeting = scoped(result, with_steps, resolve_product(with_steps, SOLD))
    assert (meeting.verdict, meeting.article_verdict) == ("nothing_to_check", None)
    assert [note.split(",")[0] for note in meeting.notes] == ["The Billing Center shows the product as “GoToMeeting”"]


def test_a_translated_product_name_is_corrected_towards_todays_name() -> None:
    part = ArticlePart("950.note-1", "note", None, "Gestisci GoToAssist Supporto remoto v5 e GoTo Webinare qui.")
    line = product_line("GoToAssist Remote Support v5")
    assert line is not None
    choice = ProductChoice("GoToAssist Remote Support v5", "GoToAssist Remote Support v5", line)
    assert [(f.article_text, f.suggestion) for f in translated_name_findings(part, choice)] == [
        (
            "GoToAssist Supporto remoto v5",
            "Write “GoToAssist Remote Support v5” instead of “GoToAssist Supporto remoto v5”.",
        )
    ]
    webinar = product_line("GoTo Webinar")
    assert webinar is not None
    # A target that showed the webinar product by its former name: the fix still names today's.
    shown_former = ProductChoice("GoTo Webinar", "GoToWebinar", webinar)
    part = ArticlePart("950.note-1", "note", None, "Gestisci il tuo GoTo Webinare dal Centro fatturazione.")
    assert translated_name_findings(part, shown_former) == []  # `GoTo Webinare` is not `GoTo … Webinar`
    part = ArticlePart("950.note-1", "note", None, "Gestisci il tuo GoTo Seminario Webinar dal Centro.")
    assert [f.ui_text for f in translated_name_findings(part, shown_former)] == ["GoTo Webinar"]


MARKDOWN_BULLETS = """\
# How do I change my current GoTo Webinar subscription plan?

The billing contact for your account can change the subscription plan at any time.

- Sign in to the Billing Center at <https://billing.goto.com>.
- Click the **Options** icon of your product, then click **Edit Subscription**.
- Click **Place Order**.
"""

HTML_BULLETS = """\
<h1>Wie ändere ich mein aktuelles GoTo Webinar-Abonnement?</h1>
<p>Der Rechnungskontakt Ihres Kontos kann das Abonnement jederzeit ändern.</p>
<ul>
<li>Melden Sie sich unter <a href="https://billing.goto.com">https://billing.goto.com</a> im Billing Center an.</li>
<li>Klicken Sie auf das Optionen-Symbol und dann auf Abonnement bearbeiten.</li>
<li>Klicken Sie auf Bestellung aufgeben.</li>
</ul>
"""


def test_markdown_and_html_bullets_are_steps_too() -> None:
    markdown = read_steps(parse_text(MARKDOWN_BULLETS, "950", "markdown"))
    assert [[(i.kind, i.target) for i in step.intentions] for step in markdown] == [
        [("review", "Billing Center"), ("open", "https://billing.goto.com")],
        [("click", "Options"), ("click", "Edit Subscription")],
        [("click", "Place Order")],
    ]
    html = read_steps(parse_text(HTML_BULLETS, "950", "html"))
    assert [[(i.kind, i.target) for i in step.intentions] for step in html] == [
        [("open", "https://billing.goto.com")],
        [("click", "Abonnement bearbeiten")],
        [("click", "Bestellung aufgeben")],
    ]


@pytest.mark.usefixtures("french_without_grammar")
def test_the_report_says_the_article_level_verdicts(tmp_path: Path) -> None:
    text = FRENCH.replace(
        "  5. Cliquez sur Passer la commande.", f"  5. {ENGLISH_STEP}\n  6. Cliquez sur Passer la commande."
    )
    french = identified(article(text, "960"))
    unchecked = unchecked_result(french, article_language(french), {})
    unread = ArticleResult(
        "962",
        "",
        "en",
        "How do I change my plan?",
        None,
        None,
        "",
        (),
        (),
        article_verdict="check_error",
        article_summary=NO_STEPS,
    )
    files = write_report(CheckRun(target="mock", started="", articles=(unchecked, unread)), tmp_path)
    french_page = (tmp_path / "960-fr.html").read_text(encoding="utf-8")
    assert "<strong>not checked:</strong> Written in French;" in french_page
    assert "This sentence is in English, not in the article&#39;s French" in french_page
    assert f"<strong>check error:</strong> {NO_STEPS.replace(chr(39), '&#39;')}" in (
        tmp_path / "962-en.html"
    ).read_text(encoding="utf-8")
    index = files.index.read_text(encoding="utf-8")
    assert 'class="badge v-check_error">check error</span>' in index
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert [(a["number"], a["verdict"], a["article_verdict"]) for a in data["articles"]] == [
        ("960", "drift", "not_checked"),
        ("962", "check_error", "check_error"),
    ]
    assert data["verdict"] == "check_error"


def test_every_text_the_check_asks_for_was_identified_in_warm_ups_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever language the articles turn out to be in, and however their steps are written.
    parsed = [article(text, str(950 + n)) for n, text in enumerate((FRENCH, PORTUGUESE, BULLETED_EN, BULLETED_IT))]
    language.warm_up(parsed)

    def loaded_here(text: str, accurate: bool = True) -> NoReturn:
        raise AssertionError(f"identified in the check's own process (its models would hold the GIL): {text!r}")

    monkeypatch.setattr(language, "_confidences", loaded_here)
    for one in parsed:
        read = read_article(one)
        for part in read.parts:
            foreign_sentences(part, read.language)
    assert [read_article(one).language for one in parsed] == ["fr", "pt", "en", "it"]
