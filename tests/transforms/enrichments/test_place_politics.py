"""A region of two countries ("Punjab") that its article's places leave undecided: the country whose politics the
article names (`place_politics`)."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_politics import named_politics


def found(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Pakistan's leaders and parties, no place of Pakistan: its province
    (("Punjab's chief minister Maryam Nawaz launched a free solar panel scheme.",), [("Punjab", "PK")]),
    (("Police in Punjab detained 40 workers.", "Tehreek-e-Insaf said the raids were illegal."), [("Punjab", "PK")]),
    # India's: its state, as alone
    (("Punjab's chief minister Bhagwant Mann met protesting farmers.",), [("Punjab", "IN")]),
    # the article's places first: India named, India's state, whatever Pakistan's leader
    (("Imran Khan's speech was shared widely in India's Punjab.",), [("India", "IN"), ("Punjab", "IN")]),
    (("Supporters of Modi rallied in Lahore, the capital of Punjab.",), [("Lahore", "PK"), ("Punjab", "PK")]),
    # both countries' politics: undecided, the first, India's
    (("Modi and Imran Khan both spoke of Punjab's farmers.",), [("Punjab", "IN")]),
    # the Press Trust of India's credit is no Pakistani party
    (("Punjab's cabinet met on Monday (PTI).",), [("Punjab", "IN")]),
    # both countries' politics, one's of the region itself: a Pakistani story names India's prime minister, an Indian
    # one Pakistan's; the province's own chief minister is named by its own country's news
    (("The PML-N government in Punjab condemned Narendra Modi's remarks on the Indus waters.",
      "Chief Minister Maryam Nawaz said the province would not be intimidated."), [("Punjab", "PK")]),
    (("Bhagwant Mann said Punjab's farmers owed nothing to Imran Khan's old claims on the rivers.",),
     [("Punjab", "IN")]),
    # the region's leaders of both: the countries' as before, undecided, India's
    (("Bhagwant Mann and Maryam Nawaz traded blame for the smog over Punjab.",), [("Punjab", "IN")]),
])
def test_a_region_of_two_countries_is_the_one_whose_politics_its_article_names(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert found(*paragraphs) == expected


def test_a_politics_word_counts_only_whole() -> None:
    assert named_politics("Modiji and the BJPs", {"IN"}) == set()
    assert named_politics("Zardari's son", {"IN", "PK"}) == {"PK"}
