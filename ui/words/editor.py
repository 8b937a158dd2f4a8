"""Words of the office's rulesets: `khencao rules list|show|copy|validate` and the
rules editor of the Quy định page."""

TEXT: dict[str, tuple[str, str]] = {
    # khencao rules list|show|copy|validate
    "help.rules_list": (
        "liệt kê các bộ tiêu chuẩn: có sẵn và của cơ quan, thời gian áp dụng, số yêu cầu "
        "đã đối chiếu",
        "list the rulesets, shipped and the office's, with their period and how many "
        "requirements are verified",
    ),
    "help.rules_list_description": (
        "Mọi bộ tiêu chuẩn các lệnh đang dùng: bộ có sẵn trong khencao và bộ của cơ quan "
        "(trong $KHENCAO_RULES_DIR, không có thì thư mục rules/ trong thư mục dữ liệu của "
        "người dùng). Mã thoát 0; 1 nếu một tệp bộ tiêu chuẩn có lỗi (liệt kê từng lỗi).",
        "Every ruleset the commands use: those shipped with khencao and the office's own "
        "(in $KHENCAO_RULES_DIR, else rules/ in the user data directory). Exit 0; 1 if a "
        "ruleset file has problems (each is listed).",
    ),
    "help.rules_show": (
        "in một bộ tiêu chuẩn (YAML, hoặc JSON với --json)",
        "print one ruleset (YAML, or JSON with --json)",
    ),
    "help.rules_show_description": (
        "In toàn bộ một bộ tiêu chuẩn, dạng đầy đủ, cùng nơi nó được đọc. Mã thoát 0; 2 nếu "
        "không có bộ tiêu chuẩn mang mã đó.",
        "Print a whole ruleset in its full form, with where it was read from. Exit 0; 2 if "
        "no ruleset has that id.",
    ),
    "help.rules_show_id": ("mã bộ tiêu chuẩn, ví dụ hanoi-2018", "ruleset id, e.g. hanoi-2018"),
    "help.rules_copy": (
        "chép một bộ tiêu chuẩn thành bộ mới của cơ quan, để sửa",
        "copy a ruleset into a new one of the office's, to edit",
    ),
    "help.rules_copy_description": (
        "Ghi bản sao của bộ tiêu chuẩn NGUỒN, mang mã MÃ_MỚI, vào thư mục bộ tiêu chuẩn của "
        "cơ quan ($KHENCAO_RULES_DIR, không có thì rules/ trong thư mục dữ liệu của người "
        "dùng). Tệp được ghi trọn vẹn hoặc không ghi gì. Mã thoát 0; 1 nếu bị từ chối (mã "
        "đã có, trùng mã bộ có sẵn, mã không hợp lệ; không ghi gì); 2 nếu không có bộ NGUỒN "
        "hoặc không ghi được vào thư mục.",
        "Write a copy of the SOURCE ruleset, with the id NEW_ID, into the office's rules "
        "folder ($KHENCAO_RULES_DIR, else rules/ in the user data directory). The file is "
        "written whole or not at all. Exit 0; 1 if refused (the id exists, is a shipped "
        "ruleset's, or is not a valid id; nothing written); 2 if there is no SOURCE or the "
        "folder cannot be written.",
    ),
    "help.rules_copy_source": (
        "bộ tiêu chuẩn được chép, ví dụ hanoi-2018",
        "ruleset to copy, e.g. hanoi-2018",
    ),
    "help.rules_copy_new_id": (
        "mã của bộ mới: chữ thường không dấu, số, dấu gạch ngang (ví dụ luat-2022-hanoi)",
        "id of the new ruleset: lower-case letters, digits, hyphens (e.g. luat-2022-hanoi)",
    ),
    "help.rules_copy_title": (
        "tên của bộ mới (mặc định: tên bộ nguồn, ghi là bản sao)",
        "title of the new ruleset (default: the source's, marked as a copy)",
    ),
    "help.rules_copy_force": (
        "ghi đè bộ tiêu chuẩn của cơ quan đã có mã này",
        "replace the office's ruleset that already has this id",
    ),
    "help.rules_validate": (
        "kiểm tra một tệp bộ tiêu chuẩn như khi nạp; liệt kê mọi lỗi tại trường của nó",
        "check a ruleset file as loading does; list every problem at its field",
    ),
    "help.rules_validate_description": (
        "Kiểm tra trọn một tệp bộ tiêu chuẩn: cú pháp YAML, cấu trúc, mọi mã danh hiệu theo "
        "danh mục, đối tượng được tặng, mã trùng bộ có sẵn. Mỗi lỗi một câu, kèm dòng và "
        "đường dẫn trường. Mã thoát 0 nếu hợp lệ; 1 nếu có lỗi.",
        "Check a whole ruleset file: YAML syntax, shape, every award code against the "
        "catalogue, who may receive what, an id a shipped ruleset has. One sentence a "
        "problem, with its line and field path. Exit 0 if valid; 1 if not.",
    ),
    "help.rules_validate_file": ("tệp bộ tiêu chuẩn (.yaml)", "the ruleset file (.yaml)"),
    "rules_files.col_id": ("Mã", "Id"),
    "rules_files.col_origin": ("Nguồn", "Origin"),
    "rules_files.col_period": ("Áp dụng", "Period"),
    "rules_files.col_precedence": ("Ưu tiên", "Precedence"),
    "rules_files.col_verified": ("Đã đối chiếu", "Verified"),
    "rules_files.col_title": ("Tên", "Title"),
    "rules_files.shipped": ("có sẵn", "shipped"),
    "rules_files.office": ("của cơ quan", "office"),
    "rules_files.folder": (
        "Thư mục bộ tiêu chuẩn của cơ quan: {folder}",
        "The office's rules folder: {folder}",
    ),
    "rules_files.copied": (
        "Đã chép {source} thành {id}: {file}",
        "Copied {source} as {id}: {file}",
    ),
    "rules_files.copy_refused": ("Không chép được", "Not copied"),
    "rules_files.bad_id": (
        "“{id}” không dùng được làm mã: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, "
        "bắt đầu bằng chữ hoặc số; không ghi gì",
        "“{id}” cannot be an id: use lower-case letters, digits and hyphens, starting with a "
        "letter or digit; nothing was written",
    ),
    "rules_files.cannot_write": (
        "Không ghi được vào thư mục {folder}: {detail}; không ghi gì",
        "Cannot write into the folder {folder}: {detail}; nothing was written",
    ),
    "rules_files.invalid": ("Tệp bộ tiêu chuẩn có lỗi", "The ruleset file has problems"),
    "rules_files.valid": (
        "{file}: hợp lệ — bộ tiêu chuẩn {id}, áp dụng {period}, {done}/{total} yêu cầu đã "
        "đối chiếu với văn bản",
        "{file}: valid — ruleset {id}, period {period}, {done}/{total} requirements verified "
        "against the text",
    ),
}
