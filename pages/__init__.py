"""Page objects of the Billing Center, one small class per page, and the harness's vocabulary.

    from pages import SignInPage, Vocabulary

    vocab = Vocabulary.for_locale("it")
    billing = SignInPage(page, vocab).open().sign_in(email, password)
    edit = billing.product("GoTo Webinar").open_options().edit_subscription()
    checkout = edit.choose_tier("Pro").set_licenses(7).proceed_to_checkout()

Every action returns the page object of the page it arrives at, after checking it arrived.
"""

from .base import BasePage, accessible_name, arrive, containing, exactly, templated, titled
from .billing_center import BillingCenterPage
from .cart import CartLine, CartPage
from .checkout import CardDetails, CheckoutPage, Review, ReviewLine
from .components import OrderSummary, PrimaryAction
from .corporate_portal import CorporatePortalPage
from .edit_subscription import EditSubscriptionPage
from .error_page import ServerErrorPage
from .formats import (
    FormatError,
    find_long_dates,
    format_count,
    format_long_date,
    format_money,
    parse_count,
    parse_long_date,
    parse_money,
    without_suffix,
)
from .options_menu import OptionsMenu
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
    "BasePage",
    "BillingCenterPage",
    "CardDetails",
    "CardFacts",
    "CartLine",
    "CartPage",
    "CheckoutPage",
    "CorporatePortalPage",
    "EditSubscriptionPage",
    "FormatError",
    "Frequency",
    "OptionsMenu",
    "OrderResultPage",
    "OrderSummary",
    "PrimaryAction",
    "ProductCard",
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
    "find_long_dates",
    "format_count",
    "format_long_date",
    "format_money",
    "parse_count",
    "parse_long_date",
    "parse_money",
    "templated",
    "titled",
    "without_suffix",
]
