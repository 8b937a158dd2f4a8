"""`khencao --help` speaks the language the user chose, every word of it from the one
text table (ui/words), the exit codes included."""

from __future__ import annotations

import argparse
import re
import string
from collections.abc import Iterator

import pytest

from ui.cli.main import EXIT_CODE_WORDS, build_parser, main
from ui.cli.parser import chosen_language
from ui.words import TEXT, t

LANGS = ("vi", "en")


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """The parser of the root and of every subcommand, each with its command words."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*path, name))


def _worded(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str | None]]:
    """(what, text) for every text of one parser a person reads in its help."""
    yield "description", parser.description
    for group in parser._action_groups:
        yield "group title", group.title
    for action in parser._actions:
        name = "/".join(action.option_strings) or action.dest
        yield f"{name} help", action.help
        if isinstance(action.metavar, str):
            yield f"{name} metavar", action.metavar
        for choice in getattr(action, "_choices_actions", []):
            yield f"{choice.dest} help", choice.help


def _parallel() -> Iterator[tuple[str, str, str]]:
    """(where, Vietnamese, English): the same text of the two parsers, side by side."""
    vi_commands, en_commands = _commands(build_parser("vi")), _commands(build_parser("en"))
    for (path, vi), (same_path, en) in zip(vi_commands, en_commands, strict=True):
        assert path == same_path
        for (what, vi_text), (_, en_text) in zip(_worded(vi), _worded(en), strict=True):
            assert (vi_text is None) == (en_text is None), (path, what)
            if vi_text is not None:
                yield f"khencao {' '.join(path)}: {what}", vi_text, en_text


def _pattern(template: str) -> re.Pattern[str]:
    """A text of the table as a pattern: its {placeholders} match any value."""
    parts = []
    for literal, field, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(".+?")
    return re.compile("".join(parts), re.DOTALL)


ROWS = [(_pattern(vi), _pattern(en)) for vi, en in TEXT.values()]


def _is_a_row(vi: str, en: str) -> bool:
    return any(v.fullmatch(vi) and e.fullmatch(en) for v, e in ROWS)


def test_every_help_text_and_value_name_is_a_row_of_the_table_in_both_languages():
    seen = list(_parallel())
    assert len(seen) > 150  # the walk sees every option of every command
    not_rows = [f"{where}: {vi!r} / {en!r}" for where, vi, en in seen if not _is_a_row(vi, en)]
    assert not not_rows, "help texts not from ui/words:\n" + "\n".join(not_rows)


def test_the_walk_sees_a_subcommands_option_and_its_group():
    seen = {(where, vi, en) for where, vi, en in _parallel()}
    assert (
        "khencao plan: --add metavar",
        t("metavar.code_year", "vi"),
        t("metavar.code_year", "en"),
    ) in seen
    assert ("khencao plan: group title", "cả hội đồng (--all)", "council (--all)") in seen
    enter = t("help.score_enter", "vi"), "record one focal unit's score for one ward"
    assert ("khencao score: enter help", *enter) in seen


def _flat(text: str) -> str:
    return " ".join(text.split())


def _shows(shown: str, text: str) -> bool:
    """`text` stands in `shown` as words of its own (NEO4J_URI is not $KHENCAO_NEO4J_URI)."""
    return re.search(rf"(?<!\w){re.escape(_flat(text))}(?!\w)", shown) is not None


HELP_TEXTS = {key: pair for key, pair in TEXT.items() if key.startswith(("help.", "metavar."))}
COMMANDS = [path for path, _ in _commands(build_parser("vi"))]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "khencao")
@pytest.mark.parametrize("lang", LANGS)
def test_help_holds_no_text_of_the_other_language(capsys, command, lang):
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, *command, "--help"])
    assert done.value.code == 0
    shown = _flat(capsys.readouterr().out)
    assert shown.startswith(t("help.usage", lang))
    other = 1 if lang == "vi" else 0
    mine = 0 if lang == "vi" else 1
    leaked = [
        key
        for key, pair in HELP_TEXTS.items()
        if pair[other] != pair[mine] and _shows(shown, pair[other])
    ]
    assert not leaked, f"{lang} help of {command} shows the other language of: {leaked}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_exit_code_is_explained_in_the_help(lang):
    shown = _flat(build_parser(lang).format_help())
    assert f"{t('help.exit_codes', lang)} " in shown
    for code, key in EXIT_CODE_WORDS.items():
        assert f" {code} {_flat(t(key, lang))}" in shown, code


def test_vietnamese_help_reads_vietnamese_words_around_ours(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "check", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("cách dùng: khencao check")
    assert "--year NĂM" in shown
    assert "tuỳ chọn:" in shown
    assert "hiện trợ giúp này rồi thoát" in shown
    assert "show this help message" not in shown


@pytest.mark.parametrize(
    "argv, lang",
    [
        (["plan", "--help"], "vi"),
        (["--lang", "en", "plan", "--help"], "en"),
        (["plan", "--lang", "en", "--help"], "en"),
        (["--lang=en", "plan", "--help"], "en"),
        (["--lang", "en", "plan", "--lang", "vi", "--help"], "vi"),
    ],
)
def test_the_help_is_in_the_language_given_anywhere_on_the_line(capsys, monkeypatch, argv, lang):
    monkeypatch.delenv("KHENCAO_LANG", raising=False)
    with pytest.raises(SystemExit):
        main(argv)
    assert capsys.readouterr().out.startswith(t("help.usage", lang) + " khencao plan")


def test_without_lang_the_help_follows_khencao_lang(capsys, monkeypatch):
    monkeypatch.setenv("KHENCAO_LANG", "en")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: khencao")


def test_a_lang_value_argparse_refuses_or_one_after_the_options_does_not_choose(monkeypatch):
    monkeypatch.delenv("KHENCAO_LANG", raising=False)
    assert chosen_language(["--lang", "fr", "units"]) == "vi"
    assert chosen_language(["history", "--", "--lang", "en"]) == "vi"
    assert chosen_language(["--lang"]) == "vi"


def test_argparse_keeps_its_own_error_message_under_a_vietnamese_usage(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "vi", "check", "--year", "abc"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: khencao check")
    assert "error: argument --year: invalid int value: 'abc'" in err
