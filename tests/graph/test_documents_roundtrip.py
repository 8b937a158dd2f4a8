"""An appendix exported from the record and imported into an empty store gives the
record back: the issue's round trip, for Word and Excel.

Ids are the store's own keys, so the comparison is by the units' names (the
only identity a document carries); the ids the import makes are checked too.
"""

from __future__ import annotations

import pytest

from graph.io.documents.importer import import_document, preview_document
from graph.io.documents.new_units import slugify
from graph.io.documents.render import appendix, save
from graph.models import Dataset


def histories(data: Dataset, holders: set[str] | None = None) -> dict[str, set[tuple[str, int]]]:
    """Unit name → {(award, year)}."""
    names = {u.id: u.name for u in data.units}
    found: dict[str, set[tuple[str, int]]] = {}
    for a in data.achievements:
        if holders is None or a.holder in holders:
            found.setdefault(names[a.holder], set()).add((a.award, a.year))
    return found


def targets(data: Dataset) -> set[tuple]:
    names = {u.id: u.name for u in data.units}
    return {
        (names[t.holder], t.award, t.section, t.order, t.plan_year, t.by_year, t.note)
        for t in data.targets
    }


@pytest.fixture
def exported(longbien, tmp_path):
    def write(kind: str, fmt: str):
        path = tmp_path / f"{kind}.{fmt}"
        save(appendix(kind, longbien), fmt, path)
        return path

    return write


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_long_bien_roadmap_comes_back_whole_into_an_empty_store(
    longbien, empty_store, exported, fmt
):
    import_document(empty_store, exported("roadmap", fmt))
    back = empty_store.snapshot()
    pl5_units = {t.holder for t in longbien.targets}
    assert len(pl5_units) == 18
    assert histories(back) == histories(longbien, pl5_units)
    assert targets(back) == targets(longbien)
    assert len(back.achievements) == len(longbien.achievements) == 65


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_units_made_by_the_import_are_named_and_keyed_as_written(empty_store, exported, fmt):
    import_document(empty_store, exported("roadmap", fmt))
    units = {u.name: u for u in empty_store.snapshot().units}
    assert units["Phòng Y tế"].id == "phong-y-te"
    assert units["Phòng Y tế"].kind == "department"
    assert units["Phường Phúc Đồng"].kind == "ward"
    assert units["Văn phòng Quận ủy"].kind == "party_body"
    assert all(u.id == slugify(u.name) for u in units.values())


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_importing_the_same_roadmap_twice_adds_nothing(empty_store, exported, fmt):
    path = exported("roadmap", fmt)
    import_document(empty_store, path)
    before = empty_store.snapshot()
    again = preview_document(empty_store, path)
    assert again.change.add.is_empty() and not again.problems
    assert {a.status for u in again.units for a in u.awards} == {"in_store"}
    assert not again.new_units
    import_document(empty_store, path)
    assert empty_store.snapshot() == before


def test_exporting_from_the_long_bien_store_and_reading_it_back_finds_only_known_units(
    longbien_store, exported
):
    preview = preview_document(longbien_store, exported("roadmap", "docx"))
    assert not preview.new_units
    assert preview.change.add.is_empty()
    assert {u.id for u in preview.units} == {t.holder for t in longbien_store.snapshot().targets}


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_focal_units_and_bonus_criteria_come_back(longbien, empty_store, exported, fmt):
    import_document(empty_store, exported("focal-units", fmt))
    import_document(empty_store, exported("bonus-criteria", fmt))
    back = empty_store.snapshot()
    names = {u.id: u.name for u in back.units}
    original = {u.id: u.name for u in longbien.units}

    def focal(data, named):
        return {
            (f.order, named[f.unit], tuple(named[g] for g in f.grouped)) for f in data.focal_units
        }

    def criteria(data, named):
        return {
            (c.year, c.section, c.section_title, c.number, c.content, named[c.scorer], c.points,
             c.conventional_points)
            for c in data.bonus_criteria
        }  # fmt: skip

    assert focal(back, names) == focal(longbien, original)
    assert criteria(back, names) == criteria(longbien, original)
