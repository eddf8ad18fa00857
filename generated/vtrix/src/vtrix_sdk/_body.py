"""Read an API answer's body within a size cap, decompressing it a bounded step at a time.

An answer is held in memory to be parsed, so its size is what it costs: a server sending
150 MiB of JSON, or 200 KB of gzip that expands to 200 MiB, must not take the process down.
The client's ``max_response_bytes`` caps the *decoded* body. ``gzip`` and ``deflate`` (the
encodings httpx asks for by default) are inflated here, never past the cap; any other encoding
(``br``, ``zstd``, several layers) is left to httpx and checked after each decoded chunk.
File downloads stream to disk and are not capped.
"""

from __future__ import annotations

import zlib

import httpx

__all__ = ["BodyTooLarge", "BodyReader"]

_GZIP = frozenset({"gzip", "x-gzip"})
_OURS = _GZIP | {"deflate", "identity"}


class BodyTooLarge(Exception):
    """The decoded body passed the cap (an internal signal, turned into the package's error)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


class _Inflate:
    """zlib (``deflate``, with or without its header, as httpx accepts it) or gzip, never
    producing more than it is allowed to."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in _GZIP
        self._object = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes, room: int | None) -> bytes:
        """Up to ``room`` bytes of output (``None``: all of it); the caller treats reaching
        ``room`` as going past the cap, so unconsumed input never matters."""
        try:
            out = self._object.decompress(data, room or 0)
        except zlib.error:
            if self._gzip or self._started:
                raise
            self._object = zlib.decompressobj(-zlib.MAX_WBITS)  # a raw deflate stream
            out = self._object.decompress(data, room or 0)
        self._started = True
        return out


class BodyReader:
    """Collects one response's body: feed it the chunks of :meth:`source`, then :meth:`body`."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        header = response.headers.get("content-encoding")
        encodings = (
            [part.strip().lower() for part in header.split(",") if part.strip()] if header else []
        )
        encodings = [part for part in encodings if part != "identity"]
        self.raw = len(encodings) <= 1 and set(encodings) <= _OURS
        self._inflate = _Inflate(encodings[0]) if self.raw and encodings else None
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        """One chunk: raw bytes when :attr:`raw` (read with ``iter_raw``), else decoded ones."""
        if self._inflate is not None:
            room = None if self._limit is None else self._limit - self._size + 1
            try:
                chunk = self._inflate.feed(chunk, room)
            except zlib.error as exc:
                raise httpx.DecodingError(
                    f"The body is not the compressed data its Content-Encoding says: {exc}"
                ) from None
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            raise BodyTooLarge(self._limit)
        self._chunks.append(chunk)

    def body(self) -> bytes:
        return b"".join(self._chunks)
