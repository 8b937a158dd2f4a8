"""Sorting what the appendix readers returned into a preview.

The readers (graph.io.appendix) give records and findings, each with a source that
names a line of the text layout; here every record gets its place in the file
instead, is marked new, already in the store or repeated, and every finding
becomes a fragment not read, attached to its unit when it belongs to a PL5 row.
Rows that gave nothing and no finding are reported too: nothing is dropped
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.catalogue import Catalogue
from graph.io.appendix import AppendixRecords, Finding
from graph.io.documents.layout import Place
from graph.io.documents.new_units import UnitFinder
from graph.io.documents.preview import (
    DocumentPreview,
    ReadAward,
    ReadTarget,
    SectionFound,
    Status,
    UnitPreview,
    Unread,
)
from graph.io.documents.sections import SectionText
from graph.models import Achievement, Change, Dataset, Unit
from graph.problems import Problem
from graph.validate import check_change

# How graph.io.appendix writes where a record came from: "PL5 §1 HCLD1 #1, line 347: 2014: …"
SOURCE = re.compile(r"^(?P<where>.*?), line (?P<line>\d+)(?:: (?P<text>.*))?$", re.DOTALL)
FINDING_REASONS = (
    ("unknown unit", "unknown_unit"),
    ("unknown target", "unknown_target"),
    ("points are not numbers", "points"),
    ("the stated total differs", "total"),
)
AWARD_TEXT_REASON = re.compile(r"\((\w+)\)$")  # "award text not read (no_year)"
ROW_MARKERS = {"roadmap": r"\d+", "focal_units": r"\d+\.", "bonus_criteria": r"\d+\."}


@dataclass
class PreviewBuilder:
    file: str
    current: Dataset
    finder: UnitFinder
    places: dict[int, Place] = field(default_factory=dict)  # layout line → place
    rows: dict[Place, tuple[str, ...]] = field(default_factory=dict)
    row_kinds: dict[Place, str] = field(default_factory=dict)
    read_places: set[Place] = field(default_factory=set)
    awards: list[ReadAward] = field(default_factory=list)
    targets: list[ReadTarget] = field(default_factory=list)
    focal: list = field(default_factory=list)
    criteria: list = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    adding: dict[str, list] = field(default_factory=dict)  # collection → new records
    adding_places: dict[str, list[Place | None]] = field(default_factory=dict)
    seen: dict[str, set[str]] = field(default_factory=dict)  # collection → keys read
    stored: dict[str, set[str]] = field(default_factory=dict)  # collection → keys held

    def __post_init__(self) -> None:
        self.stored = {
            "achievements": {a.key for a in self.current.achievements},
            "targets": {t.key for t in self.current.targets},
            "focal_units": {f.unit for f in self.current.focal_units},
            "bonus_criteria": {c.key for c in self.current.bonus_criteria},
        }

    def take(self, laid: SectionText, records: AppendixRecords) -> None:
        """What the readers found in one section of the document."""
        self.places.update(laid.places)
        self.rows.update(laid.rows)
        self.row_kinds.update({place: laid.section.kind or "" for place in laid.rows})
        for achievement in records.achievements:
            self._achievement(achievement)
        for target in records.targets:
            place = self._place_of(target.source)
            status = self._record("targets", target, place, target.key)
            self.targets.append(ReadTarget(target, place, status))
        for focal in records.focal_units:
            place = self._place_of(focal.source)
            self.focal.append((focal, self._record("focal_units", focal, place, focal.unit)))
        for criterion in records.bonus_criteria:
            place = self._place_of(criterion.source)
            status = self._record("bonus_criteria", criterion, place, criterion.key)
            self.criteria.append((criterion, status))
        for finding in records.findings:
            self._finding(finding)

    def preview(self, sections: list[SectionFound], catalogue: Catalogue) -> DocumentPreview:
        unread = [*self.unread, *self._rows_not_read()]
        referenced = self._referenced()
        new_units = [u for u in self.finder.new_units() if u.id in referenced]
        change = Change(
            add=Dataset(
                units=new_units,
                achievements=self.adding.get("achievements", []),
                targets=self.adding.get("targets", []),
                focal_units=self.adding.get("focal_units", []),
                bonus_criteria=self.adding.get("bonus_criteria", []),
            )
        )
        problems = [
            (self._problem_place(p), p) for p in check_change(change, self.current, catalogue)
        ]
        return DocumentPreview(
            file=self.file,
            sections=sections,
            units=self._unit_previews(unread, {u.id: u for u in new_units}),
            new_units=new_units,
            focal_units=self.focal,
            bonus_criteria=self.criteria,
            unread=[u for u in unread if u.holder is None],
            change=change,
            problems=problems,
        )

    # records ----------------------------------------------------------------------

    def _place_of(self, source: str | None) -> Place | None:
        match = SOURCE.match(source or "")
        place = self.places.get(int(match["line"])) if match else None
        if place is not None:
            self.read_places.add(place)
        return place

    def _source(self, source: str | None, place: Place | None) -> str:
        """The reader's source, with the place in the file instead of a line of
        the layout nobody sees."""
        match = SOURCE.match(source or "")
        if match is None:
            return f"{self.file}: {source}"
        where = f"{self.file}, {place.text('en')}" if place else self.file
        text = f": {match['text']}" if match["text"] else ""
        return f"{where}, {match['where']}{text}"

    def _record(self, collection: str, record, place: Place | None, key: str) -> Status:
        """New records go into the change; what the store holds, or the document
        said already, is only shown."""
        seen = self.seen.setdefault(collection, set())
        if key in self.stored[collection]:
            return "in_store"
        if key in seen:
            return "repeated"
        seen.add(key)
        self.adding.setdefault(collection, []).append(
            record.model_copy(update={"source": self._source(record.source, place)})
        )
        self.adding_places.setdefault(collection, []).append(place)
        return "new"

    def _achievement(self, achievement: Achievement) -> None:
        place = self._place_of(achievement.source)
        status = self._record("achievements", achievement, place, achievement.key)
        match = SOURCE.match(achievement.source or "")
        text = (match["text"] if match else None) or ""
        self.awards.append(
            ReadAward(achievement.holder, achievement.award, achievement.year, text, place, status)
        )

    def _finding(self, finding: Finding) -> None:
        place = self.places.get(finding.line)
        if place is not None:
            self.read_places.add(place)
        reason = next((c for text, c in FINDING_REASONS if finding.reason.startswith(text)), None)
        award_reason = AWARD_TEXT_REASON.search(finding.reason)
        if reason is None:
            reason = award_reason[1] if award_reason else "other"
        self.unread.append(Unread(finding.text.strip(), reason, place, self._holder_at(place)))

    def _holder_at(self, place: Place | None) -> str | None:
        """The unit of a PL5 row (its second cell), for an unread fragment of it."""
        cells = self.rows.get(place) if place else None
        if not cells or self.row_kinds.get(place) != "roadmap" or len(cells) < 2:
            return None
        return self.finder.lookup(cells[1])

    def _rows_not_read(self) -> list[Unread]:
        found = []
        for place, cells in self.rows.items():
            pattern = ROW_MARKERS.get(self.row_kinds.get(place, ""))
            if pattern and re.fullmatch(pattern, cells[0]) and place not in self.read_places:
                text = " | ".join(" ".join(c.split()) for c in cells)
                found.append(Unread(text, "row_not_read", place, self._holder_at(place)))
        return found

    # the preview ------------------------------------------------------------------

    def _referenced(self) -> set[str]:
        """Units a new record names: a unit made for a row that gave nothing is
        not worth creating."""
        ids = {a.holder for a in self.adding.get("achievements", [])}
        ids |= {t.holder for t in self.adding.get("targets", [])}
        for focal in self.adding.get("focal_units", []):
            ids |= {focal.unit, *focal.grouped}
        ids |= {c.scorer for c in self.adding.get("bonus_criteria", [])}
        return ids

    def _problem_place(self, problem: Problem) -> Place | None:
        if problem.collection is None or problem.index is None:
            return None
        places = self.adding_places.get(problem.collection, [])
        return places[problem.index] if problem.index < len(places) else None

    def _unit_previews(self, unread: list[Unread], new_units: dict[str, Unit]) -> list[UnitPreview]:
        units: dict[str, UnitPreview] = {}

        def unit(holder: str) -> UnitPreview:
            if holder not in units:
                known = new_units.get(holder) or self.current.unit(holder)
                units[holder] = UnitPreview(
                    id=holder,
                    name=known.name if known else holder,
                    new=holder in new_units,
                    written_as=self.finder.written_as(holder),
                )
            return units[holder]

        for target in self.targets:
            unit(target.target.holder).targets.append(target)
        for award in self.awards:
            unit(award.holder).awards.append(award)
        for fragment in unread:
            if fragment.holder is not None:
                unit(fragment.holder).unread.append(fragment)
        return list(units.values())
