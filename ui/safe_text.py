"""Text a person typed, shown as typed.

Streamlit reads Markdown in almost every element that shows a sentence: alerts,
captions, headings, `st.markdown`/`st.write`, radio options, metric values. A
unit named `![x](http://…)` would make every officer's browser fetch an outside
image, `**…**` would shout, `[…](…)` would become a link. Every stored or
uploaded text (names, notes, sources, decision numbers, file names, problems
that quote a value) goes through `literal()` before it reaches one of those
elements. Tables (`st.dataframe`) and select boxes show text literally already.
"""

from __future__ import annotations

import re
import string

# CommonMark lets a backslash escape any ASCII punctuation mark; escaping them all
# covers emphasis, links, images, code, headings, lists, tables, raw HTML, entities,
# and Streamlit's own `$math$`, `:color[…]` and `:emoji:` syntax.
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
# GitHub's autolinks are made after parsing, from the text itself, so no escape
# stops them: a word joiner (U+2060, invisible) inside `://`, after `www` and
# before `@` does.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"
# Spaces or tabs opening a line would make an indented code block.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


def literal(text: object) -> str:
    """`text` as Markdown that shows exactly `text`, line by line."""
    joined = _AUTOLINK.sub(WORD_JOINER, str(text))
    escaped = _PUNCTUATION.sub(lambda m: "\\" + m.group(), joined)
    kept = _INDENT.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), escaped)
    return "  \n".join(kept.splitlines())
