"""A Redis that accepts connections and never answers, as a stopped (``SIGSTOP``) or wedged one
does: the kernel still completes the TCP handshake, and then nothing comes back."""

import socket
import threading


class FrozenRedis:
    """A listening socket on 127.0.0.1 that accepts every connection, keeps it open and never
    writes a byte. ``accepted`` counts the connections made to it."""

    def __init__(self):
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.port = self._server.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.accepted = 0
        self._connections: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._connections.append(connection)
            self.accepted += 1

    def __enter__(self) -> "FrozenRedis":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        for connection in self._connections:
            connection.close()
        self._server.close()

    def cache_settings(self, **options) -> dict:
        """``CACHES["default"]`` for the project's Redis backend pointed at this server."""
        return {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": self.url,
            "OPTIONS": options,
        }
