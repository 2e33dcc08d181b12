-- The mock billing center's state. Created on start when missing; never dropped on start,
-- so data survives a restart. Money is stored as decimal text (never REAL) and dates as ISO text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS account (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('self_service', 'corporate')),
    country       TEXT NOT NULL,                 -- ISO 3166-1 alpha-2, decides VAT validation
    currency      TEXT NOT NULL CHECK (currency IN ('EUR', 'USD')),
    balance       TEXT NOT NULL DEFAULT '0.00',  -- credit the account holds, never negative
    vat_number    TEXT,
    card_holder   TEXT,                          -- card on file, if any: only what a PSP would keep
    card_last4    TEXT,
    card_expiry   TEXT,                          -- MM/YY
    clock_date    TEXT,                          -- test clock (ISO date); NULL means the real today
    created_at    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS user (
    id                  INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    email               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash       TEXT NOT NULL,
    full_name           TEXT NOT NULL,
    locale              TEXT NOT NULL CHECK (locale <> ''),     -- a language of translations/ (i18n)
    is_billing_contact  INTEGER NOT NULL DEFAULT 0 CHECK (is_billing_contact IN (0, 1))
);

CREATE TABLE IF NOT EXISTS session (
    token       TEXT PRIMARY KEY,
    user_id     INTEGER REFERENCES user (id) ON DELETE CASCADE,  -- NULL: an older mock's anonymous row (swept)
    csrf_token  TEXT NOT NULL,
    locale      TEXT,                                             -- ?lang= override
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS subscription (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    product_code       TEXT NOT NULL,
    tier_code          TEXT NOT NULL,
    licenses           INTEGER NOT NULL CHECK (licenses >= 1),
    frequency          TEXT NOT NULL CHECK (frequency IN ('monthly', 'annual')),
    status             TEXT NOT NULL CHECK (status IN ('active', 'trial')),
    trial_ends_on      TEXT,
    period_start       TEXT NOT NULL,
    next_billing_date  TEXT NOT NULL,
    paid_amount        TEXT NOT NULL DEFAULT '0.00'   -- paid for the current period: the basis of any credit
);

-- A subscription whose renewal was turned off (Cancel Subscription): it stays until expires_on (the
-- period's end when it was cancelled) and has ended from that day on; Reactivate deletes the row.
-- A table of its own rather than a column, so a database file of an older mock gets it on start.
CREATE TABLE IF NOT EXISTS cancellation (
    subscription_id  INTEGER PRIMARY KEY REFERENCES subscription (id) ON DELETE CASCADE,
    account_id       INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    requested_on     TEXT NOT NULL,   -- the account's (test) today
    expires_on       TEXT NOT NULL,   -- the subscription's next billing date when it was cancelled
    requested_by     INTEGER REFERENCES user (id) ON DELETE SET NULL
);

CREATE TABLE IF NOT EXISTS cart_item (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('change', 'new', 'subscribe')),
    subscription_id  INTEGER REFERENCES subscription (id) ON DELETE CASCADE,
    product_code     TEXT NOT NULL,
    tier_code        TEXT NOT NULL,
    licenses         INTEGER NOT NULL CHECK (licenses >= 1),
    frequency        TEXT NOT NULL CHECK (frequency IN ('monthly', 'annual')),
    created_at       TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS purchase_order (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    checkout_token  TEXT NOT NULL UNIQUE,           -- makes Place Order idempotent
    placed_on       TEXT NOT NULL,                  -- the account's (test) today
    placed_at       TEXT NOT NULL,                  -- wall clock, for logs
    currency        TEXT NOT NULL,
    plan_total      TEXT NOT NULL,
    credit_total    TEXT NOT NULL,
    balance_used    TEXT NOT NULL,
    total_due       TEXT NOT NULL,
    balance_after   TEXT NOT NULL,
    vat_number      TEXT,
    card_last4      TEXT,
    placed_by       INTEGER REFERENCES user (id) ON DELETE SET NULL
);

CREATE TABLE IF NOT EXISTS order_line (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    subscription_id   INTEGER REFERENCES subscription (id) ON DELETE SET NULL,
    kind              TEXT NOT NULL,
    product_code      TEXT NOT NULL,
    old_tier_code     TEXT,
    old_licenses      INTEGER,
    old_frequency     TEXT,
    tier_code         TEXT NOT NULL,
    licenses          INTEGER NOT NULL,
    frequency         TEXT NOT NULL,
    plan_cost         TEXT NOT NULL,
    credit            TEXT NOT NULL,
    period_start      TEXT NOT NULL,
    period_end        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS license_assignment (
    user_id          INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    subscription_id  INTEGER NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, subscription_id)
);

CREATE TABLE IF NOT EXISTS corporate_request (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES user (id) ON DELETE SET NULL,
    topic       TEXT NOT NULL,
    message     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS fault (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER REFERENCES account (id) ON DELETE CASCADE,  -- NULL: any request
    kind         TEXT NOT NULL CHECK (kind IN ('http_error', 'latency', 'card_declined')),
    status_code  INTEGER,
    latency_ms   INTEGER,
    path_prefix  TEXT NOT NULL DEFAULT '/',
    remaining    INTEGER                                              -- NULL: until deleted
);

-- The embedded SMTP sink's mailbox, served through a Mailpit-shaped API.
CREATE TABLE IF NOT EXISTS mail_message (
    id          TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL,
    sender      TEXT NOT NULL,
    recipients  TEXT NOT NULL,   -- JSON list of addresses, as given in the SMTP envelope
    subject     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    is_read     INTEGER NOT NULL DEFAULT 0,
    raw         BLOB NOT NULL
);

-- Emails the mock sends (the outbox): written in the transaction of the order or trial they are
-- about, delivered afterwards by `outbox`, retried until the SMTP server takes them.
CREATE TABLE IF NOT EXISTS outbox (
    id               INTEGER PRIMARY KEY,
    message_id       TEXT NOT NULL UNIQUE,   -- the Message-ID header, without angle brackets: stable across retries
    about            TEXT NOT NULL,          -- what it confirms: "order BC-…" or "trial 12"
    mail_from        TEXT NOT NULL,
    rcpt_to          TEXT NOT NULL,          -- JSON list of envelope recipients
    raw              BLOB NOT NULL,          -- the message exactly as it is sent, every attempt
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,          -- ISO UTC; due when it is past
    claimed_until    TEXT,                   -- a sender is delivering it until then
    delivered_at     TEXT,                   -- NULL until the SMTP server accepted it
    last_error       TEXT
);

-- Failed sign-ins of the last window, counted per account (the email tried) and per client
-- (its address): enough of either throttles sign-in (429) until the oldest leaves the window.
CREATE TABLE IF NOT EXISTS signin_failure (
    id           INTEGER PRIMARY KEY,
    account_key  TEXT NOT NULL,   -- the email tried, case-folded (whether or not a user has it)
    client_key   TEXT NOT NULL,   -- the client's address
    at           TEXT NOT NULL    -- ISO UTC
);

CREATE INDEX IF NOT EXISTS subscription_by_account ON subscription (account_id);
CREATE INDEX IF NOT EXISTS cart_by_account ON cart_item (account_id);
CREATE INDEX IF NOT EXISTS order_by_account ON purchase_order (account_id);
CREATE INDEX IF NOT EXISTS mail_by_created ON mail_message (created_at);
CREATE INDEX IF NOT EXISTS mail_by_message_id ON mail_message (message_id);
CREATE INDEX IF NOT EXISTS signin_failure_by_account ON signin_failure (account_key, at);
CREATE INDEX IF NOT EXISTS signin_failure_by_client ON signin_failure (client_key, at);
CREATE INDEX IF NOT EXISTS session_by_expiry ON session (expires_at);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL;

-- Keys the server signs with (the anonymous visitor's cookie), made at the first start and kept
-- with the state: a form loaded before a restart still works afterwards, as on a real service.
CREATE TABLE IF NOT EXISTS server_secret (
    name   TEXT PRIMARY KEY,
    value  BLOB NOT NULL
);

-- A renewal: a subscription's next period charged when the account's clock reaches its billing date
-- (`renewals`). An order-like entry of the billing history with an invoice of its own; kept apart
-- from purchase_order because no one placed it (no checkout, no confirmation email).
CREATE TABLE IF NOT EXISTS renewal (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,          -- the invoice number, RN-<billing date>-<id>
    account_id       INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    subscription_id  INTEGER REFERENCES subscription (id) ON DELETE SET NULL,
    billed_on        TEXT NOT NULL,                 -- the billing date it renewed on (the period's start)
    currency         TEXT NOT NULL,
    product_code     TEXT NOT NULL,
    tier_code        TEXT NOT NULL,
    licenses         INTEGER NOT NULL,
    frequency        TEXT NOT NULL,
    plan_cost        TEXT NOT NULL,
    balance_used     TEXT NOT NULL,
    total_due        TEXT NOT NULL,                 -- charged to the card
    balance_after    TEXT NOT NULL,
    period_start     TEXT NOT NULL,
    period_end       TEXT NOT NULL,
    vat_number       TEXT,
    card_last4       TEXT,                          -- the card on file it was charged to (NULL: the balance paid it all)
    UNIQUE (subscription_id, period_start)
);

CREATE INDEX IF NOT EXISTS renewal_by_account ON renewal (account_id);
-- Sign-in help (article 008): the Corporate Billing Portal's own User ID of a billing contact of a
-- corporate account (only they have one: "Invalid User ID" means "not a billing contact"). The
-- password is the user's own (`user.password_hash`), so a reset changes it everywhere.
CREATE TABLE IF NOT EXISTS portal_login (
    user_id   INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
    login_id  TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- Forgot Password? links: the link carries `<selector>.<secret>`; only the secret's SHA-256 is
-- kept (a copy of the database cannot reset anyone's password), found by the selector and
-- compared in constant time. A link works once (used_at), until the end of valid_until (the
-- account's today, so the control API's clock expires it), and a newer link revokes older ones.
CREATE TABLE IF NOT EXISTS password_reset (
    id             INTEGER PRIMARY KEY,
    selector       TEXT NOT NULL UNIQUE,
    secret_sha256  TEXT NOT NULL,
    user_id        INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    requested_on   TEXT NOT NULL,   -- the account's (test) today
    valid_until    TEXT NOT NULL,   -- the last day (the account's today) it works
    created_at     TEXT NOT NULL,   -- wall clock: how many were sent lately (a flood of emails is refused)
    used_at        TEXT,            -- set when the new password was saved
    revoked_at     TEXT             -- set when a newer link was sent
);
CREATE INDEX IF NOT EXISTS password_reset_by_user ON password_reset (user_id, created_at);
