"""Steps of Add New Subscription (article 004): product, Buy or Try, tier, licenses, Next,
Monthly or Annual, then Proceed to Checkout or Start Trial, the confirmation screen and the
welcome email."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from billing_e2e.domain import PRODUCT_CODES
from billing_e2e.targets import Target
from pages import BillingCenterPage, CheckoutPage, TrialConfirmationPage
from pages.formats import format_long_date
from pages.vocabulary import Vocabulary
from pages.wizard_confirm import WizardConfirmStep
from pages.wizard_plan import WizardPlanStep
from pages.wizard_product import WizardProductPage
from pages.wizard_start import WizardStartPage

from .phrasing import require_label, then, when
from .state import PlanChange, ScenarioAccount, frequency_code

Step = TypeVar("Step", WizardStartPage, WizardProductPage, WizardPlanStep, WizardConfirmStep)


@dataclass
class NewSubscription:
    """The wizard as the steps walk it: the page it is on and what was chosen so far."""

    page: WizardStartPage | WizardProductPage | WizardPlanStep | WizardConfirmStep
    product: str = ""
    mode: str = ""

    def on(self, kind: type[Step]) -> Step:
        if not isinstance(self.page, kind):
            raise AssertionError(f"the wizard is on {self.page.describe()}, not on the {kind.__name__}")
        return self.page


@when(
    it='nel Centro fatturazione seleziono "{add_new}"',
    de='ich im Billing Center "{add_new}" wähle',
    en='I select "{add_new}" in the Billing Center',
    target_fixture="new_subscription",
)
def start_new_subscription(add_new: str, billing_center: BillingCenterPage, vocabulary: Vocabulary) -> NewSubscription:
    require_label(vocabulary, "add_new_subscription", add_new)
    return NewSubscription(billing_center.add_new_subscription())


@when(
    it='scelgo il prodotto "{product}"',
    de='ich das Produkt "{product}" wähle',
    en='I choose the product "{product}"',
)
def choose_product(product: str, new_subscription: NewSubscription) -> None:
    start = new_subscription.on(WizardStartPage)
    new_subscription.page = start.choose_product(product)
    new_subscription.product = product


@when(
    it='scelgo "{buy}" per acquistare un abbonamento',
    de='ich "{buy}" wähle, um ein Abo zu erwerben',
    en='I choose "{buy}" to purchase a subscription',
)
def choose_buy(buy: str, new_subscription: NewSubscription, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "buy", buy)
    product_page = new_subscription.on(WizardProductPage)
    new_subscription.page = product_page.buy()
    new_subscription.mode = "buy"


@when(
    it='scelgo "{try_label}" per richiedere prima una prova gratuita',
    de='ich "{try_label}" wähle, um zuerst eine kostenlose Testversion anzufordern',
    en='I choose "{try_label}" to request a free trial first',
)
def choose_try(try_label: str, new_subscription: NewSubscription, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "try", try_label)
    product_page = new_subscription.on(WizardProductPage)
    new_subscription.page = product_page.try_for_free()
    new_subscription.mode = "try"


@when(
    it='scelgo il livello di abbonamento "{tier}"',
    de='ich die Abostufe "{tier}" auswähle',
    en='I choose the "{tier}" subscription tier',
)
def choose_wizard_tier(tier: str, new_subscription: NewSubscription) -> None:
    plan = new_subscription.on(WizardPlanStep)
    plan.choose_tier(tier)
    assert plan.selected_tier() == tier


@when(
    it='scelgo {licenses:d} nuove licenze utente e poi "{next_label}"',
    de='ich {licenses:d} neue Benutzerlizenzen auswähle und dann "{next_label}" wähle',
    en='I choose {licenses:d} new user licenses, then "{next_label}"',
    target_fixture="plan_change",
)
def choose_licenses_and_next(
    licenses: int, next_label: str, new_subscription: NewSubscription, vocabulary: Vocabulary
) -> PlanChange:
    require_label(vocabulary, "next", next_label)
    plan = new_subscription.on(WizardPlanStep)
    plan.set_licenses(licenses)
    tier = plan.selected_tier()
    confirm = plan.next()
    chosen = confirm.selection()
    assert (chosen.product, chosen.tier, chosen.licenses) == (new_subscription.product, tier, licenses)
    new_subscription.page = confirm
    return PlanChange(
        product=new_subscription.product,
        product_code=PRODUCT_CODES[new_subscription.product],
        before_tier="",
        before_licenses=0,
        before_plan=None,  # a new product: nothing paid before, no credit
        tier=tier,
        licenses=licenses,
        # A trial has no billing frequency; a purchase starts from what the page preselects.
        frequency=(confirm.selected_frequency() if new_subscription.mode == "buy" else None) or "monthly",
        page=None,
    )


@when(
    it='scelgo "{frequency}" come piano di fatturazione',
    de='ich "{frequency}" als Abrechnungstarif wähle',
    en='I choose "{frequency}" as my billing plan',
)
def choose_wizard_frequency(
    frequency: str, new_subscription: NewSubscription, plan_change: PlanChange, vocabulary: Vocabulary
) -> None:
    confirm = new_subscription.on(WizardConfirmStep)
    code = frequency_code(vocabulary, frequency)
    confirm.choose_frequency(code)
    assert confirm.selected_frequency() == code
    plan_change.frequency = code


@when(
    it='proseguo con "{proceed}"',
    de='ich mit "{proceed}" fortfahre',
    en='I continue with "{proceed}"',
    target_fixture="checkout",
)
def continue_to_checkout(proceed: str, new_subscription: NewSubscription, vocabulary: Vocabulary) -> CheckoutPage:
    require_label(vocabulary, "proceed_to_checkout", proceed)
    confirm = new_subscription.on(WizardConfirmStep)
    return confirm.proceed_to_checkout()


@when(
    it='avvio la prova con "{start_trial}"',
    de='ich die Testversion mit "{start_trial}" starte',
    en='I start the trial with "{start_trial}"',
    target_fixture="trial_confirmation",
)
def start_trial(start_trial: str, new_subscription: NewSubscription, vocabulary: Vocabulary) -> TrialConfirmationPage:
    require_label(vocabulary, "start_trial", start_trial)
    confirm = new_subscription.on(WizardConfirmStep)
    return confirm.start_trial()


@then(
    it="vedo la schermata di conferma e ricevo un'e-mail di benvenuto",
    de="sehe ich den Bestätigungsbildschirm und erhalte eine Willkommens-E-Mail",
    en="I see the confirmation screen and receive a welcome email",
)
def trial_confirmed(
    trial_confirmation: TrialConfirmationPage,
    plan_change: PlanChange,
    account: ScenarioAccount,
    billing_target: Target,
    vocabulary: Vocabulary,
    trial_days: int | None,
) -> None:
    facts = trial_confirmation.facts()
    assert (facts.product, facts.tier, facts.licenses) == (plan_change.product, plan_change.tier, plan_change.licenses)
    if trial_days is not None:
        expected_end = account.today + timedelta(days=trial_days)
        assert facts.trial_ends_on == expected_end, f"trial ends {facts.trial_ends_on}, expected {expected_end}"
    if billing_target.mailbox is None:
        raise AssertionError("this target has no mailbox to read: pass --mailbox (a Mailpit URL or imap://…)")
    billing_target.mailbox.wait_for(
        account.email,
        body_contains=[plan_change.product, plan_change.tier, format_long_date(facts.trial_ends_on, vocabulary.locale)],
    )
