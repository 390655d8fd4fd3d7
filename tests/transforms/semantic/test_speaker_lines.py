"""A transcript's speaker line (a name, a constituency and a party's letters in brackets) has no meaning of its own:
"Mel Stride (Central Devon) (Con)" was arts by "mel" and "stride", 2,648 arts paragraphs in a debate's transcript, and
"(PC)", Plaid Cymru's letters, science beside the name's words."""

from __future__ import annotations

import pytest

from transforms.labeller import labeller_for
from transforms.semantic.speaker_lines import is_speaker_line, speaker_label_end
from warehouse.taxonomy_files import read_taxonomy

DEBATE = ["Budget debate", "The Chancellor of the Exchequer (Rachel Reeves)", "I commend this Budget to the House.",
          "Mel Stride (Central Devon) (Con)", "This Budget raises taxes on working people.",
          "Daisy Cooper (St Albans) (LD)", "Carers are being let down.",
          "Stephen Flynn (Aberdeen South) (SNP)", "Scotland deserves better.",
          "Liz Saville Roberts (Dwyfor Meirionnydd) (PC)", "Families in Wales will pay more for heating this winter."]


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize("line", [line for line in DEBATE if line.endswith(")") and line.count("(") == 2])
def test_a_speaker_line_of_a_debate_gets_no_theme(iptc, line: str) -> None:
    labels = labeller_for(iptc).label_columns(DEBATE, articles=["a"] * len(DEBATE)).labels(iptc)
    assert not [label for label in labels if DEBATE[label.paragraph] == line]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Kemi Badenoch (North West Essex) (Con)", True),
     ("Ed Davey (Kingston and Surbiton) (LD)", True),
     # a title-case headline ends with its source's one bracket, a squad list names a player's club: their words mean
     ("Yao Rested and Ready for Kings Again (AP)", False),
     ("Wayne Rooney (Manchester United)", False),
     ("The Chancellor of the Exchequer (Rachel Reeves)", False),
     ("Mel Stride (Central Devon) (Con) said the Budget would hit pensioners.", False)],
)
def test_a_speaker_line_is_a_name_and_two_bracketed_labels(text: str, speaker: bool) -> None:
    assert is_speaker_line(text) is speaker


def test_a_title_case_headline_keeps_its_meaning(iptc) -> None:
    headline = "Yao Rested and Ready for Kings Again (AP)"
    labels = labeller_for(iptc).label_columns([headline], articles=["a"]).labels(iptc)
    assert "medtop:15000000" in {label.theme_id for label in labels}


@pytest.mark.parametrize(
    ("text", "end"),
    [("PRESIDENT BIDEN: Thank you all.", len("PRESIDENT BIDEN: ")),
     ("THE PRIME MINISTER: We will act.", len("THE PRIME MINISTER: ")),
     ("SEN. WARREN (D-MA): Thank you, Mr Chairman.", len("SEN. WARREN (D-MA): ")),
     # a headline's kicker in capitals names its subject, and a time's colon is no label's
     ("WORLD CUP: England beat Wales", 0), ("NHS: waiting lists grow", 0), ("GENERAL ELECTION: Labour wins", 0),
     ("PRIME DAY: the best deals", 0), ("THE ECONOMY: what comes next", 0), ("MEETING AT 10:30 today", 0)],
)
def test_a_speaker_label_is_a_title_and_a_name_in_capitals_before_a_colon(text: str, end: int) -> None:
    assert speaker_label_end(text) == end


def test_a_transcript_paragraph_is_labelled_by_what_is_said_not_who_says_it(iptc) -> None:
    texts = ["PRESIDENT BIDEN: Thank you all.", "PRESIDENT BIDEN: We will cut taxes for working families."]
    labels = labeller_for(iptc).label_columns(texts, articles=["a", "a"]).labels(iptc)
    by_text = {texts[label.paragraph]: label for label in labels}
    assert texts[0] not in by_text
    said = by_text[texts[1]]
    assert not [e for e in said.evidence if e.kind == "semantic" and e.term in {"president", "biden"}]
