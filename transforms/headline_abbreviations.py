"""Whether a line's closing full stop is a headline's abbreviation's, not a sentence's: headlines abbreviate where
prose does not ("Auto sales surged in Sept.", "Lebanon PM Resigns, Says Will Not Head New Govt.").

A text file's first line that ends with "." was read as a sentence, no headline, and its article had none: 7 of
agnews-dev's 12 such first lines were headlines so cut ("Michigan St. Beats Central Conn. St.", "UN Signs Pact with
New World Court Opposed by U.S."). Two signs, each one prose does not give:
- a month's abbreviation at the end: news style (AP's) abbreviates a month only before a day's number ("Sept. 12"), so
  prose ends a sentence with "in September", a headline with "in Sept.";
- headline capitals, every word capitalised but a few short joining words ("Opposed by U.S."), three of four letters or
  more at least: no sentence of prose is written so. A sentence that ends with "U.S." or "Inc." ("Shares fell in the
  U.S.") stays one, and so does a list of names (two commas or more: a team sheet's "Bowyer, Elliott, Bernard.").
  A line without a lower-case letter is no sign of headline capitals: a wire's or a teletype's lead written in
  capitals ("WASHINGTON (AP) -- THE SENATE VOTED TODAY TO EXTEND THE TAX CUTS.") and a shouted quote are sentences;
  such a line is a headline only where it ends with an abbreviation ("... HIKES IN SEPT.", "... BY U.S.").
"Jan." and "Dec." are given names too ("The prize went to Jan." is a sentence, its full stop the sentence's): they
end a headline as months only after a word that names a time by them ("in Jan.", "since Dec.", "late Jan.").
A country's or body's initials that prose writes after "the" ("U.S.", "U.K.", "U.N.", "E.U.") end a headline where
the line drops the article, as headlines do and prose does not ("Talks stall with U.S." is AG News's headline;
"Talks stall with the U.S." stays a sentence).
"""

from __future__ import annotations

import re

# The months AP style abbreviates (March to July it never does), and "Govt.", which only headlines write.
_ABBREVIATIONS = "Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Govt"
_HEADLINE_ENDS = re.compile(rf"(?<![\w.-])(?:{_ABBREVIATIONS})\.\Z")
# The same in capitals, or initials ("U.S.", "U.N."): how a line in capitals ends with an abbreviation.
_CAPITALS_ENDS = re.compile(rf"(?:(?<![\w.-])(?:{_ABBREVIATIONS.upper()})|(?<![\w.])(?:[A-Z]\.)+[A-Z])\.\Z")
# A month's abbreviation that is a given name too, and the words before it that make it the month.
_NAME_MONTHS = re.compile(r"(?<![\w.-])(?:Jan|Dec)\.\Z")
_MONTH_AFTER = re.compile(
    r"(?i)(?:\A|\s)(?:in|since|by|until|till|from|through|before|after|during|for|of|early|late|next|last|this)"
    r"\s+(?:Jan|Dec)\.\Z"
)
# Initials prose writes after "the", a line's last word, and the two words before them: where neither is "the", the
# line dropped the article as a headline does. Prose puts a word between too ("across the northern U.S.", "in the
# whole U.K."), a headline that keeps no "the" none ("Heat wave grips mainland U.S.").
_THE_INITIALS = frozenset({"U.S.A.", "U.S.", "U.K.", "U.N.", "E.U."})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The joining words a headline in capitals leaves in lower case (articles, conjunctions, prepositions).
_JOINING = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for", "as", "vs", "v", "via",
    "with", "from", "into", "over", "than", "upon", "onto", "amid",
})
# Headline capitals take three capitalised long words at least: "Reuters Staff." is a credit, not a headline.
_CAPITALISED_WORDS = 3
# A line of names parted by commas is a list (a team sheet's "Cech, Ferreira, Carvalho, Terry."; 50 of bbc-dev's
# paragraphs), not a headline, which has one comma at most ("Lebanon PM Resigns, Says Will Not Head New Govt.").
_LIST_COMMAS = 2


def ends_with_headline_abbreviation(line: str) -> bool:
    """Return whether a line that ends with "." ends as a headline does: with a month's abbreviation, or in
    headline capitals.

    >>> ends_with_headline_abbreviation("Auto sales surged in Sept."), ends_with_headline_abbreviation("Rain fell.")
    (True, False)
    >>> ends_with_headline_abbreviation("UN Signs Pact with New World Court Opposed by U.S.")
    True
    >>> ends_with_headline_abbreviation("The company will appeal the ruling in the U.S.")
    False
    >>> ends_with_headline_abbreviation("Cech, Ferreira, Carvalho, Terry, Gallas, Tiago.")
    False
    >>> ends_with_headline_abbreviation("The Magic Roundabout is out in the UK on 11 February.")
    False
    >>> ends_with_headline_abbreviation("THE SENATE VOTED TODAY TO EXTEND THE TAX CUTS.")
    False
    >>> ends_with_headline_abbreviation("STOCKS TUMBLE AS FED SIGNALS MORE HIKES IN SEPT.")
    True
    >>> ends_with_headline_abbreviation("The prize went to Jan."), ends_with_headline_abbreviation("Sales fell in Jan.")
    (False, True)
    >>> ends_with_headline_abbreviation("Talks stall with U.S."), ends_with_headline_abbreviation("Talks with the U.S.")
    (True, False)
    >>> ends_with_headline_abbreviation("Snow is forecast across the northern U.S.")
    False
    """
    if _HEADLINE_ENDS.search(line):
        return _NAME_MONTHS.search(line) is None or _MONTH_AFTER.search(line) is not None
    if line.endswith(".") and (words := line.rsplit(None, 3))[-1] in _THE_INITIALS and len(words) > 1:
        if "the" not in (word.lower() for word in words[-3:-1]):
            return True
    if line.count(",") >= _LIST_COMMAS:
        return False
    words = [word for word in _WORD.findall(line) if word not in _JOINING]
    capitalised = sum(len(word) >= 4 for word in words)
    if capitalised < _CAPITALISED_WORDS or not all(word[0].isupper() for word in words):
        return False
    return line != line.upper() or _CAPITALS_ENDS.search(line) is not None
