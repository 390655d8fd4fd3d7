"""E-mails (.eml): a newsletter saved from a mail client, one article per file; a web page a browser saved as one
MIME file (.mht, .mhtml) is read as the page it holds (`page_archives`).

Its headline is its `Subject`, its date its `Date`, its site the sender's name (`From`: "The Morning Briefing
<briefing@courier.test>"), its text the HTML part (read as a records field's whole page is: by its article's
extraction, without the newsletter's "View in browser" and "Unsubscribe" boilerplate, its section headings kept:
`mail_html`) else the plain-text part,
without the same lines (`newsletter_lines`). The sender's address and the message's id are kept in `metadata`. A
file with no text part (attachments only, or nothing after its headers) has no article text, and so has one that is
no e-mail (no From, Subject or Date).
Parsed by the standard library's `email` package.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from typing import cast

from transforms.formats.alert_links import alert_links, alert_text_links, is_alert_mail
from transforms.formats.alert_mails import AlertItem, alert_items
from transforms.formats.base import NO_ARTICLE_TEXT, ArticleRecord, FormatError, ReadOptions, ReadResult
from transforms.formats.field_pages import is_whole_page
from transforms.formats.field_paths import NotText
from transforms.formats.fields import article_from_fields, with_title
from transforms.formats.forwarded_mail import FORWARD, Forwarded, forwarded_message
from transforms.formats.mail_html import mail_html_text
from transforms.formats.markup import is_markup, text_of_field
from transforms.formats.newsletter_heads import newsletter_without_furniture
from transforms.formats.newsletter_lines import without_newsletter_lines
from transforms.formats.page_archives import is_page_archive, read_page_archive
from transforms.text import decode_article, is_blank

_HEADERS = ("From", "Subject", "Date")
_MAPPING = {"title": "subject", "text": "text", "published_at": "date", "site": "sender", "authors": "byline"}
_ALERT_MAPPING = {**_MAPPING, "url": "url"}
# What the standard library's header parser raises on some malformed headers, its bugs rather than its defects
# ("Message-ID: <:abc@x.test>" an IndexError, a group in From, "Desk: ; Briefing <b@x.test>", an AttributeError):
# such a header is read as written, and a mail with one is no crash of the run.
_FURNITURE_ONLY = "an e-mail whose text is only its furniture (view in browser, unsubscribe): it holds no article"
_MALFORMED = (MessageError, IndexError, AttributeError, ValueError, LookupError)


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
    if not any(_header(message, name) for name in _HEADERS):  # bytes of another kind named .eml: no article
        raise FormatError(NO_ARTICLE_TEXT, "not an e-mail: no From, Subject or Date header before its text")
    if is_page_archive(message, _header(message, "From")) and (page := read_page_archive(message, options)) is not None:
        return page  # a page a browser saved (.mht, .mhtml): its Date is when it was saved (`page_archives`)
    try:
        text = _body(message)
    except _MALFORMED as error:  # a part's headers the parser fails on (its Content-Type)
        raise FormatError(NO_ARTICLE_TEXT, f"an e-mail whose parts could not be read ({error!r})") from None
    if text is None:
        raise FormatError(NO_ARTICLE_TEXT, "an e-mail with no text (no text/html or text/plain part)")
    if is_blank(text):  # its part there, emptied of a newsletter's furniture by `_body`, or blank as sent
        raise FormatError(NO_ARTICLE_TEXT, _FURNITURE_ONLY)
    subject = _header(message, "Subject")
    if items := (alert_items(text) if is_markup(text) else []) or _alert_links(text, message, subject):
        return _alert_articles(items, message, subject)  # an alert's list of stories, each an article (`alert_mails`)
    if is_whole_page(text):  # the HTML part: its article's text, read here with the mail's headings and furniture
        try:
            mail = mail_html_text(text, subject)
        except NotText as error:
            raise FormatError(NO_ARTICLE_TEXT, str(error)) from None
        if mail is not None:
            text, subject = mail.text, subject or mail.headline
        elif is_blank(without_newsletter_lines(text_of_field(text))):
            # extraction found no text, and its markup's is only the mail's furniture ("View in browser", "You are
            # receiving this email because ...", "Unsubscribe"): it was an article of its footer alone
            raise FormatError(NO_ARTICLE_TEXT, _FURNITURE_ONLY)
    sender, address = _sender(message)
    # its masthead, issue line and sign-off: no paragraphs, the issue line's writer its author (`newsletter_heads`)
    text, byline = newsletter_without_furniture(text, sender)
    values: dict[str, object] = {
        "subject": subject,
        "text": text,
        "byline": list(byline) or None,
        "date": _header(message, "Date"),
        "sender": sender,
        "from": address,
        "message_id": _header(message, "Message-ID"),
    }
    if (forwarded := _forwarded(text, subject)) is not None:
        # Its From is whoever forwarded it to keep it (its Date when): the newsletter's own are in the block
        values.update(subject=forwarded.subject or FORWARD.sub("", subject or "", count=1) or None, text=forwarded.text,
                      date=forwarded.date or values["date"], sender=forwarded.sender, forwarded_by=address,
                      **{"from": forwarded.address})
    values = {name: value for name, value in values.items() if value is not None}
    return ReadResult([with_title(article_from_fields(values, _MAPPING))])


def _alert_articles(items: list[AlertItem], message: EmailMessage, subject: str | None) -> ReadResult:
    """Return an alert mail's stories as articles: each its headline, snippet, source and link, dated by the mail."""
    date, address = _header(message, "Date"), _sender(message)[1]
    articles: list[ArticleRecord] = []
    for number, item in enumerate(items):
        values = {"subject": item.headline, "text": item.snippet or "", "date": date, "sender": item.source,
                  "url": item.url, "alert": subject, "from": address}
        article = with_title(article_from_fields({k: v for k, v in values.items() if v is not None}, _ALERT_MAPPING))
        # its link keys it within its mail: each story its own article (the key joins the mail's path in its id)
        article.record, article.key = number, f"url={item.url}"
        articles.append(article)
    return ReadResult(articles)


def _alert_links(text: str, message: EmailMessage, subject: str | None) -> list[AlertItem]:
    """Return the stories an alert lists by its links without microdata (its HTML's or its plain text's), only in a
    mail known as an alert."""
    known = is_alert_mail(_sender(message)[1], _header(message, "List-Id"), subject)
    if not known:
        return []  # a newsletter's digest of links is one issue (`alert_links`)
    # an alert's plain-text part (its only part, as some clients keep it) lists its stories as its HTML twin does
    return alert_links(text) if is_markup(text) else alert_text_links(text)


def _forwarded(text: str, subject: str | None) -> Forwarded | None:
    """Return the message a mail forwards, read from its text (a forward's HTML part of no whole page, as Gmail's,
    as the text its markup reads as), else None."""
    if not is_markup(text):
        return forwarded_message(text, subject)
    if subject is None or not FORWARD.match(subject):  # a forward's subject says so: no other mail's markup is read
        return None
    forwarded = forwarded_message(text_of_field(text), subject)
    return forwarded and forwarded._replace(text=without_newsletter_lines(forwarded.text))


def _header(message: EmailMessage, name: str) -> str | None:
    """Return an e-mail's header as text (its encoded words decoded), None where it has none or only spaces."""
    try:
        value = str(message.get(name) or "")
    except _MALFORMED:
        value = _raw_header(message, name)
    return value.strip() or None


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    """Return the name and the address of an e-mail's sender (From), each None where it gives none."""
    try:
        sender = message.get("From")
        addresses = getattr(sender, "addresses", ()) if sender is not None else ()
        return (addresses[0].display_name or None, addresses[0].addr_spec or None) if addresses else (None, None)
    except _MALFORMED:
        # Its first address (a group's, "Desk: ; Name <a@x.test>", beside its empty one).
        name, address = next(((n, a) for n, a in getaddresses([_raw_header(message, "From")]) if a), ("", ""))
        return name.strip() or None, address.strip() or None


def _raw_header(message: EmailMessage, name: str) -> str:
    """Return a header as the mail writes it (unfolded, its encoded words decoded where they can be), "" if none."""
    raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), "")
    raw = " ".join(str(raw).split())
    try:
        return str(make_header(decode_header(raw)))
    except _MALFORMED + (UnicodeError,):
        return raw


def _body(message: EmailMessage) -> str | None:
    """Return the text of an e-mail's HTML part, else its plain-text part without a newsletter's furniture; None
    where it has neither."""
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    try:
        text: str | None = cast(str, part.get_content())
    except (LookupError, UnicodeError):  # a charset Python does not know, or bytes not in it: guessed
        payload = part.get_payload(decode=True)
        text = decode_article(payload).text if isinstance(payload, bytes) else None
    if text is None or part.get_content_subtype() == "html":  # the HTML part's extraction leaves it out
        return text
    return without_newsletter_lines(text)
