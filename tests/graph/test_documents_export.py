"""The appendices read like the seed's: headings, numbering, the “(Kèm theo …)”
line, PL5's “*” rows and history lines, and the look councils sign (A4, Times
New Roman, bold centred headings, bordered tables)."""

from __future__ import annotations

import re

import pytest
from docx import Document
from docx.shared import Pt
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from graph.catalogue import default_catalogue
from graph.io.awardtext import award_codes, parse_award_text
from graph.io.documents.excel import write_xlsx
from graph.io.documents.model import DocumentError, Reference, reference_date
from graph.io.documents.phrases import award_phrase, history_lines, target_heading
from graph.io.documents.render import appendix, render
from graph.io.documents.roadmap import roadmap_appendix
from graph.io.documents.word import write_docx
from graph.models import Achievement, Basis, Dataset, Target


def word(document, tmp_path):
    path = tmp_path / "out.docx"
    write_docx(document, path)
    return Document(str(path))


def paragraphs(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text]


def rows(table) -> list[list[str]]:
    found = []
    for row in table.rows:
        cells, seen = [], None
        for cell in row.cells:
            if cell._tc is not seen:
                cells.append(cell.text)
            seen = cell._tc
        found.append(cells)
    return found


@pytest.fixture
def pl5(longbien, tmp_path):
    reference = Reference(number="125", date=reference_date("02/2020"))
    return word(roadmap_appendix(longbien, reference=reference), tmp_path)


def test_pl5_has_the_seed_headings_and_the_letter_line(pl5):
    assert paragraphs(pl5) == [
        "PHỤ LỤC 5",
        "LỘ TRÌNH PHẤN ĐẤU KHEN CAO CỦA CÁC TẬP THỂ",
        "THUỘC QUẬN LONG BIÊN GIAI ĐOẠN 2020 - 2023",
        "(Kèm theo Công văn số 125/HĐTĐKT ngày ……/02/2020 "
        "của Hội đồng thi đua khen thưởng quận Long Biên)",
        "1. Dự kiến đề nghị khen cao năm 2020:",
        "2. Lộ trình khen thành tích cao năm 2020-2023 :",
    ]


def test_pl5_tables_are_the_seeds_rows(pl5):
    proposals, roadmap = (rows(t) for t in pl5.tables)
    assert proposals[0] == ["TT", "Đơn vị", "Thành tích đạt được của đơn vị", "Ghi chú"]
    assert roadmap[0] == ["TT", "Tập thể", "Thành tích đạt được của tập thể", "Ghi chú"]
    assert proposals[1] == ["*", "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT", ""]
    assert proposals[2] == [
        "1",
        "Phường Việt Hưng",
        "- 2014: Huân chương lao động hạng Nhì\n"
        "- 2014, 2015, 2018: Cờ thi đua UBND TP\n"
        "- 2016: Cờ thi đua Chính phủ\n"
        "- 2019: Bằng khen UBND TP",
        "",
    ]
    headings = [r[1] for r in proposals + roadmap if r[0] == "*"]
    assert headings == [
        "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT",
        "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ",
        "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA",
        "Trình khen BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ",
        "Phấn đấu HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT",
        "Phấn đấu HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA",
        "Phấn đấu BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ",
    ]
    numbers = [r[0] for r in proposals[1:] if r[0] != "*"]
    assert numbers == ["1", "1", "1", "2", "3", "4", "1", "2", "3"]
    y_te = next(r for r in roadmap if r[1] == "Phòng Y tế")
    assert y_te[2:] == [
        "- 2018: Bằng khen UBND TP\n- 2019: Tập thể lao động xuất sắc",
        "Phấn đấu đến năm 2022: 01 Cờ thi đua TP hoặc 02 BK UBND TP",
    ]


def test_pl5_looks_like_a_council_document(pl5):
    section = pl5.sections[0]
    size = (round(section.page_width.cm, 1), round(section.page_height.cm, 1))
    assert size == (21.0, 29.7)  # A4 portrait
    assert round(section.left_margin.cm, 1) == 3.0
    normal = pl5.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(13)
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(f"{{{fonts.nsmap['w']}}}{s}") for s in ("ascii", "hAnsi", "cs")} == {
        "Times New Roman"
    }
    label, title, _, reference = pl5.paragraphs[:4]
    assert label.runs[0].bold and label.alignment == 1  # centred
    assert title.runs[0].bold and title.runs[0].font.size == Pt(14)
    assert reference.runs[0].italic and reference.alignment == 1
    assert all(t.style.name == "Table Grid" for t in pl5.tables)  # every border drawn
    header = pl5.tables[0].rows[0]._tr
    assert header.find(f"{{{fonts.nsmap['w']}}}trPr/{{{fonts.nsmap['w']}}}tblHeader") is not None


def test_the_planner_can_supply_the_notes(longbien, tmp_path):
    def note(target: Target) -> str | None:
        return f"Kế hoạch: {target.award}" if target.section == "roadmap" else None

    doc = word(roadmap_appendix(longbien, notes=note), tmp_path)
    roadmap = rows(doc.tables[1])
    y_te = next(r for r in roadmap if r[1] == "Phòng Y tế")
    # the note is the planner's; the year the target names is kept beside it
    assert y_te[3] == "Kế hoạch: BK_TTG (đến năm 2022)"
    vhtt = next(r for r in roadmap if r[1] == "Phòng Văn hóa và Thông tin")
    assert vhtt[3] == "Kế hoạch: HCLD1"


def test_a_history_shows_what_was_held_before_the_plan_year(longbien, tmp_path):
    later = Achievement(holder="phong-y-te", award="BK_TP", year=2021)
    data = longbien.model_copy(update={"achievements": [*longbien.achievements, later]})
    roadmap = rows(word(roadmap_appendix(data, plan_year=2020), tmp_path).tables[1])
    y_te = next(r for r in roadmap if r[1] == "Phòng Y tế")
    assert "2021" not in y_te[2]


@pytest.mark.parametrize("code", ["HCLD1", "HCLD2", "HCLD3", "BK_TTG", "CO_TP", "CO_CP", "BK_TP",
                                  "CO_BO", "BK_BO", "TTLDXS", "TTLDTT", "HTXSNV", "HTTNV", "GK",
                                  "SKKN_CS", "SKKN_TP", "LDTT", "CSTD_CS", "CSTD_TP"])  # fmt: skip
def test_every_phrase_written_reads_back_as_its_code(code, catalogue):
    assert parse_award_text(f"- 2016, 2019: {award_phrase(code, catalogue)}").pairs() == [
        (code, 2016),
        (code, 2019),
    ]
    for section in ("proposal", "roadmap"):
        heading = target_heading(code, section, catalogue)
        wanted = re.sub(r"^(Trình khen|Phấn đấu) ", "", heading)
        assert award_codes(wanted) == [code]


def test_every_catalogue_award_has_a_phrase_that_reads_back(catalogue):
    unread = [
        a.code
        for a in catalogue
        if parse_award_text(f"2018: {award_phrase(a.code, catalogue)}").pairs() != [(a.code, 2018)]
    ]
    assert unread == []


COLLECTIVE_AWARDS = ["HCLD1", "HCLD2", "HCLD3", "BK_TTG", "CO_CP", "CO_TP", "BK_TP", "CO_BO",
                     "BK_BO", "TTLDXS", "TTLDTT", "GK", "HTXSNV"]  # fmt: skip


@given(
    st.sets(
        st.tuples(st.sampled_from(COLLECTIVE_AWARDS), st.integers(1990, 2030)),
        min_size=1,
        max_size=25,
    )
)
def test_any_annual_history_written_as_lines_reads_back_whole(history):
    catalogue = default_catalogue()
    records = [Achievement(holder="x", award=code, year=year) for code, year in history]
    read = parse_award_text("\n".join(history_lines(records, catalogue)))
    assert set(read.pairs()) == history
    assert read.unread == []


def test_thematic_awards_keep_their_basis_and_are_not_read_as_annual(catalogue):
    lines = history_lines(
        [
            Achievement(holder="x", award="BK_TP", year=2019),
            Achievement(
                holder="x", award="BK_TP", year=2019, basis=Basis.THEMATIC, decision_no="12/QĐ"
            ),
        ],
        catalogue,
    )
    assert lines == [
        "- 2019: Bằng khen UBND TP",
        "- 2019: Bằng khen UBND TP (chuyên đề, QĐ số 12/QĐ)",
    ]
    read = parse_award_text("\n".join(lines))
    assert read.pairs() == [("BK_TP", 2019)]
    assert [u.reason for u in read.unread] == ["unknown_award"]


def test_pl1_and_pl2_follow_the_seed(longbien, tmp_path):
    pl1 = word(appendix("focal-units", longbien), tmp_path)
    assert paragraphs(pl1)[:3] == [
        "PHỤ LỤC 1",
        "DANH SÁCH",
        "Các đơn vị đầu mối chấm điểm thi đua các phường: 28 đơn vị đầu mối",
    ]
    focal = rows(pl1.tables[0])
    assert focal[4] == ["4.", "Ban Tuyên giáo Quận ủy", "Trung tâm Bồi dưỡng chính trị"]
    assert focal[22][2] == "Ban Quản lý dự án đầu tư xây dựng\nTrung tâm Phát triển quỹ đất"
    pl2 = word(appendix("bonus-criteria", longbien), tmp_path)
    assert paragraphs(pl2)[1] == "BIỂU PHÂN BỔ TIÊU CHÍ ĐIỂM THƯỞNG KHỐI PHƯỜNG NĂM 2020"
    criteria = rows(pl2.tables[0])
    assert criteria[1] == ["I.", "Thực hiện chủ đề năm 2020 của Thành phố"]
    assert criteria[2][0] == "1." and criteria[2][2:] == ["Phòng Tài chính – Kế hoạch", "1,5", "15"]
    assert criteria[-1] == ["", "", "Tổng cộng", "5", "50"]


def test_excel_holds_the_same_appendix_on_a_printable_sheet(longbien, tmp_path):
    path = tmp_path / "pl5.xlsx"
    write_xlsx([roadmap_appendix(longbien)], path)
    sheet = load_workbook(path)["PL5"]
    assert sheet["A1"].value == "PHỤ LỤC 5" and sheet["A1"].font.bold
    assert sheet["A1"].font.name == "Times New Roman"
    assert "A1:D1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A4"].font.italic and sheet["A4"].value.startswith("(Kèm theo Công văn số")
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["*", "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT", None, None] in values
    viet_hung = next(r for r in values if r[1] == "Phường Việt Hưng")
    assert viet_hung[2].splitlines()[0] == "- 2014: Huân chương lao động hạng Nhì"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4  # "9": A4
    assert sheet["C8"].alignment.wrap_text


def test_the_letter_date_takes_the_forms_offices_write():
    assert reference_date("05/02/2020") == "05/02/2020"
    assert reference_date("2/2020") == "……/02/2020"
    with pytest.raises(ValueError):
        reference_date("31/02/2020")
    blank = Reference(council="Hội đồng thi đua khen thưởng quận Long Biên", year=2020).line()
    assert blank == (
        "(Kèm theo Công văn số ……/HĐTĐKT ngày ……/……/2020 "
        "của Hội đồng thi đua khen thưởng quận Long Biên)"
    )


def test_an_empty_record_says_what_is_missing_in_words():
    for kind in ("roadmap", "focal-units", "bonus-criteria"):
        with pytest.raises(DocumentError) as error:
            appendix(kind, Dataset())
        assert error.value.words("vi").startswith("Kho dữ liệu chưa có")
        assert error.value.words("en").startswith("The store holds no")


def test_a_year_without_targets_names_the_years_that_have_some(longbien):
    with pytest.raises(DocumentError) as error:
        roadmap_appendix(longbien, plan_year=2019)
    assert "2020" in error.value.words("en")


def test_render_gives_the_bytes_of_either_format(longbien):
    document = appendix("roadmap", longbien)
    assert render(document, "docx")[:2] == b"PK"
    assert render(document, "xlsx")[:2] == b"PK"
    with pytest.raises(ValueError):
        render(document, "pdf")
