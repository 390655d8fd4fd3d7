"""A Substack export's files read with their neighbours: a post's page (`posts/<post_id>.html`) with its row of the
`posts.csv` beside its folder, the index read once a process while it is unchanged (`transforms.formats.
substack_exports`)."""

from __future__ import annotations

import os

from transforms.formats.substack_exports import ListedPost, is_post_index, listed_posts
from warehouse import storage

_INDEX = "posts.csv"
_POSTS = "posts"
# An index's path → its mtime and size when read, and its posts: a batch's pages read it once
_READ: dict[str, tuple[int, int, dict[str, ListedPost]]] = {}


def is_index_beside_posts(path: str, data: bytes) -> bool:
    """Return whether a local file is a Substack export's index with its `posts` folder beside it (no articles)."""
    if os.path.basename(path) != _INDEX or not os.path.isdir(os.path.join(os.path.dirname(path), _POSTS)):
        return False
    return is_post_index(data.split(b"\n", 1)[0].lstrip(b"\xef\xbb\xbf"))


def index_of_page(path: str) -> str | None:
    """Return the index a local post's page would be listed in (`posts/<post_id>.html` → `posts.csv`), else None.

    >>> index_of_page(os.path.join("news", "posts", "1.rain.html")) == os.path.join("news", "posts.csv")
    True
    >>> index_of_page(os.path.join("news", "1.rain.html")) is None
    True
    """
    folder, name = os.path.split(path)
    if not name.endswith(".html") or os.path.basename(folder) != _POSTS:
        return None
    return os.path.join(os.path.dirname(folder), _INDEX)


def is_index_path(path: str) -> bool:
    """Return whether a local path is named as a Substack export's index (`posts.csv`), whatever it holds.

    A remote one is not: the index is read on a local source only, so a remote page has no row of it.
    """
    return path.endswith(_INDEX) and os.path.basename(path) == _INDEX and not storage.is_url(path)


def holds_post_index(path: str) -> bool:
    """Return whether a local `posts.csv` is a Substack export's index beside its `posts` folder, by its first line.

    A scraper's own `posts.csv` beside its saved pages is not: its pages have no row of it to bring up to date.
    """
    if not is_index_path(path):
        return False
    try:
        with open(path, "rb") as file:
            head = file.readline(1 << 16)  # a header's line, however long a CSV's rows
    except OSError:
        return False
    return is_index_beside_posts(path, head)


def listed_post(path: str) -> ListedPost | None:
    """Return a local post's page's row of its export's index (`posts/<post_id>.html` under `posts.csv`), else None."""
    index = index_of_page(path)
    if index is None:
        return None
    name = os.path.basename(path)
    try:
        stat = os.stat(index)
    except OSError:
        return None
    known = _READ.get(index)
    if known is None or known[:2] != (stat.st_mtime_ns, stat.st_size):
        try:
            with open(index, "rb") as file:
                head = file.readline()
                posts = listed_posts(head + file.read()) if is_post_index(head.lstrip(b"\xef\xbb\xbf")) else {}
        except OSError:
            return None
        known = _READ[index] = (stat.st_mtime_ns, stat.st_size, posts)
    return known[2].get(name[: -len(".html")])
