"""Verbs of mending a fault: "fixed a security flaw", "patched the vulnerability", "repaired the damage".

A mending verb before a fault averts it as "avoid" does (`tone_averting`'s `AVERTING`, three words on): "The update
fixed a security flaw" and "Engineers repaired the damage" read bad, the flaw and the damage kept (−5.0, −13.8), while
news of a fault mended is good news. A noun or an adjective of the same letters mends nothing (`MENDING_NOT_VERBS`):
"a fixed penalty notice", "fixed costs", "a rough patch", "match fixing", "price fixing" ("fixing" after what is fixed
crookedly is the crime's, as tone_bans' "match fixing"), "in need of repair".
"""

from __future__ import annotations

MENDING = tuple(f"{verb}{ending}" for verb in ("fix", "patch") for ending in ("", "es", "ed", "ing")) + tuple(
    f"{verb}{ending}" for verb in ("repair", "mend") for ending in ("", "s", "ed", "ing"))
# Where the letters are a noun's or an adjective's (written as `tone_averting`'s `NOT_VERBS`, with its sets and these).
MENDING_SETS = {
    "fixed_noun": "penalty penalties term terms rate rates odds income cost costs price prices abode sum sums fee fees "
                  "line lines point points asset assets interval intervals date dates number amount location address",
    "crooked": "match matches price prices spot race rate bid vote result results",
    "patch_before": "a an the bad rough difficult lean sticky tough poor purple nicotine this that",
    "repair_before": "of beyond disrepair",
}
MENDING_NOT_VERBS: dict[str, tuple[str, ...]] = {
    "fixed": ("_ {fixed_noun}",),
    "fixing": ("{crooked} _",),
    "fix": ("{crooked} _",),
    "patch": ("{patch_before} _",),
    "patches": ("{patch_before} _", "_ of"),
    "repair": ("{repair_before} _",),
}
