"""A byline whose surname opens with its particles: German's "zu", Spanish's "de los", Arabic's "al-"."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles


def head(headline: str, byline: str, story: str) -> tuple[tuple[str, ...], list[str]]:
    [article] = read_articles(f"{headline}\n\n{byline}\n\n{story}\n".encode(), "txt", ReadOptions()).articles
    return article.authors, article.text.split("\n\n")


@pytest.mark.parametrize(("headline", "byline", "story", "expected"), [
    ("Europa braucht eine neue Sicherheitspolitik", "Von Karl-Theodor zu Guttenberg",
     "Die Bundeswehr steht vor der größten Reform seit ihrer Gründung.", "Karl-Theodor zu Guttenberg"),
    ("Inflación en México", "Por Juan de los Santos", "La inflación en México bajó a 3,8% en noviembre.",
     "Juan de los Santos"),
    ("Gulf markets rally", "By Omar al-Sharif", "Gulf stock markets rose on Sunday as oil prices climbed 2%.",
     "Omar al-Sharif"),
    ("Gulf markets rally", "By Ahmed bin Rashid", "Gulf stock markets rose on Sunday as oil prices climbed 2%.",
     "Ahmed bin Rashid"),
])
def test_a_surnames_particles_stay_in_the_authors_name(headline: str, byline: str, story: str, expected: str) -> None:
    # Each byline gave no author and was the text's first paragraph
    authors, paragraphs = head(headline, byline, story)
    assert authors == (expected,)
    assert byline not in paragraphs


@pytest.mark.parametrize("line", ["Von Kiel zu Hamburg", "Von Tag zu Tag"])
def test_a_german_heading_with_zu_is_no_byline(line: str) -> None:
    authors, paragraphs = head("Die Ostseeküste im Winter", line, "Die Fähren fahren auch im Januar.")
    assert authors == () and line in paragraphs
