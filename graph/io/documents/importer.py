"""Reading an appendix (.docx or .xlsx) into the record: preview first, then one
atomic change.

The document is laid out as the letter's text (graph.io.documents.sections) and
read by the letter's own readers (graph.io.appendix), whose award text goes
through the free-text parser: one reading of PL1, PL2 and PL5 for the seed,
for exported files and for appendices typed by people. What the readers return
is then sorted for the person who decides: new or already recorded, read or
not read and why, where in the file, which units the import would create.
"""

from __future__ import annotations

from pathlib import Path

from graph.catalogue import Catalogue, default_catalogue
from graph.io.appendix import read_appendices
from graph.io.documents.layout import Item, read_items
from graph.io.documents.new_units import UnitFinder
from graph.io.documents.preview import DocumentPreview, SectionFound
from graph.io.documents.preview_builder import PreviewBuilder
from graph.io.documents.sections import section_texts, split_sections
from graph.models import Dataset
from graph.problems import Problem, Rejected
from graph.store import GraphStore


def preview_document(
    store: GraphStore, path: Path, *, catalogue: Catalogue | None = None
) -> DocumentPreview:
    """What importing `path` would add to the store, and why anything is not read
    or would be refused. Nothing is written."""
    return preview_items(read_items(Path(path)), store.snapshot(), Path(path).name, catalogue)


def import_document(
    store: GraphStore, path: Path, *, catalogue: Catalogue | None = None
) -> DocumentPreview:
    """Preview, then write all of it or nothing; returns the preview written."""
    preview = preview_document(store, path, catalogue=catalogue)
    if preview.problems:
        raise Rejected(located_problems(preview))
    if preview.change.add.is_empty():
        return preview
    apply_preview(store, preview, path, catalogue=catalogue)
    return preview


def apply_preview(
    store: GraphStore,
    preview: DocumentPreview,
    path: Path | None = None,
    *,
    catalogue: Catalogue | None = None,
) -> None:
    """Write a preview a person has confirmed. If the store changed since, the
    store refuses the change whole and the problems are reported afresh."""
    try:
        store.apply(preview.change)
    except Rejected as rejected:
        if path is None:
            raise
        again = preview_document(store, path, catalogue=catalogue)
        raise Rejected(located_problems(again) or rejected.problems) from None


def located_problems(preview: DocumentPreview) -> list[Problem]:
    """The preview's problems as plain Problems, the file and place in `file`."""
    return [
        problem.model_copy(
            update={"file": f"{preview.file}, {place.text('en')}" if place else preview.file}
        )
        for place, problem in preview.problems
    ]


def preview_items(
    items: list[Item], current: Dataset, file: str, catalogue: Catalogue | None = None
) -> DocumentPreview:
    catalogue = catalogue or default_catalogue()
    sections = split_sections(items)
    texts = section_texts(sections)
    finder = UnitFinder(current.units, file)
    builder = PreviewBuilder(file, current, finder)
    for laid in texts:
        builder.take(laid, read_appendices(laid.text, finder))
    found = [SectionFound(s.heading, s.kind, s.place) for s in sections]
    preview = builder.preview(found, catalogue)
    if not any(section.kind for section in sections):
        # An empty letter, or one with no PL1, PL2 or PL5, is not "nothing new".
        preview.problems.append((None, Problem(reason="no_appendix")))
    return preview
