"""argparse in the language the user chose: our help texts come from ui/words, and
so do the few words argparse writes around them in `--help` (the usage line, the
headings, -h, the name of a value: `--year NĂM`). argparse's error messages stay
argparse's own.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from functools import partial

from ui.words import LANGUAGES, t


def default_language() -> str:
    """What `--lang` defaults to: $KHENCAO_LANG, else Vietnamese."""
    return os.environ.get("KHENCAO_LANG", "vi")


def chosen_language(argv: Sequence[str]) -> str:
    """The language of `argv`'s `--lang` (the last one, as argparse keeps it), read
    before the parser is built so that `--help` speaks it; the default otherwise, and
    also for a value argparse will refuse."""
    lang = default_language()
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        if value in LANGUAGES:
            lang = value
    return lang


class WordedFormatter(argparse.HelpFormatter):
    """The usage prefix and the names of values in `lang`. A value's name is the
    `metavar.<dest>` text of the table, unless the argument names it itself or shows
    its choices (argparse asks for the default name even then, and does not show it)."""

    def __init__(self, prog: str, *, lang: str, **kwargs) -> None:
        super().__init__(prog, **kwargs)
        self.lang = lang

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        if prefix is None:
            prefix = t("help.usage", self.lang) + " "
        super().add_usage(usage, actions, groups, prefix)

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return self._value_name(action, action.dest.upper())

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return self._value_name(action, action.dest)

    def _value_name(self, action: argparse.Action, fallback: str) -> str:
        if action.metavar is not None or action.choices is not None:
            return fallback
        return t(f"metavar.{action.dest}", self.lang)


class RawWordedFormatter(argparse.RawDescriptionHelpFormatter, WordedFormatter):
    """For the root command, whose epilog (the exit codes) is laid out by hand."""


class WordedParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are in `lang`; its subcommands' parsers are
    WordedParsers in the same language."""

    def __init__(
        self,
        *args,
        lang: str,
        formatter_class: type[WordedFormatter] = WordedFormatter,
        **kwargs,
    ) -> None:
        super().__init__(
            *args, formatter_class=partial(formatter_class, lang=lang), add_help=False, **kwargs
        )
        self.lang = lang
        self._positionals.title = t("help.positionals", lang)
        self._optionals.title = t("help.options", lang)
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("help.help", lang)
        )

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", partial(WordedParser, lang=self.lang))
        return super().add_subparsers(**kwargs)
