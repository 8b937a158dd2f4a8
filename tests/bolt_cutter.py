"""A relay between a Neo4j client and server that drops the connection at the
worst moment: right after the client sends COMMIT for the transaction that
carries `marker`, so that the server commits and the client never hears it."""

from __future__ import annotations

import socket
import threading
import time

# A Bolt COMMIT message: one chunk of two bytes (struct of 0 fields, tag 0x12), then
# the end-of-message marker.
COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class BoltCutter:
    def __init__(self, server_port: int, marker: bytes):
        self.server_port = server_port
        self.marker = marker
        self.cut = threading.Event()  # set once a connection was dropped
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def close(self) -> None:
        for sock in [self._listener, *self._sockets]:
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.server_port))
            self._sockets += [client, server]
            dropping = threading.Event()
            threading.Thread(
                target=self._to_server, args=(client, server, dropping), daemon=True
            ).start()
            threading.Thread(
                target=self._to_client, args=(server, client, dropping), daemon=True
            ).start()

    def _to_server(self, client: socket.socket, server: socket.socket, dropping) -> None:
        armed = False
        while data := _receive(client):
            armed = armed or (self.marker in data and not self.cut.is_set())
            if armed and COMMIT in data:
                dropping.set()  # the server's answer to COMMIT will not reach the client
                server.sendall(data)
                time.sleep(1.0)  # time for the server to commit
                client.close()
                server.close()
                self.cut.set()
                return
            server.sendall(data)

    @staticmethod
    def _to_client(server: socket.socket, client: socket.socket, dropping) -> None:
        while (data := _receive(server)) and not dropping.is_set():
            try:
                client.sendall(data)
            except OSError:
                return


def _receive(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""
