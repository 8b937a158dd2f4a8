"""What an official document is made of, independently of Word or Excel.

A builder decides the content (headings, numbering, rows); a writer decides how
it looks in one format. Keeping the two apart lets the same appendix go out as
.docx and .xlsx, and lets the eligibility sheet (built in planner/) use the same
writers without graph/ knowing about rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

BLANK = "……"  # left for the office to fill in by hand, as the seed leaves it
SYMBOL = "HĐTĐKT"  # the council's symbol after a letter's number: 125/HĐTĐKT

# “125/HĐTĐKT”, “Số 125 / hđtđkt”, “125/HDTDKT”: the symbol (with or without its
# diacritics) and a leading “số”/“No.” are the line's own words, not the number's.
_NUMBER_WORD = re.compile(r"^(?:(?:số|so|no)\s+|no\.\s*)", re.IGNORECASE)
_SYMBOL_TAIL = re.compile(r"\s*/\s*(?:hđtđkt|hdtdkt)\s*$", re.IGNORECASE)

ParagraphStyle = Literal["label", "title", "reference", "section", "body"]
Align = Literal["left", "center"]


class DocumentError(ValueError):
    """A document that cannot be made from the record, worded for people."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi = vi
        self.en = en

    def words(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Reference:
    """The letter an appendix goes with: “(Kèm theo Công văn số …/HĐTĐKT ngày …
    của Hội đồng …)”. Number and date are often filled in only when the letter
    is signed, so both may stay blank."""

    number: str | None = None  # as typed: "125" or "125/HĐTĐKT" (reference_number)
    date: str | None = None  # "DD/MM/YYYY", or "MM/YYYY" with the day left blank
    council: str | None = None  # default: the council of the record's district
    year: int | None = None  # shown in a blank date, as the seed's "…/02/2020"

    def __post_init__(self) -> None:
        object.__setattr__(self, "number", reference_number(self.number))

    def filled(self, council: str, year: int | None) -> Reference:
        """This reference, with what the caller left open taken from the document."""
        return replace(self, council=self.council or council, year=self.year or year)

    def line(self, lang: str = "vi") -> str:
        number = self.number or BLANK
        if "/" not in number:  # a number typed with another symbol keeps its own
            number = f"{number}/{SYMBOL}"
        date = self.date or f"{BLANK}/{BLANK}/{self.year or BLANK}"
        council = self.council or council_of(None)
        if lang == "vi":
            return f"(Kèm theo Công văn số {number} ngày {date} của {council})"
        return f"(Attached to letter No. {number} of {date} of the {council})"


def reference_number(text: str | None) -> str | None:
    """A letter's number as the line prints it before “/HĐTĐKT”: what an office
    types, with or without the symbol (“125”, “125/HĐTĐKT”, “Số 125/HDTDKT” →
    “125”), so that the symbol is printed once; blank → None."""
    if text is None:
        return None
    number = unicodedata.normalize("NFC", text).strip()
    number = _SYMBOL_TAIL.sub("", _NUMBER_WORD.sub("", number)).strip()
    return number or None


def reference_date(text: str) -> str:
    """A letter date as offices write it: DD/MM/YYYY, or MM/YYYY when the day is
    filled in at signing. Raises ValueError with the accepted forms."""
    text = text.strip()
    for pattern, shown in (("%d/%m/%Y", "{d:%d/%m/%Y}"), ("%m/%Y", BLANK + "/{d:%m/%Y}")):
        try:
            return shown.format(d=dt.datetime.strptime(text, pattern))
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date DD/MM/YYYY (or MM/YYYY)")


def council_of(district_name: str | None) -> str:
    """“Hội đồng thi đua khen thưởng quận Long Biên”, from the district's name."""
    if not district_name:
        return "Hội đồng thi đua khen thưởng"
    name = re.sub(r"^(Quận|Huyện|Thị xã|Thành phố)\b", lambda m: m[1].lower(), district_name)
    return f"Hội đồng thi đua khen thưởng {name}"


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Column:
    title: str
    width_cm: float
    align: Align = "left"


@dataclass(frozen=True)
class Row:
    """A table row. `spans` gives how many columns each cell covers (a “*” row's
    heading covers the unit and history columns, as in PL5)."""

    cells: tuple[str, ...]
    spans: tuple[int, ...] | None = None
    bold: bool = False

    def placed(self) -> list[tuple[int, int, str]]:
        """(first column, number of columns, text) of each cell."""
        spans = self.spans or (1,) * len(self.cells)
        placed, column = [], 0
        for text, span in zip(self.cells, spans, strict=True):
            placed.append((column, span, text))
            column += span
        return placed


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


Block = Paragraph | Table


@dataclass(frozen=True)
class OfficialDocument:
    name: str  # short name: the Excel sheet's title, e.g. "PL5"
    blocks: tuple[Block, ...]
    landscape: bool = False
    title: str = ""  # the document's title in its properties
    summary: dict[str, int] = field(default_factory=dict)  # what it holds, for messages

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
