"""The flow layer: the ways through the Billing Center, composed of page objects, written once.

Gherkin steps call these flows, and so does the article check: a flow takes an `Observer` and
tells it every stop it makes (the page it is on, and the control it uses to leave it), which is
how the article check records a walk (screenshot, roles and names at each stop) without a script
of its own. A change to a way through the UI is made here, and the scenarios and the article
check both follow it.

Each flow returns the page object of the page it arrives at (page objects check arrival, so a
failure names the page the browser is really on). A flow never presses the control that buys or
starts something (Place Order, Start Trial): it stops in front of it, and the caller decides.

    edit = flows.open_edit_subscription(billing, "GoTo Webinar")
    edit.set_licenses(7)
    checkout = flows.leave_selection(edit)          # Proceed to Checkout, or Add to Cart and the cart

The flows themselves are this module; beside it:

- `sessions`: starting a scenario signed in without the sign-in page (a session per account).
- `fact_trail`: every fact a scenario chose, checked at every observation point that shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from playwright.sync_api import Page

from pages import (
    BillingCenterPage,
    CancelSubscriptionDialog,
    CartPage,
    CheckoutPage,
    ConfirmationWindow,
    CorporatePortalPage,
    EditSubscriptionPage,
    ForgotPasswordPage,
    MailTo,
    PrimaryAction,
    RefusalPage,
    ResetLinkRefusedPage,
    SignInPage,
    WizardConfirmStep,
    WizardPlanStep,
    open_reset_link,
)
from pages.base import BasePage, arrive
from pages.billing_history import BillingHistoryPage, open_billing_history
from pages.payment_method import UpdatePaymentMethodPage, open_payment_method

WizardMode = Literal["buy", "try"]


@dataclass(frozen=True)
class Control:
    """A control a flow uses to leave a stop: its ARIA role and accessible name."""

    role: str
    name: str


class Observer(Protocol):
    """Told every stop a flow makes; `not_clicked` marks a control the flow stops in front of."""

    def stop(self, name: str, page: BasePage, leave_by: Control | None, *, not_clicked: bool = False) -> None: ...


class Unobserved:
    """The observer of flows nobody records (the scenarios: their reports come from the steps)."""

    def stop(self, name: str, page: BasePage, leave_by: Control | None, *, not_clicked: bool = False) -> None:
        return None


UNOBSERVED: Observer = Unobserved()


def _control(page: BasePage, role: str, key: str) -> Control:
    return Control(role, page.vocab[key])


# --- signing in -----------------------------------------------------------------------------------


def sign_in(
    sign_in_page: SignInPage, email: str, password: str, observer: Observer = UNOBSERVED
) -> BillingCenterPage | CorporatePortalPage:
    """Sign in on an open sign-in page: the Billing Center, or the Corporate Billing Portal for a
    corporate account's billing contact."""
    observer.stop("sign_in", sign_in_page, _control(sign_in_page, "button", "sign_in_button"))
    return sign_in_page.sign_in(email, password)


def sign_in_to_billing_center(
    sign_in_page: SignInPage, email: str, password: str, observer: Observer = UNOBSERVED
) -> BillingCenterPage:
    """Sign in where the Billing Center must follow (not a corporate account)."""
    landing = sign_in(sign_in_page, email, password, observer)
    if not isinstance(landing, BillingCenterPage):
        raise AssertionError(f"signing in as {email} led to {landing.describe()}, not the Billing Center")
    return landing


def enter_signed_in(sign_in_page: SignInPage, entry_url: str) -> BillingCenterPage | CorporatePortalPage | SignInPage:
    """Open the Billing Center's address with a session already in the browser (see
    `flows.sessions`): its landing page, or the sign-in page if the session does not sign in."""
    sign_in_page.page.goto(entry_url)
    return arrive(
        f"opening {entry_url} signed in",
        BillingCenterPage(sign_in_page.page, sign_in_page.vocab),
        CorporatePortalPage(sign_in_page.page, sign_in_page.vocab),
        sign_in_page,
    )


def open_address(browser: Page, address: str) -> None:
    """Open an address of the target directly, as a user does from a bookmark, a link a colleague
    shared, the browser's history or the address bar; not by following the pages. `address` is a
    page object's (`OrderResultPage.address(...)`, `WizardConfirmStep.summary_address(...)`), taken
    relative to the target. Where the browser lands is the caller's to check: it depends on who is
    signed in, which is what such a visit tests."""
    browser.goto(address)


# --- changing a subscription ----------------------------------------------------------------------


def open_edit_subscription(
    billing: BillingCenterPage, product: str, observer: Observer = UNOBSERVED
) -> EditSubscriptionPage:
    """The options icon in the upper right corner of the product's card, then Edit Subscription."""
    card = billing.product(product)
    observer.stop("billing_center", billing, _control(billing, "button", "options"))
    menu = card.open_options()
    observer.stop("options_menu", billing, _control(billing, "menuitem", "edit_subscription"))
    return menu.edit_subscription()


def subscribe_after_trial(
    billing: BillingCenterPage, product: str, observer: Observer = UNOBSERVED
) -> EditSubscriptionPage:
    """Subscribe Now on the card of a product whose free trial has ended."""
    card = billing.product(product)
    observer.stop("billing_center", billing, _control(billing, "link", "subscribe_now"))
    return card.subscribe_now()


def add_licenses_from_card(
    billing: BillingCenterPage, product: str, observer: Observer = UNOBSERVED
) -> EditSubscriptionPage:
    """The card's own add-licenses button (Add Organizers, Agents, Experts or Users)."""
    card = billing.product(product)
    label = card.add_licenses_label()
    if label is None:
        raise AssertionError(f"the {product} card offers no button to add licenses")
    observer.stop("billing_center", billing, Control("link", label))
    return card.add_licenses()


def make_smallest_change(edit: EditSubscriptionPage | WizardPlanStep) -> int:
    """Change the licenses by one, so the selection can be checked out: one fewer (one more from a
    single license, or in the wizard), which is never a tier downgrade (refused online). Returns
    the new count."""
    current = edit.licenses()
    wanted = current - 1 if isinstance(edit, EditSubscriptionPage) and current > 1 else current + 1
    edit.set_licenses(wanted)
    return wanted


# --- leaving a selection: checkout directly, or through the cart ----------------------------------


def leave_selection(
    selection: EditSubscriptionPage | WizardConfirmStep,
    observer: Observer = UNOBSERVED,
    *,
    via: PrimaryAction | None = None,
) -> CheckoutPage:
    """Proceed to Checkout, or, when the cart already holds items and the page offers Add to Cart
    instead, Add to Cart and on through the cart: whichever the page offers, as a reader would.
    `via`: the control the caller expects the page to offer (an AssertionError if it offers the other)."""
    name = "edit" if isinstance(selection, EditSubscriptionPage) else "wizard_confirm"
    offered = selection.primary_action()
    if via is not None and offered != via:
        wanted, shown = (selection.vocab[key] for key in (via, offered))
        raise AssertionError(f"{selection.describe()} offers {shown!r}, not {wanted!r}")
    if offered == "add_to_cart":
        observer.stop(name, selection, _control(selection, "button", "add_to_cart"))
        return go_through_cart(selection.add_to_cart(), observer)
    observer.stop(name, selection, _control(selection, "button", "proceed_to_checkout"))
    return selection.proceed_to_checkout()


def open_cart(billing: BillingCenterPage, observer: Observer = UNOBSERVED) -> CartPage:
    """The header's cart link (its name carries the count, "Cart (1)"), then the cart page."""
    # The observer is told the vocabulary's label without the count: the count is the account's
    # state, not the control's label (the article check suggests "Cart", never "Cart (1)").
    observer.stop("billing_center", billing, _control(billing, "link", "cart"))
    return billing.open_cart()


def go_through_cart(cart: CartPage, observer: Observer = UNOBSERVED) -> CheckoutPage:
    """The cart, then Proceed to Checkout."""
    observer.stop("cart", cart, _control(cart, "link", "proceed_to_checkout"))
    return cart.proceed_to_checkout()


def at_checkout(checkout: CheckoutPage, observer: Observer = UNOBSERVED) -> CheckoutPage:
    """The Checkout page, up to Place Order (not pressed here: the caller decides, behind the
    purchase guard)."""
    observer.stop("checkout", checkout, _control(checkout, "button", "place_order"), not_clicked=True)
    return checkout


def edit_order_and_back(
    checkout: CheckoutPage, observer: Observer = UNOBSERVED
) -> EditSubscriptionPage | CartPage | WizardPlanStep:
    """Edit Order on the Checkout page: back to where the selection was made."""
    observer.stop("checkout", checkout, _control(checkout, "link", "edit_order"))
    return checkout.edit_order()


# --- adding a subscription: buy or try ------------------------------------------------------------


def start_add_subscription(
    billing: BillingCenterPage, product: str, mode: WizardMode, observer: Observer = UNOBSERVED
) -> WizardPlanStep:
    """Add New Subscription, the product, then Buy or Try: the wizard's plan step."""
    observer.stop("billing_center", billing, _control(billing, "link", "add_new_subscription"))
    start = billing.add_new_subscription()
    observer.stop("wizard_start", start, Control("link", product))
    product_page = start.choose_product(product)
    observer.stop("wizard_product", product_page, _control(product_page, "link", mode))
    return product_page.buy() if mode == "buy" else product_page.try_for_free()


def confirm_plan(plan: WizardPlanStep, observer: Observer = UNOBSERVED) -> WizardConfirmStep:
    """Next, from the wizard's plan step to its confirm step."""
    observer.stop("wizard_plan", plan, _control(plan, "button", "next"))
    return plan.next()


def before_trial_start(confirm: WizardConfirmStep, observer: Observer = UNOBSERVED) -> WizardConfirmStep:
    """The confirm step of a free trial, up to Start Trial (not pressed here)."""
    observer.stop("wizard_confirm", confirm, _control(confirm, "button", "start_trial"), not_clicked=True)
    return confirm


# --- the payment method and the billing history (issue 24) ---------------------------------------


def to_update_payment_method(current: BasePage, observer: Observer = UNOBSERVED) -> UpdatePaymentMethodPage:
    """Payment Method at the top of the page, then the edit link beside the payment method on file:
    the form with the VAT number (Apply) and the card, up to Update Payment Method. Neither Apply
    nor Update Payment Method is pressed here: both change the account's billing details, so the
    caller decides (on a real Billing Center, behind the same guard as Place Order)."""
    observer.stop(current_stop_name(current), current, _control(current, "link", "payment_method"))
    payment_method = open_payment_method(current)
    observer.stop("payment_method", payment_method, _control(payment_method, "link", "payment_method_edit"))
    form = payment_method.edit()
    observer.stop("update_payment_method", form, _control(form, "button", "update_payment_method"), not_clicked=True)
    return form


def to_billing_history(current: BasePage, observer: Observer = UNOBSERVED) -> BillingHistoryPage:
    """Billing History at the top of the page: every order and renewal, each with its invoice."""
    observer.stop(current_stop_name(current), current, _control(current, "link", "billing_history"))
    history = open_billing_history(current)
    observer.stop("billing_history", history, None)
    return history


def current_stop_name(page: BasePage) -> str:
    """The stop name of a page a flow starts from: the Billing Center's own, or the page object's."""
    return "billing_center" if isinstance(page, BillingCenterPage) else type(page).__name__


# --- sign-in help (article 008): the member's message, the portal's sign-in and password reset ----


def billing_admin_contact(billing: BillingCenterPage, observer: Observer = UNOBSERVED) -> MailTo:
    """A member who is not a billing contact: the message naming the billing admin, and where
    Email the billing admin writes to (a `mailto:` link, read rather than followed)."""
    observer.stop("billing_center", billing, _control(billing, "link", "email_the_billing_admin"), not_clicked=True)
    return billing.email_billing_admin()


def sign_in_to_corporate_portal(
    portal: CorporatePortalPage, user_id: str, password: str, observer: Observer = UNOBSERVED
) -> CorporatePortalPage:
    """The Corporate Billing Portal's own sign-in: User ID, password, Sign in."""
    observer.stop("corporate_portal", portal, _control(portal, "button", "sign_in_button"))
    return portal.sign_in(user_id, password)


def corporate_portal_sign_in_refused(
    portal: CorporatePortalPage, user_id: str, password: str, observer: Observer = UNOBSERVED
) -> str:
    """A sign-in the portal refuses; the error it shows ("Invalid User ID", "Invalid User ID/password")."""
    observer.stop("corporate_portal", portal, _control(portal, "button", "sign_in_button"))
    error = portal.sign_in_expecting_error(user_id, password).sign_in_error()
    if error is None:  # pragma: no cover - sign_in_expecting_error waited for it
        raise AssertionError(f"the portal refused {user_id!r} without an error")
    return error


def ask_for_password_reset(
    portal: CorporatePortalPage, user_id: str, observer: Observer = UNOBSERVED
) -> ForgotPasswordPage:
    """Forgot Password?, the User ID, Submit: the reset link goes to the billing contact's email."""
    observer.stop("corporate_portal", portal, _control(portal, "link", "forgot_password"))
    forgot = portal.forgot_password()
    observer.stop("forgot_password", forgot, _control(forgot, "button", "submit"))
    return forgot.submit(user_id)


def reset_password_by_link(
    page: BasePage, link: str, new_password: str, observer: Observer = UNOBSERVED
) -> CorporatePortalPage:
    """Open the emailed reset link and save a new password: the portal, ready to sign in with it.
    `page`: any page object of the browser (its page and vocabulary are used)."""
    opened = open_reset_link(page.page, page.vocab, link)
    if isinstance(opened, ResetLinkRefusedPage):
        raise AssertionError(f"the reset link was refused: {opened.reason()}")
    observer.stop("reset_password", opened, _control(opened, "button", "save_password"))
    return opened.save(new_password)


def reset_link_refusal(page: BasePage, link: str, observer: Observer = UNOBSERVED) -> str:
    """Open a reset link that must no longer work (used, replaced, expired, forged): why it does not."""
    opened = open_reset_link(page.page, page.vocab, link)
    if not isinstance(opened, ResetLinkRefusedPage):
        raise AssertionError(f"the reset link {link} still opens {opened.describe()}")
    observer.stop("reset_link_refused", opened, None)
    reason = opened.reason()
    if reason is None:
        raise AssertionError(f"{opened.describe()} does not say why the link does not work")
    return reason


# --- cancelling a subscription, and reactivating it -----------------------------------------------


def open_cancel_subscription(
    billing: BillingCenterPage, product: str, observer: Observer = UNOBSERVED
) -> CancelSubscriptionDialog:
    """The options icon in the upper right corner of the product's card, then Cancel Subscription:
    its confirmation window, up to Yes, Cancel (not pressed here: the caller decides)."""
    card = billing.product(product)
    observer.stop("billing_center", billing, _control(billing, "button", "options"))
    menu = card.open_options()
    observer.stop("options_menu", billing, _control(billing, "menuitem", "cancel_subscription"))
    dialog = menu.cancel_subscription()
    observer.stop("cancel_dialog", billing, _control(billing, "button", "yes_cancel"), not_clicked=True)
    return dialog


def confirm_cancellation(
    billing: BillingCenterPage, dialog: CancelSubscriptionDialog, observer: Observer = UNOBSERVED
) -> ConfirmationWindow:
    """Yes, Cancel in the confirmation window: the window that confirms the cancellation."""
    observer.stop("cancel_dialog", billing, _control(billing, "button", "yes_cancel"))
    return dialog.yes_cancel()


def close_confirmation(
    billing: BillingCenterPage, window: ConfirmationWindow, observer: Observer = UNOBSERVED
) -> BillingCenterPage:
    """Close on the window that confirms what was done (it opens over the Billing Center page)."""
    observer.stop("confirmation_window", billing, _control(billing, "button", "close"))
    return window.close()


def reactivate(
    billing: BillingCenterPage, product: str, observer: Observer = UNOBSERVED
) -> ConfirmationWindow | RefusalPage:
    """The options icon on the card of a product whose cancellation is pending, then Reactivate:
    the window that confirms it, or the page that refuses it (once the plan has expired)."""
    card = billing.product(product)
    observer.stop("billing_center", billing, _control(billing, "button", "options"))
    menu = card.open_options()
    observer.stop("options_menu", billing, _control(billing, "menuitem", "reactivate"))
    landing = menu.reactivate()
    if isinstance(landing, RefusalPage):
        return landing
    return ConfirmationWindow(landing.page, landing.vocab, landing.vocab.reactivated_title).expect_open()
