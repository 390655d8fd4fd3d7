"""What a web clipper's own template writes around a page it clips into a Markdown note (Obsidian Web Clipper's, a
reader's own template): a line naming the page's site and the clipping's day ("> Clipped from VnExpress International
on 2026-05-19") under the title, and the reader's own notes after the article ("## My notes"). Each was a paragraph of
the article, labelled and counted as its words.

The clip line gives the article its site, and its day where nothing else dates it (the day it was clipped is the
story's day or later: the best a note without another date has). The reader's notes are kept in the article's
metadata ("notes"), never its text: they are what the reader thought, not what the page said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# "Clipped from Site on 2026-05-19", "Clipped from [Site](https://...)": the line alone, its quote's ">" and emphasis
# aside; a sentence that opens so ("Clipped from the budget on Tuesday were 300 jobs.") has no day after its "on"
_CLIP = re.compile(r"Clipped from (?:\[(?P<linked>[^\]]+)\]\([^()\s]*\)|(?P<site>[^\[\].!?]+?))(?: on (?P<day>.+?))?")
_CLIP_HEAD = 6  # the title, a cover image, a properties line or two: the clip line stands within the note's first lines
_SITE_WORDS = 6
# a heading over the reader's own notes: theirs by its "my" or "personal" ("## Notes on the budget" is the article's)
_NOTES = re.compile(r"(?P<marks>#{1,6})\s+(?:my|personal)\s+(?:notes?|thoughts|comments|takeaways)\s*:?\s*#*",
                    re.IGNORECASE)
_HEADING = re.compile(r"#{1,6}\s")  # a heading's marks and their space: "#transport" alone on its line is a tag


@dataclass(frozen=True)
class ClipLines:
    """A clipped note's text without its clip line and its reader's notes, and what they said."""

    text: str
    site: str | None = None
    day: datetime | None = None
    notes: str | None = None  # the notes section's Markdown, its heading aside


def clip_lines(text: str, clipped: bool = False) -> ClipLines:
    """Return a Markdown note's text without its clip line and, in a clipping (a clip line found, or `clipped`: the
    front matter names the page's address), its reader's notes section at its end.

    >>> read = clip_lines("# Rates held\\n\\n> Clipped from Example News on 2026-01-14\\n\\nHeld.\\n\\n"
    ...                   "## My notes\\n\\nAsk why.\\n")
    >>> read.text, read.site, read.day.date().isoformat(), read.notes
    ('# Rates held\\n\\nHeld.\\n', 'Example News', '2026-01-14', 'Ask why.')
    >>> clip_lines("# Trip\\n\\nWe walked.\\n\\n## My notes\\n\\nBring a map.\\n").notes is None
    True
    """
    if "Clipped from" not in text and not clipped:
        return ClipLines(text)  # (a substring's test first: most notes are no clipping, their lines not read)
    lines = text.split("\n")
    site = day = None
    written = [i for i, line in enumerate(lines) if line.strip()][:_CLIP_HEAD]
    for i in written:
        found = _CLIP.fullmatch(lines[i].strip().lstrip(">").strip().strip("*_").strip())
        if found is None or len((named := found["linked"] or found["site"]).split()) > _SITE_WORDS:
            continue
        from transforms.formats.head_days import head_day  # a date's parser: only the few clippings import it

        day = head_day(found["day"]) if found["day"] is not None else None
        if found["day"] is not None and day is None:
            continue  # "on" followed by no day: a sentence of the story
        site = named.strip()
        del lines[i: i + 2 if i + 1 < len(lines) and not lines[i + 1].strip() else i + 1]
        break
    notes = None
    if site is not None or clipped:
        lines, notes = _without_notes(lines)
    return ClipLines("\n".join(lines), site, day, notes)


def _without_notes(lines: list[str]) -> tuple[list[str], str | None]:
    """Return a clipping's lines without its notes section (its heading to the next of its level or higher, the last
    section only where none follows), and that section's Markdown."""
    for i, line in enumerate(lines):
        if _HEADING.match(line) is None or (heading := _NOTES.fullmatch(line.strip())) is None:
            continue
        if not any(other.strip() and _HEADING.match(other) is None for other in lines[:i]):
            return lines, None  # a note that opens with its notes heading: the notes are the note
        level = len(heading["marks"])
        end = next((j for j in range(i + 1, len(lines)) if _HEADING.match(lines[j]) is not None and
                    len(lines[j]) - len(lines[j].lstrip("#")) <= level), len(lines))
        notes = "\n".join(lines[i + 1:end]).strip()
        return lines[:i] + lines[end:], notes or None
    return lines, None
