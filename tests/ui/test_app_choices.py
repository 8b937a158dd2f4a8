"""The app as its users work (issue 14), driven by AppTest: choices that survive
the language switch and follow their subject, a search without diacritics, a
hand entry refused for a future year, undo of the last change, the letter
number printed once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.io.longbien import load_longbien
from graph.models import Change
from graph.store.embedded import EmbeddedStore
from tests.app_steps import loaded, shown, started
from ui.app.pickers import first_with_record, matching
from ui.bootstrap import catalogue

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def snapshot():
    return EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"])).snapshot()


def same_records(a, b) -> bool:
    """Two datasets hold the same records, whatever their order (an undone
    deletion puts the record back at the end of the list)."""

    def content(data):
        return {
            name: sorted(item.model_dump_json() for item in getattr(data, name))
            for name in type(data).model_fields
        }

    return content(a) == content(b)


def on_page(app: AppTest, page: str) -> AppTest:
    app.switch_page(f"pages/{page}.py").run()
    assert not app.exception
    return app


def choice(app: AppTest, key: str):
    """The radio or select box `key`, wherever it is drawn."""
    found = [w for w in [*app.radio, *app.selectbox] if w.key == key]
    assert found, key
    return found[0]


# The language switch keeps every choice -------------------------------------------------


def test_switching_language_keeps_every_choice_and_tells_the_browser_its_new_label():
    app = on_page(loaded(), "don_vi")
    app.selectbox(key="unit_id").select("phong-y-te").run()
    app.sidebar.radio(key="window").set_value("after_base_year").run()
    app.sidebar.selectbox(key="ruleset_id").select("nd91-2017").run()
    app.selectbox(key="verdict_target").select("HCLD3").run()
    chosen = {
        key: choice(app, key).value for key in ("unit_id", "window", "ruleset_id", "verdict_target")
    }
    vietnamese = {key: choice(app, key).options for key in ("window", "verdict_target")}

    app.sidebar.selectbox(key="lang").select("en").run()

    assert not app.exception
    for key, value in chosen.items():
        widget = choice(app, key)
        assert widget.value == value, key
        # The browser answers with the label it shows: it is sent the new one, or it
        # would show the old label (a select box) or nothing (a radio).
        label = widget.options[widget.index]
        assert widget.proto.set_value and widget.proto.raw_value == label, key
    assert choice(app, "window").options == [
        "From the base award's year (default)",
        "From the year after the base award (Decree 98/2023)",
    ]
    for key, options in vietnamese.items():
        assert set(choice(app, key).options).isdisjoint(options), key
    assert app.header[0].value == "Phòng Y tế"
    assert app.sidebar.number_input(key="proposal_year").value == 2020


def test_the_default_unit_has_a_record_and_the_target_follows_the_unit():
    app = on_page(loaded(), "don_vi")
    first = app.selectbox(key="unit_id").value
    data = load_longbien()
    assert first == first_with_record({u.id: u.name for u in data.units}, data.achievements)
    assert first != "quan-long-bien" and app.table, "a unit with an award history"
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.selectbox(key="verdict_target").value == "BK_TTG"
    app.selectbox(key="verdict_target").select("HCLD3").run()
    app.selectbox(key="unit_id").select("phong-tai-chinh-ke-hoach").run()
    # Phòng TCKH's own next rung, not the target chosen for Phòng Y tế
    assert app.selectbox(key="verdict_target").value == "HCLD3"
    said = [box.value for box in (*app.success, *app.warning)]
    assert any("Huân chương Lao động hạng Ba năm 2020" in text for text in said), said
    app.selectbox(key="unit_id").select("phong-y-te").run()
    assert app.selectbox(key="verdict_target").value == "BK_TTG"


# Search without diacritics -------------------------------------------------------------


def test_y_te_finds_both_health_units_in_the_sample_set():
    names = {u.id: u.name for u in load_longbien().units}
    found = {names[i] for i in matching(names, "y te")}
    assert {"Phòng Y tế", "Trung tâm Y tế"} <= found
    assert all("y tế" in name.lower() for name in found)
    assert matching(names, "") == list(names)


def test_the_unit_search_narrows_the_list_and_keeps_the_choice_it_hides():
    app = on_page(loaded(), "don_vi")
    app.selectbox(key="unit_id").select("phuong-phuc-dong").run()
    app.text_input(key="unit_id_search").input("y te").run()
    box = app.selectbox(key="unit_id")
    assert {"Phòng Y tế", "Trung tâm Y tế"} <= set(box.options)
    assert all("Y tế" in option for option in box.options)
    assert box.value in {"phong-y-te", "trung-tam-y-te"} and not app.exception
    app.text_input(key="unit_id_search").input("khong co ten nao nhu the").run()
    assert "Không có tên nào khớp" in app.info[0].value
    assert not [s for s in app.selectbox if s.key == "unit_id"]
    app.text_input(key="unit_id_search").input("").run()
    assert app.selectbox(key="unit_id").value == box.value, "the choice outlives a vain search"


def test_the_data_and_scoring_pages_search_holders_without_diacritics():
    app = on_page(loaded(), "du_lieu")
    app.text_input(key="remove_holder_search").input("y te").run()
    assert {"Phòng Y tế", "Trung tâm Y tế"} <= set(app.selectbox(key="remove_holder").options)
    app.text_input(key="add_holder_search").input("phuc dong").run()
    assert app.selectbox(key="add_holder").options == ["Phường Phúc Đồng"]
    app = on_page(app, "cham_diem")
    app.text_input(key="score_ward_search").input("thuong thanh").run()
    assert app.selectbox(key="score_ward").options == ["Phường Thượng Thanh"]


# Hand entry and undo -------------------------------------------------------------------


def add_by_hand(app: AppTest, holder: str, award: str, year: int) -> AppTest:
    app.selectbox(key="add_holder").select(holder).run()
    app.selectbox(key="add_award").select(award)
    app.main.number_input[0].set_value(year)
    next(b for b in app.button if b.proto.is_form_submitter).click().run()
    return app


def test_hand_entry_refuses_a_year_after_the_proposal_year_naming_the_field():
    app = on_page(loaded(), "du_lieu")
    before = snapshot()
    add_by_hand(app, "phong-y-te", "BK_TP", 2031)
    assert shown(app.error[0].value) == (
        "Không lưu: ô “Năm”: năm 2031 sau năm đề nghị 2020 (chọn ở thanh bên); "
        "chỉ ghi thành tích của năm 2020 trở về trước."
    )
    assert not [b for b in app.button if b.key == "add_achievement_yes"], "nothing to confirm"
    assert snapshot() == before
    app.sidebar.number_input(key="proposal_year").set_value(2031).run()
    add_by_hand(app, "phong-y-te", "BK_TP", 2031)
    assert not app.error and [b for b in app.button if b.key == "add_achievement_yes"]


def test_undo_of_a_deletion_restores_exactly_the_record_deleted():
    app = on_page(loaded(), "du_lieu")
    before = snapshot()
    app.selectbox(key="remove_holder").select("phong-y-te").run()
    record = next(a for a in before.achievements if a.holder == "phong-y-te" and a.year == 2018)
    app.selectbox(key="remove_key").select(record.key).run()
    app.button(key="remove_button").click().run()
    app.button(key="remove_button_yes").click().run()
    assert record not in snapshot().achievements
    assert app.success[0].value == "Đã xoá."
    assert not [o for o in app.selectbox(key="remove_key").options if o.startswith("2018")], (
        "the list no longer offers the record just deleted"
    )
    offer = next(i.value for i in app.info if i.value.startswith("Thay đổi gần nhất"))
    award = catalogue().name(record.award, "vi")
    assert f"đã xoá {award} năm 2018 của Phòng Y tế" in shown(offer)
    app.button(key="undo_remove").click().run()
    assert not app.exception
    assert shown(app.success[0].value).startswith(f"Đã hoàn tác: đã xoá {award} năm 2018")
    assert same_records(snapshot(), before)
    assert not [b for b in app.button if b.key.startswith("undo_")], "one undo, then none"


@pytest.mark.parametrize("store_kind", ["embedded", "neo4j"])
def test_undo_goes_through_the_stores_own_apply_in_both_stores(store_kind, request, monkeypatch):
    if store_kind == "neo4j":
        settings = request.getfixturevalue("neo4j_settings")
        store = request.getfixturevalue("neo4j_store")
        monkeypatch.setenv("KHENCAO_STORE", "neo4j")
        monkeypatch.setenv("KHENCAO_NEO4J_URI", settings.uri)
        monkeypatch.setenv("KHENCAO_NEO4J_USER", settings.user)
        if settings.password is not None:
            monkeypatch.setenv("KHENCAO_NEO4J_PASSWORD", settings.password)
    else:
        store = EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"]))
    store.apply(Change(add=load_longbien()))
    before = store.snapshot()
    app = on_page(started(timeout=60), "du_lieu")
    app.selectbox(key="remove_holder").select("phong-y-te").run()
    record = next(a for a in before.achievements if a.holder == "phong-y-te" and a.year == 2019)
    app.selectbox(key="remove_key").select(record.key).run()
    app.button(key="remove_button").click().run()
    app.button(key="remove_button_yes").click().run()
    assert record not in store.snapshot().achievements
    app.button(key="undo_remove").click().run()
    assert not app.exception and app.success
    assert same_records(store.snapshot(), before)


def test_undo_offers_only_the_last_change_of_the_session():
    app = on_page(loaded(), "du_lieu")
    add_by_hand(app, "phong-y-te", "CO_TP", 2020)
    app.button(key="add_achievement_yes").click().run()
    after_first = snapshot()
    add_by_hand(app, "phong-y-te", "HTXSNV", 2020)
    app.button(key="add_achievement_yes").click().run()
    assert len(snapshot().achievements) == len(after_first.achievements) + 1
    assert [b.key for b in app.button if b.key.startswith("undo_")] == ["undo_add"]
    app.button(key="undo_add").click().run()
    assert same_records(snapshot(), after_first), "the last entry undone, the first kept"
    assert not [b for b in app.button if b.key.startswith("undo_")]


def test_undo_is_said_in_english_too():
    app = on_page(loaded("en"), "du_lieu")
    add_by_hand(app, "phong-y-te", "CO_TP", 2020)
    app.button(key="add_achievement_yes").click().run()
    assert app.button(key="undo_add").label == "Undo"
    app.button(key="undo_add").click().run()
    assert shown(app.success[0].value).startswith("Undone: added ")


# The letter number ---------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["125", "125/HĐTĐKT", "Số 125/HDTDKT"])
def test_the_letter_number_is_printed_once_with_its_symbol(typed):
    app = on_page(loaded(timeout=60), "du_lieu")
    app.text_input(key="doc_number").input(typed).run()
    line = next(c.value for c in app.caption if c.value.startswith("Dòng in trong phụ lục"))
    assert "Công văn số 125/HĐTĐKT ngày" in shown(line)
    assert "HĐTĐKT/HĐTĐKT" not in shown(line)
