"""Words of the app's shell, of the record pages (Đơn vị, Dữ liệu) and of the record
commands (load, units, history, import, export), and the words for codes of the
record (a unit's kind, an award's level)."""

TEXT: dict[str, tuple[str, str]] = {
    # shell
    "app.title": ("Khen cao – Thi đua khen thưởng", "Khen cao – Emulation and commendation"),
    "app.language": ("Ngôn ngữ", "Language"),
    "app.store": ("Kho dữ liệu", "Store"),
    "app.load_longbien": ("Nạp dữ liệu mẫu Long Biên 2020", "Load the Long Biên 2020 sample set"),
    "app.loaded": ("Đã nạp bộ dữ liệu Long Biên 2020.", "The Long Biên 2020 set is loaded."),
    "app.already_loaded": (
        "Kho đã có đủ bộ dữ liệu Long Biên 2020.",
        "The store already holds the Long Biên 2020 set.",
    ),
    "app.store_error": ("Không mở được kho dữ liệu: {error}", "Cannot open the store: {error}"),
    "app.load_question": (
        "Nạp bộ dữ liệu mẫu Long Biên 2020 ({summary}) vào kho {store}?",
        "Load the Long Biên 2020 sample set ({summary}) into the store {store}?",
    ),
    "app.failed": (
        "Trang này gặp một lỗi ngoài dự kiến nên chưa hiển thị được. Chi tiết đã được ghi vào "
        "nhật ký của máy chủ; hãy báo cho người quản trị ứng dụng.",
        "This page met an unexpected error and could not be shown. The details are in the "
        "server log; please tell whoever runs the app.",
    ),
    # confirmations and uploads, on every page
    "confirm.yes": ("Xác nhận", "Confirm"),
    "confirm.no": ("Huỷ", "Cancel"),
    "entry.invalid": (
        "Không lưu: ô “{field}”: {detail}.",
        "Not saved: the field “{field}”: {detail}.",
    ),
    "upload.too_large": (
        "Tệp {file} nặng {size} MB, quá giới hạn {limit} MB cho một tệp tải lên nên không được "
        "đọc; kho dữ liệu không thay đổi.",
        "The file {file} is {size} MB, over the {limit} MB limit for an upload, so it was not "
        "read; the store is unchanged.",
    ),
    "app.empty_store": (
        "Kho dữ liệu đang trống. Bấm “Nạp dữ liệu mẫu Long Biên 2020” ở thanh bên, "
        "hoặc nhập tệp ở trang Dữ liệu.",
        "The store is empty. Press “Load the Long Biên 2020 sample set” in the sidebar, "
        "or import files on the Data page.",
    ),
    # pages
    "page.unit": ("Đơn vị", "Unit"),
    "page.data": ("Dữ liệu", "Data"),
    # unit page
    "unit.choose": ("Chọn đơn vị", "Choose a unit"),
    "unit.kind": ("Loại", "Kind"),
    "unit.block": ("Khối thi đua", "Emulation block"),
    "unit.flag_eligible": ("Được tặng cờ thi đua", "Eligible for flags"),
    "unit.founded": ("Năm thành lập", "Founded"),
    "unit.unknown": ("chưa rõ", "unknown"),
    "unit.yes": ("có", "yes"),
    "unit.no": ("không", "no"),
    "unit.history": ("Quá trình khen thưởng", "Award history"),
    "unit.timeline": ("Dòng thời gian", "Timeline"),
    "unit.no_history": (
        "Đơn vị chưa có thành tích nào được ghi nhận. Thêm ở trang Dữ liệu.",
        "No achievements recorded for this unit. Add them on the Data page.",
    ),
    "unit.rating_years": (
        "Năm hoàn thành xuất sắc nhiệm vụ (ghi nhận hoặc suy ra)",
        "Years rated HTXSNV (recorded or implied)",
    ),
    "unit.with_predecessors": (
        "Gồm cả thành tích của đơn vị đã sáp nhập vào",
        "Include units merged into this one",
    ),
    # columns
    "col.year": ("Năm", "Year"),
    "col.code": ("Mã", "Code"),
    "col.award": ("Danh hiệu, hình thức", "Award"),
    "col.holder": ("Đơn vị", "Holder"),
    "col.decision": ("Số quyết định", "Decision"),
    "col.source": ("Nguồn", "Source"),
    "col.level": ("Cấp", "Level"),
    "col.where": ("Vị trí", "Where"),
    "col.problem": ("Lỗi", "Problem"),
    # data page
    "data.import": ("Nhập dữ liệu từ tệp", "Import from files"),
    "data.import_help": (
        "Tệp CSV, Excel (.xlsx) hoặc JSON có các cột như tệp xuất. Dữ liệu được kiểm tra "
        "trước; chỉ khi không có lỗi nào mới được ghi, và ghi toàn bộ.",
        "CSV, Excel (.xlsx) or JSON files with the columns of an export. Everything is checked "
        "first; it is written only if there is no problem, and then all of it.",
    ),
    "data.problems": (
        "Không thể nhập: {n} lỗi. Sửa tệp rồi tải lên lại; kho dữ liệu không thay đổi.",
        "Cannot import: {n} problems. Fix the files and upload again; the store is unchanged.",
    ),
    "data.ready": ("Dữ liệu hợp lệ: {summary}.", "The data is valid: {summary}."),
    "data.write": ("Ghi vào kho dữ liệu", "Write to the store"),
    "data.written": ("Đã ghi: {summary}.", "Written: {summary}."),
    "data.write_question": (
        "Ghi vào kho dữ liệu {summary} từ tệp {files}?",
        "Write {summary} from {files} to the store?",
    ),
    "data.add": ("Thêm thành tích", "Add an achievement"),
    "data.holder": ("Đơn vị", "Holder"),
    "data.award": ("Danh hiệu, hình thức", "Award"),
    "data.year": ("Năm", "Year"),
    "data.decision_no": ("Số quyết định (nếu có)", "Decision number (if known)"),
    "data.note": ("Ghi chú", "Note"),
    "data.save": ("Lưu", "Save"),
    "data.saved": ("Đã lưu.", "Saved."),
    "data.add_question": (
        "Thêm thành tích {award} năm {year} cho {holder}?",
        "Add the achievement {award} {year} to {holder}?",
    ),
    "data.remove": ("Xoá thành tích ghi sai", "Remove a wrong achievement"),
    "data.remove_pick": ("Thành tích cần xoá", "Achievement to remove"),
    "data.remove_button": ("Xoá", "Remove"),
    "data.removed": ("Đã xoá.", "Removed."),
    "data.remove_question": (
        "Xoá thành tích {award} năm {year} của {holder}?",
        "Remove the achievement {award} {year} of {holder}?",
    ),
    "data.export": ("Xuất dữ liệu", "Export"),
    "data.nothing_to_remove": (
        "Đơn vị này chưa có thành tích nào.",
        "This holder has no achievements.",
    ),
    "count.units": ("đơn vị", "units"),
    "count.people": ("cá nhân", "people"),
    "count.achievements": ("thành tích", "achievements"),
    "count.blocks": ("khối thi đua", "blocks"),
    "count.focal_units": ("đơn vị đầu mối", "focal units"),
    "count.bonus_criteria": ("tiêu chí điểm thưởng", "bonus criteria"),
    "count.targets": ("mục tiêu", "targets"),
    # every command
    "cli.refused": (
        "Không ghi gì: dữ liệu có lỗi",
        "Nothing was written: the input has problems",
    ),
    "cli.unexpected": (
        "Lỗi không lường trước trong khencao ({what}). Hãy báo lại cho người quản trị; "
        "chạy lại với KHENCAO_DEBUG=1 để xem chi tiết.",
        "An unexpected fault in khencao ({what}). Please report it; run again "
        "with KHENCAO_DEBUG=1 to see where it happened.",
    ),
    "cli.nearest": ("gần nhất là", "nearest"),
    "cli.wrote": ("Đã ghi {file}", "Wrote {file}"),
    "cli.checked_only": ("Chưa ghi gì (--check).", "Nothing written (--check)."),
    # load, units, history, import, export
    "records.replaced": (
        "Đã thay toàn bộ kho dữ liệu bằng {name}. Trước: {units} đơn vị, {achievements} thành "
        "tích, {targets} mục tiêu; nay: {new_units} đơn vị, {new_achievements} thành tích, "
        "{new_targets} mục tiêu.",
        "Replaced the whole record with {name}. Before: {units} units, {achievements} "
        "achievements, {targets} targets; now: {new_units} units, {new_achievements} "
        "achievements, {new_targets} targets.",
    ),
    "records.already_loaded": (
        "Kho dữ liệu đã có đủ bộ {name}; không ghi thêm gì.",
        "The store already holds the {name} set; nothing written.",
    ),
    "records.loaded": (
        "Đã nạp {name}: {units} đơn vị, {achievements} thành tích, {targets} mục tiêu.",
        "Loaded {name}: {units} units, {achievements} achievements, {targets} targets.",
    ),
    "records.no_units": (
        "Chưa có đơn vị nào. Nạp dữ liệu mẫu: khencao load",
        "No units yet. Load the sample set: khencao load",
    ),
    "records.unknown_holder": (
        "Không có đơn vị hoặc cá nhân “{text}”{hint}. Xem danh sách: khencao units",
        "No unit or person “{text}”{hint}. See the list: khencao units",
    ),
    "records.no_history": ("Chưa ghi nhận thành tích nào.", "No achievements recorded."),
    "records.imported": ("Đã nhập: {done}.", "Imported: {done}."),
    "records.cannot_write": (
        "Không ghi được {file} ({error}); hãy chọn nơi ghi được (-o TỆP).",
        "Cannot write {file} ({error}); choose a writable place (-o FILE).",
    ),
    "units.col_id": ("Mã", "Id"),
    "units.col_name": ("Tên đơn vị", "Name"),
    "units.col_flag": ("Được tặng cờ", "Flag-eligible"),
    "col.block": ("Khối", "Block"),
    "cli.bad_year": (
        "{option} {value}: không phải năm trong khoảng {low}–{high}",
        "{option} {value}: not a year between {low} and {high}",
    ),
    # codes of the record
    "unit_kind.district": ("Quận, huyện", "District"),
    "unit_kind.ward": ("Phường, xã", "Ward"),
    "unit_kind.department": ("Phòng, ban chuyên môn", "Department"),
    "unit_kind.party_body": ("Cơ quan Đảng", "Party body"),
    "unit_kind.council_body": ("Ban của HĐND", "People's Council board"),
    "unit_kind.mass_organisation": ("Mặt trận, đoàn thể", "Mass organisation"),
    "unit_kind.public_service": ("Đơn vị sự nghiệp", "Public service unit"),
    "unit_kind.state_branch": ("Cơ quan ngành dọc", "Vertically managed agency"),
    "unit_kind.armed_force": ("Lực lượng vũ trang", "Armed force"),
    "unit_kind.other": ("Khác", "Other"),
    "award_level.unit": ("Cơ sở", "Unit"),
    "award_level.district": ("Quận, huyện", "District"),
    "award_level.city": ("Thành phố", "City"),
    "award_level.ministry": ("Bộ, ngành", "Ministry"),
    "award_level.government": ("Chính phủ", "Government"),
    "award_level.state": ("Nhà nước", "State"),
}
