"""The Long Biên set with one ward more whose every text is written in Markdown,
HTML or Cypher: what a careless or hostile import brings into the record. Every
page that shows it must show it as typed."""

from __future__ import annotations

from graph.io.longbien import load_longbien
from graph.models import Achievement, Dataset, Target, Unit, UnitKind

MARKDOWN_NAME = "**Đậm** ![x](http://example.invalid/x.png) <b>b</b> [link](http://example.invalid)"
MARKDOWN_UNIT = "don-vi-markdown"
CYPHER_NAME = "Phòng X'}) MATCH (n) DETACH DELETE n // <script>alert(1)</script>"
CYPHER_UNIT = "phong-cypher"
# Markdown that would still be active if a page showed the text raw.
ACTIVE_MARKDOWN = ("**Đậm**", "![x](", "[link](", "<b>", "<script>")


def with_hostile_names() -> Dataset:
    data = load_longbien()
    ward = Unit(id=MARKDOWN_UNIT, name=MARKDOWN_NAME, kind=UnitKind.WARD, block="khoi-phuong")
    sly = Unit(id=CYPHER_UNIT, name=CYPHER_NAME, kind=UnitKind.DEPARTMENT)
    written = "**QĐ** ![d](http://example.invalid/d.png)"
    achievements = [
        Achievement(
            holder=holder,
            award="BK_TP",
            year=year,
            decision_no=f"{year}/{written}",
            note=f"_ghi chú_ [xem](http://example.invalid/{year})",
            source="# Nguồn ![s](http://example.invalid/s.png)",
        )
        for holder in (MARKDOWN_UNIT, CYPHER_UNIT)
        for year in (2016, 2019)
    ]
    order = max(t.order for t in data.targets if t.section == "proposal") + 1
    target = Target(
        holder=MARKDOWN_UNIT,
        award="BK_TTG",
        section="proposal",
        order=order,
        plan_year=2020,
        note=MARKDOWN_NAME,
    )
    return data.model_copy(
        update={
            "units": [*data.units, ward, sly],
            "achievements": [*data.achievements, *achievements],
            "targets": [*data.targets, target],
        }
    )
