"""Words of the Năm nay page (the year's list, the landing page), of a verdict's
assumptions wherever a verdict is shown, and of the print view.

The names of the list's groups are planner/audit/year_list.py's.
"""

from planner import YEAR_LIST_GROUP_WORDS, Words

TEXT: dict[str, tuple[str, str] | Words] = {
    "page.today": ("Năm nay", "This year"),
    "today.title": ("Đề nghị khen cao năm {year}", "High-award proposals for {year}"),
    "today.purpose": (
        "Ai có thể được đề nghị hình thức khen nào trong năm đề nghị chọn ở thanh bên: "
        "mỗi đơn vị được kiểm tra với bậc khen tiếp theo của mình, kèm lý do trên một dòng.",
        "Who can be proposed for which award in the proposal year chosen in the sidebar: "
        "each unit is checked for its next rung, with the reason on one line.",
    ),
    "today.start_here": (
        "Kho dữ liệu đang trống. Bắt đầu từ đây: bấm “Nạp dữ liệu mẫu Long Biên 2020” ở "
        "thanh bên để dùng thử, hoặc nhập dữ liệu của cơ quan ở trang Dữ liệu.",
        "The store is empty. Start here: press “Load the Long Biên 2020 sample set” in the "
        "sidebar to try the app, or import your office's records on the Data page.",
    ),
    "today.to_data": ("Mở trang Dữ liệu để nhập", "Open the Data page to import"),
    "today.group.eligible.help": (
        "Hồ sơ ghi nhận đủ mọi tiêu chuẩn.",
        "The record shows every requirement met.",
    ),
    "today.group.assumed.help": (
        "Đủ điều kiện nếu các năm chưa ghi nhận xếp loại đúng là HTXSNV (hoặc đơn vị đủ "
        "thời gian thành lập): cần xác nhận các năm giả định trước khi gửi hồ sơ.",
        "Eligible if the years with no rating recorded were indeed HTXSNV (or the unit is old "
        "enough): confirm the assumed years before sending the dossier.",
    ),
    "today.group.almost.help": (
        "Chưa đủ điều kiện, nhưng chỉ thiếu đúng một thành tích trong thời gian xét.",
        "Not yet eligible, but exactly one achievement short within the period.",
    ),
    "today.not_entered": (
        "Chưa trả lời được cho {count} đơn vị năm {year}: bộ tiêu chuẩn đang áp dụng chưa nhập"
        " quy định cho hình thức tiếp theo của họ. Hoàn thiện bộ tiêu chuẩn ở trang Quy định.",
        "{count} units cannot be answered for {year}: the ruleset in force has not entered the"
        " rule of their next award. Complete the ruleset on the Rules page.",
    ),
    "today.group_empty": ("Không có đơn vị nào.", "No unit."),
    "today.col_unit": ("Đơn vị", "Unit"),
    "today.col_award": ("Hình thức đề nghị", "Award proposed"),
    "today.col_verdict": ("Kết luận", "Verdict"),
    "today.col_reason": ("Lý do", "Why"),
    "today.col_group": ("Nhóm", "Group"),
    "today.nobody": (
        "Năm {year} chưa có đơn vị nào đủ điều kiện hay chỉ thiếu một thành tích để đề nghị "
        "bậc khen tiếp theo.",
        "In {year} no unit is eligible for its next rung, or one achievement short of it.",
    ),
    "today.download_xlsx": ("Tải danh sách (.xlsx)", "Download the list (.xlsx)"),
    "today.download_docx": ("Tải danh sách (.docx)", "Download the list (.docx)"),
    "today.print_view": ("Bản in", "Print view"),
    "today.print_help": (
        "Một bảng duy nhất, vừa khổ A4 ngang: in bằng lệnh In của trình duyệt (Ctrl+P).",
        "One table that fits A4 landscape: print it with the browser's Print (Ctrl+P).",
    ),
    "today.rungs": ("Số đơn vị theo bậc khen cao hiện tại", "Units by current rung"),
    "today.rung": ("Bậc hiện tại", "Current rung"),
    "today.count": ("Số đơn vị", "Units"),
    "today.no_rung": ("Chưa có bậc khen cao", "No high award yet"),
    "verdict.eligible_assumed": (
        "Đủ điều kiện đề nghị {target} năm {year} ({assumptions}).",
        "Eligible to be proposed for {target} in {year} ({assumptions}).",
    ),
    # after “9 đủ điều kiện” in the eligibility sheet's summary line
    "docs.count.on_assumptions": ("dựa trên giả định", "on assumptions"),
    **{f"today.group.{name}": words for name, words in YEAR_LIST_GROUP_WORDS.items()},
}
