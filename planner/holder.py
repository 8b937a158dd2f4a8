"""Who is being checked: the few facts about a holder the rules look at."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from graph.models import MAX_YEAR, MIN_YEAR, HolderKind, Person, Unit


class HolderProfile(BaseModel):
    """A unit or a person, reduced to what eligibility depends on.

    A history file describes a holder not yet entered anywhere, so the checker
    takes this plain profile rather than a stored Unit or Person."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: HolderKind
    flag_eligible: bool = True
    founded: int | None = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)

    @classmethod
    def of(cls, holder: Unit | Person | HolderProfile) -> HolderProfile:
        if isinstance(holder, HolderProfile):
            return holder
        if isinstance(holder, Unit):
            return cls(
                id=holder.id,
                name=holder.name,
                kind="collective",
                flag_eligible=holder.flag_eligible,
                founded=holder.founded,
            )
        return cls(id=holder.id, name=holder.name, kind="individual", flag_eligible=False)
