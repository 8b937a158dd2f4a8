"""The timeline a leader reads: one row per unit and target, year by year, the
achievements to win and the proposals of its plan.

Every award has a colour and a shape of its own, and neighbouring rungs differ
in both (BK_TP and BK_TTG, HCLD1 and HCLD2, CO_TP and CO_CP looked alike:
tests/ui/test_timeline.py measures them). Marks of one unit in one year are
spread over lanes, so none hides another. Pure functions of the rows and the
language: the pages draw them, the downloads write them.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from graph.catalogue import Catalogue
from planner import Plan
from ui.words import t, unit_kind

# A five-pointed star, for the highest order (Vega draws a path as a shape).
STAR = (
    "M0,-1L0.2245,-0.309L0.9511,-0.309L0.3633,0.118L0.5878,0.809L0,0.382"
    "L-0.5878,0.809L-0.3633,0.118L-0.9511,-0.309L-0.2245,-0.309Z"
)

# award → (colour, shape), in the order the legend lists them (lowest first).
MARKS: dict[str, tuple[str, str]] = {
    "BK_TP": ("#1f77b4", "circle"),  # blue
    "CO_TP": ("#d62728", "triangle-up"),  # red
    "CO_CP": ("#ff9f1c", "square"),  # orange
    "BK_BO": ("#17becf", "triangle-left"),  # cyan
    "CO_BO": ("#e377c2", "triangle-right"),  # pink
    "BK_TTG": ("#6a3d9a", "diamond"),  # purple
    "HCLD3": ("#8c564b", "triangle-down"),  # brown
    "HCLD2": ("#2ca02c", "cross"),  # green
    "HCLD1": ("#c9a000", STAR),  # gold
    "TTLDXS": ("#7f7f7f", "circle"),  # grey
    "HTXSNV": ("#bdbdbd", "square"),  # light grey
    "SKKN_CS": ("#9edae5", "diamond"),  # pale cyan
    "SKKN_TP": ("#393b79", "triangle-up"),  # indigo
}
OTHER_MARK = ("#000000", "stroke")

FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
IMAGE_FONT = "Liberation Sans"
LANE_SPACING = 11  # pixels between two marks of one unit in one year
ROW_HEIGHT = 40
YEAR_WIDTH = 64

COLUMNS = ["row", "unit", "block", "kind", "target", "year", "award", "name", "step", "effort"]


@dataclass(frozen=True)
class TimelineRow:
    """One line of the timeline: a unit, the target it aims at, and the plan drawn."""

    unit: str  # the unit's full name (or the row's label, with no target)
    target: str  # award code, or ""
    plan: Plan | None
    block: str = ""  # the block's name
    kind: str = ""  # the unit's kind, a code (UnitKind)

    def label(self, names: Catalogue, lang: str) -> str:
        return f"{self.unit} → {names.name(self.target, lang)}" if self.target else self.unit


def mark_of(award: str) -> tuple[str, str]:
    return MARKS.get(award, OTHER_MARK)


def _order(award: str) -> int:
    return list(MARKS).index(award) if award in MARKS else len(MARKS)


def timeline_marks(rows: list[TimelineRow], names: Catalogue, lang: str) -> pd.DataFrame:
    """One line per mark: the row's label, the unit, its block and kind, the target's
    name, the year, the award (code and name), achievement or proposal, effort,
    and its lane within the unit's year (0, 1, … from the lowest award)."""
    found = []
    for row in rows:
        if row.plan is None:
            continue
        by_year: dict[int, list] = {}
        for step in row.plan.steps:
            by_year.setdefault(step.year, []).append(step)
        for year, steps in sorted(by_year.items()):
            ordered = sorted(steps, key=lambda s: (s.kind == "proposal", _order(s.award)))
            for lane, step in enumerate(ordered):
                found.append(
                    {
                        "row": row.label(names, lang),
                        "unit": row.unit,
                        "block": row.block,
                        "kind": unit_kind(row.kind, lang) if row.kind else "",
                        "target": names.name(row.target, lang) if row.target else "",
                        "year": year,
                        "award": step.award,
                        "name": names.name(step.award, lang),
                        "step": t(f"plan.kind_{step.kind}", lang),
                        "effort": step.effort,
                        "lane": lane,
                        "lanes": len(ordered),
                    }
                )
    frame = pd.DataFrame(found, columns=[*COLUMNS, "lane", "lanes"])
    # from the top of the row's band to its middle, then one mark on the middle,
    # two just above and below it, …
    lanes = (frame["lane"] - (frame["lanes"] - 1) / 2) * LANE_SPACING
    frame["offset"] = ROW_HEIGHT / 2 + lanes
    return frame


def timeline_chart(
    frame: pd.DataFrame,
    order: list[str],
    lang: str,
    title: str | None = None,
    *,
    fit: bool = False,
) -> alt.Chart:
    """The marks of `timeline_marks`, rows in `order` (their labels), every label in
    full, years upright, one legend of award names with their colours and shapes.
    `fit`: as wide as the page (on screen: nothing past the right edge at 1366 px);
    else a fixed width a year (the SVG and PNG files)."""
    codes = sorted(set(frame["award"]), key=_order)
    names = [frame.loc[frame["award"] == c, "name"].iloc[0] for c in codes]
    legend = alt.Legend(
        title=t("timeline.legend", lang), orient="bottom", labelLimit=0, columns=2 if fit else 3
    )
    chart = (
        alt.Chart(frame, title=title or "")
        .mark_point(filled=True, size=150, opacity=1, stroke="#222222", strokeWidth=0.6)
        .encode(
            x=alt.X(
                "year:O",
                title=t("plan.step_year", lang),
                axis=alt.Axis(labelAngle=0, orient="top", grid=True),
            ),
            y=alt.Y(
                "row:N",
                title=None,
                sort=order,
                scale=alt.Scale(paddingInner=0, paddingOuter=0),
                axis=alt.Axis(labelLimit=0, labelFontSize=12, grid=True),
            ),
            yOffset=alt.YOffset("offset:Q", scale=None),
            color=alt.Color(
                "name:N",
                scale=alt.Scale(domain=names, range=[mark_of(c)[0] for c in codes]),
                legend=legend,
            ),
            shape=alt.Shape(
                "name:N",
                scale=alt.Scale(domain=names, range=[mark_of(c)[1] for c in codes]),
                legend=legend,
            ),
            tooltip=[
                alt.Tooltip("unit:N", title=t("plan.col_unit", lang)),
                alt.Tooltip("target:N", title=t("plan.col_target", lang)),
                alt.Tooltip("year:O", title=t("plan.step_year", lang)),
                alt.Tooltip("name:N", title=t("plan.step_award", lang)),
                alt.Tooltip("step:N", title=t("plan.step_kind", lang)),
                alt.Tooltip("award:N", title=t("timeline.code", lang)),
            ],
        )
        .properties(height=alt.Step(ROW_HEIGHT), width="container" if fit else alt.Step(YEAR_WIDTH))
        .configure(font=FONT)
        .configure_legend(labelFontSize=12)
    )
    return chart


def chart_image(chart: alt.Chart, fmt: str) -> bytes:
    """The chart as an SVG or PNG file, drawn here (vl-convert: no browser, no network)."""
    import vl_convert

    spec = chart.to_dict()
    spec["config"]["font"] = IMAGE_FONT  # the first font of FONT this machine has
    if fmt == "svg":
        return vl_convert.vegalite_to_svg(spec).encode("utf-8")
    return vl_convert.vegalite_to_png(spec, scale=2)


def timeline_table(frame: pd.DataFrame, lang: str) -> tuple[list[str], list[list]]:
    """The marks as a sheet's headers and rows, for the .xlsx download."""
    headers = [
        t(key, lang)
        for key in (
            "plan.col_unit",
            "timeline.block",
            "timeline.kind",
            "plan.col_target",
            "plan.step_year",
            "plan.step_award",
            "timeline.code",
            "plan.step_kind",
            "plan.step_effort",
        )
    ]
    columns = ["unit", "block", "kind", "target", "year", "name", "award", "step", "effort"]
    ordered = frame.sort_values(["unit", "target", "year", "lane"], kind="stable")
    return headers, ordered[columns].values.tolist()
