"""`khencao export-doc` and `khencao import-doc`, as an officer types them."""

from __future__ import annotations

import json

import pytest
from docx import Document

from tests.cli import run

pytestmark = pytest.mark.usefixtures("own_embedded_store")


def text_of(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_export_the_roadmap_with_the_letters_number_and_date(capsys, tmp_path):
    run(capsys, "load")
    out_file = tmp_path / "pl5.docx"
    code, out, _ = run(
        capsys,
        "export-doc",
        "roadmap",
        "-o",
        str(out_file),
        "--number",
        "125",
        "--date",
        "12/02/2020",
    )
    assert code == 0
    assert out.strip() == f"Đã ghi {out_file}: 18 đơn vị, 18 mục tiêu."
    assert "(Kèm theo Công văn số 125/HĐTĐKT ngày 12/02/2020 của" in text_of(out_file)


def test_the_format_follows_the_file_name_and_json_says_what_was_written(capsys, tmp_path):
    code, out, _ = run(
        capsys, "--json", "export-doc", "focal-units", "--dataset", "longbien", "-o",
        str(tmp_path / "pl1.xlsx"),
    )  # fmt: skip
    assert code == 0
    assert json.loads(out) == {
        "ok": True,
        "file": str(tmp_path / "pl1.xlsx"),
        "kind": "focal-units",
        "format": "xlsx",
        "focal_units": 28,
    }
    assert (tmp_path / "pl1.xlsx").read_bytes()[:2] == b"PK"


def test_a_bad_date_or_format_is_refused_in_words(capsys, tmp_path):
    code, _, err = run(
        capsys, "export-doc", "roadmap", "--dataset", "longbien", "--date", "30/02/2020"
    )
    assert code == 2 and "không đúng dạng DD/MM/YYYY" in err
    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "export-doc",
        "roadmap",
        "--format",
        "docx",
        "-o",
        str(tmp_path / "a.xlsx"),
    )
    assert code == 2 and "--format docx but the file is .xlsx" in err


def test_an_empty_store_has_no_roadmap_to_export(capsys, tmp_path):
    code, _, err = run(capsys, "export-doc", "roadmap", "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert "chưa có danh sách đề nghị hay lộ trình" in err
    assert not (tmp_path / "x.docx").exists()


def test_the_eligibility_of_one_unit_cites_the_decree(capsys, tmp_path):
    run(capsys, "load")
    out_file = tmp_path / "y-te.docx"
    code, out, _ = run(
        capsys,
        "export-doc",
        "eligibility",
        "--unit",
        "Phòng Y tế",
        "--year",
        "2021",
        "-o",
        str(out_file),
    )
    assert code == 0 and "1 đề nghị được kiểm tra" in out
    text = text_of(out_file)
    assert (
        "Phòng Y tế – Bằng khen của Thủ tướng Chính phủ (BK_TTG), năm 2021: CHƯA ĐỦ ĐIỀU KIỆN"
        in text
    )
    assert "Nghị định 91/2017/NĐ-CP" in text
    assert "Thiết lập: window=from_base_year" in text


def test_eligibility_of_every_target_and_an_unknown_ruleset(capsys, tmp_path):
    code, out, _ = run(
        capsys, "--lang", "en", "export-doc", "eligibility", "--dataset", "longbien", "-o",
        str(tmp_path / "all.xlsx"),
    )  # fmt: skip
    assert code == 0 and out.strip().endswith("18 proposals checked, 9 eligible, 9 on assumptions.")
    code, _, err = run(
        capsys, "export-doc", "eligibility", "--dataset", "longbien", "--ruleset", "hanoi-2019"
    )
    assert code == 2 and "hanoi-2018" in err


def test_import_shows_the_preview_and_writes_only_with_yes(capsys, tmp_path):
    exported = tmp_path / "pl5.docx"
    run(capsys, "export-doc", "roadmap", "--dataset", "longbien", "-o", str(exported))
    code, out, _ = run(capsys, "import-doc", str(exported))
    assert code == 0
    assert "Đơn vị mới sẽ được tạo (18):" in out
    assert "  phong-y-te  Phòng Y tế  [Phòng, ban chuyên môn]" in out
    assert "  2018  BK_TP   “2018: Bằng khen UBND TP”  [bảng 2, dòng 12]" in out
    assert out.rstrip().endswith("Chạy lại với --yes để ghi.")
    assert run(capsys, "--json", "units")[1].strip() == "[]"

    code, out, _ = run(capsys, "--lang", "en", "import-doc", str(exported), "--yes")
    assert code == 0 and out.rstrip().endswith("Written: 18 units, 65 achievements, 18 targets.")
    code, out, _ = run(capsys, "history", "phong-y-te", "--json")
    assert [(a["award"], a["year"]) for a in json.loads(out)["achievements"]] == [
        ("BK_TP", 2018),
        ("TTLDXS", 2019),
    ]
    code, out, _ = run(capsys, "--lang", "en", "import-doc", str(exported), "--yes")
    assert out.rstrip().endswith("Nothing new: everything in the document is already in the store.")


def test_import_json_is_the_preview(capsys, tmp_path):
    exported = tmp_path / "pl2.xlsx"
    run(capsys, "export-doc", "bonus-criteria", "--dataset", "longbien", "-o", str(exported))
    code, out, _ = run(capsys, "import-doc", str(exported), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["ok"] and not shown["written"]
    assert [s["kind"] for s in shown["sections"]] == ["bonus_criteria"]
    assert [c["key"] for c in shown["bonus_criteria"]] == [
        "2020/khoi-phuong/I.1",
        "2020/khoi-phuong/I.2",
        "2020/khoi-phuong/II.1",
        "2020/khoi-phuong/II.2",
        "2020/khoi-phuong/II.3",
    ]
    assert shown["counts"]["units"] == 5


def test_an_unreadable_file_exits_with_1_and_the_reason(capsys, tmp_path):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"not a zip")
    code, _, err = run(capsys, "import-doc", str(broken))
    assert code == 1 and "hong.docx: không đọc được tệp" in err
