"""The officer's first task in a real browser: open the app, read who can be
proposed this year, take the list away as a file, print it on A4 landscape, and
read it all without sideways scrolling at 1366 and 1440 pixels, in both languages.

Server and sessions: tests/e2e/conftest.py; steps: tests/e2e/steps.py.
Screenshots go to screenshot_dir() (not committed).
"""

from __future__ import annotations

import io
import math
import re
import zipfile

from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from graph.io.longbien import load_longbien
from tests.e2e.steps import (
    assert_nothing_cut_off,
    choose,
    holding,
    in_english,
    open_page,
    opened,
    page_titles,
    screenshot_dir,
    settle,
    whole_page_screenshot,
)
from ui.app.print_style import PRINTABLE_HEIGHT_PX, PRINTABLE_WIDTH_PX

SCREENS = ({"width": 1366, "height": 768}, {"width": 1440, "height": 900})


def on_nam_nay(page: Page, app_url: str, store_path) -> Page:
    holding(store_path, load_longbien())
    opened(page, app_url)
    expect(page.get_by_role("heading", name="Đề nghị khen cao năm 2020")).to_be_visible()
    return page


def row_of(page: Page, unit: str):
    return page.locator('[data-testid="stTable"] tr').filter(has_text=unit).first


def test_nam_nay_comes_first_and_marks_thuong_thanh_as_resting_on_assumed_years(
    page, app_url, store_path
):
    on_nam_nay(page, app_url, store_path)
    assert page_titles(page)[0] == "Năm nay"
    expect(
        page.get_by_text("Ai có thể được đề nghị hình thức khen nào", exact=False)
    ).to_be_visible()
    row = row_of(page, "Phường Thượng Thanh")
    expect(row).to_contain_text("Huân chương Lao động hạng Nhì")
    verdict = row.get_by_text("đủ điều kiện (giả định 16 năm HTXSNV)")
    expect(verdict).to_be_visible()
    # amber, its own colour: not the green of a plain yes
    colour = verdict.evaluate("e => getComputedStyle(e.closest('span') || e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    red, green, blue = (int(x) for x in re.findall(r"\d+", colour)[:3])
    assert red > green > blue, f"{colour} is not amber"


def test_the_list_downloads_as_a_workbook_without_formulas(page, app_url, store_path):
    on_nam_nay(page, app_url, store_path)
    with page.expect_download() as caught:
        page.get_by_role("button", name="Tải danh sách (.xlsx)").click()
    download = caught.value
    assert download.suggested_filename == "danh-sach-de-nghi-khen-cao-2020.xlsx"
    workbook = open(download.path(), "rb").read()  # noqa: SIM115 - Playwright's own file
    with zipfile.ZipFile(io.BytesIO(workbook)) as parts:
        sheets = [n for n in parts.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in parts.read(n) or b"<f " in parts.read(n) for n in sheets)
    cells = [c.value for row in load_workbook(io.BytesIO(workbook)).active.iter_rows() for c in row]
    assert "Phường Thượng Thanh" in cells


def test_the_print_view_fits_a4_landscape_without_the_sidebar(page, app_url, store_path):
    on_nam_nay(page, app_url, store_path)
    page.locator(".st-key-today_print").get_by_text("Bản in").click()
    settle(page)
    expect(row_of(page, "Phường Thượng Thanh")).to_contain_text("giả định 16 năm HTXSNV")
    print_width(page)
    hidden = page.evaluate(
        """() => ['stSidebar', 'stHeader', 'stCheckbox'].map(id => {
            const el = document.querySelector(`[data-testid="${id}"]`);
            return el === null || getComputedStyle(el).display === 'none';
        })"""
    )
    assert hidden == [True, True, True], "sidebar, header and switches are not printed"
    rights = page.evaluate(
        "() => [...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right)"
    )
    assert rights and max(rights) <= PRINTABLE_WIDTH_PX + 1
    assert_nothing_cut_off(page)
    printed_height = page.evaluate("() => document.documentElement.scrollHeight")
    pdf = page.pdf(format="A4", landscape=True, print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    # no blank page: no more pages than the content needs, give or take one break
    assert 1 <= pages <= math.ceil(printed_height / PRINTABLE_HEIGHT_PX) + 1
    (screenshot_dir() / "nam-nay-ban-in.pdf").write_bytes(pdf)


def test_a_units_verdict_prints_on_a4_landscape(page, app_url, store_path):
    on_nam_nay(page, app_url, store_path)
    open_page(page, "Đơn vị")
    choose(page, "unit_id", "Phường Thượng Thanh")
    expect(
        page.get_by_text(
            "Đủ điều kiện đề nghị Huân chương Lao động hạng Nhì năm 2020 (giả định 16 năm HTXSNV)."
        )
    ).to_be_visible()
    print_width(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.evaluate("e => getComputedStyle(e).display") == "none"
    # the verdict: its headline, its requirements table and what follows
    assert_nothing_cut_off(page, '[data-testid="stAlert"], [data-testid="stTable"]')


def print_width(page: Page) -> None:
    """The page as Chromium lays it out on A4 landscape paper."""
    page.emulate_media(media="print")
    page.set_viewport_size({"width": PRINTABLE_WIDTH_PX, "height": 900})
    page.wait_for_timeout(500)


def test_nothing_is_cut_off_at_1366_and_1440_in_both_languages(page, app_url, store_path):
    on_nam_nay(page, app_url, store_path)
    for lang, title in (
        ("vi", "Đề nghị khen cao năm 2020"),
        ("en", "High-award proposals for 2020"),
    ):
        if lang == "en":
            in_english(page)
        expect(page.get_by_role("heading", name=title)).to_be_visible()
        for screen in SCREENS:
            page.set_viewport_size(screen)
            settle(page)
            assert_nothing_cut_off(page)
            name = f"nam-nay-{lang}-{screen['width']}x{screen['height']}.png"
            whole_page_screenshot(page, screenshot_dir() / name)


def test_the_timeline_prints_on_a4_landscape(page, app_url, store_path):
    """The leader's timeline on paper: the whole chart, its names and legend within
    the printable width, no sidebar."""
    on_nam_nay(page, app_url, store_path)
    open_page(page, "Dòng thời gian")
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    expect(chart).to_be_visible()
    print_width(page)
    settle(page)  # the chart is drawn again at the paper's width
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.evaluate("e => getComputedStyle(e).display") == "none"
    assert chart.bounding_box()["width"] <= PRINTABLE_WIDTH_PX + 1
    assert_nothing_cut_off(page, '[data-testid="stVegaLiteChart"]')
    pdf = page.pdf(format="A4", landscape=True, print_background=True)
    (screenshot_dir() / "dong-thoi-gian-ban-in.pdf").write_bytes(pdf)
