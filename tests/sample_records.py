"""A small record that uses every model and every field, for round trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from graph.models import (
    Achievement,
    BonusCriterion,
    Dataset,
    Discipline,
    EmulationBlock,
    FocalUnit,
    LineageEvent,
    Person,
    Score,
    Target,
    Unit,
)


def every_model() -> Dataset:
    return Dataset(
        blocks=[EmulationBlock(id="khoi-phuong", name="Khối phường", source="PL2")],
        units=[
            Unit(id="quan", name="Quận", kind="district"),
            Unit(
                id="phuong-a",
                name="Phường A",
                kind="ward",
                parent="quan",
                block="khoi-phuong",
                founded=2003,
                aliases=("P. A", "Phường A cũ"),
            ),
            Unit(
                id="phuong-b",
                name="Phường B",
                kind="ward",
                parent="quan",
                block="khoi-phuong",
                lineage=(
                    LineageEvent(
                        kind="merged_into",
                        other="phuong-a",
                        year=2025,
                        date=dt.date(2025, 7, 1),
                        decision_no="1656/NQ-UBTVQH15",
                        note="sắp xếp đơn vị hành chính",
                    ),
                ),
            ),
            Unit(
                id="ban-x",
                name="Ban X",
                kind="party_body",
                parent="quan",
                flag_eligible=False,
                source="PL1 #3",
            ),
        ],
        people=[
            Person(
                id="nguyen-van-a",
                name="Nguyễn Văn A",
                unit="phuong-a",
                position="Chủ tịch UBND phường",
            )
        ],
        achievements=[
            Achievement(
                holder="phuong-a",
                award="CO_TP",
                year=2016,
                decision_no="123/QĐ-UBND",
                decision_date=dt.date(2017, 3, 2),
                source="PL5 §2",
                note="ghi chú",
            ),
            Achievement(
                holder="phuong-a",
                award="BK_TP",
                year=2016,
                basis="thematic",
                decision_no="45/QĐ-UBND",
            ),
            Achievement(holder="phuong-b", award="BK_TP", year=2018, used_by="de-nghi-2023"),
            Achievement(holder="ban-x", award="BK_TP", year=2019),
            Achievement(
                holder="nguyen-van-a",
                award="SKKN_TP",
                year=2019,
                note="Sáng kiến số hoá hồ sơ",
                used_by="hcld3-2024",
            ),
            Achievement(holder="nguyen-van-a", award="HTXSNV", year=2019),
        ],
        focal_units=[FocalUnit(order=1, unit="ban-x", grouped=("phuong-b",), source="PL1 #1")],
        bonus_criteria=[
            BonusCriterion(
                year=2020,
                section="I",
                section_title="Chủ đề năm",
                number=1,
                content="Chỉ tiêu KT-XH",
                scorer="ban-x",
                points=Decimal("1.5"),
                conventional_points=Decimal("15"),
            )
        ],
        scores=[
            Score(
                year=2020,
                ward="phuong-a",
                criterion="2020/khoi-phuong/I.1",
                scorer="ban-x",
                points=Decimal("1.25"),
                note="đủ chỉ tiêu",
            )
        ],
        targets=[
            Target(
                holder="phuong-a",
                award="HCLD3",
                section="roadmap",
                order=1,
                plan_year=2020,
                by_year=2022,
                note="Phấn đấu 01 BK",
            )
        ],
        disciplines=[
            Discipline(
                holder="phuong-a",
                year=2019,
                end_year=2020,
                form="Khiển trách",
                decision_no="12/QĐ-KL",
                decision_date=dt.date(2019, 5, 6),
                note="vi phạm quy chế",
            ),
            Discipline(holder="nguyen-van-a", year=2021, form="Cảnh cáo"),
        ],
    )
