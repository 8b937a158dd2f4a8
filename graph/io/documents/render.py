"""The appendices by name, and any official document as the bytes of a file: the
one place the faces (CLI, app) go through, so that both write the same files."""

from __future__ import annotations

import io
from pathlib import Path

from graph.io.documents.model import OfficialDocument, Reference
from graph.models import Dataset

FORMATS = ("docx", "xlsx")
APPENDIX_KINDS = ("roadmap", "focal-units", "bonus-criteria")
MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FILE_STEMS = {
    "roadmap": "phu-luc-5-lo-trinh-khen-cao",
    "focal-units": "phu-luc-1-don-vi-dau-moi",
    "bonus-criteria": "phu-luc-2-tieu-chi-diem-thuong",
    "eligibility": "ket-qua-kiem-tra-dieu-kien",
}


def appendix(
    kind: str, data: Dataset, *, year: int | None = None, reference: Reference | None = None
) -> OfficialDocument:
    """PL5 (`roadmap`, for a plan year), PL1 (`focal-units`) or PL2
    (`bonus-criteria`, for a year) from the record. (The builders are imported here:
    `khencao --help` reads only the names above.)"""
    from graph.io.documents.roadmap import roadmap_appendix
    from graph.io.documents.scoring_appendices import (
        bonus_criteria_appendix,
        focal_units_appendix,
    )

    if kind == "roadmap":
        return roadmap_appendix(data, plan_year=year, reference=reference)
    if kind == "focal-units":
        return focal_units_appendix(data, reference=reference)
    if kind == "bonus-criteria":
        return bonus_criteria_appendix(data, year=year, reference=reference)
    raise ValueError(f"unknown appendix {kind!r}; expected one of {', '.join(APPENDIX_KINDS)}")


def render(document: OfficialDocument, fmt: str) -> bytes:
    buffer = io.BytesIO()
    save(document, fmt, buffer)
    return buffer.getvalue()


def save(document: OfficialDocument, fmt: str, target: Path | io.BytesIO) -> None:
    # python-docx and openpyxl only when a document is written (graph/io/cells.py says why)
    if fmt == "docx":
        from graph.io.documents.word import write_docx

        write_docx(document, target)
    elif fmt == "xlsx":
        from graph.io.documents.excel import write_xlsx

        write_xlsx([document], target)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def file_name(kind: str, fmt: str) -> str:
    return f"{FILE_STEMS.get(kind, kind)}.{fmt}"
