"""The Word files open in a real office suite, not only in python-docx: LibreOffice
converts them to PDF, and the PDF's text holds every unit and every year.

LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are Debian
packages that scripts/test installs. Without them these tests fail; they never
skip, or a broken document would pass unseen.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from graph.io.documents.model import Reference
from graph.io.documents.render import appendix, save
from planner.audit.eligibility_sheet import eligibility_sheet, target_cases


def flat(text: str) -> str:
    """PDF text as one line: cells wrap names over several lines."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory, longbien, office_tools) -> dict[str, str]:
    """The four documents of the Long Biên set, converted in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("pdf")
    reference = Reference(number="125", date="……/02/2020")
    documents = {
        "roadmap": appendix("roadmap", longbien, reference=reference),
        "focal-units": appendix("focal-units", longbien, reference=reference),
        "bonus-criteria": appendix("bonus-criteria", longbien, reference=reference),
        "eligibility": eligibility_sheet(longbien, target_cases(longbien), reference=reference),
    }
    paths = []
    for kind, document in documents.items():
        path = folder / f"{kind}.docx"
        save(document, "docx", path)
        paths.append(str(path))
    profile = (folder / "profile").as_uri()  # its own profile: no clash with a running office
    soffice, pdftotext = office_tools["soffice"], office_tools["pdftotext"]
    converted = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *paths],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    texts = {}
    for kind in documents:
        pdf = folder / f"{kind}.pdf"
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {kind}: {converted.stdout}"
        read = subprocess.run(
            [pdftotext, "-raw", str(pdf), "-"], capture_output=True, check=True, timeout=60
        )
        texts[kind] = flat(read.stdout.decode("utf-8"))
    return texts


def test_the_roadmap_pdf_names_every_unit_and_every_year(pdf_texts, longbien):
    text = pdf_texts["roadmap"]
    holders = {t.holder for t in longbien.targets}
    for holder in holders:
        assert flat(longbien.unit(holder).name) in text
    years = {a.year for a in longbien.achievements if a.holder in holders} | {2020, 2022, 2023}
    missing = [y for y in sorted(years) if not re.search(rf"\b{y}\b", text)]
    assert missing == []
    assert "PHỤ LỤC 5" in text
    assert "Trình khen HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT" in text
    assert "2014, 2015, 2018: Cờ thi đua UBND TP" in text
    assert "(Kèm theo Công văn số 125/HĐTĐKT ngày ……/02/2020" in text


def test_the_other_documents_open_too(pdf_texts, longbien):
    for focal in longbien.focal_units:
        assert flat(longbien.unit(focal.unit).name) in pdf_texts["focal-units"]
    assert "Tổng cộng 5 50" in pdf_texts["bonus-criteria"]
    eligibility = pdf_texts["eligibility"]
    assert eligibility.count("CHƯA ĐỦ ĐIỀU KIỆN") >= 9
    assert "Nghị định 91/2017/NĐ-CP" in eligibility
