"""Words the faces (CLI and app) show for codes of the record, in vi and en."""

from __future__ import annotations

UNIT_KINDS = {
    "district": ("Quận, huyện", "District"),
    "ward": ("Phường, xã", "Ward"),
    "department": ("Phòng, ban chuyên môn", "Department"),
    "party_body": ("Cơ quan Đảng", "Party body"),
    "council_body": ("Ban của HĐND", "People's Council board"),
    "mass_organisation": ("Mặt trận, đoàn thể", "Mass organisation"),
    "public_service": ("Đơn vị sự nghiệp", "Public service unit"),
    "state_branch": ("Cơ quan ngành dọc", "Vertically managed agency"),
    "armed_force": ("Lực lượng vũ trang", "Armed force"),
    "other": ("Khác", "Other"),
}


def unit_kind(kind: str, lang: str = "vi") -> str:
    vi, en = UNIT_KINDS.get(kind, (kind, kind))
    return vi if lang == "vi" else en


AWARD_LEVELS = {
    "unit": ("Cơ sở", "Unit"),
    "district": ("Quận, huyện", "District"),
    "city": ("Thành phố", "City"),
    "ministry": ("Bộ, ngành", "Ministry"),
    "government": ("Chính phủ", "Government"),
    "state": ("Nhà nước", "State"),
}


def award_level(level: str, lang: str = "vi") -> str:
    vi, en = AWARD_LEVELS.get(level, (level, level))
    return vi if lang == "vi" else en
