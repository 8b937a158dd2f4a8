"""Why the council's plan leaves a target unreached (planner/plan/council/explain.py)."""

from __future__ import annotations

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from planner.plan.council.explain import unreached_reason
from planner.plan.council.model import Quotas
from planner.plan.council.portfolio import PortfolioRequest, entries_from_dataset, plan_portfolio

NAMES = default_catalogue()
BLOCKS = {b.id: b.name for b in load_longbien().blocks}


def council(ids: list[str], quotas: Quotas, horizon: int, twin: str | None = None):
    """The Long Biên units `ids` (and a twin of `twin`: the same record under another
    id, in the same block) planned together from 2020."""
    entries = [
        e for e in entries_from_dataset(load_longbien(), from_year=2020) if e.holder.id in ids
    ]
    if twin:
        first = next(e for e in entries if e.holder.id == twin)
        holder = first.holder.model_copy(update={"id": f"{twin}-2", "name": "Đơn vị sinh đôi"})
        entries.append(first.model_copy(update={"holder": holder}))
    request = PortfolioRequest(
        entries=tuple(entries),
        from_year=2020,
        horizon=horizon,
        quotas=quotas,
        time_limit=20,
        explain_unreached=True,
    )
    return plan_portfolio(request)


def reasons(result) -> dict[str, str]:
    return {
        o.holder.id: unreached_reason(o, result, NAMES, BLOCKS).vi
        for o in result.outcomes
        if not o.reached
    }


def test_two_units_wanting_the_one_city_flag_of_2020_one_is_told_it_went_to_the_other():
    vhtt = "phong-van-hoa-thong-tin"
    result = council([vhtt], Quotas(block={"CO_TP": 1}), 1, twin=vhtt)
    said = reasons(result)
    assert len(said) == 1, "one flag in 2020: one of the twins reaches HCLD1 in 2021"
    (reason,) = said.values()
    assert reason.startswith(
        "Hạn mức không còn chỗ: Cờ thi đua của UBND Thành phố năm 2020 "
        "(Khối chính quyền: 1 mỗi năm, đã dành cho đơn vị khác)."
    )
    assert reason.endswith(
        "Nếu một mình: đề nghị năm 2021, công sức 13 "
        "(Cờ thi đua của UBND Thành phố 2020, Cờ thi đua của Chính phủ 2020)."
    )


def test_a_quota_of_zero_is_said_as_such_not_as_given_to_others():
    result = council(["van-phong-quan-uy"], Quotas(block={"CO_TP": 0, "BK_TP": 0}), 3)
    reason = reasons(result)["van-phong-quan-uy"]
    assert "hạn mức 0" in reason and "đã dành cho đơn vị khác" not in reason


def test_a_deadline_even_a_unit_alone_cannot_meet_is_named_with_its_own_earliest_year():
    result = council(["phong-y-te"], Quotas(block={"CO_TP": 1}), 4)
    assert reasons(result)["phong-y-te"].startswith(
        "Hạn đề nghị là năm 2022, nhưng ngay cả khi không tính hạn mức, sớm nhất là đề nghị "
        "năm 2023, công sức 2"
    )


def test_a_target_out_of_reach_even_alone_gives_the_rule_that_binds():
    result = council(["ban-to-chuc-quan-uy"], Quotas(block={"CO_TP": 1}), 3)
    reason = reasons(result)["ban-to-chuc-quan-uy"]
    assert reason.startswith(
        "Ngay cả khi không tính hạn mức, không thể đề nghị Bằng khen của Thủ tướng Chính phủ "
        "trong các năm 2020–2023: "
    )
    assert "5 năm" in reason
