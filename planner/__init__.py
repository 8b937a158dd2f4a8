"""The reasoning: rulesets as data, the eligibility checker, the CP-SAT planner compiled from
the same rule objects, the audit of a council's documents and the bonus scoring.

This module is the facade the faces (the CLI and the app) import; they import nothing else
of the planner. Inside the planner, modules import each other directly, never this facade.

- `rules/`   rulesets read from data/rules/*.yaml, and the shelf (`RulesetBook`) that says
             which one answers for a proposal year; case books (expected answers) read;
- `check/`   the eligibility checker: a verdict with every requirement and its reason;
- `plan/`    the planner of one holder (earliest year, least effort, what-if) and `plan/council/`,
             every holder at once under shared flag quotas;
- `roadmap/` roadmaps a planner owns: targets, named versions and their council plans,
             deadline conflicts under quotas, two versions compared, the plan against actual;
- `audit/`   a council's proposals and roadmap (PL5) checked row by row, the eligibility sheet,
             a case book run against a ruleset, two rulesets compared on the council;
- `scoring/` the yearly bonus scoring of a block (PL1 + PL2);
- `settings.py` the counting convention and every reading the legal texts leave open.

See docs/rules.md and docs/planner.md.

Each name is imported when first used (PEP 562): `khencao --help` and the commands that
do not plan must not pay for OR-Tools, pandas or openpyxl (tests/ui/test_startup.py).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

# The subpackages first (their __init__ hold only a docstring): importing one binds it
# to its name here, and three of them share a name with a function of the facade
# (`audit`, `check`, `plan`); once loaded they are never bound again, and the names
# below go to the functions.
for _shadowed in ("audit", "check", "plan"):
    importlib.import_module(f"{__name__}.{_shadowed}")

# name → (module, name in that module)
_EXPORTS: dict[str, tuple[str, str]] = {
    "SCORING_RESULT_SHEETS": ("planner.scoring.export", "SHEETS"),
    "VERDICT_LABELS": ("planner.check.verdict", "VERDICT_LABELS"),
    "settings_text": ("planner.settings", "settings_text"),
    "audit": ("planner.audit.document", "audit"),
    "holder_history": ("planner.audit.document", "holder_history"),
    "holder_record": ("planner.audit.document", "holder_record"),
    "eligibility_sheet": ("planner.audit.eligibility_sheet", "eligibility_sheet"),
    "target_cases": ("planner.audit.eligibility_sheet", "target_cases"),
    "unit_case": ("planner.audit.eligibility_sheet", "unit_case"),
    "YEAR_LIST_GROUPS": ("planner.audit.year_groups", "GROUPS"),
    "YEAR_LIST_GROUP_WORDS": ("planner.audit.year_groups", "GROUP_WORDS"),
    "YearList": ("planner.audit.year_list", "YearList"),
    "year_list": ("planner.audit.year_list", "year_list"),
    "year_list_document": ("planner.audit.year_list", "year_list_document"),
    "AuditReport": ("planner.audit.report", "AuditReport"),
    "CaseBookReport": ("planner.audit.casebook", "CaseBookReport"),
    "CaseResult": ("planner.audit.casebook", "CaseResult"),
    "run_casebook": ("planner.audit.casebook", "run_casebook"),
    "RulesetDiff": ("planner.audit.ruleset_diff", "RulesetDiff"),
    "diff_rulesets": ("planner.audit.ruleset_diff", "diff_rulesets"),
    "AuditRow": ("planner.audit.report", "AuditRow"),
    "check": ("planner.check.checker", "check"),
    "NoRuleError": ("planner.check.evaluation", "NoRuleError"),
    "RuleNotEnteredError": ("planner.check.evaluation", "RuleNotEnteredError"),
    "read_history": ("planner.check.history_file", "read_history"),
    "HolderProfile": ("planner.check.holder", "HolderProfile"),
    "Standing": ("planner.check.standing", "Standing"),
    "plannable_targets": ("planner.check.standing", "plannable_targets"),
    "standing": ("planner.check.standing", "standing"),
    "STATUS_WORDS": ("planner.check.verdict", "STATUS_WORDS"),
    "Verdict": ("planner.check.verdict", "Verdict"),
    "Quotas": ("planner.plan.council.model", "Quotas"),
    "PortfolioRequest": ("planner.plan.council.portfolio", "PortfolioRequest"),
    "entries_from_dataset": ("planner.plan.council.portfolio", "entries_from_dataset"),
    "plan_portfolio": ("planner.plan.council.portfolio", "plan_portfolio"),
    "PortfolioResult": ("planner.plan.council.result", "PortfolioResult"),
    "replan_portfolio": ("planner.plan.council.replan", "replan_portfolio"),
    "unreached_reason": ("planner.plan.council.explain", "unreached_reason"),
    "with_entry": ("planner.plan.council.replan", "with_entry"),
    "Progress": ("planner.plan.objective", "Progress"),
    "PlanProgress": ("planner.plan.single", "PlanProgress"),
    "PlanError": ("planner.plan.request", "PlanError"),
    "PlanRequest": ("planner.plan.request", "PlanRequest"),
    "Plan": ("planner.plan.result", "Plan"),
    "PlanResult": ("planner.plan.result", "PlanResult"),
    "no_plan_words": ("planner.plan.single", "no_plan_words"),
    "plan": ("planner.plan.single", "plan"),
    "Hypothetical": ("planner.plan.whatif", "Hypothetical"),
    "Scenario": ("planner.plan.whatif", "Scenario"),
    "WhatIfAnswer": ("planner.plan.whatif", "WhatIfAnswer"),
    "what_if": ("planner.plan.whatif", "what_if"),
    "DeadlineConflict": ("planner.roadmap.conflicts", "DeadlineConflict"),
    "VersionComparison": ("planner.roadmap.compare", "VersionComparison"),
    "compare_versions": ("planner.roadmap.compare", "compare_versions"),
    "VersionPlan": ("planner.roadmap.council", "VersionPlan"),
    "plan_version": ("planner.roadmap.council", "plan_version"),
    "tracking_document": ("planner.roadmap.documents", "tracking_document"),
    "version_appendix": ("planner.roadmap.documents", "version_appendix"),
    "TargetRow": ("planner.roadmap.targets", "TargetRow"),
    "check_target": ("planner.roadmap.targets", "check_target"),
    "roadmap_table": ("planner.roadmap.targets", "roadmap_table"),
    "Tracking": ("planner.roadmap.tracking", "Tracking"),
    "track_version": ("planner.roadmap.tracking", "track_version"),
    "VersionError": ("planner.roadmap.versions", "VersionError"),
    "adopt_change": ("planner.roadmap.versions", "adopt_change"),
    "copy_change": ("planner.roadmap.versions", "copy_change"),
    "find_version": ("planner.roadmap.versions", "find_version"),
    "letter_version": ("planner.roadmap.versions", "letter_version"),
    "new_version_change": ("planner.roadmap.versions", "new_version_change"),
    "plan_change": ("planner.roadmap.versions", "plan_change"),
    "remove_target_change": ("planner.roadmap.versions", "remove_target_change"),
    "remove_version_change": ("planner.roadmap.versions", "remove_change"),
    "target_change": ("planner.roadmap.versions", "target_change"),
    "RulesetBook": ("planner.rules.book", "RulesetBook"),
    "default_book": ("planner.rules.book", "default_book"),
    "load_rulesets": ("planner.rules.book", "load_rulesets"),
    "CaseBook": ("planner.rules.casebook", "CaseBook"),
    "CaseBookError": ("planner.rules.casebook", "CaseBookError"),
    "casebook_files": ("planner.rules.casebook", "casebook_files"),
    "read_casebook": ("planner.rules.casebook", "read_casebook"),
    "check_ruleset_data": ("planner.rules.files", "check_ruleset_data"),
    "load_ruleset": ("planner.rules.files", "load_ruleset"),
    "cited_requirements": ("planner.rules.office", "cited_requirements"),
    "copied": ("planner.rules.office", "copied"),
    "load_shelf": ("planner.rules.office", "load_shelf"),
    "office_rules_dir": ("planner.rules.office", "office_rules_dir"),
    "ruleset_yaml": ("planner.rules.office", "ruleset_yaml"),
    "unquoted_verified": ("planner.rules.office", "unquoted_verified"),
    "write_ruleset": ("planner.rules.office", "write_ruleset"),
    "RulesetError": ("planner.rules.problems", "RulesetError"),
    "RulesetProblem": ("planner.rules.problems", "RulesetProblem"),
    "Cited": ("planner.rules.ruleset", "Cited"),
    "OptionSet": ("planner.rules.ruleset", "OptionSet"),
    "Ruleset": ("planner.rules.ruleset", "Ruleset"),
    "RungRule": ("planner.rules.ruleset", "RungRule"),
    "Route": ("planner.rules.ruleset", "Route"),
    "Continuity": ("planner.rules.ruleset", "Continuity"),
    "Words": ("planner.rules.ruleset", "Words"),
    "SCORING_RESULT_HEADERS": ("planner.scoring.export", "HEADERS"),
    "write_results": ("planner.scoring.export", "write_results"),
    "sender_statuses": ("planner.scoring.progress", "sender_statuses"),
    "ranking": ("planner.scoring.ranking", "ranking"),
    "NoScoringRound": ("planner.scoring.round", "NoScoringRound"),
    "ScoringRound": ("planner.scoring.round", "ScoringRound"),
    "criterion_label": ("planner.scoring.round", "criterion_label"),
    "points_text": ("planner.scoring.round", "points_text"),
    "scoring_blocks": ("planner.scoring.round", "scoring_blocks"),
    "scoring_round": ("planner.scoring.round", "scoring_round"),
    "scoring_years": ("planner.scoring.round", "scoring_years"),
    "criteria_table": ("planner.scoring.tables", "criteria_table"),
    "focal_unit_table": ("planner.scoring.tables", "focal_unit_table"),
    "FlagIneligibleRoute": ("planner.settings", "FlagIneligibleRoute"),
    "SettingError": ("planner.settings", "SettingError"),
    "Settings": ("planner.settings", "Settings"),
    "WindowConvention": ("planner.settings", "WindowConvention"),
    "with_overrides": ("planner.settings", "with_overrides"),
}

__all__ = sorted(_EXPORTS)

for _shadowed in ("audit", "check", "plan"):
    del sys.modules[__name__].__dict__[_shadowed]


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
