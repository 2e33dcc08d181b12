"""billing-e2e's harness library: everything the scenarios, the article check and the scripts share,
and nothing of pytest.

- `domain`: the languages, billing frequencies, products and hosts, defined once.
- `control_api`: a client of the bundled mock's test control API (`/_control`).
- `factories`: seeded, per-locale test data (people, companies, VAT numbers, test cards).
- `accounts`: the account types of the articles, as control-API specs and as created accounts.
- `situations`: an account for a flow's situation (has the product, cart holds items, trial ended).
- `live_accounts`: accounts of a billing UI the harness does not control (TOML + environment).
- `mailboxes`: one mailbox interface over Mailpit's REST API (or the mock's copy of it) and IMAP.
- `mock_process`: the bundled mock as a real server process (READY line).
- `targets`: the mock or a live UI: addresses, host mapping, the purchase guard.
- `chromium`: which Chromium to launch, with which options.
- `prices`: what the target publishes of its catalog (prices, tier codes, trial length).
- `oracle`: what an order must cost, in Decimal, from the prices and the clock.
"""
