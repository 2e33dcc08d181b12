"""What `bin/mutation` puts first on the `PYTHONPATH` of the scenarios it runs, so it reaches the
mock process the harness starts (`python -m mock_server`) without a line of the mock changed.

- `sitecustomize`: in the mock process only: the mutant's copy of the mock imported instead of the
  working tree's, or the mock's lines recorded per scenario (coverage contexts).
"""
