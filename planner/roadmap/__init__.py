"""Roadmaps a planner owns: targets set by hand, named versions, the council plan a
version produced, deadlines under quotas, and the plan against what happened.

- `versions.py`  the changes a face applies to the store: a version made from the
                 letter (PL5 §2), set or remove a target, copy, adopt, keep a plan;
- `targets.py`   a target checked against the rules (above the current rung, a rung
                 the ruleset plans, a by-year the rules can meet) and the roadmap table;
- `council.py`   a version's targets planned as a council, the plan kept as a record;
- `conflicts.py` deadlines the quotas make impossible together, and what each needs;
- `compare.py`   two versions side by side: targets and planned years, and why;
- `tracking.py`  an adopted version's plan against the achievements recorded since;
- `documents.py` the PL5-style appendix of any version, the tracking document.
"""
