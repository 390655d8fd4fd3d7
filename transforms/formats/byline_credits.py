"""A byline's credits, each under its label: those who reported or wrote a story ("Reporting by", "with additional
reporting by", "Story by", "Words:") are its authors, those who edited, photographed or drew for it ("Editing by",
"Photos:", "Graphics by") are not. A wire's "Reporting by Jane Doe; Editing by Ann Lee" gave the authors "Reporting by
Jane Doe" and "Editing by Ann Lee"."""

from __future__ import annotations

import re

# A credit's label: what was done, then "by" or a colon. Reporters and writers are authors; an editor, a
# photographer, a designer, a translator or a producer did not write the words read.
# "Words and pictures by", "Text and photos:": one who wrote the words and took the pictures is their author
_WRITERS = (r"(?:with\s+)?(?:additional\s+)?(?:reporting|writing|written|reported|story|words|text|compiled)"
            r"(?:\s+(?:and|&)\s+(?:photos?|photographs?|photography|pictures?|images?))?")
_OTHERS = (
    r"(?:additional\s+)?(?:editing|edited|sub-?edited|photos?|photographs?|photography|pictures?|images?|graphics|"
    r"illustrations?|illustrated|video|filming|design|designed|produced|production|translation|translated|"
    r"fact-?checking|fact-?checked|data\s+visuali[sz]ation)"
)
_CREDIT = re.compile(
    rf"(?:^|(?<=[\s,;|]))(?:(?P<writers>{_WRITERS})|(?P<others>{_OTHERS}))(?:\s+by\s+|\s*:\s*)", re.IGNORECASE
)
# What parts a byline's credits: "Words: Jane Doe | Photos: Tom Roe", "By Jane Doe, with additional reporting by ..."
_SEPARATORS = " \t,;|/·•–—-"  # "Text: Claire Dubois / Photos: Marc Petit"
# A byline's last words in brackets, an agency's or a place's: "Jane Doe (Reuters)" is Jane Doe, "Reuters" a part
# of the byline as after a comma (it was the name "Jane Doe (Reuters)"). A nickname inside a name stays
# ("Robert (Bob) Smith"), and so do words in lower case ("(she/her)") and an address's owner ("jane@example.com (Jane
# Doe)": `record_authors` reads it).
_TRAILING_ASIDE = re.compile(r"\s*\(([A-Z][^()]*)\)\s*$")


def credited(byline: str) -> str:
    """Return a byline's names with its credits read: a writer's or a reporter's label left out, the names an editor
    or a photographer is credited with left out, each credit parted from the next by "; ".

    >>> credited("Reporting by Jane Doe and Tom Roe in London; Editing by Ann Lee")
    'Jane Doe and Tom Roe in London'
    >>> credited("By Jane Doe, with additional reporting by Tom Roe"), credited("Words: Jane Doe | Photos: Tom Roe")
    ('By Jane Doe; Tom Roe', 'Jane Doe')
    >>> credited("Words and pictures by Sam Okafor"), credited("Text: Claire Dubois / Photos: Marc Petit")
    ('Sam Okafor', 'Claire Dubois')
    >>> credited("Story by Jane Doe"), credited("Jane Doe (Reuters)"), credited("Robert (Bob) Smith")
    ('Jane Doe', 'Jane Doe, Reuters', 'Robert (Bob) Smith')
    >>> credited("By Jane Doe, Political Editor"), credited("Stories by the Fire")
    ('By Jane Doe, Political Editor', 'Stories by the Fire')
    """
    if "@" not in byline:
        byline = _TRAILING_ASIDE.sub(lambda aside: f", {aside[1]}", byline)
    labels = list(_CREDIT.finditer(byline))
    if not labels:
        return byline
    kept = [byline[: labels[0].start()]]
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(byline)
        if label["writers"] is not None:
            kept.append(byline[label.end() : end])
    return "; ".join(part for written in kept if (part := written.strip(_SEPARATORS)))
