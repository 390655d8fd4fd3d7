"""2026 headlines of one strong word under the bar: "Smog blankets Lahore" had no theme ("smog" 1.7 is 1.45 under the
environment's 0.85) and "Gunmen raid bank in Lagos" was economy by "bank". Smog and a raid on a bank or a shop now
carry a headline alone; a raid by an army and a market's "raid" on bank stocks keep their themes."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary
from warehouse.taxonomy_files import read_taxonomy

CRIME, ENVIRONMENT, ECONOMY, CONFLICT = "medtop:02000000", "medtop:06000000", "medtop:04000000", "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Smog blankets Lahore", ENVIRONMENT),
     ("Smog chokes Delhi as schools close", ENVIRONMENT),
     ("Gunmen raid bank in Lagos", CRIME),
     ("Robbers raid jeweller in Birmingham", CRIME)],
)
def test_a_headline_of_smog_or_a_bank_raid_gets_its_theme(iptc, headline: str, theme: str) -> None:
    assert article_primary(iptc, headline, "") == theme


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Army raids militant base near border", CONFLICT),
     ("Investors raid bank stocks after rate cut", ECONOMY),
     ("Bank shares slide as raid on reserves feared", ECONOMY)],
)
def test_other_raids_keep_their_theme(iptc, headline: str, theme: str) -> None:
    assert article_primary(iptc, headline, "") == theme
