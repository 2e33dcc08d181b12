"""Steps of Add New Subscription (article 004): product, Buy or Try, tier, licenses, Next,
Monthly or Annual, then Proceed to Checkout or Start Trial, the confirmation screen and the
welcome email."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

import flows
from billing_e2e.domain import PRODUCT_CODES
from billing_e2e.targets import Target
from fixtures.reporting import ScenarioNotes
from flows import WizardMode, fact_trail
from pages import BillingCenterPage, TrialConfirmationPage
from pages.base import CurrentPage
from pages.email_facts import FactCheck, fact_sheets, require_facts
from pages.vocabulary import Vocabulary
from pages.wizard_confirm import WizardConfirmStep
from pages.wizard_plan import WizardPlanStep
from pages.wizard_product import WizardProductPage
from pages.wizard_start import WizardStartPage

from .mail_steps import mailbox_of, require_whole_message
from .phrasing import require_label, then, when
from .state import PlanChange, ScenarioAccount, Selection, frequency_code
from .trail import trial_trail_of


@dataclass(frozen=True)
class WizardChoice:
    """What the wizard's steps chose so far: the product, then Buy or Try."""

    product: str
    mode: WizardMode | None = None


def _plan_step(current_page: CurrentPage, choice: WizardChoice) -> WizardPlanStep:
    return current_page(WizardPlanStep, product=choice.product, mode=choice.mode)


def _confirm_step(current_page: CurrentPage, choice: WizardChoice) -> WizardConfirmStep:
    return current_page(WizardConfirmStep, product=choice.product, mode=choice.mode)


@when()
def start_new_subscription(add_new: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "add_new_subscription", add_new)
    current_page(BillingCenterPage).add_new_subscription()


@when(target_fixture="wizard_choice")
def choose_product(product: str, current_page: CurrentPage) -> WizardChoice:
    current_page(WizardStartPage).choose_product(product)
    return WizardChoice(product)


@when(target_fixture="wizard_choice")
def choose_buy(
    buy: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> WizardChoice:
    require_label(vocabulary, "buy", buy)
    current_page(WizardProductPage, product=wizard_choice.product).buy()
    return replace(wizard_choice, mode="buy")


@when(target_fixture="wizard_choice")
def choose_try(
    try_label: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> WizardChoice:
    require_label(vocabulary, "try", try_label)
    current_page(WizardProductPage, product=wizard_choice.product).try_for_free()
    return replace(wizard_choice, mode="try")


@when()
def choose_wizard_tier(tier: str, wizard_choice: WizardChoice, current_page: CurrentPage) -> None:
    plan = _plan_step(current_page, wizard_choice).choose_tier(tier)
    assert plan.selected_tier() == tier


@when(target_fixture="plan_change")
def choose_licenses_and_next(
    licenses: int, next_label: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> PlanChange:
    require_label(vocabulary, "next", next_label)
    plan = _plan_step(current_page, wizard_choice).set_licenses(licenses)
    tier = plan.selected_tier()
    confirm = flows.confirm_plan(plan)
    chosen = confirm.selection()
    assert (chosen.product, chosen.tier, chosen.licenses) == (wizard_choice.product, tier, licenses)
    # A trial has no billing frequency; a purchase starts from what the page preselects.
    billed = (confirm.selected_frequency() if wizard_choice.mode == "buy" else None) or "monthly"
    return PlanChange(
        product=wizard_choice.product,
        product_code=PRODUCT_CODES[wizard_choice.product],
        held=None,  # a new product: nothing held before, no credit
        chosen=Selection(tier, licenses, billed),
    )


@when(target_fixture="plan_change")
def choose_wizard_frequency(
    frequency: str,
    wizard_choice: WizardChoice,
    plan_change: PlanChange,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
) -> PlanChange:
    code = frequency_code(vocabulary, frequency)
    confirm = _confirm_step(current_page, wizard_choice).choose_frequency(code)
    assert confirm.selected_frequency() == code
    return plan_change.choose(frequency=code)


@when()
def continue_to_checkout(
    proceed: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "proceed_to_checkout", proceed)
    flows.leave_selection(_confirm_step(current_page, wizard_choice), via="proceed_to_checkout")


@when()
def continue_through_cart(
    add_to_cart: str, proceed: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    """Article 004's note on step 8: with items already in the cart, the wizard offers Add to Cart
    instead of Proceed to Checkout, and the cart then leads to Checkout."""
    require_label(vocabulary, "add_to_cart", add_to_cart)
    require_label(vocabulary, "proceed_to_checkout", proceed)
    flows.leave_selection(_confirm_step(current_page, wizard_choice), via="add_to_cart")


@when()
def start_trial(
    start_trial: str, wizard_choice: WizardChoice, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "start_trial", start_trial)
    flows.before_trial_start(_confirm_step(current_page, wizard_choice)).start_trial()


@then()
def trial_confirmed(
    current_page: CurrentPage,
    plan_change: PlanChange,
    account: ScenarioAccount,
    billing_target: Target,
    vocabulary: Vocabulary,
    trial_days: int | None,
    scenario_notes: ScenarioNotes,
) -> None:
    confirmation = current_page(TrialConfirmationPage)
    facts = confirmation.facts()
    chosen = plan_change.chosen
    assert (facts.product, facts.tier, facts.licenses) == (plan_change.product, chosen.tier, chosen.licenses)
    if trial_days is not None:
        trial_ends_on = account.today + timedelta(days=trial_days)
        assert facts.trial_ends_on == trial_ends_on, f"trial ends {facts.trial_ends_on}, expected {trial_ends_on}"
    else:
        scenario_notes.not_checked("the trial's end date", "the live target does not publish how long a trial lasts")
        scenario_notes.read_back("the trial's end date in the email", "as the confirmation screen shows it")
        trial_ends_on = facts.trial_ends_on
    trail = trial_trail_of(account, plan_change, trial_ends_on, billing_target)
    fact_trail.check(fact_trail.TRIAL_CONFIRMATION, confirmation, trail)
    message = mailbox_of(billing_target).wait_for(account.email)
    subject = vocabulary.format("email_subject_trial", product=plan_change.product)
    require_whole_message(message, subject=subject, account=account, target=billing_target, notes=scenario_notes)
    checks = []
    for sheet in fact_sheets(message):
        welcome = FactCheck(sheet, vocabulary)
        welcome.text("product", plan_change.product)
        welcome.text("plan", chosen.tier)
        welcome.count("user_licenses", chosen.licenses)
        welcome.long_date("trial_ends_on", trial_ends_on)
        checks.append(welcome)
    require_facts(checks)
    fact_trail.check_email(message, trail)
    fact_trail.follow_after(confirmation, trail)
