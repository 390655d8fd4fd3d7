"""A Substack newsletter's export: its `posts.csv` indexes its posts (`post_id`, `post_date`, `is_published`, `title`,
`subtitle`, `type`, `audience`) and holds none of their text, which is in `posts/<post_id>.html` beside it, a body
without its headline or day. Each post's page gets its index's title and day (it had neither), the index itself no
article (it was quarantined `no_text_field`)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import NamedTuple

from transforms.formats.base import ArticleRecord
from transforms.formats.dates import parse_date
from transforms.formats.front_matter import with_title_paragraph

# The index's own columns, which no other CSV names together; a body's column among them makes it an articles file
_INDEX_COLUMNS = frozenset({"post_id", "post_date", "is_published", "title"})
_BODY_COLUMNS = frozenset({"body", "body_html", "html", "text", "content", "content_html"})


class ListedPost(NamedTuple):
    """One post of a Substack export's index: its headline, its standfirst, its day and what the index says of it."""

    title: str
    subtitle: str
    post_date: str
    published: bool
    post_type: str
    audience: str


def is_post_index(header: bytes) -> bool:
    """Return whether a CSV's first line is a Substack export's index of its posts (and no file of their text).

    >>> is_post_index(b"post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle")
    True
    >>> is_post_index(b"post_id,post_date,is_published,title,body_html"), is_post_index(b"id,title,date,text")
    (False, False)
    """
    names = {name.strip().strip('"').lower() for name in header.decode("utf-8", "replace").split(",")}
    return _INDEX_COLUMNS <= names and not names & _BODY_COLUMNS


def index_detail(columns: list[str]) -> str | None:
    """Return why a Substack export's `posts.csv` read alone holds no articles, and what to read; None for another
    file's columns.

    >>> index_detail(["post_id", "post_date", "is_published", "title", "subtitle"])[:46]
    "a Substack export's posts.csv: an index of its"
    >>> index_detail(["post_id", "title", "text"]) is None
    True
    """
    # Read without its `posts` folder (uploaded alone, or copied out of the export) it was told to map a text column
    # it has none of
    if not is_post_index(",".join(columns).encode()):
        return None
    return ("a Substack export's posts.csv: an index of its posts (title, post_date), not their text, which is in the "
            "export's posts/ folder, one HTML page each: read the export's whole folder, posts.csv beside posts/")


def listed_posts(data: bytes) -> dict[str, ListedPost]:
    """Return a Substack export's index of posts by `post_id` ("148223817.the-bus-plan", its page's name).

    >>> posts = listed_posts(b"post_id,post_date,is_published,type,audience,title,subtitle\\n"
    ...                      b"1.rain,2026-01-14T09:12:00.000Z,true,newsletter,everyone,Rain,Wet\\n")
    >>> posts["1.rain"].title, posts["1.rain"].published
    ('Rain', True)
    """
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig", "replace")))
    return {
        (row.get("post_id") or "").strip(): ListedPost(
            (row.get("title") or "").strip(), (row.get("subtitle") or "").strip(), (row.get("post_date") or "").strip(),
            (row.get("is_published") or "").strip().lower() == "true", (row.get("type") or "").strip(),
            (row.get("audience") or "").strip())
        for row in rows if (row.get("post_id") or "").strip()
    }


def with_listed_post(article: ArticleRecord, post: ListedPost) -> ArticleRecord:
    """Return a post's page's article with what its export's index says of it: its headline (its first paragraph),
    its day where the page gives none, its standfirst, whether it was sent (`status`, "published" or "draft", as a
    Ghost or WordPress export's post keeps it), its `post_type` and `audience`; a draft has no day."""
    metadata = dict(article.metadata)
    metadata.setdefault("status", "published" if post.published else "draft")
    for key, value in (("subtitle", post.subtitle), ("post_type", post.post_type), ("audience", post.audience)):
        if value:
            metadata.setdefault(key, value)
    # a draft's `post_date` is when it was last scheduled or saved, no day it was sent: a draft has none
    published = article.published_at or (parse_date(post.post_date) if post.post_date and post.published else None)
    read = replace(article, published_at=published, metadata=metadata)
    if article.title or not post.title:
        return read
    return with_title_paragraph(replace(read, title=post.title))
