"""The Corporate Billing Portal's password reset (article 008): Forgot Password? (User ID, Submit),
the reset email's link as its reader finds it, the page the link opens (the new password, twice),
and the page a link that no longer works shows instead (used, replaced, expired or not valid)."""

from __future__ import annotations

from html.parser import HTMLParser

from playwright.sync_api import Page, expect

from billing_e2e.mailboxes import MailMessage

from .base import BasePage, arrive, exactly, optional_text
from .corporate_portal import CorporatePortalPage
from .vocabulary import Vocabulary


class ForgotPasswordPage(BasePage):
    """Heading `forgot_password`: the User ID and Submit; afterwards a status says what was sent."""

    PATH = "/corp-billing/forgot-password"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.forgot_password)
        self.user_id_input = self.main.get_by_role("textbox", name=exactly(vocab.user_id))
        self.submit_button = self.main.get_by_role("button", name=exactly(vocab.submit))
        self.sent_status = self.main.get_by_role("status")
        self.error_alert = self.main.get_by_role("alert")

    def submit(self, user_id: str) -> ForgotPasswordPage:
        """Enter the User ID and Submit; the page then says a link was sent (whoever it belongs to)."""
        self.user_id_input.fill(user_id)
        self._reload_by(self.submit_button)
        self.expect_loaded()
        try:
            expect(self.sent_status.or_(self.error_alert).first).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"Submit on {self.describe()} said nothing: {self.where()}") from error
        return self

    def confirmation(self) -> str | None:
        """What the page says after Submit (a link was sent, if the User ID is a billing contact's)."""
        return optional_text(self.sent_status)

    def error(self) -> str | None:
        return optional_text(self.error_alert)


class ResetPasswordPage(BasePage):
    """Heading `choose_new_password_title`: the new password twice, Save Password."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.choose_new_password_title)
        self.new_password_input = self.main.get_by_role("textbox", name=exactly(vocab.new_password))
        self.repeat_input = self.main.get_by_role("textbox", name=exactly(vocab.repeat_new_password))
        self.save_button = self.main.get_by_role("button", name=exactly(vocab.save_password))
        self.error_alert = self.main.get_by_role("alert")

    def _submit(self, password: str, again: str | None) -> None:
        self.new_password_input.fill(password)
        self.repeat_input.fill(password if again is None else again)
        self.save_button.click()

    def save(self, password: str) -> CorporatePortalPage:
        """Save the new password: back on the portal, whose sign-in form says it was changed."""
        self._submit(password, None)
        portal = arrive(f"{self.vocab.save_password}", CorporatePortalPage(self.page, self.vocab))
        expect(portal.sign_in_status).to_be_visible()
        return portal

    def save_expecting_error(self, password: str, again: str | None = None) -> ResetPasswordPage:
        """A new password the page refuses (too short, the two differ): this page again, with the error."""
        with self.page.expect_event("domcontentloaded"):
            self._submit(password, again)
        self.expect_loaded()
        expect(self.error_alert).to_be_visible()
        return self

    def error(self) -> str | None:
        return optional_text(self.error_alert)


class ResetLinkRefusedPage(BasePage):
    """Heading `reset_link_refused_title`: why the link does not work, and Forgot Password? again."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.reset_link_refused_title)
        self.reason_alert = self.main.get_by_role("alert")

    def reason(self) -> str | None:
        return optional_text(self.reason_alert)


def open_reset_link(page: Page, vocab: Vocabulary, link: str) -> ResetPasswordPage | ResetLinkRefusedPage:
    """Open a reset link from an email: the page to choose the password, or the one saying it
    no longer works."""
    page.goto(link)
    return arrive("opening the reset link", ResetPasswordPage(page, vocab), ResetLinkRefusedPage(page, vocab))


class _Links(HTMLParser):
    """The links of an HTML part: (href, text) in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


def reset_link_of(message: MailMessage, vocab: Vocabulary) -> str:
    """The link a reader of the reset email follows: the HTML part's link named like the page it
    opens (`choose_new_password_title`), which the text part must carry too (as its only URL
    there, for mail programs without HTML)."""
    parser = _Links()
    parser.feed(message.html)
    wanted = exactly(vocab.choose_new_password_title)
    found = [href for href, text in parser.links if wanted.search(text)]
    if len(found) != 1:
        raise AssertionError(
            f"the email {message.subject!r} has {len(found)} links named {vocab.choose_new_password_title!r}:"
            f" {parser.links}"
        )
    if found[0] not in message.text.split():
        raise AssertionError(f"the email {message.subject!r}'s text part lacks the link {found[0]}")
    return found[0]
