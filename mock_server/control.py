"""The test control API under /_control/: set up accounts, clocks and faults, reset everything.

Registered by `create_app` only in test mode. Every endpoint but the OpenAPI document needs
`Authorization: Bearer <control token>`. Request bodies are validated by the pydantic models of
`control_models` (which also generate the OpenAPI document at /_control/openapi.json); a body that
does not validate answers 422 with every problem and its field path, and changes nothing.

`create_account` is the one code path that writes an account with its users, subscriptions and
cart: the POST /_control/accounts endpoint and the demo seed (`seed.py`) both use it.
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, Literal, TypeVar

from flask import Blueprint, Response, abort, current_app, request
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema

from . import catalog, control_models, faults, store
from .clock import account_today, utc_now
from .config import Settings
from .control_models import (
    AccountOut,
    AccountSpec,
    CardOut,
    CartItemOut,
    CatalogOut,
    ClockAdvanceSpec,
    ClockAllOut,
    ClockOut,
    ClockSpec,
    DeletedOut,
    ErrorBody,
    FaultOut,
    FaultSpec,
    Problem,
    ProductOut,
    ResetOut,
    SessionsExpiredOut,
    SubscriptionOut,
    SubscriptionSpec,
    TierOut,
    UserOut,
    ValidationErrorBody,
)
from .db import get_db, transaction
from .pricing import ZERO, Selection, period_end, plan_cost, to_cents

bp = Blueprint("control", __name__, url_prefix="/_control")

DEFAULT_COUNTRY: dict[str, str] = {"it": "IT", "de": "DE", "en": "US"}
DEFAULT_CURRENCY: dict[str, catalog.Currency] = {"it": "EUR", "de": "EUR", "en": "USD"}

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]


# --- problems -----------------------------------------------------------------------------------


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
    currency = spec.currency or DEFAULT_CURRENCY[spec.locale]
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
        country=spec.country or DEFAULT_COUNTRY[spec.locale],
        currency=currency,
        balance=to_cents(Decimal(spec.balance)),
        subscriptions=planned,
    )


def create_account(
    conn: sqlite3.Connection,
    spec: AccountSpec,
    real_today: date | None = None,
    *,
    password_hash_method: str = store.DEFAULT_PASSWORD_HASH,
) -> int:
    """Write the account `spec` describes and return its id. Call inside `db.transaction(conn)`.

    Raises SpecError before writing anything when the spec breaks a rule or an email is taken.
    `real_today` is the date that stands for "today" when the spec sets no test clock.
    """
    plan = plan_account(spec, real_today or utc_now().date())
    taken = []
    for index, user in enumerate(spec.users):
        row = conn.execute("SELECT account_id FROM user WHERE email = ?", (user.email,)).fetchone()
        if row is not None:
            taken.append(
                problem(
                    ("users", index, "email"),
                    f"a user with email {user.email!r} already exists (account {row[0]})",
                )
            )
    if taken:
        raise SpecError(taken)

    account_id = store.insert_account(
        conn,
        name=plan.name,
        kind=spec.kind,
        country=plan.country,
        currency=plan.currency,
        balance=plan.balance,
        vat_number=spec.vat_number,
        clock_date=spec.today,
    )
    if spec.card_on_file is not None:
        card = spec.card_on_file
        store.set_card_on_file(conn, account_id, card.holder, card.last4, card.expiry)
    user_ids: dict[str, int] = {}
    for user in spec.users:
        user_ids[user.email.casefold()] = store.insert_user(
            conn,
            account_id=account_id,
            email=user.email,
            password=user.password,
            full_name=user.full_name,
            locale=user.locale or spec.locale,
            is_billing_contact=user.billing_contact,
            password_hash_method=password_hash_method,
        )
    subscription_ids = []
    for sub in plan.subscriptions:
        subscription_id = store.insert_subscription(
            conn,
            account_id=account_id,
            selection=sub.selection,
            status=sub.status,
            period_start=sub.period_start,
            next_billing_date=sub.next_billing_date,
            paid_amount=sub.paid_amount,
            trial_ends_on=sub.trial_ends_on,
        )
        subscription_ids.append(subscription_id)
        for email in sub.assigned_users:
            store.set_assignment(conn, account_id, user_ids[email.casefold()], subscription_id, True)
    for item in spec.cart:
        changed_id = subscription_ids[item.subscription_index] if item.subscription_index is not None else None
        store.put_cart_item(
            conn,
            account_id,
            item.kind,
            Selection(item.product, item.tier, item.licenses, item.frequency),
            subscription_id=changed_id,
        )
    return account_id


def account_out(conn: sqlite3.Connection, account_id: int) -> AccountOut | None:
    """The account as the control API shows it, or None if there is no such account."""
    account = store.get_account(conn, account_id)
    if account is None:
        return None
    users = store.list_users(conn, account_id)
    assigned: dict[int, list[str]] = {}
    for row in conn.execute(
        "SELECT la.subscription_id, u.email FROM license_assignment la JOIN user u ON u.id = la.user_id"
        " WHERE u.account_id = ? ORDER BY u.id",
        (account_id,),
    ):
        assigned.setdefault(row["subscription_id"], []).append(row["email"])
    contacts = [user for user in users if user.is_billing_contact] or users
    cart = store.list_cart(conn, account_id)
    card = None
    if account.card_last4 is not None:
        card = CardOut(holder=account.card_holder, last4=account.card_last4, expiry=account.card_expiry)
    return AccountOut(
        id=account.id,
        kind=account.kind,
        name=account.name,
        locale=contacts[0].locale if contacts else "en",
        country=account.country,
        currency=account.currency,
        balance=str(account.balance),
        vat_number=account.vat_number,
        card_on_file=card,
        clock_date=account.clock_date,
        today=account_today(conn, account_id),
        users=[
            UserOut(
                id=u.id,
                email=u.email,
                full_name=u.full_name,
                locale=u.locale,
                billing_contact=u.is_billing_contact,
            )
            for u in users
        ],
        subscriptions=[
            SubscriptionOut(
                id=s.id,
                product=s.product_code,
                tier=s.tier_code,
                licenses=s.licenses,
                frequency=s.frequency,
                status=s.status,
                trial_ends_on=s.trial_ends_on,
                period_start=s.period_start,
                next_billing_date=s.next_billing_date,
                paid_amount=str(s.paid_amount),
                assigned_users=assigned.get(s.id, []),
            )
            for s in store.list_subscriptions(conn, account_id)
        ],
        cart=[
            CartItemOut(
                id=item.id,
                kind=item.kind,
                subscription_id=item.subscription_id,
                product=item.selection.product_code,
                tier=item.selection.tier_code,
                licenses=item.selection.licenses,
                frequency=item.selection.frequency,
            )
            for item in cart
        ],
        cart_item_ids=[item.id for item in cart],
    )


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


# --- the endpoints ------------------------------------------------------------------------------


def _settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def _json(body: BaseModel | list[Any], status: int = 200) -> Response:
    text = body.model_dump_json() if isinstance(body, BaseModel) else current_app.json.dumps(body)
    return current_app.response_class(text, status=status, mimetype="application/json")


def _error(status: int, error: str, detail: str) -> Response:
    return _json(ErrorBody(error=error, detail=detail, status=status), status)


def _body(model: type[M]) -> M:
    """The request body as `model`; 400 if it is not JSON, SpecError (422) if it does not validate."""
    try:
        return model.model_validate_json(request.get_data())
    except ValidationError as error:
        if any(item["type"] == "json_invalid" for item in error.errors()):
            abort(
                400,
                description=f"the body must be a JSON object ({model.__name__}): {error.errors()[0]['msg']}",
            )
        raise SpecError(problems_of(error)) from None


def _account_or_404(conn: sqlite3.Connection, account_id: int) -> store.Account:
    account = store.get_account(conn, account_id)
    if account is None:
        abort(404, description=f"no account with id {account_id}")
    return account


@bp.before_request
def require_token() -> Response | None:
    if request.endpoint == "control.openapi":
        return None
    expected = _settings().control_token
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        detail = "the control API needs the header 'Authorization: Bearer <control token>'"
    elif expected is None or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        detail = "the control token is not correct"
    else:
        return None
    response = _error(401, "Unauthorized", detail)
    response.headers["WWW-Authenticate"] = 'Bearer realm="billing mock control API"'
    return response


@bp.errorhandler(SpecError)
def spec_error(error: SpecError) -> Response:
    count = len(error.problems)
    body = ValidationErrorBody(
        error="Unprocessable Entity",
        status=422,
        problems=error.problems,
        detail=f"the request has {count} problem{'s' if count != 1 else ''}: {error}",
    )
    return _json(body, 422)


@bp.post("/accounts")
def create_account_view() -> Response:
    spec = _body(AccountSpec)
    conn = get_db()
    with transaction(conn):
        account_id = create_account(conn, spec, password_hash_method=_settings().password_hash_method)
    out = account_out(conn, account_id)
    assert out is not None
    response = _json(out, 201)
    response.headers["Location"] = f"{bp.url_prefix}/accounts/{account_id}"
    return response


@bp.get("/accounts/<int:account_id>")
def get_account(account_id: int) -> Response:
    out = account_out(get_db(), account_id)
    if out is None:
        abort(404, description=f"no account with id {account_id}")
    return _json(out)


@bp.delete("/accounts/<int:account_id>")
def delete_account(account_id: int) -> Response:
    conn = get_db()
    with transaction(conn):
        _account_or_404(conn, account_id)
        conn.execute("DELETE FROM account WHERE id = ?", (account_id,))
    return Response(status=204)


def _clock_out(conn: sqlite3.Connection, account_id: int) -> ClockOut:
    account = _account_or_404(conn, account_id)
    return ClockOut(account_id=account_id, clock_date=account.clock_date, today=account_today(conn, account_id))


@bp.put("/accounts/<int:account_id>/clock")
def set_account_clock(account_id: int) -> Response:
    spec = _body(ClockSpec)
    conn = get_db()
    with transaction(conn):
        _account_or_404(conn, account_id)
        store.set_clock(conn, account_id, spec.today)
    return _json(_clock_out(conn, account_id))


@bp.post("/accounts/<int:account_id>/clock/advance")
def advance_account_clock(account_id: int) -> Response:
    spec = _body(ClockAdvanceSpec)
    conn = get_db()
    with transaction(conn):
        _account_or_404(conn, account_id)
        try:
            today = account_today(conn, account_id) + timedelta(days=spec.days)
        except OverflowError:
            raise SpecError([problem(("days",), "moves the clock out of the dates the mock supports")]) from None
        store.set_clock(conn, account_id, today)
    return _json(_clock_out(conn, account_id))


@bp.delete("/accounts/<int:account_id>/clock")
def reset_account_clock(account_id: int) -> Response:
    conn = get_db()
    with transaction(conn):
        _account_or_404(conn, account_id)
        store.set_clock(conn, account_id, None)
    return _json(_clock_out(conn, account_id))


@bp.put("/clock")
def set_every_clock() -> Response:
    spec = _body(ClockSpec)
    with transaction() as conn:
        count = conn.execute("UPDATE account SET clock_date = ?", (spec.today.isoformat(),)).rowcount
    return _json(ClockAllOut(today=spec.today, accounts=count))


@bp.get("/accounts/<int:account_id>/orders")
def list_orders(account_id: int) -> Response:
    conn = get_db()
    _account_or_404(conn, account_id)
    return _json([order.as_json() for order in store.list_orders(conn, account_id)])


@bp.post("/accounts/<int:account_id>/sessions/expire")
def expire_sessions(account_id: int) -> Response:
    conn = get_db()
    with transaction(conn):
        _account_or_404(conn, account_id)
        cursor = conn.execute(
            "DELETE FROM session WHERE user_id IN (SELECT id FROM user WHERE account_id = ?)", (account_id,)
        )
    return _json(SessionsExpiredOut(expired=cursor.rowcount))


def _fault_out(row: sqlite3.Row) -> FaultOut:
    return FaultOut(
        id=row["id"],
        kind=row["kind"],
        status_code=row["status_code"],
        latency_ms=row["latency_ms"],
        path_prefix=row["path_prefix"],
        account_id=row["account_id"],
        count=row["remaining"],
    )


@bp.post("/faults")
def create_fault() -> Response:
    spec = _body(FaultSpec)
    problems = fault_problems(spec)
    conn = get_db()
    with transaction(conn):
        if spec.account_id is not None and store.get_account(conn, spec.account_id) is None:
            problems.append(problem(("account_id",), f"no account with id {spec.account_id}"))
        if problems:
            raise SpecError(problems)
        cursor = conn.execute(
            "INSERT INTO fault (account_id, kind, status_code, latency_ms, path_prefix, remaining)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (spec.account_id, spec.kind, spec.status_code, spec.latency_ms, spec.path_prefix, spec.count),
        )
        row = conn.execute("SELECT * FROM fault WHERE id = ?", (cursor.lastrowid,)).fetchone()
    response = _json(_fault_out(row), 201)
    response.headers["Location"] = f"{bp.url_prefix}/faults/{row['id']}"
    return response


@bp.get("/faults")
def list_faults() -> Response:
    rows = get_db().execute("SELECT * FROM fault ORDER BY id").fetchall()
    return _json([_fault_out(row).model_dump(mode="json") for row in rows])


@bp.delete("/faults")
def delete_faults() -> Response:
    with transaction() as conn:
        count = conn.execute("DELETE FROM fault").rowcount
    return _json(DeletedOut(deleted=count))


@bp.delete("/faults/<int:fault_id>")
def delete_fault(fault_id: int) -> Response:
    with transaction() as conn:
        if conn.execute("DELETE FROM fault WHERE id = ?", (fault_id,)).rowcount == 0:
            abort(404, description=f"no fault with id {fault_id}")
    return Response(status=204)


@bp.post("/reset")
def reset() -> Response:
    """Empty every table of the schema, whatever tables it has, in one transaction."""
    with transaction() as conn:
        tables = [
            row["name"]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        ]
        # Checked at COMMIT, when every table is empty: the order of the deletes does not matter.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        counts = {table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608 - names from sqlite_master
        for table in tables:
            conn.execute(f'DELETE FROM "{table}"')  # noqa: S608 - names from sqlite_master
    return _json(ResetOut(deleted=counts))


@bp.get("/catalog")
def get_catalog() -> Response:
    return _json(catalog_out())


def catalog_out() -> CatalogOut:
    return CatalogOut(
        products=[
            ProductOut(
                code=product.code,
                name=product.name,
                seat_noun=product.seat_noun,
                max_licenses=product.max_licenses,
                trial_days=product.trial_days,
                tiers=[
                    TierOut(
                        code=tier.code,
                        name=tier.name,
                        rank=tier.rank,
                        prices={
                            currency: {frequency: str(price) for frequency, price in by_frequency.items()}
                            for currency, by_frequency in tier.prices.items()
                        },
                    )
                    for tier in product.tiers
                ],
            )
            for product in catalog.PRODUCTS.values()
        ]
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    return current_app.response_class(current_app.json.dumps(openapi_document()), mimetype="application/json")


# --- the OpenAPI document -----------------------------------------------------------------------


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _operation(
    summary: str,
    responses: dict[int, tuple[str, dict[str, Any] | None]],
    *,
    body: str | None = None,
    params: Sequence[str] = (),
) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary}
    if params:
        operation["parameters"] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
            for name in params
        ]
    if body is not None:
        operation["requestBody"] = {"required": True, **_content(_ref(body))}
        responses = {
            **responses,
            400: ("not JSON", _ref("ErrorBody")),
            422: ("the body does not validate; nothing changed", _ref("ValidationErrorBody")),
        }
    responses = {**responses, 401: ("missing or wrong control token", _ref("ErrorBody"))}
    if params:
        responses[404] = ("no such account or fault", _ref("ErrorBody"))
    operation["responses"] = {
        str(status): {"description": description, **(_content(schema) if schema is not None else {})}
        for status, (description, schema) in sorted(responses.items())
    }
    return operation


@cache
def openapi_document() -> dict[str, Any]:
    """OpenAPI 3.1, with the component schemas generated from the models that validate the requests."""
    _, schemas = models_json_schema(
        [(model, "validation") for model in control_models.REQUEST_MODELS]
        + [(model, "serialization") for model in control_models.RESPONSE_MODELS],
        ref_template="#/components/schemas/{model}",
    )

    def many(name: str) -> dict[str, Any]:
        return {"type": "array", "items": _ref(name)}

    account = ("the account", _ref("AccountOut"))
    clock = ("the account's clock", _ref("ClockOut"))
    account_id = ("account_id",)
    paths: dict[str, dict[str, Any]] = {
        "/_control/accounts": {
            "post": _operation(
                "Create an account with users, subscriptions and a cart", {201: account}, body="AccountSpec"
            ),
        },
        "/_control/accounts/{account_id}": {
            "get": _operation("An account", {200: account}, params=account_id),
            "delete": _operation(
                "Delete an account and everything it owns", {204: ("deleted", None)}, params=account_id
            ),
        },
        "/_control/accounts/{account_id}/clock": {
            "put": _operation("Set the account's test clock", {200: clock}, body="ClockSpec", params=account_id),
            "delete": _operation("Back to real time", {200: clock}, params=account_id),
        },
        "/_control/accounts/{account_id}/clock/advance": {
            "post": _operation(
                "Move the account's test clock by some days",
                {200: clock},
                body="ClockAdvanceSpec",
                params=account_id,
            ),
        },
        "/_control/clock": {
            "put": _operation(
                "Set the test clock of every existing account",
                {200: ("how many accounts", _ref("ClockAllOut"))},
                body="ClockSpec",
            ),
        },
        "/_control/accounts/{account_id}/orders": {
            "get": _operation(
                "The account's orders", {200: ("orders, oldest first", many("OrderOut"))}, params=account_id
            ),
        },
        "/_control/accounts/{account_id}/sessions/expire": {
            "post": _operation(
                "Sign out every user of the account",
                {200: ("sessions deleted", _ref("SessionsExpiredOut"))},
                params=account_id,
            ),
        },
        "/_control/faults": {
            "post": _operation("Inject a fault", {201: ("the fault", _ref("FaultOut"))}, body="FaultSpec"),
            "get": _operation("The faults in force", {200: ("faults", many("FaultOut"))}),
            "delete": _operation("Delete every fault", {200: ("how many", _ref("DeletedOut"))}),
        },
        "/_control/faults/{fault_id}": {
            "delete": _operation("Delete one fault", {204: ("deleted", None)}, params=("fault_id",)),
        },
        "/_control/reset": {
            "post": _operation(
                "Delete all data: accounts, users, sessions, orders, faults, mail...",
                {200: ("rows deleted per table", _ref("ResetOut"))},
            ),
        },
        "/_control/catalog": {
            "get": _operation("Products, tiers and prices", {200: ("the catalog", _ref("CatalogOut"))}),
        },
        "/_control/openapi.json": {
            "get": {
                "summary": "This document",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1", **_content({"type": "object"})}},
            },
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Mock billing center: test control API",
            "version": "1.0.0",
            "description": "Test mode only. Send 'Authorization: Bearer <control token>' with every request.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"controlToken": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"controlToken": []}],
    }
