"""Plain-text articles (.txt): a headline on line 1 or a summary layout, optional YAML or TOML front matter, a date
at its head ("Published: 2024-03-05", a wire's dateline: `txt_dates`) where its front matter gives none."""

from __future__ import annotations

from dataclasses import replace

from transforms.formats.base import ReadOptions, ReadResult, with_prose
from transforms.formats.front_matter import article_with_front_matter, with_title_paragraph
from transforms.formats.txt_dates import txt_date
from transforms.text import decode_article


def read_txt(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of a text file (raises transforms.undecodable.UndecodableText for non-text bytes, and
    FormatError(no_article_text) for a file of nothing but front matter).

    >>> read_txt(b"---\\ntitle: Rain\\ndate: 2022-09-23\\n---\\nRain at last.\\n", ReadOptions()).articles[0].title
    'Rain'
    """
    decoded = decode_article(data)
    # A front matter's title the text does not open with is its first paragraph, as a records file's title is
    article = article_with_front_matter(decoded.text)
    if article.published_at is None and "date_unparsed" not in article.metadata:
        # a "Published: 2024-03-05" line or a wire's dateline at its head: its date (`txt_dates`)
        published, text = txt_date(article.text)
        article = replace(article, published_at=published, text=text) if published is not None else article
    article = with_title_paragraph(with_prose(article, "text file"))
    return ReadResult([article], encoding=decoded.encoding)
