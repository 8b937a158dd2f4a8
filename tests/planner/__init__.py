"""Tests of the rules, the checker, the planner, the audit and the scoring."""
