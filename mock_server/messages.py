"""Every user-facing error of the mock, keyed by a stable code, in English (the gettext ids).

Validation code returns codes, never sentences, so one table decides the wording and the
catalogs translate it; tests can assert on codes while the UI shows the localized text.
"""

from __future__ import annotations

from .i18n import N_, gettext

MESSAGES: dict[str, str] = {
    "licenses_missing": N_("Enter the number of user licenses."),
    "licenses_not_a_number": N_("The number of user licenses must be a whole number."),
    "licenses_too_few": N_("You need at least %(limit)s user license."),
    "licenses_too_many": N_("You can buy at most %(limit)s user licenses online. For more, contact support."),
    "licenses_below_assigned": N_(
        "%(limit)s users hold a license of this product. Unassign licenses before you reduce them below that."
    ),
    "tier_unknown": N_("Choose one of the plans offered."),
    "frequency_unknown": N_("Choose Monthly or Annual billing."),
    "product_unknown": N_("That product is not offered here."),
    "downgrade_needs_support": N_(
        "A downgrade of your plan cannot be made online. Contact Support to downgrade your plan."
    ),
    "nothing_changed": N_(
        "Your selection is the same as your current plan. Change the plan, licenses or billing frequency."
    ),
    "subscription_gone": N_("A subscription in your cart no longer exists. Remove it from your cart."),
    "cart_empty": N_("Your cart is empty."),
    "account_gone": N_("This account no longer exists."),
    "payment_required": N_("Enter your payment details to place this order."),
    "card_number_missing": N_("Enter the card number."),
    "card_number_invalid": N_("This card number is not valid. Check the digits."),
    "card_expiry_missing": N_("Enter the expiry date as MM/YY."),
    "card_expiry_invalid": N_("Enter the expiry date as MM/YY."),
    "card_expired": N_("This card has expired."),
    "card_cvc_invalid": N_("Enter the 3 or 4 digit security code."),
    "card_holder_missing": N_("Enter the name on the card."),
    "card_declined": N_("Your card was declined. Use another card or contact your bank."),
    "vat_invalid": N_("This VAT number is not valid for %(country)s."),
    "vat_other_country": N_(
        "This VAT number is from another country. Enter a VAT number of the country of your billing address"
        " (%(country)s)."
    ),
    "vat_outside_eu": N_(
        "Your billing address is outside the EU (%(country)s), so an EU VAT number does not apply."
        " Leave the VAT number empty."
    ),
    "trial_exists": N_("You already have this product. Choose another product or edit your subscription."),
    "no_free_license": N_(
        "All %(limit)s licenses of this product are assigned. Add licenses to your subscription first."
    ),
    "not_found": N_("This item does not exist in your account."),
    "product_owned": N_(
        "You already have a subscription of this product. Change it with Edit Subscription in the Billing Center."
    ),
    "assign_too_many": N_(
        "You chose %(count)s users, but only %(limit)s licenses of this product were bought."
        " Add licenses to your subscription or choose fewer users."
    ),
    "topic_missing": N_("Choose a topic."),
    "topic_unknown": N_("Choose one of the topics offered."),
    "request_message_missing": N_("Enter your message."),
    "request_message_too_long": N_("Your message can have at most %(limit)s characters."),
    "not_cancellable": N_("Only a paid subscription that renews can be cancelled. A free trial ends by itself."),
    "not_cancelled": N_("This subscription is not cancelled, so there is nothing to reactivate."),
    "subscription_ended": N_(
        "This subscription has ended and can no longer be reactivated. Add it again with Add New Subscription."
    ),
    "ended_not_changeable": N_(
        "This subscription has ended and can no longer be changed. Add it again with Add New Subscription."
    ),
    "cancellation_pending": N_(
        "This subscription's cancellation is pending. Reactivate it on its card before you change it."
    ),
    "corporate_only": N_("This form is for corporate accounts. For help with your account, contact support."),
    # Sign-in help (article 008): the Corporate Billing Portal's sign-in and Forgot Password?
    "user_id_missing": N_("Enter your User ID."),
    "password_missing": N_("Enter a new password."),
    "password_too_short": N_("Your new password must have at least %(limit)s characters."),
    "password_too_long": N_("Your new password can have at most %(limit)s characters."),
    "password_mismatch": N_("The two passwords are not the same. Enter the new password twice."),
    "reset_link_invalid": N_(
        "This password reset link is not valid. Copy the whole link from the email, or ask for a new one with"
        " Forgot Password?"
    ),
    "reset_link_used": N_(
        "This password reset link has already been used. Each link works once: ask for a new one with Forgot Password?"
    ),
    "reset_link_replaced": N_(
        "A newer password reset link was sent after this one, so this one no longer works. Use the newest email."
    ),
    "reset_link_expired": N_("This password reset link has expired. Ask for a new one with Forgot Password?"),
}


def message(code: str, **variables: object) -> str:
    """The localized sentence for an error code; an unknown code is a bug and fails loudly."""
    return gettext(MESSAGES[code], **variables)
