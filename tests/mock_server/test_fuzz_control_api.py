"""Schemathesis over the control API's OpenAPI document: no input gives a 5xx or breaks the schema.

Every operation gets generated bodies and path ids, valid and invalid ones (bounded: a few dozen
examples per operation), sent through Flask's test client with the control token. The checks are
schemathesis's own: no server error, status codes, content types, headers and bodies as
documented, invalid data refused. Only "valid data is accepted" is left out: a body can follow
the schema and still name an account that does not exist (404) or break a rule across fields
that the document states in words (422).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings

from billing_e2e.control_api import ControlApi
from mock_server.control.openapi import openapi_document

from .conftest import CONTROL_TOKEN, contact, subscription

pytestmark = pytest.mark.http

EXAMPLES_PER_OPERATION = 25
OPERATIONS = [(path, method.upper()) for path, item in openapi_document()["paths"].items() for method in sorted(item)]


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_input_gives_a_server_error_or_an_undocumented_answer(
    app: Flask, control: ControlApi, path: str, method: str
) -> None:
    # An account with an active subscription, a fault, and an order: the small ids name real rows.
    control.create_account(
        {
            "kind": "self_service",
            "locale": "en",
            "users": [contact("en")],
            "subscriptions": [subscription("goto-webinar", "standard", 5)],
        }
    )
    control.add_fault(kind="latency", latency_ms=1, path_prefix="/nothing-here")
    schema = schemathesis.openapi.from_dict(openapi_document())
    schema.app = app
    operation = schema[path][method]

    statuses: Counter[int] = Counter()

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck))
    def call(case: Any) -> None:
        response = case.call_and_validate(
            headers={"Authorization": f"Bearer {CONTROL_TOKEN}"},
            excluded_checks=[schemathesis.checks.positive_data_acceptance],
        )
        statuses[response.status_code] += 1

    call()
    # The figures of the reliability table in docs/reliability.md (seen with -s).
    print(f"{method} {path}: {statuses.total()} requests, {dict(sorted(statuses.items()))}")
    assert statuses.total() > 0
    assert not [status for status in statuses if status >= 500]
