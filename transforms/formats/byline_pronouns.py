"""A writer's pronouns beside their name in a byline ("By Alex Rivera (they/them)", "Sam Okafor [she/her]"), as many
newsrooms and newsletters print them since about 2020: no name, and no second author.

"By Alex Rivera (they/them)" gave no author (the aside was read as part of a name that is none), and a page's
"By Sam Okafor (she/her)" the authors "Sam Okafor she" and "Her".
"""

from __future__ import annotations

import re

# Each form of a person's pronouns, its subject's and its object's or its own ("she/her", "he/they", "ze/zir"), with
# a third at most ("she/her/hers"), in brackets, after "pronouns:" or not; and a comma's or a dash's aside without
# brackets, only at the byline's end or before a comma ("Alex Rivera, they/them")
_PRONOUN = r"(?:she|he|they|ze|zie|xe|ey|it|her|him|them|hers|his|theirs|zir|hir|xem|em)"
_SET = rf"(?i:(?:pronouns\s*:\s*)?{_PRONOUN}\s*/\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN})?)"
_PRONOUNS = re.compile(rf"\s*(?:\(\s*{_SET}\s*\)|\[\s*{_SET}\s*\]|[,–—-]\s*{_SET}(?=\s*(?:[,;|]|$)))")


def without_pronouns(byline: str) -> str:
    """Return a byline without the pronouns its writers print beside their names.

    >>> without_pronouns("By Alex Rivera (they/them)"), without_pronouns("Jo Lee (he/him) and Priya Nair [she/they]")
    ('By Alex Rivera', 'Jo Lee and Priya Nair')
    >>> without_pronouns("Sam Okafor, she/her, Climate Reporter"), without_pronouns("Kim Roe (Pronouns: she/her/hers)")
    ('Sam Okafor, Climate Reporter', 'Kim Roe')
    >>> without_pronouns("Jane Doe (AP)"), without_pronouns("Input/Output, by Tom Roe")
    ('Jane Doe (AP)', 'Input/Output, by Tom Roe')
    """
    return _PRONOUNS.sub("", byline) if "/" in byline else byline
