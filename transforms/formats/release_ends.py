"""A press release's end mark ("-ENDS-", "ENDS", "###", "# # #", a line of its own after the release's text): what
follows it (its "Notes to editors", its "About ..." and contacts) is for journalists, no part of its story."""

from __future__ import annotations

import re

# What a release's notes open with, where a mark is followed by more: a "###" between an essay's parts (a scene break)
# is followed by more of the story, which stays.
# "About" and "Contact" open the notes as a heading of their own ("About Northshire Council", "Contact:"): a story's
# sentence after a scene break opening so ("About 40 minutes later, ...", "Contact with the climbers was restored
# ...") was cut off as notes.
_NOTES = re.compile(r"(?:notes?\s+(?:to|for)\s+editors?|editor['’]s\s+notes?|media\s+(?:contacts?|enquiries|"
                    r"inquiries)|press\s+(?:contacts?|enquiries|office)|for\s+(?:further|more)\s+information)"
                    r"|(?:About(?:[ \t]+[\w&'’-]+(?:\.\w+)*){1,6}(?:[ \t]+(?:Inc|Ltd|Corp|Co|LLC|plc)\.)?|Contacts?)"
                    r"[ \t]*:?[ \t]*(?:\n|$)",
                    re.IGNORECASE)
# The mark on a line of its own, with dashes or spaces around it as British ("-ENDS-", "– ENDS –") and US ("###")
# releases write it; "ends" inside a sentence, or a Markdown heading's "### Results", is none.
_REACH = 2000
_END_MARK = re.compile(r"\n[ \t]*(?:[-–—]+[ \t]*)?(?:ENDS|###|# # #)(?:[ \t]*[-–—]+)?[ \t]*(?:\n|$)")


def release_end(text: str) -> tuple[str, str | None]:
    """Return a press release's text before its end mark and the notes after it (None where it has no such mark).

    >>> release_end("Trees planted.\\n\\n-ENDS-\\n\\nNotes to editors\\n\\n1. The council serves 420,000 people.")
    ('Trees planted.\\n', 'Notes to editors\\n\\n1. The council serves 420,000 people.')
    >>> release_end("Plant opened.\\n\\n###\\n"), release_end("The strike ENDS today.\\n\\n### Results\\n")
    (('Plant opened.\\n', None), ('The strike ENDS today.\\n\\n### Results\\n', None))
    >>> release_end("The ward went quiet.\\n\\n###\\n\\nBy morning the nurses were back.")[1] is None
    True
    """
    # A release's mark and notes are its last words: its last 2,000 characters are searched, and only for "#" and
    # "ENDS" (a scan for each costs a text file's reading about a microsecond; a mixed-case "-Ends-" is not read)
    start = max(0, len(text) - _REACH)
    if text.find("#", start) < 0 and text.find("ENDS", start) < 0:  # no copy of the text's end is made
        return text, None
    mark = _END_MARK.search(text, start)
    if mark is None or not text[: mark.start()].strip():
        return text, None
    notes = text[mark.end():].strip()
    if notes and (not (heading := _NOTES.match(notes)) or not _about_its_sender(heading[0], notes[heading.end():])):
        return text, None
    return text[: mark.start()].rstrip() + "\n", notes or None


# The words an organisation's name writes in lower case ("University of Leeds", "Friends of the Earth")
_NAME_SMALL_WORDS = frozenset("of and for the & in on at de".split())


def _about_its_sender(heading: str, after: str) -> bool:
    """Return whether a release's notes' heading is one: an "About ..." heading is where what follows names what it
    is about ("About Riverbend Health\\n\\nRiverbend Health is ...", "About us"), as a release's boilerplate does; a
    film's title after a review's break ("About Time", then "Richard Curtis's time-travel romance ...") is none.

    >>> _about_its_sender("About Acme Inc.\\n", "1. Acme makes brakes."), _about_its_sender("About Time\\n", "A film.")
    (True, False)
    >>> _about_its_sender("About the Author\\n", "Jo writes."), _about_its_sender("About the children\\n", "They came.")
    (True, False)
    >>> _about_its_sender("About the Kennedy files\\n", "No one read them."), _about_its_sender("About the Fund\\n", "")
    (False, True)
    """
    words = heading.split()
    # "About the Company", "About the Author", "About the University of Leeds" head a release's notes, a name's every
    # word in capitals but its small ones; "About the children" or "About the Kennedy files" after a scene break is the
    # heading of a story's next part (each was cut off as notes)
    if words[0].lower() != "about" or len(words) < 2 or words[1].lower() == "us" or (
            words[1].lower() == "the" and len(words) > 2
            and all(word[:1].isupper() or word.lower() in _NAME_SMALL_WORDS for word in words[2:])):
        return True
    named = words[2] if words[1].lower() == "the" and len(words) > 2 else words[1]  # its "the" names nothing
    first = re.sub(r"^(?:\d+\.\s*)?(?:the\s+)?", "", after.lstrip(), flags=re.IGNORECASE)
    return first[: len(named)].lower() == named.lower()
