"""What every command needs: the store it works on, the language, the catalogue."""

from __future__ import annotations

import argparse

from graph.catalogue import Catalogue
from graph.store import GraphStore, StoreFailure
from ui import bootstrap


class CommandError(Exception):
    """A failure worded for the person at the terminal."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


def store_of(args: argparse.Namespace) -> GraphStore:
    try:
        return bootstrap.record(args.store, args.store_path)
    except StoreFailure:
        raise  # worded in both languages; main() gives its exit code
    except (ConnectionError, ValueError, OSError) as error:
        raise CommandError(str(error)) from error


def catalogue() -> Catalogue:
    return bootstrap.catalogue()


def say(args: argparse.Namespace, vi: str, en: str) -> str:
    return vi if args.lang == "vi" else en
