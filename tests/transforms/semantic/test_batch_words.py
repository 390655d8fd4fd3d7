"""transforms.semantic.batch_words: every word of a batch with its character offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.transforms.semantic.test_layer import ITEMS
from transforms.semantic.batch_words import WIDE_SHARE, batch_words


def _words_by_hand(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Each text's words as (start, end, lower-case word): runs of characters str.isalnum accepts, a
    number's parts across one "." or "," as one word ("4.5bn", "1,500")."""
    import re

    from transforms.matching.search_text import search_text

    found = []
    for t in texts:
        words: list[tuple[int, int, str]] = []
        part = ""  # the last word read, before it was joined to the words before it ("1,500,000": "000")
        for m in re.finditer(r"[^ ]+", search_text(t)):
            if words and m.start() == words[-1][1] + 1 and t[words[-1][1]] in ".," and part.isdigit() \
                    and m.group()[0].isdigit():
                a, b, w = words.pop()
                words.append((a, m.end(), w + t[b] + m.group()))
            else:
                words.append((m.start(), m.end(), m.group()))
            part = m.group()
        found.append(words)
    return found


def _check_batch_words(texts: list[str]) -> None:
    words = batch_words(texts)
    found = [[] for _ in texts]
    for t, a, b, c in zip(words.text.tolist(), words.start.tolist(), words.end.tolist(), words.code.tolist(),
                          strict=True):
        found[t].append((a, b, words.distinct[c]))
    assert found == _words_by_hand(texts)
    in_order = [w for text in _words_by_hand(texts) for _, _, w in text]
    assert words.distinct == list(dict.fromkeys(in_order))  # numbered in order of first appearance


@given(st.lists(st.text(alphabet=st.sampled_from("ab Zé€İß日\u00a0\n.,-'2😀½"), max_size=30), max_size=6))
def test_batch_words_finds_each_word_with_its_character_offsets(texts: list[str]) -> None:
    _check_batch_words(texts)


def test_batch_words_reads_a_few_non_ascii_words_in_english_text_and_many_as_unicode() -> None:
    english = " ".join(f"word{n} alpha beta gamma delta" for n in range(200))
    # Few words with a non-ASCII letter (under WIDE_SHARE): each read from its own characters, two
    # spellings of one key ("caf_") numbered apart, in order of first appearance.
    few = [english, "Le CAFÉ et le café, le cafè: Zürich", english]
    assert WIDE_SHARE * sum(len(t.split()) for t in few) > 6
    _check_batch_words(few)
    assert {"café", "cafè", "zürich"} <= set(batch_words(few).distinct)
    # Many (a French batch): the whole batch read as Unicode, the same words.
    many = ["L'élève a acheté un café à Genève près de l'école", "Der Bürgermeister grüßt über die Straße"] * 20
    _check_batch_words(many)
    assert batch_words(many).distinct[:3] == ["l", "élève", "a"]


def test_batch_words_on_news_text_with_and_without_non_ascii() -> None:
    _check_batch_words(ITEMS + ["", "   ", "Café «Noël» costs £2½ in İstanbul; straße", "日本語 テキスト ok"])
    _check_batch_words(["War, war and WAR."])


def test_a_number_with_a_decimal_point_or_commas_is_one_word() -> None:
    # The key text reads "." and "," as spaces: "$4.5bn" was the words "4" and "5bn", and "5bn" was
    # semantic evidence whose span began inside the number.
    words = batch_words(["Priced at $4.5bn, up 1,500,000 in 2004.Then 3,5"])
    spelled = [words.distinct[c] for c in words.code.tolist()]
    assert spelled == ["priced", "at", "4.5bn", "up", "1,500,000", "in", "2004", "then", "3,5"]
    assert (words.start[2], words.end[2]) == (11, 16)  # "4.5bn" of "$4.5bn"


# Numbers and their marks above all, with digits str.isdigit reads as digits beyond ASCII ("²", "٣"): joined numbers
# that come before their parts read alone, the same number twice, a mark between words that are no numbers.
_NUMBER_PIECES = st.sampled_from(["1", "25", "0", ".", ",", " ", "bn", "x", "²", "٣", "é", "-"])


@given(st.lists(st.lists(_NUMBER_PIECES, max_size=24).map("".join), max_size=5))
def test_numbers_are_joined_and_numbered_as_the_plain_reading_does(texts: list[str]) -> None:
    _check_batch_words(texts)
