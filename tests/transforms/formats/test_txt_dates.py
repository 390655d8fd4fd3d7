"""A text file's date at its head: a "Published: ..." line (no paragraph), or a wire story's dateline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

STORY = "All primary school pupils in the county will get free school meals from September, the council said."
MORE = "The plan will cost about 4 million pounds a year."


def read(text: str) -> tuple[datetime | None, str]:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article.published_at, article.text


@pytest.mark.parametrize(
    "label",
    ["Published: 2024-03-05", "Date: 5 March 2024", "Posted on March 5, 2024", "First published: 05 Mar 2024",
     "Published: 05.03.2024", "Date: 2024/03/05",
     "Publié le 5 mars 2024", "Veröffentlicht am 5. März 2024"],
)
@pytest.mark.parametrize("layout", ["{head}\n{label}\n\n{story}", "{head}\n\n{label}\n\n{story}",
                                    "{label}\n\n{head}\n\n{story}"])
def test_a_published_line_at_a_texts_head_dates_it_and_is_no_paragraph(label: str, layout: str) -> None:
    # A text file's date was never read: it was undated, its label's line a paragraph of the article
    published, text = read(layout.format(head="Free school meals for all", label=label, story=f"{STORY}\n\n{MORE}"))
    assert published is not None and published.date().isoformat() == "2024-03-05"
    assert text.split("\n\n") == ["Free school meals for all", STORY, MORE]


@pytest.mark.parametrize(
    "dateline",
    ["LONDON, March 5, 2024 (Reuters) - ", "SAN FRANCISCO, Calif., March 5, 2024 (AP) — ", "PARIS, 5 March 2024 - ",
     # in other languages, their months' names (each was undated)
     "BERLIN, 5. März 2024 (dpa) - ", "PARIS, 5 mars 2024 (AFP) - ", "MADRID, 5 de marzo de 2024 (EFE).- ",
     "SÃO PAULO, 5 de março de 2024 - "],
)
def test_a_wire_datelines_day_dates_a_text_which_keeps_it(dateline: str) -> None:
    published, text = read(f"Oil prices climb\n\n{dateline}{STORY}\n\n{MORE}")
    assert published == datetime(2024, 3, 5, tzinfo=UTC)
    assert text.split("\n\n") == ["Oil prices climb", f"{dateline}{STORY}", MORE]


@pytest.mark.parametrize(
    "body",
    [
        f"TOKYO, March 5 (Reuters) - {STORY}",  # a dateline without its year: the year is not guessed
        f"BUNDESLIGA, 22. Spieltag 2024 - {STORY}",  # a day's number and a year, but no month
        f"{STORY}\n\nOn March 5, 2024, the lower court had found the company responsible.",  # a date the story names
        # past its head: under the story's second paragraph (right under its first, a standfirst's, it is the date)
        f"{STORY}\n\n{MORE}\n\nPublished: 2024-03-05\n\n{MORE}\n\n{MORE}\n\nDate: 2024-03-05",
        f"Dated 5 March 2024, the letter told the council to cut its budget by a fifth. {STORY}",  # a sentence
        f"Published: March 2024\n\n{STORY}",  # a month is no day
        f"Date: 05/03/2024\n\n{STORY}",  # 5 March or 3 May: nothing in a text file says which
    ],
)
def test_a_text_whose_head_writes_no_date_of_its_own_stays_undated(body: str) -> None:
    published, text = read(f"School meals\n\n{body}")
    assert published is None
    assert text == f"School meals\n\n{body}"


def test_a_front_matters_date_wins_over_a_dateline() -> None:
    published, _ = read(f"---\ndate: 2024-03-04\n---\nOil prices climb\n\nLONDON, March 5, 2024 (Reuters) - {STORY}")
    assert published == datetime(2024, 3, 4, tzinfo=UTC)


def test_a_date_row_of_a_table_of_figures_is_no_date_of_the_text_and_stays_in_its_table() -> None:
    # it was the text's date, its row cut from the table
    table = "Quarterly results\nDate: 2024-03-05\nRevenue: £10.2m\nOperating costs: £8m\nMargin: 21%"
    published, text = read(f"{table}\n\n{STORY}")
    assert published is None
    assert text.split("\n\n") == [table, STORY]


def test_a_published_line_beside_an_update_and_a_page_still_dates_the_text() -> None:
    published, text = read(f"Free school meals for all\nPublished: 2024-03-05\nUpdated: 2024-03-06\nPage: 3\n\n{STORY}")
    assert published is not None and published.date().isoformat() == "2024-03-05"
    assert "Published" not in text and "Page: 3" in text


def read_article(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(
    "byline",
    ["Posted by Jane Doe on 5 March 2024", "Posted on March 5, 2024 by Jane Doe", "By Jane Doe | March 5, 2024",
     "Published by Jane Doe on March 5, 2024", "By Jane Doe - 5 March 2024"],
)
def test_a_dated_byline_at_a_texts_head_gives_its_date_and_its_author_and_is_no_paragraph(byline: str) -> None:
    # it gave neither, and stayed a body paragraph
    article = read_article(f"Free school meals for all\n\n{byline}\n\n{STORY}\n\n{MORE}")
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert article.authors == ("Jane Doe",)
    assert article.text.split("\n\n") == ["Free school meals for all", STORY, MORE]


@pytest.mark.parametrize(
    "dateline",
    ["NEW YORK, Dec. 5, 2024 /PRNewswire/ -- ", "NEW YORK, Dec. 05, 2024 (GLOBE NEWSWIRE) -- ",
     "SAN FRANCISCO--(BUSINESS WIRE)--Dec. 5, 2024--"],
)
def test_a_press_releases_dateline_dates_a_text_which_keeps_it(dateline: str) -> None:
    published, text = read(f"Acme names a new chief\n\n{dateline}{STORY}")
    assert published == datetime(2024, 12, 5, tzinfo=UTC)
    assert text.endswith(f"{dateline}{STORY}")


@pytest.mark.parametrize("dateline", ["WASHINGTON, Sept. 30, 2004 -- ", "LONDON, 30 September 2004 -- "])
def test_a_datelines_two_dashes_without_an_agency_date_a_text_which_keeps_it(dateline: str) -> None:
    # two dashes ended a dateline only after an agency: AG News's "WASHINGTON, Sept. 30, 2004 -- ..." was undated
    published, text = read(f"Senate passes bill\n\n{dateline}{STORY}")
    assert published == datetime(2004, 9, 30, tzinfo=UTC)
    assert text.endswith(f"{dateline}{STORY}")


@pytest.mark.parametrize("lead", ["PARIS -- ", "WASHINGTON, Sept. 30 -- ", "Jones, Smith, Sept. 30, 2004 -- "])
def test_two_dashes_after_no_place_in_capitals_or_no_year_give_no_date(lead: str) -> None:
    assert read(f"Senate passes bill\n\n{lead}{STORY}")[0] is None


def test_an_update_line_is_no_paragraph_and_dates_a_text_only_where_nothing_else_does() -> None:
    # it stayed a body paragraph, and the text was undated
    article = read_article(f"Storm warning extended\nUpdated: 6 March 2024 09:15 GMT\n\n{STORY}")
    assert article.published_at == datetime(2024, 3, 6, 9, 15, tzinfo=UTC)
    assert article.metadata["date_from"] == "updated"
    assert article.text.split("\n\n") == ["Storm warning extended", STORY]
    article = read_article(f"Storm warning extended\nPublished: 5 March 2024\nLast updated: 6 March 2024\n\n{STORY}")
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert (article.metadata["updated"], "date_from" in article.metadata) == ("2024-03-06T00:00:00+00:00", False)
    assert article.text.split("\n\n") == ["Storm warning extended", STORY]


@pytest.mark.parametrize("line", ["Updated: 6 March 2024 09:15 GMT", "Last updated: 6 March 2024",
                                  "By Jane Doe | 6 March 2024"])
def test_a_head_line_under_a_front_matters_date_is_no_paragraph_and_leaves_its_date(line: str) -> None:
    # the front matter's date kept the head unread: its update line stayed the text's first paragraph
    article = read_article(f"---\ntitle: Storm warning extended\ndate: 2024-03-05\n---\n{line}\n\n{STORY}")
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert "date_from" not in article.metadata
    assert article.text.split("\n\n") == ["Storm warning extended", STORY]


def test_a_front_matters_update_date_is_kept_over_its_heads() -> None:
    article = read_article(f"---\ndate: 2024-03-05\nupdated: 2024-03-07\n---\nStorm\nUpdated: 6 March 2024\n\n{STORY}")
    assert article.metadata["updated"] == "2024-03-07"
    assert article.text.split("\n\n") == ["Storm", STORY]


@pytest.mark.parametrize("line", ["By the numbers | March 5, 2024", "Posted by mistake on March 5, 2024"])
def test_a_phrase_shaped_as_a_byline_names_no_author(line: str) -> None:
    article = read_article(f"Free school meals for all\n\n{line}\n\n{STORY}")
    assert article.authors == () and line in article.text


@pytest.mark.parametrize("line", ["1,375", "9,796", "12 2024", "5, 2024", "Published: 1,375"])
def test_a_line_of_figures_under_the_headline_is_no_day(line: str) -> None:
    # A match's attendance under its headline dated the text 1 January 375 ("1,375") or September 796 ("9,796"),
    # and the report's range of publication dates began in the fourth century
    published, text = read(f"Hearts 2-1 Livingston\n\n{line}\n\n{STORY}")
    assert published is None
    assert line in text.split("\n\n")


STANDFIRST = "The council kept its budget on hold for a fifth year, saying costs were still rising too fast."


@pytest.mark.parametrize("byline", ["By Jane Smith\n\n20 March 2024", "By Jane Smith | March 20, 2024",
                                    "By Jane Smith, Education correspondent\n\nWed 20 Mar 2024 10.30 GMT"])
def test_a_standfirst_under_the_headline_leaves_the_byline_and_date_under_it_read(byline: str) -> None:
    # The standfirst's sentence ended the head: its byline and its day stayed paragraphs, the text undated and unsigned
    article = read_article(f"Council holds budget\n\n{STANDFIRST}\n\n{byline}\n\n{STORY}")
    assert article.authors == ("Jane Smith",)
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-03-20"
    assert article.text.split("\n\n") == ["Council holds budget", STANDFIRST, STORY]


@pytest.mark.parametrize("line", ["By the end of the day the index was down 3%.", "Monday 20 March 2024", "Jane Smith"])
def test_the_storys_first_sentence_still_ends_the_head_of_a_line_under_it(line: str) -> None:
    # No byline's line under the sentence: it was the story's, and a day under it a diary's entry, not the text's date
    article = read_article(f"Council holds budget\n\n{STANDFIRST}\n\n{line}\n\n20 March 2024\n\n{MORE}")
    assert article.published_at is None and article.authors == ()
    assert line in article.text.split("\n\n")


@pytest.mark.parametrize("head", ["By Nick Triggle\nHealth correspondent\n\n12 June 2024",
                                  "By Nick Triggle\n\nDeputy political editor\n\n12 June 2024",
                                  f"{STANDFIRST}\n\nBy Nick Triggle\nHealth correspondent\n\n12 June 2024"])
def test_a_writers_role_on_the_line_under_the_byline_is_no_paragraph_and_the_date_under_it_is_read(head: str) -> None:
    # As a BBC page copies its byline: the role was a paragraph, and with a standfirst over it the date was one too
    article = read_article(f"Junior doctors to strike\n\n{head}\n\n{STORY}")
    assert article.authors == ("Nick Triggle",)
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-06-12"
    assert [p for p in article.text.split("\n\n") if p not in (STANDFIRST,)] == ["Junior doctors to strike", STORY]


@pytest.mark.parametrize("line", ["Senior doctors said they would not cover for the strikers.", "Film review",
                                  "Wall Street Editor's Notes"])
def test_a_line_under_the_byline_that_names_no_role_stays_a_paragraph(line: str) -> None:
    article = read_article(f"Junior doctors to strike\n\nBy Nick Triggle\n{line}\n\n{STORY}")
    assert article.authors == ("Nick Triggle",)
    assert line in article.text


@pytest.mark.parametrize("label", ["Published: 2024-03-05", "Updated: 2024-03-06 | Published: 2024-03-05",
                                   "Published On 5 Mar 2024"])
def test_a_labelled_day_under_a_standfirst_is_the_texts_date(label: str) -> None:
    # As Al Jazeera prints its date under its standfirst: the label says whose day it is (it was a paragraph, undated)
    article = read_article(f"Council holds budget\n\n{STANDFIRST}\n\n{label}\n\n{STORY}")
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-03-05"
    assert article.text.split("\n\n") == ["Council holds budget", STANDFIRST, STORY]


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Doe, March 20, 2024", ("Jane Doe",)), ("By Jane Doe, 20 March 2024, 10:30 GMT", ("Jane Doe",)),
    ("By Jane Doe and Tom Roe, Mar. 20, 2024", ("Jane Doe", "Tom Roe")),
    ("By Jane Doe, Political Editor, March 20, 2024", ("Jane Doe",)),
    ("By JANE DOE, Associated Press, March 20, 2024", ("Jane Doe",)),
])
def test_a_byline_whose_day_follows_a_comma_gives_the_author_and_the_date(line: str, authors: tuple[str, ...]) -> None:
    # Only a bar, a dash or a dot parted a byline's day: the line was a paragraph, the text undated and unsigned
    article = read_article(f"Council holds budget\n\n{line}\n\n{STORY}")
    assert article.authors == authors
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-03-20"
    assert article.text.split("\n\n") == ["Council holds budget", STORY]


@pytest.mark.parametrize("line", ["By Tuesday, March 5, 2024, the strike was over.", "By the numbers, March 5, 2024",
                                  "By March 20, 2024, the council must publish its plan.",
                                  "By Popular Demand, 5 May 2024"])
def test_a_sentence_opening_with_by_before_a_day_is_no_byline(line: str) -> None:
    article = read_article(f"Council holds budget\n\n{line}\n\n{STORY}")
    assert article.authors == () and article.published_at is None and line in article.text.split("\n\n")


@pytest.mark.parametrize(("line", "authors"), [("By political reporter Jane Doe", ("Jane Doe",)),
                                               ("By business reporter Jane Doe and political editor Tom Roe",
                                                ("Jane Doe", "Tom Roe"))])
def test_a_role_before_the_bylines_name_leaves_the_name(line: str, authors: tuple[str, ...]) -> None:
    # As ABC Australia signs: "political" read as a rubric's adjective, the line a paragraph and the text unsigned
    article = read_article(f"Council holds budget\n\n{line}\n\n{STORY}")
    assert article.authors == authors and line not in article.text


@pytest.mark.parametrize("line", ["March 05, 2024 22:14 IST", "March 05, 2024 10:14 pm IST", "5 March 2024, 10:14 AST"])
def test_a_day_whose_zone_names_several_is_read_without_its_time(line: str) -> None:
    # IST is India's, Ireland's and Israel's: the time is left unread (hours off either way), the day as written is
    # the text's; the line gave no date at all and stayed a paragraph
    article = read_article(f"Council holds budget\n\nBy Jane Doe\n{line}\n\n{STORY}")
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-05T00:00:00+00:00"
    assert line not in article.text


@pytest.mark.parametrize("line", ["March 05, 2024 22:14 XYZ was the code", "Flight IST 2024 left at 22:14"])
def test_a_sentence_with_a_zones_word_gives_no_day(line: str) -> None:
    article = read_article(f"Council holds budget\n\nBy Jane Doe\n{line}\n\n{STORY}")
    assert article.published_at is None and line in article.text


@pytest.mark.parametrize("line", ["March 05, 2024 - Chennai", "Mar 5, 2024 - Economy", "5 March 2024 — NEW DELHI"])
def test_a_day_and_its_city_or_section_under_the_headline_dates_the_text(line: str) -> None:
    # A day and then, after a dash, its dateline's city or its section's name, as a page copied to text prints them
    # under its headline: the text was undated, the line its first paragraph
    article = read_article(f"Council holds budget\n\n{line}\n\n{STORY}\n\n{MORE}")
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-03-05"
    assert line not in article.text


@pytest.mark.parametrize("line", ["March 05, 2024 - the day the strike ended",
                                  "March 05, 2024 - Chennai beat Mumbai by six wickets"])
def test_a_day_and_a_sentence_after_its_dash_gives_no_day(line: str) -> None:
    article = read_article(f"Council holds budget\n\n{line}\n\n{STORY}\n\n{MORE}")
    assert line in article.text


@pytest.mark.parametrize(("other", "day"), [
    ("Talks broke down on February 27, 2026, the union said.", datetime(2026, 3, 3, tzinfo=UTC)),
    ("The last strike ended on 30 December 2025.", datetime(2026, 3, 3, tzinfo=UTC)),  # the year of the day nearest
])
def test_a_yearless_datelines_day_takes_its_year_from_the_texts_own_dates(other: str, day: datetime) -> None:
    # "BUCHAREST, March 3 (Reuters) -" with a full date further on: the story was undated
    article = read_article(f"Rail workers strike\n\nBUCHAREST, March 3 (Reuters) - {STORY}\n\n{other}")
    assert article.published_at == day


@pytest.mark.parametrize("dateline", ["BUCHAREST, March 3 (Reuters) - ", "LONDON, March 5, 2024 (Reuters) - ",
                                      "BUCHAREST (Reuters) - "])
def test_a_wire_datelines_agency_is_the_texts_site(dateline: str) -> None:
    # "(Reuters)" in the dateline names who wrote and sent the story: the text had no site
    article = read_article(f"Rail workers strike\n\n{dateline}{STORY}")
    assert article.site == "Reuters"
    assert article.text == f"Rail workers strike\n\n{dateline}{STORY}"


@pytest.mark.parametrize("agency", ["Sports Network", "IDG News Service", "EFE", "Itar-Tass", "CBS.MW", "dpa"])
def test_an_agency_of_more_words_or_capitals_is_still_the_site(agency: str) -> None:
    assert read_article(f"Rail workers strike\n\nMADRID, May 2 ({agency}) - {STORY}").site == agency


@pytest.mark.parametrize(("agency", "site"), [("Reuters/Ipsos", "Reuters"), ("AP/NORC", "AP"),
                                              ("CNN/Money", "CNN/Money")])
def test_a_wires_partner_after_a_slash_is_not_the_site(agency: str, site: str) -> None:
    # a wire names the pollster it works with after a slash ("Reuters/Ipsos"): the site was "Reuters/Ipsos"; a name
    # whose first part is no agency's known by it ("CNN/Money", a site's own name) stays whole
    article = read_article(f"Voters split\n\nNEW YORK, May 3 ({agency}) - {STORY}\n\nIt ran on April 30, 2026.")
    assert article.site == site
    assert article.published_at == datetime(2026, 5, 3, tzinfo=UTC)


@pytest.mark.parametrize("agency", ["Reuters", "AP", "AFP", "Associated Press", "dpa"])
def test_an_agency_opening_the_story_before_a_dash_is_the_site(agency: str) -> None:
    # AG News's wire stories open with the agency alone, no place, no brackets ("Reuters - Stocks rose ..."): no site
    article = read_article(f"Stocks rise\n\n{agency} - {STORY}")
    assert article.site == agency
    assert article.text == f"Stocks rise\n\n{agency} - {STORY}"  # the story's words stay as written


@pytest.mark.parametrize("body", [
    f"London - {STORY}",  # a place, as a dateline writes it
    f"NEW YORK - {STORY}",
    f"Tuesday - {STORY}",
    f"Ipsos - {STORY}",  # a name, but no agency known by it alone
    f"Independent - {STORY}",  # a paper's name, and a word of a poll's line ("Independent - 12 per cent"): no wire
    f"Guardian - {STORY}",
    f"The union told Reuters - and AP - nothing. {STORY}",  # agencies inside a sentence
])
def test_no_agency_opening_the_story_no_site(body: str) -> None:
    assert read_article(f"Stocks rise\n\n{body}").site is None


def test_a_competitions_dateline_still_dates_the_text() -> None:
    # the brackets name no agency, and the day before them is still the story's, its year the text's own
    article = read_article(f"Deportivo beaten\n\nLA CORUNA, November 3 (Champions League) - {STORY}\n\n"
                           "The first leg was played on October 20, 2004.")
    assert article.site is None
    assert article.published_at == datetime(2004, 11, 3, tzinfo=UTC)


@pytest.mark.parametrize("body", [
    f"The union told Reuters (Reuters) - no, the union said nothing. {STORY}",  # no dateline's capitals
    f"BUCHAREST, March 3 - {STORY}",  # a dateline without an agency
    f"Bucharest (Reuters) - {STORY}",  # a place not in a wire's capitals
    f"LA CORUNA, November 3 (Champions League) - {STORY}",  # a competition, named by its kind, is no agency
    f"LONDON, May 2 (Premier League) - {STORY}",
    f"NEW YORK (US Open) - {STORY}",
    f"LONDON (World Cup qualifier) - {STORY}",  # a competition's kind before the last word: still no agency
    f"DOHA, June 4 (Asian Cup semi-final) - {STORY}",
    f"BUFFALO (UPDATE 2) - {STORY}",  # an update's number
    f"BERLIN (updated) - {STORY}",  # a longer word in lower case: an aside, no agency's name
    f"LONDON (Wimbledon) - {STORY}",  # a venue named by its town, as a sports wire writes it: no agency
    f"AUGUSTA, Georgia (Augusta) - {STORY}",
])
def test_no_agency_no_site(body: str) -> None:
    assert read_article(f"Rail workers strike\n\n{body}").site is None


@pytest.mark.parametrize(("body", "site"), [
    (f"BEIJING (Xinhua) - {STORY}", "Xinhua"),  # an agency known by its name, a town's name too
    (f"KUWAIT CITY (KUNA) - {STORY}", "KUNA"),  # an agency's initials in capitals, whatever town they spell
])
def test_an_agency_named_as_a_town_is_still_the_site(body: str, site: str) -> None:
    assert read_article(f"Talks resume\n\n{body}\n\nThe talks resume on Friday.").site == site
