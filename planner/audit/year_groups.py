"""The groups of the year's list (planner/audit/year_list.py), worded: apart, so
that the text table (ui/words) can read their names without loading the checker."""

from __future__ import annotations

from typing import Literal

from planner.rules.ruleset import Words

Group = Literal["eligible", "assumed", "almost"]
GROUPS: tuple[Group, ...] = ("eligible", "assumed", "almost")

GROUP_WORDS: dict[Group, Words] = {
    "eligible": Words(vi="Đủ điều kiện", en="Eligible"),
    "assumed": Words(vi="Đủ điều kiện dựa trên giả định", en="Eligible on assumptions"),
    "almost": Words(vi="Còn thiếu đúng một thành tích", en="One achievement short"),
}
