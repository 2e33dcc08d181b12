"""billing-e2e's pytest wiring lives in plugins, not here.

`fixtures.loader` (`-p fixtures.loader` in pyproject.toml) loads the harness's plugins, the step
library and the third-party plugins the scenarios need, before pytest parses the command line,
and none of them with `--quick`: a plugin list here would load Playwright and Allure for every
test of the mock. Fixtures that only some tests need live in the conftest of their folder.
"""
