"""The counting convention and every reading the legal texts leave open, as named
settings with the defaults of the domain guide (docs/domain.md §3).

A verdict lists every setting it used, so two offices that disagree can see
where. The checker reads the first group; the planning assumptions are read by
the best-case bound of the audit and by the CP-SAT planner: here are only their
names, the award codes they concern are data (data/planning.yaml).
"""

from __future__ import annotations

import difflib
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planner.rules.assumptions import PlanningAssumptions, planning_assumptions
from planner.rules.ruleset import Ruleset, Words

# The last proposal year for which a merged unit carries its predecessors' history
# by default: the councils' practice under the 2003 Law. From 2024 (Law 06/2022)
# no rule says so, and the 2025 mergers are a council's decision (A19).
CARRY_PREDECESSORS_UNTIL = 2023
CARRY_PREDECESSORS_BASIS = Words(
    vi="Quyết định của Hội đồng Thi đua – Khen thưởng: không tìm thấy quy định nào về việc "
    "đơn vị hình thành sau sáp nhập được kế thừa thành tích của các đơn vị cũ (Luật Thi đua, "
    "khen thưởng 2022, Nghị định 152/2025/NĐ-CP); đơn vị kế thừa là đơn vị đề nghị.",
    en="A decision of the Emulation and Commendation Council: no rule was found on whether a "
    "unit formed by a merger carries the achievements of the units it absorbed (Law on "
    "Emulation and Commendation 2022, Decree 152/2025/NĐ-CP); the successor is the one that "
    "proposes.",
)


class WindowConvention(StrEnum):
    FROM_BASE_YEAR = "from_base_year"  # W may start in the base year b (P ≥ b + gap)
    AFTER_BASE_YEAR = "after_base_year"  # W starts at b + 1 (P ≥ b + gap + 1), NĐ 98/2023 Đ.30.9


class FlagIneligibleRoute(StrEnum):
    FLAG_INELIGIBLE_ONLY = "flag_ineligible_only"  # the law's reading
    ANY_COLLECTIVE = "any_collective"  # lenient: every collective may use it


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # how a proposal is checked
    window: WindowConvention = WindowConvention.FROM_BASE_YEAR
    gap_years: int | None = Field(default=None, ge=1, le=30)
    assume_unknown_years_excellent: bool = True
    flag_outranks_certificate: bool = True
    flag_ineligible_route: FlagIneligibleRoute = FlagIneligibleRoute.FLAG_INELIGIBLE_ONLY
    founding_age: bool = True
    ministry_awards_count: bool | None = None
    repeat_award_needs_new_base: bool = True
    count_used_achievements: bool = False
    # Decree 152/2025 Art. 4.3 (where the ruleset carries it): an award held before
    # a disciplinary term was served cannot be the base either (docs/rules.md A18)
    discipline_voids_base: bool = True
    # a merged unit carries its predecessors' history: None = by the proposal year,
    # on up to CARRY_PREDECESSORS_UNTIL (the old practice), off after (A19)
    carry_predecessors: bool | None = None
    # how the future is imagined (best case, planner)
    future_years_excellent: bool = True
    one_city_award_a_year: bool = True
    government_flag_needs_city_flag: bool = True
    one_initiative_a_year: bool = True
    one_rung_a_year: bool = True
    effort: dict[str, int] = Field(default_factory=lambda: dict(assumptions().effort.weights))

    def enabled(self, toggle: str | None) -> bool:
        """Whether a rule entry guarded by `toggle` applies (None: always)."""
        return toggle is None or bool(getattr(self, toggle))

    def gap(self, ruleset_gap: int) -> int:
        return self.gap_years if self.gap_years is not None else ruleset_gap

    def carries_predecessors(self, year: int) -> bool:
        """Whether a merged unit's proposal for `year` counts its predecessors'
        achievements: as set, else the old practice up to 2023 and not after."""
        if self.carry_predecessors is not None:
            return self.carry_predecessors
        return year <= CARRY_PREDECESSORS_UNTIL

    def ministry_counts(self, ruleset: Ruleset) -> bool:
        if self.ministry_awards_count is not None:
            return self.ministry_awards_count
        return ruleset.accumulation.ministry_awards_count

    def resolved(
        self, ruleset: Ruleset, ruleset_gap: int | None = None, year: int | None = None
    ) -> dict[str, Any]:
        """Every setting with the value actually used (ruleset defaults filled in;
        with the proposal `year`, the year's defaults too)."""
        values = self.model_dump(mode="json")
        if year is not None:
            values["carry_predecessors"] = self.carries_predecessors(year)
        if ruleset_gap is None:
            rules = [*ruleset.collective.values(), *ruleset.individual.values()]
            gaps = {route.continuity.gap_years for rule in rules for route in rule.routes}
            ruleset_gap = gaps.pop() if len(gaps) == 1 else None
        if ruleset_gap is not None:
            values["gap_years"] = self.gap(ruleset_gap)
        values["ministry_awards_count"] = self.ministry_counts(ruleset)
        return values

    # planning assumptions, as data a solver can read --------------------------

    def exclusive_each_year(self) -> list[tuple[str, ...]]:
        """Groups of codes of which a holder gets at most one a year."""
        return assumptions().exclusive_each_year(self._switched_on())

    def same_year_companions(self) -> dict[str, str]:
        """A code that can only come in a year that also brings another."""
        return assumptions().same_year_companions(self._switched_on())

    def _switched_on(self) -> set[str]:
        return {name for name in toggle_names() if getattr(self, name)}

    def effort_of(self, code: str) -> int:
        return self.effort.get(code, 0)


def toggle_names() -> frozenset[str]:
    """The settings that switch something on or off: the names data/planning.yaml
    may key a planning assumption by."""
    return frozenset(name for name, f in Settings.model_fields.items() if f.annotation is bool)


def assumptions() -> PlanningAssumptions:
    """The planning assumptions of data/planning.yaml, checked once."""
    return planning_assumptions(toggle_names())


class SettingError(ValueError):
    def __init__(self, words: Words):
        super().__init__(words.en)
        self.words = words


def setting_names() -> list[str]:
    return list(Settings.model_fields)


def with_overrides(settings: Settings, assignments: list[str]) -> Settings:
    """`settings` with `name=value` texts applied (from the CLI's --set)."""
    values = settings.model_dump()
    for text in assignments:
        name, sep, value = text.partition("=")
        name = name.strip().replace("-", "_")
        if not sep:
            raise SettingError(
                Words(
                    vi=f"“{text}”: cần dạng tên=giá trị, ví dụ gap_years=5",
                    en=f"“{text}”: expected name=value, e.g. gap_years=5",
                )
            )
        if name not in Settings.model_fields or name == "effort":
            near = difflib.get_close_matches(name, setting_names(), n=3, cutoff=0.5)
            hint = ", ".join(near or setting_names())
            raise SettingError(
                Words(
                    vi=f"không có thiết lập “{name}”; gần nhất là: {hint}",
                    en=f"no setting “{name}”; nearest known: {hint}",
                )
            )
        values[name] = None if value.strip().lower() in ("", "none", "ruleset") else value.strip()
    try:
        return Settings.model_validate(values)
    except ValidationError as error:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise SettingError(
            Words(vi=f"giá trị thiết lập không hợp lệ: {detail}", en=f"invalid setting: {detail}")
        ) from error


def settings_text(settings: dict[str, Any]) -> str:
    """The settings a verdict used, on one line as every report prints them:
    `window=from_base_year · gap_years=5 · … · effort=BK_TP:1,CO_TP:3`."""

    def shown(value: object) -> str:
        if isinstance(value, dict):
            return ",".join(f"{k}:{v}" for k, v in value.items())
        return str(value).lower() if isinstance(value, bool) else str(value)

    return " · ".join(f"{name}={shown(value)}" for name, value in settings.items())
