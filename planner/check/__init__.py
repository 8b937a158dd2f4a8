"""The eligibility checker: holder, achievements, target, year → a verdict that says why."""
