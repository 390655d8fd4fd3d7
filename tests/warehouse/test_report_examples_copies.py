"""The report's strongest paragraphs: each text shown once, however many articles carry it, and how many do."""

from __future__ import annotations

from datetime import date

import pytest

from tests.warehouse.report_lake import WAR, add_article, make_report_lake
from transforms.report.page import render_page
from warehouse.report import Window, read_report

FRONT = "The war, the war, the troops and the war at the front."


def _why(report) -> str:
    page = render_page(report.sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    return page.split('<section id="why">')[1].split("</section>")[0]


def test_copies_of_one_paragraph_are_one_example_that_says_how_many_articles_carry_it(tmp_path_factory) -> None:
    # Four wire copies of one report filled "strongest paragraphs" with the same paragraph three times.
    lake = make_report_lake(tmp_path_factory.mktemp("report-copies"))
    for n in range(4):
        spaced = FRONT.replace(" at ", "  at ") if n == 3 else FRONT  # a copy wrapped or spaced otherwise
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{spaced}\n", date(2026, 1, 10 + n))
    report = read_report(lake, Window())
    war = [e for e in report.sections["examples"] if e["theme"] == WAR]
    assert [e["text"].replace("  ", " ") for e in war].count(FRONT) == 1
    assert len(war) == 3  # the room the copies took goes to other articles' paragraphs
    copy = next(e for e in war if e["text"].replace("  ", " ") == FRONT)
    assert copy["copies"] == 4
    assert "the same paragraph is in 3 other articles" in _why(report)


def test_paragraphs_that_differ_by_a_word_are_each_shown_and_said_to_be_in_one_article(tmp_path_factory) -> None:
    lake = make_report_lake(tmp_path_factory.mktemp("report-near-copies"), places=False)
    for n, day in enumerate(("Monday", "Tuesday")):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{FRONT} on {day}\n", date(2026, 1, 10 + n))
    report = read_report(lake, Window())
    war = [e for e in report.sections["examples"] if e["theme"] == WAR]
    assert sum(e["text"].startswith(FRONT) for e in war) == 2
    assert all(e["copies"] == 1 for e in war) and "the same paragraph" not in _why(report)


def test_copies_that_differ_in_case_punctuation_or_markup_the_page_removes_are_one_example(tmp_path_factory) -> None:
    # A wire copy in capitals, one with its commas and stop lost, and one with AG News's tags written as entities
    # (the page removes them: readable_text) read the same to a reader; each was shown as another example.
    lake = make_report_lake(tmp_path_factory.mktemp("report-copies-case"))
    copies = (FRONT, FRONT.upper(), FRONT.replace(",", "").rstrip("."),
              FRONT.replace("troops", "&lt;b&gt;troops&lt;/b&gt;"))
    for n, text in enumerate(copies):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{text}\n", date(2026, 1, 10 + n))
    report = read_report(lake, Window())
    war = [e for e in report.sections["examples"] if e["theme"] == WAR]
    assert sum("front" in e["text"].lower() for e in war) == 1
    assert next(e for e in war if "front" in e["text"].lower())["copies"] == 4
    assert "the same paragraph is in 3 other articles" in _why(report)


def test_paragraphs_that_differ_in_a_number_or_a_symbol_are_each_shown(tmp_path_factory) -> None:
    # Punctuation inside a number is part of it: "3-1" and "31", "$5" and "5" are different facts, not copies.
    lake = make_report_lake(tmp_path_factory.mktemp("report-near-copies-numbers"), places=False)
    for n, score in enumerate(("3-1", "31", "$5")):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{FRONT} It ended {score}.\n", date(2026, 1, 10 + n))
    report = read_report(lake, Window())
    war = [e for e in report.sections["examples"] if e["theme"] == WAR]
    assert sum(e["text"].startswith(FRONT) for e in war) == 3
    assert all(e["copies"] == 1 for e in war)


def test_wire_copies_that_differ_only_in_their_dateline_or_credit_are_one_example(tmp_path_factory) -> None:
    # A wire copy carries "LONDON (Reuters) - " before the paragraph or " (AP)" after its last stop, the copy it
    # came from does not: each was shown as another example of the same paragraph.
    lake = make_report_lake(tmp_path_factory.mktemp("report-copies-dateline"), places=False)
    copies = (FRONT, "LONDON (Reuters) - " + FRONT, "KYIV, Jan. 10 (AP) — " + FRONT, FRONT + " (AP)")
    for n, text in enumerate(copies):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{text}\n", date(2026, 1, 10 + n))
    report = read_report(lake, Window())
    war = [e for e in report.sections["examples"] if e["theme"] == WAR]
    assert sum("front" in e["text"].lower() for e in war) == 1
    assert next(e for e in war if "front" in e["text"].lower())["copies"] == 4


@pytest.mark.parametrize("texts", [
    # a sentence's first words, not a dateline: a subject in capitals or a word before an aside
    ("US troops - the war at the front goes on.", "UK troops - the war at the front goes on."),
    ("Villagers — who saw the troops leave after the war — went home.",
     "Farmers — who saw the troops leave after the war — went home."),
    ("NATO — the war's strongest alliance — sent troops to the front.",
     "EU — the war's strongest alliance — sent troops to the front."),
    # a bracket before the last stop is the sentence's; a ticker the page shows is the text's
    ("The troops took the town in the war (Bakhmut).", "The troops took the town in the war (Avdiivka)."),
    ("War hit shares of &lt;AAPL.O&gt; as troops moved.", "War hit shares of &lt;MSFT.O&gt; as troops moved."),
], ids=["capitals-subject", "aside", "capitals-aside", "bracket", "ticker"])
def test_paragraphs_that_differ_in_their_first_words_a_bracket_or_a_ticker_are_each_shown(
        tmp_path_factory, texts) -> None:
    lake = make_report_lake(tmp_path_factory.mktemp("report-near-copies-leads"), places=False)
    for n, text in enumerate(texts):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{text}\n", date(2026, 1, 10 + n))
    war = [e for e in read_report(lake, Window()).sections["examples"] if e["theme"] == WAR]
    assert sorted(e["text"] for e in war if e["text"] in texts) == sorted(texts)
    assert all(e["copies"] == 1 for e in war)


@pytest.mark.parametrize("copy", [
    "Rio de Janeiro (Reuters) - " + FRONT,  # a place's words joined by a word in small letters
    "São Paulo, March 5 (Reuters) - " + FRONT,  # a place's letters beyond ASCII
    "BBC News - " + FRONT,  # an outlet's credit without brackets
    FRONT + " By Jane Doe, AP",  # a byline after the last stop
    FRONT + " Reporting by Jane Doe; Editing by Sam Holmes",
], ids=["place-of-words", "place-letters", "outlet", "byline", "reporting-by"])
def test_a_wire_copy_with_a_place_of_several_words_an_outlet_or_a_byline_is_one_example(
        tmp_path_factory, copy: str) -> None:
    lake = make_report_lake(tmp_path_factory.mktemp("report-copies-wire"), places=False)
    for n, text in enumerate((FRONT, copy)):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{text}\n", date(2026, 1, 10 + n))
    war = [e for e in read_report(lake, Window()).sections["examples"] if e["theme"] == WAR]
    assert sum("front" in e["text"].lower() for e in war) == 1
    assert next(e for e in war if "front" in e["text"].lower())["copies"] == 2


@pytest.mark.parametrize("texts", [
    # two wire stories from one city on one day: the same dateline, different paragraphs
    ("WASHINGTON, March 5 (Reuters) - The Senate passed the war bill at the front.",
     "WASHINGTON, March 5 (Reuters) - The troops left the front after the war."),
    # a sentence after the last stop that starts with "By", and one with its own stop after "by" and a name
    ("The troops and the war at the front. By then, the war was lost.", "The troops and the war at the front."),
    ("The troops and the war at the front. Written by Jane Doe.",
     "The troops and the war at the front. Written by John Roe."),
], ids=["one-dateline", "by-then", "written-by"])
def test_paragraphs_that_share_a_dateline_or_end_in_a_sentence_with_by_are_each_shown(tmp_path_factory, texts) -> None:
    lake = make_report_lake(tmp_path_factory.mktemp("report-near-copies-wire"), places=False)
    for n, text in enumerate(texts):
        add_article(lake, f"news/front{n}.txt", f"Front {n}\n\n{text}\n", date(2026, 1, 10 + n))
    war = [e for e in read_report(lake, Window()).sections["examples"] if e["theme"] == WAR]
    assert sorted(e["text"] for e in war if e["text"] in texts) == sorted(texts)
    assert all(e["copies"] == 1 for e in war)
