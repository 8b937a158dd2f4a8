"""Words of ward bonus scoring (PL1, PL2): the Chấm điểm page and `khencao score`.

The headers the results file (planner/scoring/export.py) also prints are its words.
"""

from planner import SCORING_RESULT_HEADERS, SCORING_RESULT_SHEETS, Words

TEXT: dict[str, tuple[str, str] | Words] = {
    "page.scoring": ("Chấm điểm", "Scoring"),
    # choosing the round
    "score.year": ("Năm chấm điểm", "Scoring year"),
    "score.block": ("Khối thi đua", "Emulation block"),
    "score.no_criteria": (
        "Chưa có tiêu chí điểm thưởng (Phụ lục 2). Bấm “Nạp dữ liệu mẫu Long Biên 2020” ở "
        "thanh bên, hoặc nhập bảng tiêu chí (bonus_criteria) ở trang Dữ liệu.",
        "There are no bonus criteria (Appendix 2) yet. Press “Load the Long Biên 2020 sample "
        "set” in the sidebar, or import a criteria table (bonus_criteria) on the Data page.",
    ),
    "score.no_wards": (
        "Khối này chưa có phường nào trong danh sách đơn vị. Thêm phường (loại “ward”, khối "
        "{block}) ở trang Dữ liệu rồi quay lại chấm điểm.",
        "This block has no wards in the unit register. Add wards (kind “ward”, block {block}) "
        "on the Data page, then come back to score them.",
    ),
    # tabs
    "score.tab_criteria": SCORING_RESULT_SHEETS["criteria"],
    "score.tab_focal": ("Đơn vị đầu mối (PL1)", "Focal units (PL1)"),
    "score.tab_entry": ("Nhập điểm", "Enter scores"),
    "score.tab_ranking": SCORING_RESULT_SHEETS["ranking"],
    "score.tab_missing": SCORING_RESULT_SHEETS["senders"],
    # criteria table
    "score.criteria_title": (
        "Biểu phân bổ tiêu chí điểm thưởng {block} năm {year}",
        "Bonus criteria of {block}, {year}",
    ),
    "score.col_number": SCORING_RESULT_HEADERS["number"],
    "score.col_content": SCORING_RESULT_HEADERS["content"],
    "score.col_scorer": SCORING_RESULT_HEADERS["scorer"],
    "score.col_points": SCORING_RESULT_HEADERS["criterion_points"],
    "score.col_conventional": SCORING_RESULT_HEADERS["conventional"],
    "score.col_label": ("Mã tiêu chí", "Label"),
    "score.col_code": ("Mã", "Label"),
    "score.conventional_help": (
        "Điểm quy ước là thang điểm để các đơn vị đầu mối xây dựng tiêu chí chấm chi tiết; "
        "điểm thưởng thực tế là cột Số điểm.",
        "Conventional points are the scale focal units build their detailed criteria on; "
        "the bonus actually awarded is the Points column.",
    ),
    # focal units
    "score.focal_title": ("{n} đơn vị đầu mối chấm điểm thi đua các phường", "{n} focal units"),
    "score.no_focal_units": (
        "Chưa có danh sách đơn vị đầu mối (Phụ lục 1). Nạp dữ liệu mẫu ở thanh bên, hoặc nhập "
        "bảng focal_units ở trang Dữ liệu.",
        "No focal units (Appendix 1) yet. Load the sample set from the sidebar, or import a "
        "focal_units table on the Data page.",
    ),
    "score.col_order": ("TT", "No."),
    "score.col_focal": SCORING_RESULT_HEADERS["focal_unit"],
    "score.col_grouped": ("Đơn vị được ghép", "Grouped units"),
    "score.col_scores": ("Chấm tiêu chí", "Scores criteria"),
    # entry
    "score.entry_title": ("Nhập một điểm", "Enter one score"),
    "score.scorer": ("Đơn vị đầu mối gửi điểm", "Focal unit sending the score"),
    "score.ward": ("Phường", "Ward"),
    "score.criterion": ("Tiêu chí", "Criterion"),
    "score.criterion_option": (
        "{label} – {content} (tối đa {maximum})",
        "{label} – {content} (at most {maximum})",
    ),
    "score.points": ("Số điểm", "Points"),
    "score.note": ("Ghi chú", "Note"),
    "score.save": ("Ghi điểm", "Record the score"),
    "score.saved": (
        "Đã ghi: {ward}, tiêu chí {label}: {points}/{maximum} điểm.",
        "Recorded: {ward}, criterion {label}: {points} of {maximum} points.",
    ),
    "score.refused": ("Không ghi điểm này:", "This score was not recorded:"),
    "score.entry_question": (
        "Ghi {points}/{maximum} điểm cho {ward}, tiêu chí {label}, do {scorer} chấm?",
        "Record {points} of {maximum} points for {ward}, criterion {label}, scored by {scorer}?",
    ),
    "score.entered_by_hand": ("nhập tay", "entered by hand"),
    # import
    "score.import_title": ("Nhập bảng điểm từ tệp", "Import score sheets"),
    "score.import_help": (
        "Tệp Excel có mỗi đơn vị đầu mối một trang tính (tên trang là tên hoặc mã đơn vị), "
        "mỗi phường một dòng, mỗi tiêu chí đơn vị đó chấm một cột (I.1, II.2…); hoặc tệp CSV "
        "mỗi đơn vị một tệp. Mọi lỗi được liệt kê trước; chỉ khi không còn lỗi nào mới ghi, "
        "và ghi toàn bộ.",
        "An Excel workbook with one sheet per focal unit (named by the unit's name or id), one "
        "row per ward and one column per criterion the unit scores (I.1, II.2…); or one CSV "
        "file per unit. Every problem is listed first; the scores are written only when there "
        "is none, and then all of them.",
    ),
    "score.template": (
        "Tải mẫu bảng điểm trống (.xlsx)",
        "Download a blank score workbook (.xlsx)",
    ),
    "score.problems": (
        "Không thể nhập: {n} lỗi. Sửa tệp rồi tải lên lại; chưa có điểm nào được ghi.",
        "Cannot import: {n} problems. Fix the files and upload them again; no score was written.",
    ),
    "score.ready": (
        "Bảng điểm hợp lệ: {n} điểm của {senders}.",
        "The sheets are valid: {n} scores from {senders}.",
    ),
    "score.write": ("Ghi điểm vào kho dữ liệu", "Write the scores to the store"),
    "score.written": ("Đã ghi {n} điểm.", "{n} scores written."),
    "score.write_question": (
        "Ghi vào kho dữ liệu {n} điểm của {senders} từ tệp {files}?",
        "Write {n} scores from {senders} ({files}) to the store?",
    ),
    # ranking
    "score.ranking_title": (
        "Xếp hạng điểm thưởng {block} năm {year}",
        "Bonus ranking of {block}, {year}",
    ),
    "score.no_scores": (
        "Chưa có điểm nào cho năm {year}. Nhập điểm ở thẻ “Nhập điểm”: từng điểm, hoặc tải lên "
        "bảng điểm của các đơn vị đầu mối.",
        "No scores for {year} yet. Enter them on the “Enter scores” tab: one by one, or upload "
        "the focal units' score sheets.",
    ),
    "score.col_rank": SCORING_RESULT_HEADERS["rank"],
    "score.col_ward": SCORING_RESULT_HEADERS["ward"],
    "score.col_total": SCORING_RESULT_HEADERS["points"],
    "score.col_missing": SCORING_RESULT_HEADERS["missing"],
    "score.tie_rule": (
        "Các phường có tổng điểm bằng nhau xếp đồng hạng; các hạng sau đó được bỏ qua "
        "(ví dụ 1, 2, 2, 4).",
        "Wards with equal totals share a rank; the ranks they take up are skipped "
        "(e.g. 1, 2, 2, 4).",
    ),
    "score.export": ("Tải bảng kết quả (.xlsx)", "Download the results table (.xlsx)"),
    # senders
    "score.all_sent": (
        "Cả {n} đơn vị đầu mối đã gửi đủ điểm năm {year}.",
        "All {n} focal units have sent their {year} scores.",
    ),
    "score.waiting": (
        "{n}/{total} đơn vị đầu mối chưa gửi đủ điểm năm {year}.",
        "{n} of {total} focal units have not sent all their {year} scores.",
    ),
    "score.col_received": ("Đã nhận", "Received"),
    "score.col_order_pl1": SCORING_RESULT_HEADERS["order"],
    "score.col_still_missing": SCORING_RESULT_HEADERS["still_missing"],
    # khencao score
    "score.no_focal_units_cli": (
        "Chưa có danh sách đơn vị đầu mối (Phụ lục 1). Nạp dữ liệu mẫu: khencao load",
        "No focal units (Appendix 1) yet. Load the sample set: khencao load",
    ),
    "score.focal_count": ("{n} đơn vị đầu mối", "{n} focal units"),
    "score.imported": ("Đã nhập {n} điểm của {senders}.", "Imported {n} scores from {senders}."),
    "score.unknown_criterion": (
        "Không có tiêu chí “{criterion}” năm {year}; có: {labels}. Xem: khencao score criteria",
        "No criterion “{criterion}” in {year}; there are: {labels}. See: khencao score criteria",
    ),
    "score.bad_points": (
        "--points: “{points}” không phải là số điểm từ 0 trở lên.",
        "--points: “{points}” is not a number of points of 0 or more.",
    ),
    "score.recorded": (
        "Đã ghi: {ward}, tiêu chí {label} ({scorer}): {points}/{maximum} điểm.",
        "Recorded: {ward}, criterion {label} ({scorer}): {points} of {maximum} points.",
    ),
    "score.no_wards_cli": ("Khối chưa có phường nào.", "The block has no wards yet."),
    "score.no_scores_cli": (
        "Chưa có điểm nào. Nhập bảng điểm: khencao score import TỆP.xlsx, "
        "hoặc từng điểm: khencao score enter --ward … --criterion … --points …",
        "No scores yet. Import score sheets: khencao score import FILE.xlsx, "
        "or one score: khencao score enter --ward … --criterion … --points …",
    ),
    "score.waiting_cli": (
        "{n}/{total} đơn vị đầu mối chưa gửi đủ điểm năm {year}",
        "{n} of {total} focal units have not sent all {year} scores",
    ),
    "score.template_xlsx": ("-o: cần tệp .xlsx", "-o: an .xlsx file is needed"),
    "score.template_written": (
        "Đã ghi {file}: {sheets} trang tính, mỗi đơn vị đầu mối một trang.",
        "Wrote {file}: {sheets} sheets, one per focal unit.",
    ),
}
