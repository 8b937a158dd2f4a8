"""The running app in a real browser (Debian's Chromium driven by Playwright).

The server and the sessions come from tests/e2e/conftest.py, the steps from
tests/e2e/steps.py. Each test opens its own browser session and
sets the store up itself, so that the tests pass in any order. Screenshots of
every page go to screenshots/ (or $KHENCAO_SCREENSHOT_DIR).
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from graph.io.longbien import load_longbien
from graph.models import Dataset
from graph.store.embedded import EmbeddedStore
from tests.app_server import listening_addresses
from tests.e2e.steps import (
    choose,
    holding,
    open_page,
    opened,
    page_titles,
    press,
    screenshot_dir,
    settle,
)
from tests.hostile_names import MARKDOWN_NAME, with_hostile_names
from ui.safe_text import WORD_JOINER


def test_the_server_listens_on_127_0_0_1_only(app_url, port):
    assert listening_addresses(port) == {"127.0.0.1"}


def test_load_the_set_after_confirming_open_phong_y_te_and_photograph_every_page(
    page, app_url, store_path
):
    holding(store_path, Dataset())
    opened(page, app_url)
    page.get_by_role("button", name="Nạp dữ liệu mẫu Long Biên 2020").click()
    settle(page)
    expect(page.get_by_text("Nạp bộ dữ liệu mẫu Long Biên 2020 (", exact=False)).to_be_visible()
    assert EmbeddedStore(store_path).snapshot() == Dataset(), "nothing before the confirmation"
    page.get_by_role("button", name="Xác nhận").click()
    expect(page.get_by_text("Đã nạp bộ dữ liệu Long Biên 2020.")).to_be_visible()
    settle(page)

    open_page(page, "Đơn vị")
    choose(page, "unit_id", "Phòng Y tế")
    expect(page.get_by_role("heading", name="Phòng Y tế")).to_be_visible()
    expect(
        page.get_by_text("Chưa đủ điều kiện đề nghị Bằng khen của Thủ tướng Chính phủ năm 2020.")
    ).to_be_visible()
    page.screenshot(path=screenshot_dir() / "don-vi-phong-y-te.png", full_page=True)

    titles = page_titles(page)
    assert {"Năm nay", "Đơn vị", "Quy định", "Dữ liệu"} <= set(titles)
    for title in titles:
        open_page(page, title)
        assert page.locator('[data-testid="stException"]').count() == 0, title
        name = title.lower().replace(" ", "-")
        page.screenshot(path=screenshot_dir() / f"{name}.png", full_page=True)


def test_an_upload_with_bad_rows_is_refused_with_its_messages(page, app_url, store_path, tmp_path):
    before = holding(store_path, load_longbien()).snapshot()
    bad = tmp_path / "thanh-tich.csv"
    bad.write_text("holder,award,year\nphong-y-te,BKTP,2021\nphong-y-te,BK_TP,20199\n", "utf-8")
    opened(page, app_url)
    open_page(page, "Dữ liệu")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').first.set_input_files(bad)
    settle(page)
    expect(page.get_by_text("Không thể nhập: 2 lỗi.", exact=False)).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    page.screenshot(path=screenshot_dir() / "du-lieu-import-bi-tu-choi.png", full_page=True)
    assert EmbeddedStore(store_path).snapshot() == before, "a refused import writes nothing"


def test_deleting_an_achievement_asks_first_and_cancelling_keeps_it(page, app_url, store_path):
    holding(store_path, load_longbien())
    before = store_path.read_bytes()
    opened(page, app_url)
    open_page(page, "Dữ liệu")
    choose(page, "remove_holder", "Phòng Y tế")
    choose(page, "remove_key", "2018")
    press(page, "remove_button")
    question = "Xoá thành tích Bằng khen của Chủ tịch UBND Thành phố năm 2018 của Phòng Y tế?"
    expect(page.get_by_text(question)).to_be_visible()
    assert store_path.read_bytes() == before, "nothing deleted on the first click"
    press(page, "remove_button_no")
    expect(page.get_by_text(question)).to_have_count(0)
    assert store_path.read_bytes() == before, "nothing deleted on cancel"
    press(page, "remove_button")
    press(page, "remove_button_yes")
    expect(page.get_by_text("Đã xoá.")).to_be_visible()
    held = EmbeddedStore(store_path).history("phong-y-te")
    assert [(a.award, a.year) for a in held] == [("TTLDXS", 2019)]


def assert_nothing_made_of_the_name(page: Page, where: str) -> None:
    assert page.locator('img[src*="example.invalid"]').count() == 0, where
    assert page.locator('a[href*="example.invalid"]').count() == 0, where
    assert page.locator("strong, b", has_text="Đậm").count() == 0, where
    assert page.locator('[data-testid="stException"]').count() == 0, where


def test_a_name_written_in_markdown_is_shown_as_typed_on_every_page(
    page, app_url, store_path, outside_requests
):
    holding(store_path, with_hostile_names())
    opened(page, app_url)
    for title in page_titles(page):
        open_page(page, title)
        assert_nothing_made_of_the_name(page, title)
    open_page(page, "Đơn vị")
    choose(page, "unit_id", "Đậm")
    heading = page.locator('[data-testid="stHeading"]').first.inner_text()
    assert heading.replace(WORD_JOINER, "").strip() == MARKDOWN_NAME
    assert_nothing_made_of_the_name(page, "Đơn vị, the unit")
    page.screenshot(path=screenshot_dir() / "don-vi-ten-markdown.png", full_page=True)
    open_page(page, "Dữ liệu")
    choose(page, "remove_holder", "Đậm")
    press(page, "remove_button")
    question = page.locator('[data-testid="stAlert"]').filter(has_text="Xoá thành tích")
    assert MARKDOWN_NAME in question.inner_text().replace(WORD_JOINER, "")
    assert_nothing_made_of_the_name(page, "Dữ liệu, the delete question")
    assert [url for url in outside_requests if "example.invalid" in url] == []
