"""Request and response bodies of the test control API, as pydantic v2 models.

The same models validate the requests and generate the OpenAPI document served at
`/_control/openapi.json`, so the documentation cannot drift from what is checked. Request models
are strict (`"5"` is not a number, `20000` is not a date) and forbid unknown fields. The shape of
each field is checked here; rules that relate fields to each other (a tier of the chosen product,
a subscription index inside the list, a trial date after the period start, ...) are checked by
`validation.plan_account` and reported with the same field paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from .. import catalog
from ..catalog import Currency, Frequency
from ..data.faults import FaultKind
from ..db import MAX_ID
from ..defects import DefectClass
from ..i18n import KnownLang, Lang
from ..store import AccountKind

SubscriptionStatus = Literal["active", "trial"]

MAX_LICENSES = max(product.max_licenses for product in catalog.PRODUCTS.values())
# Dates the mock takes: a billing period or trial is dated from these, never near date.max.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2999, 12, 31)


@dataclass(frozen=True)
class _Format:
    """A string format with a message that says what was expected (not just the regex)."""

    pattern: str
    what: str
    example: str

    def __call__(self, value: str) -> str:
        if re.fullmatch(self.pattern, value) is None:
            # `what` has no braces: the message is a pydantic template, the value goes in as context.
            raise PydanticCustomError(
                "format", f"must be {self.what}, like {self.example!r}, not {{given}}", {"given": repr(value)}
            )
        return value

    def json_schema(self, **extra: Any) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$", "examples": [self.example], **extra}


MONEY = _Format(r"\d{1,9}(\.\d{1,2})?", "a non-negative decimal string with at most 2 decimal places", "12.50")
EMAIL = _Format(r"[^@\s]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", "an email address", "anna@example.test")
COUNTRY = _Format(r"[A-Z]{2}", "an ISO 3166-1 alpha-2 country code in capitals", "IT")
LAST4 = _Format(r"\d{4}", "the last 4 digits of the card number", "4242")
EXPIRY = _Format(r"(0[1-9]|1[0-2])/\d{2}", "a card expiry date MM/YY", "09/29")
PATH_PREFIX = _Format(r"/[^\s?#]*", "a URL path starting with /", "/billing")
PORTAL_USER_ID = _Format(
    r"[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
    "3 to 64 letters, digits, '.', '_' or '-' (first a letter or digit)",
    "HARRIS-0042",
)


def _known_product(code: str) -> str:
    if code not in catalog.PRODUCTS:
        known = ", ".join(catalog.PRODUCTS)
        raise PydanticCustomError(
            "unknown_product", f"unknown product {{given}}; known: {known}", {"given": repr(code)}
        )
    return code


Money = Annotated[str, AfterValidator(MONEY), WithJsonSchema(MONEY.json_schema())]
Email = Annotated[str, AfterValidator(EMAIL), WithJsonSchema(EMAIL.json_schema(format="email", maxLength=254))]
Country = Annotated[str, AfterValidator(COUNTRY), WithJsonSchema(COUNTRY.json_schema())]
Last4 = Annotated[str, AfterValidator(LAST4), WithJsonSchema(LAST4.json_schema())]
Expiry = Annotated[str, AfterValidator(EXPIRY), WithJsonSchema(EXPIRY.json_schema())]
PathPrefix = Annotated[str, AfterValidator(PATH_PREFIX), WithJsonSchema(PATH_PREFIX.json_schema())]
PortalUserId = Annotated[str, AfterValidator(PORTAL_USER_ID), WithJsonSchema(PORTAL_USER_ID.json_schema())]
ProductCode = Annotated[
    str, AfterValidator(_known_product), WithJsonSchema({"type": "string", "enum": list(catalog.PRODUCTS)})
]
TierCode = Annotated[str, Field(min_length=1, max_length=40, description="a tier code of the product")]
Day = Annotated[
    date,
    Field(ge=FIRST_DAY, le=LAST_DAY),
    WithJsonSchema({"type": "string", "format": "date", "description": f"a date from {FIRST_DAY} to {LAST_DAY}"}),
]
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]
Licenses = Annotated[int, Field(ge=1, le=MAX_LICENSES, description="at most the product's max_licenses")]


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ResponseModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- requests ---------------------------------------------------------------------------------


class CardOnFile(RequestModel):
    """A card on file: only what a payment provider would keep."""

    holder: str = Field(min_length=1, max_length=100)
    last4: Last4
    expiry: Expiry


class UserSpec(RequestModel):
    email: Email = Field(description="unique across the whole mock, compared case-insensitively")
    password: str = Field(min_length=8, max_length=128)
    full_name: str = Field(min_length=1, max_length=100)
    locale: KnownLang | None = Field(default=None, description="default: the account's locale")
    billing_contact: bool
    portal_user_id: PortalUserId | None = Field(
        default=None,
        description="the Corporate Billing Portal's User ID (signs in with the same password); only billing"
        " contacts of corporate accounts have one; unique across the mock, compared case-insensitively",
    )


class SubscriptionSpec(RequestModel):
    product: ProductCode
    tier: TierCode
    licenses: Licenses
    frequency: Frequency
    status: SubscriptionStatus
    trial_ends_on: Day | None = Field(
        default=None, description="trials only; default: period_start + the product's trial_days"
    )
    period_start: Day | None = Field(
        default=None,
        description="default: the account's today; for a trial whose trial_ends_on is before today,"
        " trial_ends_on - the product's trial_days",
    )
    next_billing_date: Day | None = Field(
        default=None, description="default: period_start + one period; for a trial, trial_ends_on + 1 day"
    )
    paid_amount: Money | None = Field(
        default=None,
        description="paid for the current period; default: catalog price x licenses, 0 for a trial",
    )
    assigned_users: list[Email] = Field(
        default_factory=list, description="emails of this account's users who hold a license"
    )


class CartItemSpec(RequestModel):
    kind: Literal["new", "change"]
    product: ProductCode
    tier: TierCode
    licenses: Licenses
    frequency: Frequency
    subscription_index: int | None = Field(
        default=None, ge=0, description="kind change only: index into this request's subscriptions"
    )


class AccountSpec(RequestModel):
    """Everything a scenario needs of one account, created in one transaction."""

    kind: AccountKind
    locale: KnownLang
    name: str | None = Field(default=None, min_length=1, max_length=200, description="default: the first user's name")
    country: Country | None = Field(default=None, description="default: the country of the locale (its language.toml)")
    currency: Currency | None = Field(default=None, description="default: the locale's currency (language.toml)")
    balance: Money = Field(default="0.00", description="credit the account holds")
    vat_number: str | None = Field(default=None, min_length=1, max_length=32)
    today: Day | None = Field(default=None, description="sets the account's test clock; default: real time")
    card_on_file: CardOnFile | None = None
    users: list[UserSpec] = Field(min_length=1)
    subscriptions: list[SubscriptionSpec] = Field(default_factory=list)
    cart: list[CartItemSpec] = Field(default_factory=list)


class ClockSpec(RequestModel):
    today: Day


class ClockAdvanceSpec(RequestModel):
    days: int = Field(ge=-36500, le=36500, description="may be negative; moves from real today if no clock is set")


class FaultSpec(RequestModel):
    kind: FaultKind
    status_code: int | None = Field(default=None, ge=500, le=599, description="required for http_error")
    latency_ms: int | None = Field(default=None, ge=1, le=30000, description="required for latency")
    path_prefix: PathPrefix = "/"
    account_id: RowId | None = Field(default=None, description="only requests of this account's users")
    count: int | None = Field(default=None, ge=1, le=1_000_000, description="how many hits; null: until deleted")


class SessionSpec(RequestModel):
    email: Email = Field(description="a user of the account (compared case-insensitively)")


class DefectsSpec(RequestModel):
    active: list[str] = Field(
        max_length=100, description="names from GET /_control/defects; replaces the active set ([] : none)"
    )


class HarmlessSpec(RequestModel):
    active: list[str] = Field(
        max_length=100, description="names from GET /_control/harmless; replaces the active set ([] : none)"
    )


# --- responses --------------------------------------------------------------------------------


class Problem(ResponseModel):
    field: str = Field(description='the field path, like "users[1].email"; empty for the whole body')
    loc: list[str | int]
    message: str


class ErrorBody(ResponseModel):
    error: str
    detail: str
    status: int


class ValidationErrorBody(ErrorBody):
    problems: list[Problem]


class UserOut(ResponseModel):
    id: int
    email: str
    full_name: str
    locale: Lang
    billing_contact: bool
    portal_user_id: str | None = Field(default=None, description="the Corporate Billing Portal's User ID, if any")


class CardOut(ResponseModel):
    holder: str | None
    last4: str
    expiry: str | None


class SubscriptionOut(ResponseModel):
    id: int
    product: str
    tier: str
    licenses: int
    frequency: Frequency
    status: SubscriptionStatus
    trial_ends_on: date | None
    period_start: date
    next_billing_date: date
    paid_amount: str
    assigned_users: list[str]


class CartItemOut(ResponseModel):
    id: int
    kind: str
    subscription_id: int | None
    product: str
    tier: str
    licenses: int
    frequency: Frequency


class AccountOut(ResponseModel):
    id: int
    kind: AccountKind
    name: str
    locale: Lang = Field(description="the locale of the first billing contact (or first user)")
    country: str
    currency: Currency
    balance: str
    vat_number: str | None
    card_on_file: CardOut | None
    clock_date: date | None = Field(description="the test clock; null: real time")
    today: date = Field(description="the account's today: the test clock or the real date")
    users: list[UserOut]
    subscriptions: list[SubscriptionOut]
    cart: list[CartItemOut]
    cart_item_ids: list[int]


class ClockOut(ResponseModel):
    account_id: int
    clock_date: date | None
    today: date


class ClockAllOut(ResponseModel):
    today: date
    accounts: int = Field(description="how many accounts got the clock")


class FaultOut(ResponseModel):
    id: int
    kind: FaultKind
    status_code: int | None
    latency_ms: int | None
    path_prefix: str
    account_id: int | None
    count: int | None = Field(description="hits left; null: until deleted")


class DeletedOut(ResponseModel):
    deleted: int


class SessionsExpiredOut(ResponseModel):
    expired: int = Field(description="how many sessions were deleted")


class SessionOut(ResponseModel):
    """A signed-in session, as signing in would have made it: the browser carries `token` in the
    cookie `cookie` (HttpOnly, SameSite=Lax, path /) for the Billing Center's host."""

    cookie: str = Field(description="the session cookie's name")
    token: str
    expires_at: str = Field(description="ISO 8601, UTC")


class ResetOut(ResponseModel):
    deleted: dict[str, int] = Field(description="rows deleted per table")


class TierOut(ResponseModel):
    code: str
    name: str
    rank: int
    prices: dict[Currency, dict[Frequency, str]] = Field(description="per license and period, decimal strings")


class ProductOut(ResponseModel):
    code: str
    name: str
    seat_noun: str
    max_licenses: int
    trial_days: int
    tiers: list[TierOut]


class CatalogOut(ResponseModel):
    products: list[ProductOut]


class SelectionOut(ResponseModel):
    product_code: str
    tier_code: str
    licenses: int
    frequency: Frequency


class OrderLineOut(ResponseModel):
    kind: str
    subscription_id: int | None
    product_code: str
    old_selection: SelectionOut | None
    selection: SelectionOut
    plan_cost: str
    credit: str
    period_start: date
    period_end: date


class OrderOut(ResponseModel):
    """`store.Order.as_json()`."""

    id: int
    number: str
    account_id: int
    placed_on: date
    currency: Currency
    plan_total: str
    credit_total: str
    balance_used: str
    total_due: str
    balance_after: str
    vat_number: str | None
    card_last4: str | None
    lines: list[OrderLineOut]


class RenewalOut(ResponseModel):
    """`store.Renewal.as_json()`: a period charged when the account's clock passed a billing date."""

    id: int
    number: str
    account_id: int
    subscription_id: int | None
    billed_on: date
    currency: Currency
    selection: SelectionOut
    plan_cost: str
    balance_used: str
    total_due: str
    balance_after: str
    period_start: date
    period_end: date
    vat_number: str | None
    card_last4: str | None


class DefectOut(ResponseModel):
    name: str
    kind: DefectClass = Field(description="the defect's class")
    locales: list[Lang] = Field(description="the locales where a user sees it (all of them: every locale)")
    description: str = Field(description="what a user would see")
    active: bool


class DefectsOut(ResponseModel):
    defects: list[DefectOut] = Field(description="the whole catalogue")
    active: list[str] = Field(description="the names of the active defects, in catalogue order")


class HarmlessReleaseOut(ResponseModel):
    name: str
    description: str = Field(description="what the release changes (never what the articles describe)")
    active: bool


class HarmlessOut(ResponseModel):
    releases: list[HarmlessReleaseOut] = Field(description="the whole catalogue of harmless releases")
    active: list[str] = Field(description="the names of the active releases, in catalogue order")


REQUEST_MODELS: tuple[type[BaseModel], ...] = (
    AccountSpec,
    UserSpec,
    ClockSpec,
    ClockAdvanceSpec,
    FaultSpec,
    DefectsSpec,
    HarmlessSpec,
    SessionSpec,
)
RESPONSE_MODELS: tuple[type[BaseModel], ...] = (
    ErrorBody,
    ValidationErrorBody,
    AccountOut,
    UserOut,
    ClockOut,
    ClockAllOut,
    FaultOut,
    DeletedOut,
    SessionsExpiredOut,
    SessionOut,
    ResetOut,
    CatalogOut,
    OrderOut,
    RenewalOut,
    DefectsOut,
    HarmlessOut,
)
