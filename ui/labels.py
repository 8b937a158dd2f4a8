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


def _label(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    vi, en = table.get(code, (code, code))
    return vi if lang == "vi" else en


def unit_kind(kind: str, lang: str = "vi") -> str:
    return _label(UNIT_KINDS, kind, lang)


AWARD_LEVELS = {
    "unit": ("Cơ sở", "Unit"),
    "district": ("Quận, huyện", "District"),
    "city": ("Thành phố", "City"),
    "ministry": ("Bộ, ngành", "Ministry"),
    "government": ("Chính phủ", "Government"),
    "state": ("Nhà nước", "State"),
}


def award_level(level: str, lang: str = "vi") -> str:
    return _label(AWARD_LEVELS, level, lang)
