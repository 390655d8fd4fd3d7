"""The process's facts of places (transforms.enrichments.place_name_facts), shared by the batches of its threads."""

from __future__ import annotations

import sys
import threading

import pytest

from transforms.enrichments.place_name_facts import NameFacts


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(4))  # a race: each round a new chance to catch it
def test_places_numbered_by_threads_at_once_keep_their_own_facts(round_: int) -> None:
    # A Dask worker's threads, or the flow's batches in flight, number the places they meet in one NameFacts: each
    # place's number must be its own, and its facts (its country's code) listed at that number.
    facts = NameFacts()
    places = list({id(p): p for name in list(facts.table)[:4000] for p in facts.table[name]}.values())
    numbered: dict[int, int] = {}

    def number(chunk: list) -> None:
        for p in chunk:
            numbered[id(p)] = facts.place(p)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch between any two steps, as a loaded machine's may
    try:
        threads = [threading.Thread(target=number, args=(places[k::8],)) for k in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(facts.places) == len(places) == len(facts.place_code) == len(facts.state)
    assert sorted(numbered.values()) == list(range(len(places)))  # one number a place
    assert all(facts.places[numbered[id(p)]] is p and facts.codes[facts.place_code[numbered[id(p)]]] == p.country_code
               for p in places)
