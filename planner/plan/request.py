"""What a plan is asked for, checked before any solver exists.

A planner that answers "INFEASIBLE" to a mistyped award code, or to a deadline
before the start year, wastes a planner's morning. Everything that can be wrong
in the question itself is found here and said in words (the cpsat-primer's
order: schema → solver-independent validation → model → solve).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from graph.catalogue import Catalogue
from graph.models import MAX_YEAR, MIN_YEAR, Achievement
from planner.check.evaluation import NoRuleError, RuleNotEnteredError, find_rule
from planner.check.holder import HolderProfile
from planner.check.standing import standing
from planner.rules.ruleset import Ruleset, Words
from planner.settings import Settings

DEFAULT_HORIZON = 30
PLANNED = "kế hoạch (planned)"
ASSUMED = "giả định lập kế hoạch (planning assumption)"


class PlanError(ValueError):
    """A question the planner cannot take, worded for the person who asked it."""

    def __init__(self, problems: Sequence[Words]):
        self.problems = tuple(problems)
        super().__init__("; ".join(p.en for p in self.problems))

    def words(self, lang: str = "vi") -> str:
        return "; ".join(p(lang) for p in self.problems)


class PlanRequest(BaseModel):
    """One holder, its record and a target: plan the years from `from_year`.

    `horizon` counts proposal years after `from_year` (the default 30 is far
    beyond any rung; the model itself is trimmed to the years that can matter).
    `by_year` is a deadline for the target's proposal year. `no_flag_years` are
    years in which the holder cannot win a flag (a what-if)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    holder: HolderProfile
    history: tuple[Achievement, ...] = ()
    target: str | None = None  # default: the holder's next rung
    from_year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    horizon: int = Field(default=DEFAULT_HORIZON, ge=1, le=60)
    by_year: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)
    ruleset_id: str | None = None
    settings: Settings = Settings()
    no_flag_years: tuple[int, ...] = ()
    alternatives: bool = True  # also the later, cheaper plans

    @property
    def last_year(self) -> int:
        """The last proposal year the horizon allows."""
        return min(self.from_year + self.horizon, MAX_YEAR)


def resolve_target(request: PlanRequest, ruleset: Ruleset, catalogue: Catalogue) -> str:
    """The target asked for, or the holder's next rung."""
    if request.target:
        return request.target
    place = standing(request.holder, request.history, ruleset, catalogue)
    if place.next_target is None:
        raise PlanError(
            [
                Words(
                    vi=f"{request.holder.name} đã ở bậc cao nhất ({place.current_rung}); "
                    "hãy ghi rõ mục tiêu.",
                    en=f"{request.holder.name} already holds the top rung "
                    f"({place.current_rung}); name a target.",
                )
            ]
        )
    return place.next_target


def validate_request(request: PlanRequest, ruleset: Ruleset, catalogue: Catalogue) -> str:
    """Every problem of the question at once; returns the target to plan for."""
    problems: list[Words] = []
    target = request.target
    if target is not None and target not in catalogue:
        near = ", ".join(catalogue.suggest(target)) or "—"
        problems.append(
            Words(
                vi=f"không có mã khen thưởng “{target}”; gần nhất: {near}",
                en=f"no award code “{target}”; nearest: {near}",
            )
        )
        target = None
    elif target is not None:
        try:
            find_rule(ruleset, request.holder, target)
        except RuleNotEnteredError:
            raise  # not a mistake in the question: the answer is that the rule is not entered
        except NoRuleError as error:
            problems.append(error.words)
    if request.by_year is not None and request.by_year < request.from_year:
        problems.append(
            Words(
                vi=f"hạn {request.by_year} sớm hơn năm bắt đầu lập kế hoạch {request.from_year}",
                en=f"the deadline {request.by_year} is before the start year {request.from_year}",
            )
        )
    if request.by_year is not None and request.by_year > request.last_year:
        problems.append(
            Words(
                vi=f"hạn {request.by_year} vượt quá tầm lập kế hoạch ({request.horizon} năm, "
                f"đến {request.last_year}); hãy tăng --horizon",
                en=f"the deadline {request.by_year} is beyond the horizon ({request.horizon} "
                f"years, to {request.last_year}); raise --horizon",
            )
        )
    for code in request.settings.effort:
        if code not in catalogue:
            problems.append(
                Words(
                    vi=f"trọng số công sức cho mã không tồn tại “{code}”",
                    en=f"an effort weight for an unknown award code “{code}”",
                )
            )
    negative = [c for c, w in request.settings.effort.items() if w < 0]
    if negative:
        problems.append(
            Words(
                vi=f"trọng số công sức không được âm: {', '.join(negative)}",
                en=f"effort weights cannot be negative: {', '.join(negative)}",
            )
        )
    if problems:
        raise PlanError(problems)
    if target is None:
        target = resolve_target(request, ruleset, catalogue)
        find_rule(ruleset, request.holder, target)
    return target
