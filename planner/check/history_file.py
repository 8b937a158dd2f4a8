"""Reading one holder's history from a JSON file, for checking a unit before it
is entered anywhere.

    {"holder": {"id": "phong-y-te", "name": "Phòng Y tế", "kind": "collective",
                "flag_eligible": true, "founded": 2005},
     "achievements": [{"award": "BK_TP", "year": 2018}, ...],
     "disciplines": [{"year": 2021, "end_year": 2021, "form": "Khiển trách"}]}

`disciplines` (kỷ luật) is optional: the holder's disciplinary measures, which
restart every count under the rulesets that say so (planner/check/discipline.py).

The file is read as the one-holder record it describes (the holder a Unit or a
Person, the rows its achievements) and that record goes through the store's own
validator (graph.validate.check_change) against an empty record: a history the
checker accepts is exactly one a store would accept, and a duplicated row is
refused rather than counted twice. Every problem names the file and the row
(`achievements[i]`) or field; a file with any problem is refused whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.catalogue import Catalogue
from graph.io.json_file import read_json
from graph.io.limits import HISTORY
from graph.models import Achievement, Change, Dataset, Discipline, Person, Unit
from graph.problems import Problem, Rejected
from graph.record_errors import input_text, model_problems
from graph.validate import check_change
from planner.check.holder import HolderProfile

ROW_FIELDS = ("award", "year", "basis", "decision_no", "note", "used_by")
DISCIPLINE_FIELDS = ("year", "end_year", "form", "decision_no", "decision_date", "note")
# what a file says of its holder: the measures come in their own list
HOLDER_FIELDS = tuple(
    f for f in HolderProfile.model_fields if f not in ("disciplines", "carried_from")
)
ROWS = "achievements"
MEASURES = "disciplines"


@dataclass(frozen=True)
class HistoryRecord:
    """What a history file describes: the holder as the checker sees it, and the
    one-holder record a store would hold for it."""

    holder: HolderProfile
    record: Dataset

    @property
    def achievements(self) -> list[Achievement]:
        return list(self.record.achievements)


def read_history(path: Path, catalogue: Catalogue) -> tuple[HolderProfile, list[Achievement]]:
    history = load_history(path, catalogue)
    return history.holder, history.achievements


def load_history(path: Path, catalogue: Catalogue) -> HistoryRecord:
    return parse_history(read_json(path, HISTORY), path.name, catalogue)


def parse_history(raw: Any, name: str, catalogue: Catalogue) -> HistoryRecord:
    if not isinstance(raw, dict):
        raise Rejected([_shape(name, raw, '{"holder": {…}, "achievements": […]}')])
    problems: list[Problem] = []
    expected = f"holder, {ROWS}, {MEASURES}"
    for extra in sorted(set(raw) - {"holder", ROWS, MEASURES}, key=str):
        problems.append(_problem(name, "unknown_column", field=extra, expected=expected))
    holder = _holder(raw.get("holder"), name, problems)
    rows = _rows(raw.get(ROWS), name, problems)
    holder_id = holder.id if holder is not None else ""
    read: list[tuple[int, Achievement]] = []
    for i, row in enumerate(rows):
        achievement = _achievement(row, i, holder_id, name, problems)
        if achievement is not None:
            read.append((i, achievement))
    measures = _measures(raw.get(MEASURES), holder_id, name, problems)
    if holder is None:
        raise Rejected(_in_file_order(problems))
    record = _one_holder_record(holder, [a for _, a in read])
    record = record.model_copy(update={MEASURES: [d for _, d in measures]})
    for found in check_change(Change(add=record), Dataset(), catalogue):
        problems.append(_at_row(found, name, [i for i, _ in read], [i for i, _ in measures]))
    if problems:
        raise Rejected(_in_file_order(problems))
    stored = record.unit(holder.id) or record.person(holder.id)
    return HistoryRecord(HolderProfile.of(stored, record.disciplines), record)


def _measures(
    raw: Any, holder_id: str, name: str, problems: list[Problem]
) -> list[tuple[int, Discipline]]:
    """The file's disciplinary measures (an optional list), as the holder's."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(_shape(name, raw, "[…]", field=MEASURES))
        return []
    if len(raw) > HISTORY.rows:
        problems.append(_problem(name, "too_many_rows", field=MEASURES, limit=HISTORY.rows))
        return []
    found = []
    for i, row in enumerate(raw):
        place = _problem(name, "invalid", index=i).model_copy(update={"collection": MEASURES})
        if not isinstance(row, dict):
            problems.append(
                _shape(name, row, '{"year": …, "form": …}', index=i).model_copy(
                    update={"collection": MEASURES}
                )
            )
            continue
        unknown = sorted(set(row) - set(DISCIPLINE_FIELDS), key=str)
        for extra in unknown:
            problems.append(
                place.model_copy(
                    update={
                        "reason": "unknown_column",
                        "field": extra,
                        "params": {"expected": ", ".join(DISCIPLINE_FIELDS)},
                    }
                )
            )
        if unknown:
            continue
        try:
            measure = Discipline.model_validate(
                {**row, "holder": holder_id, "source": f"{name}, {MEASURES}[{i}]"}
            )
        except ValidationError as error:
            problems += model_problems(error, place)
            continue
        found.append((i, measure))
    return found


def _problem(
    file: str,
    reason: str,
    *,
    field: str | None = None,
    value: object = None,
    index: int | None = None,
    row: int | None = None,
    **params: object,
) -> Problem:
    return Problem(
        reason=reason,
        file=file,
        row=row,
        field=field,
        value=None if value is None else str(value),
        collection=ROWS if index is not None else None,
        index=index,
        params={k: str(v) for k, v in params.items()},
    )


def _shape(name: str, raw: Any, expected: str, **place: Any) -> Problem:
    """A part of the file that is not the JSON shape it must have."""
    return _problem(name, "wrong_shape", value=input_text(raw), expected=expected, **place)


def _holder(raw: Any, name: str, problems: list[Problem]) -> HolderProfile | None:
    if raw is None:
        problems.append(_problem(name, "missing", field="holder"))
        return None
    if not isinstance(raw, dict):
        problems.append(_shape(name, raw, '{"id": …, "name": …, "kind": …}', field="holder"))
        return None
    inner = sorted(set(raw) - set(HOLDER_FIELDS), key=str)
    for extra in (e for e in inner if e in HolderProfile.model_fields):
        # a field the checker fills in, not the file's: measures go in their own list
        problems.append(
            _problem(
                name, "unknown_column", field=f"holder.{extra}", expected=", ".join(HOLDER_FIELDS)
            )
        )
    if any(e in HolderProfile.model_fields for e in inner):
        return None
    try:
        return HolderProfile.model_validate(raw)
    except ValidationError as error:
        place = _problem(name, "invalid")
        problems += model_problems(error, place, prefix="holder.", columns=HOLDER_FIELDS)
        return None


def _rows(raw: Any, name: str, problems: list[Problem]) -> list[Any]:
    if raw is None:
        problems.append(_problem(name, "missing", field=ROWS))
        return []
    if not isinstance(raw, list):
        problems.append(_shape(name, raw, "[…]", field=ROWS))
        return []
    if len(raw) > HISTORY.rows:
        problems.append(_problem(name, "too_many_rows", field=ROWS, limit=HISTORY.rows))
        return []
    return raw


def _achievement(
    row: Any, i: int, holder_id: str, name: str, problems: list[Problem]
) -> Achievement | None:
    """Row `i` as an achievement of the holder, or None with its problems noted."""
    if not isinstance(row, dict):
        problems.append(_shape(name, row, '{"award": …, "year": …}', index=i))
        return None
    unknown = sorted(set(row) - set(ROW_FIELDS), key=str)
    for extra in unknown:
        problems.append(
            _problem(name, "unknown_column", index=i, field=extra, expected=", ".join(ROW_FIELDS))
        )
    if unknown:
        return None
    try:
        return Achievement.model_validate(
            {**row, "holder": holder_id, "source": f"{name}, {ROWS}[{i}]"}
        )
    except ValidationError as error:
        problems += model_problems(error, _problem(name, "invalid", index=i))
        return None


def _one_holder_record(holder: HolderProfile, achievements: list[Achievement]) -> Dataset:
    """The record a store would hold for this file. A person belongs to a unit
    the file does not describe; a unit standing for it keeps the person valid."""
    if holder.kind == "collective":
        unit = Unit(
            id=holder.id,
            name=holder.name,
            flag_eligible=holder.flag_eligible,
            founded=holder.founded,
        )
        return Dataset(units=[unit], achievements=achievements)
    own_unit = Unit(id=f"{holder.id}-don-vi", name=f"(đơn vị của {holder.id})")
    person = Person(id=holder.id, name=holder.name, unit=own_unit.id)
    return Dataset(units=[own_unit], people=[person], achievements=achievements)


def _at_row(
    problem: Problem, name: str, rows: list[int], measures: list[int] | None = None
) -> Problem:
    """The validator's problem about record k of the change, put at the file's
    row (rows[k], or measures[k] for a disciplinary measure); a problem about the
    holder's record, at its `holder.` field."""
    update: dict[str, Any] = {"file": name}
    if problem.collection == MEASURES and problem.index is not None and measures is not None:
        rows = measures
    if problem.collection in (ROWS, MEASURES) and problem.index is not None:
        update["index"] = rows[problem.index]
        params = dict(problem.params)
        if "other_index" in params:
            params["other_index"] = str(rows[int(params["other_index"])])
        update["params"] = params
    else:
        update.update(collection=None, index=None, field=f"holder.{problem.field}")
    return problem.model_copy(update=update)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems of the whole file first, then row by row."""
    return sorted(problems, key=lambda p: -1 if p.index is None else p.index)
