"""The mock's mailbox: an embedded SMTP sink, and a Mailpit-shaped REST API over what it received.

- `sink`: `SmtpSink`, a real SMTP server (aiosmtpd) that stores every message it accepts in the
  `mail_message` table (queries in `data.mail`). It answers 250 only once the message is
  committed, so a client whose `send_message` has returned can read the message at once: tests
  never need to sleep or poll.
- `messages`: a stored MIME message read into Mailpit's fields (addresses, text and HTML parts,
  attachments, snippet, search text).
- `search`: Mailpit's search language.
- `api`: the blueprint `bp`.

`bp` serves that table under `/mailbox/api/v1` with the endpoints, field names and JSON shapes
of Mailpit's REST API v1 (https://mailpit.axllent.org/docs/api-v1/; checked against the
`server/apiv1` and `internal/storage` code of github.com/axllent/mailpit), so one harness-side
client reads either this mailbox (base URL `http://host:port/mailbox`) or a real Mailpit
(`http://mailpit:8025`):

- `GET    /messages?start=&limit=`        summaries, newest first
- `DELETE /messages`                      body `{"IDs": [...]}`; no body or no IDs: delete all
- `GET    /message/<ID>`                  the full message (Text, HTML, ...); marks it read
- `GET    /message/<ID>/raw`              the source as text/plain (`?dl=1` as an .eml download)
- `GET    /message/<ID>/headers`          headers as `{"Name": ["value", ...]}`
- `GET    /message/<ID>/part/<PartID>`    one MIME part (attachments, inline images)
- `GET    /search?query=&start=&limit=`   Mailpit's search syntax, shaped like /messages
- `DELETE /search?query=`                 delete what a search finds

`<ID>` may be `latest` (optionally with `?query=` to take the newest match), as in Mailpit.
Like Mailpit, the sink adds `Return-Path` from the envelope sender, a `Message-ID` if there is
none, and a `Bcc` header for envelope recipients the headers do not name.

Where this mailbox knowingly differs from Mailpit: errors are JSON (`{"Error": ..., "error": ...,
"detail": ..., "status": ...}`, Mailpit answers plain text), a malformed `start`/`limit` is a 400
(Mailpit silently falls back to 0/50), a malformed `DELETE /messages` body is a 400 (Mailpit
then deletes everything), there are no tags (`tags`/`Tags` are always empty), and dates in
`before:`/`after:` searches are ISO 8601 only, read in UTC unless `?tz=` names a zone.
"""

from .api import API_PREFIX, bp
from .sink import SmtpSink

__all__ = ["API_PREFIX", "SmtpSink", "bp"]
