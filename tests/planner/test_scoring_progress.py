"""Who has not yet sent their scores: a focal unit has sent when every ward has
its score on each of its criteria; a partial sender is told what is missing."""

from __future__ import annotations

from planner.scoring.progress import not_yet_sent, sender_statuses
from planner.scoring.round import scoring_round
from tests.score_fixtures import full_year


def test_before_any_score_every_focal_unit_of_the_year_is_waited_for(longbien):
    statuses = sender_statuses(scoring_round(longbien, 2020))
    assert [(s.order, s.scorer, s.state, s.received, s.expected) for s in statuses] == [
        (1, "ban-to-chuc-quan-uy", "not_sent", 0, 7),
        (15, "phong-noi-vu", "not_sent", 0, 7),
        (20, "phong-tai-chinh-ke-hoach", "not_sent", 0, 7),
        (21, "phong-tai-nguyen-moi-truong", "not_sent", 0, 7),
        (22, "phong-quan-ly-do-thi", "not_sent", 0, 7),
    ]
    assert statuses[0].words("vi") == "Chưa gửi điểm: phải chấm 7 phường ở tiêu chí I.2."


def test_a_full_year_leaves_no_one_to_chase(longbien):
    year = full_year(longbien, 2020, seed=11)
    scoring = scoring_round(longbien.model_copy(update={"scores": year.scores}), 2020)
    assert not_yet_sent(scoring) == []
    assert {s.words("en") for s in sender_statuses(scoring)} == {"All 7 scores sent."}


def test_a_partial_sender_is_told_which_wards_are_missing(longbien):
    year = full_year(longbien, 2020, seed=5)
    held_back = {("phuong-bo-de", "phong-noi-vu"), ("phuong-phuc-dong", "phong-noi-vu")}
    sent = [s for s in year.scores if (s.ward, s.scorer) not in held_back]
    sent = [s for s in sent if s.scorer != "phong-quan-ly-do-thi"]
    scoring = scoring_round(longbien.model_copy(update={"scores": sent}), 2020)
    waiting = {s.scorer: s for s in not_yet_sent(scoring)}
    assert set(waiting) == {"phong-noi-vu", "phong-quan-ly-do-thi"}
    noi_vu = waiting["phong-noi-vu"]
    assert (noi_vu.state, noi_vu.received, noi_vu.expected) == ("partial", 5, 7)
    assert noi_vu.missing == {"2020/khoi-phuong/II.3": ("phuong-bo-de", "phuong-phuc-dong")}
    assert noi_vu.words("vi") == "Còn thiếu 2/7 điểm: II.3 — Phường Bồ Đề, Phường Phúc Đồng."
    assert waiting["phong-quan-ly-do-thi"].state == "not_sent"
