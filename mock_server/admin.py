"""User licenses: enable or disable products for single users (the articles' closing notes).

After adding licenses, the articles say, assign them to your users so that they can sign in.
This page is where that happens. One design, one form for the whole table:

- `GET /users` (`admin.users`): a table with a row per user of the account and a column per
  subscription (active ones and running free trials; ended trials are left out). The column
  header names the product and says "N of M licenses assigned". Each cell is a checkbox named
  `assign-<user id>-<subscription id>` whose accessible name is "<product> for <user full name>"
  (e.g. "GoTo Webinar for Mario Rossi"); next to it a hidden `cell=<user id>-<subscription id>`
  says the box was shown, since an unchecked box sends nothing. One "Save" button submits all.
- `POST /users` (`admin.save`): the server compares the submitted boxes with the stored
  assignments and applies the difference all-or-nothing in one transaction, disabling before
  enabling (so moving a license from one user to another is a single save). A product with more
  users checked than licenses bought refuses the whole save (`assign_too_many`, checked in the
  same write transaction; `store.set_assignment`'s own `no_free_license` refusal stays as a
  safety net and rolls everything back): the page comes back with the error (role=alert, and next
  to the product's column), the boxes as submitted, status 422, and nothing changed. A user or
  subscription of another account, or an ended trial, is a 404; a malformed field name is a 400.
  Success redirects to `GET /users?saved=1` (role=status).

Billing contacts only. Without JavaScript everything works; a page object drives it with
`get_by_role("checkbox", name="GoTo Webinar for Mario Rossi")` and `get_by_role("button", name="Save")`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from . import store
from .auth import billing_contact_required
from .billing import cart_count, current_account, today_of
from .db import get_db, transaction
from .messages import message

bp = Blueprint("admin", __name__)

Cell = tuple[int, int]  # (user id, subscription id)
CELL_FIELD = "cell"
ASSIGN_PREFIX = "assign-"
_CELL_RE = re.compile(r"^([0-9]{1,18})-([0-9]{1,18})$")


class _CellRefusedError(Exception):
    def __init__(self, cell: Cell, error: store.AssignmentError) -> None:
        super().__init__(error.code)
        self.cell = cell
        self.error = error


def _columns(account: store.Account) -> list[store.Subscription]:
    """The subscriptions whose licenses can be assigned: active ones and running trials."""
    today = today_of(account)
    return [s for s in store.list_subscriptions(get_db(), account.id) if not s.trial_expired(today)]


def _parse_cells(values: Iterable[str]) -> set[Cell]:
    cells: set[Cell] = set()
    for value in values:
        match = _CELL_RE.match(value)
        if match is None:
            abort(400)
        cells.add((int(match[1]), int(match[2])))
    return cells


def _render(
    account: store.Account,
    checked: set[Cell],
    problems: dict[int, str] | None = None,
    status: int = 200,
    saved: bool = False,
    chosen: dict[int, int] | None = None,
) -> tuple[str, int]:
    """The table: `checked` boxes ticked; `chosen`: users per subscription that a refused save asked for."""
    conn = get_db()
    subscriptions = _columns(account)
    problems = problems or {}
    by_id = {s.id: s for s in subscriptions}
    page = render_template(
        "admin/users.html",
        account=account,
        users=store.list_users(conn, account.id),
        subscriptions=subscriptions,
        counts={s.id: store.assigned_count(conn, s.id) for s in subscriptions},
        checked=checked,
        problem_texts={
            sid: message(code, limit=by_id[sid].licenses, count=(chosen or {}).get(sid, 0))
            for sid, code in problems.items()
        },
        saved=saved,
        cart_size=cart_count(account.id),
    )
    return page, status


@bp.get("/users")
@billing_contact_required
def users() -> tuple[str, int]:
    account = current_account()
    return _render(account, store.assignments(get_db(), account.id), saved=request.args.get("saved") == "1")


@bp.post("/users")
@billing_contact_required
def save() -> BaseResponse | tuple[str, int]:
    account = current_account()
    conn = get_db()
    subscriptions = {s.id: s for s in _columns(account)}
    user_ids = {user.id for user in store.list_users(conn, account.id)}
    shown = _parse_cells(request.form.getlist(CELL_FIELD))
    wanted = _parse_cells(key.removeprefix(ASSIGN_PREFIX) for key in request.form if key.startswith(ASSIGN_PREFIX))
    for user_id, subscription_id in shown | wanted:
        if user_id not in user_ids or subscription_id not in subscriptions:
            abort(404, description=message("not_found"))
    try:
        with transaction(conn):
            # Read, check and write under one write lock: no other save can interleave.
            current = store.assignments(conn, account.id)
            disable = (shown - wanted) & current
            enable = wanted - current
            desired = (current - disable) | enable
            chosen = {sid: sum(1 for cell in desired if cell[1] == sid) for sid in subscriptions}
            problems = {
                sid: "assign_too_many"
                for sid, subscription in subscriptions.items()
                if chosen[sid] > subscription.licenses and any(cell[1] == sid for cell in enable)
            }
            if not problems:
                _apply(conn, account.id, disable, enable)
    except _CellRefusedError as refused:
        if refused.error.code == "not_found":
            abort(404, description=message("not_found"))
        problems = {refused.cell[1]: refused.error.code}
    if problems:
        return _render(account, (current - shown) | wanted, problems, 422, chosen=chosen)
    return redirect(url_for("admin.users", saved=1))


def _apply(conn: sqlite3.Connection, account_id: int, disable: set[Cell], enable: set[Cell]) -> None:
    """Disable first, so licenses freed by this save can be given to others in the same save."""
    for enabled, cells in ((False, disable), (True, enable)):
        for user_id, subscription_id in sorted(cells):
            try:
                store.set_assignment(conn, account_id, user_id, subscription_id, enabled)
            except store.AssignmentError as error:
                raise _CellRefusedError((user_id, subscription_id), error) from error
