"""The app's pages, driven by Streamlit's AppTest (no browser)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from tests.app_steps import loaded, shown, started, tagged_code

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def finished(app, seconds: float = 60):
    """The council's solve runs in a thread: the page, run again until it has ended
    (a browser redraws it every half second)."""
    deadline = time.monotonic() + seconds
    while any(b.key == "plan_cancel" for b in app.button) and time.monotonic() < deadline:
        time.sleep(0.2)
        app.run()
    return app


def test_an_empty_store_says_what_to_do():
    app = started()
    assert not app.exception
    assert "Kho dữ liệu đang trống" in app.info[0].value


def test_loading_the_sample_set_then_reading_phong_y_te():
    app = loaded()
    assert app.sidebar.success[0].value == "Đã nạp bộ dữ liệu Long Biên 2020."
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.header[0].value == "Phòng Y tế"
    table = app.table[0].value  # the history, its codes as grey tags after the names
    assert list(
        zip(table["Năm"], map(tagged_code, table["Danh hiệu, hình thức"]), strict=True)
    ) == [
        ("2018", "BK_TP"),
        ("2019", "TTLDXS"),
    ]
    rating_years = next(c.value for c in app.main.caption if c.value.startswith("Năm hoàn thành"))
    assert rating_years.endswith(": 2019")


def test_loading_twice_changes_nothing():
    app = loaded()
    app.sidebar.button(key="load_longbien").click().run()
    assert not app.sidebar.warning, "nothing to confirm: nothing would be written"
    assert app.sidebar.info[0].value == "Kho đã có đủ bộ dữ liệu Long Biên 2020."


def test_english_switch():
    app = loaded("en")
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phuong-phuc-dong").run()
    table = app.table[0].value
    assert set(map(tagged_code, table["Award"])) == {"CO_TP", "BK_TP"}


def test_data_page_adds_and_refuses_an_achievement_in_words():
    app = loaded()
    app.switch_page("pages/du_lieu.py").run()
    assert not app.exception
    form_holder = app.selectbox[0]
    form_holder.select("phong-y-te")
    app.selectbox[1].select("CO_TP")
    app.number_input[0].set_value(2020)
    app.button[0].click().run()  # the form's submit button
    app.button(key="add_achievement_yes").click().run()
    assert app.success[-1].value == "Đã lưu."
    app.button[0].click().run()  # the same record again
    app.button(key="add_achievement_yes").click().run()
    assert "trùng bản ghi" in app.error[-1].value


def test_unit_page_explains_why_phong_y_te_cannot_have_bk_ttg_in_2022():
    app = loaded()
    app.sidebar.number_input(key="proposal_year").set_value(2022).run()
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.error[0].value == (
        "Chưa đủ điều kiện đề nghị Bằng khen của Thủ tướng Chính phủ năm 2022."
    )
    requirements = app.table[-1].value  # a static table: its cells wrap
    assert [shown(s) for s in requirements["Tình trạng"]] == [
        ":green-background[✔ đạt]",
        ":red-background[✘ thiếu]",
        ":red-background[✘ thiếu]",
    ]
    assert "sớm nhất đề nghị năm 2023" in shown(requirements["Còn thiếu"][1])


def test_the_window_convention_in_the_sidebar_changes_phong_tckh_in_2020():
    app = loaded()
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-tai-chinh-ke-hoach").run()
    # The letter records no yearly ratings: the yes rests on 4 assumed HTXSNV years
    # (2016, 2018 and the years 2015–2019 without a flag), and on the founding age.
    assert app.warning[0].value == (
        "Đủ điều kiện đề nghị Huân chương Lao động hạng Ba năm 2020 "
        "(giả định 4 năm HTXSNV, đủ thời gian xây dựng, phát triển)."
    )
    assert not app.success, "a yes on assumptions is not shown in the green of a plain yes"
    app.sidebar.radio(key="window").set_value("after_base_year").run()
    assert app.error[-1].value == (
        "Chưa đủ điều kiện đề nghị Huân chương Lao động hạng Ba năm 2020."
    )


def test_rules_page_shows_the_ladder_with_citations_and_settings_apply_everywhere():
    app = loaded()
    app.switch_page("pages/quy_dinh.py").run()
    assert not app.exception
    assert app.main.subheader[0].value.startswith("Hà Nội từ năm 2018")
    assert "Nghị định 91/2017/NĐ-CP" in app.dataframe[0].value["Căn cứ"][1]
    app.toggle(key="setting_flag_outranks_certificate").set_value(False).run()
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phuong-phuc-dong").run()
    app.sidebar.number_input(key="proposal_year").set_value(2022).run()
    # Phúc Đồng's base is its 2017 flag: without that reading only BK_TP 2019 can be a base.
    assert app.error[-1].value == (
        "Chưa đủ điều kiện đề nghị Bằng khen của Thủ tướng Chính phủ năm 2022."
    )


def test_roadmap_page_plans_the_whole_council_under_quotas():
    app = loaded()
    app.switch_page("pages/lo_trinh.py").run()
    app.radio(key="plan_mode").set_value("council").run()
    assert "Lập kế hoạch toàn hội đồng" in app.info[0].value
    app.number_input(key="council_limit").set_value(20).run()
    app.button(key="council_run").click().run()
    finished(app)
    assert not app.exception
    assert app.success[0].value.startswith("Kết quả: ")
    outcomes = app.table[0].value
    assert "Phòng Y tế" in set(outcomes["Tập thể"])


def test_rules_page_runs_the_pl5_case_book_and_compares_two_rulesets():
    app = loaded()
    app.switch_page("pages/quy_dinh.py").run()
    assert app.selectbox(key="casebook_file").value == "pl5-hanoi-2018.yaml"
    app.button(key="casebook_run").click().run()
    assert not app.exception
    assert app.success[-1].value.endswith("27 tình huống, 27 đúng, 0 sai")
    cases = app.dataframe[-1].value
    assert len(cases) == 27 and set(cases["Đúng"]) == {"✔"}
    assert app.selectbox(key="diff_b").value == "nd91-2017"  # the other ruleset for 2020
    app.button(key="diff_run").click().run()
    assert not app.exception
    assert "2 khác nhau" in app.info[-1].value
    differences = app.dataframe[-1].value
    assert list(differences["Đơn vị"]) == [
        "Quận Đoàn (Đoàn TNCS Hồ Chí Minh Quận)",
        "Trung tâm Văn hóa – Thông tin và Thể thao",
    ]
    assert "Thành tích được tích luỹ" in differences["Khác ở"][0]


def test_rules_page_shows_the_cases_another_ruleset_gets_wrong_with_their_reasons():
    app = started()  # a book of inline histories needs no store
    app.switch_page("pages/quy_dinh.py").run()
    app.selectbox(key="casebook_ruleset").select("nd65-2014").run()
    app.button(key="casebook_run").click().run()
    assert not app.exception
    assert app.error[-1].value.endswith("27 tình huống, 12 đúng, 15 sai")
    cases = app.dataframe[-1].value
    bo_de = cases[cases["Tình huống"] == "Phường Bồ Đề — BK_TTG, đề nghị năm 2020"].iloc[0]
    assert bo_de["Đúng"] == "✘"
    assert bo_de["Khác mong đợi"] == "expect.eligible: mong đợi true, kết quả false"
    assert "thêm 1 CO_TP" in bo_de["Lý do"]


def test_cancel_stops_a_long_council_and_shows_its_best_plan_not_proven_optimal():
    big_council()
    app = started()
    app.session_state["proposal_year"] = 2020
    app.switch_page("pages/lo_trinh.py").run()
    app.radio(key="plan_mode").set_value("council").run()
    app.number_input(key="council_limit").set_value(120).run()
    app.button(key="council_run").click().run()
    assert not app.exception
    assert app.button(key="plan_cancel").label == "Dừng"
    assert app.get("progress")  # the bar, in the CLI's words
    first_blocks_planned(app)
    app.button(key="plan_cancel").click().run()
    assert not app.exception
    assert "chưa chứng minh tối ưu" in app.warning[0].value
    assert app.success[0].value.startswith("Kết quả: phương án khả thi (chưa chứng minh tối ưu)")
    assert app.table[0].value["Kết quả"].str.startswith("Đạt năm").any()
    assert not any(b.key == "plan_cancel" for b in app.button)


def first_blocks_planned(app, patience: float = 300.0) -> None:
    """Wait until the background solve reports a block solved (however loaded the
    machine is): a cancel before that has nothing to keep."""
    job = app.session_state["background_jobs"]["council"]
    waited = 0.0
    while waited < patience:
        latest = job.latest
        done = re.fullmatch(r"blocks (\d+)/\d+", latest.stage) if latest else None
        if (done and int(done[1]) >= 1) or not job.running:
            return
        time.sleep(0.2)
        waited += 0.2
    raise AssertionError(f"no block solved in {patience:.0f} s")


def test_leaving_the_roadmap_page_stops_the_council_solve():
    big_council()
    app = started()
    # 2020: under this year's rules (luat-2022) no collective rung is entered, and a
    # council with nothing to plan ends before the page can be left
    app.session_state["proposal_year"] = 2020
    app.switch_page("pages/lo_trinh.py").run()
    app.radio(key="plan_mode").set_value("council").run()
    app.number_input(key="council_limit").set_value(120).run()
    app.button(key="council_run").click().run()
    assert not app.exception, app.exception
    job = app.session_state["background_jobs"]["council"]
    app.switch_page("pages/nam_nay.py").run()
    assert job.stop.is_set()
    job.thread.join(30)
    assert not job.running


def big_council() -> None:
    """A synthetic council of 1,000 units in the test's store (its founding years
    dropped: the generator does not keep a unit's past after its founding)."""
    from graph.models import Change
    from graph.store.embedded import EmbeddedStore
    from planner.plan.council.synthetic import synthetic_council

    data = synthetic_council(1000, seed=0)
    units = [u.model_copy(update={"founded": None}) for u in data.units]
    data = data.model_copy(update={"units": units})
    EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"])).apply(Change(add=data))
