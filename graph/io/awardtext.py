"""Reads the free-text award lines of emulation documents.

Councils write histories as lines such as "- 2014, 2015, 2018: Cờ thi đua TP",
"Bằng khen UBND Thành phố năm 2011, 2015, 2016;" or "Cờ thi đua TTCP, UBND TP 2016".
`parse_award_text` turns such text into (award code, year) pairs and returns,
beside them, every fragment it could not read, so that nothing is dropped
silently.

The grammar: an item (a line, or a part of a line between ";") is either
"YEARS: AWARDS" or "AWARDS [năm] YEARS". AWARDS is a comma-separated list; a
part that names only an issuer ("UBND TP" after "Cờ thi đua TTCP") reuses the
head noun (Cờ thi đua, Bằng khen) of the part before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from graph.catalogue import Catalogue
from graph.models import MAX_YEAR, MIN_YEAR

YEAR = r"(?:19|20|21)[0-9]{2}"
YEAR_LIST = rf"{YEAR}(?:\s*(?:,|và|&|;)\s*{YEAR})*"
YEARS_FIRST = re.compile(rf"^(?:năm\s+)?(?P<years>{YEAR_LIST})\s*:\s*(?P<awards>.+)$")
# Something written as a year that is not one: "20199", "２０１９", "2_019", "2O19".
YEAR_LIKE = re.compile(r"\d[\d_o]{3,}")
YEARS_LAST = re.compile(rf"^(?P<awards>.+?)\s*(?:,\s*)?(?:năm\s+)?(?P<years>{YEAR_LIST})$")

# Awards named by a fixed phrase (after normalisation: lower case, no quotes,
# no "danh hiệu"). Longest phrases are tried first.
FIXED_PHRASES: dict[str, str] = {
    "hoàn thành xuất sắc nhiệm vụ": "HTXSNV",
    "htxsnv": "HTXSNV",
    "hoàn thành tốt nhiệm vụ": "HTTNV",
    "httnv": "HTTNV",
    "không hoàn thành nhiệm vụ": "KHTNV",
    "khtnv": "KHTNV",
    "hoàn thành nhiệm vụ": "HTNV",
    "htnv": "HTNV",
    "tập thể lao động xuất sắc": "TTLDXS",
    "tập thể lđxs": "TTLDXS",
    "ttlđxs": "TTLDXS",
    "ttldxs": "TTLDXS",
    "tập thể lao động tiên tiến": "TTLDTT",
    "tập thể lđtt": "TTLDTT",
    "ttlđtt": "TTLDTT",
    "ttldtt": "TTLDTT",
    "lao động tiên tiến": "LDTT",
    "lđtt": "LDTT",
    "chiến sĩ thi đua cơ sở": "CSTD_CS",
    "cstđcs": "CSTD_CS",
    "chiến sĩ thi đua cấp thành phố": "CSTD_TP",
    "chiến sĩ thi đua thành phố": "CSTD_TP",
    "chiến sĩ thi đua toàn quốc": "CSTD_TQ",
    "giấy khen": "GK",
    "sáng kiến cấp cơ sở": "SKKN_CS",
    "skkn cấp cơ sở": "SKKN_CS",
    "sáng kiến cấp thành phố": "SKKN_TP",
    "skkn cấp thành phố": "SKKN_TP",
    "skkn cấp tp": "SKKN_TP",
}

ORDER_CLASSES = {
    "nhất": "HCLD1",
    "nhì": "HCLD2",
    "ba": "HCLD3",
    "1": "HCLD1",
    "2": "HCLD2",
    "3": "HCLD3",
    "i": "HCLD1",
    "ii": "HCLD2",
    "iii": "HCLD3",
}
LABOUR_ORDER = re.compile(r"^(?:huân chương lao động|hclđ|hcld)\s+hạng\s+(\S+)$")

# Head nouns of commendations and flags, and the issuers that fix their level.
HEADS = {"cờ thi đua": "flag", "cờ": "flag", "bằng khen": "certificate", "bk": "certificate"}
GOVERNMENT = {"chính phủ", "ttcp", "thủ tướng chính phủ", "thủ tướng", "ttg", "cp"}
CITY = {
    "tp",
    "thành phố",
    "ubnd tp",
    "ubndtp",
    "ubnd thành phố",
    "ubnd tp hà nội",
    "ubnd thành phố hà nội",
    "chủ tịch ubnd tp",
    "chủ tịch ubnd thành phố",
    "hà nội",
}
MINISTRY_PREFIXES = ("bộ ", "tw ", "trung ương ", "tổng liên đoàn", "ban chấp hành trung ương")
CODES = {
    ("flag", "government"): "CO_CP",
    ("flag", "city"): "CO_TP",
    ("flag", "ministry"): "CO_BO",
    ("certificate", "government"): "BK_TTG",
    ("certificate", "city"): "BK_TP",
    ("certificate", "ministry"): "BK_BO",
}


@dataclass(frozen=True)
class ReadAward:
    award: str
    year: int
    text: str  # the item as written
    line: int  # 1-based line of the text it came from


@dataclass(frozen=True)
class Unread:
    text: str
    line: int
    reason: str  # "no_year" | "bad_year" | "year_range" | "unknown_award" | "no_award"


@dataclass
class ParseResult:
    awards: list[ReadAward] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)

    def pairs(self) -> list[tuple[str, int]]:
        return [(a.award, a.year) for a in self.awards]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[“”\"'‘’«»]", "", text)
    text = re.sub(r"\bdanh hiệu\b", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .;,-–•+*\t")


def parse_award_text(text: str) -> ParseResult:
    """All awards and years in a cell of free text, and what could not be read."""
    result = ParseResult()
    for number, raw_line in enumerate(text.splitlines(), start=1):
        for item in _items(raw_line):
            _parse_item(item, number, result)
    return result


def _items(line: str) -> list[str]:
    """A line without its bullet, cut at ";" unless the ";" only separates years."""
    line = re.sub(r"^\s*[-–•+*]\s*", "", line).strip()
    if not line:
        return []
    parts, current = [], ""
    for piece in line.split(";"):
        if current and re.fullmatch(rf"\s*{YEAR_LIST}\s*[.]?\s*", piece):
            current += ";" + piece
        else:
            if current.strip():
                parts.append(current)
            current = piece
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts if normalise(p)]


def _parse_item(item: str, line: int, result: ParseResult) -> None:
    text = normalise(item)
    match = YEARS_FIRST.match(text) or YEARS_LAST.match(text)
    if match is None:
        if YEAR_LIKE.search(text):
            reason = "bad_year"
        else:
            reason = "no_year" if award_codes(text) else "no_award"
        result.unread.append(Unread(item, line, reason))
        return
    years = [int(y) for y in re.findall(YEAR, match["years"])]
    if not all(MIN_YEAR <= year <= MAX_YEAR for year in years):
        result.unread.append(Unread(item, line, "year_range"))
        return
    codes = award_codes(match["awards"])
    if not codes:
        result.unread.append(Unread(item, line, "unknown_award"))
        return
    for code in codes:
        for year in years:
            result.awards.append(ReadAward(code, year, item.strip(), line))


def award_codes(text: str) -> list[str]:
    """The award codes a phrase such as "Cờ thi đua TTCP, UBND TP" names, or []
    if any part of it cannot be read (a half-read phrase is not an answer)."""
    codes: list[str] = []
    head: str | None = None
    for part in (normalise(p) for p in normalise(text).split(",")):
        part = re.sub(r"\bcủa\b", " ", part)
        part = re.sub(r"\s+", " ", part).strip()
        code, part_head = _award_code(part)
        if code is None and head is not None:
            code = CODES.get((head, _issuer_level(part) or ""))
            part_head = head
        if code is None:
            return []
        codes.append(code)
        head = part_head
    return codes


def _award_code(phrase: str) -> tuple[str | None, str | None]:
    if phrase in FIXED_PHRASES:
        return FIXED_PHRASES[phrase], None
    order = LABOUR_ORDER.match(phrase)
    if order:
        return ORDER_CLASSES.get(order[1]), None
    for head_text in sorted(HEADS, key=len, reverse=True):
        if phrase == head_text or phrase.startswith(head_text + " "):
            head = HEADS[head_text]
            issuer = phrase[len(head_text) :].strip()
            if head == "flag" and issuer == "xuất sắc":
                # "Cờ thi đua xuất sắc" is how district documents name the city flag.
                return "CO_TP", head
            return CODES.get((head, _issuer_level(issuer) or "")), head
    return None, None


def _issuer_level(issuer: str) -> str | None:
    issuer = issuer.strip()
    if issuer in GOVERNMENT:
        return "government"
    if issuer in CITY:
        return "city"
    if issuer.startswith(MINISTRY_PREFIXES) or re.match(r"^(tw|trung ương)\b", issuer):
        return "ministry"
    return None


# A cell of a spreadsheet's award column ---------------------------------------------

CODE_LIKE = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class AwardCell:
    """The awards one cell names, each with the words that named it, and the parts
    of the cell that name none (never dropped: each is a problem of the row)."""

    codes: tuple[tuple[str, str], ...]  # (code, the part of the cell that named it)
    unread: tuple[str, ...]


def read_award_cell(text: str, catalogue: Catalogue) -> AwardCell:
    """The awards of a cell as offices write them: a code (BK_TP, bk_tp), the
    catalogue's name ("Bằng khen của Chủ tịch UBND Thành phố"), or the words of the
    letters, read by the same parser as the letter ("Bằng khen UBND TP", "Cờ thi đua
    của UBND Thành phố", "HTXSNV", "Huân chương Lao động hạng Ba"). Several awards are
    separated by ";" or a line break ("HTXSNV; Bằng khen UBND TP"). A part written as
    a code that is none ("BKTP") is left as it is, for the validator to name the
    nearest codes."""
    names = {normalise(award.vi): award.code for award in catalogue}
    codes: list[tuple[str, str]] = []
    unread: list[str] = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not normalise(part):
            continue
        code = part.upper().replace("-", "_")
        if code in catalogue or CODE_LIKE.match(part) and not award_codes(part):
            codes.append((code if code in catalogue else part, part))
            continue
        if normalise(part) in names:
            codes.append((names[normalise(part)], part))
            continue
        found = award_codes(part)
        if found:
            codes += [(found_code, part) for found_code in found]
        else:
            unread.append(part)
    return AwardCell(tuple(dict.fromkeys(codes)), tuple(unread))
