"""Words of the 2022 Law's ruleset: rules not entered yet, routes of a rung."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "help.exit_not_entered": (
        "check, plan: quy định cho bậc này chưa được nhập trong bộ tiêu chuẩn (ghi rõ điều, "
        "khoản cần tra); không có kết luận",
        "check, plan: the rule for this rung is not entered in the ruleset yet (the articles "
        "to look up are named); no answer is given",
    ),
    "law.not_entered": ("Quy định chưa được nhập", "The rule is not entered yet"),
    "law.route_explained": (
        "Tiêu chuẩn có nhiều tuyến; giải thích theo {route}. Các tuyến khác:",
        "The standard has several routes; explained by {route}. The other routes:",
    ),
    "law.route": ("Tuyến", "Route"),
    "law.ruleset_used": ("Bộ tiêu chuẩn: {title} ({id})", "Ruleset: {title} ({id})"),
    "law.articles": ("Cần tra: {articles}", "Look up: {articles}"),
    "law.or_better": ("trở lên", "or better"),
    "law.higher": (
        ", trong đó có từ {years} năm {rating} trở lên",
        ", of which {years} years or more {rating}",
    ),
}
