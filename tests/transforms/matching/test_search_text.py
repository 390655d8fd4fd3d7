"""transforms.matching.search_text: non-word characters as spaces, lower-cased, the text's length kept."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from transforms.matching.search_text import _latin_key_bytes, ascii_key_text, search_text

WORD_OR_NOT = re.compile(r"[^\w ]|_")


def reference_search_text(text: str, lower: bool = True) -> str:
    """search_text's rule written the plain way: lower-case, then every non-word character a space,
    except a combining mark right after a word character (or after such a mark)."""
    if lower:
        text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out: list[str] = []
    for c in text:
        attached = unicodedata.category(c)[0] == "M" and bool(out) and out[-1] != " "
        out.append(c if attached or not WORD_OR_NOT.match(c) else " ")
    return "".join(out)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_search_text_keeps_length_and_blanks_exactly_the_non_word_characters(text: str) -> None:
    assert search_text(text) == reference_search_text(text)
    assert search_text(text, lower=False) == reference_search_text(text, lower=False)


@given(st.text(alphabet=st.sampled_from("aE \u0301\u0308\u093f\u20dd.é’😀日"), max_size=30))
def test_combining_marks_after_a_letter_are_part_of_its_word(text: str) -> None:
    assert search_text(text) == reference_search_text(text)
    key = "".join(c if c.isascii() else ("\x80" if c != " " else c) for c in search_text(text))
    assert ascii_key_text(text) == key


def test_a_decomposed_accent_does_not_split_a_word() -> None:
    # "régime" written as "re" + U+0301 + "gime" was read as "re" and "gime".
    assert search_text("the re\u0301gime\u2019s") == "the re\u0301gime s"
    assert ascii_key_text("the re\u0301gime\u2019s") == "the re\x80gime s"
    assert search_text(" \u0301 x") == "   x"  # a mark with no letter before it is no word


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_key_text_is_the_search_text_one_byte_a_character(text: str) -> None:
    # every non-ASCII word character "\x80", whatever the script, a combining mark, the Kelvin sign, "İ"
    key = "".join(c if c.isascii() else ("\x80" if c != " " else c) for c in search_text(text))
    assert ascii_key_text(text) == key


# Mostly Latin-1 text with a few other characters, the key text's byte-table path (news: curly quotes,
# dashes, a "?" of its own), as long as a paragraph, so that the few others stay below its share.
_MOSTLY_LATIN = st.text(alphabet=st.sampled_from("aZ 9.'éÉßµÿ×\u00a0"), min_size=200, max_size=400)
_OTHERS = st.lists(st.sampled_from("’“–€İK\u0301\u0308日😀\ud800?"), max_size=3)


@given(_MOSTLY_LATIN, _OTHERS, st.lists(st.integers(0, 400), min_size=3, max_size=3))
def test_the_key_text_of_mostly_latin_text_is_the_search_text_one_byte_a_character(
    text: str, others: list[str], places: list[int]
) -> None:
    for c, at in zip(others, places, strict=False):
        text = text[:at] + c + text[at:]
    assert _latin_key_bytes(text) is not None  # the byte table's path, not that of every code point
    key = "".join(c if c.isascii() else ("\x80" if c != " " else c) for c in search_text(text))
    assert ascii_key_text(text) == key
