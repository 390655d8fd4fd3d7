"""A PDF's pages saved as text (pdftotext's form feeds between pages): each page's number and its running title are no
paragraphs of the document."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

PAGES = ("Northshire Water Annual Report 2025\n\nThis year Northshire Water invested a record £412 million in its "
         "network.\n\nPage 1 of 3\n\f\nNorthshire Water Annual Report 2025\n\nCustomers saw the average bill rise by "
         "£38 in April.\n\nPage 2 of 3\n\f\nNorthshire Water Annual Report 2025\n\nThe company will spend £1.9 billion "
         "by 2030 on storage tanks.\n\nPage 3 of 3\n")


def _paragraphs(data: str) -> list[str]:
    return read_articles(data.encode(), "txt", ReadOptions()).articles[0].text.strip().split("\n\n")


def test_a_pdfs_page_numbers_and_running_title_are_no_paragraphs() -> None:
    paragraphs = _paragraphs(PAGES)
    assert not [p for p in paragraphs if p.startswith("Page ")]
    assert paragraphs.count("Northshire Water Annual Report 2025") == 1 and paragraphs[0].startswith("Northshire")
    assert "Customers saw the average bill rise by £38 in April." in paragraphs


def test_a_page_named_in_a_story_or_a_repeated_line_without_pages_stays() -> None:
    story = ("Council papers\n\nThe plan is on Page 3 of the council's report.\n\nPage 3\n\nUpdate\n\nThe vote was "
             "delayed.\n\f\nUpdate\n\nThe vote was held on Tuesday.\n")
    assert _paragraphs(story).count("Update") == 2 and "Page 3" in _paragraphs(story)


def test_a_section_heading_a_report_repeats_inside_its_pages_stays() -> None:
    report = ("Flood Review 2025\n\nThe review examined 14 flood events.\n\nRecommendations\n\nPublish gauge data."
              "\n\nPage 1 of 2\n\f\nFlood Review 2025\n\nRecommendations\n\nFund protection for 2,000 homes.\n\nIt "
              "was signed in March.\n\nPage 2 of 2\n")
    paragraphs = _paragraphs(report)
    assert paragraphs.count("Recommendations") == 2 and paragraphs.count("Flood Review 2025") == 1


def test_a_lone_figure_like_a_page_number_is_a_heading_that_stays() -> None:
    # the text's only such line, a memorial's "9/11" heading, was dropped as page 9 of 11
    memorial = ("Remembering the attacks\n\nThe city paused at 8.46am.\n\n9/11\n\nThe names were read by relatives."
                "\n\f\nThe ceremony ended shortly after noon.\n")
    assert "9/11" in _paragraphs(memorial)
    assert "Page 1 of 2" not in _paragraphs(memorial.replace("9/11", "Page 1 of 2"))


def test_a_footer_row_of_the_papers_name_day_and_page_is_no_paragraph() -> None:
    pages = ("Water budget approved\n\nMinisters approved a budget for the water network on Thursday.\n\n"
             "The Daily Courier | March 5, 2026 | Page 1\n\f\nThe plan sets aside money for pipes and pumps.\n\n"
             "The Daily Courier | March 5, 2026 | Page 2\n")
    assert not any("Daily Courier" in paragraph for paragraph in _paragraphs(pages))
    assert _paragraphs(pages)[-1] == "The plan sets aside money for pipes and pumps."


def test_a_row_that_names_a_page_in_a_sentence_stays() -> None:
    row = "See the table | it is on Page 2 of the report, officials said."
    pages = f"Ministers approved a budget on Thursday.\n\n{row}\n\f\nThe plan sets aside money for pipes and pumps.\n"
    assert row in _paragraphs(pages)
