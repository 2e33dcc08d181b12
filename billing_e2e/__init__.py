"""billing-e2e's base: what the scenarios, the page objects, the article check and the tools share,
with nothing of pytest, of the page objects or of the mock's code (import-linter's contracts in
pyproject.toml; tests/test_architecture.py runs them).

- `domain`: the languages, billing frequencies, products and hosts, defined once.
- `formats`: what pages and emails show, per locale, with Babel: money, long dates, counts.
- `articles`: a help article's text parsed into its parts (steps, boxes, paragraphs) with stable ids.
- `control_api`: a client of the bundled mock's test control API (`/_control`).
- `factories`: seeded, per-locale test data (people, companies, VAT numbers, test cards).
- `vat_formats`: the EU VAT number formats per member state, the harness's own table, with check digits.
- `accounts`: the account types of the articles, as control-API specs and as created accounts.
- `situations`: an account for a flow's situation (has the product, cart holds items, trial ended).
- `live_accounts`: accounts of a billing UI the harness does not control (TOML + environment).
- `mailboxes`: one mailbox interface over Mailpit's REST API (or the mock's copy of it), MailDev and IMAP.
- `mock_process`: the bundled mock as a real server process (READY line).
- `targets`: the mock or a live UI: addresses, host mapping, the purchase guard.
- `chromium`: which Chromium to launch, with which options.
- `remote_browsers`: browsers that run elsewhere (a Playwright server or CDP), and their host mapping.
- `prices`: what the target publishes of its catalog (prices, tier codes, trial length).
- `oracle`: what an order must cost, in Decimal, from the prices and the clock.
"""
