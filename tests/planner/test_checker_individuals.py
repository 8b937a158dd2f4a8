"""Individuals climb on initiatives (sáng kiến): PL4 mục 2 and Decree 91 for persons."""

from graph.models import Achievement, Person
from planner.check.checker import check
from planner.settings import Settings

TEACHER = Person(id="nguyen-van-a", name="Nguyễn Văn A", unit="phong-giao-duc-dao-tao")


def achievements(*pairs: tuple[str, int]) -> list[Achievement]:
    return [Achievement(holder=TEACHER.id, award=code, year=year) for code, year in pairs]


def test_bk_ttg_needs_five_consecutive_years_each_with_an_initiative_in_hanoi():
    history = achievements(
        ("BK_TP", 2014), *(("SKKN_CS", y) for y in (2015, 2016, 2017, 2018)), ("SKKN_TP", 2019)
    )
    v = check(TEACHER, history, "BK_TTG", 2020)
    assert v.eligible
    assert [e.year for e in v.requirement("window_achievements").evidence] == [
        2015,
        2016,
        2017,
        2018,
        2019,
    ]


def test_a_year_without_an_initiative_breaks_the_five_consecutive_years():
    history = achievements(
        ("BK_TP", 2013), *(("SKKN_CS", y) for y in (2014, 2015, 2017, 2018, 2019))
    )
    v = check(TEACHER, history, "BK_TTG", 2020)
    assert not v.eligible
    assert v.requirement("window_achievements").missing.en == (
        "2 more consecutive years with SKKN_CS/SKKN_TP in 2013–2019"
    )


def test_the_national_reading_counts_five_initiatives_not_necessarily_consecutive():
    history = achievements(
        ("BK_TP", 2013), *(("SKKN_CS", y) for y in (2014, 2015, 2017, 2018, 2019))
    )
    assert check(TEACHER, history, "BK_TTG", 2020, ruleset_id="nd91-2017").eligible


def test_hcld3_for_a_person_needs_two_city_level_initiatives():
    history = achievements(("BK_TTG", 2014), ("SKKN_TP", 2016), ("SKKN_CS", 2017))
    v = check(TEACHER, history, "HCLD3", 2020)
    assert not v.eligible
    assert v.requirement("window_achievements").missing.en == "1 more SKKN_TP in 2014–2019"
    assert v.requirement("operating_age") is None  # the founding age is for collectives


def test_hcld1_for_a_person_needs_four_city_level_initiatives_after_hcld2():
    history = achievements(("HCLD2", 2012), *(("SKKN_TP", y) for y in (2013, 2015, 2016, 2018)))
    v = check(TEACHER, history, "HCLD1", 2020, settings=Settings())
    assert v.eligible
    assert "PL4 (Hà Nội), mục 2" in v.requirement("window_achievements").citation
