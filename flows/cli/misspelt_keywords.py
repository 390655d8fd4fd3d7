"""The SQL keyword a word DuckDB could not parse is a slip of: `form` for FROM, `selct` for SELECT."""

from __future__ import annotations

import re

# The words that begin a query's clauses. A slip in one of them is rarely a parse error at the slip itself: DuckDB
# reads `form` in `select count(*) form articles` as a name given to count(*), and stops at the word after it.
CLAUSE_KEYWORDS = ("select", "from", "where", "group", "order", "having", "qualify", "limit", "offset", "join",
                   "union", "distinct")
# The keywords that take BY after them, as a clause (ORDER BY, GROUP BY) or in a window's OVER (PARTITION BY).
BY_KEYWORDS = ("order", "group", "partition")
_SYNTAX_ERROR_AT = re.compile(r'Parser Error: syntax error at or near "((?:[^"]|"")+)"')
# Quoted text is one token: a word inside a value or a quoted name is no keyword.
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\w+|\S")


def misspelt_keyword(message: str, sql: str) -> str | None:
    """Return the hint for a parse error at, or just after, a word one slip of the keyboard from a clause keyword.

    >>> misspelt_keyword('Parser Error: syntax error at or near "articles"', "select count(*) form articles")
    '`form` is no SQL keyword: did you mean FROM?'
    >>> misspelt_keyword('Parser Error: syntax error at or near "selct"', "selct 1")
    '`selct` is no SQL keyword: did you mean SELECT?'
    >>> misspelt_keyword('Parser Error: syntax error at or near "limit"', "select * from articles limit") is None
    True
    """
    at = _SYNTAX_ERROR_AT.search(message)
    if at is None:
        return None
    tokens = _TOKEN.findall(sql)
    near = at.group(1).replace('""', '"').lower()
    for i, token in enumerate(tokens):
        if token.lower() != near:
            continue
        # `order title`: the keyword is spelt right, and its BY is missing; DuckDB stops at the word after it.
        if i and tokens[i - 1].lower() in BY_KEYWORDS and token.lower() != "by":
            said = tokens[i - 1]
            return f"{said.upper()} is followed by BY: `{said} by {token}`"
        # The word DuckDB stopped at, then the one before it (read as an alias, the slip let the parse go on a word).
        for word in (token, tokens[i - 1] if i else ""):
            keyword = slip_of(word)
            if keyword:
                return f"`{word}` is no SQL keyword: did you mean {keyword.upper()}?"
    return None


def slip_of(word: str) -> str | None:
    """Return the clause keyword `word` is one slip from (a letter dropped, added, changed, or two swapped), or None.

    >>> slip_of("form"), slip_of("gruop"), slip_of("were"), slip_of("limt"), slip_of("order"), slip_of("for")
    ('from', 'group', 'where', 'limit', None, None)
    """
    lowered = word.lower()
    # Three letters or fewer are too near too many words (`for`, `form` of `from` is four).
    if len(lowered) < 4 or not lowered.isalpha() or lowered in CLAUSE_KEYWORDS:
        return None
    return next((k for k in CLAUSE_KEYWORDS if one_slip(lowered, k)), None)


def one_slip(word: str, keyword: str) -> bool:
    """Return whether two different words are one edit apart, a swap of two neighbouring letters counting as one.

    >>> one_slip("jion", "join"), one_slip("selct", "select"), one_slip("selectt", "select"), one_slip("ab", "ba")
    (True, True, True, True)
    >>> one_slip("where", "here"), one_slip("group", "grape")
    (True, False)
    """
    if word == keyword or abs(len(word) - len(keyword)) > 1:
        return False
    if len(word) == len(keyword):
        differ = [i for i, (a, b) in enumerate(zip(word, keyword, strict=True)) if a != b]
        return len(differ) == 1 or (
            len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == keyword[differ[1]]
            and word[differ[1]] == keyword[differ[0]])
    short, long = sorted((word, keyword), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
