"""A newsletter forwarded before it was saved: its mail's From is whoever forwarded it (a reader sending it to
themselves to keep), the newsletter's own sender, date and subject are in the header block its mail client wrote
above it ("---------- Forwarded message ---------", "Begin forwarded message:", Outlook's line of underscores)."""

from __future__ import annotations

import re
from email.utils import parseaddr
from typing import NamedTuple

# The line a mail client writes above a forwarded message's headers: Gmail's, Apple Mail's, Thunderbird's and older
# Outlook's ("-----Original Message-----"), in English, German, French, Spanish, Italian and Dutch.
_MARKER = re.compile(
    r"[-\s]*(?:forwarded message|original message|begin forwarded message:?|weitergeleitete nachricht"
    r"|ursprüngliche nachricht|message transféré|début du message réexpédié\s*:?|mensaje reenviado"
    r"|messaggio inoltrato|doorgestuurd bericht)[-\s]*",
    re.IGNORECASE,
)
# Outlook's separator, a line of underscores: a forward's only where the subject says the mail is one (`FORWARD`)
_RULE = re.compile(r"\s*_{16,}\s*")
# A subject's forward prefix ("Fwd:", "Fw:", "WG:", "TR:", "RV:", "I:" in Italian's Outlook), repeated where forwarded
# again: the forwarded message's subject is without it.
FORWARD = re.compile(r"(?:\s*(?:fwd?|wg|tr|rv|doorst|i)\s*:\s*)+", re.IGNORECASE)
# A reply's prefix ("Re:", "AW:", "SV:", "Antw:", "RIF:"): Outlook writes the same "-----Original Message-----" block
# under a reply as under a forward, and the mail is then the reply, its quoted message no article of its own
_REPLY = re.compile(r"\s*(?:re|aw|sv|antw|rif|r)\s*:", re.IGNORECASE)
# A header line of the block, by its name in those languages: "From: ...", "Sent: ...", "Von: ...", "De : ..."
_HEADER = re.compile(r"\s*\**\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*\**\s*:\s*\**\s*(.*)")
_NAMES = {
    "from": "from", "von": "from", "de": "from", "da": "from", "van": "from",
    "date": "date", "sent": "date", "datum": "date", "gesendet": "date", "envoyé": "date", "enviado": "date",
    "fecha": "date", "inviato": "date", "verzonden": "date", "data": "date",
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject", "oggetto": "subject",
    "onderwerp": "subject",
    "to": "to", "cc": "to", "an": "to", "à": "to", "para": "to", "a": "to", "aan": "to", "reply to": "to",
    "reply-to": "to",
}
# How far into a mail's text its forward marker may stand (a note written above it: "Worth a read, Mark")
_MARKER_LINES = 12


class Forwarded(NamedTuple):
    """The message a mail forwards: its sender's name and address, its date and subject as written, its text."""

    sender: str | None
    address: str | None
    date: str | None
    subject: str | None
    text: str


def forwarded_message(text: str, subject: str | None) -> Forwarded | None:
    """Return the message a mail's text forwards (its header block with a From line, under a forward's marker near
    the top), else None.

    >>> mail = "-- Forwarded message --\\nFrom: The Brief <b@brief.test>\\nDate: Thu, Jul 3, 2025\\n\\nRain."
    >>> forwarded_message(mail, "Fwd: Rain")
    Forwarded(sender='The Brief', address='b@brief.test', date='Thu, Jul 3, 2025', subject=None, text='Rain.')
    >>> forwarded_message("From: the archive\\nRain all week.", "Rain") is None
    True
    >>> forwarded_message("Thanks!\\n-----Original Message-----\\nFrom: Tom <t@x.test>\\n\\nHi", "RE: budget") is None
    True
    """
    if subject is not None and _REPLY.match(subject) and not FORWARD.match(subject):
        return None
    lines = text.splitlines()
    forward = subject is not None and FORWARD.match(subject) is not None
    for at, line in enumerate(lines[:_MARKER_LINES]):
        if line.strip() and (_MARKER.fullmatch(line) or (forward and _RULE.fullmatch(line))):
            return _block(lines, at + 1)
        if forward and (found := _HEADER.fullmatch(line)) and _NAMES.get(found[1].lower()) == "from":
            # a forward whose separator the plain text lost (newsletter_lines drops a rule of underscores): its
            # block is a From line of an address and a date or a subject line after it (not a note's own "From:
            # London Paddington" and "Date: Saturday" lines, which name no mailbox)
            block = _block(lines, at)
            return block if block is not None and block.address and "@" in block.address and (
                block.date or block.subject) else None
    return None


def _block(lines: list[str], start: int) -> Forwarded | None:
    """Return the forwarded message whose header block opens at `lines[start]` (blank lines before it), else None."""
    at = start
    while at < len(lines) and not lines[at].strip():
        at += 1
    headers: dict[str, str] = {}
    while at < len(lines) and (found := _HEADER.fullmatch(lines[at])) and found[1].lower() in _NAMES:
        headers.setdefault(_NAMES[found[1].lower()], found[2].strip())
        at += 1
    if "from" not in headers:
        return None
    name, address = parseaddr(headers["from"].replace("[mailto:", "<").replace("]", ">"))
    return Forwarded(name.strip() or None, address or None, headers.get("date") or None,
                     headers.get("subject") or None, "\n".join(lines[at:]).strip())
