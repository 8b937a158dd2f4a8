"""Words of the Dòng thời gian page (ui/app/pages/dong_thoi_gian.py, ui/app/timeline.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "page.timeline": ("Dòng thời gian", "Timeline"),
    "timeline.purpose": (
        "Cho lãnh đạo: mỗi dòng là một đơn vị và mục tiêu khen cao của đơn vị; từng năm, "
        "các thành tích cần giành và năm đề nghị theo lộ trình.",
        "For leadership: each row is a unit and its high-award target; year by year, the "
        "achievements to win and the year of each proposal, following the plans.",
    ),
    "timeline.source": ("Theo lộ trình", "Following"),
    "timeline.source_own": ("Lộ trình riêng của từng đơn vị", "Each unit's own plan"),
    "timeline.source_council": (
        "Kế hoạch chung của hội đồng (lần lập gần nhất)",
        "The council's plan (the latest one made)",
    ),
    "timeline.no_council": (
        "Kế hoạch chung của hội đồng hiện ra ở đây sau khi lập ở trang Lộ trình (Toàn hội đồng).",
        "The council's plan shows here once it is made on the Roadmap page (whole council).",
    ),
    "timeline.every_unit": (
        "Cả các đơn vị chưa có trong lộ trình (đến bậc tiếp theo)",
        "Every other unit too (to its next rung)",
    ),
    "timeline.no_targets": (
        "Kho dữ liệu chưa có lộ trình (Phụ lục 5): bật “Cả các đơn vị chưa có trong lộ trình” "
        "để xem lộ trình của từng đơn vị đến bậc tiếp theo.",
        "The store has no roadmap (PL5): switch on “Every other unit too” to see each unit's "
        "plan to its next rung.",
    ),
    "timeline.block": ("Khối thi đua", "Emulation block"),
    "timeline.kind": ("Loại đơn vị", "Kind of unit"),
    "timeline.all": ("Tất cả", "All"),
    "timeline.legend": ("Thành tích, danh hiệu", "Award"),
    "timeline.code": ("Mã", "Code"),
    "timeline.nothing": (
        "Không có đơn vị nào có lộ trình với bộ lọc này.",
        "No unit with a plan matches these filters.",
    ),
    "timeline.without_plan": ("Chưa có lộ trình: {rows}", "No plan yet: {rows}"),
    "timeline.download_svg": ("Tải biểu đồ (.svg)", "Download the chart (.svg)"),
    "timeline.download_png": ("Tải biểu đồ (.png)", "Download the chart (.png)"),
    "timeline.download_xlsx": ("Tải số liệu (.xlsx)", "Download the data (.xlsx)"),
}
