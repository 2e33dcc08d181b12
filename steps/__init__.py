"""The one step library of billing-e2e: every step implemented once, phrased in every language of
the data (`phrasings/<lang>.toml`, one table per step module, one pattern per step function).
Steps are thin: they call the flows (`flows`) and the page objects (`pages`), never selectors.

- `phrasing`: one step function registered under its phrasings in every language, read from `phrasings/`.
- `library`: the pytest plugin loaded after the step modules: no phrasing without its step function.
- `state`: what a scenario carries from step to step (immutable values, `target_fixture`).
- `trail`: the scenario's fact trail, made from what its steps carry, for `flows.fact_trail`.
- `account_steps`: who the scenario is (the account, signed in, the clock).
- `subscription_steps`: the Billing Center page and Edit Subscription.
- `checkout_steps`: Checkout, Place Order and the result.
- `wizard_steps`: Add New Subscription (buy or try).
- `mail_steps`: the confirmation email, read as labelled facts.
- `failure_steps`: the failure paths (refused input, declined card, server error, expired session).
- `cancel_steps`: Cancel Subscription and Reactivate, the expiry date and what happens at it.
- `payment_steps`: Payment Method (the card and the VAT number) and the billing history with its invoices.
- `sign_in_steps`: signing in (article 008): the member's message, the portal's sign-in and Forgot Password?.
- `access_steps`: addresses opened directly (a bookmark, a shared link) and a form edited in the
  browser: who is refused, asked to sign in, or told the address names nothing of theirs.
"""
