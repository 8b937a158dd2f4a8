"""The reasoning: rulesets as data, the eligibility checker, the CP-SAT planner compiled from
the same rule objects, the audit of a council's documents and the bonus scoring.

This module is the facade the faces (the CLI and the app) import; they import nothing else
of the planner. Inside the planner, modules import each other directly, never this facade.

- `rules/`   rulesets read from data/rules/*.yaml, and the shelf (`RulesetBook`) that says
             which one answers for a proposal year;
- `check/`   the eligibility checker: a verdict with every requirement and its reason;
- `plan/`    the planner of one holder (earliest year, least effort, what-if) and `plan/council/`,
             every holder at once under shared flag quotas;
- `audit/`   a council's proposals and roadmap (PL5) checked row by row, the eligibility sheet;
- `scoring/` the yearly bonus scoring of a block (PL1 + PL2);
- `settings.py` the counting convention and every reading the legal texts leave open.

See docs/rules.md and docs/planner.md.
"""

from planner.audit.document import audit, holder_history
from planner.audit.eligibility_sheet import eligibility_sheet, target_cases, unit_case
from planner.audit.report import AuditReport, AuditRow
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.history_file import read_history
from planner.check.holder import HolderProfile
from planner.check.standing import Standing, plannable_targets, standing
from planner.check.verdict import STATUS_WORDS, VERDICT_LABELS, Verdict
from planner.plan.council.model import Quotas
from planner.plan.council.portfolio import PortfolioRequest, entries_from_dataset, plan_portfolio
from planner.plan.council.result import PortfolioResult
from planner.plan.objective import Progress
from planner.plan.request import PlanError, PlanRequest
from planner.plan.result import Plan, PlanResult
from planner.plan.single import no_plan_words, plan
from planner.plan.whatif import Hypothetical, Scenario, WhatIfAnswer, what_if
from planner.rules.book import RulesetBook, default_book, load_rulesets
from planner.rules.problems import RulesetError
from planner.rules.ruleset import OptionSet, Ruleset, RungRule, Words
from planner.scoring.export import HEADERS as SCORING_RESULT_HEADERS
from planner.scoring.export import SHEETS as SCORING_RESULT_SHEETS
from planner.scoring.export import write_results
from planner.scoring.progress import sender_statuses
from planner.scoring.ranking import ranking
from planner.scoring.round import (
    NoScoringRound,
    ScoringRound,
    criterion_label,
    points_text,
    scoring_blocks,
    scoring_round,
    scoring_years,
)
from planner.scoring.tables import criteria_table, focal_unit_table
from planner.settings import (
    FlagIneligibleRoute,
    SettingError,
    Settings,
    WindowConvention,
    settings_text,
    with_overrides,
)

__all__ = [
    "STATUS_WORDS", "SCORING_RESULT_HEADERS", "SCORING_RESULT_SHEETS", "VERDICT_LABELS",
    "AuditReport", "AuditRow", "FlagIneligibleRoute", "HolderProfile", "Hypothetical",
    "NoRuleError", "NoScoringRound", "OptionSet", "Plan", "PlanError", "PlanRequest",
    "PlanResult", "PortfolioRequest", "PortfolioResult", "Progress", "Quotas", "Ruleset",
    "RulesetBook", "RulesetError", "RungRule", "Scenario", "ScoringRound", "SettingError",
    "Settings", "Standing", "Verdict", "WhatIfAnswer", "WindowConvention", "Words",
    "audit", "check", "criterion_label", "criteria_table", "default_book",
    "eligibility_sheet", "entries_from_dataset", "focal_unit_table", "holder_history",
    "load_rulesets", "no_plan_words", "plan", "plannable_targets", "plan_portfolio",
    "points_text", "ranking",
    "read_history", "scoring_blocks", "scoring_round", "scoring_years", "sender_statuses",
    "settings_text",
    "standing", "target_cases", "unit_case", "what_if", "with_overrides", "write_results",
]
