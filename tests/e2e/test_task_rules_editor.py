"""A task in a real browser: an office copies hanoi-2018, changes one count of the collective
BK_TTG rung, sees a negative count and a wrong code refused at their fields, saves, and
`khencao check` (another process, the same office folder) answers with the new number.

The app runs with an office rules folder of this module's own ($KHENCAO_RULES_DIR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from playwright.sync_api import Page, expect

from graph.models import Dataset
from tests.app_server import ROOT
from tests.e2e.steps import choose, holding, open_page, opened, press, screenshot_dir, settle
from tests.office_rules import COUNT_PATH, RATING_PATH, phuong_a
from ui.app.rules_widgets import widget_key

NEW = "hanoi-qd"


@pytest.fixture(scope="module")
def office_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("office-rules-e2e")


@pytest.fixture(scope="module")
def app_url(app_server, store_path, port, office_folder):
    """The app of tests/e2e/conftest.py, started with this module's office folder."""
    command = [sys.executable, "-m", "streamlit", "run", "ui/app/main.py"]
    command += ["--server.port", str(port)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KHENCAO_RULES_DIR", str(office_folder))
        server = app_server(command, port, store_path)
        url = server.__enter__()
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


def field(page: Page, path: str):
    return page.locator(f".st-key-{widget_key(NEW, path)}")


def said_under(page: Page, path: str, place: int = 1):
    """The element drawn `place` after the field's widget (a code's grey tag comes first):
    where its problem is shown."""
    return field(page, path).locator(f"xpath=following-sibling::*[{place}]")


def type_number(page: Page, path: str, value: int) -> None:
    box = field(page, path).locator("input")
    box.fill(str(value))
    box.press("Enter")
    settle(page)


def pick(page: Page, path: str, name: str) -> None:
    """Choose the award `name` in the field's select box, from its open list."""
    box = field(page, path).locator("input")
    box.click()
    box.fill(name)  # the list shows a few options at a time: find it first
    page.get_by_role("option", name=name, exact=True).click()
    settle(page)


def khencao_check(office_folder, tmp_path, ruleset: str) -> dict:
    history = phuong_a(tmp_path)
    env = {**os.environ, "KHENCAO_RULES_DIR": str(office_folder)}
    argv = ["check", "--history", str(history), "--target", "BK_TTG", "--year", "2021"]
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli.main", *argv, "--ruleset", ruleset, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_copy_change_the_collective_bk_ttg_count_refuse_mistakes_save_and_check_uses_it(
    page, app_url, store_path, office_folder, tmp_path
):
    holding(store_path, Dataset())
    opened(page, app_url)
    open_page(page, "Quy định")
    choose(page, "editor_source", "hanoi-2018")
    new_id = page.locator(".st-key-editor_new_id input")
    new_id.fill(NEW)
    new_id.press("Enter")
    settle(page)
    press(page, "editor_copy")
    page.locator(".st-key-editor_part").get_by_text("Tập thể", exact=True).click()
    settle(page)
    expect(field(page, COUNT_PATH).locator("input")).to_have_value("1")

    type_number(page, COUNT_PATH, -1)
    expect(said_under(page, COUNT_PATH)).to_contain_text("phải từ 1 trở lên")
    press(page, "editor_save")
    expect(page.get_by_text("Chưa lưu: còn lỗi", exact=False)).to_be_visible()
    page.screenshot(path=screenshot_dir() / "rules-editor-refused.png", full_page=True)
    type_number(page, COUNT_PATH, 2)
    expect(said_under(page, COUNT_PATH)).not_to_contain_text("phải từ 1 trở lên")

    pick(page, RATING_PATH, "Bằng khen của Chủ tịch UBND Thành phố")
    rating_problem = "“BK_TP” không phải mức xếp loại năm"
    expect(said_under(page, RATING_PATH, 2)).to_contain_text(rating_problem)  # after its tag
    press(page, "editor_save")
    expect(page.get_by_text("Chưa lưu: còn lỗi", exact=False)).to_be_visible()
    assert list(office_folder.iterdir()) == [], "nothing is written while a problem remains"
    pick(page, RATING_PATH, "Hoàn thành xuất sắc nhiệm vụ")
    expect(page.get_by_text(rating_problem, exact=False)).to_have_count(0)
    press(page, "editor_save")
    expect(page.get_by_text(f"Đã lưu bộ tiêu chuẩn {NEW}", exact=False)).to_be_visible()
    assert (office_folder / f"{NEW}.yaml").is_file()

    before = khencao_check(office_folder, tmp_path, "hanoi-2018")
    after = khencao_check(office_folder, tmp_path, NEW)
    assert (before["eligible"], after["eligible"]) == (True, False)
    assert after["ruleset"]["id"] == NEW
