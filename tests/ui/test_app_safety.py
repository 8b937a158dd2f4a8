"""What the app refuses to do on its own: write or delete on one click, show a
stored name as Markdown, hold an oversized upload, show a traceback, or listen
beyond this machine (driven by AppTest; the browser's view is in test_browser.py)."""

from __future__ import annotations

import io
import logging
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from graph.io.longbien import load_longbien
from graph.models import Achievement, Change
from graph.problems import LISTED_PROBLEMS, Problem
from graph.store.embedded import EmbeddedStore
from graph.store.embedded_files import journal_path
from tests.app_server import ROOT, free_port, listening_addresses
from tests.app_steps import load_sample, loaded, shown, started
from tests.hostile_names import (
    ACTIVE_MARKDOWN,
    CYPHER_NAME,
    CYPHER_UNIT,
    MARKDOWN_NAME,
    MARKDOWN_UNIT,
    with_hostile_names,
)
from ui.app import uploads
from ui.app.i18n import invalid_entry
from ui.app.uploads import MAX_UPLOAD_MB, UploadTooLarge, saved_uploads
from ui.safe_text import WORD_JOINER, literal

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def store_file() -> Path:
    return Path(os.environ["KHENCAO_STORE_PATH"])


def stored_bytes() -> tuple[bytes | None, bytes | None]:
    """The store as it is on disk: its snapshot and its journal of changes."""
    return tuple(
        path.read_bytes() if path.exists() else None
        for path in (store_file(), journal_path(store_file()))
    )


def seeded(data) -> AppTest:
    EmbeddedStore(store_file()).apply(Change(add=data))
    return started()


def questions(app: AppTest) -> list[str]:
    """The confirmations the page is asking for (a warning that asks)."""
    return [w.value for w in app.warning if w.value.endswith("?")]


def on_page(app: AppTest, page: str) -> AppTest:
    app.switch_page(f"pages/{page}.py").run()
    assert not app.exception
    return app


# Nothing written on one click ---------------------------------------------------------


@dataclass(frozen=True)
class WritingAction:
    """One action that writes: how to reach it, how to ask for it, and its key."""

    reach: Callable[[], AppTest]
    ask: Callable[[AppTest], object]
    key: str


def bk_tp_2018_of_phong_y_te() -> str:
    return next(
        a.key
        for a in load_longbien().achievements
        if (a.holder, a.award, a.year) == ("phong-y-te", "BK_TP", 2018)
    )


def ask_to_delete(app: AppTest) -> None:
    app.selectbox(key="remove_holder").select("phong-y-te").run()
    app.selectbox(key="remove_key").select(bk_tp_2018_of_phong_y_te()).run()
    app.button(key="remove_button").click().run()


def ask_to_add(app: AppTest) -> None:
    app.selectbox[0].select("phong-y-te")
    app.selectbox[1].select("CO_TP")
    app.number_input[0].set_value(2020)
    app.button[0].click().run()  # the form's submit button


def ask_to_import(app: AppTest) -> None:
    csv = b"holder,award,year\nphong-y-te,BK_TP,2020\n"
    app.file_uploader(key="uploads").set_value(("thanh-tich.csv", csv, "text/csv")).run()
    app.button(key="write_import").click().run()


def ask_to_enter_a_score(app: AppTest) -> None:
    app.selectbox(key="score_scorer").select("phong-noi-vu").run()
    app.selectbox(key="score_ward").select("phuong-viet-hung")
    app.number_input(key="score_points").set_value(1.0)
    app.button[0].click().run()


def ask_to_import_scores(app: AppTest) -> None:
    sheet = (
        "năm,phường,tiêu chí,đơn vị chấm,điểm\n"
        "2020,phuong-bo-de,2020/khoi-phuong/II.2,phong-tai-nguyen-moi-truong,0.5\n"
    ).encode()
    app.file_uploader(key="score_uploads").set_value(("diem.csv", sheet, "text/csv")).run()
    app.button(key="score_write").click().run()


ACTIONS = {
    "load the sample set": WritingAction(
        started, lambda app: app.sidebar.button(key="load_longbien").click().run(), "load_longbien"
    ),
    "delete an achievement": WritingAction(
        lambda: on_page(loaded(), "du_lieu"), ask_to_delete, "remove_button"
    ),
    "add an achievement by hand": WritingAction(
        lambda: on_page(loaded(), "du_lieu"), ask_to_add, "add_achievement"
    ),
    "import a file": WritingAction(
        lambda: on_page(loaded(), "du_lieu"), ask_to_import, "write_import"
    ),
    "enter a score": WritingAction(
        lambda: on_page(loaded(), "cham_diem"), ask_to_enter_a_score, "score_entry"
    ),
    "import score sheets": WritingAction(
        lambda: on_page(loaded(), "cham_diem"), ask_to_import_scores, "score_write"
    ),
}


@pytest.fixture(params=list(ACTIONS))
def asked(request, own_embedded_store) -> tuple[AppTest, WritingAction, bytes | None]:
    """One writing action asked for (its first click), and the store file before it."""
    action = ACTIONS[request.param]
    app = action.reach()
    before = stored_bytes()
    action.ask(app)
    assert not app.exception
    return app, action, before


def test_the_first_click_only_asks_and_the_store_file_stays_byte_identical(asked):
    app, action, before = asked
    assert stored_bytes() == before
    assert len(questions(app)) == 1, "the question says what would be written"
    assert app.button(key=f"{action.key}_yes").label == "Xác nhận"
    assert app.button(key=f"{action.key}_no").label == "Huỷ"
    app.run()  # a rerun, a click elsewhere: still nothing
    assert stored_bytes() == before


def test_cancelling_writes_nothing_and_forgets_the_question(asked):
    app, action, before = asked
    app.button(key=f"{action.key}_no").click().run()
    assert stored_bytes() == before
    assert questions(app) == []
    assert not [b for b in app.button if b.key == f"{action.key}_yes"]


def test_confirming_writes_once(asked):
    app, action, before = asked
    app.button(key=f"{action.key}_yes").click().run()
    assert not app.exception and not app.error
    written = stored_bytes()
    assert written != before
    app.run()
    assert stored_bytes() == written, "the confirmation is used once"


def test_the_delete_question_names_the_award_the_year_and_the_unit():
    app = on_page(loaded(), "du_lieu")
    ask_to_delete(app)
    assert questions(app) == [
        "Xoá thành tích Bằng khen của Chủ tịch UBND Thành phố năm 2018 của Phòng Y tế?"
    ]
    app.button(key="remove_button_yes").click().run()
    assert app.success[-1].value == "Đã xoá."
    held = EmbeddedStore(store_file()).history("phong-y-te")
    assert [(a.award, a.year) for a in held] == [("TTLDXS", 2019)]


def test_a_question_about_another_achievement_is_dropped_not_answered():
    app = on_page(loaded(), "du_lieu")
    ask_to_delete(app)
    before = stored_bytes()
    other = next(k for k in app.selectbox(key="remove_key").options if "2019" in k)
    app.selectbox(key="remove_key").select_index(
        app.selectbox(key="remove_key").options.index(other)
    ).run()
    assert questions(app) == []
    assert not [b for b in app.button if b.key == "remove_button_yes"]
    assert stored_bytes() == before


def test_the_load_question_says_what_and_where_and_english_too():
    app = started("en")
    app.sidebar.button(key="load_longbien").click().run()
    question = shown(app.sidebar.warning[0].value)
    assert question.startswith("Load the Long Biên 2020 sample set (")
    assert question.endswith(f"into the store embedded:{store_file()}?")
    assert app.sidebar.button(key="load_longbien_yes").label == "Confirm"


# Uploads ------------------------------------------------------------------------------


class Oversized(io.BytesIO):
    """An upload that says it is large and must not be read."""

    name = "bang-diem.xlsx"
    size = MAX_UPLOAD_MB * 1024 * 1024 + 1

    def read(self, *args):
        raise AssertionError("an oversized upload was read")

    getvalue = read


def test_an_upload_over_the_limit_is_refused_before_it_is_read():
    with pytest.raises(UploadTooLarge) as refused, saved_uploads([Oversized()]):
        pytest.fail("the upload was saved")
    assert refused.value.name == "bang-diem.xlsx"


class Streamed(io.BytesIO):
    """An upload that may be read in chunks, never copied whole with getvalue()."""

    name = "../../thanh-tich.csv"

    @property
    def size(self) -> int:
        return len(super().getvalue())

    def getvalue(self):
        raise AssertionError("the upload was copied whole")


def test_an_upload_is_copied_to_disk_in_chunks_under_its_own_name():
    content = b"holder,award,year\n" + b"phong-y-te,BK_TP,2020\n" * 200_000
    upload = Streamed(content)
    upload.read(10)  # a reader before us left the position elsewhere
    with saved_uploads([upload]) as (path,):
        assert path.name == "thanh-tich.csv"
        assert path.read_bytes() == content


def test_an_oversized_upload_on_the_data_page_is_one_sentence_and_changes_nothing(
    monkeypatch,
):
    monkeypatch.setattr(uploads, "MAX_UPLOAD_MB", 1)
    app = on_page(loaded(), "du_lieu")
    before = stored_bytes()
    big = b"holder,award,year\n" + b"phong-y-te,BK_TP,2020\n" * 60_000
    app.file_uploader(key="uploads").set_value(("**to**.csv", big, "text/csv")).run()
    assert not app.exception
    assert [shown(e.value) for e in app.error] == [
        "Tệp **to**.csv nặng 1.3 MB, quá giới hạn 1 MB cho một tệp tải lên nên không được "
        "đọc; kho dữ liệu không thay đổi."
    ]
    assert stored_bytes() == before


def test_a_file_with_thousands_of_problems_shows_a_hundred_and_how_many_more():
    problems = [
        Problem(reason="year_range", file="bang.csv", row=n + 2, field="year", value="1900")
        for n in range(250)
    ]
    table = uploads.problems_frame(problems, "vi")
    assert len(table) == LISTED_PROBLEMS + 1
    assert table.iloc[0, 0] == "bang.csv, dòng 2, trường `year`"
    assert table.iloc[-1].tolist() == ["", "… và 150 lỗi khác"]


def test_the_server_upload_limit_is_the_apps_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB


# Stored text shown as typed -------------------------------------------------------------

MARKDOWN_ELEMENTS = (
    "markdown",
    "caption",
    "header",
    "subheader",
    "title",
    "error",
    "warning",
    "info",
    "success",
)


def markdown_texts(app: AppTest) -> list[str]:
    """Every text of the page that Streamlit renders as Markdown."""
    texts = [e.value for kind in MARKDOWN_ELEMENTS for e in app.get(kind)]
    texts += [option for radio in app.get("radio") for option in radio.options]
    texts += [str(m.value) for m in app.get("metric")] + [m.label for m in app.get("metric")]
    widgets = ("button", "selectbox", "multiselect", "text_input", "number_input", "toggle")
    texts += [w.label for kind in widgets for w in app.get(kind)]
    return texts


def assert_no_active_markdown(app: AppTest, page: str) -> None:
    assert not app.exception, page
    for text in markdown_texts(app):
        for active in ACTIVE_MARKDOWN:
            assert active not in text, f"{page}: {text!r}"


def test_a_name_written_in_markdown_is_shown_as_typed_on_every_page():
    app = seeded(with_hostile_names())
    assert_no_active_markdown(app, "nam_nay")
    on_page(app, "don_vi").selectbox(key="unit_id").select(MARKDOWN_UNIT).run()
    assert shown(app.header[0].value) == MARKDOWN_NAME
    assert_no_active_markdown(app, "don_vi")
    on_page(app, "lo_trinh").selectbox(key="plan_unit").select(MARKDOWN_UNIT).run()
    assert_no_active_markdown(app, "lo_trinh")
    on_page(app, "gia_dinh")  # the unit is one of its choices (a select box shows it literally)
    assert MARKDOWN_NAME in app.selectbox(key="whatif_unit").options
    assert_no_active_markdown(app, "gia_dinh")
    on_page(app, "quy_dinh")
    assert_no_active_markdown(app, "quy_dinh")
    on_page(app, "cham_diem").selectbox(key="score_scorer").select("phong-noi-vu").run()
    app.selectbox(key="score_ward").select(MARKDOWN_UNIT)
    app.button[0].click().run()
    assert MARKDOWN_NAME in shown(questions(app)[0])
    assert_no_active_markdown(app, "cham_diem, the score question")
    app.button(key="score_entry_yes").click().run()
    assert MARKDOWN_NAME in shown(app.success[0].value)
    assert_no_active_markdown(app, "cham_diem, the receipt")
    on_page(app, "du_lieu").selectbox(key="remove_holder").select(MARKDOWN_UNIT).run()
    app.button(key="remove_button").click().run()
    assert shown(questions(app)[0]).endswith(f"năm 2016 của {MARKDOWN_NAME}?")
    assert_no_active_markdown(app, "du_lieu")


def test_literal_text_is_escaped_markdown_without_autolinks():
    escaped = literal("**a** http://x.invalid www.x.invalid b@x.invalid")
    assert escaped.startswith(r"\*\*a\*\* http\:" + WORD_JOINER + r"\/\/x\.invalid")
    assert "www" + WORD_JOINER + r"\.x" in escaped
    assert "b" + WORD_JOINER + r"\@x" in escaped
    assert shown(literal("dòng 1\n    # dòng 2")) == "dòng 1\n&#32;&#32;&#32;&#32;# dòng 2"


@pytest.mark.parametrize("store_kind", ["embedded", "neo4j"])
def test_cypher_and_html_in_a_name_stay_text_in_both_stores(store_kind, request, monkeypatch):
    if store_kind == "neo4j":
        settings = request.getfixturevalue("neo4j_settings")
        store = request.getfixturevalue("neo4j_store")
        monkeypatch.setenv("KHENCAO_STORE", "neo4j")
        monkeypatch.setenv("KHENCAO_NEO4J_URI", settings.uri)
        monkeypatch.setenv("KHENCAO_NEO4J_USER", settings.user)
        if settings.password is not None:
            monkeypatch.setenv("KHENCAO_NEO4J_PASSWORD", settings.password)
    else:
        store = EmbeddedStore(store_file())
    data = with_hostile_names()
    store.apply(Change(add=data))
    app = on_page(started(timeout=60), "don_vi")
    app.selectbox(key="unit_id").select(CYPHER_UNIT).run()
    assert shown(app.header[0].value) == CYPHER_NAME
    assert_no_active_markdown(app, "don_vi")
    assert store.unit(CYPHER_UNIT).name == CYPHER_NAME
    assert len(store.units()) == len(data.units), "nothing else was deleted"


# Failures in words --------------------------------------------------------------------


def test_an_unexpected_failure_is_a_sentence_and_its_traceback_goes_to_the_log(monkeypatch):
    import ui.app.ruling

    def broken(data):
        raise RuntimeError("/srv/khencao/secret: index out of range")

    monkeypatch.setattr(ui.app.ruling, "proposals", broken)  # the landing page's list
    logged: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = logged.append
    logging.getLogger("khencao.app").addHandler(handler)
    try:
        app = loaded()
    finally:
        logging.getLogger("khencao.app").removeHandler(handler)
    assert not app.exception
    assert [e.value for e in app.error] == [
        "Trang này gặp một lỗi ngoài dự kiến nên chưa hiển thị được. Chi tiết đã được ghi vào "
        "nhật ký của máy chủ; hãy báo cho người quản trị ứng dụng."
    ]
    failures = [r for r in logged if r.exc_info]
    assert failures and failures[0].exc_info[0] is RuntimeError


def test_a_value_the_record_refuses_is_named_by_the_forms_label():
    with pytest.raises(ValidationError) as refused:
        Achievement(holder="phong-y-te", award="BK_TP", year=20199)
    assert shown(invalid_entry(refused.value, {"year": "data.year"})) == (
        "Không lưu: ô “Năm”: 20199 không phải là năm trong khoảng 1945–2100."
    )


# Listening on this machine only ---------------------------------------------------------


def test_the_config_binds_the_app_to_this_machine():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["address"] == "127.0.0.1"


def test_scripts_app_listens_on_127_0_0_1_only(app_server, tmp_path):
    port = free_port()
    command = [str(ROOT / "scripts" / "app"), "--server.port", str(port)]
    with app_server(command, port, tmp_path / "store.json"):
        assert listening_addresses(port) == {"127.0.0.1"}
    assert (tmp_path / "store.json").exists(), "scripts/app loaded the set into its own store"


def test_the_sidebar_button_loads_the_set_after_its_confirmation():
    app = load_sample(started())
    assert app.sidebar.success[0].value == "Đã nạp bộ dữ liệu Long Biên 2020."
    assert EmbeddedStore(store_file()).snapshot() == load_longbien()
