"""A print edition's rights notice under its story, as a reading service's copy ends (PressReader's "© Toronto Star
2026. All rights reserved. Printed and distributed by PressReader" over its address and telephone, then "COPYRIGHT
AND PROTECTED BY APPLICABLE LAW"): no paragraph of the story. Read by its lines' shapes, not the service's name, so
another distributor's notice laid out alike goes too."""

from __future__ import annotations

import re

# "© Toronto Star 2026.", "Copyright © 2026 The Guardian", "Copyright 2026 Nation Media Group": a copyright's mark and
# its year, the notice's opening (a sentence about copyright, "Copyright law changed in 2026.", has no mark or year
# next to it)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright\s+(?:©|\(c\)|(?=\d{4}\b)))[^\n]{0,80}?\b(?:19|20)\d{2}\b", re.IGNORECASE)
# the notice's other lines: its rights ("All rights reserved", "PROTECTED BY APPLICABLE LAW" in capitals), the
# distributor ("Printed and distributed by PressReader"), the distributor's host and telephone
_RIGHTS = re.compile(r"all rights reserved|printed and distributed by|protected by applicable law", re.IGNORECASE)
_HOST_AND_PHONE = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)+\s+\+?\d[\d ().-]{6,20}")
# a distributor's credit alone, its name and nothing after ("Distributed by PressReader", "Distributed by Tribune
# Content Agency"): a sentence opening so runs on past the name ("Distributed by the Red Cross, the food ...")
# (the name's words capitalised, case read: "Distributed by the Red Cross." is a sentence's)
_DISTRIBUTOR = re.compile(r"(?i:(?:printed and )?distributed by)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\.?")
_NOTICES = 2  # a notice and its distributor's paragraph under it at most: a text's paragraphs above are its story's
_NOTICE_LINE_CHARACTERS = 200  # a notice's line at most: a story's paragraph that mentions rights runs on


def without_rights_notice(text: str) -> tuple[str, str | None]:
    """Return a text without the rights notices closing it (a copyright's paragraph, a distributor's under it), and
    them.

    >>> without_rights_notice("Rates held.\\n\\n© 2026 The Star. All rights reserved.\\n\\nDistributed by PressReader")
    ('Rates held.', '© 2026 The Star. All rights reserved.\\nDistributed by PressReader')
    """
    notices: list[str] = []
    for _ in range(_NOTICES):  # the last paragraph first, then the one above it
        text, notice = _without_last_notice(text)
        if notice is None:
            break
        notices.insert(0, notice)
    return text, "\n".join(notices) or None


def _without_last_notice(text: str) -> tuple[str, str | None]:
    """Return a text without its last paragraph where that is a print edition's rights notice, and the notice.

    >>> _without_last_notice("Rates held.\\n\\n© Daily Nation 2026. All rights reserved.\\n")
    ('Rates held.\\n', '© Daily Nation 2026. All rights reserved.')
    >>> _without_last_notice("Rates held.\\n\\nAll rights reserved, the label said of the song.\\n")[1] is None
    True
    """
    body = text.rstrip()
    start = body.rfind("\n\n") + 2 if "\n\n" in body else 0
    if start == 0 or not body[:start].strip():
        return text, None  # the text's only paragraph is its story, whatever it says
    lines = [line.strip() for line in body[start:].split("\n") if line.strip()]
    # every line a notice's, and a copyright's mark and year or a distributor's credit among them: "All rights
    # reserved" alone may close a quote's sentence, a bare telephone line a contact's
    if not lines or not all(_is_notice_line(line) for line in lines):
        return text, None
    if not any(_COPYRIGHT.match(line) or _DISTRIBUTOR.fullmatch(line) for line in lines):
        return text, None
    # the text's own ending kept: a file that ended with no newline gains none
    return body[:start].rstrip() + text[len(body):], "\n".join(lines)


def _is_notice_line(line: str) -> bool:
    """Return whether a line is a rights notice's: its copyright, rights or distributor, or the distributor's contact.

    >>> _is_notice_line("PressReader.com +1 604 278 4604"), _is_notice_line("COPYRIGHT AND PROTECTED BY APPLICABLE LAW")
    (True, True)
    >>> _is_notice_line("The label said all rights reserved to the band were sold on Monday to a fund.")
    False
    """
    if len(line) > _NOTICE_LINE_CHARACTERS:
        return False
    if _COPYRIGHT.match(line) or _HOST_AND_PHONE.fullmatch(line) or _DISTRIBUTOR.fullmatch(line):
        return True
    # the rights' words opening the line, or in a line that ends the notice's sentence; a story's sentence that names
    # them runs on to its verb ("... all rights reserved to the band were sold")
    return bool(_RIGHTS.match(line)) or (line.isupper() and _RIGHTS.search(line) is not None)
