"""Fuzzing the stand-alone history file reader (`check`/`plan --history`).

Properties, over hostile files (broken JSON, wrong shapes, control characters,
huge and boolean years, unknown awards, duplicated rows…):
- no input raises out of the reader anything but Rejected;
- every refusal names the file, and a row or field unless it is about the whole file;
- a history the reader accepts gets the same verdict as the same records loaded
  into a store and read back, so the file and the store cannot disagree.

Seeded and bounded (derandomize, a fixed number of examples) so that CI runs the
same cases every time.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from graph.catalogue import default_catalogue
from graph.models import CONTROL_CHARACTER, Change
from graph.problems import Rejected
from graph.store.embedded import EmbeddedStore
from planner.audit.document import holder_history
from planner.check.checker import check
from planner.check.evaluation import NoRuleError
from planner.check.history_file import HistoryRecord, load_history
from planner.check.holder import HolderProfile
from tests.examples import examples

CATALOGUE = default_catalogue()
WHOLE_FILE = {"unreadable_file", "file_too_large", "json_too_deep", "json_syntax", "not_utf8"}
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=examples(500),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("\x00\x07\x1b\x85\x9b\t\n\r\u0301\u200b"),
    ),
    max_size=12,
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**60),
    st.floats(allow_nan=True),
    hostile_text,
)
anything = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(hostile_text, inner, max_size=3)
    ),
    max_leaves=6,
)


def maybe(value, garbage=anything):
    """Mostly a sensible value, sometimes anything at all."""
    return st.one_of(value, value, value, garbage)


years = maybe(
    st.integers(min_value=2005, max_value=2021),
    st.one_of(
        st.integers(min_value=1900, max_value=2200),
        st.booleans(),
        st.sampled_from(["2019", " 2018 ", "２０１９", "2_019", "20l9", "", "1" * 40]),
    ),
)
awards = maybe(
    st.sampled_from(["BK_TP", "CO_TP", "HTXSNV", "HTTNV", "TTLDXS", "BK_TTG", "SKKN_TP"]),
    st.one_of(st.sampled_from([a.code for a in CATALOGUE]), st.sampled_from(["BKTP", "CO_TPP"])),
)
rows = st.fixed_dictionaries(
    {"award": awards, "year": years},
    optional={
        "basis": maybe(st.sampled_from(["annual", "thematic"])),
        "decision_no": maybe(st.sampled_from(["12/QĐ-UBND", "7/QĐ-UBND"])),
        "note": maybe(hostile_text),
        "used_by": maybe(st.just("de-nghi-2020")),
        "holder": anything,
    },
)
holders = st.fixed_dictionaries(
    {
        "id": maybe(st.sampled_from(["phuong-x", "nguyen-van-a"]), hostile_text),
        "name": maybe(st.sampled_from(["Phường X", "Nguyễn Văn A"]), hostile_text),
        "kind": maybe(st.sampled_from(["collective", "individual"])),
    },
    optional={
        "flag_eligible": maybe(st.booleans()),
        "founded": maybe(st.integers(min_value=1990, max_value=2015)),
        "colour": anything,
    },
)
documents = st.fixed_dictionaries(
    {
        "holder": maybe(holders),
        "achievements": maybe(st.lists(maybe(rows), max_size=8)),
    },
    optional={"version": anything},
)

# Histories a person could well have typed: more of them are accepted, so that the
# verdicts of file and store are compared often.
plausible_documents = st.fixed_dictionaries(
    {
        "holder": st.fixed_dictionaries(
            {
                "id": st.just("phuong-x"),
                "name": st.just("Phường X"),
                "kind": st.sampled_from(["collective", "collective", "individual"]),
                "flag_eligible": st.booleans(),
            },
            optional={"founded": st.integers(min_value=1995, max_value=2012)},
        ),
        "achievements": st.lists(
            st.fixed_dictionaries(
                {
                    "award": st.sampled_from(
                        ["BK_TP", "CO_TP", "CO_CP", "BK_TTG", "HCLD3", "HTXSNV", "HTTNV"]
                        + ["TTLDXS", "SKKN_TP", "SKKN_CS", "CSTD_CS"]
                    ),
                    "year": st.integers(min_value=2008, max_value=2021),
                }
            ),
            max_size=10,
        ),
    }
)


@st.composite
def files(draw) -> bytes:
    """A history file as bytes: JSON of a document, sometimes damaged."""
    text = json.dumps(draw(maybe(documents)), ensure_ascii=draw(st.booleans()))
    data = text.encode("utf-8", errors="surrogatepass")
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "bom", "bytes", "nest"]))
    if damage == "cut":
        return data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if damage == "bom":
        return b"\xef\xbb\xbf" + data
    if damage == "bytes":
        return draw(st.binary(max_size=60))
    if damage == "nest":
        return b"[" * 20_000 + data
    return data


def read(data: bytes) -> tuple[str, HistoryRecord | Rejected]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lich-su.json"
        path.write_bytes(data)
        try:
            return path.name, load_history(path, CATALOGUE)
        except Rejected as rejected:
            return path.name, rejected


@FUZZ
@given(files())
def test_a_history_file_is_read_or_refused_with_file_and_row_or_field(data):
    name, outcome = read(data)
    if isinstance(outcome, HistoryRecord):
        return
    assert outcome.problems
    for problem in outcome.problems:
        assert problem.file == name
        about_a_place = (problem.row, problem.field, problem.index) != (None, None, None)
        assert about_a_place or problem.reason in WHOLE_FILE or problem.reason == "wrong_shape"
        for lang in ("vi", "en"):
            message = problem.message(lang)
            assert message.startswith(name)
            assert not CONTROL_CHARACTER.search(message.removeprefix(name))


@FUZZ
@given(
    plausible_documents,
    st.sampled_from(["BK_TTG", "HCLD3"]),
    st.integers(min_value=2018, max_value=2023),
)
def test_an_accepted_history_gets_the_verdict_its_records_get_in_a_store(document, target, year):
    _, outcome = read(json.dumps(document).encode())
    event("accepted" if isinstance(outcome, HistoryRecord) else "refused")
    if not isinstance(outcome, HistoryRecord):
        return
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder) / "store.json", CATALOGUE)
        store.apply(Change(add=outcome.record))
        stored = store.snapshot()
    holder_id = outcome.holder.id
    holder = HolderProfile.of(stored.unit(holder_id) or stored.person(holder_id))
    assert holder == outcome.holder
    from_file = verdict(outcome.holder, outcome.achievements, target, year)
    from_store = verdict(holder, holder_history(stored, holder_id), target, year)
    assert from_file == from_store


def verdict(holder, achievements, target, year) -> dict | str:
    try:
        return check(holder, achievements, target, year, catalogue=CATALOGUE).as_json("en")
    except NoRuleError as error:  # the same refusal on both sides is agreement too
        return type(error).__name__
