"""Where the Neo4j store is and how to log in, and the one way its failures read.

Settings come from the environment (or from the CLI flags that set it); a server
that cannot be reached, refuses the credentials or lacks the database becomes a
`Neo4jUnavailable` — a `ConnectionError` whose message says what to do, which the
CLI and the app show as it is, without a traceback.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ClientError,
    IncompleteCommit,
    ServiceUnavailable,
    SessionExpired,
)

from graph.store import OutcomeUnknown, StoreUnavailable

# What `scripts/neo4j/server start` runs: TLS required, a self-signed certificate.
DEFAULT_URI = "bolt+ssc://127.0.0.1:7699"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
START_HINT = "start it with `scripts/neo4j/server start`, or point KHENCAO_NEO4J_URI (--neo4j-uri)"
DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"

# Environment variable names, most specific first: ours, then the ones
# `scripts/neo4j/server start` exports.
URI_VARIABLES = ("KHENCAO_NEO4J_URI", "NEO4J_URI")
USER_VARIABLES = ("KHENCAO_NEO4J_USER", "NEO4J_USER")
# A password, or a file that holds it (what the server script exports, so that the
# password itself is never printed): ours first, then the script's.
PASSWORD_VARIABLES = (
    ("KHENCAO_NEO4J_PASSWORD", False),
    ("KHENCAO_NEO4J_PASSWORD_FILE", True),
    ("NEO4J_PASSWORD", False),
    ("NEO4J_PASSWORD_FILE", True),
)
DATABASE_VARIABLES = ("KHENCAO_NEO4J_DATABASE",)


class Neo4jUnavailable(StoreUnavailable, ConnectionError):
    """The Neo4j store cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = None
    database: str = DEFAULT_DATABASE

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Neo4jSettings:
        environ = os.environ if environ is None else environ

        def first(names: tuple[str, ...]) -> str | None:
            return next((environ[n] for n in names if environ.get(n)), None)

        return cls(
            uri=first(URI_VARIABLES) or DEFAULT_URI,
            user=first(USER_VARIABLES) or DEFAULT_USER,
            password=_password(environ),
            database=first(DATABASE_VARIABLES) or DEFAULT_DATABASE,
        )

    def describe(self) -> str:
        return f"neo4j:{self.uri} (database {self.database})"


def _password(environ: Mapping[str, str]) -> str | None:
    for name, is_file in PASSWORD_VARIABLES:
        value = environ.get(name)
        if not value:
            continue
        if not is_file:
            return value
        try:
            return Path(value).expanduser().read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or type(error).__name__
            raise Neo4jUnavailable(
                f"Cannot read the Neo4j password file {value} named by {name} ({reason}); "
                "check that the file exists and that you may read it."
            ) from error
    return None


def open_driver(settings: Neo4jSettings) -> Driver:
    """A driver that fails fast on a dead address instead of waiting a minute;
    managed transactions still retry transient errors (deadlocks, leader changes)."""
    scheme = urlsplit(settings.uri).scheme
    if scheme not in BOLT_SCHEMES:
        raise Neo4jUnavailable(
            f"“{settings.uri}” is not a Neo4j Bolt address (expected bolt://HOST:PORT or "
            f"neo4j://HOST:PORT); check KHENCAO_NEO4J_URI (--neo4j-uri)."
        )
    auth = (settings.user, settings.password) if settings.password is not None else None
    return GraphDatabase.driver(
        settings.uri,
        auth=auth,
        connection_timeout=5,
        connection_acquisition_timeout=30,
        max_transaction_retry_time=15,
        # The server warns about labels and properties an empty database does not
        # have yet; those warnings say nothing about our queries.
        notifications_min_severity="OFF",
    )


def connect(settings: Neo4jSettings) -> Driver:
    """A driver to a server that answered and accepted the login."""
    driver = open_driver(settings)
    try:
        with worded_failures(settings):
            driver.verify_connectivity()
    except ValueError as error:  # an address the resolver cannot use
        driver.close()
        raise Neo4jUnavailable(
            f"“{settings.uri}” is not a usable Neo4j address ({_cause(error)}); "
            "check KHENCAO_NEO4J_URI (--neo4j-uri)."
        ) from error
    except BaseException:
        driver.close()
        raise
    return driver


@contextmanager
def worded_failures(settings: Neo4jSettings) -> Iterator[None]:
    """Turns the driver's connection and login failures into one sentence for people."""
    try:
        yield
    except AuthError as error:
        cause = "no password was given" if settings.password is None else _cause(error)
        raise Neo4jUnavailable(
            f"The Neo4j server at {settings.uri} refused to log in user “{settings.user}”"
            f" ({cause}); check KHENCAO_NEO4J_USER and KHENCAO_NEO4J_PASSWORD or"
            " KHENCAO_NEO4J_PASSWORD_FILE (--neo4j-user, --neo4j-password)."
        ) from error
    except IncompleteCommit as error:
        raise OutcomeUnknown(
            f"Máy chủ Neo4j tại {settings.uri} ngừng trả lời đúng lúc thay đổi đang được ghi "
            "(commit): có thể đã ghi, có thể chưa. Hãy xem lại bằng `khencao history …` hoặc "
            "`khencao units` trước khi làm lại.",
            f"The Neo4j server at {settings.uri} stopped answering while the change was being "
            "committed: it may or may not have been written. Check with `khencao history …` "
            "or `khencao units` before trying again.",
        ) from error
    except (ServiceUnavailable, SessionExpired) as error:
        cause = _cause(error)
        tls = ""
        if "handshake" in cause and "+s" not in urlsplit(settings.uri).scheme:
            tls = (
                " The server may require TLS, as `scripts/neo4j/server` sets it up: "
                "use a bolt+ssc:// address."
            )
        raise Neo4jUnavailable(
            f"Cannot reach the Neo4j server at {settings.uri} ({cause}); "
            f"{START_HINT} to a running server.{tls}"
        ) from error
    except ClientError as error:
        if error.code != DATABASE_NOT_FOUND:
            raise
        raise Neo4jUnavailable(
            f"The Neo4j server at {settings.uri} has no database “{settings.database}”; "
            "check KHENCAO_NEO4J_DATABASE (--neo4j-database). "
            "Neo4j Community has a single database, `neo4j`."
        ) from error


def _cause(error: Exception) -> str:
    """The part of a driver message a person can use: the server's own sentence, or
    for a failed connection the operating system's reason (“Connection refused”)."""
    text = (getattr(error, "message", None) or str(error)).strip()
    if not text:
        return type(error).__name__
    reason = re.search(r"\(reason (.+)\)\s*$", text)
    if reason:
        return reason.group(1)
    lines = text.splitlines()
    # “Couldn't connect to HOST (resolved to …):” is followed by the actual cause.
    return lines[-1] if lines[0].endswith(":") else lines[0]
