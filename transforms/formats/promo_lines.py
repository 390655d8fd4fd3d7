"""A news page's invitation under its story to follow the outlet elsewhere: "Join ST's WhatsApp Channel and get the
latest news", "Sign up for our weekly newsletter", "Download our app". Such a line sits in the article's box after
its last paragraph, so the extraction kept it as one, labelled and counted as the story's words."""

from __future__ import annotations

import re

# An imperative that opens the paragraph and whose object, in its first clause (no comma, colon or sentence's end
# before it), is the outlet's newsletter, channel, app or alerts, named as the outlet's: "our", "us", a possessive
# ("ST's") or a name ("the Dawn app"). That is the shape of an invitation. A story's sentence about a channel names
# it after a clause ("Join the protest, organisers urged on the group's Telegram channel"), names no one's ("Get out
# of the channel, the coast guard told the crew", "Download speeds on the new app fell"), or opens with no
# imperative ("Subscribers to the newsletter ..."), and stays.
_INVITATION = re.compile(
    r"(?i:sign\s+up|subscribe|join|follow|download|get|install)\s[^,.;:!?]{0,30}?"
    r"(?:\b(?i:our|us)\b|\b[A-Z][\w.&-]*['’]s\b|\bthe\s+[A-Z])"
    r"[^,.;:!?]{0,40}?\b(?i:newsletters?|channel|app|podcast|(?:news\s+)?alerts|whatsapp|telegram|instagram"
    r"|facebook|twitter)\b")
# An invitation is a line or two; a longer paragraph that opens so is the story's
_MAX_WORDS = 30


def is_invitation(block: str) -> bool:
    """Return whether a paragraph is an invitation to the outlet's newsletter, channel or app.

    >>> is_invitation("Join ST's WhatsApp Channel and get the latest news and must-reads.")
    True
    >>> is_invitation("Join the protest, organisers urged on the group's Telegram channel.")
    False
    >>> is_invitation("Subscribe to Apple's new streaming app, the company urged users on Monday.")
    False
    """
    # a comma after it is a speaker's ("Subscribe to Apple's new app, the company urged users"): reported, a story's
    found = _INVITATION.match(text := block.strip("*_ \n"))
    return len(block.split()) <= _MAX_WORDS and found is not None and "," not in text[found.end():]


def without_invitations(blocks: list[str]) -> list[str]:
    """Return a story's paragraphs without the invitations after its last one (only there: one inside the story may
    be a sentence of it); all of them where nothing else is left.

    >>> without_invitations(["Rates held.", "Sign up for our newsletter.", "Download our app."])
    ['Rates held.']
    """
    end = len(blocks)
    while end > 1 and is_invitation(blocks[end - 1]):
        end -= 1
    return blocks[:end]
