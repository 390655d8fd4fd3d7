from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text import _has_trailing_space, decode_article, normalize_text
from transforms.undecodable import BINARY, EMPTY, WHITESPACE_ONLY, UndecodableText


@pytest.mark.parametrize(
    "raw, text",
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"\xef\xbb\xbfheadline  \n\n\n\nbody\t\n", "headline\n\n\n\nbody\n"),
        ("\ufeffUTF-16 text\r\n".encode("utf-16"), "UTF-16 text\n"),
        # UTF-32's little-endian BOM begins with UTF-16's: it was read as UTF-16, a NUL every other character.
        ("UTF-32 text\r\n".encode("utf-32"), "UTF-32 text\n"),
        (b"\x00\x00\xfe\xff" + "UTF-32 text\r\n".encode("utf-32-be"), "UTF-32 text\n"),
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


def test_a_stray_nul_in_utf8_text_is_text_and_a_binary_file_still_binary() -> None:
    # One NUL in a CSV's first 64 KB (a database export's field) quarantined the whole file as binary, every
    # record lost, while the same NUL further down was read as text.
    csv_text = b"id,text\n1,Rates rose\x00.\n" + b"2,Farmers welcomed the rain.\n" * 20
    # read, and the NUL left out of the text (no paragraph carries one into the lake's exports)
    assert decode_article(csv_text).text.startswith("id,text\n1,Rates rose.\n")
    for binary in (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(4)) * 50):
        with pytest.raises(UndecodableText) as caught:
            decode_article(binary)
        assert caught.value.reason == BINARY


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read(codec: str) -> None:
    # SQL Server's `bcp -w` and .NET's UnicodeEncoding without its preamble write no BOM: such a file was
    # quarantined as binary ("contains NUL bytes").
    decoded = decode_article("Schools close\r\n\r\nHundreds of schools in Zürich closed.\r\n".encode(codec))
    assert (decoded.text, decoded.encoding) == ("Schools close\n\nHundreds of schools in Zürich closed.\n", codec)
    # A Cyrillic text's NULs are its spaces' and line ends' high bytes alone.
    russian = "Выборы в Москве\n\nИзбиратели выбирали депутатов.\n"
    assert decode_article(russian.encode(codec)).text == russian


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        # 一 (U+4E00), 上 (U+4E0A) and 万 (U+4E07)'s low bytes are NULs too: such a file was quarantined as binary.
        "港口罢工进入第二周\n\n上海港的码头工人周一继续罢工。港口管理局表示，已有一万二千个集装箱滞留。\n",
        "東京で桜が満開\n\n気象庁は二十四日、東京都心で桜が満開になったと発表した。上野公園には一万人が訪れた。\n",
        "一万人が参加した。\n",
        "서울 지하철 파업 종료\n\n서울 지하철 노조가 월요일 파업을 끝내고 업무에 복귀했다.\n",
    ],
)
def test_cjk_utf16_text_without_a_bom_is_read(text: str, codec: str) -> None:
    decoded = decode_article(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        # No character below U+0100 (no line end, space or digit), so no high byte's NUL to tell UTF-16 by: such a
        # file was left to the legacy-encoding guess, or quarantined as binary for 一's low NUL byte.
        "东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下月重新开始。当地渔民对此表示担忧。",
        "東京電力は五日、福島第一原子力発電所の処理水の放出を来月再開すると発表した。地元の漁業者は懸念を示した。",
    ],
)
def test_cjk_utf16_text_of_no_ascii_character_without_a_bom_is_read(text: str, codec: str) -> None:
    decoded = decode_article(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


@pytest.mark.parametrize(("text", "codec"), [
    ("東京電力は五日、福島第一原子力発電所の処理水の放出を来月再開すると発表した。", "shift_jis"),
    ("东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下月重新开始。", "gb18030"),
    ("東京電力公司週二表示，福島第一核電站的處理水排放工作將於下月重新開始。", "big5"),
])
def test_cjk_code_pages_without_ascii_are_not_read_as_utf16(text: str, codec: str) -> None:
    # Shift_JIS's kanji read as big-endian UTF-16 are CJK characters too, but never CJK punctuation.
    assert decode_article(text.encode(codec)).text == text


def test_16_bit_numbers_are_no_utf16_text() -> None:
    # Every other byte a NUL, but the characters they would be are control characters: a binary file.
    with pytest.raises(UndecodableText) as caught:
        decode_article(bytes([1, 0, 2, 0, 3, 0, 7, 0]) * 40)
    assert caught.value.reason == BINARY


@given(st.text(alphabet=st.sampled_from(["a", " ", "\t", "\f", "\v", "\n", "\u00a0"])))
def test_trailing_space_is_a_space_tab_form_feed_or_vertical_tab_before_a_line_end(text: str) -> None:
    assert _has_trailing_space(text) == bool(re.search(r"[ \t\f\v]$", text, re.MULTILINE))


def test_a_soft_hyphen_is_no_character_of_a_text() -> None:
    # "Ber\u00adlin" (HTML's Ber&shy;lin) kept the soft hyphen inside the word: no place, label or query found it.
    assert decode_article("The mayor of Ber\u00adlin\n".encode()).text == "The mayor of Berlin\n"
    with pytest.raises(UndecodableText) as caught:
        decode_article("\u00ad \n\u00ad".encode())
    assert caught.value.reason == WHITESPACE_ONLY


def test_decomposed_accents_are_composed_so_words_and_places_read_as_written() -> None:
    # "e" and U+0301 for "é" (macOS, some CMS exports): "Zu\u0308rich" was no Zürich for the gazetteer, and
    # a term "café" matched "Cafe\u0301" only through a second spelling.
    decomposed = "Cafe\u0301 owners in Zu\u0308rich, Switzerland, protest the re\u0301gime.\n"
    text = decode_article(decomposed.encode("utf-8")).text
    assert text == "Café owners in Zürich, Switzerland, protest the régime.\n"
    from transforms.enrichments import places
    from transforms.enrichments.batch import ParagraphBatch

    assert "Zürich" in places.rows(ParagraphBatch([text.strip()], ["p"], ["a"]))["name"]


@pytest.mark.parametrize(
    "raw",
    [
        b"\x00\x01 not text",  # two control bytes in eleven: read as an article "\x01 not text"
        b"\x01\x02\x03\x04Storm Ciaran batters Cornwall\n\nWinds of 100mph hit the coast.\n",
        b"\x1f\x8b\x08\x08\x12\x34\x56\x65\x02\x03news.txt",  # a gzip header saved as .txt: was "undecodable"
        b"\xff\xfe" + bytes([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0]) * 4,  # a UTF-16 BOM before control characters
    ],
)
def test_control_bytes_beyond_a_stray_few_make_a_file_binary_as_nuls_do(raw: bytes) -> None:
    with pytest.raises(UndecodableText) as caught:
        decode_article(raw)
    assert caught.value.reason == BINARY


def test_a_stray_control_byte_is_text_and_no_character_of_it() -> None:
    article = b"Storm Ciaran batters Cornwall\n\nWinds of 100mph hit the coast on Thursday, the Met Office said.\n"
    # An old DOS file's closing SUB made a paragraph end "said.\n\x1a"; a SOH in the middle stayed in the text.
    for raw in (article * 3 + b"\x1a", article + b"\x01" + article, "\ufeff".encode("utf-16-le") + (
            article.decode() + "\x1a").encode("utf-16-le")):
        text = decode_article(raw).text
        assert text.startswith("Storm Ciaran") and not re.search(r"[\x00-\x06\x0e-\x1a\x1c-\x1f]", text)
    # a stray control after the first 64 KB too
    assert "\x01" not in decode_article(article * 1000 + b"\x01" + article).text
    # Text's own controls are kept: a word processor's line break (VT), a form feed between pages.
    assert "\v" in decode_article(b"The chancellor said\vthat taxes would fall.\n").text
