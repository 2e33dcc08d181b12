"""The test control API under /_control/: set up accounts, clocks and faults, reset everything.

- `models`: the pydantic request and response bodies (each field's shape).
- `validation`: the rules that relate fields, the defaults, and `SpecError` (answered 422).
- `service`: the operations (`create_account`, clocks, sessions, faults, reset, ...).
- `serialize`: the mock's state as the response models.
- `openapi`: the OpenAPI document, its schemas generated from the models.
- `api`: the blueprint `bp`, routes only (parse, call the service, serialize).
"""

from .api import bp
from .service import create_account
from .validation import SpecError

__all__ = ["SpecError", "bp", "create_account"]
