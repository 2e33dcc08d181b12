"""The bundled mock billing center: a Flask app that behaves like GoTo's Billing Center.

`create_app(settings)` builds one app (the flaskr pattern: an app factory, a schema file,
a blueprint per area). `python -m mock_server` serves it with waitress; see `__main__`. The mock
imports nothing of the harness: the harness reaches it over HTTP, SMTP and its process.

- `__main__`, `config`: the command line (`--seed`, `--test-mode`, `--defect`, `--harmless`, ...), the READY
  line, and one process's settings, checked at start.
- `db`, `store`, `data`: the SQLite file (`schema.sql`), a connection per request; reading and
  changing the billing state (the only SQL: `store` and `data`'s clocks, sessions, faults, mail).
- `auth`, `billing`, `billing_info`, `wizard`, `admin`, `corporate`, `portal_auth`: the views (a
  blueprint each): sign-in and sessions; cards, Edit Subscription, cart, Checkout and result;
  Payment Method and Billing History; Add New Subscription; user licenses; the Corporate Billing
  Portal and Contact Support; the portal's User ID sign-in and Forgot Password?.
- `catalog`, `pricing`, `orders`, `payment`, `clock`, `renewals`, `invoices`: the rules: products
  and prices, Decimal prices and proration, placing an order, card and VAT checks, the account's
  today, renewals on the billing date, invoices and their PDF.
- `notifications`, `mailer`, `outbox`, `mailbox`: the mail: what is sent, over SMTP, stored then
  delivered; an SMTP sink and a Mailpit-shaped API.
- `languages`, `i18n`, `messages`: the languages found in translations/ (a language is data), catalogs
  and Babel formats; every user-facing error by code.
- `control`, `faults`, `defects`, `harmless`, `attributes`, `seed`: test mode: the control API,
  injected failures, the catalogued regressions, the catalogued harmless releases (markup and
  timing a release could change without changing what the articles describe), serving without
  test-only attributes, demo data.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from flask import Flask, Response, current_app, g, jsonify, make_response, redirect, render_template, request
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as BaseResponse

from . import attributes, auth, catalog, db, faults, i18n
from .config import Settings

CURRENT_BILLING_HOST = "billing.goto.com"
JSON_PREFIXES = ("/_control/", "/mailbox/")


class _ProcessTemplateCache(BytecodeCache):
    """Compiled templates shared by every app this process makes. A server makes one app, but the
    mock's HTTP tests make one per test (flaskr's pattern), and compiling every template again in
    each was a fifth of their time. Jinja keys a bucket by the template's name and a checksum of
    its source, so a changed template is compiled afresh."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        compiled = bucket.bytecode_to_string()
        with self._lock:
            self._compiled[bucket.key] = compiled


_TEMPLATE_CACHE = _ProcessTemplateCache()


def create_app(settings: Settings) -> Flask:
    app = Flask(__name__)
    # Before anything creates the app's Jinja environment, which takes its options once.
    app.jinja_options = {**app.jinja_options, "bytecode_cache": _TEMPLATE_CACHE}
    app.config.update(
        SETTINGS=settings,
        DATABASE=Path(settings.database),
        MAX_CONTENT_LENGTH=1024 * 1024,
        # Only the in-memory flash-free UI: sessions are server side (auth.py), so no secret key.
        SESSION_COOKIE_HTTPONLY=True,
        TEMPLATES_AUTO_RELOAD=False,
    )
    db.init_app(app)
    if settings.secret_key is None:  # the database's own, now that its schema is there
        settings = replace(settings, secret_key=db.stored_secret(Path(settings.database), "visitor_cookie"))
        app.config["SETTINGS"] = settings
    i18n.init_app(app, settings.extra_translations)

    from . import admin, billing, billing_info, control, corporate, mailbox, portal_auth, wizard

    app.register_blueprint(auth.bp)
    app.register_blueprint(billing.bp)
    app.register_blueprint(billing_info.bp)
    app.register_blueprint(wizard.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(corporate.bp)
    app.register_blueprint(portal_auth.bp)
    app.register_blueprint(mailbox.bp)
    if settings.test_mode:
        app.register_blueprint(control.bp)

    app.before_request(_redirect_legacy_host)
    app.before_request(auth.load_session)
    app.before_request(faults.apply_request_faults)
    app.before_request(auth.check_csrf)
    app.after_request(auth.set_session_cookie)
    app.after_request(_security_headers)
    if settings.strip_test_attributes:
        app.after_request(attributes.strip_from_response)
    app.register_error_handler(HTTPException, _error_page)
    app.jinja_env.globals.update(csrf_token=auth.csrf_token)
    app.jinja_env.filters["product"] = catalog.product
    if settings.test_mode:
        # Last: the defects patch the views, hooks and filters registered above (all off by default).
        from . import defects

        defects.init_app(app, settings.defects)
        # After the defects: a release's page edit then sees the page a defect may have changed.
        from . import harmless

        harmless.init_app(app, settings.harmless)

    @app.get("/")
    def index() -> BaseResponse:
        return redirect("/billing" if g.user is not None else "/signin")

    @app.get("/healthz")
    def health() -> Response:
        return jsonify(status="ok", test_mode=settings.test_mode)

    return app


def _redirect_legacy_host() -> BaseResponse | None:
    """billing.logmeininc.com (the LogMeIn era's name) answers with a permanent redirect."""
    settings = _settings()
    host, _, port = request.host.partition(":")
    if host.lower() not in settings.legacy_hosts:
        return None
    target = settings.canonical_host or (f"{CURRENT_BILLING_HOST}:{port}" if port else CURRENT_BILLING_HOST)
    return redirect(f"{request.scheme}://{target}{request.full_path.rstrip('?')}", code=301)


def _settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


# The pages load their script and style from /static only; no page may frame them.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if response.mimetype == "text/html":
        response.headers.setdefault("Cache-Control", "no-store")
        if not request.path.startswith(JSON_PREFIXES):  # the mailbox may show an email's own HTML
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


def _error_page(error: HTTPException) -> Response:
    status = error.code or 500
    if request.path.startswith(JSON_PREFIXES):
        response = jsonify(error=error.name, detail=error.description, status=status)
    else:
        if not hasattr(g, "lang"):
            g.lang = i18n.best_accept_language()
        # Werkzeug's stock descriptions are English; only a message of ours is shown as the detail.
        detail = error.description if error.description != type(error).description else None
        response = make_response(render_template("error.html", status=status, detail=detail))
    response.status_code = status
    # What the error itself must say: the methods a 405 allows, the wait of a 429 (Retry-After).
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response
