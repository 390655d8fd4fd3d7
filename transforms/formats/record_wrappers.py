"""Records whose fields an export wraps in one object: Elasticsearch's and OpenSearch's `_source`
(`{"_index": ..., "_id": ..., "_source": {"title": ..., "body": ...}}`, as elasticdump and the scroll
API write them), JSON:API's `attributes`, a GraphQL connection's `node`, and `fields` (the Guardian's
Content API, Contentful).

A file none of whose records has a text field of its own, but whose records each hold such an
object with one (or an object that holds one: a Bluesky feed's `post` and its `record`), is read as
if the object's members were the record's: the text, title and date
are found by their common names, and the record's other fields (`_id`, `_index`) stay beside them,
a field of the record winning over a member of the same name (JSON:API's `id` is the resource's).
Before, such a file was quarantined `no_text_field`, and mapping the text by its path
(`--field text=_source.body`) left the title, date and authors unread and took `_source`, an
object, for the site. A `--field text=...` option reads the file as it says, never unwrapped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

# `fields`: the Guardian Content API's (`show-fields`: body, byline) and Contentful's entries (`sys` beside it).
# `object`: an ActivityStreams activity's (a Mastodon archive's outbox.json: each `Create` wraps its post, a Note
# whose `content` is its text; a boost, an `Announce`, names its post by its address, a text: no text of its own).
# `post`, then `record`: a Bluesky feed's (`app.bsky.feed.getAuthorFeed`, `getTimeline`): each item wraps its `post`,
# whose `record` holds the text and `createdAt`, beside the post's `author` and `uri` (a file was `no_text_field`).
WRAPPERS = ("_source", "attributes", "node", "fields", "object", "post", "record")
# Wrappers in a wrapper: a Bluesky feed's item, its post, the post's record.
_DEPTH = 2


def wrappers_of(
    records: Sequence[Mapping[str, object]], has_text: Callable[[list[str]], bool], depth: int = _DEPTH
) -> tuple[str, ...]:
    """Return the members that wrap every record's fields, outermost first (`wrapper_of`), where one wraps another
    that holds the text (a Bluesky feed's `post` and its `record`), else those of `wrapper_of`.

    >>> item = {"post": {"uri": "at://did:plc:a/app.bsky.feed.post/3k", "record": {"text": "T.", "createdAt": "2024"}}}
    >>> wrappers_of([item], lambda names: "text" in names)
    ('post', 'record')
    """
    found = wrapper_of(records, has_text)
    if found is not None:
        return (found,)
    if depth <= 1:
        return ()
    for wrapper in WRAPPERS:
        inner = [value for values in records if isinstance(value := values.get(wrapper), Mapping)]
        if len(inner) == len(records) and (deeper := wrappers_of(inner, has_text, depth - 1)):
            return (wrapper, *deeper)
    return ()


def wrapper_of(records: Sequence[Mapping[str, object]], has_text: Callable[[list[str]], bool]) -> str | None:
    """Return the member that wraps every record's fields (`WRAPPERS`), when it is an object in each
    and `has_text(names)` finds the text among its members, else None.

    >>> wrapper_of([{"_id": "a", "_source": {"body": "B."}}], lambda names: "body" in names)
    '_source'
    >>> wrapper_of([{"_id": "a", "_source": {"body": "B."}}, {"_id": "b"}], lambda names: "body" in names) is None
    True
    >>> wrapper_of([{"type": "Create", "object": {"content": "C."}}, {"type": "Announce", "object": "https://a.test/1"}],
    ...            lambda names: "content" in names)
    'object'
    """
    for wrapper in WRAPPERS:
        inner = [value for values in records if isinstance(value := values.get(wrapper), Mapping)]
        # Each record has it: an object, or the address of one (an activity's `object` it does not hold)
        if not inner or any(not isinstance(values.get(wrapper), Mapping | str) for values in records):
            continue
        names: dict[str, None] = {}
        for value in inner:
            names.update(dict.fromkeys(value))
        if has_text(list(names)):
            return wrapper
    return None


def unwrapped(values: Mapping[str, object], wrapper: str) -> dict[str, object]:
    """Return a record's fields with its wrapper's members among them, its own winning a name they share.

    >>> unwrapped({"id": "7", "type": "article", "attributes": {"id": 1, "body": "B."}}, "attributes")
    {'id': '7', 'body': 'B.', 'type': 'article'}
    """
    inner = values.get(wrapper)
    return {**(dict(inner) if isinstance(inner, Mapping) else {}), **{k: v for k, v in values.items() if k != wrapper}}
