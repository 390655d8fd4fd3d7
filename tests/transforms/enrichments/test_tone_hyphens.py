"""VADER's hyphenated entries ("cover-up", "short-sighted") read as the text writes them, and a tone key written with a
hyphen, which the text never reads, is refused rather than sending every batch to the slower scan."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone_keys
from transforms.enrichments.tone_news_words import NEWS_WORDS


@pytest.mark.parametrize("text, sign", [
    ("There was a cover-up.", -1),
    ("The plan is short-sighted.", -1),
    ("It was short-sightedness.", -1),
    ("It was a once-in-a-lifetime trip.", 1),
])
def test_a_hyphenated_entry_of_the_lexicon_has_its_tone(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0


def test_a_hyphenated_entry_reads_the_same_with_a_space_or_a_hyphen() -> None:
    hyphen, space = tones("They denied a cover-up.", "They denied a cover up.")
    assert hyphen == space < 0


def test_emoticons_with_a_hyphen_are_no_words_of_the_lexicon() -> None:
    assert not {"x-d", "8-o", ":-p", "aug-00"} & set(tone_keys.lexicon())


def test_a_tone_key_written_with_a_hyphen_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tone_keys, "NEWS_WORDS", {**NEWS_WORDS, "anti-war": -1.0})
    with pytest.raises(ValueError, match="anti-war"):
        tone_keys.keys.__wrapped__()
