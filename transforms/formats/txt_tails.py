"""What a text's last paragraph says of its writers, not of its story: a credit line ("CNN's Jane Doe contributed to
this report.", "Jane Doe contributed reporting.") and a byline after the last sentence ("... monitoring activists. By
Ryan Singel.", as Wired's summaries in news datasets end). A credit line is no paragraph (it was the text's last, and
labelled); its names are kept as the text's contributors, not its authors (the byline names those). A trailing
byline's names are the text's authors where its head names none, its words no part of the paragraph. A wire's
credits in brackets after its last sentence ("(Reporting by Jane Doe in London; Editing by Ann Lee)", as Reuters ends
a story) are no paragraph either: its reporters and writers are its authors where its head names none, an additional
reporter a contributor, an editor neither. A wire desk's sign-off alone on the last line ("str/ad/jj", "bur-jj/ser", as
AFP ends a story: its staff's initials) is no paragraph, and names no one. Bloomberg's contact block under a story
("To contact the reporter on this story:" over "Jane Doe in London at jdoe@bloomberg.net", then its editors') is no
paragraph either: each of its lines is a "To contact ...:" heading or holds an e-mail address."""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.formats.byline_outlets import is_named_agency
from transforms.formats.txt_bylines import are_names, undated_names

# "CNN's Jane Doe contributed to this report.", "Jane Doe and Tom Roe contributed reporting.", "The Associated Press
# contributed to this story." (an outlet's credit, kept as the others are), and where from, as The New York Times
# writes it ("Jane Doe contributed reporting from Kyiv.")
_CREDIT = re.compile(
    r"(?:(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+)?(?P<names>[A-Z][^\n]{2,120}?)\s+contributed"
    r"(?:\s+(?:additional\s+)?reporting(?:\s+to\s+this\s+(?:report|story|article))?|\s+to\s+this\s+"
    r"(?:report|story|article))(?:\s+from\s+[A-Z][\w .,-]{1,40})?\.?")
# An outlet's writer credited by role ("Associated Press writer John Leicester in Paris contributed to this report.",
# as AP ends a story): read as the outlet's ("Associated Press's John Leicester ..."), its place left out by
# `authors_of`
_ROLE_CREDIT = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:staff\s+)?(?:writers?|reporters?|"
                          r"correspondents?|journalists?)\s+(?=[A-Z])")
# The last sentence of a paragraph a byline alone: "... activists. By Ryan Singel.", and with its role: "... By Jane
# Doe, Staff Writer." (a role `undated_names` leaves out)
_TRAILING_BYLINE = re.compile(r"(?<=[.!?\"”])\s+(?P<byline>By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
                              r"(?:,\s+[A-Z][\w'’-]*(?:\s+(?:of|for|[A-Z][\w'’-]*)){0,3})?)\.?\s*$")
# A wire's credits in brackets, each "<what was done> by <names>" and parted by ";"
_WIRE_CREDITS = re.compile(r"\((?P<credits>(?:[A-Za-z]+\s+){1,3}by\s+[^()]{2,300})\)\.?")
_WIRE_CREDIT = re.compile(r"\s*(?P<additional>additional\s+)?(?P<done>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})\s+by\s+"
                          r"(?P<names>.+?)\s*", re.IGNORECASE)
_WRITERS = frozenset({"reporting", "writing", "written", "reported", "compiled"})
# ... and without them, as a paragraph of its own that a copy or an export lost them from: only where it opens with a
# wire's credit ("Editing by Jane Doe", "Reporting by Tom Roe; Editing by Ann Lee"), not any "... by ..." sentence
_CREDIT_OPENINGS = ("reporting ", "editing ", "writing ", "additional", "compiled ", "edited by")
_BARE_CREDITS = re.compile(r"(?P<credits>(?:[A-Za-z]+\s+){1,3}by\s+[^()]{2,300}?)\.?")


# A desk's sign-off: its staff's initials in lower case, two to four letters each, parted by slashes (and AFP's "-"),
# a slash at least: "str/ad/jj". Its shape, not a list of initials: every desk signs with its own, and a word's
# letters run longer than four ("news/world") or share the line with other words ("and/or, said the judge")
# A part may be an agency's capitals the desk wrote from ("AP/jm", "AFP/dpa/ab"), and the agencies may follow in
# brackets, as DW signs ("jm/rc (AP, Reuters)"); its staff's initials in lower case are still in it (`desk_sign_off`),
# so that a pair of capitals alone ("US/UK") is none
_SIGN_OFF_PART = r"(?:[a-z]{2,4}|[A-Z]{2,5})"
_DESK_SIGN_OFF = re.compile(rf"(?P<desk>{_SIGN_OFF_PART}(?:[/-]{_SIGN_OFF_PART})*/{_SIGN_OFF_PART}"
                            rf"(?:[/-]{_SIGN_OFF_PART})*)(?:\s+\([A-Za-z]{{2,8}}(?:,\s*[A-Za-z]{{2,8}}){{0,4}}\))?")
# lower-case words that take a slash in prose and could stand alone on a line: no initials
_SLASHED_WORDS = frozenset(("and", "or", "he", "she", "his", "her", "him", "they", "them", "yes", "no"))


# Bloomberg's contact block: a heading line "To contact the reporter(s) ... :", each line under it one naming a person
# and their address; the lines' shape, not Bloomberg's name, so a desk that copies the layout is read the same
_CONTACT_HEADING = re.compile(r"To contact the (?:reporters?|editors?|authors?)\b[^\n]{0,60}:")
_CONTACT_LINE = re.compile(r"[^\n@]{2,80}\bat\s+\S+@\S+\.[a-z]{2,}")


def _without_contact_block(text: str) -> str:
    """Return a text without the contact block its last lines are (Bloomberg's), else the text as it was.

    >>> _without_contact_block("Oil rose.\\n\\nTo contact the reporter on this story:\\nJo Lee in London at jl@b.net")
    'Oil rose.\\n'
    """
    lines = text.rstrip().split("\n")
    end = len(lines)
    while end and (not lines[end - 1].strip() or _CONTACT_LINE.fullmatch(lines[end - 1].strip())
                   or _CONTACT_HEADING.fullmatch(lines[end - 1].strip())):
        end -= 1
    block = [line.strip() for line in lines[end:] if line.strip()]
    if not block or not _CONTACT_HEADING.fullmatch(block[0]) or not "\n".join(lines[:end]).strip():
        return text
    return "\n".join(lines[:end]).rstrip() + "\n"


def _is_desk_sign_off(line: str) -> bool:
    """Return whether a line alone is a desk's sign-off: its staff's initials, with its agencies' capitals or not.

    >>> _is_desk_sign_off("str/ad/jj"), _is_desk_sign_off("AP/jm"), _is_desk_sign_off("US/UK")
    (True, True, False)
    """
    if "/" not in line:
        # agencies parted by commas are a credit as well ("(AP, AFP)"), no desk's sign-off
        return "," in line and _is_agencies_credit(line)
    if _is_agencies_credit(line):
        return True
    if (sign_off := _DESK_SIGN_OFF.fullmatch(line)) is None:
        return False
    parts = re.split("[/-]", sign_off["desk"])
    return _SLASHED_WORDS.isdisjoint(parts) and any(part.islower() for part in parts)


def _is_agencies_credit(line: str) -> bool:
    """Return whether a line alone credits the agencies a story was written from, parted by slashes ("AP/AFP").

    >>> _is_agencies_credit("AP/AFP"), _is_agencies_credit("(Reuters/AFP)"), _is_agencies_credit("US/UK")
    (True, True, False)
    >>> _is_agencies_credit("(AP, AFP)"), _is_agencies_credit("US, UK")
    (True, False)
    """
    # each part an agency known by its name alone, not a pair of capitals of any kind: "US/UK", "EU/UN" are a text's
    # words; a pollster beside an agency ("AP/Ipsos") a poll's credit, which a story may print as its own line
    # in brackets as well, as a paper credits the wires it drew on ("(Reuters/AFP)")
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    # or by commas as a list names them ("(AP, AFP)"); "US, UK" a text's words again. The first part is read
    # before the rest are split: a story's last paragraph, its commas many, fails on its first (a split of every
    # text's last paragraph was a tenth of a text file's reading). It is what precedes the first mark, which two
    # `find`s place, where the pattern's `\s*` is tried at each character before it (`is_named_agency` strips the
    # spaces the pattern leaves with the mark)
    marks = [at for at in (line.find("/"), line.find(",")) if at >= 0]
    if not is_named_agency(line[:min(marks)] if marks else line):
        return False
    return all(is_named_agency(part) for part in _AGENCY_PARTS.split(line))


_AGENCY_PARTS = re.compile(r"\s*[/,]\s*")


class TxtTail(NamedTuple):
    """A text without its last paragraph's credit line or trailing byline, the names each gave."""

    text: str
    authors: tuple[str, ...]
    contributors: tuple[str, ...]


def txt_tail(text: str) -> TxtTail:
    """Return a text without its credit line and trailing byline (the module's docstring says which), and their names.

    >>> txt_tail("Storms hit Texas.\\n\\nCNN's Jane Doe contributed to this report.\\n")
    TxtTail(text='Storms hit Texas.\\n', authors=(), contributors=('Jane Doe',))
    >>> txt_tail("Task forces have been monitoring activists. By Ryan Singel.")
    TxtTail(text='Task forces have been monitoring activists.', authors=('Ryan Singel',), contributors=())
    >>> txt_tail("Rates held.\\n\\n(Editing by Ann Lee)"), txt_tail("Rates held.\\n\\nEditing by hand is slow.").text
    (TxtTail(text='Rates held.\\n', authors=(), contributors=()), 'Rates held.\\n\\nEditing by hand is slow.')
    >>> txt_tail("The goal came late. By Tuesday.").authors, txt_tail("He said so. By Any Means Necessary.").authors
    ((), ())
    """
    if "To contact" in text:
        text = _without_contact_block(text)
    body = text.rstrip()
    start = body.rfind("\n") + 1
    last = body[start:].strip()
    if _is_desk_sign_off(last) and body[:start].strip():
        text = body[:start].rstrip() + "\n"  # AFP's "str/ad/jj": the story ends above it
        body = text.rstrip()
        start = body.rfind("\n") + 1
        last = body[start:].strip()
    wire = _WIRE_CREDITS.fullmatch(last)
    if wire is None and last[:10].lower().startswith(_CREDIT_OPENINGS):
        wire = _BARE_CREDITS.fullmatch(last)  # "Editing by Jane Doe and Tom Roe", its brackets lost in an export
    if wire is not None and body[:start].strip():
        if (credits := _wire_credits(wire["credits"])) is not None:
            return TxtTail(body[:start].rstrip() + "\n", *credits)
    # Each rule's word is looked for first ("contributed", "By"): most texts end with neither, and the patterns cost
    # a batch of text files a tenth of its reading (the trailing byline's searched the whole text for its end).
    if "contributed" in last and (credit := _CREDIT.fullmatch(_ROLE_CREDIT.sub(r"\1's ", last, count=1))) is not None:
        from transforms.formats.record_authors import authors_of  # a credit's names: the few texts that write one

        names = authors_of(credit["names"])
        if names and all(_is_name(name) for name in names) and body[:start].strip():
            return TxtTail(body[:start].rstrip() + "\n", (), names)
    if last.endswith(".") and "By" in last and (byline := _TRAILING_BYLINE.search(body)) is not None \
            and byline.start() > start:
        names = undated_names(byline["byline"].rstrip("."))
        if names:
            return TxtTail(body[: byline.start()], names, ())
    return TxtTail(text, (), ())


def _wire_credits(credits: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Return the authors (reporters, writers) and the contributors (additional reporters) of a wire's credits
    ("Reporting by Jane Doe; Editing by Ann Lee"); None where a part is no credit or names no person.

    >>> _wire_credits("Reporting by Jane Doe in London; Additional reporting by Tom Roe; Editing by Ann Lee")
    (('Jane Doe',), ('Tom Roe',))
    >>> _wire_credits("Photo by Reuters staff"), _wire_credits("Reporting by the sea")
    (None, None)
    >>> _wire_credits("Editing by Ann Lee")
    ((), ())
    """
    from transforms.formats.record_authors import authors_of  # a credit's names: the few texts that write one

    authors: list[str] = []
    contributors: list[str] = []
    for part in credits.split(";"):
        credit = _WIRE_CREDIT.fullmatch(part)
        if credit is None:
            return None
        names = authors_of(credit["names"])
        if not names or not all(_is_name(name) for name in names):
            return None
        if credit["done"].lower() in _WRITERS:
            (contributors if credit["additional"] else authors).extend(names)
    # an editor's credit alone ("(Editing by Jane Doe)", the last paragraph of a story whose reporters its head names)
    # is a credit too: no paragraph, though it names no author nor contributor
    edited = any(part.strip().lower().startswith(("editing ", "edited ")) for part in credits.split(";"))
    return (tuple(authors), tuple(contributors)) if authors or contributors or edited else None


def _is_name(name: str) -> bool:
    """Return whether a credit's name is a person's or outlet's: byline names (`are_names`), at most six words."""
    return 0 < len(name.split()) <= 6 and are_names(name)
