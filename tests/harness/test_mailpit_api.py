"""The Mailpit reader and the mock's Mailpit-shaped mailbox, checked against Mailpit's own
published API description (data/mailpit-swagger.json, see data/README.md): the routes and query
parameters the reader uses exist there, the fields it reads are in Mailpit's schemas with the
types it expects, and what the mock's mailbox answers has Mailpit's shape (no field Mailpit does
not have, each of the type Mailpit gives it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from billing_e2e.mock_process import MockServer
from mock_server.mailer import send_mail

pytestmark = pytest.mark.harness

SWAGGER = json.loads((Path(__file__).parent / "data" / "mailpit-swagger.json").read_text(encoding="utf-8"))
JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool,
}  # fmt: skip
# Where the mock's search answer departs from Mailpit's today: a field Mailpit's MessagesSummary
# does not have (the reader ignores it). Listed exactly, so the test fails when the mock changes.
MOCK_SEARCH_EXTRAS = ["search.count: not in Mailpit's schema"]
# What billing_e2e.mailboxes.MailpitMailbox reads, per schema: field → type.
READ_FROM = {
    "MessagesSummary": {"messages": "array", "messages_count": "integer"},
    "MessageSummary": {"ID": "string", "To": "array"},
    "Message": {"ID": "string", "Subject": "string", "From": "object", "To": "array", "Date": "string",
                "Text": "string", "HTML": "string"},
    "Address": {"Address": "string"},
}  # fmt: skip


def definition(name: str) -> dict[str, Any]:
    found: dict[str, Any] = SWAGGER["definitions"][name]
    return found


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = definition(schema["$ref"].rsplit("/", 1)[1])
    return schema


def shape_problems(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """Where `value` departs from `schema`: a type Mailpit does not give, a field it does not have."""
    schema = resolve(schema)
    kind = schema.get("type")
    if kind is None or (value is None and kind in ("array", "object")):
        return []  # Go's nil slices and maps are null in Mailpit's JSON
    if not isinstance(value, JSON_TYPES[kind]) or (kind == "integer" and isinstance(value, bool)):
        return [f"{where}: {type(value).__name__}, Mailpit's is {kind}"]
    problems: list[str] = []
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                problems.append(f"{where}.{key}: not in Mailpit's schema")
            else:
                problems.extend(shape_problems(item, schema["properties"][key], f"{where}.{key}"))
    if isinstance(value, list):
        for index, item in enumerate(value):
            problems.extend(shape_problems(item, schema.get("items", {}), f"{where}[{index}]"))
    return problems


def route(path: str) -> dict[str, Any]:
    found: dict[str, Any] = SWAGGER["paths"][path]["get"]
    return found


def test_the_routes_and_parameters_the_reader_uses_are_mailpits() -> None:
    search = route("/api/v1/search")
    assert {"query", "start", "limit"} <= {parameter["name"] for parameter in search["parameters"]}
    assert search["responses"]["200"] == {"$ref": "#/responses/MessagesSummaryResponse"}
    assert SWAGGER["responses"]["MessagesSummaryResponse"]["schema"] == {"$ref": "#/definitions/MessagesSummary"}
    message = route("/api/v1/message/{ID}")
    assert message["responses"]["200"]["schema"] == {"$ref": "#/definitions/Message"}
    assert resolve(definition("MessagesSummary")["properties"]["messages"]["items"]) == definition("MessageSummary")
    # The reader pages with it: the matches of the query, not the whole mailbox.
    counted = definition("MessagesSummary")["properties"]["messages_count"]["description"]
    assert counted == "Total number of messages matching current query"


@pytest.mark.parametrize("schema", sorted(READ_FROM))
def test_the_fields_the_reader_reads_are_in_mailpits_schemas(schema: str) -> None:
    properties = definition(schema)["properties"]
    for field, kind in READ_FROM[schema].items():
        assert field in properties, f"{schema}.{field}"
        assert resolve(properties[field]).get("type") == kind, f"{schema}.{field}"


def get(url: str) -> Any:
    with urlopen(url, timeout=10) as response:  # noqa: S310 - the test's own mock
        return json.load(response)


def test_the_mocks_mailbox_answers_in_mailpits_shape(mock: MockServer) -> None:
    assert mock.smtp is not None
    host, port = mock.smtp
    address = "shape.check@example.test"
    send_mail(
        smtp_host=host, smtp_port=port, sender="GoTo Billing Center <no-reply@billing.goto.com>", to=address,
        subject="Shape", text="plain", html="<p>html</p>",
    )  # fmt: skip
    query = urlencode({"query": f'to:"{address}"', "start": 0, "limit": 10})
    found = get(f"{mock.mailbox_url}/api/v1/search?{query}")
    assert shape_problems(found, definition("MessagesSummary"), "search") == MOCK_SEARCH_EXTRAS
    assert found["messages_count"] == 1
    [summary] = found["messages"]
    message = get(f"{mock.mailbox_url}/api/v1/message/{summary['ID']}")
    assert shape_problems(message, definition("Message"), "message") == []
    assert message["Subject"] == "Shape"
    assert [to["Address"] for to in message["To"]] == [address]
