"""A writer's pronouns beside their name in a byline ("By Alex Rivera (they/them)", "Sam Okafor [she/her]"), as many
newsrooms and newsletters print them since about 2020: no name, and no second author.

"By Alex Rivera (they/them)" gave no author (the aside was read as part of a name that is none), and a page's
"By Sam Okafor (she/her)" the authors "Sam Okafor she" and "Her". Newsrooms writing in other languages print theirs
too ("Por María José Fernández (ella/ella)", "Par Camille Martin (iel)", "Von Alex Schmidt (sie/ihr)"): such a byline
gave no author.
"""

from __future__ import annotations

import re

# Each form of a person's pronouns, its subject's and its object's or its own ("she/her", "he/they", "ze/zir"), with
# a third at most ("she/her/hers"), in brackets, after "pronouns:" or not; and a comma's or a dash's aside without
# brackets, only at the byline's end or before a comma ("Alex Rivera, they/them"). Spanish, Portuguese, French,
# Italian, German, Dutch and Swedish forms too ("ella/ella", "ela/dela", "iel/iel", "lui/lui", "sie/ihr", "zij/haar",
# "hen/hen"): words of those languages, each a pronoun only beside another in such a pair.
_PRONOUN = (r"(?:she|he|they|ze|zie|xe|ey|it|her|him|them|hers|his|theirs|zir|hir|xem|em"
            r"|ella|él|el|elle|ellx|elli|ela|ele|elu|dela|dele|delu|iel|ielle|il|ellui|lui|lei|"
            r"sie|er|ihr|ihm|dey|denen|xier|xiem|zij|hij|hem|haar|hen|hun|die|diens|hon|han|henne|honom|henom|hens)")
_SET = rf"(?i:(?:pronouns\s*:\s*)?{_PRONOUN}\s*/\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN})?)"
# One pronoun alone in brackets, as French and Spanish writers print a neutral one ("Camille Martin (iel)"): in lower
# case only, where a capital's is a nickname ("Gabriella Smith (Ella)"), and only a form no nickname or agency writes.
_ONE = r"(?:they|she|he|ze|xe|iel|ielle|elle|ella|elu|hen|xier|dey|sie)"
_PRONOUNS = re.compile(rf"\s*(?:\(\s*(?:{_SET}|{_ONE})\s*\)|\[\s*(?:{_SET}|{_ONE})\s*\]"
                       rf"|[,–—-]\s*{_SET}(?=\s*(?:[,;|]|$)))")


def without_pronouns(byline: str) -> str:
    """Return a byline without the pronouns its writers print beside their names.

    >>> without_pronouns("By Alex Rivera (they/them)"), without_pronouns("Jo Lee (he/him) and Priya Nair [she/they]")
    ('By Alex Rivera', 'Jo Lee and Priya Nair')
    >>> without_pronouns("Sam Okafor, she/her, Climate Reporter"), without_pronouns("Kim Roe (Pronouns: she/her/hers)")
    ('Sam Okafor, Climate Reporter', 'Kim Roe')
    >>> without_pronouns("Jane Doe (AP)"), without_pronouns("Input/Output, by Tom Roe")
    ('Jane Doe (AP)', 'Input/Output, by Tom Roe')
    >>> without_pronouns("Por María José Fernández (ella/ella)"), without_pronouns("Par Camille Martin (iel)")
    ('Por María José Fernández', 'Par Camille Martin')
    >>> without_pronouns("Von Alex Schmidt (sie/ihr)"), without_pronouns("By Gabriella Smith (Ella)")
    ('Von Alex Schmidt', 'By Gabriella Smith (Ella)')
    """
    # most bylines print no pronouns: a slash or a bracket says first whether any can be there
    return _PRONOUNS.sub("", byline) if "/" in byline or "(" in byline or "[" in byline else byline
