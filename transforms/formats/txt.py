"""Plain-text articles (.txt): a headline on line 1 or a summary layout, optional YAML or TOML front matter."""

from __future__ import annotations

from transforms.formats.base import ReadOptions, ReadResult, with_prose
from transforms.formats.front_matter import article_with_front_matter, with_title_paragraph
from transforms.text import decode_article


def read_txt(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of a text file (raises transforms.undecodable.UndecodableText for non-text bytes, and
    FormatError(no_article_text) for a file of nothing but front matter).

    >>> read_txt(b"---\\ntitle: Rain\\ndate: 2022-09-23\\n---\\nRain at last.\\n", ReadOptions()).articles[0].title
    'Rain'
    """
    decoded = decode_article(data)
    # A front matter's title the text does not open with is its first paragraph, as a records file's title is
    article = with_title_paragraph(with_prose(article_with_front_matter(decoded.text), "text file"))
    return ReadResult([article], encoding=decoded.encoding)
