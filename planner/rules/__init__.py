"""Rulesets as data: what each rung of the ladder needs, the files they are read from, and the shelf
that says which ruleset answers for a proposal year."""
