"""E-mails (.eml): a newsletter saved from a mail client, one article per file.

Its headline is its `Subject`, its date its `Date`, its site the sender's name (`From`: "The Morning Briefing
<briefing@courier.test>"), its text the HTML part (read as a records field's whole page is: by its article's
extraction, without the newsletter's "View in browser" and "Unsubscribe" boilerplate) else the plain-text part.
The sender's address and the message's id are kept in `metadata`. A file with no text part (attachments only, or
nothing after its headers) has no article text, and so has one that is no e-mail (no From, Subject or Date).
Parsed by the standard library's `email` package.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import cast

from transforms.formats.base import NO_ARTICLE_TEXT, FormatError, ReadOptions, ReadResult
from transforms.formats.fields import article_from_fields, with_title
from transforms.text import decode_article, is_blank

_HEADERS = ("From", "Subject", "Date")
_MAPPING = {"title": "subject", "text": "text", "published_at": "date", "site": "sender"}


def read_eml(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of an e-mail, or raise FormatError(no_article_text) for one without a text part.

    >>> mail = (b"From: Morning Briefing <news@courier.test>\\nSubject: Strikes and storms\\n"
    ...         b"Date: Wed, 06 Mar 2024 06:30:00 +0000\\nContent-Type: text/plain; charset=utf-8\\n\\n"
    ...         b"Rail strike off.\\n")
    >>> article = read_eml(mail, ReadOptions()).articles[0]
    >>> article.title, article.site, article.published_at.isoformat(), article.text
    ('Strikes and storms', 'Morning Briefing', '2024-03-06T06:30:00+00:00', 'Strikes and storms\\n\\nRail strike off.')
    """
    message = cast(EmailMessage, message_from_bytes(data, policy=policy.default))
    if not any(message.get(name) for name in _HEADERS):  # bytes of another kind named .eml: its text was an article
        raise FormatError(NO_ARTICLE_TEXT, "not an e-mail: no From, Subject or Date header before its text")
    text = _body(message)
    if text is None or is_blank(text):
        raise FormatError(NO_ARTICLE_TEXT, "an e-mail with no text (no text/html or text/plain part)")
    sender = message.get("From")
    addresses = getattr(sender, "addresses", ()) if sender is not None else ()
    values: dict[str, object] = {
        "subject": str(message.get("Subject") or "").strip() or None,
        "text": text,
        "date": str(message.get("Date") or "").strip() or None,
        "sender": addresses[0].display_name or None if addresses else None,
        "from": addresses[0].addr_spec if addresses else None,
        "message_id": str(message.get("Message-ID") or "").strip() or None,
    }
    values = {name: value for name, value in values.items() if value is not None}
    return ReadResult([with_title(article_from_fields(values, _MAPPING))])


def _body(message: EmailMessage) -> str | None:
    """Return the text of an e-mail's HTML part, else its plain-text part; None where it has neither."""
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    try:
        return cast(str, part.get_content())
    except (LookupError, UnicodeError):  # a charset Python does not know, or bytes not in it: guessed
        payload = part.get_payload(decode=True)
        return decode_article(payload).text if isinstance(payload, bytes) else None
