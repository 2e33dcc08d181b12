"""Page objects of the Billing Center, one small class per page, and the harness's vocabulary.

    from pages import SignInPage, Vocabulary

    vocab = Vocabulary.for_locale("it")
    billing = SignInPage(page, vocab).open().sign_in(email, password)
    edit = billing.product("GoTo Webinar").open_options().edit_subscription()
    checkout = edit.choose_tier("Pro").set_licenses(7).proceed_to_checkout()

Every action returns the page object of the page it arrives at, after checking it arrived. Page
objects build on the base (`billing_e2e`) only; the flows compose them (`flows`).

- `base`: what every page object shares: arrival, labels as accessible names, the page really shown.
- `vocabulary`: the UI's labels per locale (`vocabulary.toml`, each with its source).
- `components`: parts several pages share (the license stepper, the frequency, the Order Summary).
- `sign_in`, `billing_center`, `product_card`, `options_menu`, `edit_subscription`, `cart`,
  `checkout`, `result`, `confirmation`, `trial_confirmation`, `support`, `error_page`,
  `corporate_portal`, `user_licenses`: a page (or a part of one) each.
- `cancel_dialog`: Cancel Subscription's confirmation window and the window that confirms it.
- `wizard_start`, `wizard_product`, `wizard_plan`, `wizard_confirm`: Add New Subscription's steps.
- `password_reset`: the Corporate Billing Portal's Forgot Password?, the reset link's page, and
  the page of a link that no longer works (article 008).
- `email_facts`: an email read as its reader reads it (labelled facts, from each part).
- `invoice_facts`: an invoice PDF of the billing history read as its facts (pypdf).
- `payment_method`, `billing_history`: Payment Method and its form; Billing History and its invoices.
- `observed`: what a user sees that no page object's query returns (a page's or an email's
  declared language, the VAT number on file), for the fact trail.
- `structure`: the aria-snapshot templates of the articles' pages (`structure.toml`).
"""

from .base import AnyPage, BasePage, accessible_name, arrive, containing, exactly, templated, titled
from .billing_center import BillingCenterPage, MailTo
from .cancel_dialog import CancelSubscriptionDialog, ConfirmationWindow
from .cart import CartLine, CartPage
from .checkout import CardDetails, CheckoutPage, Review, ReviewLine
from .components import OrderSummary, PrimaryAction
from .corporate_portal import CorporatePortalPage
from .edit_subscription import EditSubscriptionPage
from .error_page import RefusalPage, ServerErrorPage
from .options_menu import OptionsMenu
from .password_reset import (
    ForgotPasswordPage,
    ResetLinkRefusedPage,
    ResetPasswordPage,
    open_reset_link,
    reset_link_of,
)
from .product_card import CardFacts, ProductCard
from .result import OrderResultPage, ResultLine
from .sign_in import SignInPage
from .support import SupportPage
from .trial_confirmation import TrialConfirmationPage, TrialFacts
from .user_licenses import UserLicensesPage
from .vocabulary import UnknownLabelError, Vocabulary, VocabularyError
from .wizard_confirm import WizardConfirmStep, WizardSelection
from .wizard_plan import WizardPlanStep
from .wizard_product import WizardProductPage
from .wizard_start import WizardStartPage

AddSubscriptionWizard = WizardStartPage  # the wizard starts here; each step is its own class

__all__ = [
    "AddSubscriptionWizard",
    "AnyPage",
    "BasePage",
    "BillingCenterPage",
    "CancelSubscriptionDialog",
    "CardDetails",
    "CardFacts",
    "CartLine",
    "CartPage",
    "CheckoutPage",
    "ConfirmationWindow",
    "CorporatePortalPage",
    "EditSubscriptionPage",
    "ForgotPasswordPage",
    "MailTo",
    "OptionsMenu",
    "OrderResultPage",
    "OrderSummary",
    "PrimaryAction",
    "ProductCard",
    "RefusalPage",
    "ResetLinkRefusedPage",
    "ResetPasswordPage",
    "ResultLine",
    "Review",
    "ReviewLine",
    "ServerErrorPage",
    "SignInPage",
    "SupportPage",
    "TrialConfirmationPage",
    "TrialFacts",
    "UnknownLabelError",
    "UserLicensesPage",
    "Vocabulary",
    "VocabularyError",
    "WizardConfirmStep",
    "WizardPlanStep",
    "WizardProductPage",
    "WizardSelection",
    "WizardStartPage",
    "accessible_name",
    "arrive",
    "containing",
    "exactly",
    "open_reset_link",
    "reset_link_of",
    "templated",
    "titled",
]
