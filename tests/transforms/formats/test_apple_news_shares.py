"""An Apple News share (apple.news): its "Open in News" button is no paragraph of the story, and its byline's name is
parted from its day by a middle dot."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.record_authors import authors_of

STORY = ("Ferry operator cancels winter sailings to Arran\n\nCalMac has cancelled a further 40 sailings to Arran this "
         "winter after a second vessel failed its inspection.\n\n{button}\n\nBusinesses on the island said the cuts "
         "would cost them thousands of pounds.\n")


@pytest.mark.parametrize("button", ["Open in News", "Open in Apple News", "Read in the News app"])
def test_an_apple_news_button_copied_with_a_story_is_no_paragraph(button: str) -> None:
    article = read_articles(STORY.format(button=button).encode(), "txt", ReadOptions()).articles[0]
    assert button not in article.text and "Businesses on the island" in article.text


def test_a_story_line_about_the_news_stays() -> None:
    text = STORY.format(button="Open news conferences resumed in March.")
    assert "Open news conferences" in read_articles(text.encode(), "txt", ReadOptions()).articles[0].text


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("By Martin Williams · 14 January 2026", ("Martin Williams",)),  # it was the name, the dot and the day
     ("Martin Williams ·", ("Martin Williams",)),
     ("Jane Doe • BBC News", ("Jane Doe",)),
     ("Maria Pujol i Gal·la", ("Maria Pujol i Gal·la",))],  # a Catalan "l·l" inside a name stays
)
def test_a_middle_dot_parts_a_bylines_name_from_what_follows(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


@pytest.mark.parametrize("byline", ["By Tom Roe · 5 min read", "Tom Roe | 12-minute read", "By Tom Roe, 3 mins read"])
def test_a_reading_time_beside_a_byline_is_no_author(byline: str) -> None:
    # parted from the name by its dot, "5 min read" was a second author
    assert authors_of(byline) == ("Tom Roe",)
    assert authors_of("By Minnie Read") == ("Minnie Read",)
