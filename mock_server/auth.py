"""Sign-in, server-side sessions, CSRF tokens and the access rules of the billing pages.

Signed-in sessions live in SQLite, not in a signed cookie, so that signing in always starts a new
session (no fixation), signing out really ends it, and the control API can expire an account's
sessions. A visitor who has not signed in gets no row: its CSRF token and `?lang=` choice travel
in a cookie signed with the app's secret (itsdangerous), so unauthenticated traffic never writes
to the database.
"""

from __future__ import annotations

import functools
import hmac
import math
import secrets
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any, ParamSpec, TypedDict, TypeVar
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from itsdangerous import BadData, TimestampSigner, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response as BaseResponse

from . import store
from .clock import utc_now
from .config import Settings
from .data import sessions
from .db import get_db, transaction
from .i18n import N_, best_accept_language, gettext, is_language, ngettext

SESSION_COOKIE = "bc_session"
VISITOR_COOKIE = "bc_visitor"
# Keeps the visitor cookie's signatures apart from anything else the secret might ever sign.
VISITOR_SALT = "billing-mock.anonymous-visitor"
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# APIs with their own authentication (bearer token) or none (read-only mailbox); no HTML forms.
CSRF_EXEMPT_PREFIXES = ("/_control/", "/mailbox/")

bp = Blueprint("auth", __name__)

P = ParamSpec("P")
R = TypeVar("R")


def _settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def start_session(conn: sqlite3.Connection, settings: Settings, user_id: int, locale: str | None) -> dict[str, Any]:
    """A new server-side session of a signed-in user; the row as `sessions.get_session` reads it.
    Signing in and the control API's session both start here, so a session made for a test is
    the same as one made by signing in."""
    now = utc_now()
    # Each new session sweeps the expired ones (and anonymous rows an older mock left behind).
    sessions.delete_stale_sessions(conn, now)
    lifetime = settings.session_lifetime
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    sessions.insert_session(
        conn, token=token, user_id=user_id, csrf_token=csrf, locale=locale, created_at=now, expires_at=now + lifetime
    )
    return {
        "token": token,
        "user_id": user_id,
        "csrf_token": csrf,
        "locale": locale,
        "created_at": now.isoformat(),
        "expires_at": (now + lifetime).isoformat(),
    }


class Visitor(TypedDict):
    """What the signed cookie of a visitor who has not signed in holds."""

    csrf: str
    lang: str | None


class _MockClockSigner(TimestampSigner):
    """Dates its signatures, and measures their age, by the mock's clock."""

    def get_timestamp(self) -> int:
        return int(utc_now().timestamp())


@functools.cache
def _serializer(secret_key: bytes) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=VISITOR_SALT, signer=_MockClockSigner)


def _visitor_serializer(settings: Settings) -> URLSafeTimedSerializer:
    if settings.secret_key is None:  # create_app fills it in from the database
        raise RuntimeError("the mock's settings have no secret key: build the app with create_app")
    return _serializer(settings.secret_key)


def _read_visitor_cookie() -> Visitor | None:
    """The visitor's state if its cookie is ours and younger than the anonymous lifetime."""
    cookie = request.cookies.get(VISITOR_COOKIE)
    if not cookie:
        return None
    settings = _settings()
    try:
        data = _visitor_serializer(settings).loads(
            cookie, max_age=int(settings.anonymous_session_lifetime.total_seconds())
        )
    except BadData:  # tampered, expired, signed with another key, or not a cookie of ours
        return None
    if not isinstance(data, dict) or not isinstance(data.get("csrf"), str) or not data["csrf"]:
        return None
    lang = data.get("lang")
    return Visitor(csrf=data["csrf"], lang=lang if is_language(lang) else None)


def _set_visitor(visitor: Visitor) -> None:
    g.visitor = visitor
    g.visitor_changed = True


def _new_session(user_id: int, locale: str | None) -> None:
    session = start_session(get_db(), _settings(), user_id, locale)
    g.session = session
    g.session_cookie = session["token"]


def load_session() -> None:
    """Before each request: the visitor's session, user and language."""
    g.session = None
    g.user = None
    g.visitor = _read_visitor_cookie()
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        session = sessions.get_session(get_db(), token)
        if session is not None and datetime.fromisoformat(session["expires_at"]) > utc_now():
            g.session = session
            if session["user_id"] is not None:
                g.user = store.get_user(get_db(), session["user_id"])
        elif token:
            g.session_expired = True
    _choose_language()


def _choose_language() -> None:
    wanted = request.args.get("lang")
    if wanted is not None and is_language(wanted):
        g.lang = wanted
        # The override sticks for the rest of the session, as a language menu would.
        if g.session is not None and g.session["locale"] != wanted:
            sessions.set_session_locale(get_db(), g.session["token"], wanted)
            g.session["locale"] = wanted
        elif g.session is None:
            # Remembered in the visitor's cookie, and carried into the session at sign-in.
            csrf = g.visitor["csrf"] if g.visitor is not None else secrets.token_urlsafe(32)
            if g.visitor is None or g.visitor["lang"] != wanted:
                _set_visitor(Visitor(csrf=csrf, lang=wanted))
        return
    if g.session is not None and g.session["locale"]:
        g.lang = g.session["locale"]
    elif g.session is None and g.visitor is not None and g.visitor["lang"]:
        g.lang = g.visitor["lang"]
    elif g.user is not None:
        g.lang = g.user.locale
    else:
        g.lang = best_accept_language()


def _current_csrf_token() -> str:
    """The session's CSRF token, or the visitor's; "" if the browser brought neither."""
    if g.session is not None:
        token: str = g.session["csrf_token"]
        return token
    return g.visitor["csrf"] if g.visitor is not None else ""


def csrf_token() -> str:
    """The token every state-changing form carries; a new one in the visitor's signed cookie
    if the browser has none yet."""
    if not _current_csrf_token():
        _set_visitor(Visitor(csrf=secrets.token_urlsafe(32), lang=None))
    return _current_csrf_token()


def check_csrf() -> None:
    if request.method not in STATE_CHANGING or request.path.startswith(CSRF_EXEMPT_PREFIXES):
        return
    if request.routing_exception is not None:
        return  # no such page or method (404, 405 with Allow): that answer, not "form expired"
    sent = request.form.get("csrf_token", "")
    expected = _current_csrf_token()
    # As bytes: compare_digest refuses str with non-ASCII characters (a TypeError, a 500).
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, description=gettext(FORM_EXPIRED))


def bearer_problem(expected: str | None, api: str, token_name: str) -> str | None:
    """What is wrong with the request's `Authorization: Bearer` token for `api`; None if it is right."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return f"the {api} needs the header 'Authorization: Bearer <{token_name}>'"
    if expected is None or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        return f"the {token_name} is not correct"
    return None


def _cookie_flags() -> dict[str, Any]:
    """The same for the session's and the visitor's cookie: no script reads them, no other site
    sends them with a form, and over HTTPS (or with --secure-cookies) they never travel in clear."""
    return {"httponly": True, "samesite": "Lax", "secure": _settings().secure_cookies or request.is_secure, "path": "/"}


def set_session_cookie(response: Response) -> Response:
    settings = _settings()
    token = g.get("session_cookie")
    if token:
        response.set_cookie(
            SESSION_COOKIE, token, max_age=int(settings.session_lifetime.total_seconds()), **_cookie_flags()
        )
    if g.get("visitor_signed_in"):
        response.delete_cookie(VISITOR_COOKIE, **_cookie_flags())
    elif g.get("visitor_changed") and g.get("session") is None:
        response.set_cookie(
            VISITOR_COOKIE,
            _visitor_serializer(settings).dumps(g.visitor),
            max_age=int(settings.anonymous_session_lifetime.total_seconds()),
            **_cookie_flags(),
        )
    return response


def sign_in(user: store.User) -> None:
    """A new session for the user (never the one the browser came with) in the visitor's language."""
    if g.session is not None:
        locale = g.session["locale"]
        sessions.delete_session(get_db(), g.session["token"])
    else:
        locale = g.visitor["lang"] if g.visitor is not None else None
    _new_session(user.id, locale)
    g.user = user
    g.visitor_signed_in = True  # its cookie is cleared: its token was for the sign-in form only


def login_required(view: Callable[P, R]) -> Callable[P, R | BaseResponse]:
    @functools.wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R | BaseResponse:
        if g.user is None:
            expired = 1 if g.get("session_expired") else None
            return redirect(url_for("auth.sign_in_page", next=request.full_path.rstrip("?"), expired=expired))
        return view(*args, **kwargs)

    return wrapped


def billing_contact_required(view: Callable[P, R]) -> Callable[P, R | BaseResponse]:
    """Only an account's billing contacts may change what it pays for."""

    @functools.wraps(view)
    @login_required
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R | BaseResponse:
        if not g.user.is_billing_contact:
            abort(403, description=gettext(NOT_BILLING_CONTACT))
        account = store.get_account(get_db(), g.user.account_id)
        if account is not None and account.is_corporate:
            return redirect(url_for("corporate.portal"))
        return view(*args, **kwargs)

    return wrapped


FORM_EXPIRED = N_("This form has expired or was not sent from this site. Reload the page and try again.")
NOT_BILLING_CONTACT = N_(
    "Only a billing contact of your account can change subscriptions. Ask your billing contact to make this change."
)


def throttled_for(account_key: str, client_key: str) -> int | None:
    """Seconds to wait when the account or the client failed too often in the window; else None.

    Only failures count, so a suite that signs in many times from one address is never throttled.
    """
    settings = _settings()
    now = utc_now()
    since = now - settings.signin_failure_window
    waits = []
    for column, key, limit in (
        ("account_key", account_key, settings.signin_failures_per_account),
        ("client_key", client_key, settings.signin_failures_per_client),
    ):
        failures = sessions.signin_failures_since(get_db(), column, key, since)
        if len(failures) >= limit:
            # Free again once enough of the failures have left the window.
            oldest_counted = datetime.fromisoformat(failures[len(failures) - limit])
            waits.append((oldest_counted + settings.signin_failure_window - now).total_seconds())
    return max(1, math.ceil(max(waits))) if waits else None


def too_many_failures(wait: int) -> str:
    """What a throttled sign-in says: the wait in whole minutes."""
    minutes = max(1, -(-wait // 60))
    return ngettext(
        "Too many failed sign-ins. Try again in %(num)s minute.",
        "Too many failed sign-ins. Try again in %(num)s minutes.",
        minutes,
    )


def record_signin_failure(account_key: str, client_key: str) -> None:
    """One failed sign-in (of the Billing Center or the portal), forgetting those out of the window."""
    with transaction():
        now = utc_now()
        sessions.forget_signin_failures(get_db(), before=now - _settings().signin_failure_window)
        sessions.record_signin_failure(get_db(), account_key, client_key, now)


@functools.cache
def dummy_hash(method: str) -> str:
    """A hash of no one's password, made with the method real users' hashes use."""
    return generate_password_hash(secrets.token_urlsafe(16), method=method)


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site: an open redirect would let a link send users elsewhere."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


@bp.get("/signin")
def sign_in_page() -> str | BaseResponse:
    if g.user is not None:
        return redirect(url_for("billing.overview"))
    notice = gettext("Your session has expired. Please sign in again.") if request.args.get("expired") else None
    return render_template("signin.html", email="", next=_safe_next(request.args.get("next")) or "", notice=notice)


@bp.post("/signin")
def sign_in_submit() -> str | BaseResponse | tuple[str, int] | tuple[str, int, dict[str, str]]:
    email = request.form.get("email", "").strip()
    password = request.form.get("password", "")
    next_path = _safe_next(request.form.get("next"))
    account_key, client_key = email.casefold()[:254], request.remote_addr or "unknown"
    wait = throttled_for(account_key, client_key)
    if wait is not None:
        page = render_template("signin.html", email=email, next=next_path or "", error=too_many_failures(wait))
        return page, 429, {"Retry-After": str(wait)}
    found = store.find_user_for_sign_in(get_db(), email) if email else None
    # The same work whether or not the email is known: a wrong password costs one hash check either
    # way, so the answer's timing does not tell which emails have an account.
    stored_hash = found[1] if found is not None else dummy_hash(_settings().password_hash_method)
    if not check_password_hash(stored_hash, password) or found is None:
        record_signin_failure(account_key, client_key)
        error = gettext("The email address or password is not correct.")
        return render_template("signin.html", email=email, next=next_path or "", error=error), 401
    user = found[0]
    with transaction():
        sessions.forget_signin_failures(get_db(), account_key=account_key)
        sign_in(user)
    account = store.get_account(get_db(), user.account_id)
    if account is not None and account.is_corporate:
        return redirect(url_for("corporate.portal"))
    return redirect(next_path or url_for("billing.overview"))


@bp.post("/signout")
def sign_out() -> BaseResponse:
    if g.session is not None:
        sessions.delete_session(get_db(), g.session["token"])
    response = redirect(url_for("auth.sign_in_page"))
    response.delete_cookie(SESSION_COOKIE, path="/")
    g.session_cookie = None
    return response
