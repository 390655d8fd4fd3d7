"""Tone: "any" carries a negation past VADER's three words ("did not expect any job losses")."""

from __future__ import annotations

from tests.transforms.enrichments.tone_texts import tones


def test_a_negation_reaches_the_words_after_any() -> None:
    # job losses, casualties and redundancies not expected are good news
    expected = tones("The firm said it did not expect any job losses at the plant.",
                     "Officials do not expect any further casualties.",
                     "The club did not report any serious injuries.")
    assert min(expected) > 0
    # help not given is bad news, four words past the negation
    assert tones("The union didn't give me any help off the field.")[0] < 0


def test_a_word_of_tone_before_any_keeps_the_negation_where_it_is() -> None:
    # "not want": the negation reaches "want" as before, and "trouble" three words on stays bad, as VADER reads it
    with_any, without = tones("We did not want any trouble.", "We did not want trouble.")
    assert (with_any > 0) == (without > 0)
    # "any" with no negation before it negates nothing
    assert tones("Any job losses would hurt the town.")[0] < 0


def test_an_any_of_the_next_sentence_is_not_negated() -> None:
    # "did not comment. Any job losses": the negation moved to the next sentence's "any" and read the losses as good
    across, alone = tones("Officials did not comment. Any job losses would be announced later.",
                          "Any job losses would be announced later.")
    assert across < 0 and alone < 0
    # within one sentence, past a comma, it still reaches
    assert tones("The firm did not, however, expect any job losses.")[0] > 0
