"""Checks a change against what a store already holds, before anything is written.

Both stores, every importer and the history-file reader call `check_change`;
a non-empty answer means the whole change is refused. Problems name the
collection and index of the offending record; the importers turn those into
file rows.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Iterator

from graph.catalogue import Catalogue
from graph.lineage import came_from, lineage_cycle, lineage_links
from graph.models import (
    Achievement,
    Change,
    Dataset,
    HolderKind,
    Record,
    RoadmapVersion,
    Unit,
    may_hold_control_characters,
    well_formed_points,
)
from graph.names import fold
from graph.problems import Problem

SUGGESTIONS = "suggestions"


def check_change(change: Change, current: Dataset, catalogue: Catalogue) -> list[Problem]:
    return _ChangeCheck(change, current, catalogue).run()


def this_year() -> int:
    """The calendar year now: no achievement is recorded for a year that has not
    begun (a proposal year, or a target's year, is not an achievement year)."""
    return dt.date.today().year


class _ChangeCheck:
    def __init__(self, change: Change, current: Dataset, catalogue: Catalogue):
        self.change = change
        self.add = change.add
        self.current = current
        self.catalogue = catalogue
        self.problems: list[Problem] = []
        replaced = {u.id: u for u in change.replace_units}
        self.units = {u.id: replaced.get(u.id, u) for u in current.units}
        self.units.update({u.id: u for u in self.add.units})
        self.holder_kinds: dict[str, HolderKind] = {
            **current.holder_kinds(),
            **self.add.holder_kinds(),
        }

    def run(self) -> list[Problem]:
        self._check_text()
        self._check_ids()
        self._check_units()
        if self.change.replace_units or self.add.units:
            self._check_unit_names()
            self._check_parents()
            self._check_lineage()
        self._check_people()
        self._check_removals()
        self._check_achievements()
        self._check_focal_units()
        self._check_criteria()
        self._check_scores()
        self._check_targets()
        if self.add.roadmaps or self.change.replace_roadmaps or self.change.remove_roadmaps:
            self._check_roadmaps()
        self._check_disciplines()
        return self.problems

    def problem(self, collection: str, index: int, field: str, reason: str, value=None, **params):
        self.problems.append(
            Problem(
                reason=reason,
                collection=collection,
                index=index,
                field=field,
                value=None if value is None else str(value),
                params={k: str(v) for k, v in params.items()},
            )
        )

    def changed_units(self) -> Iterator[tuple[str, int, Unit]]:
        """The units this change writes: corrections first, then new units."""
        for collection, units in (
            ("replace_units", self.change.replace_units),
            ("units", self.add.units),
        ):
            for i, unit in enumerate(units):
                yield collection, i, unit

    # text -----------------------------------------------------------------------

    def _check_text(self) -> None:
        """No control character in any text field of any record (tab and line
        breaks allowed in notes): they break every spreadsheet export and can
        rewrite the terminal a record is printed in."""
        collections: list[tuple[str, list[Record]]] = [
            (name, getattr(self.add, name)) for name in type(self.add).model_fields
        ]
        collections.append(("replace_units", list(self.change.replace_units)))
        collections.append(("replace_roadmaps", list(self.change.replace_roadmaps)))
        for collection, records in collections:
            if not may_hold_control_characters(records):
                continue
            for i, record in enumerate(records):
                for field, text, index in record.text_faults():
                    self.problem(
                        collection,
                        i,
                        field,
                        "control_character",
                        text,
                        character=f"U+{ord(text[index]):04X}",
                        position=index + 1,
                    )

    # identity -----------------------------------------------------------------

    def _check_ids(self) -> None:
        """Holder ids are unique across units and people; so are the keys of
        every other collection, within the change and against the store."""
        stored = {u.id for u in self.current.units} | {p.id for p in self.current.people}
        seen: dict[str, int] = {}
        for collection, records in (("units", self.add.units), ("people", self.add.people)):
            for i, record in enumerate(records):
                self._unique(collection, i, "id", record.id, stored, seen)
        keyed = (
            ("achievements", "award", self.add.achievements, self.current.achievements),
            ("bonus_criteria", "number", self.add.bonus_criteria, self.current.bonus_criteria),
            ("targets", "award", self.add.targets, self.current.targets),
            ("disciplines", "year", self.add.disciplines, self.current.disciplines),
            ("scores", "criterion", self.add.scores, self.current.scores),
        )
        removed = set(self.change.remove_achievements)
        for collection, field, records, existing in keyed:
            stored_keys = {r.key for r in existing} - removed
            seen = {}
            for i, record in enumerate(records):
                self._unique(collection, i, field, record.key, stored_keys, seen)
        stored_focal = {f.unit for f in self.current.focal_units}
        seen = {}
        for i, focal in enumerate(self.add.focal_units):
            self._unique("focal_units", i, "unit", focal.unit, stored_focal, seen)
        stored_blocks = {b.id for b in self.current.blocks}
        seen = {}
        for i, block in enumerate(self.add.blocks):
            self._unique("blocks", i, "id", block.id, stored_blocks, seen)

    def _unique(self, collection, index, field, key, stored: set, seen: dict) -> None:
        if key in stored:
            self.problem(collection, index, field, "duplicate_in_store", key)
        elif key in seen:
            self.problem(collection, index, field, "duplicate_in_input", key, other_index=seen[key])
        else:
            seen[key] = index

    # references -----------------------------------------------------------------

    def _known_unit(self, collection, index, field, unit_id) -> bool:
        if unit_id in self.units:
            return True
        self.problem(
            collection,
            index,
            field,
            "unknown_unit",
            unit_id,
            **{SUGGESTIONS: _near(unit_id, self.units)},
        )
        return False

    def _check_units(self) -> None:
        for collection, units in (
            ("units", self.add.units),
            ("replace_units", self.change.replace_units),
        ):
            for i, unit in enumerate(units):
                if collection == "replace_units" and not any(
                    u.id == unit.id for u in self.current.units
                ):
                    self.problem(collection, i, "id", "not_found", unit.id)
                if unit.parent is not None:
                    self._known_unit(collection, i, "parent", unit.parent)
                for event in unit.lineage:
                    self._known_unit(collection, i, "lineage", event.other)

    def _check_unit_names(self) -> None:
        """A name or alias names one unit only, compared as a name lookup compares
        them (graph.names.fold: NFC, case, spacing, punctuation, tone placement).
        Otherwise a lookup by name silently picks the first."""
        changed = {unit.id for _, _, unit in self.changed_units()}
        owners: dict[str, Unit] = {}
        for unit in self.current.units:
            if unit.id not in changed:
                for name in (unit.name, *unit.aliases):
                    owners.setdefault(fold(name), unit)
        for collection, i, unit in self.changed_units():
            for field, name in [("name", unit.name), *(("aliases", a) for a in unit.aliases)]:
                owner = owners.setdefault(fold(name), unit)
                if owner.id != unit.id:
                    self.problem(
                        collection,
                        i,
                        field,
                        "name_taken",
                        name,
                        other=owner.id,
                        other_name=owner.name,
                    )

    def _check_parents(self) -> None:
        """Parent links lead up and end: a unit is never its own parent, even
        through others."""
        parents = {unit.id: unit.parent for unit in self.units.values()}
        for collection, i, unit in self.changed_units():
            chain, seen, above = [unit.id], {unit.id}, unit.parent
            while above is not None and above in parents:
                chain.append(above)
                if above == unit.id:
                    self.problem(
                        collection, i, "parent", "parent_cycle", unit.parent, cycle=_arrows(chain)
                    )
                    break
                if above in seen:  # a circle stored before, that this unit only leads into
                    break
                seen.add(above)
                above = parents[above]

    def _check_lineage(self) -> None:
        """Lineage runs one way in time: no unit renamed from, merged into or
        split from itself, and no circle through other units (A merged into B
        and B into A), else each would inherit the other's awards."""
        graph = came_from(self.units.values())
        for collection, i, unit in self.changed_units():
            for later, earlier, _ in lineage_links([unit]):
                if later == earlier:
                    self.problem(collection, i, "lineage", "lineage_self", unit.id)
                    break
                cycle = lineage_cycle(graph, later, earlier, start=unit.id)
                if cycle is not None:
                    other = earlier if later == unit.id else later
                    self.problem(
                        collection, i, "lineage", "lineage_cycle", other, cycle=_arrows(cycle)
                    )
                    break

    def _check_people(self) -> None:
        """Every person belongs to a known unit, and no two people of one unit
        share a name (compared as unit names are)."""
        units = {person.unit for person in self.add.people}
        owners = {(p.unit, fold(p.name)): p for p in self.current.people if p.unit in units}
        for i, person in enumerate(self.add.people):
            self._known_unit("people", i, "unit", person.unit)
            owner = owners.setdefault((person.unit, fold(person.name)), person)
            if owner.id != person.id:
                self.problem(
                    "people",
                    i,
                    "name",
                    "person_name_taken",
                    person.name,
                    other=owner.id,
                    unit=person.unit,
                )

    def _check_removals(self) -> None:
        stored = {a.key for a in self.current.achievements}
        for i, key in enumerate(self.change.remove_achievements):
            if key not in stored:
                self.problem("remove_achievements", i, "key", "not_found", key)

    def _check_achievements(self) -> None:
        removed = set(self.change.remove_achievements)
        kept = [a for a in self.current.achievements if a.key not in removed]
        ratings = _ratings_by_year(kept, self.catalogue)
        implied = _implied_by_year(kept, self.catalogue)
        now = this_year()
        for i, achievement in enumerate(self.add.achievements):
            if achievement.year > now:
                self.problem("achievements", i, "year", "future_year", achievement.year, now=now)
            award = self._known_award("achievements", i, achievement.award)
            holder_kind = self._known_holder("achievements", i, achievement.holder)
            if award is None or holder_kind is None:
                continue
            self._check_holder_may_receive(i, achievement, holder_kind)
            self._check_year_consistency(i, achievement, ratings, implied)

    def _check_holder_may_receive(self, i: int, achievement: Achievement, kind: HolderKind):
        award = self.catalogue[achievement.award]
        if not award.may_be_held_by(kind):
            reason = "individual_only" if kind == "collective" else "collective_only"
            self.problem(
                "achievements",
                i,
                "award",
                reason,
                achievement.award,
                award=award.code,
                holder=achievement.holder,
            )
            return
        unit = self.units.get(achievement.holder)
        if unit is None:
            return
        if award.flag and not unit.flag_eligible:
            self.problem(
                "achievements",
                i,
                "award",
                "flag_ineligible",
                achievement.award,
                award=award.code,
                holder=unit.id,
            )
        if unit.founded is not None and achievement.year < unit.founded:
            self.problem(
                "achievements",
                i,
                "year",
                "before_founding",
                achievement.year,
                year=achievement.year,
                holder=unit.id,
                founded=unit.founded,
            )

    def _check_year_consistency(self, i, achievement: Achievement, ratings, implied) -> None:
        """One rating a holder a year, and no rating below what a title implies."""
        award = self.catalogue[achievement.award]
        slot = (achievement.holder, achievement.year)
        if award.category == "rating":
            other = ratings.get(slot)
            if other is not None and other != award.code:
                self.problem(
                    "achievements",
                    i,
                    "award",
                    "conflicting_rating",
                    award.code,
                    holder=achievement.holder,
                    other=other,
                    year=achievement.year,
                )
            for code, rating in implied.get(slot, []):
                if rating != award.code:
                    self.problem(
                        "achievements",
                        i,
                        "award",
                        "implied_rating",
                        award.code,
                        award=code,
                        year=achievement.year,
                        holder=achievement.holder,
                        rating=award.code,
                    )
            ratings.setdefault(slot, award.code)
        if award.implies:
            rating = ratings.get(slot)
            if rating is not None and rating != award.implies:
                self.problem(
                    "achievements",
                    i,
                    "award",
                    "implied_rating",
                    award.code,
                    award=award.code,
                    year=achievement.year,
                    holder=achievement.holder,
                    rating=rating,
                )
            implied.setdefault(slot, []).append((award.code, award.implies))

    def _check_focal_units(self) -> None:
        for i, focal in enumerate(self.add.focal_units):
            self._known_unit("focal_units", i, "unit", focal.unit)
            for grouped in focal.grouped:
                self._known_unit("focal_units", i, "grouped", grouped)

    def _check_criteria(self) -> None:
        for i, criterion in enumerate(self.add.bonus_criteria):
            self._known_unit("bonus_criteria", i, "scorer", criterion.scorer)
            for field in ("points", "conventional_points"):
                self._well_formed_points("bonus_criteria", i, field, getattr(criterion, field))

    def _well_formed_points(self, collection: str, index: int, field: str, points) -> bool:
        if well_formed_points(points):
            return True
        self.problem(collection, index, field, "points_precision", points)
        return False

    def _check_scores(self) -> None:
        """A score names a known ward and criterion, comes from the criterion's own
        focal unit, and stays within the criterion's points."""
        criteria = {c.key: c for c in [*self.current.bonus_criteria, *self.add.bonus_criteria]}
        for i, score in enumerate(self.add.scores):
            well_formed = self._well_formed_points("scores", i, "points", score.points)
            ward = self.units.get(score.ward)
            if ward is None or ward.kind != "ward":
                self.problem(
                    "scores",
                    i,
                    "ward",
                    "unknown_ward",
                    score.ward,
                    **{
                        SUGGESTIONS: _near(
                            score.ward, [u.id for u in self.units.values() if u.kind == "ward"]
                        )
                    },
                )
            criterion = criteria.get(score.criterion)
            if criterion is None:
                self.problem(
                    "scores",
                    i,
                    "criterion",
                    "unknown_criterion",
                    score.criterion,
                    **{SUGGESTIONS: _near(score.criterion, criteria)},
                )
                continue
            if criterion.year != score.year:
                self.problem(
                    "scores",
                    i,
                    "year",
                    "criterion_year",
                    score.year,
                    criterion=criterion.key,
                    criterion_year=criterion.year,
                )
            if score.scorer != criterion.scorer:
                self.problem(
                    "scores",
                    i,
                    "scorer",
                    "not_the_scorer",
                    score.scorer,
                    criterion=criterion.key,
                    expected=criterion.scorer,
                )
            if well_formed and score.points > criterion.points:
                self.problem(
                    "scores",
                    i,
                    "points",
                    "above_maximum",
                    score.points,
                    criterion=criterion.key,
                    maximum=criterion.points,
                )

    def _check_targets(self) -> None:
        for i, target in enumerate(self.add.targets):
            self._known_award("targets", i, target.award)
            self._known_holder("targets", i, target.holder)

    def _check_roadmaps(self) -> None:
        """Roadmap versions: a name names one version (compared as unit names are),
        an edited or removed version exists, at most one is adopted, and each target
        names a known holder and a rung of the ladder that holder can receive, once
        per version, by a year not before the version starts. Whether the target is
        above the holder's current rung, and whether its year can be met, are the
        planner's questions (planner/roadmap/targets.py)."""
        change = self.change
        names = {v.name for v in self.current.roadmaps}
        for collection, edits in (
            ("replace_roadmaps", [v.name for v in change.replace_roadmaps]),
            ("remove_roadmaps", change.remove_roadmaps),
        ):
            for i, name in enumerate(edits):
                if name not in names:
                    self.problem(
                        collection,
                        i,
                        "name",
                        "not_found",
                        name,
                        **{SUGGESTIONS: _near(name, names)},
                    )
        removed = set(change.remove_roadmaps)
        replaced = {v.name: v for v in change.replace_roadmaps}
        kept = [replaced.get(v.name, v) for v in self.current.roadmaps if v.name not in removed]
        owners = {fold(v.name): v.name for v in kept}
        for i, version in enumerate(self.add.roadmaps):
            owner = owners.get(fold(version.name))
            if owner is not None:
                self.problem("roadmaps", i, "name", "roadmap_name_taken", version.name, other=owner)
            else:
                owners[fold(version.name)] = version.name
        adopted = [v.name for v in [*kept, *self.add.roadmaps] if v.adopted]
        if len(adopted) > 1:
            self.problem(
                "roadmaps", 0, "adopted", "two_adopted", adopted[-1], others=", ".join(adopted)
            )
        for collection, versions in (
            ("roadmaps", self.add.roadmaps),
            ("replace_roadmaps", change.replace_roadmaps),
        ):
            for i, version in enumerate(versions):
                self._check_roadmap_targets(collection, i, version)

    def _check_roadmap_targets(self, collection: str, index: int, version: RoadmapVersion) -> None:
        if version.to_year is not None and version.to_year < version.from_year:
            self.problem(
                collection,
                index,
                "to_year",
                "years_reversed",
                version.to_year,
                start=version.from_year,
            )
        seen: dict[str, int] = {}
        for j, target in enumerate(version.targets):
            where = f"targets[{j}]"
            award = self.catalogue.get(target.award)
            if award is None:
                self.problem(
                    collection,
                    index,
                    f"{where}.award",
                    "unknown_award",
                    target.award,
                    **{SUGGESTIONS: ", ".join(self.catalogue.suggest(target.award))},
                )
            elif award.rung is None:
                self.problem(
                    collection,
                    index,
                    f"{where}.award",
                    "not_a_rung",
                    target.award,
                    ladder=" → ".join(self.catalogue.ladder()),
                )
            kind = self.holder_kinds.get(target.holder)
            if kind is None:
                self.problem(
                    collection,
                    index,
                    f"{where}.holder",
                    "unknown_holder",
                    target.holder,
                    **{SUGGESTIONS: _near(target.holder, self.holder_kinds)},
                )
            elif award is not None and not award.may_be_held_by(kind):
                reason = "individual_only" if kind == "collective" else "collective_only"
                self.problem(
                    collection,
                    index,
                    f"{where}.award",
                    reason,
                    target.award,
                    award=award.code,
                    holder=target.holder,
                )
            if target.key in seen:
                self.problem(
                    collection,
                    index,
                    f"{where}.award",
                    "target_twice",
                    target.key,
                    other=seen[target.key],
                )
            seen.setdefault(target.key, j)
            if target.by_year is not None and target.by_year < version.from_year:
                self.problem(
                    collection,
                    index,
                    f"{where}.by_year",
                    "by_year_before_version",
                    target.by_year,
                    start=version.from_year,
                    version=version.name,
                )

    def _check_disciplines(self) -> None:
        """A measure names a known holder, a year that has begun, no earlier than
        the unit's founding, and an end that does not come before it."""
        now = this_year()
        for i, discipline in enumerate(self.add.disciplines):
            if discipline.year > now:
                self.problem(
                    "disciplines", i, "year", "future_discipline", discipline.year, now=now
                )
            if discipline.end_year is not None and discipline.end_year < discipline.year:
                self.problem(
                    "disciplines",
                    i,
                    "end_year",
                    "end_before_start",
                    discipline.end_year,
                    year=discipline.year,
                )
            if self._known_holder("disciplines", i, discipline.holder) is None:
                continue
            unit = self.units.get(discipline.holder)
            if unit is not None and unit.founded is not None and discipline.year < unit.founded:
                self.problem(
                    "disciplines",
                    i,
                    "year",
                    "before_founding",
                    discipline.year,
                    year=discipline.year,
                    holder=unit.id,
                    founded=unit.founded,
                )

    def _known_award(self, collection: str, index: int, code: str):
        award = self.catalogue.get(code)
        if award is None:
            self.problem(
                collection,
                index,
                "award",
                "unknown_award",
                code,
                **{SUGGESTIONS: ", ".join(self.catalogue.suggest(code))},
            )
        return award

    def _known_holder(self, collection: str, index: int, holder: str) -> HolderKind | None:
        kind = self.holder_kinds.get(holder)
        if kind is None:
            self.problem(
                collection,
                index,
                "holder",
                "unknown_holder",
                holder,
                **{SUGGESTIONS: _near(holder, self.holder_kinds)},
            )
        return kind


def _ratings_by_year(achievements: Iterable[Achievement], catalogue: Catalogue) -> dict:
    ratings = {}
    for a in achievements:
        award = catalogue.get(a.award)
        if award is not None and award.category == "rating":
            ratings[(a.holder, a.year)] = a.award
    return ratings


def _implied_by_year(achievements: Iterable[Achievement], catalogue: Catalogue) -> dict:
    implied: dict = {}
    for a in achievements:
        award = catalogue.get(a.award)
        if award is not None and award.implies:
            implied.setdefault((a.holder, a.year), []).append((a.award, award.implies))
    return implied


def _arrows(units: list[str]) -> str:
    return " → ".join(units)


def _near(value: str, known: Iterable[str]) -> str:
    return ", ".join(difflib.get_close_matches(value, list(known), n=3, cutoff=0.6))
