"""Traceability from the help articles to the scenarios that verify them.

- `matrix`: reads the articles (their parts from `billing_e2e.articles`, each with a stable id such
  as `002.3` or `002.note-2`), the Gherkin features with their `@verifies:<part id>` tags and the
  last results from a JUnit XML file, and writes the traceability matrix as Markdown and HTML.
- `__main__`: `python -m traceability matrix` (or `bin/traceability`).
- `fact_trail`: the fact trail's matrix, facts × observation points (`flows.fact_trail`), written
  to docs/fact-trail.md by `python -m traceability.fact_trail`.

The convention: a scenario (or a whole feature, or a rule) declares each article part it
verifies with a tag `@verifies:<article>.<part>`, e.g. `@verifies:002.3 @verifies:002.note-2`.
`fixtures/traceability_plugin.py` turns these tags into `verifies` markers and rejects ids that
name no part of the articles.
"""

from __future__ import annotations

from billing_e2e.domain import LANGUAGES

__all__ = ["LANGUAGES", "MARKER", "TAG_PREFIX"]

TAG_PREFIX = "verifies:"
"""Gherkin tags `@verifies:<part id>` declare the article parts a scenario verifies."""

MARKER = "verifies"
"""The pytest marker the plugin attaches, one per id: `pytest.mark.verifies("002.3")`."""
# The languages every article part must be covered in: all of `billing_e2e.domain.LANGUAGES`.
