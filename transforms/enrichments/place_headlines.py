"""A Title Case headline's line, told from a short sentence whose every main word is a name or a noun.

`place_words.title_case` reads a line of three words or more, most of them capitalised, as a headline's, where a
capital says nothing of a name ("Storm Hits Reading"). A short sentence of news capitalises as many ("Storms in
Wollongong.", "Protests in Cusco.", "Typhoon Haiyan battered Tacloban."): a caption, a list's line or a brief's
lead. A headline ends without a full stop, so a line of up to `SENTENCE_WORDS` words ending at one after a word in
lower case (not "U.S.", an abbreviation a headline ends at too) is read as a sentence, where its capitals are names'.
A longer line keeps `title_case`'s reading: there the share of capitals says more than one mark at its end.
"""

from __future__ import annotations

import re

from transforms.enrichments.place_words import WORD, title_case

# The most words of a short sentence read so: the lines `title_case` reads by its share of capitals and are as short
# as a brief's lead; a longer Title Case line ending at a full stop is more often a headline a feed punctuated
SENTENCE_WORDS = 4
# A line's end at a full stop after a word's lower-case letters ("Wollongong."), not an abbreviation's ("U.S.")
_SENTENCE_END = re.compile(r"[a-z]{2}\.[\"'’”)]?\s*$")


def headline(text: str, at: int) -> bool:
    """Return whether the line around `at` is a Title Case headline's, not a short sentence's.

    >>> t = "Storms in Wollongong.\\nStorms Lash Wollongong\\nFloods Hit U.S."
    >>> [headline(t, t.index(w)) for w in ("Storms in", "Storms Lash", "Floods")]
    [False, True, True]
    """
    if not title_case(text, at):
        return False
    head = text.rfind("\n", 0, at) + 1
    tail = text.find("\n", at)
    line = text[head: tail if tail >= 0 else len(text)]
    if len(line) > 80 or not _SENTENCE_END.search(line):  # the length bounds the words read below
        return True
    return len(WORD.findall(line)) > SENTENCE_WORDS
