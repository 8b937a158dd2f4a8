"""The Dữ liệu page with a sheet as offices keep it: every row shown by name before
anything is written, one confirmed write, nothing new the second time, and the
templates to download (issue 15)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.store.embedded import EmbeddedStore
from tests.app_steps import loaded, started
from tests.office_sheets import EXPECTED, office_workbook

pytestmark = pytest.mark.usefixtures("own_embedded_store")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def data_page(lang: str = "vi", *, load: bool = True):
    app = loaded(lang) if load else started(lang)
    app.switch_page("pages/du_lieu.py").run()
    assert not app.exception
    return app


def upload(app, path: Path):
    app.file_uploader(key="uploads").set_value((path.name, path.read_bytes(), XLSX)).run()
    assert not app.exception
    return app


def preview_of(app):
    """The preview table: the one with a status column."""
    return next(
        frame.value
        for frame in app.dataframe
        if {"Tình trạng", "Status"} & set(frame.value.columns)
    )


def stored() -> set[tuple[str, str, int]]:
    store = EmbeddedStore(Path(os.environ["KHENCAO_STORE_PATH"]))
    return {(a.holder, a.award, a.year) for a in store.snapshot().achievements}


def test_the_office_workbook_is_previewed_by_name_then_written_once_confirmed(tmp_path):
    book = office_workbook(tmp_path / "thanh-tich.xlsx")
    app = upload(data_page(), book)
    preview = preview_of(app)
    assert list(preview.columns) == [
        "Tệp", "Dòng", "Đơn vị, cá nhân", "Danh hiệu, hình thức", "Năm", "Số quyết định",
        "Ngày quyết định", "Tình trạng",
    ]  # fmt: skip
    assert len(preview) == 9
    first = preview.iloc[0]
    assert (first["Đơn vị, cá nhân"], first["Danh hiệu, hình thức"], first["Tình trạng"]) == (
        "Phòng Tư pháp",
        "Tập thể lao động xuất sắc",
        "mới",
    )
    assert sorted(preview["Tình trạng"]) == ["mới"] * 8 + ["đã có"]
    assert "Dòng mới: 6; đã có trong kho: 1; bị từ chối: 0." in [c.value for c in app.caption]
    before = stored()
    assert not before >= EXPECTED

    app.button(key="write_import").click().run()
    assert stored() == before, "the first click only asks"
    app.button(key="write_import_yes").click().run()
    assert app.success[-1].value == "Đã ghi: 8 thành tích."
    assert stored() >= EXPECTED


def test_the_same_workbook_again_is_all_already_there_and_asks_nothing(tmp_path):
    book = office_workbook(tmp_path / "thanh-tich.xlsx")
    app = upload(data_page(), book)
    app.button(key="write_import").click().run()
    app.button(key="write_import_yes").click().run()
    again = upload(data_page(load=False), book)  # a new session, the store as written
    assert set(preview_of(again)["Tình trạng"]) == {"đã có"}
    assert any(i.value.startswith("Không có gì mới để ghi") for i in again.info)
    assert not [b for b in again.button if b.key == "write_import"]


def test_an_unknown_unit_is_named_with_the_nearest_and_nothing_can_be_written(tmp_path):
    from tests.office_sheets import SHEET_2020, SHEET_2021

    rows = [*SHEET_2020, (5, "Phòng Giáo dục", 2020, "HTXSNV", None, None, None)]
    app = upload(data_page("en"), office_workbook(tmp_path / "x.xlsx", rows, SHEET_2021))
    assert app.error[0].value.startswith("Cannot import: 1 problems.")
    problems = app.dataframe[-1].value
    assert problems.iloc[0]["Where"] == "x.xlsx[Năm 2020], row 12, field `holder`"
    assert "nearest known: Phòng Giáo dục và Đào tạo" in problems.iloc[0]["Problem"]
    assert "refused" in set(preview_of(app)["Status"])
    assert not [b for b in app.button if b.key == "write_import"]


def test_the_templates_are_offered_for_download():
    app = data_page()
    labels = [element.proto.label for element in app.get("download_button")]
    assert {"Mẫu danh sách thành tích", "Mẫu danh sách đơn vị", "Mẫu danh sách cá nhân"} <= set(
        labels
    )
