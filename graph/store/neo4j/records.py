"""Records to Neo4j properties and back.

Neo4j properties hold strings, numbers, booleans, dates and lists of them. Enums
go in as their values, tuples as lists, dates as Neo4j dates (so that Cypher can
compare them), and decimal points as strings: a float would turn 1.1 points into
1.1000000000000001. Properties the store adds for itself (`seq`, `key`, the
focal-unit marks) are dropped on the way back, so a record read is equal to the
record written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from neo4j.time import Date, DateTime
from pydantic import BaseModel

from graph.models import FocalUnit, LineageEvent, Unit
from graph.store.graphmodel import LINEAGE_KINDS

R = TypeVar("R", bound=BaseModel)
BOOKKEEPING = frozenset({"seq", "key", "focal_order", "focal_source"})
PLAIN = frozenset({str, int, float, bool, type(None)})


def properties(record: BaseModel, *, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """The record's fields as Neo4j property values (None where a field is empty)."""
    dumped = record.model_dump(exclude=set(exclude))
    return {name: to_property(value) for name, value in dumped.items()}


def to_property(value: Any) -> Any:
    if type(value) in PLAIN:  # most values, and the fast way out: an enum is not one
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [to_property(item) for item in value]
    return value


def fields(props: Mapping[str, Any], *also_drop: str) -> dict[str, Any]:
    """Model fields from stored properties: bookkeeping dropped, dates made native."""
    drop = BOOKKEEPING.union(also_drop)
    return {name: _from_property(value) for name, value in props.items() if name not in drop}


def _from_property(value: Any) -> Any:
    if isinstance(value, Date | DateTime):
        return value.to_native()
    return value


def unit_of(props: Mapping[str, Any], lineage: Iterable[Mapping[str, Any]]) -> Unit:
    events = tuple(
        LineageEvent(kind=LINEAGE_KINDS[event["type"]], **fields(event, "type"))
        for event in lineage
    )
    return Unit(**fields(props), lineage=events)


def record_of(model: type[R], props: Mapping[str, Any]) -> R:
    """A block, person, achievement, criterion, score or target from its properties."""
    return model(**fields(props))


def focal_unit_of(unit: str, order: int, source: str | None, grouped: list[str]) -> FocalUnit:
    return FocalUnit(order=order, unit=unit, grouped=tuple(grouped), source=source)
