"""A plain-text newsletter's furniture: the mail's "View in browser", "Unsubscribe", "Share" and "You are receiving this
email because ..." lines, which are no article text.

A newsletter's HTML part loses them to its article's extraction (`eml.py`); its plain-text part, the one a mail
without HTML has, kept each as a body paragraph ("View this email in your browser", "Unsubscribe | Update your
preferences", Substack's "Share" and "Leave a comment"), labelled and counted as the newsletter's words. The lines are
those mail tools write (Mailchimp's, Substack's, Buttondown's and Campaign Monitor's templates): a line that is one of
them whole, or a row of them parted by `|`, `·` or `•`, and a short paragraph telling the reader why the mail came.
A signature, the lines after the mail's "-- " (RFC 3676's delimiter: its sender's name, address and links), is none
either.
"""

from __future__ import annotations

import re

from transforms.formats.reading_times import READING_TIME

# One action of a newsletter's header or footer, the whole of its line (compared without case, a trailing ":", "." or
# "»" aside). Each is a link's label in the mail: a sentence of news never is one of these alone.
_ACTION = re.compile(
    r"(?:(?:view|read|open|see)\s+(?:this\s+(?:e-?mail|newsletter|message|post|issue)|it|the\s+web\s+version|"
    r"the\s+online\s+version)?\s*(?:in|on|as)\s+(?:your|a|the)?\s*(?:web\s*)?(?:browser|web|app|web\s+page|website"
    # an Apple News share's button, "Open in News" (it stayed a paragraph of a story copied from its page)
    r"|(?:apple\s+)?news(?:\s+app)?)"
    r"|(?:view|read)\s+(?:online|web\s+version)"
    r"|having\s+trouble\s+viewing\s+this\s+e-?mail\?.{0,60}"
    r"|unsubscribe(?:\s+(?:here|now|from\s+this\s+list|instantly))?"
    r"|(?:update|manage|change)\s+(?:your\s+)?(?:subscription|preferences|email\s+(?:settings|preferences)|profile)"
    r"|(?:forward|share)\s+(?:this\s+(?:e-?mail|newsletter|post)\s+)?(?:to|with)\s+a\s+friend"
    r"|share|like|comment|restack|leave\s+a\s+comment|subscribe(?:\s+now)?|upgrade\s+to\s+paid"
    # a post's buttons as a blog's export keeps them (Substack's "Share this post", "Give a gift subscription";
    # WordPress's sharing row "Share this:", "Like this:", "Like Loading...", and its "Leave a Reply")
    r"|share\s+this(?:\s+(?:post|article|story|page))?|like\s+this|like\s+loading\.*|leave\s+a\s+reply"
    r"|give\s+a\s+gift\s+subscription|discussion\s+about\s+this\s+post"
    r"|was\s+this\s+(?:e-?mail\s+|newsletter\s+)?forwarded\s+to\s+you\?.{0,40}"
    r"|add\s+us\s+to\s+your\s+address\s+book|privacy\s+policy|contact\s+us"
    # a news page's buttons copied with its story (2025's "Listen to this article · 4 min", "Gift this article",
    # "Share full article"; a head's shorter ones, "Follow", "Paid", are `head_buttons`' alone: a story's answer "Paid."
    # is none)
    r"|listen\s+to\s+(?:this\s+)?(?:article|story)|gift\s+(?:this\s+)?(?:article|story)"
    rf"|share\s+full\s+article|{READING_TIME}"
    # the copyright line of a mail tool's footer (Mailchimp's "Copyright © 2024 City Bulletin, All rights reserved.")
    r"|(?:copyright\s*)?(?:©|\(c\)|copyright)\s*[\d\s–-]*[^\n]{0,80}?,?\s*all\s+rights\s+reserved"
    # ... and the rule a plain-text part draws above it (Mailchimp's line of 60 "="), which holds no word
    r"|[=_*~-]{3,})"
    r"\s*[:.»›>]?",
    re.IGNORECASE,
)
# The link a plain-text mail writes after its action's label: "Read online: https://...", "View in browser
# (https://...)", "Unsubscribe <https://...>", "[https://...]", and Substack's "View this post on the web at https://...".
_LINK = re.compile(r"\s*(?:[:\-–]|\bat\b)?\s*[(<\[]?https?://\S+?[)>\]]?\s*\Z")
# A row of actions, "Unsubscribe | Update your preferences" ("-" parts words, "Sign-up", and is no separator here).
_ROW_TIME = re.compile(r"\d{1,3}\s*min(?:ute)?s?", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[|·•∙]\s*")
# Why the reader got the mail, and how to stop it: a paragraph that opens so (a short one: 40 words at most).
_WHY = re.compile(
    r"(?:you(?:'re|’re|\s+are)\s+receiving|you\s+received|you\s+are\s+subscribed|this\s+e-?mail\s+was\s+sent\s+to"
    r"|to\s+stop\s+receiving|to\s+unsubscribe|if\s+you\s+no\s+longer\s+wish\s+to\s+receive"
    r"|no\s+longer\s+want\s+to\s+receive|want\s+to\s+change\s+how\s+you\s+receive)\b",
    re.IGNORECASE,
)
_WHY_WORDS = 40
# A copyright line that opens a paragraph ("© 2024 Jane Doe", Substack's footer), or Mailchimp's "Our mailing address
# is:": the lines after it, without a sentence of prose, are the sender's postal address ("548 Market Street PMB 72296,
# San Francisco, CA 94104"). A copyright line has its sign: a newsletter's heading or list on the law ("Copyright 2024:
# the cases to watch") does not; nor is a story's sentence opening "Our mailing address is" a footer.
_SENDER = re.compile(r"\s*(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b|\s*our\s+mailing\s+address\s+is:", re.IGNORECASE)
# ... and that names the mail, its list or its link: a story's "To unsubscribe from the gym chain, members must visit a
# branch" or an advice column's "You received a letter from the tax office?" opens so too.
_NAMES_THE_MAIL = re.compile(
    r"e-?mails?\b|newsletter|mailing\s+list|this\s+list|click\s+(?:here|below|the\s+link)|\blink\b|https?://"
    r"|preferences|subscriber|subscription|sign(?:ed)?\s+up|opted\s+in",
    re.IGNORECASE,
)
# A story's quote of a mail, its words then who wrote them: "..., the message said", "..., it read", "..., according
# to the letter" (a writer before the verb: "To unsubscribe, read our guide" is a footer's). A mail's own footer never
# attributes itself so. Where the paragraph stands tells less: a footer may have prose after it (a sponsor's or a
# publisher's line) and a header need not name its list ("... because you are a member of the club").
_QUOTED = re.compile(
    r",\s+(?:\w+\s+){1,3}?(?:said|says|began|begins|read|reads|wrote|writes|continued"
    r"|added|warned|stated|claimed)\b|,\s+according\s+to\b",
    re.IGNORECASE,
)
# The line that opens a mail's signature ("-- ", RFC 3676 section 4.3; "--" where a client trimmed its space), and how
# many lines a signature holds at most: a longer text after such a line is the mail's, a rule in it. So is one with
# a sentence of prose (a paragraph of 8 words or more ending with ".", "!" or "?": a last short story after a "--"
# rule), which a signature's name, address and links are not.
_SIGNATURE = re.compile(r"^--[ \t]?$", re.MULTILINE)
_SIGNATURE_LINES = 12
_PROSE_WORDS = 8
# A line that ends so ends a sentence: a line after one that does not continues its sentence.
_SENTENCE_ENDS = (".", "!", "?", ":", "\u201d", '"', ")", "|")
# A furniture line is short: a row of actions has a few words each.
_LINE_LENGTH = 120
ACTION_LINE_LENGTH = _LINE_LENGTH  # as `post_buttons` asks it first, of a paragraph of one line
# What parts a mail's paragraphs: a blank line (or one of spaces and tabs)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def without_newsletter_lines(text: str) -> str:
    """Return a newsletter's plain text without its furniture: lines that are its actions (or rows of them), and
    the paragraphs that say why the reader received it. Paragraphs stay parted by blank lines.

    >>> without_newsletter_lines("View this email in your browser\\n\\nRail strike off.\\n\\nUnsubscribe | Update "
    ...                          "your preferences")
    'Rail strike off.'
    >>> without_newsletter_lines("Rail strike off.\\n\\nShare\\n\\nYou are receiving this email because you signed up.")
    'Rail strike off.'
    >>> without_newsletter_lines("Read online: https://x.test/4\\n\\nRail strike off.\\n\\nTo unsubscribe, click here.")
    'Rail strike off.'
    >>> without_newsletter_lines("Rates held.\\n\\n-- \\nJane Writer, The Policy Letter\\nhttps://policy.test")
    'Rates held.'
    >>> without_newsletter_lines("Share prices rose.\\n\\nViewers can watch it in their browser.")
    'Share prices rose.\\n\\nViewers can watch it in their browser.'
    >>> without_newsletter_lines("A spokesman declined to\\ncomment.\\n\\nTo unsubscribe, members must call.")
    'A spokesman declined to\\ncomment.\\n\\nTo unsubscribe, members must call.'
    """
    kept: list[str] = []
    for paragraph in _BLANK_LINE.split(_without_signature(text)):
        split = paragraph.split("\n")
        lines = [line for at, line in enumerate(split) if not is_action_line(line) or _continues(split, at)]
        # why the mail came, after the lines of actions or the copyright that open its paragraph (Mailchimp's footer:
        # "Copyright © 2024 ..., All rights reserved." then "You are receiving this email because ...")
        rest = "\n".join(lines)
        if any(line.strip() for line in lines) and not _is_why(rest) and not _is_sender(lines):
            kept.append(rest)
    return "\n\n".join(kept)


def _is_why(paragraph: str) -> bool:
    """Return whether a paragraph says why the reader received the mail, or how to stop it: short, opening so,
    naming the mail, and no story's quote of another mail's words ("..., the message said": `_QUOTED`)."""
    return (_WHY.match(paragraph.lstrip()) is not None and len(paragraph.split()) <= _WHY_WORDS
            and _NAMES_THE_MAIL.search(paragraph) is not None and _QUOTED.search(paragraph) is None)


def _is_sender(lines: list[str]) -> bool:
    """Return whether a paragraph's lines are a copyright line or "Our mailing address is:" and the sender's address:
    a few, none of them prose."""
    return (_SENDER.match(lines[0]) is not None and len(lines) <= _SIGNATURE_LINES
            and not any(_is_prose(line) for line in lines))


def _continues(lines: list[str], at: int) -> bool:
    """Return whether a line continues the sentence of the line before it in its paragraph, as a plain-text mail's
    lines wrapped at 72 columns do ("A spokesman declined to" / "comment."): it opens in lower case after a line
    that ends no sentence. An action's label opens in capitals, or follows a line that ends."""
    line = lines[at].lstrip()
    return at > 0 and line[:1].islower() and not lines[at - 1].rstrip().endswith(_SENTENCE_ENDS)


def is_action_line(line: str) -> bool:
    """Return whether a line is one of a newsletter's or a post's actions, or a row of them.

    >>> is_action_line("Share this post"), is_action_line("Subscribe now"), is_action_line("Share prices fell")
    (True, True, False)
    """
    line = line.strip()
    if not line or len(line) > _LINE_LENGTH:
        return False
    # a link's pattern only where a link can be: tried at every character, it was most of a prose line's cost. So is
    # the separators' (its `\s*` opens at every character): split only a line that holds one of their marks
    line = line.strip("|·•∙ ")
    marked = "|" in line or "·" in line or "•" in line or "∙" in line  # `_SEPARATORS`' marks (four `in`s: 0.05 µs)
    parts = _SEPARATORS.split(line) if marked else [line]
    if len(parts) > 1:  # a row's time beside its action ("Listen to this article · 4 min"), never alone ("10 min.")
        parts = [part for part in parts if not _ROW_TIME.fullmatch(part)] or parts
    return all(_ACTION.fullmatch(_LINK.sub("", part) if "http" in part else part) for part in parts)


def _without_signature(text: str) -> str:
    """Return a mail's text without its signature: the lines after its last "-- " line, where they are few.

    >>> _without_signature("Rail strike off.\\n\\n-- \\nJane Writer\\nThe Policy Letter\\n")
    'Rail strike off.\\n\\n'
    """
    delimiters = list(_SIGNATURE.finditer(text))
    if not delimiters:
        return text
    last = delimiters[-1]
    after = text[last.end() :]
    signature = [line for line in after.split("\n") if line.strip()]
    if len(signature) > _SIGNATURE_LINES or any(_is_prose(part) for part in _BLANK_LINE.split(after)):
        return text
    return text[: last.start()]


def _is_prose(paragraph: str) -> bool:
    """Return whether a paragraph is a sentence of prose: 8 words or more, ending as a sentence does.

    >>> _is_prose("The bakery closes on Friday after\\n112 years of trade.")
    True
    >>> _is_prose("Sam Roe\\nHarbour Weekly, 1 Quay St.")
    False
    """
    return paragraph.rstrip().endswith((".", "!", "?")) and len(paragraph.split()) >= _PROSE_WORDS
