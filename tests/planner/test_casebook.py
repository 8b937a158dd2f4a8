"""Case books: the PL5 book passes under hanoi-2018 (in CI, with every other test), a
changed expectation fails with the answer's reasons, and a hostile book is refused in
sentences naming the file, the case and the field."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from graph.catalogue import default_catalogue
from graph.io.longbien import load_longbien
from graph.models import Dataset, Unit
from planner.audit.casebook import run_casebook
from planner.rules.casebook import (
    CASEBOOK,
    CaseBookError,
    casebook_dir,
    parse_casebook,
    read_casebook,
)

PL5 = casebook_dir() / "pl5-hanoi-2018.yaml"


@cache
def pl5_report():
    return run_casebook(read_casebook(PL5, default_catalogue()))


def run_text(tmp_path: Path, text: str, name: str = "book.yaml", **kwargs):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run_casebook(read_casebook(path, default_catalogue()), **kwargs)


def refused(tmp_path: Path, text: str | bytes, name: str = "book.yaml") -> list[str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseBookError) as error:
        read_casebook(path, default_catalogue())
    return [p.message("en") for p in error.value.problems]


# the PL5 book -------------------------------------------------------------------------


def test_the_pl5_case_book_holds_the_18_verdicts_and_9_plans_of_the_letter():
    book = read_casebook(PL5, default_catalogue())
    assert book.ruleset == "hanoi-2018"
    kinds = [case.kind for case in book.cases]
    assert kinds.count("verdict") == 18 and kinds.count("plan") == 9
    assert all(case.note for case in book.cases)


def test_the_pl5_case_book_passes_under_hanoi_2018():
    report = pl5_report()
    assert report.ruleset == "hanoi-2018"
    assert [r.case.number for r in report.failures] == []
    assert len(report.results) == 27


def _flipped(old: str, new: str) -> str:
    text = PL5.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_a_changed_verdict_expectation_fails_with_the_verdicts_reasons(tmp_path):
    y_te = (
        "    year: 2020\n    expect: {eligible: false, earliest_year: null}\n"
        '    note: "PL5 mục 2 (Phấn đấu đến năm 2022: 01 Cờ thi đua TP hoặc 02 BK UBND TP)'
    )
    report = run_text(tmp_path, _flipped(y_te, y_te.replace("eligible: false", "eligible: true")))
    [failure] = report.failures
    assert failure.case.name == "Phòng Y tế — BK_TTG, xét năm 2020"
    [mismatch] = failure.mismatches
    assert (mismatch.field, mismatch.expected, mismatch.actual.en) == ("eligible", "true", "false")
    reasons = " ".join(r.en for r in failure.reasons)
    assert "1 more CO_TP in 2018–2019, or 2 more BK_TP" in reasons
    assert "2023" in reasons  # the continuity requirement: not before 2023


def test_a_changed_plan_expectation_fails_with_the_plan_found(tmp_path):
    old = "expect: {year: 2023, effort: 2, later: []}"
    report = run_text(tmp_path, _flipped(old, "expect: {year: 2022, effort: 2, later: []}"))
    [failure] = report.failures
    assert failure.case.name == "Phòng Y tế — lộ trình tới BK_TTG từ năm 2020"
    assert [(m.field, m.expected, m.actual.en) for m in failure.mismatches] == [
        ("year", "2022", "2023")
    ]
    assert failure.answer.en == "2023 · 2 (BK_TP 2020, BK_TP 2021)"


def test_under_another_ruleset_the_book_lists_what_changes():
    report = run_casebook(read_casebook(PL5, default_catalogue()), ruleset_id="nd65-2014")
    assert report.ruleset == "nd65-2014"
    failed = {r.case.name: r for r in report.failures}
    viet_hung = failed["Phường Việt Hưng — HCLD1, đề nghị năm 2020"]
    assert "no standard for HCLD1" in viet_hung.reasons[0].en
    assert "Phường Bồ Đề — BK_TTG, đề nghị năm 2020" in failed  # 2 BK_TP no longer enough


def test_a_case_about_a_holder_of_the_store_reads_its_history_there(tmp_path):
    text = """
cases:
  - holder: phong-y-te
    target: BK_TTG
    year: 2022
    expect: {eligible: false}
  - holder: phong-y-te
    target: BK_TTG
    from_year: 2020
    expect: {year: 2023, effort: 2}
"""
    report = run_text(tmp_path, text, dataset=load_longbien())
    assert report.passed and report.ruleset is None
    assert [r.ruleset for r in report.results] == ["hanoi-2018", "hanoi-2018"]


def test_a_holder_the_store_does_not_hold_refuses_the_book(tmp_path):
    text = (
        "cases:\n  - {holder: phong-y-tee, target: BK_TTG, year: 2022, expect: {eligible: false}}\n"
    )
    path = tmp_path / "book.yaml"
    path.write_text(text, encoding="utf-8")
    book = read_casebook(path, default_catalogue())
    with pytest.raises(CaseBookError) as error:
        run_casebook(book, dataset=load_longbien())
    [message] = [p.message("en") for p in error.value.problems]
    assert message.startswith("book.yaml, case 1, line 2, field `holder`: ")
    assert "phong-y-te" in message  # the nearest id


def test_a_json_book_is_read_as_well(tmp_path):
    case = {
        "holder": {"id": "phuong-phuc-dong", "name": "Phường Phúc Đồng", "kind": "collective"},
        "history": [{"award": "CO_TP", "year": 2017}, "CO_TP 2018", "BK_TP 2019"],
        "target": "BK_TTG",
        "year": 2022,
        "expect": {"eligible": True, "base": "CO_TP 2017", "earliest_year": 2022},
    }
    report = run_text(tmp_path, json.dumps({"cases": [case]}), name="book.json")
    assert report.passed


# hostile books ------------------------------------------------------------------------

GOOD_CASE = """  - name: Phòng Y tế
    holder: {id: phong-y-te, name: Phòng Y tế, kind: collective}
    history: [BK_TP 2018, TTLDXS 2019]
    target: BK_TTG
    year: 2022
    expect: {eligible: false}
"""


def test_every_problem_of_a_case_names_the_file_the_case_and_the_field(tmp_path):
    text = (
        "cases:\n"
        + GOOD_CASE
        + """  - holder: {id: phong-y-te, name: Phòng Y tế, kind: collective}
    history: [BK_TP 2018, CO_TTP 2019, "BK_TP hai nghìn"]
    target: BK_TTGG
    year: 2022
    from_year: 2020
    expect: {eligible: maybe, effort: -1}
    colour: blue
"""
    )
    messages = refused(tmp_path, text)
    assert all(m.startswith("book.yaml, case 2, line 8") for m in messages), messages
    shown = "\n".join(messages)
    assert "field `colour`: unknown field" in shown
    assert "field `target`: unknown award code “BK_TTGG”; nearest known: BK_TTG" in shown
    assert "give either `year`" in shown
    assert "field `history[2]`: “BK_TP hai nghìn” is not an achievement written as" in shown


def test_history_rows_are_checked_as_the_store_checks_them(tmp_path):
    text = """cases:
  - holder: {id: van-phong, name: Văn phòng, kind: collective, flag_eligible: false}
    history: [CO_TP 2019, CO_TTP 2018]
    target: BK_TTG
    year: 2022
    expect: {eligible: false}
"""
    shown = "\n".join(refused(tmp_path, text))
    assert "case 1, line 2, field `history[1].award`" in shown
    assert "nearest known: CO_TP" in shown
    assert "not eligible for emulation flags" in shown


def test_a_verdict_case_cannot_expect_a_plans_effort(tmp_path):
    text = "cases:\n" + GOOD_CASE.replace("{eligible: false}", "{eligible: false, effort: 2}")
    [message] = refused(tmp_path, text)
    assert "field `expect.effort`" in message and "plan" in message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("cases: [", "not valid YAML"),
        ("- just a list\n", "is expected here"),
        ("cases: []\n", "the book has no case"),
        ("title: x\n", "the book has no case"),
        ("cases:\n" + GOOD_CASE + "rulesett: hanoi-2018\n", "field `rulesett`: unknown field"),
        ("cases:\n" + GOOD_CASE + "cases: []\n", "the key “cases” is written twice"),
        ("base: &a [1, 2]\ncases: *a\n", "anchors and aliases"),
        ("cases: " + "[" * 60 + "]" * 60 + "\n", "more than 20 levels deep"),
        ("cases: [{year: " + "1" * 5000 + "}]\n", "a value cannot be read"),
        ("cases: [{year: 2020-02-30}]\n", "a value cannot be read"),
        ('title: "Sổ\\x1b[2J"\ncases: []\n', "field `title`: a control character (U+001B)"),
    ],
)
def test_a_broken_book_is_refused_in_one_sentence_per_problem(tmp_path, text, says):
    messages = refused(tmp_path, text)
    assert any(says in m for m in messages), messages
    assert all(m.startswith("book.yaml") for m in messages)


def test_a_billion_laughs_is_refused_before_anything_is_built(tmp_path):
    lines = ['a0: &a0 ["lol"]'] + [
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)
    ]
    messages = refused(tmp_path, "\n".join(lines) + "\ncases: *a11\n")
    assert "anchors and aliases" in messages[0]


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    text = "cases:\n" + "#" * (CASEBOOK.file_bytes + 1) + "\n"
    [message] = refused(tmp_path, text)
    assert "more than the 1.0 MB a file may have" in message


def test_a_file_that_is_not_utf8_is_refused_in_words(tmp_path):
    [message] = refused(tmp_path, b"cases: [t\xe9n]\n")
    assert message.startswith("book.yaml, line 1: the file is not saved as UTF-8")


def test_too_many_cases_are_refused(tmp_path):
    raw = {"cases": [{}] * (CASEBOOK.rows + 1)}
    with pytest.raises(CaseBookError) as error:
        parse_casebook(raw, "big.yaml", default_catalogue())
    assert "more than 500 cases" in error.value.problems[0].message("en")


def test_messages_are_in_vietnamese_too(tmp_path):
    text = "cases:\n" + GOOD_CASE.replace("target: BK_TTG", "target: BK_TTGG")
    path = tmp_path / "sổ.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseBookError) as error:
        read_casebook(path, default_catalogue())
    [problem] = error.value.problems
    assert problem.message("vi").startswith("sổ.yaml, tình huống 1, dòng 2, trường `target`: ")


def test_a_store_holder_with_its_own_history_is_refused(tmp_path):
    text = (
        "cases:\n  - {holder: phong-y-te, history: [], target: BK_TTG, year: 2022,\n"
        "     expect: {eligible: false}}\n"
    )
    [message] = refused(tmp_path, text)
    assert "field `history`: a holder of the store is checked on the store's history" in message


def test_run_needs_the_store_only_for_store_holders(tmp_path):
    data = Dataset(units=[Unit(id="phong-y-te", name="Phòng Y tế")])
    text = (
        "cases:\n  - {holder: phong-y-te, target: BK_TTG, year: 2022, expect: {eligible: false}}\n"
    )
    report = run_text(tmp_path, text, dataset=data)
    assert report.passed
