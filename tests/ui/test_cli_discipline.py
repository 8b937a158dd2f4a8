"""The disciplinary record from the command line: imported from the sheet offices
keep (and from the template), refused at its file, row and field when wrong,
shown in the history, written back by export, and read by `check`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from graph.io.tables import export, read_files
from graph.models import Dataset, Discipline, Unit
from tests.cli import run
from tests.sample_records import every_model

pytestmark = pytest.mark.usefixtures("own_embedded_store")

SHEET = (
    "STT,Tên đơn vị,Năm kỷ luật,Năm chấp hành xong,Hình thức kỷ luật,Số quyết định,Ghi chú\n"
    "1,Phòng Y tế,2021,2021,Khiển trách,15/QĐ-KL,vi phạm quy chế\n"
    "2,Phong Tai chinh - Ke hoach,2022,,Cảnh cáo,,đang xem xét\n"
)


def test_a_disciplines_sheet_imports_by_name_and_shows_in_the_history(capsys, tmp_path):
    run(capsys, "load")
    sheet = tmp_path / "ky-luat.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "import", str(sheet))
    assert code == 0, err
    assert "2 disciplinary measures" in out
    code, out, _ = run(capsys, "history", "phong-y-te")
    assert code == 0
    assert "Kỷ luật:" in out
    line = next(x for x in out.splitlines() if x.startswith("2021 "))
    assert "Khiển trách" in line and "15/QĐ-KL" in line
    code, out, _ = run(capsys, "history", "phong-y-te", "--json")
    [measure] = json.loads(out)["disciplines"]
    assert (measure["year"], measure["end_year"], measure["form"]) == (2021, 2021, "Khiển trách")


def test_an_open_measure_is_shown_as_not_yet_served(capsys, tmp_path):
    run(capsys, "load")
    sheet = tmp_path / "ky-luat.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    run(capsys, "import", str(sheet))
    code, out, _ = run(capsys, "--lang", "en", "history", "phong-tai-chinh-ke-hoach")
    assert code == 0
    assert "not yet served" in out and "Cảnh cáo" in out


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("Phòng Y tế,2021,2019,Khiển trách", "end_year", "trước năm bị kỷ luật"),
        ("Phòng Y tế,3021,,Khiển trách", "year", "1945–2100"),
        (f"Phòng Y tế,{dt.date.today().year + 1},,Khiển trách", "year", "chưa đến"),
        ("Phòng Y tế khác,2021,2021,Khiển trách", "holder", "không có đơn vị hoặc cá nhân"),
        ("Phòng Y tế,2021,2021,", "form", ""),
    ],
)
def test_a_wrong_row_is_refused_at_its_file_row_and_field(capsys, tmp_path, row, field, words):
    run(capsys, "load")
    sheet = tmp_path / "ky-luat.csv"
    sheet.write_text(
        "Tên đơn vị,Năm kỷ luật,Năm chấp hành xong,Hình thức kỷ luật\n" + row + "\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(sheet))
    assert code == 1
    assert "ky-luat.csv" in err and "dòng 2" in err and field in err
    assert words in err
    assert "Kỷ luật:" not in run(capsys, "history", "phong-y-te")[1]  # nothing written


def test_the_same_measure_twice_is_a_duplicate(capsys, tmp_path):
    run(capsys, "load")
    sheet = tmp_path / "ky-luat.csv"
    line = "Phòng Y tế,2021,2021,Khiển trách,15/QĐ-KL\n"
    sheet.write_text(
        "Tên đơn vị,Năm kỷ luật,Năm chấp hành xong,Hình thức kỷ luật,Số quyết định\n" + line * 2,
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(sheet))
    assert code == 1 and "dòng 3" in err and "trùng" in err


def test_the_template_imports_once_filled_in(capsys, tmp_path):
    from openpyxl import load_workbook

    run(capsys, "load")
    target = tmp_path / "mau-ky-luat.xlsx"
    assert run(capsys, "template", "disciplines", "-o", str(target))[0] == 0
    book = load_workbook(target)
    sheet = book["Kỷ luật"]
    headers = [c.value for c in sheet[2]]
    assert headers[:5] == [
        "STT",
        "Tên đơn vị, cá nhân",
        "Năm kỷ luật",
        "Năm chấp hành xong",
        "Hình thức kỷ luật",
    ]
    for column, value in enumerate([1, "Phòng Y tế", 2020, 2021, "Cảnh cáo", "3/QĐ"], start=1):
        sheet.cell(3, column, value)
    book.save(target)
    code, out, err = run(capsys, "--lang", "en", "import", str(target))
    assert code == 0, err
    assert "1 disciplinary measures" in out


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_export_reads_back_exactly(tmp_path, fmt):
    data = every_model()
    target = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
    written = export(data, fmt, target)
    read = read_files(written)
    assert not read.problems
    assert read.dataset.disciplines == data.disciplines


def test_check_reads_the_holders_measures_from_the_store(capsys, tmp_path):
    """hanoi-2018 does not carry Art. 4.3: the verdict is unchanged and says nothing
    of discipline (the principle belongs to the rulesets of the 2022 Law)."""
    run(capsys, "load")
    before = json.loads(run(capsys, "check", "phong-y-te", "--year", "2023", "--json")[1])
    sheet = tmp_path / "ky-luat.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    run(capsys, "import", str(sheet))
    after = json.loads(run(capsys, "check", "phong-y-te", "--year", "2023", "--json")[1])
    assert after["eligible"] == before["eligible"]
    assert after["holder"]["disciplines"][0]["decision_no"] == "15/QĐ-KL"


def test_a_measure_before_the_units_founding_is_refused():
    from graph.catalogue import default_catalogue
    from graph.models import Change
    from graph.validate import check_change

    unit = Unit(id="moi", name="Đơn vị mới", founded=2015)
    change = Change(
        add=Dataset(units=[unit], disciplines=[Discipline(holder="moi", year=2010, form="X")])
    )
    [problem] = check_change(change, Dataset(), default_catalogue())
    assert (problem.reason, problem.field) == ("before_founding", "year")


RESTARTS = """  discipline_restarts:
    cite:
      - document: Nghị định 152/2025/NĐ-CP
        article: Điều 4
        clause: khoản 3
        quote: thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian kỷ luật
    verified: false
"""


@pytest.fixture
def restarting_rules(tmp_path):
    """A copy of hanoi-2018 that carries Decree 152 Art. 4.3, as an office would
    write it into a ruleset of its own (the numbers unchanged)."""
    from pathlib import Path

    shelf = tmp_path / "rules"
    shelf.mkdir()
    source = Path(__file__).resolve().parents[2] / "data" / "rules" / "hanoi-2018.yaml"
    text = source.read_text(encoding="utf-8").replace("id: hanoi-2018", "id: ha-noi-kl", 1)
    text = text.replace(
        "  verified: true\n\ncollective:", "  verified: true\n" + RESTARTS + "\ncollective:", 1
    )
    assert RESTARTS in text
    (shelf / "ha-noi-kl.yaml").write_text(text, encoding="utf-8")
    (shelf / "legal-periods.yaml").write_text(
        (source.parent / "legal-periods.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return shelf


def history_file(tmp_path, measures: list[dict]):
    path = tmp_path / "phuong-x.json"
    path.write_text(
        json.dumps(
            {
                "holder": {"id": "phuong-x", "name": "Phường X", "kind": "collective"},
                "achievements": [
                    {"award": "BK_TP", "year": 2014},
                    {"award": "CO_TP", "year": 2016},
                ],
                "disciplines": measures,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_check_says_a_verdict_is_refused_because_of_discipline(capsys, tmp_path, restarting_rules):
    path = history_file(
        tmp_path, [{"year": 2017, "end_year": 2017, "form": "Khiển trách", "decision_no": "7/QĐ"}]
    )
    args = ["check", "--history", str(path), "--target", "BK_TTG", "--year", "2019"]
    shelf = ["--rules-dir", str(restarting_rules), "--ruleset", "ha-noi-kl"]
    code, out, _ = run(capsys, *args, *shelf)
    assert code == 0
    assert "Khiển trách năm 2017, quyết định 7/QĐ" in out
    assert "chấp hành xong năm 2017" in out and "tính từ năm 2018" in out
    assert "Nghị định 152/2025/NĐ-CP" in out
    verdict = json.loads(run(capsys, *args, *shelf, "--json")[1])
    assert verdict["eligible"] is False
    # the same file with the measure left out: eligible under the same ruleset
    clean = history_file(tmp_path, [])
    again = ["check", "--history", str(clean), "--target", "BK_TTG", "--year", "2019", *shelf]
    assert json.loads(run(capsys, *again, "--json")[1])["eligible"] is True


def test_check_refuses_to_propose_while_a_measure_is_open(capsys, tmp_path, restarting_rules):
    path = history_file(tmp_path, [{"year": 2018, "form": "Cảnh cáo"}])
    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "check",
        "--history",
        str(path),
        "--target",
        "BK_TTG",
        "--year",
        "2019",
        "--rules-dir",
        str(restarting_rules),
        "--ruleset",
        "ha-noi-kl",
    )
    assert code == 0
    assert "Not eligible: under a disciplinary measure (Cảnh cáo in 2018) not yet served" in out


def test_a_history_file_with_a_wrong_measure_is_refused_at_its_row(capsys, tmp_path):
    path = history_file(tmp_path, [{"year": 2017, "end_year": 2016, "form": "Khiển trách"}])
    code, _, err = run(capsys, "check", "--history", str(path), "--year", "2019")
    assert code == 1
    assert "phuong-x.json, disciplines[0], trường `end_year`" in err
