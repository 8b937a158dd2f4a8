"""What an imported appendix would add, shown before anything is written.

Per unit: what was read (award, year, the line as written, where), what was not
read (the fragment and why), whether the unit is new; then the focal units and
criteria, the parts of the document that hold nothing to import, and every
problem that would refuse the import. `change` is what a confirmation applies,
in one atomic store.apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from graph.io.documents.layout import Place
from graph.models import BonusCriterion, Change, FocalUnit, Target, Unit
from graph.problems import LISTED_PROBLEMS, Problem

Status = Literal["new", "in_store", "repeated"]

STATUS_WORDS = {
    "new": ("mới", "new"),
    "in_store": ("đã có trong kho", "already in the store"),
    "repeated": ("trùng dòng trên", "repeats an earlier line"),
}

SECTION_WORDS = {"proposal": ("đề nghị", "proposal"), "roadmap": ("lộ trình", "roadmap")}

REASON_WORDS = {
    "no_year": ("không có năm", "no year"),
    "bad_year": (
        "năm viết không đọc được (năm phải viết bằng bốn chữ số 0–9)",
        "year not readable (a year is four digits 0–9)",
    ),
    "year_range": ("năm ngoài khoảng 1945–2100", "year outside 1945–2100"),
    "unknown_award": ("không nhận ra danh hiệu", "award not recognised"),
    "no_award": ("không có danh hiệu", "no award"),
    "unknown_unit": ("không nhận ra đơn vị", "unit not recognised"),
    "unknown_target": ("không nhận ra mục tiêu khen", "target award not recognised"),
    "points": ("điểm không phải là số", "points are not numbers"),
    "total": ("tổng cộng khác tổng các tiêu chí", "the total differs from the criteria"),
    "other": ("không đọc được", "not read"),
    "row_not_read": (
        "dòng không đọc được (không thuộc mục “*” nào đọc được, hoặc thiếu cột)",
        "row not read (under no readable “*” heading, or columns missing)",
    ),
}

KIND_WORDS = {
    "roadmap": ("lộ trình khen cao (PL5)", "high-award roadmap (PL5)"),
    "focal_units": ("đơn vị đầu mối (PL1)", "focal units (PL1)"),
    "bonus_criteria": ("tiêu chí điểm thưởng (PL2)", "bonus criteria (PL2)"),
    None: ("không có dữ liệu để nhập", "nothing to import"),
}


def words(table: dict, key: Any, lang: str) -> str:
    vi, en = table[key]
    return vi if lang == "vi" else en


@dataclass(frozen=True)
class ReadAward:
    holder: str
    award: str
    year: int
    text: str  # the line as written
    place: Place | None
    status: Status = "new"

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "award": self.award,
            "year": self.year,
            "text": self.text,
            "where": self.place.text(lang) if self.place else None,
            "status": self.status,
        }


@dataclass(frozen=True)
class Unread:
    text: str
    reason: str  # a key of REASON_WORDS
    place: Place | None
    holder: str | None = None

    def message(self, lang: str = "vi") -> str:
        return words(REASON_WORDS, self.reason, lang)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "text": self.text,
            "reason": self.reason,
            "why": self.message(lang),
            "where": self.place.text(lang) if self.place else None,
            "holder": self.holder,
        }


@dataclass(frozen=True)
class ReadTarget:
    target: Target
    place: Place | None
    status: Status = "new"


@dataclass(frozen=True)
class SectionFound:
    heading: str | None
    kind: str | None
    place: Place | None

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "heading": self.heading,
            "kind": self.kind,
            "content": words(KIND_WORDS, self.kind, lang),
            "where": self.place.text(lang) if self.place else None,
        }


@dataclass
class UnitPreview:
    id: str
    name: str
    new: bool
    written_as: list[str]
    awards: list[ReadAward] = field(default_factory=list)
    targets: list[ReadTarget] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "new": self.new,
            "written_as": self.written_as,
            "achievements": [a.as_json(lang) for a in self.awards],
            "targets": [
                {
                    "award": t.target.award,
                    "section": t.target.section,
                    "order": t.target.order,
                    "plan_year": t.target.plan_year,
                    "by_year": t.target.by_year,
                    "note": t.target.note,
                    "where": t.place.text(lang) if t.place else None,
                    "status": t.status,
                }
                for t in self.targets
            ],
            "unread": [u.as_json(lang) for u in self.unread],
        }


@dataclass
class DocumentPreview:
    file: str
    sections: list[SectionFound]
    units: list[UnitPreview]
    new_units: list[Unit]
    focal_units: list[tuple[FocalUnit, Status]]
    bonus_criteria: list[tuple[BonusCriterion, Status]]
    unread: list[Unread]  # what belongs to no unit (a heading, a PL2 total…)
    change: Change
    problems: list[tuple[Place | None, Problem]]

    @property
    def writable(self) -> bool:
        """Something to add and nothing that would refuse it."""
        return not self.problems and not self.change.add.is_empty()

    def counts(self) -> dict[str, int]:
        add = self.change.add
        return {name: len(getattr(add, name)) for name in type(add).model_fields}

    def all_unread(self) -> list[Unread]:
        return [*(u for unit in self.units for u in unit.unread), *self.unread]

    def problem_messages(self, lang: str = "vi") -> list[str]:
        return [
            f"{place.text(lang)}: {problem.message(lang)}" if place else problem.message(lang)
            for place, problem in self.problems
        ]

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "file": self.file,
            "sections": [s.as_json(lang) for s in self.sections],
            "new_units": [
                {"id": u.id, "name": u.name, "kind": u.kind.value, "aliases": list(u.aliases)}
                for u in self.new_units
            ],
            "units": [u.as_json(lang) for u in self.units],
            "focal_units": [
                {"order": f.order, "unit": f.unit, "grouped": list(f.grouped), "status": s}
                for f, s in self.focal_units
            ],
            "bonus_criteria": [
                {
                    "key": c.key,
                    "content": c.content,
                    "scorer": c.scorer,
                    "points": str(c.points),
                    "conventional_points": str(c.conventional_points),
                    "status": s,
                }
                for c, s in self.bonus_criteria
            ],
            "unread": [u.as_json(lang) for u in self.all_unread()],
            "problem_count": len(self.problems),
            "problems": self.problem_messages(lang)[:LISTED_PROBLEMS],
            "counts": self.counts(),
            "writable": self.writable,
        }
