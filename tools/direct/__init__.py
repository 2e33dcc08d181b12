"""The same flows written directly in Playwright, no pytest and no page objects: the other side of
the benchmark's pairs (`common` is what both sides need equally; a module per flow)."""
