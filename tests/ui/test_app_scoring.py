"""The Chấm điểm page, driven by Streamlit's AppTest (no browser).

AppTest cannot upload files: the import flow is tested through its functions in
test_scoring_sheets.py; here the page's refusal path is a bad score entered
through the form."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_steps import load_sample, shown, started

PAGE = "pages/cham_diem.py"


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KHENCAO_STORE_PATH", str(tmp_path / "store.json"))
    monkeypatch.setenv("KHENCAO_STORE", "embedded")


def scoring_page(lang: str = "vi", load: bool = True) -> AppTest:
    app = started(lang)
    if load:
        load_sample(app)
    app.switch_page(PAGE).run()
    assert not app.exception
    return app


def enter(app: AppTest, scorer: str, ward: str, points: float) -> AppTest:
    app.selectbox(key="score_scorer").select(scorer).run()
    app.selectbox(key="score_ward").select(ward)
    app.number_input(key="score_points").set_value(points)
    app.button[0].click().run()  # the form's submit button: it asks first
    return app.button(key="score_entry_yes").click().run()


def test_an_empty_store_says_where_the_criteria_come_from():
    app = scoring_page(load=False)
    assert app.info[0].value.startswith("Chưa có tiêu chí điểm thưởng (Phụ lục 2).")


def test_the_page_shows_pl2_with_totals_5_and_50_and_the_28_focal_units():
    app = scoring_page()
    criteria = app.dataframe[0].value
    assert list(criteria.columns) == [
        "TT",
        "Nội dung chấm điểm thưởng",
        "Đơn vị chấm điểm",
        "Số điểm",
        "Điểm quy ước",
        "Mã tiêu chí",
    ]
    assert list(criteria["TT"]) == ["I.", "1.", "2.", "II.", "1.", "2.", "3.", ""]
    assert list(criteria["Số điểm"]) == ["", "1,5", "1", "", "1", "0,5", "1", "5"]
    assert list(criteria["Điểm quy ước"]) == ["", "15", "10", "", "10", "5", "10", "50"]
    assert criteria["Nội dung chấm điểm thưởng"].iloc[-1] == "Tổng cộng"
    focal = app.dataframe[1].value
    assert len(focal) == 28
    assert focal["Đơn vị được ghép"].iloc[3] == "Trung tâm Bồi dưỡng chính trị"
    assert app.info[0].value.startswith("Chưa có điểm nào cho năm 2020.")


def test_entering_a_score_puts_the_ward_first_in_the_ranking():
    app = enter(scoring_page(), "phong-tai-chinh-ke-hoach", "phuong-gia-thuy", 1.25)
    assert shown(app.success[0].value) == "Đã ghi: Phường Gia Thụy, tiêu chí I.1: 1,25/1,5 điểm."
    ranking = app.dataframe[2].value
    assert list(ranking["Hạng"])[:2] == ["1", "2="]
    first = ranking.iloc[0]
    assert (first["Phường"], first["I.1"], first["Tổng điểm"], first["Điểm quy ước"]) == (
        "Phường Gia Thụy",
        "1,25",
        "1,25",
        "12,5",
    )
    assert "cùng xếp hạng 2" in app.info[0].value
    assert app.warning[0].value.startswith("Xếp hạng tạm thời: còn thiếu 34 điểm")
    waiting = app.dataframe[3].value
    assert list(waiting["Đã nhận"]) == ["0/7", "0/7", "1/7", "0/7", "0/7"]


def test_the_criterion_list_follows_the_focal_unit():
    app = scoring_page()
    app.selectbox(key="score_scorer").select("phong-noi-vu").run()
    assert app.selectbox(key="score_criterion").options == [
        "II.3 – Kết quả thực hiện bộ chỉ số CCHC (tối đa 1)"
    ]


def test_a_score_above_the_maximum_is_refused_in_words_and_nothing_is_written():
    app = enter(scoring_page(), "phong-tai-nguyen-moi-truong", "phuong-bo-de", 0.75)
    assert shown(app.error[0].value) == (
        "Không ghi điểm này:\n\n0.75 điểm vượt mức tối đa của tiêu chí "
        "2020/khoi-phuong/II.2 (0.5 điểm)"
    )
    assert app.info[0].value.startswith("Chưa có điểm nào cho năm 2020.")


def test_the_same_score_twice_is_refused():
    app = enter(scoring_page(), "phong-noi-vu", "phuong-viet-hung", 1.0)
    app.button[0].click().run()
    app.button(key="score_entry_yes").click().run()
    assert "trùng bản ghi" in app.error[0].value


def test_in_english():
    app = enter(scoring_page("en"), "ban-to-chuc-quan-uy", "phuong-phuc-dong", 1.0)
    assert shown(app.success[0].value) == (
        "Recorded: Phường Phúc Đồng, criterion I.2: 1 of 1 points."
    )
    assert app.dataframe[0].value["Points"].iloc[1] == "1.5"
    assert app.dataframe[2].value["Rank"].iloc[0] == "1"
