"""Words of the app's shell and record pages added for issue 14: Streamlit's own
widgets in Vietnamese, the holder search, undo, the future-year check of a hand
entry, the letter number, and settings, statuses and blocks said in words."""

TEXT: dict[str, tuple[str, str]] = {
    # Streamlit's own texts, said by the app (placeholders, the file uploader)
    "app.choose": ("Chọn…", "Choose…"),
    "app.choose_many": ("Chọn một hoặc nhiều…", "Choose one or more…"),
    "app.no_results": ("Không tìm thấy", "Nothing found"),
    "upload.button": ("Chọn tệp", "Choose files"),
    "upload.limit": ("Tối đa {mb} MB mỗi tệp", "Up to {mb} MB per file"),
    # the holder search (ui/app/pickers.py)
    "pick.search_in": ("{what}: tìm theo tên", "{what}: search by name"),
    "pick.search_help": (
        "Gõ vài chữ của tên, có dấu hoặc không dấu, chữ hoa hay thường đều được: "
        "“y te” tìm thấy Phòng Y tế và Trung tâm Y tế.",
        "Type a few words of the name, with or without diacritics, in any case: "
        "“y te” finds Phòng Y tế and Trung tâm Y tế.",
    ),
    "pick.found": ("Tìm thấy {n} trong {total} tên.", "{n} of {total} names found."),
    # undo of the session's last change (ui/app/undo.py)
    "undo.button": ("Hoàn tác", "Undo"),
    "undo.offer": (
        "Thay đổi gần nhất: {what}. Có thể hoàn tác.",
        "Last change: {what}. It can be undone.",
    ),
    "undo.removed": ("đã xoá {what}", "removed {what}"),
    "undo.added": ("đã thêm {what}", "added {what}"),
    "undo.done": (
        "Đã hoàn tác: {what} — kho trở lại như trước thay đổi đó.",
        "Undone: {what} — the store is back as it was before that change.",
    ),
    "undo.refused": (
        "Không hoàn tác được, kho không thay đổi: {reason}",
        "Could not undo; the store is unchanged: {reason}",
    ),
    "undo.achievement": ("{award} năm {year} của {holder}", "{award} {year} of {holder}"),
    # hand entry (Dữ liệu)
    "entry.after_proposal_year": (
        "Không lưu: ô “{field}”: năm {year} sau năm đề nghị {limit} (chọn ở thanh bên); "
        "chỉ ghi thành tích của năm {limit} trở về trước.",
        "Not saved: the field “{field}”: the year {year} is after the proposal year {limit} "
        "(chosen in the sidebar); only achievements of {limit} or earlier are recorded.",
    ),
    "data.year_help": (
        "Năm của thành tích, không sau năm đề nghị {limit} ở thanh bên.",
        "The year of the achievement, not after the proposal year {limit} in the sidebar.",
    ),
    # the letter the appendices go with
    "docs.number_help": (
        "Gõ “125” hoặc “125/HĐTĐKT”: ký hiệu /HĐTĐKT chỉ in một lần.",
        "Type “125” or “125/HĐTĐKT”: the symbol /HĐTĐKT is printed once.",
    ),
    "docs.reference_line": (
        "Dòng in trong phụ lục: {line}",
        "Line printed in the appendices: {line}",
    ),
    # the unit page
    "unit.default_note": (
        "Quận, huyện chỉ là nơi gửi đề nghị, không có quá trình khen thưởng riêng.",
        "The district only sends the proposals; it has no award history of its own.",
    ),
    # readings on the rules page, said with award names (ui/words/rules.py keeps the
    # CLI's shorter texts)
    "readings.assume_unknown_years_excellent": (
        "Năm chưa ghi nhận xếp loại được giả định “Hoàn thành xuất sắc nhiệm vụ” "
        "(và ghi rõ là giả định)",
        "A year with no rating recorded is assumed “Completed tasks with excellence” "
        "(and marked as assumed)",
    ),
    "readings.future_years_excellent": (
        "Các năm tới đều “Hoàn thành xuất sắc nhiệm vụ”",
        "Coming years are all “Completed tasks with excellence”",
    ),
    "readings.founding_age": (
        "Áp dụng điều kiện 10 năm xây dựng, phát triển (Huân chương Lao động hạng Ba)",
        "Apply the 10 years of operation condition (Labour Order, third class)",
    ),
    "readings.effort_help": (
        "Công sức là cái giá của một lộ trình: mỗi thành tích mới mà lộ trình cần đơn vị đạt "
        "được tính bằng số điểm ở đây, và lộ trình được chọn là lộ trình có tổng công sức nhỏ "
        "nhất. Thành tích khó đạt hơn thì đặt số lớn hơn.",
        "Effort is the cost of a roadmap: each new achievement the roadmap needs the unit to "
        "win counts the points set here, and the roadmap chosen is the one with the least "
        "total effort. Give harder achievements a larger number.",
    ),
    # the scoring page: a block by its name
    "score.block_help": ("Mã khối: {code}", "Block code: {code}"),
}
