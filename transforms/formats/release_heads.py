"""A US press release's head as its wire or its sender writes it: a "FOR IMMEDIATE RELEASE" line and a block of
whom the press should call ("Media Contact:", a name, a phone number, an address) above its headline are for
journalists, no part of its story (each was its first paragraphs, and its dateline, further down, was no longer read
as its head)."""

from __future__ import annotations

import re

_OPENINGS = ("for immediate", "immediate release", "contact", "media", "press", "news contact", "inquiries",
             "enquiries")
_RELEASE_LINE = re.compile(r"[ \t]*(?:FOR\s+IMMEDIATE\s+RELEASE|For\s+Immediate\s+Release|IMMEDIATE\s+RELEASE)[ \t]*:?"
                           r"[ \t]*(?:\n|$)")
# "Media Contact:", "Press contacts:", "CONTACT:", "Media Inquiries:", with or without a name after it on its line
_CONTACT_LINE = re.compile(r"(?:(?:media|press|news)\s+)?(?:contacts?|inquiries|enquiries)\s*:", re.IGNORECASE)
# What a contact's block holds and a story's sentence does not: a phone number or an e-mail address
_REACH_OUT = re.compile(r"@[\w-]+\.\w|\(?\+?\d[\d ().-]{7,}\d")
_CONTACT_LINES = 8
_CONTACT_LINE_WORDS = 8


def release_head(text: str) -> tuple[str, str | None]:
    """Return a text without its press release's head (its release line and its contact block at its top) and the
    contact's lines (None where it has no such block).

    >>> release_head("FOR IMMEDIATE RELEASE\\n\\nMedia Contact:\\nJo Roe\\n(614) 555-0142\\n\\nClinic opens\\n\\nIt "
    ...              "opened.")
    ('Clinic opens\\n\\nIt opened.', 'Media Contact:\\nJo Roe\\n(614) 555-0142')
    >>> release_head("Contact: the lost art\\n\\nWhen did you last call a friend?")[1] is None
    True
    """
    # both open the text: its first words are read before anything else (most texts open otherwise)
    if not text[:30].lstrip().lower().startswith(_OPENINGS):
        return text, None
    rest = text.lstrip()
    if release := _RELEASE_LINE.match(rest):
        rest = rest[release.end():].lstrip()
    contact = None
    block, blank, after = rest.partition("\n\n")
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if (lines and _CONTACT_LINE.match(lines[0]) and len(lines) <= _CONTACT_LINES
            and all(len(line.split()) <= _CONTACT_LINE_WORDS for line in lines) and _REACH_OUT.search(block)
            and after.strip()):
        contact, rest = "\n".join(lines), after.lstrip()
    if contact is None and release is None:
        return text, None
    return rest, contact
