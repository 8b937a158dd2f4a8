"""The results table of a round, as the council files and circulates it.

One row per ward in ranking order: its rank, its points on each criterion, its
totals (points and conventional points), the criteria still missing, and the tie
it is part of, in words. The Excel file adds the criteria table (PL2) and the
focal units still to send, so that the file alone says how the ranking was made
and whether it is final. The CSV file holds the ranking only, with a decimal
point, for other programs.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.rules.ruleset import Words

if TYPE_CHECKING:
    from planner.scoring.ranking import Ranking
    from planner.scoring.round import ScoringRound

# The scoring itself is imported by the functions that write: the headers and sheet
# names below are words of the faces too (ui/words/scoring.py), read at start-up.

EXPORT_FORMATS = (".xlsx", ".csv")

HEADERS = {
    "rank": Words(vi="Hạng", en="Rank"),
    "ward_id": Words(vi="Mã phường", en="Ward id"),
    "ward": Words(vi="Phường", en="Ward"),
    "points": Words(vi="Tổng điểm", en="Points"),
    "conventional": Words(vi="Điểm quy ước", en="Conventional points"),
    "missing": Words(vi="Còn thiếu điểm", en="Missing scores"),
    "tie": Words(vi="Đồng hạng", en="Tie"),
    # the criteria table (PL2)
    "number": Words(vi="TT", en="No."),
    "content": Words(vi="Nội dung chấm điểm thưởng", en="Bonus criterion"),
    "scorer": Words(vi="Đơn vị chấm điểm", en="Scoring unit"),
    "criterion_points": Words(vi="Số điểm", en="Points"),
    # the focal units still to send (PL1)
    "order": Words(vi="TT (PL1)", en="No. (PL1)"),
    "focal_unit": Words(vi="Đơn vị đầu mối", en="Focal unit"),
    "still_missing": Words(vi="Còn thiếu", en="Missing"),
}
SHEETS = {
    "ranking": Words(vi="Xếp hạng", en="Ranking"),
    "criteria": Words(vi="Tiêu chí (PL2)", en="Criteria (PL2)"),
    "senders": Words(vi="Chưa gửi điểm", en="Not yet sent"),
}


def results_table(scoring: ScoringRound, lang: str = "vi") -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the ranking; points stay numbers (Decimal)."""
    from planner.scoring.ranking import ranking
    from planner.scoring.round import criterion_label

    result: Ranking = ranking(scoring)
    labels = {c.key: criterion_label(c) for c in scoring.criteria}
    ties = {ward: tie.words(lang) for tie in result.ties for ward in tie.wards}
    headers = [
        HEADERS["rank"](lang),
        HEADERS["ward_id"](lang),
        HEADERS["ward"](lang),
        *labels.values(),
        HEADERS["points"](lang),
        HEADERS["conventional"](lang),
        HEADERS["missing"](lang),
        HEADERS["tie"](lang),
    ]
    rows = [
        [
            row.rank,
            row.total.ward,
            row.total.name,
            *(row.total.by_criterion.get(key) for key in labels),
            row.total.points,
            row.total.conventional_points,
            ", ".join(labels[key] for key in row.total.missing),
            ties.get(row.total.ward, ""),
        ]
        for row in result.rows
    ]
    return headers, rows


def write_results(path: Path, scoring: ScoringRound, lang: str = "vi") -> Path:
    """Write the results as .xlsx or .csv, chosen by the file's suffix."""
    from graph.io.cells import write_csv

    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(f"unsupported format {suffix or '(none)'}; use .xlsx or .csv")
    headers, rows = results_table(scoring, lang)
    if suffix == ".csv":
        return write_csv(path, headers, [[_plain(v) for v in row] for row in rows], bom=True)
    _write_xlsx(path, scoring, headers, rows, lang)
    return path


def _write_xlsx(
    path: Path, scoring: ScoringRound, headers: list[str], rows: list[list[Any]], lang: str
) -> None:
    from openpyxl import Workbook  # not at start-up: see graph/io/cells.py

    from graph.io.cells import table_sheet
    from planner.scoring.progress import not_yet_sent
    from planner.scoring.tables import criteria_table

    book = Workbook()
    book.remove(book.active)
    criteria = [
        [r.number, r.content, r.scorer_name, r.points, r.conventional_points]
        for r in criteria_table(scoring, lang)
    ]
    criteria_headers = [
        HEADERS[key](lang)
        for key in ("number", "content", "scorer", "criterion_points", "conventional")
    ]
    senders = [[s.order, s.name, s.words(lang)] for s in not_yet_sent(scoring)]
    senders_headers = [HEADERS[key](lang) for key in ("order", "focal_unit", "still_missing")]
    for key, head, body in (
        ("ranking", headers, rows),
        ("criteria", criteria_headers, criteria),
        ("senders", senders_headers, senders),
    ):
        table_sheet(book, SHEETS[key](lang), head, body)
    book.save(path)


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return value
