"""A US press release's head: its "FOR IMMEDIATE RELEASE" line and its "Media Contact:" block above its headline are no
part of its story, and its dateline under the headline dates it."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

RELEASE = ("FOR IMMEDIATE RELEASE\n\n{contact}\n\nRiverbend Health Systems Opens Rural Maternity Clinic\n\n"
           "ATHENS, Ohio, Feb. 10, 2026 /PRNewswire/ -- Riverbend Health Systems today opened a maternity clinic in "
           "Nelsonville, the first in Athens County since 2023.\n\nThe clinic will offer prenatal visits five days "
           "a week.\n")


def test_a_releases_contact_block_at_its_top_is_no_paragraph_and_its_dateline_dates_it() -> None:
    for contact in ("Media Contact:\nJordan Ellis\nRiverbend Health Systems\n(614) 555-0142\njellis@riverbend.org",
                    "CONTACT: Jordan Ellis, 614-555-0142, jellis@riverbend.org"):
        article = read_articles(RELEASE.format(contact=contact).encode(), "txt", ReadOptions()).articles[0]
        assert "Jordan Ellis" not in article.text and "IMMEDIATE" not in article.text
        assert article.text.startswith("Riverbend Health Systems Opens")
        assert article.published_at is not None and article.published_at.date().isoformat() == "2026-02-10"
        assert "555-0142" in str(article.metadata["release_contact"])


def test_a_story_opening_with_contact_or_inquiries_stays() -> None:
    for opening in ("Contact: the lost art of calling a friend", "Inquiries: why the council's review took 14 months"):
        data = f"{opening}\n\nWhen did you last call a friend? Ofcom figures show calls fell by 9% in 2025.\n".encode()
        assert read_articles(data, "txt", ReadOptions()).articles[0].text.startswith(opening)
