"""An import as a person sees it before anything is written: every row read, its
holder and award resolved to names, what is new, what the store already holds,
and what is refused.

Offices keep their awards in sheets typed by people: holders by name ("Phòng Y
tế", "Phong Y te", "Nguyễn Văn A – Phòng Y tế"), awards in words ("Bằng khen
UBND TP", "HTXSNV; Cờ thi đua TP"), and the same sheet grows year after year.
So, after the tables are read (graph/io/tables.py):

- a holder written as a name is resolved (graph.names.HolderNames): an exact
  match is taken, an ambiguous or unknown name is a problem of its row naming the
  nearest holders; a person's unit may be written by name too;
- an award cell is read by the letter's parser (graph/io/awardtext.py); a cell
  naming several awards gives several achievements, at the same row;
- a record the store already holds as it is is "already there", counted and not
  written again; one that contradicts the store (the same holder, award and year
  with another decision number or date) is a problem naming both;
- what is left is checked whole by the validator, and written all or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from graph.catalogue import Catalogue, default_catalogue
from graph.io.awardtext import read_award_cell
from graph.io.spreadsheets import unreadable_files
from graph.io.tables import read_files
from graph.models import ID_PATTERN, Achievement, Change, Dataset
from graph.names import HolderNames, UnitNames
from graph.problems import LISTED_PROBLEMS, Problem, Rejected
from graph.store import GraphStore
from graph.validate import check_change

NEW, UNCHANGED, REFUSED = "new", "unchanged", "refused"
# Fields of an achievement a row may give that the stored one must agree with; the
# rest (source) say where a record was read, not what was awarded.
COMPARED = {  # field → its words in a message (vi, en)
    "decision_no": ("số quyết định", "decision number"),
    "decision_date": ("ngày quyết định", "decision date"),
    "note": ("ghi chú", "note"),
    "used_by": ("đề nghị đã dùng", "proposal it was used for"),
}
CANDIDATES = "suggestions"
ID_PATTERN_RE = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class PreviewRow:
    """One record as it will be read, with the names a person recognises."""

    file: str
    row: int | None
    collection: str
    holder: str  # id
    holder_name: str
    award: str = ""
    award_name: str = ""
    year: int | None = None
    decision_no: str = ""
    decision_date: str = ""
    status: str = NEW

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ImportPlan:
    change: Change = field(default_factory=Change)
    unchanged: Dataset = field(default_factory=Dataset)
    problems: list[Problem] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)

    @property
    def added(self) -> dict[str, int]:
        return _counts(self.change.add)

    @property
    def already(self) -> dict[str, int]:
        return _counts(self.unchanged)

    def row_counts(self) -> dict[str, int]:
        """Rows of the files (not records: a cell of two awards is one row) that are
        new, already there, or refused."""
        status: dict[tuple[str, int | None], str] = {}
        for row in self.rows:
            place = (row.file, row.row)
            if row.status == NEW or place not in status:
                status[place] = row.status
        for problem in self.problems:
            if problem.row is not None:
                status[(problem.file or "", problem.row)] = REFUSED
        counts = dict.fromkeys((NEW, UNCHANGED, REFUSED), 0)
        for value in status.values():
            counts[value] += 1
        return counts


def _counts(data: Dataset) -> dict[str, int]:
    return {name: len(getattr(data, name)) for name in type(data).model_fields}


# the plan ---------------------------------------------------------------------------


def plan_import(store: GraphStore, paths: Iterable[Path]) -> ImportPlan:
    """What importing the files would do, and every problem it would be refused for,
    without writing anything."""
    paths = [Path(path) for path in paths]
    catalogue = default_catalogue()
    read = read_files(paths)
    current = store.snapshot()
    plan = ImportPlan(problems=[*read.problems])
    resolved = _Resolved(read, current, catalogue, plan)
    records, places = resolved.records, resolved.places
    new: dict[str, list] = {name: [] for name in records}
    new_places: dict[str, list[tuple[str, int]]] = {name: [] for name in records}
    unchanged: dict[str, list] = {name: [] for name in records}
    stored = {name: {_key(name, r): r for r in getattr(current, name)} for name in records}
    for name, items in records.items():
        for record, place in zip(items, places[name], strict=True):
            held = stored[name].get(_key(name, record))
            status = _compare(name, record, held, place, plan, resolved.names.label)
            if status == UNCHANGED:
                unchanged[name].append(record)
            elif status == NEW:
                new[name].append(record)
                new_places[name].append(place)
            resolved.preview(name, record, place, status)
    plan.change = Change(add=Dataset(**new))
    plan.unchanged = Dataset(**unchanged)
    read.places = new_places
    plan.problems += map(read.locate, check_change(plan.change, current, catalogue))
    if not plan.problems and plan.change.add.is_empty() and plan.unchanged.is_empty():
        files = ", ".join(path.name for path in paths)
        plan.problems.append(unreadable_files(files, "no records found"))
    plan.problems = sorted(plan.problems, key=lambda p: (p.file or "", p.row or 0))
    refused = {(p.file, p.row) for p in plan.problems}
    plan.rows = [
        row if (row.file, row.row) not in refused else _with(row, status=REFUSED)
        for row in resolved.rows
    ]
    return plan


def apply_plan(store: GraphStore, plan: ImportPlan, paths: Iterable[Path]) -> ImportPlan:
    """Write what the plan adds, all or nothing; nothing at all if it adds nothing."""
    if plan.problems:
        raise Rejected(plan.problems)
    if plan.change.add.is_empty():
        return plan
    try:
        store.apply(plan.change)
    except Rejected as rejected:
        # The store changed between the preview and the write: report afresh.
        raise Rejected(plan_import(store, paths).problems or rejected.problems) from None
    return plan


def _with(row: PreviewRow, **changes: Any) -> PreviewRow:
    return PreviewRow(**{**row.__dict__, **changes})


def _key(collection: str, record: BaseModel) -> str:
    if collection in ("units", "people", "blocks"):
        return record.id
    if collection == "focal_units":
        return record.unit
    return record.key


def _compare(
    collection: str, record: BaseModel, held: BaseModel | None, place, plan: ImportPlan, label
) -> str:
    """NEW, UNCHANGED, or REFUSED (with the problem added) for a record against the
    one the store holds under its key. An achievement is already there when every
    field the row gives agrees with the stored one (its source aside); a row that
    leaves the decision empty does not contradict a stored decision."""
    if held is None:
        return NEW
    if not isinstance(record, Achievement):
        return UNCHANGED if record == held else NEW  # NEW: the validator names the clash
    for name, (words_vi, words_en) in COMPARED.items():
        given, stored = getattr(record, name), getattr(held, name)
        if given is not None and given != stored:
            file, row = place
            plan.problems.append(
                Problem(
                    reason="contradicts_store",
                    file=file,
                    row=row,
                    field=name,
                    value=str(given),
                    params={
                        "key": f"{record.award} {record.year}",
                        "holder": label(record.holder),
                        "stored": "" if stored is None else str(stored),
                        "field_vi": words_vi,
                        "field_en": words_en,
                    },
                )
            )
            return REFUSED
    return UNCHANGED


class _Resolved:
    """The records read, with holders and awards written in words resolved."""

    def __init__(self, read, current: Dataset, catalogue: Catalogue, plan: ImportPlan):
        self.catalogue = catalogue
        self.plan = plan
        self.suggested = 0
        self.rows: list[PreviewRow] = []
        data = read.dataset
        units = [*current.units, *data.units]
        unit_names = UnitNames(units)
        self.records: dict[str, list] = {}
        self.places: dict[str, list[tuple[str, int]]] = {}
        people = []
        for person, place in self._each(read, "people"):
            unit = person.unit if any(u.id == person.unit for u in units) else None
            unit = unit or unit_names.resolve(person.unit)
            person = person.model_copy(update={"unit": unit}) if unit else person
            people.append(person)
            self._keep("people", person, place)
        self.names = HolderNames(units, [*current.people, *people])
        for achievement, place in self._each(read, "achievements"):
            for resolved in self._achievements(achievement, place):
                self._keep("achievements", resolved, place)
        for discipline, place in self._each(read, "disciplines"):
            holder = self._holder(discipline.holder, place)
            if holder is not None:
                self._keep("disciplines", discipline.model_copy(update={"holder": holder}), place)
        for name in type(data).model_fields:
            if name not in ("people", "achievements", "disciplines"):
                for record, place in self._each(read, name):
                    self._keep(name, record, place)

    @staticmethod
    def _each(read, collection: str):
        return zip(getattr(read.dataset, collection), read.places.get(collection, []), strict=True)

    def _keep(self, collection: str, record: BaseModel, place) -> None:
        self.records.setdefault(collection, []).append(record)
        self.places.setdefault(collection, []).append(place)

    def _achievements(self, achievement: Achievement, place) -> list[Achievement]:
        holder = self._holder(achievement.holder, place)
        cell = read_award_cell(achievement.award, self.catalogue)
        for part in cell.unread:
            near = ", ".join(self.catalogue.suggest(part))
            self._problem(place, "award", "unread_award", part, near)
        if not cell.codes and not cell.unread:
            self._problem(place, "award", "missing", None)
        if holder is None or cell.unread:
            self._refused_row(achievement, place)
            return []
        return [
            achievement.model_copy(update={"holder": holder, "award": code})
            for code, _ in cell.codes
        ]

    def _holder(self, text: str, place) -> str | None:
        # The nearest names are looked for as far as a report lists problems.
        found = self.names.find(text, suggest=self.suggested < LISTED_PROBLEMS)
        if found.id is not None:
            return found.id
        if ID_PATTERN_RE.match(text):
            return text  # an id no one has: the validator names the nearest ids
        self.suggested += 1
        reason = "ambiguous_holder" if found.ambiguous else "unknown_holder_name"
        self._problem(place, "holder", reason, text, ", ".join(found.candidates))
        return None

    def _problem(self, place, field_name: str, reason: str, value, candidates: str = "") -> None:
        file, row = place
        params = {CANDIDATES: candidates} if candidates else {}
        self.plan.problems.append(
            Problem(reason=reason, file=file, row=row, field=field_name, value=value, params=params)
        )

    def _refused_row(self, achievement: Achievement, place) -> None:
        file, row = place
        self.rows.append(
            PreviewRow(
                file,
                row,
                "achievements",
                "",
                achievement.holder,
                "",
                achievement.award,
                achievement.year,
                achievement.decision_no or "",
                achievement.decision_date.isoformat() if achievement.decision_date else "",
                REFUSED,
            )
        )

    def preview(self, collection: str, record: BaseModel, place, status: str) -> None:
        file, row = place
        if collection == "achievements":
            self.rows.append(
                PreviewRow(
                    file,
                    row,
                    collection,
                    record.holder,
                    self.names.label(record.holder),
                    record.award,
                    self.catalogue.name(record.award),
                    record.year,
                    record.decision_no or "",
                    record.decision_date.isoformat() if record.decision_date else "",
                    status,
                )
            )
        elif collection == "disciplines":
            self.rows.append(
                PreviewRow(
                    file,
                    row,
                    collection,
                    record.holder,
                    self.names.label(record.holder),
                    "",
                    record.form,
                    record.year,
                    record.decision_no or "",
                    record.decision_date.isoformat() if record.decision_date else "",
                    status,
                )
            )
        elif collection in ("units", "people"):
            label = self.names.label(record.id)
            self.rows.append(PreviewRow(file, row, collection, record.id, label, status=status))
