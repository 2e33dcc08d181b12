"""Corporate accounts: the Corporate Billing Portal, its FAQs and contact form, and Contact Support.

Every article's note says that larger ("corporate") accounts do not manage their billing in the
Billing Center: they work with their dedicated GoTo representative, or contact Corporate Account
Services through the form at support.goto.com/corporate-billing-faqs#billing-form, on the
Corporate Billing Portal at link.goto.com/corp-billing. The mock serves stand-ins for those pages:

- `GET /corp-billing` (`corporate.portal`): the "Corporate Billing Portal". Public, as on the real
  site; a signed-in user of a corporate account also sees the account's name and the
  "Your dedicated GoTo representative" section. Signing in to a corporate account (and any billing
  page a corporate account opens) leads here. Sections: the representative, the FAQs (`#faqs`,
  `<details>` items) and the contact form (`#billing-form`).
- `GET /corporate-billing-faqs` (`corporate.faqs`): the FAQs and the contact form on their own page,
  so the articles' link `.../corporate-billing-faqs#billing-form` lands on the form.
- `POST /corp-billing/contact` (`corporate.contact`): "Contact Corporate Account Services". Topic and
  Message are required, the message at most `MESSAGE_MAX` characters; an error shows the page
  again with the error next to its field (422, nothing stored). A valid request is stored with
  `store.record_corporate_request` and the browser is sent back to the page it came from with
  `?sent=<request id>#billing-form`, which confirms it (role=status). Any user of a corporate
  account may send it; anonymous visitors are sent to sign in, users of self-service accounts
  get a 403 pointing to Contact Support.
- The portal's own sign-in form (User ID and password) and Forgot Password? are `portal_auth`'s.
- `GET /support` (`corporate.support`): "Contact Support", the page the tier-downgrade notice links
  to: how to reach support, and that plan downgrades are made by support. Public.
"""

from __future__ import annotations

from typing import Literal

from flask import Blueprint, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from . import store
from .db import as_id, get_db, transaction
from .i18n import N_
from .messages import message

bp = Blueprint("corporate", __name__)

PageName = Literal["portal", "faqs"]
MESSAGE_MAX = 2000
TOPICS: tuple[tuple[str, str], ...] = (
    ("invoices", N_("Invoices")),
    ("add_licenses", N_("Add user licenses")),
    ("remove_licenses", N_("Remove user licenses")),
    ("change_plan", N_("Change my plan")),
    ("payment_methods", N_("Payment methods")),
    ("other", N_("Something else")),
)
_TEMPLATES: dict[PageName, str] = {"portal": "corporate/portal.html", "faqs": "corporate/faqs.html"}
_ENDPOINTS: dict[PageName, str] = {"portal": "corporate.portal", "faqs": "corporate.faqs"}


def _visitor_account() -> store.Account | None:
    if g.user is None:
        return None
    return store.get_account(get_db(), g.user.account_id)


def _sent_request(account: store.Account | None) -> int | None:
    """The request number to confirm, when `?sent=` names a request of the visitor's account."""
    request_id = request.args.get("sent", type=as_id)
    if account is None or request_id is None:
        return None
    return request_id if store.has_corporate_request(get_db(), account.id, request_id) else None


def _render(
    page: PageName,
    form: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
    status: int = 200,
    signin: dict[str, str] | None = None,
) -> tuple[str, int]:
    account = _visitor_account()
    problems = problems or {}
    html = render_template(
        _TEMPLATES[page],
        page=page,
        signin=signin or {},
        account=account,
        corporate=account is not None and account.is_corporate,
        topics=TOPICS,
        form=form or {},
        problem_texts={field: message(code, limit=MESSAGE_MAX) for field, code in problems.items()},
        sent=_sent_request(account),
        message_max=MESSAGE_MAX,
    )
    return html, status


@bp.get("/corp-billing")
def portal() -> tuple[str, int]:
    # After Forgot Password?'s new password: say so above the sign-in form (`portal_auth`).
    done = request.args.get("reset") == "done" and g.user is None
    return _render("portal", signin={"notice": "reset_done"} if done else None)


def render_portal(signin: dict[str, str], status: int) -> tuple[str, int]:
    """The portal page with its sign-in form in the state `signin` gives (`portal_auth`): the
    User ID typed, an `error` or a `notice` above the form."""
    return _render("portal", status=status, signin=signin)


@bp.get("/corporate-billing-faqs")
def faqs() -> tuple[str, int]:
    return _render("faqs")


def _problems(topic: str, text: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not topic:
        problems["topic"] = "topic_missing"
    elif topic not in {code for code, _label in TOPICS}:
        problems["topic"] = "topic_unknown"
    if not text:
        problems["message"] = "request_message_missing"
    elif len(text) > MESSAGE_MAX:
        problems["message"] = "request_message_too_long"
    return problems


@bp.post("/corp-billing/contact")
def contact() -> BaseResponse | tuple[str, int]:
    page: PageName = "faqs" if request.form.get("page") == "faqs" else "portal"
    if g.user is None:
        return redirect(url_for("auth.sign_in_page", next=url_for(_ENDPOINTS[page])))
    account = _visitor_account()
    if account is None or not account.is_corporate:
        abort(403, description=message("corporate_only"))
    topic = request.form.get("topic", "").strip()
    # Browsers count a line break as one character for maxlength, but send it as CR LF.
    text = request.form.get("message", "").replace("\r\n", "\n").strip()
    problems = _problems(topic, text)
    if problems:
        return _render(page, {"topic": topic, "message": text}, problems, 422)
    with transaction():
        request_id = store.record_corporate_request(get_db(), account.id, g.user.id, topic, text)
    return redirect(url_for(_ENDPOINTS[page], sent=request_id, _anchor="billing-form"))


@bp.get("/support")
def support() -> str:
    account = _visitor_account()
    return render_template("corporate/support.html", corporate=account is not None and account.is_corporate)
