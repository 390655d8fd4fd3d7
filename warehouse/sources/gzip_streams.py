"""Inflate the bytes of a gzip file (a `.gz` article or records file): whole, or as far as a cut-off stream goes."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from typing import NamedTuple

from warehouse.sources.unreadable import CORRUPT_GZIP, LIMIT, TOO_LARGE, UnreadableSource


class GzipCutOff(UnreadableSource):
    """A gzip file that ends before its stream does (corrupt_gzip): as a file still being written."""


class Inflated(NamedTuple):
    """The decompressed bytes of a gzip file, and how many bytes after its gzip stream were ignored."""

    data: bytes
    trailing: int = 0  # bytes after the last gzip member that are no gzip member (trailing garbage)


def gunzip(data: bytes, max_bytes: int) -> Inflated:
    """Return the decompressed bytes of a gzip file, or raise UnreadableSource (corrupt, or over max_bytes;
    GzipCutOff when it ends before its stream does).

    The limit applies to what comes out, so a small file that inflates to gigabytes is stopped early.

    >>> gunzip(gzip.compress(b"Rain at last."), 100)
    Inflated(data=b'Rain at last.', trailing=0)
    >>> gunzip(gzip.compress(b"Rain at last.")[:-8], 100)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    warehouse.sources.gzip_streams.GzipCutOff: not a valid gzip file: Compressed file ended before the end-of-stream ...

    A file compressed twice (`gzip` run on a .gz file; a download saved with the server's `Content-Encoding:
    gzip` over the file's own) inflates to a gzip stream, inflated in turn: it was quarantined as binary.

    >>> gunzip(gzip.compress(gzip.compress(b"Rain at last.")), 100).data
    b'Rain at last.'

    Bytes after the gzip stream that are not another gzip member (a download that appended an error page,
    a file overwritten in place by a shorter one) are ignored, as `gzip -d` ignores them ("decompression
    OK, trailing garbage ignored"): the file is what its stream holds, `trailing` the bytes left out.
    Python's gzip module refuses the file whole ("Not a gzipped file").

    >>> gunzip(gzip.compress(b"Rain at last.") + b"<html>502 Bad Gateway</html>", 100)
    Inflated(data=b'Rain at last.', trailing=28)
    """
    out = _inflated(data, max_bytes)
    for _ in range(_MAX_GZIP_LAYERS - 1):
        if not out.data.startswith(_GZIP_MAGIC):
            break
        try:
            inner = _inflated(out.data, max_bytes)
        except GzipCutOff as err:  # whole outside, cut inside: no file being written, a broken one
            raise UnreadableSource(CORRUPT_GZIP, f"{err.detail} (inside a file gzip-compressed twice)") from None
        out = Inflated(inner.data, out.trailing + inner.trailing)
    return out


# A gzip stream's first bytes (its magic number and deflate's method): no text file starts so (0x8b is no
# first byte of a UTF-8 character).
_GZIP_MAGIC = b"\x1f\x8b\x08"
# Compressed twice happens by mistake; more layers than this are no article file's.
_MAX_GZIP_LAYERS = 3


def _inflated(data: bytes, max_bytes: int) -> Inflated:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as inflated:
            out = inflated.read(max_bytes + 1)
    except EOFError as err:  # gzip's word for a stream without its end
        raise GzipCutOff(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
    except (OSError, zlib.error) as err:
        end = _stream_end(data) if isinstance(err, gzip.BadGzipFile) else None
        if end is None:
            raise UnreadableSource(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
        return Inflated(_inflated(data[:end], max_bytes).data, len(data) - end)
    if len(out) > max_bytes:
        raise UnreadableSource(TOO_LARGE, f"decompresses to over the {max_bytes}-{LIMIT}")
    return Inflated(out)


def _stream_end(data: bytes) -> int | None:
    """Return where a gzip file's whole members end when bytes that are no gzip member follow them
    (trailing garbage), else None (no member whole, one corrupt or cut off, or nothing after them).

    >>> member = gzip.compress(b"Rain.")
    >>> _stream_end(member + member + b"garbage") == 2 * len(member), _stream_end(member), _stream_end(b"garbage")
    (True, None, None)
    """
    view, at = memoryview(data), 0
    while True:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # one member, its CRC and length checked
        read = at  # how far the member's bytes have been given to the inflater
        try:
            # Its bytes in pieces of 64 KiB, and what they inflate to too, dropped: only where the member ends
            # matters. Never the rest of the file at once: a copy of it per member was quadratic (a file
            # appended to one record at a time, a member each, with junk after it: 2 s for 20,000 members).
            while not inflater.eof and read < len(data):
                piece: memoryview | bytes = view[read:read + _PIECE]
                read += len(piece)
                while not inflater.eof and (inflater.decompress(piece, _PIECE) or inflater.unconsumed_tail):
                    piece = inflater.unconsumed_tail  # at most a piece
        except zlib.error:
            return None
        if not inflater.eof:  # cut off: GzipFile's EOFError, not trailing garbage
            return None
        end = read - len(inflater.unused_data)  # unused_data: the rest of the last piece
        zeros = _ZEROS.match(data, end)  # zero padding after a member is read past, as gzip does
        following = zeros.end() if zeros else end
        if following == len(data):
            return None
        if not data.startswith(_GZIP_MAGIC[:2], following):
            return end
        at = following


_PIECE = 1 << 16
_ZEROS = re.compile(b"\\0*")


def inflated_so_far(data: bytes, max_bytes: int) -> bytes:
    """Return what a gzip file whose stream is cut off (GzipCutOff) inflates to before the cut; raise
    UnreadableSource when that is over max_bytes.

    GzipFile gives nothing of a stream without its end (its buffered read drops what it inflated when it
    meets the cut); zlib's inflater gives what the bytes so far hold, member after member.

    >>> cut = gzip.compress(b"Rain at last. " * 40)[:-12]  # its 8-byte trailer gone, and 4 bytes of its stream
    >>> so_far = inflated_so_far(cut, 1000)
    >>> so_far[:13], 0 < len(so_far) < 560  # of 560
    (b'Rain at last.', True)
    """
    out, view, at = bytearray(), memoryview(data), 0
    while at < len(data):
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # one gzip member, header and all
        read = at
        try:
            # The member's bytes in pieces of 64 KiB, as `_stream_end` gives them: the rest of the file at
            # once was a copy of it per member (unused_data), quadratic in a file of many small members.
            while not inflater.eof and read < len(data):
                piece: memoryview | bytes = view[read:read + _PIECE]
                read += len(piece)
                while True:
                    out += inflater.decompress(piece, max_bytes + 1 - len(out))
                    if len(out) > max_bytes:
                        raise UnreadableSource(TOO_LARGE, f"decompresses to over the {max_bytes}-{LIMIT}")
                    if inflater.eof or not inflater.unconsumed_tail:
                        break
                    piece = inflater.unconsumed_tail  # what the output's limit left of the piece
        except zlib.error as err:
            raise UnreadableSource(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
        if not inflater.eof:  # the cut
            break
        zeros = _ZEROS.match(data, read - len(inflater.unused_data))  # the next member, after any zero padding
        at = zeros.end() if zeros else read - len(inflater.unused_data)
    return bytes(out)
