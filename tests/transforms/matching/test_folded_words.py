"""Accents do not count in term matching (transforms.matching.folded_words), and evidence reads the paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.matching.folded_words import folded_word, folded_words
from transforms.matching.joined_text import JoinedText
from transforms.matching.key_words import key_words
from transforms.matching.search_text import ascii_key_text
from transforms.matching.themes import ThemeMatcher, label_paragraphs
from transforms.taxonomy import parse_taxonomy


def evidence(terms: str, paragraphs: list[str], exclude: str = "") -> list[tuple[int, str]]:
    """Return (paragraph, the paragraph's text at the evidence's offsets) of a one-theme taxonomy's labels."""
    tax = parse_taxonomy(f'[taxonomy]\nmin_score = 1.0\n[[themes]]\nid = "t"\nterms = [{terms}]\nexclude = [{exclude}]')
    return [(lb.paragraph, paragraphs[lb.paragraph][e.start : e.end])
            for lb in label_paragraphs(tax, paragraphs) for e in lb.evidence]


CAFES = ["A cafe opened.", "Two cafés closed.", "CAFÉ SOCIETY", "The cafe\u0301 is open.", "Caffè nero"]


@pytest.mark.parametrize("term", ["cafe", "café", "Café", "cafe\u0301"])
def test_a_term_matches_its_word_with_or_without_accents(term: str) -> None:
    assert evidence(f'"{term}"', CAFES) == [(0, "cafe"), (1, "cafés"), (2, "CAFÉ"), (3, "cafe\u0301")]


@pytest.mark.parametrize("term, text, read", [
    ("Zürich", "Banks in Zurich and ZURICH's bourse", ["Zurich", "ZURICH"]),
    ("Zurich", "Banks in Zürich and ZÜRICH's bourse", ["Zürich", "ZÜRICH"]),
    ("São Paulo", "Floods in Sao Paulo; SÃO PAULO state", ["Sao Paulo", "SÃO PAULO"]),
    ("Eowyn", "Storm Éowyn hit Ireland", ["Éowyn"]),
    ("naïve", "A naive plan, a NAÏVE one", ["naive", "NAÏVE"]),
])
def test_names_match_written_with_or_without_their_accents(term: str, text: str, read: list[str]) -> None:
    assert evidence(f'"{term}"', [text]) == [(0, word) for word in read]


@pytest.mark.parametrize("term, text, read", [
    ("straße", "Die Straße, die STRASSE, die Strasse", ["Straße"]),
    ("strasse", "Die Straße, die STRASSE", ["STRASSE"]),
    ("Øresund", "The Øresund bridge, not Oresund", ["Øresund"]),
    ("łódź", "In Łódź and Lodz", ["Łódź"]),
    ("οδος", "οδός, ΟΔΌΣ, οδοσ", ["οδός", "ΟΔΌΣ", "οδοσ"]),  # Greek accents and final sigma fold too
    ("москва", "Москва и Moskva", ["Москва"]),
])
def test_a_letter_with_no_base_letter_matches_only_itself(term: str, text: str, read: list[str]) -> None:
    assert evidence(f'"{term}"', [text]) == [(0, word) for word in read]


def test_an_accented_exclusion_silences_the_plain_text() -> None:
    assert evidence('"cafe"', ["Cafe Society met.", "A café."], exclude='"café society"') == [(1, "café")]


def test_evidence_offsets_count_the_paragraphs_own_characters() -> None:
    # Emoji outside the Basic Multilingual Plane (two UTF-16 units, four UTF-8 bytes) and accents before the
    # match: the offsets are of characters of the paragraph as written.
    texts = ["😀🇬🇧 Ça va? Café «Zürich» 👍🏽 cafe\u0301s", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 naïve CAFE"]
    assert evidence('"café", "zurich"', texts) == [(0, "Café"), (0, "Zürich"), (0, "cafe\u0301s"), (1, "CAFE")]


def test_a_taxonomy_with_accented_terms_keeps_the_fast_path() -> None:
    from warehouse.taxonomy_files import read_taxonomy_text

    text = read_taxonomy_text().replace('terms = [', 'terms = ["café", "São Paulo", "straße", "Øresund", ', 1)
    matcher = ThemeMatcher(parse_taxonomy(text))
    assert matcher._phrases is not None  # found by the batch's words, not by the automaton
    rows = matcher.term_rows(["A Cafe in Sao Paulo, on the Straße."])
    first_theme = [matcher.terms[t] for t, th in zip(rows.term.tolist(), rows.theme.tolist(), strict=True) if th == 0]
    assert first_theme == ["café", "São Paulo", "straße"]


@given(st.text(alphabet=st.sampled_from("aZé É\u0301\u0308ßøΣς😀’.-xıİﬁｆक\u093e"), max_size=40))
def test_each_word_reads_its_folded_text(text: str) -> None:
    words = key_words(ascii_key_text(text))
    folded = folded_words(words, text)
    assert (folded.start.tolist(), folded.end.tolist()) == (words.start.tolist(), words.end.tolist())
    read = [folded.dictionary[c].as_py() for c in folded.code.tolist()]
    assert read == [folded_word(text[s:e]) for s, e in zip(words.start.tolist(), words.end.tolist(), strict=True)]


@pytest.mark.parametrize("term, texts, read", [
    # Devanagari's vowel signs and Thai's tone marks are marks of no accent: "कम" (less) is no "काम" (work),
    # "ขาว" (white) no "ข่าว" (news)
    ("काम", ["कम पैसा", "काम"], [(1, "काम")]),
    ("ข่าว", ["ขาว ดี", "ข่าว ดี"], [(1, "ข่าว")]),
    # Hebrew's and Arabic's vowel points are left out as accents are
    ("שלום", ["\u200fשָׁלוֹם עליכם"], [(0, "שָׁלוֹם")]),
    ("كتاب", ["كِتَاب جديد"], [(0, "كِتَاب")]),
])
def test_only_accents_marks_are_dropped(term: str, texts: list[str], read: list[tuple[int, str]]) -> None:
    assert evidence(f'"{term}"', texts) == read


def test_a_term_of_letters_with_marks_keeps_the_fast_path() -> None:
    matcher = ThemeMatcher(parse_taxonomy('[[themes]]\nid = "t"\nterms = ["काम", "café"]'))
    assert matcher._phrases is not None


@pytest.mark.parametrize("term, text, read", [
    # Turkish's dotless "ı" reads "i": its capital "I" lower-cases to "i", so capitals and English spellings differ
    ("Diyarbakır", "Diyarbakır; Diyarbakir; DİYARBAKIR; DIYARBAKIR",
     ["Diyarbakır", "Diyarbakir", "DİYARBAKIR", "DIYARBAKIR"]),
    ("istanbul", "İstanbul'da, ISTANBUL, İSTANBUL", ["İstanbul", "ISTANBUL", "İSTANBUL"]),
    # a ligature (text out of PDFs) and full-width letters (East Asian text) are the letters they stand for
    ("finance", "ﬁnance ministers", ["ﬁnance"]),
    ("finance", "ｆｉｎａｎｃｅ news, ＦＩＮＡＮＣＥ", ["ｆｉｎａｎｃｅ", "ＦＩＮＡＮＣＥ"]),
    ("ﬁnance", "finance", ["finance"]),
])
def test_letters_that_lower_case_or_compose_apart_match_alike(term: str, text: str, read: list[str]) -> None:
    assert evidence(f'"{term}"', [text]) == [(0, word) for word in read]


@pytest.mark.parametrize("paragraphs", [
    ["Plain ASCII text, with 4.5bn and U.S. dollars."],
    ["\u201cCurly quotes\u201d and a dash \u2014 no letter outside ASCII."],
    ["Caf\u00e9 society", "Zu\u0308rich and Z\u00fcrich",
     "Stra\u00dfe \u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1"],
    ["\ufb01nance", "", "ASCII after all"],
])
def test_a_batchs_folded_words_are_those_of_its_text_whatever_its_letters(paragraphs) -> None:
    # JoinedText skips the fold where its key text has no non-ASCII letter: the same words as folding them.
    batch = JoinedText.of(paragraphs)
    expected = folded_words(batch.words, batch.text)
    got = batch.folded_words
    assert got.code.tolist() == expected.code.tolist() and got.start.tolist() == expected.start.tolist()
    assert [got.dictionary[c].as_py() for c in got.code.tolist()] == \
        [expected.dictionary[c].as_py() for c in expected.code.tolist()]
