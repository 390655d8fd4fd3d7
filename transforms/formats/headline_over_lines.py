"""A text file's headline right over its story, no blank line between them ("Power restored in Tallinn after
storm", then "Troops pushed back."): the headline is its title and its own paragraph. The two lines were one
paragraph, and the text had no title, where a blank line under the headline made it one."""

from __future__ import annotations

import re

from transforms.formats.title_dates import title_day
from transforms.headline_endings import ends_as_sentence

# A headline's length at most: shorter than a line wrapped at a text's column width (70 to 80 characters); a wrapped
# paragraph's first line is about that width, its next word too long for it
_HEADLINE_CHARACTERS = 60
_HEADLINE_WORDS = 14
# The last words of a line a sentence runs on from ("... in Tallinn on", "Tuesday"): a headline ends on none of them.
# A wrapped sentence's line breaks where its column ends, mostly between two such words
_RUNS_ON = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from",
                      "as", "that", "than", "into", "after", "before", "over", "under", "its", "their", "his", "her"})
_WORD = re.compile(r"[^\W\d_]+")
# A question's words at most where it is a headline ("Will the ceasefire hold?"), as `txt.one_line_headline` counts
# them: papers ask one in a few words; a longer question is a speaker's sentence, a text of one sentence a line
_QUESTION_WORDS = 10


def headline_over_lines(text: str) -> tuple[str, str] | None:
    """Return a text of one paragraph's headline and its text with the headline a paragraph of its own, else None:
    its first line short and no sentence's end (nor a word a sentence runs on from), the next line opening as a
    sentence does (a capital), and the first line shorter than the lines under it are wide (a wrapped paragraph's are
    all about its column's width).

    >>> headline_over_lines("Power restored in Tallinn after storm\\nTroops pushed back.\\n")
    ('Power restored in Tallinn after storm', 'Power restored in Tallinn after storm\\n\\nTroops pushed back.\\n')
    >>> headline_over_lines("Power was restored in Tallinn after\\nthe storm passed.\\n") is None
    True
    >>> headline_over_lines("Will the ceasefire hold?\\nFighting paused.\\n")[0]
    'Will the ceasefire hold?'
    """
    body = text.strip()
    if "\n" not in body or _BLANK.search(body):  # a text of one line, or of paragraphs: none to part
        return None
    lines = [line.strip() for line in body.split("\n")]
    first, rest = lines[0], lines[1:]
    words = first.split()
    # a short question is a headline as papers ask one ("Will the ceasefire hold?"); a sentence's "?" a longer one's
    question = first.endswith("?") and len(words) <= _QUESTION_WORDS
    if not words or len(first) > _HEADLINE_CHARACTERS or len(words) > _HEADLINE_WORDS \
            or (ends_as_sentence(first) and not question) or first.endswith(("!", "-", "–", "—")) \
            or (first.endswith("?") and not question) or "://" in first or not rest[0][:1].isupper() \
            or (question and _answers(rest)):
        return None
    last = _WORD.findall(words[-1])
    # a report's name and its day after a dash ("Quarterly Report — 31 March 2026", `title_dates`) ends on a year, no
    # word a sentence runs on from; a wrapped sentence's line ending on a number ("rose by 4") is none
    if (not last and title_day(first) is None and not _names_its_year(words)) \
            or (last and last[-1].lower() in _RUNS_ON) or not first[:1].isupper():
        return None
    # a paragraph wrapped at its column's width: its lines but the last are about as wide as its first
    widths = [len(line) for line in rest[:-1]]
    if widths and len(first) >= 0.8 * max(widths):
        return None
    start = text.index(first) + len(first)
    return first, text[:start] + "\n" + text[start:]


_BLANK = re.compile(r"\n[ \t]*\n")


# A question's answer on the next line, as a dialogue or an FAQ writes one: a reply that opens with "Yes," or "No."
# ("No one ..." opens a story's sentence), or a short one whose verb is left to the question, its last word an
# auxiliary ("The council says taxpayers will."). A headline's story opens with a sentence of its own, whole ("The
# council will vote on the bill on Monday.").
_REPLY = re.compile(r"(?:Yes|No)[,.!]")
_AUXILIARIES = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must", "does", "do",
                          "did", "is", "are", "was", "were", "has", "have", "had", "won't", "can't", "doesn't",
                          "don't", "didn't", "isn't", "aren't", "wasn't", "hasn't", "haven't", "not"})
_ANSWER_WORDS = 8  # an elliptical answer's words at most: a longer line is a sentence of the story's


def _answers(rest: list[str]) -> bool:
    """Return whether the lines under a question answer it, as a dialogue's reply does (no story under a headline).

    >>> _answers(["The council says taxpayers will."]), _answers(["Yes, by ten minutes."])
    (True, True)
    >>> _answers(["The council will vote on Monday."]), _answers(["Nobody knows the answer yet."])
    (False, False)
    """
    reply = rest[0]
    if _REPLY.match(reply):
        return True
    words = reply.rstrip(".!").split()
    return len(rest) == 1 and 0 < len(words) <= _ANSWER_WORDS and reply.endswith(".") \
        and words[-1].lower().replace("’", "'") in _AUXILIARIES


def _names_its_year(words: list[str]) -> bool:
    """Return whether a line is a name that ends with its year ("Annual Report 2025", "Budget 2026").

    >>> _names_its_year("Annual Report 2025".split()), _names_its_year("Prices fell in 2025".split())
    (True, False)
    """
    # a name's last word before the year is capitalised; a sentence's runs on to its year ("fell in 2025", "by 2030")
    return len(words) >= 2 and re.fullmatch(r"(?:19|20)\d\d", words[-1]) is not None \
        and words[-2][:1].isupper() and words[-2].lower() not in _RUNS_ON
