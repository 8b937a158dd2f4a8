"""What every command needs: the store it works on, the language, the catalogue."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from graph.store import StoreFailure
from ui.words import t

if TYPE_CHECKING:
    from graph.catalogue import Catalogue
    from graph.store import GraphStore


class CommandError(Exception):
    """A failure worded for the person at the terminal."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


def store_of(args: argparse.Namespace) -> GraphStore:
    from ui import bootstrap  # the store and the rulesets: not at start-up

    try:
        return bootstrap.record(args.store, args.store_path)
    except StoreFailure:
        raise  # worded in both languages; main() gives its exit code
    except (ConnectionError, ValueError, OSError) as error:
        raise CommandError(str(error)) from error


def catalogue() -> Catalogue:
    from ui import bootstrap

    return bootstrap.catalogue()


def nearest_hint(args: argparse.Namespace, near: list[str]) -> str:
    """“ (gần nhất là: a, b)” after an unknown id, or nothing when none is near."""
    return f" ({t('cli.nearest', args.lang)}: {', '.join(near)})" if near else ""
