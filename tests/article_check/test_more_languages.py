# ruff: noqa: E501 (the hand-made articles keep a paragraph on one line, as published plain text does)
"""The article check reads French, Spanish and Portuguese articles as it reads Italian, German and
English ones: from the grammar files `article_check/grammars/{fr,es,pt}.toml`, with no code per
language.

- The labels a step names are read with each language's cue verbs, prepositions, elisions and role
  words (`cliquez sur l'icône Options`, `haga clic en Cancelar suscripción`, `clique no ícone
  Opções`), ending where the language ends a label (a stop word, an infinitive, a dialog answer's
  comma).
- Bulleted steps that lost their full stop are steps when they ask to click or select a label; a
  step left in another language the check reads (`Sign in to the Billing Center at …` among French
  steps) is a step, counted in the numbering, and its language is a finding.
- An address cue is the longest one the text writes (`à l'adresse https://…` is no `à` with no
  address after it).
- Against the bundled mock (browser): a faithful article in each language gives no finding, and a
  label renamed in it is reported with the mock's label as the fix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from article_check.extract import extract_mentions
from article_check.language import READ, read_article
from article_check.prose import foreign_sentences, missing_address_findings
from billing_e2e.articles import ArticlePart, parse_text
from pages.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parents[2]


class Read(NamedTuple):
    text: str
    action: str
    role: str | None = None


def mentions(text: str, language: str) -> list[Read]:
    part = ArticlePart("x.1", "step", 1, text)
    return [Read(m.text, m.action, m.role_hint) for m in extract_mentions(part, language)]


READING = [
    (
        "fr",
        "Cliquez sur l’icône Options en haut à droite du produit souhaité, puis cliquez sur Modifier l’abonnement.",
        [Read("Options", "click", "icon"), Read("Modifier l’abonnement", "click")],
    ),
    (
        "fr",
        "Consultez votre commande. Sélectionnez Modifier la commande apporter des modifications supplémentaires.",
        [Read("Modifier la commande", "select")],
    ),
    (
        "fr",
        "Si nécessaire, sélectionnez Changer pour mettre à jour votre niveau d'abonnement. Sinon, sélectionnez Passer à la commande",
        [Read("Changer", "select"), Read("Passer à la commande", "select")],
    ),
    (
        "es",
        "Seleccione en el producto que desee Icono Opciones en la esquina superior derecha y, a continuación, elija Editar suscripción.",
        [Read("Opciones", "look", "icon"), Read("Editar suscripción", "select")],
    ),
    (
        "es",
        "Seleccionar Pagar el pago o Iniciar prueba.",
        [Read("Pagar el pago", "select"), Read("Iniciar prueba", "select")],
    ),
    ("es", "Seleccionar Menor o anual como plan de facturación.", [Read("Menor", "select")]),
    (
        "pt",
        "Na página Assinaturas, clique no ícone Opções no canto superior direito da assinatura do seu produto e clique em Cancelar assinatura.",
        [Read("Assinaturas", "look", "page"), Read("Opções", "click", "icon"), Read("Cancelar assinatura", "click")],
    ),
    (
        "pt",
        "Quando solicitado, revise as informações na janela de confirmação e clique em Sim, cancelar.",
        [Read("Sim, cancelar", "click")],
    ),
    ("pt", "Efetue login no Centro de Cobrança em https://billing.goto.com.", [Read("Centro de Cobrança", "look")]),
]


@pytest.mark.unit
@pytest.mark.parametrize(("language", "text", "want"), READING, ids=[text[:40] for _, text, _ in READING])
def test_a_step_is_read_with_its_languages_grammar(language: str, text: str, want: list[Read]) -> None:
    assert mentions(text, language) == want


@pytest.mark.unit
def test_french_spanish_and_portuguese_are_read() -> None:
    assert {"fr", "es", "pt"} <= set(READ)


FRENCH_BULLETS = """\
Comment m'abonner à GoTo Meeting à la fin de mon essai gratuit ?
À la fin de votre période d'évaluation gratuite, le contact de facturation de votre compte peut convertir votre version d'évaluation en abonnement.
- Sign in to the Billing Center at https://billing.goto.com.
- Pour le produit voulu, sélectionnez S'abonner maintenant
- Consultez votre commande sur la page de paiement. Lorsque vous êtes prêt, sélectionnez Passer la commande
"""


@pytest.mark.unit
def test_bullets_without_full_stop_are_steps_and_an_english_one_among_them_is_found() -> None:
    article = read_article(parse_text(FRENCH_BULLETS, "951"))
    assert article.language == "fr"
    steps = [part for part in article.parts if part.kind == "step"]
    assert [step.number for step in steps] == [1, 2, 3]
    assert steps[0].text.startswith("Sign in to the Billing Center")
    (finding,) = foreign_sentences(steps[0], "fr")
    assert finding.kind == "foreign_language"
    assert finding.message.startswith("This sentence is in English, not in the article's French:")
    assert [foreign_sentences(step, "fr") for step in steps[1:]] == [[], []]


ADDRESSES = [
    ("fr", "Connectez-vous au Centre de facturation à l'adresse https://billing.goto.com.", []),
    ("fr", "Connectez-vous au Centre de facturation à https://billing.goto.com.", []),
    (
        "fr",
        "Connectez-vous au Centre de facturation à l’adresse pour gérer votre compte.",
        ["Centre de facturation à l’adresse"],
    ),
    ("es", "Inicie sesión en el Centro de facturación en la página https://billing.goto.com.", []),
    ("es", "Inicie sesión en el Centro de facturación en para administrar su cuenta.", ["Centro de facturación en"]),
    ("pt", "Sua conta é gerenciada no Corporate Billing Portal em vez disso.", []),
    ("pt", "Efetue login no Centro de Faturamento em .", ["Centro de Faturamento em"]),
]


@pytest.mark.unit
@pytest.mark.parametrize(("language", "text", "said"), ADDRESSES, ids=[text[:50] for _, text, _ in ADDRESSES])
def test_a_missing_address_is_told_after_the_longest_cue(language: str, text: str, said: list[str]) -> None:
    part = ArticlePart("x.1", "step", 1, text)
    assert [finding.ui_text for finding in missing_address_findings(part, language)] == [
        "https://billing.goto.com"
    ] * len(said)
    assert [finding.article_text for finding in missing_address_findings(part, language)] == said


# --- against the bundled mock ---------------------------------------------------------------------

FAITHFUL = {
    "fr": """\
Comment modifier mon abonnement GoTo Webinar actuel ?
Le contact de facturation de votre compte peut modifier votre abonnement GoTo Webinar à tout moment pour ajouter des licences utilisateur.
  1. Connectez-vous au centre de facturation à l'adresse https://billing.goto.com.
  2. Cliquez sur l'icône Options en haut à droite du produit souhaité, puis cliquez sur Modifier l'abonnement.
  3. Choisissez l'abonnement qui vous convient et mettez à jour le nombre de licences.
  4. Consultez votre Récapitulatif des commandes en bas de la page, puis sélectionnez Passer à la commande.
""",
    "es": """\
¿Cómo puedo cambiar mi plan de suscripción de GoTo Webinar actual?
El contacto de facturación de su cuenta puede modificar su plan de suscripción de GoTo Webinar en cualquier momento para añadir licencias de usuario.
  1. Inicie sesión en el Centro de facturación en https://billing.goto.com.
  2. Seleccione en el producto que desee Icono Opciones en la esquina superior derecha y, a continuación, elija Editar suscripción.
  3. Elija el plan adecuado para usted y actualice el recuento de licencias.
  4. Revise su Resumen del pedido en la parte inferior de la página y, a continuación, seleccione Pagar.
""",
    "pt": """\
Como altero meu plano de assinatura atual do GoTo Webinar?
O contato de cobrança da sua conta pode alterar o plano de assinatura do GoTo Webinar a qualquer momento para adicionar licenças de usuários.
  1. Efetue login no Centro de Faturamento em https://billing.goto.com.
  2. No produto desejado, selecione Ícone Opções no canto superior direito e escolha Editar assinatura.
  3. Escolha o plano certo para você e atualize a contagem de licenças.
  4. Confira seu Resumo de pedidos na parte inferior da página e selecione Finalizar compra.
""",
}
"""A change-plan article in each language, worded as the help center words it, with the mock's labels."""


class Renamed(NamedTuple):
    language: str
    number: str
    key: str
    """The vocabulary key of the label the article renames."""
    written: str
    step: int


RENAMED = [
    Renamed("fr", "962", "edit_subscription", "Changer l'abonnement", 2),
    Renamed("es", "963", "edit_subscription", "Modificar suscripción", 2),
    Renamed("pt", "964", "proceed_to_checkout", "Concluir compra", 4),
]
FAITHFUL_NUMBERS = {"fr": "952", "es": "953", "pt": "954"}


def run_check(folder: Path, out: Path) -> dict[str, Any]:
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "article_check", "articles", "check", "--articles", str(folder), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=900,
        check=False,
    )
    report = out / "article-check.json"
    assert report.is_file(), f"no JSON report; the command printed:\n{result.stdout}\n{result.stderr}"
    loaded: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.server
@pytest.mark.browser
def test_french_spanish_and_portuguese_articles_are_checked_against_the_mock(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for language, text in FAITHFUL.items():
        (folder / f"{FAITHFUL_NUMBERS[language]}_faithful_{language}.txt").write_text(text, encoding="utf-8")
    for renamed in RENAMED:
        label = Vocabulary.for_locale(renamed.language)[renamed.key]
        text = FAITHFUL[renamed.language].replace(label, renamed.written, 1)
        assert text != FAITHFUL[renamed.language], f"{label} is not in the {renamed.language} article"
        (folder / f"{renamed.number}_renamed_{renamed.language}.txt").write_text(text, encoding="utf-8")
    report = run_check(folder, tmp_path / "report")
    by_number = {entry["number"]: entry for entry in report["articles"]}

    def findings(number: str) -> list[tuple[str, str, str]]:
        return [
            (finding["kind"], finding["part_id"], finding["suggestion"])
            for step in by_number[number]["steps"]
            for finding in step["findings"]
        ]

    for language, number in FAITHFUL_NUMBERS.items():
        entry = by_number[number]
        assert entry["language"] == language
        steps = [step for step in entry["steps"] if step["kind"] == "step"]
        # Step 3 names no label (`Choisissez l'abonnement qui vous convient …`): nothing to compare.
        verdicts = [step["verdict"] for step in steps]
        assert verdicts == ["matches", "matches", "nothing_to_check", "matches"], (language, verdicts)
        assert findings(number) == [], language
    for renamed in RENAMED:
        label = Vocabulary.for_locale(renamed.language)[renamed.key]
        found = findings(renamed.number)
        assert [(kind, part) for kind, part, _ in found] == [("label_differs", f"{renamed.number}.{renamed.step}")], (
            found
        )
        assert label in found[0][2], found
