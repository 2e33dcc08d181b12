"""`python -m article_check articles check …`: the same as the `billing-e2e` command."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
