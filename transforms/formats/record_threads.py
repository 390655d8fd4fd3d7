"""A record's site, title and date that its `thread` holds: Webz.io's news API writes each post beside a `thread`
object, the story's page (`{"thread": {"site": "reuters.com", "title": ..., "published": ...}, "text": ...}`), and
the post itself may name none of them. Such an article had no site, and no title or date where the post left them
out. A field the post writes wins: the thread fills only what it lacks."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

# The member that holds the story's page; its fields read by their common names, as the record's are
THREAD = "thread"
# The page's fields a post shares with its story. Its url, id and author are the post's own (a comment's author
# is not the story's; its id tells the post apart), so only these fall back to the thread's.
THREAD_FIELDS = ("site", "title", "published_at")


def with_thread_fields(
    values: Mapping[str, object], mapping: Mapping[str, str], given: Collection[str],
    detect: Callable[[list[str]], Mapping[str, str]],
) -> Mapping[str, str]:
    """Return a record's mapping with the fields it lacks read from its `thread` object by their paths
    (`thread.site`), `detect` finding them among the thread's names; the mapping as it is where there is none.

    >>> detect = lambda names: {"site": "site", "title": "title"} if "site" in names else {}
    >>> with_thread_fields({"thread": {"site": "r.com", "title": "T"}, "text": "B."}, {"text": "text"}, (), detect)
    {'text': 'text', 'site': 'thread.site', 'title': 'thread.title'}
    >>> with_thread_fields({"thread": "17000.01", "text": "B."}, {"text": "text"}, (), detect)
    {'text': 'text'}
    """
    thread = values.get(THREAD)
    # a chat export's `thread` is an id or a flag (Slack's thread_ts), no page: only an object is one
    if not isinstance(thread, Mapping):
        return mapping
    missing = [field for field in THREAD_FIELDS if field not in mapping and field not in given]
    if not missing:
        return mapping
    found = detect([str(name) for name in thread])
    added = {field: f"{THREAD}.{found[field]}" for field in missing if field in found}
    return {**mapping, **added} if added else mapping
