"""The rules editor of the Quy định page, driven by Streamlit's AppTest: copy hanoi-2018,
change a count of the collective BK_TTG rung, see a wrong value refused at its field,
save into the office folder ($KHENCAO_RULES_DIR, a test's own), and the checker uses it."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from planner import check, read_history
from tests.app_steps import shown, started
from tests.cli import run
from tests.office_rules import COUNT_PATH, RATING_PATH, ROUTE, ROUTED, phuong_a
from ui import bootstrap
from ui.app.rules_editor import parts_of
from ui.app.rules_widgets import widget_key

pytestmark = pytest.mark.usefixtures("own_embedded_store")

NEW = "hanoi-qd"


def key(path: str) -> str:
    return widget_key(NEW, path)


def copied(source: str = "hanoi-2018", new_id: str = NEW, lang: str = "vi") -> AppTest:
    app = started(lang)
    app.switch_page("pages/quy_dinh.py").run()
    app.selectbox(key="editor_source").select(source).run()
    app.text_input(key="editor_new_id").input(new_id).run()
    app.button(key="editor_copy").click().run()
    app.radio(key="editor_part").set_value("collective").run()
    assert not app.exception
    return app


def drawn_after(app: AppTest, widget: str) -> list:
    """The elements drawn after the widget `widget` in its own block, up to the next widget."""

    def walk(block):
        nodes = list(block.children.values())
        for i, node in enumerate(nodes):
            if getattr(node, "key", None) == widget:
                following = []
                for other in nodes[i + 1 :]:
                    if getattr(other, "key", None):
                        break
                    following.append(other)
                return following
            if hasattr(node, "children"):
                found = walk(node)
                if found is not None:
                    return found
        return None

    found = walk(app.main)
    assert found is not None, f"no widget {widget}"
    return found


def errors_at(app: AppTest, path: str) -> list[str]:
    return [shown(e.value) for e in drawn_after(app, key(path)) if e.type == "error"]


def first_route(ruleset_id: str):
    rung = bootstrap.rulesets().get(ruleset_id).collective["BK_TTG"]
    return rung.routes[0] if ROUTED else rung


def eligible(ruleset_id: str, tmp_path) -> bool:
    holder, history = read_history(phuong_a(tmp_path), bootstrap.catalogue())
    verdict = check(
        holder,
        history,
        "BK_TTG",
        2021,
        ruleset_id=ruleset_id,
        book=bootstrap.rulesets(),
    )
    return verdict.eligible


def test_copy_change_a_count_save_and_the_checker_answers_with_the_new_number(
    office_rules, tmp_path
):
    app = copied()
    assert app.number_input(key=key(COUNT_PATH)).value == 1
    app.number_input(key=key(COUNT_PATH)).set_value(2).run()
    assert not app.error
    app.button(key="editor_save").click().run()
    assert [s.value for s in app.success][0].startswith("Đã lưu bộ tiêu chuẩn hanoi-qd")
    assert (office_rules / f"{NEW}.yaml").is_file()
    assert eligible("hanoi-2018", tmp_path) is True
    assert eligible(NEW, tmp_path) is False
    saved = first_route(NEW).window_options
    assert saved.any_of[0].terms[0].count == 2
    assert saved.verified is False  # changed after it was ticked: a person must tick it again
    app.sidebar.selectbox(key="ruleset_id").select(NEW).run()  # offered by its title
    assert app.sidebar.selectbox(key="ruleset_id").value == NEW


@pytest.mark.parametrize(
    ("path", "value", "lang", "words"),
    [
        (COUNT_PATH, -1, "vi", "phải từ 1 trở lên"),
        (RATING_PATH, "BK_TP", "en", "“BK_TP” is not a yearly rating"),
    ],
)
def test_a_wrong_value_is_refused_under_its_field_and_nothing_is_written(
    office_rules, path, value, lang, words
):
    app = copied(lang=lang)
    widget = app.number_input if path == COUNT_PATH else app.selectbox
    widget(key=key(path)).set_value(value).run()
    assert any(words in e for e in errors_at(app, path)), [e.value for e in app.error]
    app.button(key="editor_save").click().run()
    assert list(office_rules.iterdir()) == []
    assert app.radio(key="editor_part").value == "collective"  # the part stays chosen
    where = {"vi": "Còn lỗi ở: Tập thể (1)", "en": "Problems remain in: Collectives (1)"}
    assert where[lang] in [c.value for c in app.caption]


def test_the_tick_waits_for_a_quote_and_a_shipped_ruleset_is_only_copied(office_rules):
    app = copied()
    quotes = f"{ROUTE}.flag_ineligible_options.cite[0].quote"
    tick = f"{ROUTE}.flag_ineligible_options.verified"
    assert app.checkbox(key=key(tick)).value is True
    app.text_area(key=key(quotes)).input("").run()
    assert app.checkbox(key=key(tick)).value is False
    assert app.checkbox(key=key(tick)).disabled
    app.button(key="editor_save").click().run()
    saved = first_route(NEW).flag_ineligible_options
    assert saved.verified is False
    app.selectbox(key="editor_source").select("hanoi-2018").run()
    assert not [b for b in app.button if b.key == "editor_edit"]
    app.selectbox(key="editor_source").select(NEW).run()
    assert [b for b in app.button if b.key == "editor_edit"]


def test_a_rung_removed_and_added_again_asks_for_its_citation_at_the_field(office_rules):
    app = copied()
    app.button(key=key("collective.BK_TTG#remove")).click().run()
    assert "BK_TTG" not in app.selectbox(key=key("collective#chosen")).options
    app.selectbox(key=key("collective#new")).select("BK_TTG").run()
    app.button(key=key("collective#add")).click().run()
    assert app.selectbox(key=key("collective#chosen")).value == "BK_TTG"
    if ROUTED:  # a rung of routes starts with none: the person adds the first
        app.button(key=key("collective.BK_TTG.routes#add")).click().run()
    document = f"{ROUTE}.base[0].cite[0].document"
    assert errors_at(app, document) == ["không được để trống"]
    app.button(key="editor_save").click().run()
    assert list(office_rules.iterdir()) == []


LAW = "luat-2022"
LAW_COPY = "luat-2022-hn"


def test_the_collective_bk_ttg_rung_of_a_copy_of_luat_2022_is_completed_saved_and_used(
    office_rules, tmp_path, capsys
):
    """Issue 16, Done when: the rung luat-2022 declares unknown, completed in the editor,
    saved to the office's folder, and then used by `khencao check` and `khencao plan`."""
    app = copied(LAW, LAW_COPY)
    rung = "collective.BK_TTG"

    def at(path: str) -> str:
        return widget_key(LAW_COPY, f"{rung}.{path}")

    assert app.selectbox(key=widget_key(LAW_COPY, "collective#chosen")).value == "BK_TTG"
    app.checkbox(key=at("unknown#present")).uncheck().run()
    app.button(key=at("routes#add")).click().run()
    route = "routes[0]"
    law = "Luật Thi đua, khen thưởng 06/2022/QH15"
    quote = "… trích nguyên văn điều 73 khoản 2 do cơ quan chép từ văn bản …"
    app.selectbox(key=at(f"{route}.base[0].award")).set_value("BK_TP").run()
    app.multiselect(key=at(f"{route}.window_options.any_of[0].terms[0].awards")).set_value(
        ["CO_TP"]
    ).run()
    for requirement in ("base[0]", "continuity", "window_options"):
        cite = f"{route}.{requirement}.cite[0]"
        app.text_input(key=at(f"{cite}.document")).input(law).run()
        app.text_input(key=at(f"{cite}.article")).input("Điều 73").run()
        app.text_input(key=at(f"{cite}.clause")).input("khoản 2").run()
        tick = at(f"{route}.{requirement}.verified")
        assert app.checkbox(key=tick).disabled  # no quote yet
        app.text_area(key=at(f"{cite}.quote")).input(quote).run()
        app.checkbox(key=tick).check().run()
    assert not app.error, [e.value for e in app.error]
    app.button(key="editor_save").click().run()
    assert (office_rules / f"{LAW_COPY}.yaml").is_file()
    saved = bootstrap.rulesets().get(LAW_COPY).collective["BK_TTG"]
    assert saved.unknown is None and saved.routes[0].window_options.verified is True
    holder, history = read_history(phuong_a(tmp_path), bootstrap.catalogue())
    verdict = check(holder, history, "BK_TTG", 2021, ruleset_id=LAW_COPY, book=bootstrap.rulesets())
    assert verdict.eligible is True
    history_file = str(phuong_a(tmp_path))
    asked = ("--history", history_file, "--target", "BK_TTG", "--ruleset", LAW_COPY, "--json")
    code, out, err = run(capsys, "check", *asked, "--year", "2021")
    assert code == 0, err
    assert json.loads(out)["eligible"] is True
    code, out, err = run(capsys, "plan", *asked, "--from", "2021")
    assert code == 0, err
    assert json.loads(out)["ruleset"] == LAW_COPY


def test_copying_again_starts_from_the_source_not_from_the_last_draft(office_rules):
    app = copied()
    app.number_input(key=key(COUNT_PATH)).set_value(3).run()
    app.button(key="editor_copy").click().run()
    assert app.number_input(key=key(COUNT_PATH)).value == 1
    assert list(office_rules.iterdir()) == []


@pytest.mark.parametrize("source", ["nd91-2017", "nd65-2014"])
def test_every_part_of_a_copy_is_drawn_with_no_problem(office_rules, source):
    app = copied(source)
    for part in app.radio(key="editor_part").options:
        app.radio(key="editor_part").set_value(
            next(k for k, label in parts_of().items() if label == part)
        ).run()
        assert not app.exception and not app.error, part
    app.button(key="editor_save").click().run()
    assert [p.name for p in office_rules.iterdir()] == [f"{NEW}.yaml"]
