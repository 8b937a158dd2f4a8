"""The planning assumptions, read from data/planning.yaml.

Which awards exclude each other in a year, which award needs another in its year,
and what each award costs in effort are practice, not law, and an office may see
them otherwise: so they are data, each with the reason it is assumed, and the code
keeps only the names of the settings that switch them (planner/settings.py). The
file is checked whole on load, as a ruleset is: every problem names the file, the
line and the path within the YAML.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from pathlib import Path

from pydantic import Field, NonNegativeInt, ValidationError

from graph.catalogue import Catalogue, default_catalogue
from graph.datafiles import data_dir
from planner.rules.files import Path_, line_of, read_yaml, render_path, schema_problems
from planner.rules.problems import RulesetError, RulesetProblem
from planner.rules.ruleset import RuleModel

PLANNING_FILE = "planning.yaml"

Why = Field(min_length=1, description="why the assumption is made, and its source")


class OneOfAYear(RuleModel):
    codes: tuple[str, ...] = Field(min_length=2)
    why: str = Why


class OnlyWith(RuleModel):
    code: str
    with_: str = Field(alias="with")
    why: str = Why


class EffortWeights(RuleModel):
    weights: dict[str, NonNegativeInt]
    why: str = Why


class PlanningAssumptions(RuleModel):
    """Each group keyed by the name of the setting that switches it on."""

    one_of_a_year: dict[str, OneOfAYear] = {}
    only_with: dict[str, OnlyWith] = {}
    effort: EffortWeights

    def exclusive_each_year(self, enabled: Collection[str]) -> list[tuple[str, ...]]:
        return [group.codes for name, group in self.one_of_a_year.items() if name in enabled]

    def same_year_companions(self, enabled: Collection[str]) -> dict[str, str]:
        return {rule.code: rule.with_ for name, rule in self.only_with.items() if name in enabled}


def load_assumptions(
    path: Path, toggles: Collection[str], catalogue: Catalogue | None = None
) -> PlanningAssumptions:
    """The assumptions of `path`; `toggles` are the settings that may switch one.
    Raises RulesetError listing every problem of the file."""
    catalogue = catalogue or default_catalogue()
    raw, lines = read_yaml(path)
    try:
        assumptions = PlanningAssumptions.model_validate(raw)
    except ValidationError as error:
        raise RulesetError(schema_problems(error, raw, lines, path.name)) from error
    problems: list[RulesetProblem] = []

    def problem(where: Path_, reason: str, value: object, **params: str) -> None:
        problems.append(
            RulesetProblem(
                reason=reason,
                file=path.name,
                row=line_of(lines, where),
                field=render_path(where),
                value=str(value),
                params=params,
            )
        )

    def known(where: Path_, code: str) -> None:
        if code not in catalogue:
            problem(where, "unknown_award", code, suggestions=", ".join(catalogue.suggest(code)))

    for group in ("one_of_a_year", "only_with"):
        for name in getattr(assumptions, group):
            if name not in toggles:
                near = ", ".join(sorted(toggles))
                problem((group, name), "unknown_toggle", name, known=near)
    for name, exclusive in assumptions.one_of_a_year.items():
        for i, code in enumerate(exclusive.codes):
            known(("one_of_a_year", name, "codes", i), code)
            if code in exclusive.codes[:i]:
                problem(("one_of_a_year", name, "codes", i), "repeated_code", code)
    for name, rule in assumptions.only_with.items():
        known(("only_with", name, "code"), rule.code)
        known(("only_with", name, "with"), rule.with_)
        if rule.code == rule.with_:
            problem(("only_with", name, "with"), "repeated_code", rule.code)
    for code in assumptions.effort.weights:
        known(("effort", "weights", code), code)
    if problems:
        raise RulesetError(problems)
    return assumptions


@cache
def planning_assumptions(toggles: frozenset[str]) -> PlanningAssumptions:
    return load_assumptions(data_dir() / PLANNING_FILE, toggles)
