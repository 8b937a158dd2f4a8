"""The 2022 Law in the browser: with no plan year recorded the app opens on this
year, answered by luat-2022, and a unit whose rung is not entered reads so, with
the article to look up, where its verdict would be."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import Page, expect

from graph.io.longbien import load_longbien
from tests.e2e.steps import choose, holding, open_page, opened, screenshot_dir


def test_a_unit_this_year_reads_that_the_rule_is_not_entered(page: Page, app_url, store_path):
    assert dt.date.today().year >= 2024  # the year the app opens on is under the 2022 Law
    holding(store_path, load_longbien().model_copy(update={"targets": []}))
    opened(page, app_url)
    open_page(page, "Đơn vị")
    choose(page, "unit_id", "Phòng Y tế")
    expect(page.get_by_role("heading", name="Phòng Y tế")).to_be_visible()
    expect(page.get_by_text("Quy định chưa được nhập", exact=False).first).to_be_visible()
    expect(page.get_by_text("Điều 73 khoản 2", exact=False).first).to_be_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=screenshot_dir() / "don-vi-luat-2022.png", full_page=True)
    open_page(page, "Quy định")
    assert page.locator('[data-testid="stException"]').count() == 0
