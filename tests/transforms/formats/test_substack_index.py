"""A Substack export's `posts.csv` read alone: no articles, and its detail says where their text is."""

from __future__ import annotations

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

_INDEX = (b"post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url\n"
          b"140123456.rates-rise,2024-03-05T10:00:00.000Z,true,2024-03-05T10:01:00.000Z,,newsletter,everyone,"
          b"Rates rise,What it means,\n")


def test_a_lone_substack_index_says_its_posts_text_is_in_the_exports_posts_folder() -> None:
    # It was told to map a text column it has none of ("use --field text=NAME")
    with pytest.raises(FormatError) as raised:
        read_articles(_INDEX, "csv", ReadOptions())
    assert raised.value.reason == "no_text_field"
    assert "Substack" in raised.value.detail and "posts/" in raised.value.detail


def test_an_index_with_its_posts_bodies_is_read_as_articles() -> None:
    data = (b"post_id,post_date,is_published,title,body_html\n"
            b"1.rain,2024-03-05,true,Rain,<p>Rain fell across the county overnight and flooded two roads.</p>\n")
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.title == "Rain"
