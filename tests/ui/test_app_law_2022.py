"""The app under the 2022 Law: a rung whose rule is not entered is said so where the
verdict would be, and a verdict names its ruleset by title (AppTest, no browser)."""

from __future__ import annotations

import pytest

from tests.app_steps import loaded, shown

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def test_unit_page_in_2026_says_the_rule_is_not_entered_with_the_article():
    app = loaded()
    app.sidebar.number_input(key="proposal_year").set_value(2026).run()
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert not app.exception
    said = [w.value for w in app.warning]
    assert any(w.startswith("Quy định chưa được nhập") and "Điều 73 khoản 2" in w for w in said)
    assert not app.error and not app.success  # no verdict at all
    assert any("luat-2022" in c.value for c in app.main.caption)


def test_the_years_list_in_2026_names_the_units_whose_rule_is_not_entered():
    """Not a silent "nobody can be proposed": luat-2022 has no collective rung entered."""
    app = loaded()
    app.sidebar.number_input(key="proposal_year").set_value(2026).run()
    app.switch_page("pages/nam_nay.py").run()
    assert not app.exception
    assert "Chưa trả lời được cho" in app.warning[0].value
    reasons = [
        shown(value)
        for table in app.table
        if "Lý do" in table.value.columns
        for value in table.value["Lý do"]
    ]
    assert reasons and all(r.startswith("Quy định chưa được nhập, cần tra: ") for r in reasons)
    assert any("Điều 73" in r for r in reasons)  # collective BK_TTG: where to look it up


def test_a_verdict_names_the_ruleset_by_its_title():
    app = loaded()
    app.sidebar.number_input(key="proposal_year").set_value(2022).run()
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert any(
        c.value.startswith("Bộ tiêu chuẩn: Hà Nội") and "(hanoi-2018)" in c.value
        for c in app.main.caption
    )


def test_the_rules_page_shows_luat_2022_with_its_rungs_not_entered():
    app = loaded()
    app.sidebar.number_input(key="proposal_year").set_value(2026).run()
    app.switch_page("pages/quy_dinh.py").run()
    assert not app.exception
    said = [w.value for w in app.warning]
    assert sum(w.startswith("Quy định chưa được nhập") for w in said) == 5
