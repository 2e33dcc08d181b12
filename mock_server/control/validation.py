"""The control API's validation beyond the models: the rules that relate fields to each other.

The pydantic models (`models`) check each field's shape; `plan_account` and `fault_problems`
check what relates fields (a tier of the chosen product, a subscription index inside the list,
a trial date after the period start, ...) and fill in the defaults. Every problem is reported
with its field path, as a `Problem` of a `SpecError` (answered 422), and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal, cast

from pydantic import ValidationError

from .. import catalog, faults, i18n
from ..pricing import ZERO, Selection, period_end, plan_cost, to_cents
from .models import AccountSpec, FaultSpec, Problem, SubscriptionSpec, UserSpec

Loc = tuple[str | int, ...]


def field_path(loc: Sequence[str | int]) -> str:
    """("users", 1, "email") -> "users[1].email"."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def problem(loc: Loc, message: str) -> Problem:
    return Problem(field=field_path(loc), loc=list(loc), message=message)


class SpecError(Exception):
    """A request body that does not describe something the mock can create; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field or 'body'}: {p.message}" for p in problems))
        self.problems = problems


def problems_of(error: ValidationError) -> list[Problem]:
    return [problem(tuple(item["loc"]), item["msg"]) for item in error.errors(include_url=False, include_input=False)]


# --- planning an account: defaults and the rules that relate fields ------------------------------


@dataclass(frozen=True)
class PlannedSubscription:
    selection: Selection
    status: Literal["active", "trial"]
    trial_ends_on: date | None
    period_start: date
    next_billing_date: date
    paid_amount: Decimal
    assigned_users: tuple[str, ...]


@dataclass(frozen=True)
class AccountPlan:
    """An `AccountSpec` with every default filled in and every rule checked."""

    spec: AccountSpec
    name: str
    country: str
    currency: catalog.Currency
    balance: Decimal
    subscriptions: tuple[PlannedSubscription, ...]


def _check_selection(loc: Loc, product_code: str, tier_code: str, licenses: int, problems: list[Problem]) -> bool:
    """The tier belongs to the product and the licenses fit it; False if the price is unknown."""
    product = catalog.PRODUCTS[product_code]  # the model has checked the code
    known = True
    try:
        product.tier(tier_code)
    except catalog.UnknownTierError as error:
        problems.append(problem((*loc, "tier"), str(error)))
        known = False
    if licenses > product.max_licenses:
        problems.append(
            problem(
                (*loc, "licenses"),
                f"at most {product.max_licenses} licenses of {product.name}, not {licenses}",
            )
        )
    return known


def _plan_subscription(
    loc: Loc,
    sub: SubscriptionSpec,
    today: date,
    currency: catalog.Currency,
    emails: dict[str, int],
    problems: list[Problem],
) -> PlannedSubscription:
    product = catalog.PRODUCTS[sub.product]
    priced = _check_selection(loc, sub.product, sub.tier, sub.licenses, problems)
    selection = Selection(sub.product, sub.tier, sub.licenses, sub.frequency)
    period_start = sub.period_start or today
    if sub.period_start is None and sub.status == "trial" and sub.trial_ends_on and sub.trial_ends_on < today:
        # An expired trial ran its full length; it cannot have started today.
        period_start = sub.trial_ends_on - timedelta(days=product.trial_days)
    trial_ends_on: date | None = None
    if sub.status == "active":
        if sub.trial_ends_on is not None:
            problems.append(
                problem((*loc, "trial_ends_on"), "only a trial has trial_ends_on; this subscription is active")
            )
        default_next = period_end(period_start, sub.frequency)
        if sub.paid_amount is not None:
            paid = to_cents(Decimal(sub.paid_amount))
        else:
            paid = plan_cost(selection, currency)[1] if priced else ZERO
    else:
        trial_ends_on = sub.trial_ends_on or period_start + timedelta(days=product.trial_days)
        if trial_ends_on < period_start:
            problems.append(
                problem((*loc, "trial_ends_on"), f"must not be before period_start ({period_start.isoformat()})")
            )
        default_next = trial_ends_on + timedelta(days=1)
        if sub.paid_amount is not None and Decimal(sub.paid_amount) != 0:
            problems.append(problem((*loc, "paid_amount"), 'a trial has nothing paid: leave it out or give "0.00"'))
        paid = ZERO
    if sub.next_billing_date is not None and sub.next_billing_date <= period_start:
        problems.append(
            problem((*loc, "next_billing_date"), f"must be after period_start ({period_start.isoformat()})")
        )
    seen: dict[str, int] = {}
    for index, email in enumerate(sub.assigned_users):
        key = email.casefold()
        if key not in emails:
            problems.append(problem((*loc, "assigned_users", index), f"{email!r} is not one of this account's users"))
        elif key in seen:
            problems.append(problem((*loc, "assigned_users", index), f"{email!r} is already in assigned_users"))
        seen.setdefault(key, index)
    if len(sub.assigned_users) > sub.licenses:
        problems.append(
            problem(
                (*loc, "assigned_users"),
                f"{len(sub.assigned_users)} users assigned, but the subscription has {sub.licenses} licenses",
            )
        )
    return PlannedSubscription(
        selection=selection,
        status=sub.status,
        trial_ends_on=trial_ends_on,
        period_start=period_start,
        next_billing_date=sub.next_billing_date or default_next,
        paid_amount=paid,
        assigned_users=tuple(sub.assigned_users),
    )


def plan_account(spec: AccountSpec, real_today: date) -> AccountPlan:
    """Fill in the defaults and check the rules between fields; raises SpecError with every problem."""
    problems: list[Problem] = []
    today = spec.today or real_today
    default_currency = i18n.language(spec.locale).currency
    if spec.currency is None and default_currency not in catalog.CURRENCIES:
        problems.append(
            problem(
                ("currency",),
                f"the {spec.locale} accounts' default currency {default_currency} has no prices in the mock:"
                f" give one of {', '.join(catalog.CURRENCIES)}",
            )
        )
    currency = spec.currency or cast(catalog.Currency, default_currency)
    emails: dict[str, int] = {}
    for index, user in enumerate(spec.users):
        key = user.email.casefold()
        if key in emails:
            problems.append(
                problem(
                    ("users", index, "email"),
                    f"duplicate email {user.email!r}: users[{emails[key]}] has it too",
                )
            )
        emails.setdefault(key, index)
    problems.extend(portal_user_problems(spec.kind, spec.users))
    planned = tuple(
        _plan_subscription(("subscriptions", index), sub, today, currency, emails, problems)
        for index, sub in enumerate(spec.subscriptions)
    )
    changed: dict[int, int] = {}
    for index, item in enumerate(spec.cart):
        loc: Loc = ("cart", index)
        _check_selection(loc, item.product, item.tier, item.licenses, problems)
        target = item.subscription_index
        if item.kind == "new":
            if target is not None:
                problems.append(
                    problem(
                        (*loc, "subscription_index"),
                        "only a change refers to a subscription; leave it out for a new item",
                    )
                )
        elif target is None:
            problems.append(
                problem(
                    (*loc, "subscription_index"),
                    "required for a change: the index of the changed subscription",
                )
            )
        elif target >= len(spec.subscriptions):
            problems.append(
                problem(
                    (*loc, "subscription_index"),
                    f"no subscription at index {target}: this request has {len(spec.subscriptions)}",
                )
            )
        else:
            changed_product = spec.subscriptions[target].product
            if changed_product != item.product:
                problems.append(
                    problem(
                        (*loc, "product"),
                        f"must be {changed_product!r}: the product of subscriptions[{target}]",
                    )
                )
            if target in changed:
                problems.append(
                    problem(
                        (*loc, "subscription_index"),
                        f"subscriptions[{target}] already has a change in cart[{changed[target]}]",
                    )
                )
            changed.setdefault(target, index)
    if problems:
        raise SpecError(problems)
    return AccountPlan(
        spec=spec,
        name=spec.name or spec.users[0].full_name,
        country=spec.country or i18n.language(spec.locale).country,
        currency=currency,
        balance=to_cents(Decimal(spec.balance)),
        subscriptions=planned,
    )


def portal_user_id_problem(kind: str, user: UserSpec) -> str | None:
    """Why the user may not have their portal User ID; None if they may (or have none)."""
    if user.portal_user_id is None:
        return None
    if kind != "corporate":
        return "only users of corporate accounts sign in to the Corporate Billing Portal"
    if not user.billing_contact:
        return "only billing contacts have a Corporate Billing Portal User ID"
    return None


def portal_user_problems(kind: str, users: Sequence[UserSpec]) -> list[Problem]:
    """Each portal User ID for a billing contact of a corporate account, and once in the request."""
    problems = []
    seen: dict[str, int] = {}
    for index, user in enumerate(users):
        loc: Loc = ("users", index, "portal_user_id")
        reason = portal_user_id_problem(kind, user)
        if reason is not None:
            problems.append(problem(loc, reason))
        if user.portal_user_id is None:
            continue
        key = user.portal_user_id.casefold()
        if key in seen:
            problems.append(problem(loc, f"duplicate User ID {user.portal_user_id!r}: users[{seen[key]}] has it too"))
        seen.setdefault(key, index)
    return problems


def fault_problems(spec: FaultSpec) -> list[Problem]:
    problems = []
    if spec.kind == "http_error" and spec.status_code is None:
        problems.append(problem(("status_code",), "required for kind http_error (a status from 500 to 599)"))
    if spec.kind != "http_error" and spec.status_code is not None:
        problems.append(problem(("status_code",), f"only for kind http_error, not {spec.kind}"))
    if spec.kind == "latency" and spec.latency_ms is None:
        problems.append(problem(("latency_ms",), "required for kind latency (milliseconds from 1 to 30000)"))
    if spec.kind != "latency" and spec.latency_ms is not None:
        problems.append(problem(("latency_ms",), f"only for kind latency, not {spec.kind}"))
    exempt = next((prefix for prefix in faults.EXEMPT_PREFIXES if spec.path_prefix.startswith(prefix)), None)
    if exempt is not None:
        problems.append(problem(("path_prefix",), f"requests under {exempt} are never faulted"))
    return problems
