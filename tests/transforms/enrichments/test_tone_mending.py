"""Tone of a fault mended ("fixed a security flaw", "repaired the damage") and of the same letters as a noun."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Engineers fixed the fault.", "Engineers repaired the damage.", "Patch fixes bug that crashed millions of PCs",
    "Ford to Repair Faulty Heated Seats in Focus Cars", "Microsoft said the update fixes a vulnerability.",
])
def test_a_fault_mended_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Engineers failed to fix the fault.", "He was given a fixed penalty notice.", "The owners were accused of match "
    "fixing.", "The bridge is in need of repair, engineers warned.", "It can't fix this sick pup.",
])
def test_a_fault_not_mended_or_no_mending_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The update fixed a security flaw that let hackers steal data.",
    "Microsoft patched a vulnerability that allowed attackers to take control of servers.",
    "Google fixed a vulnerability that could let attackers read users' emails.",
    "Linux groups patch image flaw",
])
def test_a_fault_mended_with_what_it_let_happen_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The patch that fixed the bug let hackers in through another door.",  # no clause of the fault mended
    "Instant messaging worm exploits JPEG flaw", "System glitch hits HSBC",  # a fault that no one mends
])
def test_a_fault_not_mended_or_a_harm_past_its_clause_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # a "which" after a comma is of the whole clause, the mending's, not the fault's: what it meant is no fault mended
    "The update fixed a bug, which meant thousands of users lost their photos.",
    "Apple fixed the glitch, which meant millions of iPhones crashed overnight.",
    "The bank patched the flaw, which left customers angry and unable to pay.",
])
def test_a_clause_after_a_comma_is_no_faults_and_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] < 0
