"""A text file's publication date from its first lines: a "Published: 2024-03-05" line, or a wire story's dateline.

A text file has no markup to hold its date; its words were never read for one, so a story pasted or exported with
its date at its top was dated by its path, or not at all. These forms at the head of a text (its first few lines)
say its date plainly, and only those are read:

- a line that is a publication label and a date alone ("Published: 2024-03-05", "Date: 5 March 2024", "Posted on
  March 5, 2024 10:30 GMT", and "Publié le", "Veröffentlicht am", "Publicado el", "Pubblicato il", "Gepubliceerd op"),
  as a scraper or a copy from a page leaves it: the date, and no paragraph of the article (it was a body paragraph);
- a byline's line that names the writer and the day ("Posted by Jane Doe on 5 March 2024", `txt_bylines`): the date
  and the author, and no paragraph;
- an update's line ("Updated: 6 March 2024 09:15 GMT"): the modified date, no paragraph, the text's date only where
  its head writes no other (`TxtHead.updated`);
- a wire story's dateline opening its first paragraph (a press release's too, "/PRNewswire/ --"): a place in
  capitals, a day with its month's name and its year, the agency in brackets, a dash ("LONDON, March 5, 2024
  (Reuters) - Oil prices rose ..."): the date, the paragraph kept as written.

A dateline without its year ("TOKYO, March 5 (Reuters) -", as wires mostly write it) is no date: its year is not
guessed. A date further into the text ("On March 5, 2024, the court ...") is a date the story speaks of, not its own,
and a label's line among rows of figures ("Date: 2024-03-05" above "Revenue: £10.2m", "Margin: 21%") a table's row.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from transforms.formats.author_dates import is_date
from transforms.formats.byline_roles import is_role
from transforms.formats.cjk_bylines import cjk_byline
from transforms.formats.figure_tables import in_figure_table
from transforms.formats.head_buttons import head_buttons
from transforms.formats.head_days import (
    LABEL_LINE,
    PARTS,
    UPDATE_LINE,
    UPDATE_OPENINGS,
    dated_byline,
    head_day,
    in_days,
    labelled_days,
    without_label,
)
from transforms.formats.lead_datelines import lead_dateline
from transforms.formats.lead_sites import lead_site
from transforms.formats.masthead_lines import masthead
from transforms.formats.reading_times import beside_reading_time, may_hold_reading_time
from transforms.formats.relative_times import is_relative_time
from transforms.formats.reporting_lines import published_in, reported_from
from transforms.formats.title_dates import title_day
from transforms.formats.txt_bylines import (
    BYLINE_HEADS,
    BYLINE_OPENINGS,
    is_publisher,
    is_unnamed_credit,
    undated_names,
)
from transforms.formats.txt_name_lines import capitals_byline, name_over_date
from transforms.formats.txt_wire_bylines import opening_byline
from transforms.formats.wire_datelines import text_years, wire_agency, wire_dateline_day

# How a line of where a story was reported, or of who printed it, opens (`reporting_lines`)
_NOTE_OPENINGS = ("Reporting from", "Published in")
_HEAD_CHARACTERS = 600  # a headline, a label's line or a dateline's: the head of a text
_HEAD_LINES = 4  # non-blank lines: a headline, a standfirst, a byline, the date's
_ROLE_WORDS = 5  # "Health correspondent", "Deputy political editor": a role's line, never a sentence
_HEADLINE_WORDS = 12  # a line of more that ends as a sentence does is the story's text: its head's end
_SENTENCE_ENDS = frozenset(".!?\"'”’")



class TxtHead(NamedTuple):
    """What a text's head writes of it: its publication date, its text without the head's label and byline lines,
    its writers (a byline line's), and its update's date (an "Updated: ..." line's)."""

    published: datetime | None
    text: str
    authors: tuple[str, ...] = ()
    updated: datetime | None = None
    publisher: str | None = None  # a dated byline's that names no writer ("Published by Penguin on 5 March 2024")
    site: str | None = None  # the publication a line names ("Published in Towards Data Science", `reporting_lines`)
    dateline: str | None = None  # where a line says the story was reported ("Reporting from Kyiv, Ukraine")


def txt_date(text: str) -> TxtHead:
    """Return the date a text's head writes (a label's line or a byline's, else a wire dateline), the text without
    its label, byline and update lines, the byline's names and the update's date; (None, text) where it writes none
    of these before its story's first long line.

    >>> txt_date("Rates rise\\nPublished: 2024-03-05\\n\\nThe bank raised rates.")[:2]
    (datetime.datetime(2024, 3, 5, 0, 0, tzinfo=datetime.timezone.utc), 'Rates rise\\n\\nThe bank raised rates.')
    >>> txt_date("Oil climbs\\n\\nLONDON, March 5, 2024 (Reuters) - Oil rose.")[0].date().isoformat()
    '2024-03-05'
    >>> txt_date("Shares slip\\n\\nTOKYO, March 5 (Reuters) - Shares slipped.")[0] is None
    True
    >>> txt_date("Rain\\nPosted by Jane Doe on 5 March 2024\\nUpdated: 6 March 2024\\n\\nIt rained.")[1:3]
    ('Rain\\n\\nIt rained.', ('Jane Doe',))
    """
    lines = text[:_HEAD_CHARACTERS].split("\n")[:-1] if len(text) > _HEAD_CHARACTERS else text.split("\n")
    # a page's buttons and marks copied between its headline and its date ("Follow", "6 min read", "·") take no place
    # of the head's (Medium's date, under four of them, was left a paragraph)
    head = [index for index, line in enumerate(lines) if line.strip()]
    if furniture := head_buttons(lines, head, _HEAD_LINES):
        head = [index for index in head if index not in furniture]
    lined, head = head, head[:_HEAD_LINES]  # `lined`: every non-blank line, a role's line taking no place of the head's
    published: datetime | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    site: str | None = None
    dateline: str | None = None
    cut: list[int] = []  # the head's label, byline and update lines: no paragraph of the article
    noted: list[int] = []  # the head's lines of where it was reported and who printed it: no paragraph either
    opened: dict[int, int] = {}  # a paragraph's line that opens with a wire's byline: where its story starts
    standfirst: int | None = None  # a sentence right under the headline, read past to a byline's line
    signed: int | None = None  # the byline's line without its day, whose writer's role may stand on the next line
    for index in head:
        line = lines[index].strip()
        # under a standfirst, its byline's line first for a day alone or a tag's line: such a line there is a diary's
        # entry or the story's own. A label's line says what its day is ("Published: 2024-03-05", "Updated: ...", as
        # Al Jazeera prints one under its standfirst), whatever is over it: it is read there too (it was a paragraph)
        bylined = standfirst is None or max(cut, default=-1) > standfirst
        if published is None and (match := LABEL_LINE.fullmatch(line)) \
                and (moment := head_day(match["date"])) is not None and not in_figure_table(lines, index):
            published = moment
            cut.append(index)
            continue
        # "Published 3 February 2026, 09:15 GMT | Updated 4 February 2026", as a news site prints both under its
        # headline: each part's day (the line was a paragraph, and the text undated). A line without one of `PARTS`'
        # marks is not searched for them: the pattern, opening with `\s`, was tried at each character of every line
        if published is None and ("|" in line or "·" in line or "•" in line) and PARTS.search(line) \
                and (days := labelled_days(line)) is not None \
                and not in_figure_table(lines, index):
            published, updated = days[0] or published, days[1] or updated
            cut.append(index)
            continue
        if updated is None and line[:4].lower().startswith(UPDATE_OPENINGS) \
                and (match := UPDATE_LINE.fullmatch(line)) and (moment := head_day(match["date"])) is not None \
                and not in_figure_table(lines, index):
            updated = moment
            cut.append(index)
            continue
        # where its writer reported from, under the byline, and the publication under the headline: noted, no
        # paragraph ("Reporting from Kyiv, Ukraine", "Published in Towards Data Science": `reporting_lines`). A
        # publication only on a blog platform's page, whose buttons the copy kept ("Follow", "6 min read"): under a
        # science story's headline "Published in Nature" names the journal that printed its study, not the text's site
        if line.startswith(_NOTE_OPENINGS) and index != head[0] and bylined and (
                (place := reported_from(line)) is not None or (
                    bool(furniture) and (name := published_in(line)) is not None)):
            dateline, site = (place, site) if place is not None else (dateline, name)
            noted.append(index)  # cut after the name over the date is sought: no date line of the head's
            continue
        # "Updated 2 hours ago" under the date, as Reuters' page copies: the copy's moment, no day, and no paragraph
        if cut and line[:4].lower().startswith(UPDATE_OPENINGS) and is_relative_time(line):
            cut.append(index)
            continue
        if published is None and (line[:10].lower().startswith(BYLINE_OPENINGS) or may_hold_reading_time(line)) \
                and (byline := dated_byline(line)) is not None:
            published, names = byline
            if len(names) == 1 and is_publisher(line, names[0]):
                publisher = names[0]  # "Published by Penguin on 5 March 2024": its publisher, no author
            else:
                authors = names
            cut.append(index)
            continue
        # a tag's line, its day and its reading time ("Premier League · Jan 22, 2026 · 5 min read"): the day, no writer
        if published is None and bylined and may_hold_reading_time(line) and (moment := next(
                (day for part in beside_reading_time(line) if (day := head_day(part)) is not None), None)) is not None:
            published = moment
            cut.append(index)
            continue
        # a day alone under the headline ("5 March 2024", "Dienstag, 12. März 2024", a Markdown post's "_12. März
        # 2024_"), or with its city or section after a dash ("March 05, 2024 - Chennai", `without_label`): the date,
        # no paragraph (it was the first one, and the text undated)
        if published is None and bylined and index != head[0] and is_date(bare := without_label(line)) \
                and not UPDATE_LINE.match(line) and (moment := head_day(bare)) is not None \
                and not in_figure_table(lines, index) and not in_days(lines, index):
            published = moment
            cut.append(index)
            continue
        # a byline without its day under the headline ("By Sadiq Khan, Mayor of London", "Von Anna Schmidt"): its
        # names, no paragraph (it was one, and the text had no author)
        if not authors and index != head[0] and line[:8].lower().startswith(BYLINE_HEADS) \
                and (names := undated_names(line)):
            authors, signed = names, index
            cut.append(index)
            continue
        # a wire's name in capitals, a comma, its agency, no "By" ("JOHN SMITH, Reuters"): its writer, no paragraph
        if not authors and index != head[0] and line[:1].isupper() and (names := capitals_byline(line)):
            authors, signed = names, index
            cut.append(index)
            continue
        # its writer's role alone on the line under it ("By Nick Triggle", then "Health correspondent", as a BBC page
        # copies): no paragraph, and no place of the head's, the date's line under it still read (it was a paragraph,
        # and so was the date: the head's four lines ended on the role). Beat and rank words only (`is_role`)
        if signed is not None and head.index(index) == head.index(signed) + 1 and len(line.split()) <= _ROLE_WORDS \
                and is_role(line, every_word=True):
            cut.append(index)
            if len(head) < len(lined):
                head.append(lined[len(head)])
            continue
        # a newsroom's credit of its own unnamed writer ("By Our Special Correspondent", "By A Staff Reporter,
        # Karachi"): no author, and no paragraph of the story (it was its first)
        if not authors and index != head[0] and line[:3].lower() == "by " and is_unnamed_credit(line):
            cut.append(index)
            continue
        # a Chinese byline under the headline ("李明 / 新华社"): its writers, its agency the publisher (`cjk_bylines`)
        if not authors and index != head[0] and not line.isascii() and (chinese := cjk_byline(line)) is not None:
            authors, publisher = chinese.authors, publisher or chinese.outlet
            cut.append(index)
            continue
        # a wire's byline opening the story's first paragraph ("By LAURAN NEERGAARD    WASHINGTON (AP) -- ..."): its
        # names, and the paragraph from its dateline (`txt_wire_bylines`)
        if not authors and index != head[0] and line.startswith("By ") and (opening := opening_byline(line)):
            authors, start = opening
            opened[index] = len(lines[index]) - len(lines[index].lstrip()) + start
            lines[index] = lines[index][opened[index]:]
        # the agency in a wire's dateline sent the story: the text's site ("BUCHAREST, March 3 (Reuters) -"); its day
        # without a year takes the year of a day the text writes in full (`year_day`), else none is guessed
        if (wire := wire_agency(lines[index])) is not None:
            site = site or wire.agency
            if published is None and wire.day is not None:
                published = year_day(wire.day, text)
        elif site is None and index != head[0] and (opener := lead_site(lines[index], lines[head[0]])) is not None:
            site = opener  # a site's name opening the story before a dash (`lead_sites`)
        # the dateline opens the story's first paragraph, after a headline and a standfirst
        if (written := wire_dateline_day(lines[index])) is not None:
            if published is None and (moment := head_day(written)) is not None:
                published = moment
            break  # the story's text: a date past it is one the story speaks of
        # a lead's dateline not in a wire's capitals ("Reykjavik (AFP) - Nov 5, 2026 - ", "18. Februar 2026 – Die ..."):
        # its day, the story's text from there on as well (`lead_datelines`)
        if index != head[0] and (lead := lead_dateline(lines[index], standfirst is None)) is not None:
            if published is None:
                published = head_day(lead)
            break
        if standfirst is not None:
            break  # the line after a standfirst is no byline's, label's or dateline's: the story's, as the sentence was
        # its words counted only past the headline's most (`maxsplit`): a paragraph's hundred were split to count 13
        if len(lines[index].split(None, _HEADLINE_WORDS)) > _HEADLINE_WORDS \
                and lines[index].rstrip()[-1:] in _SENTENCE_ENDS:
            # a sentence: the story's text, and a date past it one the story speaks of; or, right under the headline, a
            # standfirst a paper prints over its byline ("The bank kept rates on hold ...", then "By Jane Smith" and
            # "20 March 2024": both were paragraphs, the text undated). Its next line is read as a byline's or a
            # dateline's alone (`bylined`): a day alone under it is a diary's first entry, a label's a story's line
            if len(head) > 2 and index == head[1]:
                standfirst = index
                continue
            break
    else:
        # the line past the head's characters, a first paragraph longer than they are: a wire's byline at its start
        # is read as well ("By THOMAS WAGNER     LONDON (AP) -- ..." of 700 characters had no author)
        rest = text[:_HEAD_CHARACTERS].split("\n")[-1]
        if len(text) > _HEAD_CHARACTERS and 0 < len(head) < _HEAD_LINES and not authors \
                and rest.lstrip().startswith("By ") and (opening := opening_byline(rest.strip())):
            authors, start = opening
            opened[len(lines)] = len(rest) - len(rest.lstrip()) + start
    if published is None and head and (moment := title_day(lines[head[0]])) is not None:
        published = moment  # "National Assembly Hansard, Thursday 12 November 2026": the title's day (`title_dates`)
    if not authors and cut and (named := name_over_date(lines, head, min(cut), bool(furniture))) is not None:
        cut.append(named[0])  # a writer's name alone over the date: "Priya Nair", then "Jan 14, 2026"
        authors = named[1]
    if site is None and (paper := masthead(lines, head, cut)) is not None:
        site, cut = paper.paper, [*cut, *paper.lines]  # a print edition's paper over its day (`masthead_lines`)
    cut += noted
    if cut:  # the buttons about its byline's or date's lines, before its story's first line, are no paragraphs either
        # (its story's first line after the first cut one: a kicker over them, "World" over "3 min read", is none)
        story = next((index for index in head[1:] if index not in cut and index > min(cut)), len(lines))
        cut += [index for index in furniture if index < story]
    if opened:
        text = "\n".join(line[opened[n]:] if n in opened else line for n, line in enumerate(text.split("\n")))
    for index in sorted(cut, reverse=True):
        text = _without_line(text, index)
    return TxtHead(published, text, authors, updated, publisher, site, dateline)




def _without_line(text: str, index: int) -> str:
    """Return a text without one of its lines, and without the blank line after it where it was a paragraph alone."""
    lines = text.split("\n")
    alone = (index == 0 or not lines[index - 1].strip()) and index + 1 < len(lines) and not lines[index + 1].strip()
    del lines[index: index + 2 if alone else index + 1]
    return "\n".join(lines)


def year_day(day: str, text: str) -> datetime | None:
    """Return a day written without its year ("March 3") in the year that puts it nearest the first day the text
    writes in full, else None: a wire's dateline leaves its year out, the story's own dates say it. Nearest, not the
    same year: a story of January 3 speaks of December 30 of the year before. No year is guessed without one: the
    run's year dates an archive's story wrongly, and a file's time is its copy's, not its story's.

    >>> year_day("March 3", "It began on February 27, 2026."), year_day("Jan 3", "It ended on 30 December 2025.")
    (datetime.datetime(2026, 3, 3, 0, 0, tzinfo=datetime.timezone.utc), datetime.datetime(2026, 1, 3, 0, 0, \
tzinfo=datetime.timezone.utc))
    >>> year_day("March 3", "It began on Monday.") is None
    True
    """
    found = next(text_years(text), None)
    if found is None or (written := head_day(found[0])) is None:
        return None
    days = [moment for year in (found[1] - 1, found[1], found[1] + 1)
            if (moment := head_day(f"{day}, {year}")) is not None]
    return min(days, key=lambda moment: abs(moment - written), default=None)
