"""Choosing a unit or a person (ui/app/pickers.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "pick.search": ("Tìm theo tên", "Search by name"),
    "pick.search_hint": (
        "gõ có hoặc không dấu, ví dụ: y te",
        "with or without diacritics, e.g. y te",
    ),
    "pick.none": ("Không có tên nào khớp với “{query}”.", "No name matches “{query}”."),
}
