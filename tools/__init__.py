"""The project's tooling, on top of everything else (nothing below imports it): campaigns and
measurements run as documented commands (`bin/`), with a bounded slice of each in the tests.

- `benchmark`: `bin/benchmark`: how fast the harness is and where its time goes.
- `timings`: pytest plugin (`-p tools.timings --timings FILE`): a scenario's time, for the benchmark.
- `direct`: the same flows written directly in Playwright, the benchmark's other side of a pair.
- `shards`: `bin/shard-balance` and `bin/merge-shards`: sharding with pytest-split, merged reports.
- `shard_record`: pytest plugin: a shard's record, for bin/merge-shards.
- `campaign`: what the campaigns share: a pytest run and its results, the report rewritten after
  each item, `--resume`, the exit codes.
- `sensitivity`: `bin/sensitivity`: the scenarios against every catalogued defect.
- `mutation`: `bin/mutation`: sampled mutants of the mock's rules, views and templates, each against
  the scenarios that reach it.
- `mutation_context`: pytest plugin: the running scenario's id for the mock's coverage (bin/mutation).
- `mutation_mock_tests`: pytest plugin: coverage per test of the mock's HTTP tests (`bin/mutation --mock-tests`).
- `mutation_probe`: what bin/mutation puts on the mock's `PYTHONPATH`: the mutant's copy, coverage.
- `harmless`: `bin/harmless`: the whole suite against every catalogued harmless release (must stay green).
- `flake_hunt`: `bin/flake-hunt`: the suite N times in random order.
- `crash_campaign`: `bin/crash-campaign`: kill -9 the mock while orders are placed.
- `published_articles`: `bin/published-articles`: the article check scored on published help articles.
- `step_phrasings_to_data`: moves steps phrased in the code (`@given(it=…)`) into `steps/phrasings/`.
- `sign_in`: signing in to the mock over HTTP, as a browser does (the campaigns and the mock's tests).
"""
