"""The reasoning: rulesets as data, the eligibility checker, the audit (and, later,
the CP-SAT planner, compiled from the same rule objects).

Entry points: planner.checker.check, planner.audit.audit, planner.book.default_book,
planner.settings.Settings; see docs/rules.md.
"""
