"""A feed's channel title naming a section after its site's name ("SportsPulse - Results", "World news | The Guardian"):
each item's site is the site's name, the part its channel link's host names."""

from __future__ import annotations

import pytest

from transforms.formats import read_articles


def feed(title: str, link: str = "https://sportspulse.example.com/") -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>{link}</link>'
            "<item><title>Leafs fall in overtime</title><link>https://sportspulse.example.com/a</link>"
            "<description>The Leafs lost 4-3 in overtime to the Canucks on Thursday night.</description>"
            "</item></channel></rss>").encode()


@pytest.mark.parametrize(("title", "link", "site"), [
    ("SportsPulse Africa &amp; Asia - Results", "https://sportspulse.example.com/", "SportsPulse Africa & Asia"),
    ("World news | The Guardian", "https://www.theguardian.com/world", "The Guardian"),
    ("BBC News - World", "https://www.bbc.co.uk/news/world", "BBC News"),
])
def test_a_channel_titles_section_is_no_part_of_its_items_site(title: str, link: str, site: str) -> None:
    assert [a.site for a in read_articles(feed(title, link), "feed").articles] == [site]


@pytest.mark.parametrize(("title", "link"), [
    ("Local Times", "https://lt.example.com/"),  # no section
    ("Ask HN - Hacker News", "https://news.ycombinator.com/"),  # no part its host names: kept whole
    ("Rock - Paper - Scissors Weekly", ""),  # no link to tell
])
def test_a_channel_title_no_part_of_which_its_host_names_stays_whole(title: str, link: str) -> None:
    assert [a.site for a in read_articles(feed(title, link), "feed").articles] == [title]
