"""Tone of British and Commonwealth spellings of VADER's American words ("favourable", "tumour", "sombre")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.tone_spellings import british_spelling


@pytest.mark.parametrize(("american", "british"), [
    ("The ruling was favorable to the union.", "The ruling was favourable to the union."),
    ("Doctors removed a tumor.", "Doctors removed a tumour."),
    ("The mood was somber.", "The mood was sombre."),
    ("It was a marvelous performance.", "It was a marvellous performance."),
    ("He was humorless and cold.", "He was humourless and cold."),
    ("They were demoralized by the result.", "They were demoralised by the result."),
    ("The plan would fulfill a promise.", "The plan would fulfil a promise."),
])
def test_a_british_spelling_reads_as_its_american_word(american: str, british: str) -> None:
    us, uk = tones(american, british)
    assert us != 0 and uk == us


@pytest.mark.parametrize("word", ["horror", "error", "terror", "inferior", "humorous", "honorary", "vigorous",
                                  "prize", "feeling", "fabulous", "defensive", "better"])
def test_a_word_british_spelling_writes_alike_is_left_as_it_is(word: str) -> None:
    assert british_spelling(word) == word


def test_a_british_form_the_lexicon_has_keeps_its_own_valence() -> None:
    lexicon = tone.lexicon()  # VADER's "defence" is 0.4 and "defense" 0.5: each keeps its own
    assert (lexicon["defence"], lexicon["defense"]) == (0.4, 0.5)
    assert all(lexicon[british_spelling(word)] == lexicon[word] for word in ("favorable", "tumor", "somber"))


def test_a_favourite_is_a_liking_only_after_one_whose_liking_it_is() -> None:
    liked, tipped, tipped_too = tones("Readers voted it their favourite book.", "Actor Scott is new Bond favourite",
                                      "Lennon brands Rangers favourites")
    assert liked > 0 and tipped == 0 and tipped_too == 0


def test_defence_is_a_ministry_or_a_side_no_feeling() -> None:
    assert tones("Ministry of Defence officials met on Tuesday.", "PeopleSoft Plays Defense") == [0, 0]
