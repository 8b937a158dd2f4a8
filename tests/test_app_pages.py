"""The app's pages, driven by Streamlit's AppTest (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.i18n import TEXT

APP = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KHENCAO_STORE_PATH", str(tmp_path / "store.json"))
    monkeypatch.setenv("KHENCAO_STORE", "embedded")


def started(lang: str = "vi") -> AppTest:
    app = AppTest.from_file(APP, default_timeout=30)
    app.session_state["lang"] = lang
    return app.run()


def loaded(lang: str = "vi") -> AppTest:
    app = started(lang)
    app.sidebar.button(key="load_longbien").click().run()
    return app


def test_every_text_has_both_languages():
    assert all(len(pair) == 2 and all(pair) for pair in TEXT.values())


def test_an_empty_store_says_what_to_do():
    app = started()
    assert not app.exception
    assert "Kho dữ liệu đang trống" in app.info[0].value


def test_loading_the_sample_set_then_reading_phong_y_te():
    app = loaded()
    assert app.sidebar.success[0].value == "Đã nạp bộ dữ liệu Long Biên 2020."
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.header[0].value == "Phòng Y tế"
    table = app.dataframe[0].value
    assert list(zip(table["Năm"], table["Mã"], strict=True)) == [(2018, "BK_TP"), (2019, "TTLDXS")]
    assert app.main.caption[-1].value.endswith(": 2019")


def test_loading_twice_changes_nothing():
    app = loaded()
    app.sidebar.button(key="load_longbien").click().run()
    assert app.sidebar.info[0].value == "Kho đã có đủ bộ dữ liệu Long Biên 2020."


def test_english_switch():
    app = loaded("en")
    app.selectbox(key="unit_id").select("phuong-phuc-dong").run()
    table = app.dataframe[0].value
    assert "Award" in table.columns
    assert set(table["Code"]) == {"CO_TP", "BK_TP"}


def test_data_page_adds_and_refuses_an_achievement_in_words():
    app = loaded()
    app.switch_page("pages/du_lieu.py").run()
    assert not app.exception
    form_holder = app.selectbox[0]
    form_holder.select("phong-y-te")
    app.selectbox[1].select("CO_TP")
    app.number_input[0].set_value(2020)
    app.button[0].click().run()  # the form's submit button
    assert app.success[-1].value == "Đã lưu."
    app.button[0].click().run()  # the same record again
    assert "trùng bản ghi" in app.error[-1].value
