"""What a user sees of a fact that no page object's own query returns: the language a page or an
HTML email declares (what a screen reader speaks it in, and what a browser offers to translate
from), and the VAT number the Payment Method page keeps on file. The fact trail
(`flows.fact_trail`) reads them here, so it reads nothing of a page itself."""

from __future__ import annotations

from html.parser import HTMLParser

from .base import BasePage, Facts
from .payment_method import PaymentMethodPage


def declared_language(page: BasePage) -> str:
    """The language the page the browser shows declares (its document's `lang`), "" if none."""
    declared = page.page.evaluate("document.documentElement.lang")
    return declared if isinstance(declared, str) else ""


class _RootLanguage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.language = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.language = dict(attrs).get("lang") or ""


def html_language(html: str) -> str:
    """The language an HTML document (an email's HTML part) declares on its root, "" if none."""
    parser = _RootLanguage()
    parser.feed(html)
    parser.close()
    return parser.language


def vat_number_on_file(page: PaymentMethodPage) -> str | None:
    """The VAT number the Payment Method page shows on file, None when it shows none."""
    shown = Facts(page.on_file, f"the {page.vocab.payment_method_on_file} region").get(page.vocab.vat_number)
    return " ".join(shown.split()) if shown else None
