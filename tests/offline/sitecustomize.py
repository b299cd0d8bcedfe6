"""Loaded by tests/test_offline.py through PYTHONPATH: the process gets no network.
Any attempt to resolve a host or open a non-local connection raises at once."""

import socket

_real_connect = socket.socket.connect


class NetworkBlocked(OSError):
    pass


def _blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise NetworkBlocked("network access blocked by tests/offline/sitecustomize.py")


def _connect(self, address):  # type: ignore[no-untyped-def]
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)
    raise NetworkBlocked(f"network access blocked: connect to {address!r}")


socket.getaddrinfo = _blocked
socket.create_connection = _blocked
socket.socket.connect = _connect
socket.socket.connect_ex = _connect
