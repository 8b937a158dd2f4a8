"""Two roadmap versions side by side: the targets and the planned years that
differ, and why.

A target is matched by its holder: added, removed, or changed (award, by-year,
priority). A planned year that differs is explained, in this order, by what the
record can tell: the holder's own target changed; the two plans were made under
another start year, ruleset, settings or quotas; a version not planned yet; else
the quotas — other targets of its block changed, and the flags moved between them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graph.models import Dataset, PlannedTarget, RoadmapTarget, RoadmapVersion
from planner.rules.ruleset import Words

TargetChange = Literal["added", "removed", "changed", "same"]


class TargetDifference(BaseModel):
    model_config = ConfigDict(frozen=True)

    holder: str
    name: str
    change: TargetChange
    left: RoadmapTarget | None
    right: RoadmapTarget | None
    fields: tuple[str, ...] = ()  # award, by_year, priority, note
    left_year: int | None = None  # planned year in each version (None: not reached/planned)
    right_year: int | None = None
    why: tuple[Words, ...] = ()

    @property
    def year_differs(self) -> bool:
        return self.left_year != self.right_year

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        def side(t: RoadmapTarget | None) -> dict | None:
            if t is None:
                return None
            return {"award": t.award, "by": t.by_year, "priority": t.priority, "note": t.note}

        return {
            "holder": self.holder,
            "name": self.name,
            "change": self.change,
            "fields": list(self.fields),
            "left": side(self.left),
            "right": side(self.right),
            "left_year": self.left_year,
            "right_year": self.right_year,
            "why": [w(lang) for w in self.why],
        }


class VersionComparison(BaseModel):
    model_config = ConfigDict(frozen=True)

    left: str
    right: str
    left_planned: bool
    right_planned: bool
    context: tuple[Words, ...]  # how the two plans were made differently
    rows: tuple[TargetDifference, ...]  # every holder of either version

    @property
    def differences(self) -> list[TargetDifference]:
        return [r for r in self.rows if r.change != "same" or r.year_differs]

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "left_planned": self.left_planned,
            "right_planned": self.right_planned,
            "context": [w(lang) for w in self.context],
            "differences": [r.as_json(lang) for r in self.differences],
            "same": len(self.rows) - len(self.differences),
        }


FIELDS = ("award", "by_year", "priority", "note")


def compare_versions(
    data: Dataset, left: RoadmapVersion, right: RoadmapVersion
) -> VersionComparison:
    names = {u.id: u.name for u in data.units} | {p.id: p.name for p in data.people}
    blocks = {u.id: u.block for u in data.units}
    context = _context(left, right)
    left_targets = {t.holder: t for t in left.targets}
    right_targets = {t.holder: t for t in right.targets}
    holders = list(dict.fromkeys([*left_targets, *right_targets]))
    planned_left = _planned(left)
    planned_right = _planned(right)
    changed_in_block: dict[str | None, list[str]] = {}
    rows = []
    for holder in holders:
        a, b = left_targets.get(holder), right_targets.get(holder)
        if a is None or b is None:
            change: TargetChange = "added" if a is None else "removed"
            fields: tuple[str, ...] = ()
        else:
            fields = tuple(f for f in FIELDS if getattr(a, f) != getattr(b, f))
            change = "changed" if fields else "same"
        if change != "same" and set(fields) != {"note"}:
            changed_in_block.setdefault(blocks.get(holder), []).append(names.get(holder, holder))
        rows.append(
            TargetDifference(
                holder=holder,
                name=names.get(holder, holder),
                change=change,
                left=a,
                right=b,
                fields=fields,
                left_year=_year(planned_left.get(holder)),
                right_year=_year(planned_right.get(holder)),
            )
        )
    explained = []
    for row in rows:
        why = _why(row, left, right, context, changed_in_block, blocks)
        explained.append(row.model_copy(update={"why": why}))
    return VersionComparison(
        left=left.name,
        right=right.name,
        left_planned=left.plan is not None,
        right_planned=right.plan is not None,
        context=context,
        rows=tuple(explained),
    )


def _planned(version: RoadmapVersion) -> dict[str, PlannedTarget]:
    return {t.holder: t for t in version.plan.targets} if version.plan else {}


def _year(planned: PlannedTarget | None) -> int | None:
    return planned.year if planned is not None and planned.reached else None


def _context(left: RoadmapVersion, right: RoadmapVersion) -> tuple[Words, ...]:
    if left.plan is None or right.plan is None:
        return ()
    words = []
    for field, vi, en in (
        ("from_year", "năm bắt đầu", "start year"),
        ("ruleset", "bộ tiêu chuẩn", "ruleset"),
        ("horizon", "tầm kế hoạch", "horizon"),
        ("settings", "cách đọc quy định", "settings"),
        ("quotas", "hạn mức", "quotas"),
    ):
        a, b = getattr(left.plan, field), getattr(right.plan, field)
        if a != b:
            shown = field not in ("settings",)
            words.append(
                Words(
                    vi=f"{vi} khác nhau" + (f": {a} / {b}" if shown else ""),
                    en=f"another {en}" + (f": {a} / {b}" if shown else ""),
                )
            )
    return tuple(words)


def _why(row, left, right, context, changed_in_block, blocks) -> tuple[Words, ...]:
    if row.change == "added":
        return (Words(vi=f"chỉ có trong “{right.name}”", en=f"only in “{right.name}”"),)
    if row.change == "removed":
        return (Words(vi=f"chỉ có trong “{left.name}”", en=f"only in “{left.name}”"),)
    why = []
    for field in row.fields:
        a, b = getattr(row.left, field), getattr(row.right, field)
        why.append(
            Words(
                vi=f"{_FIELD_VI[field]}: {a if a is not None else '—'} → "
                f"{b if b is not None else '—'}",
                en=f"{_FIELD_EN[field]}: {a if a is not None else '—'} → "
                f"{b if b is not None else '—'}",
            )
        )
    if not row.year_differs:
        return tuple(why)
    if left.plan is None or right.plan is None:
        unplanned = left.name if left.plan is None else right.name
        why.append(
            Words(
                vi=f"“{unplanned}” chưa được lập kế hoạch",
                en=f"“{unplanned}” has not been planned",
            )
        )
    elif context:
        why.append(
            Words(
                vi="hai kế hoạch lập theo điều kiện khác nhau",
                en="the two plans were made under other conditions",
            )
        )
    elif not [f for f in row.fields if f != "note"]:
        others = [n for n in changed_in_block.get(blocks.get(row.holder), []) if n != row.name]
        if others:
            why.append(
                Words(
                    vi=f"hạn mức cờ của khối: mục tiêu của {', '.join(others)} đã thay đổi",
                    en=f"the block's flag quotas: the targets of {', '.join(others)} changed",
                )
            )
        else:
            why.append(
                Words(
                    vi="hạn mức chung của hội đồng: mục tiêu ở khối khác đã thay đổi",
                    en="the council's shared quotas: targets in other blocks changed",
                )
            )
    return tuple(why)


_FIELD_VI = {"award": "mục tiêu", "by_year": "hạn", "priority": "ưu tiên", "note": "ghi chú"}
_FIELD_EN = {"award": "target", "by_year": "by-year", "priority": "priority", "note": "note"}
