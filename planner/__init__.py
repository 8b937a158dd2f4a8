"""The reasoning: rulesets as data, the eligibility checker, the audit (and, later,
the CP-SAT planner, compiled from the same rule objects).

Entry points: planner.check.checker.check, planner.audit.document.audit,
planner.rules.book.default_book, planner.settings.Settings; see docs/rules.md.
"""
