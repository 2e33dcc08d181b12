"""The control API's routes under /_control/: parse the request, call the service, serialize.

Registered by `create_app` only in test mode. Every endpoint but the OpenAPI document needs
`Authorization: Bearer <control token>`. A body that does not validate answers 422 with every
problem and its field path, and changes nothing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from flask import Blueprint, Response, abort, current_app, request
from pydantic import BaseModel, ValidationError

from .. import defects, harmless
from ..auth import SESSION_COOKIE, bearer_problem
from ..config import Settings
from ..db import get_db, transaction
from . import serialize, service
from .models import (
    AccountSpec,
    ClockAdvanceSpec,
    ClockAllOut,
    ClockSpec,
    DefectsSpec,
    DeletedOut,
    ErrorBody,
    FaultSpec,
    HarmlessSpec,
    ResetOut,
    SessionOut,
    SessionsExpiredOut,
    SessionSpec,
    UserSpec,
    ValidationErrorBody,
)
from .openapi import openapi_document
from .validation import SpecError, problems_of

bp = Blueprint("control", __name__, url_prefix="/_control")

M = TypeVar("M", bound=BaseModel)


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


@bp.before_request
def require_token() -> Response | None:
    if request.endpoint == "control.openapi":
        return None
    detail = bearer_problem(_settings().control_token, "control API", "control token")
    if detail is None:
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
        account_id = service.create_account(conn, spec, password_hash_method=_settings().password_hash_method)
    out = serialize.account_out(conn, account_id)
    assert out is not None
    response = _json(out, 201)
    response.headers["Location"] = f"{bp.url_prefix}/accounts/{account_id}"
    return response


@bp.post("/accounts/<int:account_id>/users")
def add_user(account_id: int) -> Response:
    """A user more on an existing account: a member who is not a billing contact, say (article 008)."""
    spec = _body(UserSpec)
    conn = get_db()
    user_id = service.add_user(conn, account_id, spec, password_hash_method=_settings().password_hash_method)
    out = serialize.account_out(conn, account_id)
    assert out is not None
    user = next(user for user in out.users if user.id == user_id)
    response = _json(user, 201)
    response.headers["Location"] = f"{bp.url_prefix}/accounts/{account_id}"
    return response


@bp.get("/accounts/<int:account_id>")
def get_account(account_id: int) -> Response:
    out = serialize.account_out(get_db(), account_id)
    if out is None:
        abort(404, description=f"no account with id {account_id}")
    return _json(out)


@bp.delete("/accounts/<int:account_id>")
def delete_account(account_id: int) -> Response:
    service.delete_account(get_db(), account_id)
    return Response(status=204)


@bp.put("/accounts/<int:account_id>/clock")
def set_account_clock(account_id: int) -> Response:
    spec = _body(ClockSpec)
    conn = get_db()
    return _json(serialize.clock_out(conn, service.set_clock(conn, account_id, spec.today)))


@bp.post("/accounts/<int:account_id>/clock/advance")
def advance_account_clock(account_id: int) -> Response:
    spec = _body(ClockAdvanceSpec)
    conn = get_db()
    return _json(serialize.clock_out(conn, service.advance_clock(conn, account_id, spec.days)))


@bp.delete("/accounts/<int:account_id>/clock")
def reset_account_clock(account_id: int) -> Response:
    conn = get_db()
    return _json(serialize.clock_out(conn, service.set_clock(conn, account_id, None)))


@bp.put("/clock")
def set_every_clock() -> Response:
    spec = _body(ClockSpec)
    return _json(ClockAllOut(today=spec.today, accounts=service.set_every_clock(get_db(), spec.today)))


@bp.get("/accounts/<int:account_id>/orders")
def list_orders(account_id: int) -> Response:
    return _json([order.as_json() for order in service.list_orders(get_db(), account_id)])


@bp.get("/accounts/<int:account_id>/renewals")
def list_renewals(account_id: int) -> Response:
    return _json([renewal.as_json() for renewal in service.list_renewals(get_db(), account_id)])


@bp.post("/accounts/<int:account_id>/sessions/expire")
def expire_sessions(account_id: int) -> Response:
    return _json(SessionsExpiredOut(expired=service.expire_sessions(get_db(), account_id)))


@bp.post("/accounts/<int:account_id>/sessions")
def create_session(account_id: int) -> Response:
    spec = _body(SessionSpec)
    session = service.create_session(get_db(), _settings(), account_id, spec.email)
    return _json(SessionOut(cookie=SESSION_COOKIE, token=session["token"], expires_at=session["expires_at"]), 201)


@bp.post("/faults")
def create_fault() -> Response:
    spec = _body(FaultSpec)
    fault = service.create_fault(get_db(), spec)
    response = _json(serialize.fault_out(fault), 201)
    response.headers["Location"] = f"{bp.url_prefix}/faults/{fault.id}"
    return response


@bp.get("/faults")
def list_faults() -> Response:
    return _json([serialize.fault_out(fault).model_dump(mode="json") for fault in service.list_faults(get_db())])


@bp.delete("/faults")
def delete_faults() -> Response:
    return _json(DeletedOut(deleted=service.delete_faults(get_db())))


@bp.delete("/faults/<int:fault_id>")
def delete_fault(fault_id: int) -> Response:
    service.delete_fault(get_db(), fault_id)
    return Response(status=204)


@bp.post("/reset")
def reset() -> Response:
    return _json(ResetOut(deleted=service.reset(get_db(), defects.state(current_app))))


@bp.get("/defects")
def list_defects() -> Response:
    return _json(serialize.defects_out(defects.state(current_app)))


@bp.put("/defects")
def set_defects() -> Response:
    state = defects.state(current_app)
    service.set_defects(state, _body(DefectsSpec))
    return _json(serialize.defects_out(state))


@bp.delete("/defects")
def clear_defects() -> Response:
    state = defects.state(current_app)
    state.replace(())
    return _json(serialize.defects_out(state))


@bp.get("/harmless")
def list_harmless() -> Response:
    return _json(serialize.harmless_out(harmless.state(current_app)))


@bp.put("/harmless")
def set_harmless() -> Response:
    state = harmless.state(current_app)
    service.set_harmless(state, _body(HarmlessSpec))
    return _json(serialize.harmless_out(state))


@bp.delete("/harmless")
def clear_harmless() -> Response:
    state = harmless.state(current_app)
    state.replace(())
    return _json(serialize.harmless_out(state))


@bp.get("/catalog")
def get_catalog() -> Response:
    return _json(serialize.catalog_out())


@bp.get("/openapi.json")
def openapi() -> Response:
    return current_app.response_class(current_app.json.dumps(openapi_document()), mimetype="application/json")
