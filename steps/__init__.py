"""The one step library of billing-e2e: every step implemented once, phrased in it, de and en."""
