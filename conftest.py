"""billing-e2e's pytest wiring: the harness plugins and the one step library, loaded for every test.

Step modules are loaded as plugins (pytest-bdd finds step definitions through fixtures, which a
plain import into a test module would not register); the plugins adapt pytest-playwright and add
the harness's targets, data and reporting.
"""

pytest_plugins = [
    "fixtures.targets",
    "fixtures.preflight",
    "fixtures.workers",
    "fixtures.browser",
    "fixtures.scenario",
    "fixtures.reporting",
    "fixtures.outcomes",
    "fixtures.accessibility",
    "fixtures.structure",
    "fixtures.traceability_plugin",
    "tools.shard_record",
    "steps.account_steps",
    "steps.subscription_steps",
    "steps.checkout_steps",
    "steps.mail_steps",
    "steps.wizard_steps",
    "steps.failure_steps",
]
