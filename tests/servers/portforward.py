"""The API server's side of `kubectl port-forward`, in front of kmock's emulator (which cannot stream).

kubectl asks `POST /api/v1/namespaces/NS/pods/NAME/portforward` with `Upgrade: SPDY/3.1` and
`X-Stream-Protocol-Version: portforward.k8s.io` (after trying a WebSocket upgrade, which this front answers
through the emulator, so kubectl falls back to SPDY as it does with API servers that do not tunnel). A
real API server then opens a connection to the pod's port for each data stream; this front connects to
the address the test gives for that pod. Every other request is relayed byte for byte to the emulator.

The SPDY/3.1 framing is written here from the protocol (draft 3.1: control frames SYN_STREAM, SYN_REPLY,
PING, SETTINGS, GOAWAY; data frames with FLAG_FIN). Header blocks are zlib streams: kubectl compresses
its own with the protocol's preset dictionary, which this front does not carry, so it does not read
them: kubectl opens, per forwarded connection, an `error` stream and then a `data` stream (client-go
tools/portforward, one after the other, each waiting for its SYN_REPLY), and the front pairs them in
that order. Its replies carry an empty header block compressed without a dictionary (zlib's header
says so, and a reader then needs none). Not a cluster: no kubelet, no CRI, no network namespaces.
"""

from __future__ import annotations

import re
import socket
import socketserver
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any
from urllib.parse import urlsplit

SYN_STREAM, SYN_REPLY, RST_STREAM, SETTINGS, PING, GOAWAY = 1, 2, 3, 4, 6, 7
FLAG_FIN = 0x01
_PORTFORWARD = re.compile(rb"^POST /api/v1/namespaces/([a-z0-9.-]+)/pods/([a-z0-9.-]+)/portforward[ ?]")


class _Session:
    """One upgraded connection: SPDY frames from kubectl, TCP connections to the pod."""

    def __init__(self, client: socket.socket, pod: tuple[str, int], log: list[str]) -> None:
        self.client, self.pod, self.log = client, pod, log
        self.lock = threading.Lock()  # one writer at a time on the client socket (and the compressor)
        self.compressor = zlib.compressobj()
        self.pending_error: int | None = None  # the error stream waiting for its data stream
        self.pods: dict[int, tuple[socket.socket, int]] = {}  # data stream -> (pod connection, error stream)

    def _send(self, frame: bytes) -> None:
        with self.lock:
            self.client.sendall(frame)

    def _control(self, kind: int, flags: int, payload: bytes) -> bytes:
        return struct.pack(">HHI", 0x8000 | 3, kind, (flags << 24) | len(payload)) + payload

    def _data(self, stream: int, data: bytes, flags: int = 0) -> bytes:
        return struct.pack(">II", stream & 0x7FFFFFFF, (flags << 24) | len(data)) + data

    def _reply(self, stream: int) -> None:
        with self.lock:
            block = self.compressor.compress(struct.pack(">I", 0)) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
            self.client.sendall(self._control(SYN_REPLY, 0, struct.pack(">I", stream) + block))

    def _read(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            chunk = self.client.recv(n - len(out))
            if not chunk:
                raise EOFError
            out += chunk
        return out

    def run(self) -> None:
        try:
            while True:
                head = self._read(8)
                word, length = struct.unpack(">II", head)
                flags, length = length >> 24, length & 0xFFFFFF
                payload = self._read(length) if length else b""
                if word & 0x80000000:
                    self._on_control(word & 0xFFFF, flags, payload)
                else:
                    self._on_data(word & 0x7FFFFFFF, flags, payload)
        except (EOFError, OSError):
            pass
        finally:
            for conn, _ in list(self.pods.values()):
                conn.close()

    def _on_control(self, kind: int, flags: int, payload: bytes) -> None:
        if kind == SYN_STREAM:
            stream = struct.unpack(">I", payload[:4])[0] & 0x7FFFFFFF
            if self.pending_error is None:
                self.pending_error = stream  # kubectl's error stream comes first
                self._reply(stream)
                return
            error_stream, self.pending_error = self.pending_error, None
            conn = socket.create_connection(self.pod, timeout=10)
            self.pods[stream] = (conn, error_stream)
            self.log.append(f"data stream {stream} -> {self.pod[0]}:{self.pod[1]}")
            self._reply(stream)
            threading.Thread(target=self._from_pod, args=(stream, conn, error_stream), daemon=True).start()
        elif kind == PING:
            self._send(self._control(PING, 0, payload))
        elif kind == GOAWAY:
            raise EOFError
        # SETTINGS, WINDOW_UPDATE, RST_STREAM, HEADERS: nothing to do for a test's short exchanges

    def _on_data(self, stream: int, flags: int, payload: bytes) -> None:
        if stream not in self.pods:
            return  # the error stream: kubectl only closes its side
        conn, _ = self.pods[stream]
        if payload:
            conn.sendall(payload)
        if flags & FLAG_FIN:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_WR)

    def _from_pod(self, stream: int, conn: socket.socket, error_stream: int) -> None:
        try:
            while chunk := conn.recv(65536):
                self._send(self._data(stream, chunk))
        except OSError:
            pass
        try:
            self._send(self._data(stream, b"", FLAG_FIN))
            self._send(self._data(error_stream, b"", FLAG_FIN))  # no error: kubectl reads EOF
        except OSError:
            pass


@contextmanager
def port_forward_front(api_url: str, pods: dict[str, tuple[str, int]]) -> Iterator[tuple[str, list[str]]]:
    """Listen on 127.0.0.1; yields (URL to put in the kubeconfig, log of forwarded data streams).
    `pods`: pod name -> (address, port) the forwarded connections go to."""
    upstream = urlsplit(api_url)
    log: list[str] = []

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            client: socket.socket = self.request
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(65536)
                if not chunk:
                    return
                head += chunk
            match = _PORTFORWARD.match(head)
            if match and b"upgrade: spdy/3.1" in head.lower():
                name = match.group(2).decode()
                client.sendall(b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
                               b"X-Stream-Protocol-Version: portforward.k8s.io\r\n\r\n")
                _Session(client, pods[name], log).run()
                return
            _relay(client, head, (upstream.hostname or "127.0.0.1", upstream.port or 80))

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()


def _relay(client: socket.socket, head: bytes, upstream: tuple[str, int]) -> None:
    with socket.create_connection(upstream, timeout=30) as up:
        up.sendall(head)

        def pipe(src: Any, dst: Any) -> None:
            try:
                while data := src.recv(65536):
                    dst.sendall(data)
            except OSError:
                pass
            with suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

        back = threading.Thread(target=pipe, args=(up, client), daemon=True)
        back.start()
        pipe(client, up)
        back.join(30)
