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
        "Tệp CSV, Excel (.xlsx) hoặc JSON: các cột như tệp xuất, hoặc bảng văn phòng vẫn dùng "
        "(STT, Tên đơn vị, Năm, Hình thức khen thưởng, Số quyết định, Ngày quyết định, Ghi chú), "
        "ghi đơn vị và danh hiệu bằng tên. Dữ liệu được kiểm tra và xem trước; chỉ khi không có "
        "lỗi nào mới được ghi, và ghi toàn bộ. Dòng đã có trong kho không bị tính là lỗi.",
        "CSV, Excel (.xlsx) or JSON files: the columns of an export, or the table offices keep "
        "(STT, Tên đơn vị, Năm, Hình thức khen thưởng, Số quyết định, Ngày quyết định, Ghi chú), "
        "with units and awards by name. Everything is checked and shown first; it is written only "
        "if there is no problem, and then all of it. Rows already in the store are not errors.",
    ),
    "data.problems": (
        "Không thể nhập: {n} lỗi. Sửa tệp rồi tải lên lại; kho dữ liệu không thay đổi.",
        "Cannot import: {n} problems. Fix the files and upload again; the store is unchanged.",
    ),
    "data.preview": (
        "**Xem trước:** từng dòng sẽ được đọc như sau (chưa ghi gì).",
        "**Preview:** every row as it will be read (nothing written yet).",
    ),
    "data.templates": (
        "Mẫu Excel để điền rồi nhập: tiêu đề cột tiếng Việt, hướng dẫn, danh sách thả xuống các "
        "đơn vị và danh hiệu.",
        "Excel templates to fill in and import: Vietnamese headers, instructions, drop-down "
        "lists of the units and awards.",
    ),
    "data.template_achievements": ("Mẫu danh sách thành tích", "Achievements template"),
    "data.template_units": ("Mẫu danh sách đơn vị", "Units template"),
    "data.template_people": ("Mẫu danh sách cá nhân", "People template"),
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
    "count.scores": ("điểm chấm", "scores"),
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
    "records.import_rows": (
        "Dòng mới: {new}; đã có trong kho: {unchanged}; bị từ chối: {refused}.",
        "New rows: {new}; already in the store: {unchanged}; refused: {refused}.",
    ),
    "records.nothing_new": (
        "Không có gì mới để ghi: mọi dòng đều đã có trong kho; kho dữ liệu không thay đổi.",
        "Nothing new to write: every row is already in the store; the store is unchanged.",
    ),
    "records.dry_run": (
        "Chưa ghi gì (--dry-run). Chạy lại không có --dry-run để ghi: ghi toàn bộ hoặc không "
        "ghi gì.",
        "Nothing written (--dry-run). Run again without --dry-run to write it: all or nothing.",
    ),
    "preview.col_place": ("Tệp:dòng", "File:row"),
    "preview.col_holder": ("Đơn vị, cá nhân", "Unit or person"),
    "preview.col_award": ("Danh hiệu, hình thức", "Award"),
    "preview.col_date": ("Ngày quyết định", "Decision date"),
    "preview.col_status": ("Tình trạng", "Status"),
    "preview.col_file": ("Tệp", "File"),
    "preview.col_row": ("Dòng", "Row"),
    "preview.status.new": ("mới", "new"),
    "preview.status.unchanged": ("đã có", "already there"),
    "preview.status.refused": ("bị từ chối", "refused"),
    "instructions.achievements": (
        "Hướng dẫn điền danh sách thành tích\n"
        "1. Mỗi dòng là một thành tích của một đơn vị hoặc cá nhân trong một năm. Giữ nguyên "
        "dòng tiêu đề của trang “Thành tích”.\n"
        "2. Tên đơn vị: chọn trong danh sách thả xuống, hoặc gõ tên như văn bản vẫn ghi, có dấu "
        "hoặc không dấu (“Phòng Y tế”, “Phong Y te”). Cá nhân ghi kèm đơn vị: “Nguyễn Văn A – "
        "Phòng Y tế”.\n"
        "3. Năm: năm đạt thành tích, bốn chữ số, không sau năm hiện tại (năm dự kiến đề nghị "
        "khen không phải là năm đạt thành tích).\n"
        "4. Hình thức khen thưởng: chọn trong danh sách, hoặc ghi mã (BK_TP) hay tên thường dùng "
        "(“Bằng khen UBND TP”, “HTXSNV”, “Huân chương Lao động hạng Ba”). Nhiều hình thức trong "
        "một ô thì cách nhau bằng dấu “;”.\n"
        "5. Số quyết định, ngày quyết định (ngày/tháng/năm, ví dụ 15/01/2020) và ghi chú: ghi nếu "
        "có.\n"
        "6. Nhập: “khencao import TỆP --dry-run” để xem trước từng dòng, rồi “khencao import "
        "TỆP” để ghi; hoặc trang Dữ liệu của ứng dụng. Dữ liệu được ghi toàn bộ hoặc không ghi "
        "gì; dòng đã có trong kho được tính là “đã có”, không ghi lại.\n"
        "7. Không sửa hai trang “Hướng dẫn” và “Danh mục”: khi nhập, hai trang này được bỏ qua.",
        "How to fill in the list of achievements\n"
        "1. One row is one achievement of a unit or a person in one year. Keep the header row "
        "of the sheet “Thành tích” as it is.\n"
        "2. Tên đơn vị (unit): pick from the drop-down list, or type the name as documents write "
        "it, with or without diacritics (“Phòng Y tế”, “Phong Y te”). A person with their unit: "
        "“Nguyễn Văn A – Phòng Y tế”.\n"
        "3. Năm (year): the year the achievement was earned, four digits, not after the current "
        "year (the year it is proposed for is not the year it was earned).\n"
        "4. Hình thức khen thưởng (award): pick from the list, or write its code (BK_TP) or the "
        "words offices use (“Bằng khen UBND TP”, “HTXSNV”, “Huân chương Lao động hạng Ba”). "
        "Several awards in one cell are separated by “;”.\n"
        "5. Số quyết định, Ngày quyết định (decision number and date, day/month/year such as "
        "15/01/2020) and Ghi chú (note): if known.\n"
        "6. Import: “khencao import FILE --dry-run” shows every row first, then “khencao import "
        "FILE” writes it; or the app's Data page. All or nothing is written; rows already in the "
        "store are counted as “already there” and not written again.\n"
        "7. Leave the sheets “Hướng dẫn” and “Danh mục” as they are: the import passes over them.",
    ),
    "instructions.units": (
        "Hướng dẫn điền danh sách đơn vị\n"
        "1. Mỗi dòng là một đơn vị (tập thể). Giữ nguyên dòng tiêu đề của trang “Đơn vị”.\n"
        "2. Mã đơn vị: chữ thường không dấu, chữ số và dấu gạch ngang, không trùng mã đã có "
        "(ví dụ phong-y-te).\n"
        "3. Tên đơn vị: tên chính thức. Tên khác: các tên khác mà văn bản dùng, cách nhau bằng "
        "dấu “|”.\n"
        "4. Loại: chọn trong danh sách (district: quận, huyện; ward: phường, xã; department: "
        "phòng, ban chuyên môn; party_body: cơ quan Đảng; council_body: ban của HĐND; "
        "mass_organisation: mặt trận, đoàn thể; public_service: đơn vị sự nghiệp; state_branch: "
        "cơ quan ngành dọc; armed_force: lực lượng vũ trang; other: khác).\n"
        "5. Đơn vị cấp trên, khối thi đua: chọn mã trong danh sách. Được tặng cờ: true hoặc "
        "false. Năm thành lập: ghi nếu biết.\n"
        "6. Nhập: “khencao import TỆP --dry-run” để xem trước, rồi “khencao import TỆP”; hoặc "
        "trang Dữ liệu của ứng dụng. Ghi toàn bộ hoặc không ghi gì.\n"
        "7. Không sửa hai trang “Hướng dẫn” và “Danh mục”: khi nhập, hai trang này được bỏ qua.",
        "How to fill in the list of units\n"
        "1. One row is one unit (collective). Keep the header row of the sheet “Đơn vị” as it "
        "is.\n"
        "2. Mã đơn vị (id): lowercase letters without diacritics, digits and hyphens, not an id "
        "already taken (e.g. phong-y-te).\n"
        "3. Tên đơn vị (name): the official name. Tên khác (other names): the other names "
        "documents use, separated by “|”.\n"
        "4. Loại (kind): pick from the list (district, ward, department, party_body, "
        "council_body, mass_organisation, public_service, state_branch, armed_force, other).\n"
        "5. Đơn vị cấp trên (parent), Khối thi đua (block): pick an id from the list. Được tặng "
        "cờ (flag-eligible): true or false. Năm thành lập (founded): if known.\n"
        "6. Import: “khencao import FILE --dry-run” shows it first, then “khencao import FILE”; "
        "or the app's Data page. All or nothing is written.\n"
        "7. Leave the sheets “Hướng dẫn” and “Danh mục” as they are: the import passes over them.",
    ),
    "instructions.people": (
        "Hướng dẫn điền danh sách cá nhân\n"
        "1. Mỗi dòng là một cá nhân. Giữ nguyên dòng tiêu đề của trang “Cá nhân”.\n"
        "2. Mã cá nhân: chữ thường không dấu, chữ số và dấu gạch ngang, không trùng mã đơn vị hay "
        "cá nhân đã có (ví dụ nguyen-van-a-phong-y-te).\n"
        "3. Họ và tên; Đơn vị: chọn trong danh sách hoặc gõ tên đơn vị; Chức vụ: ghi nếu có.\n"
        "4. Hai người cùng tên trong một đơn vị: thêm vào tên điều phân biệt hai người, ví dụ "
        "“(sinh 1980)”.\n"
        "5. Nhập: “khencao import TỆP --dry-run” để xem trước, rồi “khencao import TỆP”; hoặc "
        "trang Dữ liệu của ứng dụng. Ghi toàn bộ hoặc không ghi gì.\n"
        "6. Không sửa hai trang “Hướng dẫn” và “Danh mục”: khi nhập, hai trang này được bỏ qua.",
        "How to fill in the list of people\n"
        "1. One row is one person. Keep the header row of the sheet “Cá nhân” as it is.\n"
        "2. Mã cá nhân (id): lowercase letters without diacritics, digits and hyphens, not an id "
        "of a unit or person already taken (e.g. nguyen-van-a-phong-y-te).\n"
        "3. Họ và tên (name); Đơn vị (unit): pick from the list or type the unit's name; Chức vụ "
        "(position): if known.\n"
        "4. Two people of one unit with the same name: add to the name what tells them apart, "
        "e.g. “(sinh 1980)”.\n"
        "5. Import: “khencao import FILE --dry-run” shows it first, then “khencao import FILE”; "
        "or the app's Data page. All or nothing is written.\n"
        "6. Leave the sheets “Hướng dẫn” and “Danh mục” as they are: the import passes over them.",
    ),
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
