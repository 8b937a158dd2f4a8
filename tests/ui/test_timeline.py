"""The timeline's marks (ui/app/timeline.py): awards told apart at a glance, no mark
hiding another, every unit named in full, and downloads a person can open."""

from __future__ import annotations

import io
import math

import pytest
from openpyxl import load_workbook

from graph.catalogue import default_catalogue
from graph.io.cells import table_workbook
from graph.io.longbien import load_longbien
from planner import HolderProfile, PlanRequest, plan
from ui.app.timeline import (
    MARKS,
    TimelineRow,
    chart_image,
    timeline_chart,
    timeline_marks,
    timeline_table,
)

NAMES = default_catalogue()
# Awards a reader must tell apart: each rung and the next, and the city and
# Government awards that sit beside each other on a plan.
NEIGHBOURS = [
    *zip(NAMES.ladder(), NAMES.ladder()[1:], strict=False),
    ("BK_TP", "CO_TP"),
    ("CO_TP", "CO_CP"),
    ("BK_TP", "BK_BO"),
    ("CO_TP", "CO_BO"),
    ("BK_BO", "CO_BO"),
    ("SKKN_CS", "SKKN_TP"),
]
# Lightness alone does not tell two marks apart at a glance (the old blues differed
# mostly in it): two neighbours' hues, in CIE L*a*b*, lie this many degrees apart.
CLEARLY_DIFFERENT_HUE = 35
# Streamlit's own palette, which drew BK_TP/BK_TTG, CO_CP/CO_TP and HCLD1/HCLD2 (issue 14)
OLD_PAIRS = [("#0068c9", "#83c9ff"), ("#ff2b2b", "#ffabab"), ("#29b09d", "#7defa1")]


def lab(colour: str) -> tuple[float, float, float]:
    """sRGB "#rrggbb" to CIE L*a*b* (D65)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def hue_apart(a: str, b: str) -> float:
    """Degrees between the hues of two colours (0–180)."""
    (_, a1, b1), (_, a2, b2) = lab(a), lab(b)
    turn = abs(math.degrees(math.atan2(b1, a1) - math.atan2(b2, a2))) % 360
    return min(turn, 360 - turn)


@pytest.mark.parametrize(("a", "b"), OLD_PAIRS)
def test_the_old_look_alike_pairs_fail_the_measure(a, b):
    assert hue_apart(a, b) < CLEARLY_DIFFERENT_HUE


@pytest.mark.parametrize(("a", "b"), NEIGHBOURS)
def test_neighbouring_awards_differ_in_shape_and_clearly_in_colour(a, b):
    (colour_a, shape_a), (colour_b, shape_b) = MARKS[a], MARKS[b]
    assert shape_a != shape_b
    assert hue_apart(colour_a, colour_b) >= CLEARLY_DIFFERENT_HUE


def test_every_rung_has_a_mark_of_its_own():
    assert set(NAMES.ladder()) <= set(MARKS)
    assert len({MARKS[c] for c in MARKS}) == len(MARKS)


@pytest.fixture(scope="module")
def rows() -> list[TimelineRow]:
    data = load_longbien()
    blocks = {b.id: b.name for b in data.blocks}
    found = []
    for target in data.targets:
        unit = data.unit(target.holder)
        request = PlanRequest(
            holder=HolderProfile.of(unit),
            history=tuple(data.history(unit.id)),
            target=target.award,
            from_year=2020,
        )
        found.append(
            TimelineRow(
                unit.name,
                target.award,
                plan(request).plan,
                blocks.get(unit.block, ""),
                unit.kind.value,
            )
        )
    return found


def test_no_two_marks_share_a_unit_a_year_and_a_lane(rows):
    frame = timeline_marks(rows, NAMES, "vi")
    assert len(frame) > len(rows), "plans with several steps"
    assert not frame.duplicated(["row", "year", "lane"]).any()
    assert not frame.duplicated(["row", "year", "offset"]).any()
    same_year = frame[frame["lanes"] > 1]
    assert len(same_year), "Phòng VHTT wins two flags in 2020: two lanes"


def test_each_row_names_the_unit_in_full_and_its_target_in_words(rows):
    frame = timeline_marks(rows, NAMES, "vi")
    longest = max((r.unit for r in rows), key=len)
    assert f"{longest} → " in " ".join(frame["row"])
    assert "Phòng Y tế → Bằng khen của Thủ tướng Chính phủ" in set(frame["row"])
    spec = timeline_chart(frame, [r.label(NAMES, "vi") for r in rows], "vi").to_dict()
    assert spec["encoding"]["y"]["axis"]["labelLimit"] == 0, "labels are never cut"
    assert spec["encoding"]["x"]["axis"]["labelAngle"] == 0, "years upright"
    legend = spec["encoding"]["color"]["scale"]["domain"]
    assert "Huân chương Lao động hạng Nhất" in legend and "HCLD1" not in legend


def test_the_chart_downloads_as_svg_and_png_and_the_data_as_a_sheet_without_formulas(rows):
    frame = timeline_marks(rows, NAMES, "vi")
    chart = timeline_chart(frame, [r.label(NAMES, "vi") for r in rows], "vi", title="Dòng")
    svg = chart_image(chart, "svg").decode("utf-8")
    assert svg.startswith("<svg") and "Phòng Y tế" in svg
    assert chart_image(chart, "png").startswith(b"\x89PNG")
    headers, table = timeline_table(frame, "vi")
    book = load_workbook(io.BytesIO(table_workbook("Dòng thời gian", headers, table)))
    cells = [c for line in book.active.iter_rows() for c in line if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    assert {"Phòng Y tế", "Bằng khen của Thủ tướng Chính phủ"} <= {c.value for c in cells}


def test_a_name_with_markup_stays_text_in_the_svg(rows):
    from tests.hostile_names import CYPHER_NAME

    sly = TimelineRow(CYPHER_NAME, "BK_TTG", rows[0].plan)
    frame = timeline_marks([sly], NAMES, "vi")
    svg = chart_image(timeline_chart(frame, [sly.label(NAMES, "vi")], "vi"), "svg").decode()
    assert "<script>" not in svg and "&lt;script&gt;" in svg
