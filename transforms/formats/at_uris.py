"""The web address of a Bluesky post, from its AT URI: `at://did:plc:abc/app.bsky.feed.post/3kabc` is
`https://bsky.app/profile/<the author's handle>/post/3kabc` (the DID in the handle's place where the author's
record names none). A Bluesky feed's post has no address of its own but its `uri`, which no browser opens."""

from __future__ import annotations

import re
from collections.abc import Mapping

_POST_URI = re.compile(r"at://(?P<authority>[^/\s]+)/app\.bsky\.feed\.post/(?P<rkey>[A-Za-z0-9._:~-]+)")


def post_address(uri: object, author: object = None) -> str | None:
    """Return the web address of a post's AT URI (`author`: the post's author's record, for its `handle`), else None.

    >>> post_address("at://did:plc:abc/app.bsky.feed.post/3kabc", {"handle": "jane.bsky.social"})
    'https://bsky.app/profile/jane.bsky.social/post/3kabc'
    >>> post_address("at://did:plc:abc/app.bsky.feed.post/3kabc"), post_address("nyt://article/1")
    ('https://bsky.app/profile/did:plc:abc/post/3kabc', None)
    """
    found = _POST_URI.fullmatch(uri.strip()) if isinstance(uri, str) else None
    if found is None:
        return None
    handle = author.get("handle") if isinstance(author, Mapping) else None
    profile = handle.strip() if isinstance(handle, str) and handle.strip() else found["authority"]
    return f"https://bsky.app/profile/{profile}/post/{found['rkey']}"
