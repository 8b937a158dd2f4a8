"""The connection to Neo4j lost at the worst moment: right after the client sent
COMMIT for the transaction that carries `marker`, so that the server commits and
the client never hears it. The socket is really closed; the driver finds out as
it would after a network failure (Bolt runs over TLS, so a relay could not see
where the COMMIT is)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest
from neo4j._sync.io._bolt._base import Bolt
from neo4j._sync.io._bolt._common import CommitResponse
from neo4j._sync.work.transaction import TransactionBase


class Cut:
    happened = False


@contextmanager
def connection_lost_at_commit(monkeypatch: pytest.MonkeyPatch, marker: str) -> Iterator[Cut]:
    cut = Cut()
    armed: set[int] = set()
    run, fetch_all = TransactionBase.run, Bolt.fetch_all

    def marking_run(self, query, parameters=None, **kwparameters):
        if marker in repr(parameters) + repr(kwparameters):
            armed.add(id(self._connection))
        return run(self, query, parameters, **kwparameters)

    def cutting_fetch_all(self):
        committing = any(isinstance(r, CommitResponse) for r in self.responses)
        if committing and id(self) in armed and not cut.happened:
            cut.happened = True
            time.sleep(1.0)  # COMMIT was sent: time for the server to commit it
            with suppress(OSError):  # as a network failure: the connection is gone
                self.socket._socket.shutdown(socket.SHUT_RDWR)
        return fetch_all(self)

    monkeypatch.setattr(TransactionBase, "run", marking_run)
    monkeypatch.setattr(Bolt, "fetch_all", cutting_fetch_all)
    yield cut
