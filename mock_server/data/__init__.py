"""The mock's data layer besides `store`: the SQL of the aggregates that are not billing state.

`mock_server.store` reads and writes the billing state (accounts, users, subscriptions, the
cart, orders, licenses). The modules here hold the other tables' queries, one module per
aggregate: `clocks` (an account's test clock), `sessions`, `faults`, `mail` (the mailbox's
messages), `portal` (the Corporate Billing Portal's User IDs and password-reset links) and
`tables` (the schema as a whole, for the control API's reset). Together with
`db` (connections and transactions) these are the only modules of the mock that run SQL.
"""
