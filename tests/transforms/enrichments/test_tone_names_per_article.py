"""A name written mid-sentence makes a sentence-opening word of praise before it a name's in its own article only."""

from __future__ import annotations

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch

OPENING = "Glorious Goodwood returns next week."
ELSEWHERE = "Crowds packed into Glorious Goodwood on Tuesday."


def _tone(texts: list[str], articles: list[str]) -> list[float]:
    return tone.rows(ParagraphBatch(texts, [f"p{i}" for i in range(len(texts))], articles))["tone"]


def test_a_paragraphs_tone_does_not_depend_on_the_other_articles_of_its_batch() -> None:
    # The names seen mid-sentence were the batch's: "Glorious Goodwood returns" read as praise alone and as a name
    # beside another article's "into Glorious Goodwood", so a file's tone changed with the files run beside it.
    alone = _tone([OPENING], ["a"])[0]
    beside_another = _tone([OPENING, ELSEWHERE], ["a", "b"])[0]
    assert beside_another == alone


def test_a_name_its_own_article_writes_mid_sentence_still_makes_the_opening_word_a_names() -> None:
    # within one article the mid-sentence use still says the pair is a name: no praise for the opening "Glorious"
    assert _tone([OPENING, ELSEWHERE], ["a", "a"])[0] == 0.0
