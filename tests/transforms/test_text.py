from __future__ import annotations

import pytest

from transforms.text import BINARY, EMPTY, WHITESPACE_ONLY, UndecodableText, decode_article, normalize_text


@pytest.mark.parametrize(
    "raw, text",
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"\xef\xbb\xbfheadline  \n\n\n\nbody\t\n", "headline\n\n\n\nbody\n"),
        ("\ufeffUTF-16 text\r\n".encode("utf-16"), "UTF-16 text\n"),
    ],
)
def test_decode_normalises_line_ends_bom_and_trailing_space(raw: bytes, text: str) -> None:
    assert decode_article(raw).text == text


def test_cp1252_text_is_decoded_not_lost(data_dir) -> None:
    decoded = decode_article((data_dir / "latin1.txt").read_bytes())
    assert decoded.encoding == "cp1252"
    assert "café" in decoded.text and "£5m" in decoded.text


@pytest.mark.parametrize("raw, reason", [(b"", EMPTY), (b" \n\t\r\n", WHITESPACE_ONLY), (b"\x89PNG\x00\x00", BINARY)])
def test_unreadable_bytes_raise_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(UndecodableText) as caught:
        decode_article(raw)
    assert caught.value.reason == reason


def test_normalize_keeps_inner_spaces() -> None:
    assert normalize_text("a  b \nc") == "a  b\nc"
