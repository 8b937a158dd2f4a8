"""An officer's tasks in the running app (issue 14), in Chromium: find a unit typed
without diacritics, delete with confirmation and undo, switch the language without
losing a choice, open a page by its address, and read the record pages in Vietnamese
without award codes or Streamlit's English.

The server is started as scripts/app starts it (python -m ui.app.serve).
"""

from __future__ import annotations

import sys

import pytest
from playwright.sync_api import Page, expect

from graph.io.longbien import load_longbien
from graph.store.embedded import EmbeddedStore
from tests.app_server import free_port
from tests.e2e.steps import (
    assert_no_raw_codes_or_english_defaults,
    choose,
    holding,
    open_page,
    opened,
    press,
    screenshot_dir,
    settle,
)


def serve_command(port: int) -> list[str]:
    return [sys.executable, "-m", "ui.app.serve", "--server.port", str(port)]


@pytest.fixture(scope="module")
def app_url(app_server, store_path, port):
    with app_server(serve_command(port), port, store_path) as url:
        yield url


def search(page: Page, key: str, typed: str) -> None:
    """Type into the search field above the select box `key`."""
    page.locator(f".st-key-{key}_search input").fill(typed)
    page.keyboard.press("Enter")
    settle(page)


def shown_choice(page: Page, key: str) -> str:
    """What the select box `key` shows as chosen (its text, or its field's value)."""
    box = page.locator(f".st-key-{key}")
    field = box.locator("input")
    return box.inner_text() + " " + (field.first.input_value() if field.count() else "")


def options_of(page: Page, key: str) -> list[str]:
    """The names the select box `key` offers, as its open list shows them."""
    page.locator(f".st-key-{key} input").click()
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    settle(page)
    return [o.strip() for o in options]


def test_a_page_address_opens_that_page_on_a_fresh_server(app_server, browser, tmp_path):
    """The first visit of a fresh server, to /don-vi: the page, not Streamlit's
    English "Page not found" dialog (ui/app/serve.py says why it came)."""
    store_path = tmp_path / "store.json"
    holding(store_path, load_longbien())
    port = free_port()
    context = browser.new_context(viewport={"width": 1400, "height": 2200}, locale="vi-VN")
    page = context.new_page()
    with app_server(serve_command(port), port, store_path) as url:
        opened(page, f"{url}/don-vi")
        expect(page.locator('[data-testid="stHeading"]').first).to_be_visible()
        assert page.get_by_text("Page not found").count() == 0
        assert page.get_by_text("Chọn đơn vị", exact=True).count() == 1
        assert_no_raw_codes_or_english_defaults(page, "vi", leaving_out=".st-key-unit_verdict")
    context.close()


def test_y_te_typed_without_diacritics_finds_both_health_units(page, app_url, store_path):
    holding(store_path, load_longbien())
    opened(page, app_url)
    open_page(page, "Đơn vị")
    search(page, "unit_id", "y te")
    found = options_of(page, "unit_id")
    assert {"Phòng Y tế", "Trung tâm Y tế"} <= set(found)
    assert all("Y tế" in name for name in found)
    expect(page.get_by_text(f"Tìm thấy {len(found)} trong", exact=False)).to_be_visible()
    page.screenshot(path=screenshot_dir() / "don-vi-tim-y-te.png", full_page=True)


def test_a_select_box_that_finds_nothing_says_so_in_vietnamese(page, app_url, store_path):
    """Typed into the select box itself (not the search above it), a name that is not
    there: Streamlit's "No results" is replaced by the app's words (ui/app/main.py)."""
    holding(store_path, load_longbien())
    opened(page, app_url)
    open_page(page, "Đơn vị")
    page.locator(".st-key-unit_id input").fill("khong co don vi nay")
    expect(page.locator('div[role="option"]')).to_have_count(1)  # the list's empty state
    assert_no_raw_codes_or_english_defaults(page, "vi", leaving_out=".st-key-unit_verdict")
    page.keyboard.press("Escape")


def test_delete_after_confirming_then_undo_brings_the_record_back(page, app_url, store_path):
    holding(store_path, load_longbien())
    before = EmbeddedStore(store_path).history("phong-y-te")
    opened(page, app_url)
    open_page(page, "Dữ liệu")
    search(page, "remove_holder", "phong y te")
    choose(page, "remove_key", "2018")
    press(page, "remove_button")
    expect(page.get_by_text("Xoá thành tích Bằng khen", exact=False)).to_be_visible()
    assert EmbeddedStore(store_path).history("phong-y-te") == before, "asked, not deleted"
    press(page, "remove_button_yes")
    expect(page.get_by_text("Đã xoá.")).to_be_visible()
    held = EmbeddedStore(store_path).history("phong-y-te")
    assert [(a.award, a.year) for a in held] == [("TTLDXS", 2019)]
    expect(page.get_by_text("Thay đổi gần nhất: đã xoá", exact=False)).to_be_visible()
    page.screenshot(path=screenshot_dir() / "du-lieu-xoa-hoan-tac.png", full_page=True)
    press(page, "undo_remove")
    expect(page.get_by_text("Đã hoàn tác: đã xoá", exact=False)).to_be_visible()
    after = EmbeddedStore(store_path).history("phong-y-te")
    assert sorted(a.model_dump_json() for a in after) == sorted(
        a.model_dump_json() for a in before
    ), "the store file holds the deleted record again, as it was"
    assert page.locator(".st-key-undo_remove").count() == 0, "one undo, then none"
    assert "2018" in " ".join(options_of(page, "remove_key"))


def test_switching_language_on_the_unit_page_keeps_every_radio_and_translates_the_labels(
    page, app_url, store_path
):
    holding(store_path, load_longbien())
    opened(page, app_url)
    open_page(page, "Đơn vị")
    choose(page, "unit_id", "Phòng Y tế")
    page.get_by_text("Tính từ năm sau năm được khen", exact=False).click()
    settle(page)
    choose(page, "lang", "English")
    radios = page.locator('[data-testid="stRadio"]')
    assert radios.count() >= 1
    for i in range(radios.count()):
        checked = radios.nth(i).locator("input[type=radio]:checked")
        assert checked.count() == 1, f"radio {i} keeps its choice"
    chosen = page.locator(".st-key-window label").filter(
        has=page.locator("input[type=radio]:checked")
    )
    assert "From the year after the base award" in chosen.inner_text()
    expect(page.get_by_role("heading", name="Phòng Y tế")).to_be_visible()
    text = page.locator("body").inner_text()
    for english in ("Choose a unit", "Counting of the period", "Ruleset", "Award history"):
        assert english in text, english
    for vietnamese in ("Chọn đơn vị", "Cách tính thời gian", "Tự chọn theo năm đề nghị"):
        assert vietnamese not in text, vietnamese
    assert "Chosen by the proposal year" in shown_choice(page, "ruleset_id")
    assert "Prime Minister" in shown_choice(page, "verdict_target")
    page.screenshot(path=screenshot_dir() / "unit-english-after-switch.png", full_page=True)


@pytest.mark.parametrize(
    ("title", "leaving_out"),
    [
        # The verdict is drawn by ui/app/verdict_view.py (issue 14's landing-page part).
        ("Đơn vị", ".st-key-unit_verdict"),
        ("Quy định", None),
        ("Chấm điểm", None),
        ("Dữ liệu", None),
    ],
)
def test_the_record_pages_in_vietnamese_show_no_codes_or_streamlit_english(
    page, app_url, store_path, title, leaving_out
):
    holding(store_path, load_longbien())
    opened(page, app_url)
    open_page(page, title)
    assert_no_raw_codes_or_english_defaults(page, "vi", leaving_out=leaving_out)
    name = title.lower().replace(" ", "-")
    page.screenshot(path=screenshot_dir() / f"{name}-khong-ma.png", full_page=True)
