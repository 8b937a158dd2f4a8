"""Who is being checked: the few facts about a holder the rules look at."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from graph.models import ID_PATTERN, Discipline, HolderKind, Name, Person, Record, Unit, Year


class HolderProfile(Record):
    """A unit or a person, reduced to what eligibility depends on.

    A history file describes a holder not yet entered anywhere, so the checker
    takes this plain profile rather than a stored Unit or Person. Its fields
    follow the record's own rules (id, name, year), so that a profile always
    becomes a Unit or a Person the store would accept."""

    id: str = Field(pattern=ID_PATTERN)
    name: Name
    kind: HolderKind
    flag_eligible: bool = True
    founded: Year | None = None
    # its disciplinary measures (kỷ luật): they restart every count where the
    # ruleset says so (planner/check/discipline.py)
    disciplines: tuple[Discipline, ...] = ()
    # the units whose history it carries (merged into it, renamed), under the
    # setting `carry_predecessors`: a verdict resting on them names the basis
    carried_from: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, holder: Unit | Person | HolderProfile, disciplines: Iterable[Discipline] = ()
    ) -> HolderProfile:
        measures = tuple(disciplines)
        if isinstance(holder, HolderProfile):
            if not measures:
                return holder
            return holder.model_copy(update={"disciplines": holder.disciplines + measures})
        if isinstance(holder, Unit):
            return cls(
                id=holder.id,
                name=holder.name,
                kind="collective",
                flag_eligible=holder.flag_eligible,
                founded=holder.founded,
                disciplines=measures,
            )
        return cls(
            id=holder.id,
            name=holder.name,
            kind="individual",
            flag_eligible=False,
            disciplines=measures,
        )
