"""Words of the official documents: the “Văn bản (phụ lục)” section of the Dữ liệu
page and the export-doc / import-doc commands."""

from graph.io.documents.preview import SECTION_WORDS, STATUS_WORDS

TEXT: dict[str, tuple[str, str]] = {
    "docs.title": ("Văn bản (phụ lục)", "Official documents (appendices)"),
    "docs.help": (
        "Xuất các phụ lục của công văn từ kho dữ liệu, dạng Word hoặc Excel, theo mẫu công văn "
        "năm 2020 của Hội đồng TĐKT quận Long Biên; hoặc nhập lại phụ lục năm trước.",
        "Export the letter's appendices from the store as Word or Excel, in the layout of "
        "the Long Biên council's 2020 letter; or import last year's appendix.",
    ),
    "docs.number": ("Số công văn", "Letter number"),
    "docs.date": ("Ngày công văn (DD/MM/YYYY hoặc MM/YYYY)", "Letter date (DD/MM/YYYY or MM/YYYY)"),
    "docs.bad_date": (
        "Ngày “{value}” không đúng dạng DD/MM/YYYY hoặc MM/YYYY.",
        "The date “{value}” is not DD/MM/YYYY or MM/YYYY.",
    ),
    "docs.year": ("Năm", "Year"),
    "docs.kind.roadmap": (
        "Phụ lục 5 – Lộ trình khen cao (đề nghị trong năm và lộ trình)",
        "Appendix 5 – High-award roadmap (the year's proposals and the roadmap)",
    ),
    "docs.kind.focal-units": (
        "Phụ lục 1 – Danh sách đơn vị đầu mối",
        "Appendix 1 – Focal units",
    ),
    "docs.kind.bonus-criteria": (
        "Phụ lục 2 – Tiêu chí điểm thưởng khối phường",
        "Appendix 2 – Ward bonus criteria",
    ),
    "docs.kind.eligibility": (
        "Kết quả kiểm tra điều kiện từng đề nghị (căn cứ pháp lý)",
        "Eligibility of each proposal (with the legal sources)",
    ),
    "docs.unavailable": ("Chưa xuất được: {reason}", "Not available: {reason}"),
    "docs.written": ("Đã ghi {file}: {summary}.", "Wrote {file}: {summary}."),
    "docs.import": ("Nhập phụ lục (.docx, .xlsx)", "Import an appendix (.docx, .xlsx)"),
    "docs.import_help": (
        "Phụ lục 1, 2, 5 của công văn (bản Word hoặc Excel) được đọc và hiển thị trước; "
        "chỉ ghi khi bấm xác nhận, và ghi toàn bộ hoặc không ghi gì.",
        "Appendices 1, 2 and 5 of a letter (Word or Excel) are read and shown first; "
        "nothing is written until you confirm, and then all of it or nothing.",
    ),
    "docs.file": ("Tệp: {file}", "File: {file}"),
    "docs.sections": ("Các phần của văn bản", "Parts of the document"),
    "docs.new_units": ("Đơn vị mới sẽ được tạo ({n})", "New units to be created ({n})"),
    "docs.no_new_units": (
        "Không tạo đơn vị mới: mọi đơn vị đã có trong kho.",
        "No new units: every unit is already in the store.",
    ),
    "docs.by_unit": ("Đọc được theo từng đơn vị", "Read, unit by unit"),
    "docs.focal_units": ("Đơn vị đầu mối (PL1)", "Focal units (PL1)"),
    "docs.bonus_criteria": ("Tiêu chí điểm thưởng (PL2)", "Bonus criteria (PL2)"),
    "docs.unread": ("Không đọc được ({n})", "Not read ({n})"),
    "docs.all_read": ("Đã đọc được toàn bộ nội dung.", "Everything was read."),
    "docs.problems": (
        "Không thể nhập: {n} lỗi; kho dữ liệu không thay đổi.",
        "Cannot import: {n} problems; the store is unchanged.",
    ),
    "docs.nothing_new": (
        "Không có gì mới: mọi nội dung của văn bản đã có trong kho.",
        "Nothing new: everything in the document is already in the store.",
    ),
    "docs.will_write": ("Sẽ ghi: {summary}.", "To be written: {summary}."),
    "docs.write": ("Ghi vào kho dữ liệu", "Write to the store"),
    "docs.write_question": (
        "Ghi vào kho dữ liệu {summary} đọc từ văn bản {file}?",
        "Write {summary}, read from the document {file}, to the store?",
    ),
    "docs.confirm_cli": (
        "Chưa ghi gì. Chạy lại với --yes để ghi.",
        "Nothing written yet. Run again with --yes to write.",
    ),
    "docs.imported": ("Đã ghi: {summary}.", "Written: {summary}."),
    "docs.new": STATUS_WORDS["new"],
    "docs.known": ("đã có", "known"),
    "docs.written_as": ("ghi trong văn bản", "written as"),
    "docs.target": ("mục tiêu", "target"),
    "docs.targets": ("Mục tiêu khen cao đọc được", "Targets read"),
    "docs.col.by_year": ("Đến năm", "By"),
    "docs.target_line": (
        "{section} {award} năm {year}{by}",
        "{section} {award} in {year}{by}",
    ),
    "docs.by_year": (", đến năm {year}", ", by {year}"),
    "docs.not_read": ("không đọc được", "not read"),
    "docs.count.cases": ("đề nghị được kiểm tra", "proposals checked"),
    "docs.count.eligible": ("đủ điều kiện", "eligible"),
    "docs.col.unit_id": ("Mã đơn vị", "Unit id"),
    "docs.col.unit_name": ("Tên đơn vị", "Unit"),
    "docs.col.kind": ("Loại", "Kind"),
    "docs.col.written_as": ("Ghi trong văn bản", "Written as"),
    "docs.col.line": ("Dòng ghi trong văn bản", "Line as written"),
    "docs.col.status": ("Trạng thái", "Status"),
    "docs.col.why": ("Lý do", "Why"),
    "docs.col.part": ("Phần", "Part"),
    "docs.col.content": ("Nội dung", "Content"),
}

CLI_TEXT: dict[str, tuple[str, str]] = {
    # khencao export-doc
    "docs.cannot_write": ("Không ghi được {file}: {error}", "Cannot write {file}: {error}"),
    "docs.format_and_suffix": (
        "--format {format} nhưng tệp ghi là .{suffix}",
        "--format {format} but the file is .{suffix}",
    ),
    "docs.unknown_suffix": (
        "Không ghi được tệp .{suffix}; dùng .docx hoặc .xlsx",
        "Cannot write .{suffix}; use .docx or .xlsx",
    ),
    "docs.eligibility_options": (
        "--unit, --target, --ruleset chỉ dùng với eligibility.",
        "--unit, --target and --ruleset go with eligibility only.",
    ),
    "docs.no_unit": ("Không có đơn vị “{unit}”{hint}.", "No unit “{unit}”{hint}."),
}
TEXT.update(CLI_TEXT)

# The section of a target (proposal, roadmap), as the document reader words it.
TEXT.update({f"section.{name}": words for name, words in SECTION_WORDS.items()})
