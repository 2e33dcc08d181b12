"""Traceability from the help articles to the scenarios that verify them.

- `articles`: parses a help article (plain text, Markdown or HTML) into its checkable parts, each
  with a stable id: the numbered steps (`002.3`) and the boxes and paragraphs around them
  (`002.intro-1`, `002.note-2`, `000.troubleshooting-1`, `004.result-1`, `002.after-1`).
- `matrix`: reads the articles, the Gherkin features with their `@verifies:<part id>` tags and the
  last results from a JUnit XML file, and writes the traceability matrix as Markdown and HTML.

The convention: a scenario (or a whole feature, or a rule) declares each article part it
verifies with a tag `@verifies:<article>.<part>`, e.g. `@verifies:002.3 @verifies:002.note-2`.
`fixtures/traceability_plugin.py` turns these tags into `verifies` markers and rejects ids that
name no part of the articles. Run `python -m traceability matrix` (or `bin/traceability`).
"""

from __future__ import annotations

TAG_PREFIX = "verifies:"
"""Gherkin tags `@verifies:<part id>` declare the article parts a scenario verifies."""

MARKER = "verifies"
"""The pytest marker the plugin attaches, one per id: `pytest.mark.verifies("002.3")`."""

LANGUAGES = ("it", "de", "en")
"""The languages every article part must be covered in."""
