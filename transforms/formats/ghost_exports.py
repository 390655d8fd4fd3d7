"""A Ghost blog's export (Settings → Import/Export: `{"db": [{"meta": ..., "data": {"posts": [...], ...}}]}`): its
posts, each with its authors' names, which the export keeps apart from them (`users`, joined to a post by
`posts_authors`); its posts were read without an author."""

from __future__ import annotations

from collections.abc import Mapping


def ghost_posts(value: Mapping[str, object]) -> list[object] | None:
    """Return the posts of a Ghost export, each with its authors' names (`authors`, in the export's order), else None.

    >>> export = {"db": [{"data": {"posts": [{"id": "p1", "title": "Rain", "html": "<p>Rain.</p>"}],
    ...           "users": [{"id": "u1", "name": "Helen Marsh"}],
    ...           "posts_authors": [{"post_id": "p1", "author_id": "u1", "sort_order": 0}]}}]}
    >>> ghost_posts(export)[0]["authors"], ghost_posts({"db": []})
    (['Helen Marsh'], None)
    >>> page = {"db": [{"data": {"posts": [{"id": "p2", "type": "page", "status": "draft", "html": "<p>About.</p>"}]}}]}
    >>> ghost_posts(page)[0]["post_type"], ghost_posts(page)[0]["status"]
    ('page', 'draft')
    >>> old = {"db": [{"data": {"posts": [{"id": "1", "author_id": "7"}], "users": [{"id": "7", "name": "Tom Roe"}]}}]}
    >>> ghost_posts(old)[0]["authors"]
    ['Tom Roe']
    """
    db = value.get("db")
    data = db[0].get("data") if isinstance(db, list) and len(db) == 1 and isinstance(db[0], Mapping) else None
    posts = data.get("posts") if isinstance(data, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(posts, list):
        return None
    users = {str(u.get("id")): name for u in _objects(data.get("users")) if isinstance(name := u.get("name"), str)}
    links = sorted(_objects(data.get("posts_authors")), key=lambda link: _order(link.get("sort_order")))
    authors: dict[str, list[str]] = {}
    for link in links:
        name = users.get(str(link.get("author_id")))
        if name:
            authors.setdefault(str(link.get("post_id")), []).append(name)
    if not links:  # Ghost 1's export, before `posts_authors`: each post names its one author (`author_id`)
        for post in _objects(posts):
            if name := users.get(str(post.get("author_id"))):
                authors[str(post.get("id"))] = [name]
    # a post that names its authors itself (a newer export's `authors`) keeps them
    return [_post_type({**post, "authors": authors[str(post.get("id"))]}
                       if "authors" not in post and str(post.get("id")) in authors else post)
            if isinstance(post, Mapping) else post for post in posts]


# The body's other encodings beside its `html`: the editor's documents (Mobiledoc, Lexical) and its plain text, each
# as long as the post or longer. Kept, they were copies of the text in every article's `metadata`.
_OTHER_BODIES = ("mobiledoc", "lexical", "plaintext")


def _post_type(post: Mapping[str, object]) -> Mapping[str, object]:
    """Return a Ghost post with its `type` ("post", "page") named `post_type`, as a WordPress export's item keeps its
    own, and without its body's other encodings where it has its `html`.

    Drafts and pages are read as a WordPress export's are, each an article whose `metadata` says its `status` and
    `post_type`, so that one query tells published posts from the rest whichever platform exported them.

    >>> _post_type({"html": "<p>Rain.</p>", "plaintext": "Rain.", "lexical": "{}", "type": "post"})
    {'html': '<p>Rain.</p>', 'post_type': 'post'}
    >>> _post_type({"plaintext": "Rain.", "mobiledoc": "{}"})  # no html: its plain text is its text
    {'plaintext': 'Rain.', 'mobiledoc': '{}'}
    """
    has_html = isinstance(post.get("html"), str)
    if ("type" not in post or "post_type" in post) and not (has_html and any(k in post for k in _OTHER_BODIES)):
        return post
    return {("post_type" if key == "type" and "post_type" not in post else key): value for key, value in post.items()
            if not (has_html and key in _OTHER_BODIES)}


def _objects(value: object) -> list[Mapping[str, object]]:
    """Return the objects of an export's table (a list), none where it is no list."""
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _order(value: object) -> int:
    """Return an author's place among a post's (`sort_order`), 0 where the export gives none."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
