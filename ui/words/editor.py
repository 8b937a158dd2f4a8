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
        "Ghi bản sao của BỘ_TIÊU_CHUẨN, mang mã MÃ_MỚI, vào thư mục bộ tiêu chuẩn của "
        "cơ quan ($KHENCAO_RULES_DIR, không có thì rules/ trong thư mục dữ liệu của người "
        "dùng). Tệp được ghi trọn vẹn hoặc không ghi gì. Mã thoát 0; 1 nếu bị từ chối (mã "
        "đã có, trùng mã bộ có sẵn, mã không hợp lệ; không ghi gì); 2 nếu không có BỘ_TIÊU_CHUẨN "
        "hoặc không ghi được vào thư mục.",
        "Write a copy of RULESET, with the id NEW_ID, into the office's rules "
        "folder ($KHENCAO_RULES_DIR, else rules/ in the user data directory). The file is "
        "written whole or not at all. Exit 0; 1 if refused (the id exists, is a shipped "
        "ruleset's, or is not a valid id; nothing written); 2 if there is no RULESET or the "
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
    "metavar.new_id": ("MÃ_MỚI", "NEW_ID"),
    "metavar.title": ("TÊN", "TITLE"),
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
    # the rules editor (Quy định page)
    "editor.heading": ("Soạn bộ tiêu chuẩn của cơ quan", "The office's own rulesets"),
    "editor.help": (
        "Chép một bộ tiêu chuẩn thành bộ mới, sửa hoặc điền từng bậc và từng trích dẫn theo "
        "văn bản, rồi lưu vào thư mục bộ tiêu chuẩn của cơ quan ({folder}). Bộ có sẵn không "
        "sửa trực tiếp được: hãy chép trước.",
        "Copy a ruleset into a new one, change or complete each rung and each citation from "
        "the legal text, then save it in the office's rules folder ({folder}). A shipped "
        "ruleset cannot be edited in place: copy it first.",
    ),
    "editor.source": ("Bộ tiêu chuẩn", "Ruleset"),
    "editor.new_id": ("Mã của bộ mới", "Id of the new ruleset"),
    "editor.new_id_help": (
        "chữ thường không dấu, số và dấu gạch ngang, ví dụ luat-2022-hanoi",
        "lower-case letters, digits and hyphens, e.g. luat-2022-hanoi",
    ),
    "editor.copy": ("Chép thành bộ mới", "Copy as a new ruleset"),
    "editor.edit": ("Sửa bộ này", "Edit this ruleset"),
    "editor.shipped_read_only": (
        "Bộ có sẵn: chỉ chép được, không sửa trực tiếp.",
        "Shipped ruleset: it can be copied, not edited in place.",
    ),
    "editor.bad_id": (
        "“{id}” không dùng được làm mã: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.",
        "“{id}” cannot be an id: use lower-case letters, digits and hyphens.",
    ),
    "editor.id_taken": (
        "Đã có bộ tiêu chuẩn mang mã {id}; hãy chọn mã khác.",
        "A ruleset with the id {id} exists already; choose another id.",
    ),
    "editor.editing": ("Đang soạn {id} (từ {source})", "Editing {id} (from {source})"),
    "editor.part": ("Phần cần sửa", "Part to edit"),
    "editor.part_general": ("Thông tin chung", "General"),
    "editor.problems_in": ("Còn lỗi ở: {parts}", "Problems remain in: {parts}"),
    "editor.variant": ("Loại", "Kind"),
    "editor.remove": ("Bỏ", "Remove"),
    "editor.add": ("Thêm: {what}", "Add: {what}"),
    "editor.none": ("— không —", "— none —"),
    "editor.none_yet": ("Chưa có mục nào.", "Nothing here yet."),
    "editor.new_rung": ("Bậc khen cần thêm", "Rung to add"),
    "editor.new_key": ("Tên mục mới", "Name of the new entry"),
    "editor.bounds": ("từ {low} đến {high}", "from {low} to {high}"),
    "editor.verified": ("Tôi đã đối chiếu với văn bản", "I have checked this against the text"),
    "editor.verified_help": (
        "Chỉ đánh dấu sau khi đã đọc đúng điều, khoản trích dẫn và số liệu trên khớp với văn bản.",
        "Tick only after reading the cited article and clause and finding the numbers above "
        "match the text.",
    ),
    "editor.verified_needs_quote": (
        "Cần chép lời văn của điều khoản vào ô trích dẫn trước khi đánh dấu đã đối chiếu.",
        "Copy the words of the article into the quote before ticking it as checked.",
    ),
    "editor.tick_cleared": (
        "Yêu cầu này đã thay đổi sau khi được đánh dấu đối chiếu: hãy đối chiếu lại.",
        "This requirement changed after it was ticked as checked: check it again.",
    ),
    "editor.refused": (
        "Bộ tiêu chuẩn còn {count} lỗi; chưa lưu được cho đến khi sửa hết.",
        "The ruleset has {count} problems; it cannot be saved until all are fixed.",
    ),
    "editor.save": ("Lưu vào thư mục của cơ quan", "Save in the office's folder"),
    "editor.not_saved": (
        "Chưa lưu: còn lỗi ở các trường được đánh dấu. Không ghi gì.",
        "Not saved: problems remain at the fields marked. Nothing was written.",
    ),
    "editor.cannot_write": (
        "Không ghi được vào thư mục bộ tiêu chuẩn: {detail}. Không ghi gì.",
        "The rules folder cannot be written: {detail}. Nothing was written.",
    ),
    "editor.saved": (
        "Đã lưu bộ tiêu chuẩn {id}: {file}. Chọn nó ở thanh bên, hoặc dùng "
        "`--ruleset {id}` với khencao check và plan.",
        "Saved ruleset {id}: {file}. Choose it in the sidebar, or use `--ruleset {id}` with "
        "khencao check and plan.",
    ),
    # the fields of a ruleset, as the editor labels them
    "editor.field.id": ("Mã", "Id"),
    "editor.field.title": ("Tên", "Title"),
    "editor.field.vi": ("Tiếng Việt", "Vietnamese"),
    "editor.field.en": ("Tiếng Anh", "English"),
    "editor.field.jurisdiction": ("Phạm vi áp dụng", "Jurisdiction"),
    "editor.field.period": ("Thời gian áp dụng (năm đề nghị)", "Period (proposal years)"),
    "editor.field.first": ("Từ năm", "From year"),
    "editor.field.last": ("Đến năm", "To year"),
    "editor.field.precedence": ("Mức ưu tiên", "Precedence"),
    "editor.field.sources": ("Nguồn trích dẫn đặt tên", "Named sources"),
    "editor.field.accumulation": ("Thành tích được tích luỹ", "What accumulates"),
    "editor.field.ministry_awards_count": (
        "Khen thưởng cấp bộ được tính",
        "Ministry-level awards count",
    ),
    "editor.field.ministry_equivalents": (
        "Khen thưởng cấp bộ tính như",
        "Ministry-level award counts as",
    ),
    "editor.field.basis": ("Loại thành tích được tính", "Bases that count"),
    "editor.field.collective": ("Tập thể", "Collectives"),
    "editor.field.individual": ("Cá nhân", "Individuals"),
    "editor.field.note": ("Ghi chú", "Note"),
    "editor.field.base": ("Khen thưởng làm căn cứ", "Base awards"),
    "editor.field.award": ("Hình thức khen", "Award"),
    "editor.field.awards": ("Các hình thức khen được tính", "Awards that count"),
    "editor.field.enabled_by": ("Chỉ áp dụng khi bật thiết lập", "Applies only with setting"),
    "editor.field.continuity": ("Liên tục", "Continuity"),
    "editor.field.rating": ("Mức xếp loại mỗi năm", "Yearly rating"),
    "editor.field.gap_years": ("Số năm liên tục tối thiểu", "Consecutive years at least"),
    "editor.field.window_options": ("Trong thời gian đó, đạt một trong", "In that time, one of"),
    "editor.field.flag_ineligible_options": (
        "Tập thể không thuộc đối tượng tặng cờ: đạt một trong",
        "A collective not eligible for flags: one of",
    ),
    "editor.field.any_of": ("Phương án", "Option"),
    "editor.field.terms": ("Điều kiện (cùng lúc)", "Terms (all at once)"),
    "editor.field.count": ("Số lần", "Count"),
    "editor.field.consecutive_years": ("Các năm liên tục", "Consecutive years"),
    "editor.field.operating_age": ("Thời gian thành lập", "Founding age"),
    "editor.field.min_years": ("Số năm tối thiểu", "Years at least"),
    "editor.field.cite": ("Trích dẫn", "Citation"),
    "editor.field.document": ("Văn bản", "Document"),
    "editor.field.article": ("Điều", "Article"),
    "editor.field.clause": ("Khoản", "Clause"),
    "editor.field.point": ("Điểm", "Point"),
    "editor.field.section": ("Mục", "Section"),
    "editor.field.quote": ("Trích nguyên văn", "Quote"),
    # fields of the 2022 Law's shape (routes of a rung, rules not entered, principles)
    "editor.field.routes": ("Các cách đạt (tuyến)", "Routes"),
    "editor.field.name": ("Tên gọi", "Name"),
    "editor.field.unknown": (
        "Quy định chưa được nhập (bỏ chọn để nhập)",
        "Rule not entered yet (untick to enter it)",
    ),
    "editor.field.articles": ("Điều khoản cần tra", "Articles to look up"),
    "editor.field.or_better": ("Hoặc mức cao hơn", "Or better"),
    "editor.field.higher": (
        "Trong đó, số năm ở mức cao hơn",
        "Of which, years at a higher rating",
    ),
    "editor.field.principles": ("Nguyên tắc", "Principles"),
    "editor.field.text": ("Nội dung", "Text"),
    "editor.field.applied_by": ("Áp dụng tại", "Applied by"),
}
