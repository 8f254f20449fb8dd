"""Misbehaving TCP servers for the bad-input tests: `garbage` answers non-HTTP bytes, `hang` never answers."""

from __future__ import annotations

import socket
import sys
import threading
import time


def serve(mode: str, port: int) -> None:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(64)
    held: list[socket.socket] = []
    while True:
        conn, _ = srv.accept()
        if mode == "garbage":
            threading.Thread(target=_garbage, args=(conn,), daemon=True).start()
        else:  # hang: keep the connection open and silent
            held.append(conn)


def _garbage(conn: socket.socket) -> None:
    try:
        conn.recv(4096)
        conn.sendall(b"\x00\x01NOT HTTP AT ALL\r\n\r\n\xff\xfe")
        time.sleep(0.05)
    finally:
        conn.close()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
