"""The control API's OpenAPI 3.1 document, served at /_control/openapi.json.

The component schemas are generated from the pydantic models that validate the requests and
shape the responses (`models.REQUEST_MODELS`, `models.RESPONSE_MODELS`), so the document cannot
drift from what is checked; the paths below only name those schemas.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from pydantic.json_schema import models_json_schema

from ..db import MAX_ID
from . import models


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
            {
                "name": name,
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
            }
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


# What the schemas cannot say: rules across fields, checked after the schema (422, nothing changed).
CROSS_FIELD_RULES = """Test mode only. Send 'Authorization: Bearer <control token>' with every request.

A body that follows the schemas can still be refused with 422 (and nothing changed) by these rules:

- AccountSpec.users: emails are unique (case-insensitively), in the request and across the mock.
- SubscriptionSpec: tier is a tier of its product; licenses at most the product's max_licenses;
  trial_ends_on only for a trial and not before period_start; next_billing_date after period_start;
  a trial has paid_amount "0.00"; assigned_users are emails of this request's users, each once,
  no more of them than licenses.
- CartItemSpec: subscription_index only for kind change, required there, naming a subscription of
  this request of the same product, at most one change per subscription.
- FaultSpec: status_code only and always for kind http_error, latency_ms only and always for kind
  latency; a path_prefix under /_control/ or /mailbox/ is refused (those are never faulted).
- Dates (today, period_start, next_billing_date, trial_ends_on) are from 2000-01-01 to 2999-12-31, and
  ClockAdvanceSpec.days must keep the clock inside them.
- Path ids are from 1 to 2^63-1 (SQLite's INTEGER); a larger or unknown id is 404.
- A path or method the API does not have is 404 or 405 (with Allow).
"""


@cache
def openapi_document() -> dict[str, Any]:
    """OpenAPI 3.1, with the component schemas generated from the models that validate the requests."""
    _, schemas = models_json_schema(
        [(model, "validation") for model in models.REQUEST_MODELS]
        + [(model, "serialization") for model in models.RESPONSE_MODELS],
        ref_template="#/components/schemas/{model}",
    )

    def many(name: str) -> dict[str, Any]:
        return {"type": "array", "items": _ref(name)}

    account = ("the account", _ref("AccountOut"))
    clock = ("the account's clock", _ref("ClockOut"))
    account_id = ("account_id",)
    defects = ("the catalogue with each defect's state", _ref("DefectsOut"))
    releases = ("the catalogue with each harmless release's state", _ref("HarmlessOut"))
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
        "/_control/accounts/{account_id}/users": {
            "post": _operation(
                "Add a user to the account (a member who is not a billing contact, say)",
                {201: ("the user", _ref("UserOut"))},
                body="UserSpec",
                params=account_id,
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
        "/_control/accounts/{account_id}/renewals": {
            "get": _operation(
                "The account's renewals: the periods charged when its clock passed a billing date",
                {200: ("renewals, oldest first", many("RenewalOut"))},
                params=account_id,
            ),
        },
        "/_control/accounts/{account_id}/sessions": {
            "post": _operation(
                "Sign a user of the account in without the sign-in page (the session signing in makes)",
                {201: ("the session and its cookie", _ref("SessionOut"))},
                body="SessionSpec",
                params=account_id,
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
                "Delete all data: accounts, users, sessions, orders, faults, mail...; turn every defect off",
                {200: ("rows deleted per table", _ref("ResetOut"))},
            ),
        },
        "/_control/defects": {
            "get": _operation("The defect catalogue, and which defects are active", {200: defects}),
            "put": _operation(
                "Replace the active defects (an unknown name: 422, nothing changes)", {200: defects}, body="DefectsSpec"
            ),
            "delete": _operation("Turn every defect off", {200: defects}),
        },
        "/_control/harmless": {
            "get": _operation("The harmless releases' catalogue, and which are active", {200: releases}),
            "put": _operation(
                "Replace the active harmless releases (an unknown name: 422, nothing changes)",
                {200: releases},
                body="HarmlessSpec",
            ),
            "delete": _operation("Turn every harmless release off", {200: releases}),
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
            "description": CROSS_FIELD_RULES,
        },
        "paths": paths,
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"controlToken": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"controlToken": []}],
    }
