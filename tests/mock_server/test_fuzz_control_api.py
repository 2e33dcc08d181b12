"""Schemathesis over the control API's OpenAPI document: no input gives a 5xx or breaks the schema.

Every operation gets generated bodies and path ids, valid and invalid ones (bounded: a few dozen
examples per operation), sent through Flask's test client with the control token. The checks are
schemathesis's own: no server error, status codes, content types, headers and bodies as
documented, invalid data refused. Only "valid data is accepted" is left out: a body can follow
the schema and still name an account that does not exist (404) or break a rule across fields
that the document states in words (422).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings

from mock_server.control.openapi import openapi_document

from .conftest import CONTROL_TOKEN

pytestmark = pytest.mark.http

EXAMPLES_PER_OPERATION = 25
OPERATIONS = [(path, method.upper()) for path, item in openapi_document()["paths"].items() for method in sorted(item)]


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_input_gives_a_server_error_or_an_undocumented_answer(app: Flask, path: str, method: str) -> None:
    schema = schemathesis.openapi.from_dict(openapi_document())
    schema.app = app
    operation = schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck))
    def call(case: Any) -> None:
        case.call_and_validate(
            headers={"Authorization": f"Bearer {CONTROL_TOKEN}"},
            excluded_checks=[schemathesis.checks.positive_data_acceptance],
        )

    call()
