"""The "no control labelled …" hint of a failed step (fixtures/outcomes.py) is given only where
the control is really missing: a control that is there but shows something else is not called
renamed (seen: "no region labelled 'Order Summary'; the page shows 'Order Summary'")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from fixtures.outcomes import _label_hint
from pages.base import exactly
from pages.vocabulary import Vocabulary

pytestmark = pytest.mark.harness

# pytest-playwright's own `page` (a second Playwright in a worker that runs scenarios too would
# clash with its session Playwright).
SUMMARY = """<main><section aria-labelledby="s"><h2 id="s">Order Summary</h2>
<dl><dt>Billing frequency</dt><dd>Monthly</dd></dl></section><button>Place Order</button></main>"""


def failure(check: Callable[[], None]) -> AssertionError:
    with pytest.raises(AssertionError) as caught:
        check()
    return caught.value


def test_a_missing_control_is_named_with_the_labels_the_page_shows(page: Page) -> None:
    page.set_content(SUMMARY)
    vocab = Vocabulary.for_locale("en")
    error = failure(
        lambda: expect(page.get_by_role("button", name=exactly("Place the Order"))).to_be_visible(timeout=300)
    )
    hint = _label_hint(page, vocab, error)
    assert hint is not None
    assert hint.startswith("no button labelled \"Place the Order\"; the page shows 'Place Order'"), hint


def test_a_control_that_is_there_but_shows_other_text_gets_no_hint(page: Page) -> None:
    page.set_content(SUMMARY)
    vocab = Vocabulary.for_locale("en")
    region = page.get_by_role("region", name=exactly(vocab.order_summary))
    error = failure(
        lambda: expect(region.get_by_role("definition").nth(0)).to_have_text(exactly("Annual"), timeout=300)
    )
    assert "Order\\s+Summary" in str(error)  # Playwright's message names the region's locator
    assert _label_hint(page, vocab, error) is None
