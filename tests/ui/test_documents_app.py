"""The “Văn bản (phụ lục)” section of the Dữ liệu page, driven by AppTest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.io.documents.render import appendix, render
from graph.io.longbien import load_longbien
from graph.models import Achievement, Target, Unit, UnitKind
from tests.app_steps import loaded, shown

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def data_page(lang: str = "vi") -> AppTest:
    app = loaded(lang, timeout=60)
    app.switch_page("pages/du_lieu.py").run()
    assert not app.exception
    return app


def table_with(app: AppTest, column: str):
    return next(d.value for d in app.dataframe if column in d.value.columns)


def roadmap_with_cu_khoi() -> bytes:
    """The Long Biên 2020 appendix with one ward more, as another office sends it."""
    data = load_longbien()
    ward = Unit(id="phuong-cu-khoi", name="Phường Cự Khối", kind=UnitKind.WARD)
    extra = [Achievement(holder=ward.id, award="BK_TP", year=y) for y in (2016, 2019)]
    target = Target(holder=ward.id, award="BK_TTG", section="proposal", order=4, plan_year=2020)
    data = data.model_copy(
        update={
            "units": [*data.units, ward],
            "achievements": [*data.achievements, *extra],
            "targets": [*data.targets, target],
        }
    )
    return render(appendix("roadmap", data), "docx")


def test_every_document_can_be_downloaded_in_both_formats():
    app = data_page()
    assert "Văn bản (phụ lục)" in [s.value for s in app.subheader]
    keys = {b.key for b in app.get("download_button")}
    for kind in ("roadmap", "focal-units", "bonus-criteria", "eligibility"):
        assert {f"doc_{kind}_docx", f"doc_{kind}_xlsx"} <= keys


def test_a_bad_letter_date_is_said_in_words():
    app = data_page("en")
    app.text_input(key="doc_date").input("31/02/2020").run()
    errors = [shown(e.value) for e in app.error]
    assert "The date “31/02/2020” is not DD/MM/YYYY or MM/YYYY." in errors


def test_an_appendix_is_shown_then_written_on_confirmation():
    app = data_page()
    upload = ("lo-trinh.docx", roadmap_with_cu_khoi(), "application/octet-stream")
    app.file_uploader(key="doc_upload").set_value(upload).run()
    assert not app.exception
    assert list(table_with(app, "Mã đơn vị")["Mã đơn vị"]) == ["phuong-cu-khoi"]
    read = table_with(app, "Dòng ghi trong văn bản")
    new_rows = read[read["Trạng thái"] == "mới"]
    assert list(zip(new_rows["Năm"], new_rows["Mã"], strict=True)) == [
        (2016, "BK_TP"),
        (2019, "BK_TP"),
    ]
    targets = table_with(app, "Đến năm")
    cu_khoi = targets[targets["Đơn vị"] == "Phường Cự Khối"]
    assert list(cu_khoi["mục tiêu"]) == ["đề nghị BK_TTG"]
    assert list(cu_khoi["Trạng thái"]) == ["mới"]
    assert app.success[-1].value == "Sẽ ghi: 1 đơn vị, 2 thành tích, 1 mục tiêu."
    store_file = Path(os.environ["KHENCAO_STORE_PATH"])
    before = store_file.read_bytes()
    app.button(key="doc_write").click().run()
    assert store_file.read_bytes() == before, "nothing is written before the confirmation"
    assert app.warning[-1].value == (
        "Ghi vào kho dữ liệu 1 đơn vị, 2 thành tích, 1 mục tiêu đọc từ văn bản lo\\-trinh\\.docx?"
    )
    app.button(key="doc_write_yes").click().run()
    assert app.success[-1].value == "Đã ghi: 1 đơn vị, 2 thành tích, 1 mục tiêu."
    app.switch_page("pages/don_vi.py").run()
    app.selectbox(key="unit_id").select("phuong-cu-khoi").run()
    assert app.header[0].value == "Phường Cự Khối"
