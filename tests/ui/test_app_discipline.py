"""The unit page lists a unit's disciplinary measures in words under its
achievements, and its verdict reads them (Streamlit's AppTest, no browser)."""

from __future__ import annotations

import os

import pytest

from graph.models import Change, Dataset, Discipline
from graph.store.embedded import EmbeddedStore
from tests.app_steps import loaded, shown

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def disciplined(*measures: Discipline):
    app = loaded()
    EmbeddedStore(os.environ["KHENCAO_STORE_PATH"]).apply(
        Change(add=Dataset(disciplines=list(measures)))
    )
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert not app.exception
    return app


def test_a_served_measure_is_listed_in_words_under_the_achievements():
    app = disciplined(
        Discipline(
            holder="phong-y-te", year=2020, end_year=2021, form="Khiển trách", decision_no="15/QĐ"
        )
    )
    texts = [shown(m.value) for m in app.markdown]
    assert "**Kỷ luật**" in texts
    assert "- Khiển trách năm 2020, quyết định 15/QĐ: chấp hành xong năm 2021" in texts


def test_an_open_measure_says_no_proposal_is_made_while_it_is_open():
    app = disciplined(Discipline(holder="phong-y-te", year=2022, form="Cảnh cáo"))
    texts = [shown(m.value) for m in app.markdown]
    assert any(
        t.startswith("- Cảnh cáo năm 2022: chưa chấp hành xong") and "không đề nghị" in t
        for t in texts
    )


def test_a_unit_without_measures_shows_no_list():
    app = disciplined()
    assert "**Kỷ luật**" not in [m.value for m in app.markdown]


def test_a_measure_entered_by_hand_is_written_after_one_question():
    app = loaded()
    app.switch_page("pages/du_lieu.py").run()
    assert not app.exception
    app.text_input(key="discipline_holder_search").set_value("phong y te").run()
    app.selectbox(key="discipline_holder").select("phong-y-te").run()
    form = app.get("form")[-1]
    form.number_input[0].set_value(2021)
    form.number_input[1].set_value(2022)
    form.text_input[0].set_value("Khiển trách")
    form.text_input[1].set_value("15/QĐ-KL")
    form.button[0].click().run()
    assert any("Khiển trách" in w.value and "2021" in w.value for w in app.warning)
    app.button(key="add_discipline_yes").click().run()
    assert app.success[-1].value == "Đã lưu."
    [stored] = EmbeddedStore(os.environ["KHENCAO_STORE_PATH"]).snapshot().disciplines
    assert (stored.holder, stored.year, stored.end_year, stored.form) == (
        "phong-y-te",
        2021,
        2022,
        "Khiển trách",
    )


def test_an_end_before_the_year_is_refused_in_words_and_nothing_is_written():
    app = loaded()
    app.switch_page("pages/du_lieu.py").run()
    app.selectbox(key="discipline_holder").select("phong-y-te").run()
    form = app.get("form")[-1]
    form.number_input[0].set_value(2021)
    form.number_input[1].set_value(2019)
    form.text_input[0].set_value("Cảnh cáo")
    form.button[0].click().run()
    app.button(key="add_discipline_yes").click().run()
    assert "trước năm bị kỷ luật" in app.error[-1].value
    assert EmbeddedStore(os.environ["KHENCAO_STORE_PATH"]).snapshot().disciplines == []
