"""The free-text award parser, one shape of line per test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from graph.io.awardtext import award_codes, parse_award_text


def pairs(text: str) -> list[tuple[str, int]]:
    return parse_award_text(text).pairs()


def test_years_before_the_award_with_a_list_of_years():
    assert pairs("- 2014, 2015, 2018: Cờ thi đua TP") == [
        ("CO_TP", 2014),
        ("CO_TP", 2015),
        ("CO_TP", 2018),
    ]


def test_years_before_the_award_without_space_or_bullet_space():
    assert pairs("- 2014:Huân chương lao động hạng Nhì") == [("HCLD2", 2014)]
    assert pairs("-2019: Bằng khen UBND TP") == [("BK_TP", 2019)]


def test_years_after_the_award_with_nam():
    assert pairs("- Bằng khen UBND Thành phố năm 2011, 2015, 2016; ") == [
        ("BK_TP", 2011),
        ("BK_TP", 2015),
        ("BK_TP", 2016),
    ]


def test_two_awards_on_one_line_separated_by_semicolons():
    assert pairs(
        "- Huân chương lao động hạng ba năm 2003; Bằng khen Thủ tướng Chính phủ năm 2010;"
    ) == [("HCLD3", 2003), ("BK_TTG", 2010)]


def test_prime_minister_certificate_sentence_with_trailing_semicolon():
    assert pairs("Bằng khen Thủ tướng Chính phủ năm 2010;") == [("BK_TTG", 2010)]


def test_cited_abbreviations():
    assert pairs("BK UBND TP 2018") == [("BK_TP", 2018)]
    assert pairs("Cờ TTCP 2016") == [("CO_CP", 2016)]
    assert pairs("Cờ thi đua TTCP 2016") == [("CO_CP", 2016)]
    assert pairs("2017: Cờ thi đua xuất sắc") == [("CO_TP", 2017)]
    assert pairs("Danh hiệu TTLĐXS 2019") == [("TTLDXS", 2019)]
    assert pairs("HTXSNV 2019") == [("HTXSNV", 2019)]
    assert pairs("Cờ thi đua TW Đoàn 2015, 2018") == [("CO_BO", 2015), ("CO_BO", 2018)]
    assert pairs("Cờ thi đua Bộ VHTT&DL 2019") == [("CO_BO", 2019)]


def test_an_issuer_after_a_comma_reuses_the_head_noun():
    assert pairs("- Cờ thi đua TTCP, UBND TP 2016") == [("CO_CP", 2016), ("CO_TP", 2016)]


def test_quoted_title_and_year_first_with_nam():
    assert pairs("- 2017: Danh hiệu “Tập thể lao động xuất sắc”") == [("TTLDXS", 2017)]
    assert pairs("Năm 2017, 2019: Tập thể LĐXS") == [("TTLDXS", 2017), ("TTLDXS", 2019)]


def test_unspaced_year_lists_and_spelling_variants():
    assert pairs("- Bằng khen UBNDTP 2012, 2016,2017, 2019") == [
        ("BK_TP", 2012),
        ("BK_TP", 2016),
        ("BK_TP", 2017),
        ("BK_TP", 2019),
    ]
    assert pairs("Bằng khen UBND Tp 2019") == [("BK_TP", 2019)]
    assert pairs("Cờ UBND TP 2017, 2018;") == [("CO_TP", 2017), ("CO_TP", 2018)]
    assert pairs("- Cờ thi đua Thành phố 2017 .") == [("CO_TP", 2017)]


def test_an_award_without_a_year_is_returned_unread():
    result = parse_award_text("- Bằng khen Thủ tướng Chính phủ")
    assert result.awards == []
    assert [(u.text, u.reason) for u in result.unread] == [
        ("Bằng khen Thủ tướng Chính phủ", "no_year")
    ]


def test_an_unknown_award_is_returned_unread_with_its_line():
    result = parse_award_text("- 2015: Cờ thi đua UBND TP\n- Cờ thi đua quận 2018")
    assert result.pairs() == [("CO_TP", 2015)]
    assert [(u.line, u.reason) for u in result.unread] == [(2, "unknown_award")]


def test_a_half_readable_list_of_awards_is_not_half_read():
    assert award_codes("Cờ thi đua TTCP, giải thưởng lạ") == []


def test_blank_lines_and_bullets_alone_are_ignored():
    assert parse_award_text("\n-\n  \n").unread == []


PHRASES = {
    "Cờ thi đua UBND TP": "CO_TP",
    "Cờ thi đua Chính phủ": "CO_CP",
    "Bằng khen UBND TP": "BK_TP",
    "Bằng khen Thủ tướng Chính phủ": "BK_TTG",
    "Huân chương lao động hạng Ba": "HCLD3",
    "Tập thể LĐXS": "TTLDXS",
}


@given(
    phrase=st.sampled_from(sorted(PHRASES)),
    years=st.lists(st.integers(1990, 2030), min_size=1, max_size=5, unique=True),
    years_first=st.booleans(),
    with_nam=st.booleans(),
)
def test_any_phrase_with_any_years_in_either_order_reads_back(phrase, years, years_first, with_nam):
    year_text = ", ".join(map(str, years))
    prefix = "năm " if with_nam else ""
    line = f"- {prefix}{year_text}: {phrase}" if years_first else f"- {phrase} {prefix}{year_text}"
    assert pairs(line) == [(PHRASES[phrase], y) for y in years]
