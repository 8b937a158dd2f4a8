"""Issue 17, done when: a planner sets, in the browser, targets for three Long Biên
units, plans the council, saves it as a version, changes one by-year in a copy, and
sees the difference between the two versions. This test does exactly that at
1366×768 and asserts what the page shows; screenshots in Vietnamese and English go
to steps.screenshot_dir() (never into git)."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from graph.io.longbien import load_longbien
from graph.models import Achievement
from graph.names import bare
from graph.store.embedded import EmbeddedStore
from tests.e2e.steps import (
    assert_nothing_cut_off,
    choose,
    holding,
    open_page,
    opened,
    press,
    screenshot_dir,
    settle,
)

WIDTH, HEIGHT = 1366, 768
BK_TTG = "Bằng khen của Thủ tướng Chính phủ"
HCLD3 = "Huân chương Lao động hạng Ba"
HCLD1 = "Huân chương Lao động hạng Nhất"
# three Long Biên units, each with a rung above the one it holds and a year it can meet
TARGETS = [
    ("Phòng Tài nguyên và Môi trường", BK_TTG, 2022),
    ("Văn phòng Quận ủy", HCLD3, 2022),
    ("Phòng Văn hóa và Thông tin", HCLD1, 2023),
]
COPY = "Dự thảo lần 2"


@pytest.fixture
def small(browser, app_url, store_path):
    holding(store_path, load_longbien())
    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, locale="vi-VN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(30_000)
    opened(page, app_url)
    yield page
    context.close()


def typed(page: Page, key: str, value: object) -> None:
    field = page.locator(f".st-key-{key} input")
    field.fill(str(value))
    field.press("Enter")
    settle(page)


def confirmed(page: Page, key: str) -> None:
    press(page, key)
    press(page, f"{key}_yes")


def set_target(page: Page, unit: str, award: str, by_year: int) -> None:
    typed(page, "rm_holder_search", bare(unit))  # the search, without diacritics
    expect(page.locator(".st-key-rm_holder input")).to_have_value(unit)
    choose(page, "rm_award", award)
    expect(page.locator(".st-key-rm_award input")).to_have_value(award)
    typed(page, "rm_by", by_year)
    confirmed(page, "rm_set")
    expect(page.get_by_text("Đã ghi mục tiêu.")).to_be_visible()


def downloaded(page: Page, key: str) -> bytes:
    with page.expect_download() as info:
        page.locator(f".st-key-{key} button").click()
    return open(info.value.path(), "rb").read()


def in_english(page: Page) -> None:
    switch = page.locator(".st-key-lang")
    if switch.locator('input[role="combobox"]').count():
        choose(page, "lang", "English")
    else:
        switch.get_by_text("English", exact=True).click()
        settle(page)


def test_three_targets_planned_kept_copied_with_another_by_year_and_compared(small, store_path):
    page = small
    open_page(page, "Mục tiêu")
    expect(page.get_by_role("heading", name="Mục tiêu")).to_be_visible()
    typed(page, "rm_new_name", "Lộ trình 2020–2024")
    typed(page, "rm_new_from", 2020)
    confirmed(page, "rm_new")
    for unit, award, by_year in TARGETS:
        set_target(page, unit, award, by_year)
    roadmap = page.locator('[data-testid="stTable"]').first
    for unit, award, by_year in TARGETS:
        row = roadmap.locator("tr", has_text=unit)
        expect(row).to_contain_text(award)
        expect(row).to_contain_text(str(by_year))
    # the council on the version's three targets, kept in the version
    typed(page, "rm_limit", 20)
    press(page, "rm_plan")
    expect(page.get_by_text("Kết quả:", exact=False)).to_be_visible(timeout=120_000)
    settle(page)
    confirmed(page, "rm_save_plan")
    expect(page.get_by_text("Đã lưu kế hoạch vào phiên bản", exact=False)).to_be_visible()
    [kept] = EmbeddedStore(store_path).snapshot().roadmaps
    assert kept.plan is not None and len(kept.plan.targets) == 3
    # a copy, one by-year changed in it
    typed(page, "rm_copy_name", COPY)
    confirmed(page, "rm_copy")
    expect(page.locator(".st-key-rm_version input")).to_have_value(COPY)
    set_target(page, "Phòng Tài nguyên và Môi trường", BK_TTG, 2024)
    # the two versions side by side: the unit, both by-years, and why
    expect(page.locator(".st-key-rm_compare_left input")).to_have_value("Lộ trình 2020–2024")
    expect(page.locator(".st-key-rm_compare_right input")).to_have_value(COPY)
    differences = page.locator('[data-testid="stTable"]').last
    row = differences.locator("tr", has_text="Phòng Tài nguyên và Môi trường")
    expect(row).to_contain_text("hạn 2022")
    expect(row).to_contain_text("hạn 2024")
    expect(row).to_contain_text("2022 → 2024")
    expect(row).to_contain_text(f"“{COPY}” chưa được lập kế hoạch")
    same = differences.locator("tr", has_text="Văn phòng Quận ủy")  # its target unchanged
    expect(same).to_contain_text(f"“{COPY}” chưa được lập kế hoạch")
    expect(same).not_to_contain_text("→")
    assert_nothing_cut_off(page)
    differences.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir() / "muc-tieu-so-sanh-vi-1366.png")
    workbook = load_workbook(io.BytesIO(downloaded(page, "rm_appendix_xlsx")))
    cells = [c for sheet in workbook for line in sheet.iter_rows() for c in line if c.value]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.value == "Phòng Tài nguyên và Môi trường" for c in cells)
    assert downloaded(page, "rm_appendix_docx").startswith(b"PK")
    in_english(page)
    expect(page.get_by_role("heading", name="Roadmap targets")).to_be_visible()
    row = page.locator('[data-testid="stTable"]').last.locator(
        "tr", has_text="Phòng Tài nguyên và Môi trường"
    )
    expect(row).to_contain_text("by 2024")
    expect(row).to_contain_text(f"“{COPY}” has not been planned")
    assert_nothing_cut_off(page)
    row.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir() / "muc-tieu-so-sanh-en-1366.png")


def test_the_adopted_letter_followed_through_2021_in_the_browser(browser, app_url, store_path):
    from planner import letter_version, plan_version
    from tests.planner.test_roadmap_tracking import RECORDED_2020_2021

    record = load_longbien()
    letter = letter_version(record)
    adopted = letter.model_copy(
        update={"plan": plan_version(record, letter).record, "adopted": True}
    )
    recorded = [Achievement(holder=h, award=a, year=y) for h, a, y in RECORDED_2020_2021]
    holding(
        store_path,
        record.model_copy(
            update={"achievements": [*record.achievements, *recorded], "roadmaps": [adopted]}
        ),
    )
    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, locale="vi-VN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        opened(page, app_url)
        open_page(page, "Mục tiêu")
        typed(page, "rm_track_year", 2021)
        expect(page.get_by_text("1 đã đạt · 3 đúng tiến độ · 1 chậm", exact=False)).to_be_visible()
        tracking = page.locator('[data-testid="stTable"]', has_text="Tình trạng hiện nay")
        expect(tracking.locator("tr", has_text="Phòng Văn hóa và Thông tin")).to_contain_text(
            "chậm 2 năm"
        )
        expect(tracking.locator("tr", has_text="Phường Ngọc Lâm")).to_contain_text("đã đạt")
        assert_nothing_cut_off(page)
        tracking.scroll_into_view_if_needed()
        page.screenshot(path=screenshot_dir() / "muc-tieu-theo-doi-vi-1366.png")
        assert downloaded(page, "rm_tracking_docx").startswith(b"PK")
    finally:
        context.close()
