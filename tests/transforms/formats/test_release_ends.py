"""A press release's end mark ("-ENDS-", "###"): its notes to editors after it are no part of its story."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

RELEASE = ("Northshire Council to plant 50,000 trees by 2030\n\n14 January 2026\n\nNorthshire Council has announced "
           "plans to plant 50,000 trees across the county by 2030.\n\nThe first 5,000 trees will be planted this "
           "spring.\n\n{mark}\n\n{notes}\n\n1. Northshire Council serves 420,000 residents.\n")


def test_a_releases_notes_after_its_end_mark_are_no_text_but_kept() -> None:
    for mark, notes in (("-ENDS-", "Notes to editors"), ("– ENDS –", "Notes for editors"), ("###", "About Northshire")):
        data = RELEASE.format(mark=mark, notes=notes).encode()
        article = read_articles(data, "txt", ReadOptions()).articles[0]
        assert "5,000 trees" in article.text
        assert notes not in article.text and mark not in article.text and "420,000" not in article.text
        assert str(article.metadata["release_notes"]).startswith(notes)


def test_a_scene_break_or_an_ends_line_in_a_story_is_no_end() -> None:
    for text in ("The ward went quiet.\n\n###\n\nBy morning the nurses were back on their feet.\n",
                 "The festival closed.\n\nENDS\n\nThe organisers said next year's will run for four days.\n"):
        article = read_articles(("A night\n\n" + text).encode(), "txt", ReadOptions()).articles[0]
        assert text.split("\n\n")[-1].strip() in article.text


def test_a_story_sentence_opening_with_about_or_contact_after_a_scene_break_stays() -> None:
    for last in ("About 40 minutes later, the first rescue boat arrived at the back door.",
                 "Contact with the climbers was restored on Sunday morning, when a helicopter crew spotted them."):
        data = f"The river came up\n\nThe water reached the care home after 2am.\n\n###\n\n{last}\n".encode()
        article = read_articles(data, "txt", ReadOptions()).articles[0]
        assert last in article.text and "release_notes" not in article.metadata


def test_a_releases_about_and_contact_headings_after_its_mark_are_its_notes() -> None:
    for heading, notes in (("About Riverbend Health Systems", "Riverbend Health Systems runs 12 clinics."),
                           ("About Acme Inc.", "Acme Inc. makes brakes."), ("Contact:", "Jordan Ellis"),
                           ("Media contacts", "Jordan Ellis")):
        data = f"Clinic opens\n\nThe clinic opened in Nelsonville today.\n\n###\n\n{heading}\n{notes}\n".encode()
        article = read_articles(data, "txt", ReadOptions()).articles[0]
        assert notes not in article.text and str(article.metadata["release_notes"]).startswith(heading)


def test_a_films_title_opening_with_about_after_a_break_stays() -> None:
    data = (b"Weekend films on TV\n\nThe Holdovers (BBC Two, 9pm) is a warm, funny Christmas film.\n\n###\n\nAbout Time"
            b"\n\nRichard Curtis's time-travel romance (ITV2, 10pm) is gentler than it looks.\n")
    assert "Richard Curtis" in read_articles(data, "txt", ReadOptions()).articles[0].text


def test_a_storys_section_opening_with_about_the_after_a_break_stays() -> None:
    # "About the children" heads the story's next part (it was cut off as notes); "About the Company" heads notes
    essay = (b"The orchard\n\nMy grandmother planted the orchard the year the war ended.\n\n###\n\nAbout the children"
             b"\n\nThey came back in spring to pick the apples.\n")
    assert "They came back in spring" in read_articles(essay, "txt", ReadOptions()).articles[0].text
    release = essay.replace(b"About the children", b"About the Company").replace(b"They came", b"The Company came")
    assert "came back" not in read_articles(release, "txt", ReadOptions()).articles[0].text


def test_a_storys_section_about_a_named_thing_after_a_break_stays() -> None:
    # a heading that names something in a story's words ("About the Kennedy files", "About the Beatles' last tour") is
    # a part's heading, not a notes heading, whose words all stand in capitals ("About the University of Leeds")
    for heading, after in (("About the Kennedy files", "Nobody in the village had read them."),
                           ("About the Beatles' last tour", "It ended in a car park in 1966.")):
        story = (f"The long way home\n\nThe boats came in at dawn, one by one, and the families waited.\n\n###\n\n"
                 f"{heading}\n\n{after}\n")
        assert after in read_articles(story.encode(), "txt", ReadOptions()).articles[0].text
    notes = RELEASE.format(mark="###", notes="About the University of Northshire")
    article = read_articles(notes.encode(), "txt", ReadOptions()).articles[0]
    assert str(article.metadata["release_notes"]).startswith("About the University of Northshire")
