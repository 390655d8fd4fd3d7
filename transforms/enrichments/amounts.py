"""Amounts in paragraphs: numbers with what they count, money with its currency, percentages.

"roughly 12,000 North Korean troops" → 12000 troops, approximate; "$4.5bn" → 4.5e9 USD;
"3.2%" → 3.2 percent; "two million people" → 2e6 people; "dozens of protesters" → 24 protesters,
approximate (a vague quantity is the least it can mean: dozens 24, hundreds 200, thousands 2,000);
"a third of" → 33.33 percent; "half a million" → 500,000; "1 in 5 adults" → 20 percent; "-5.3%",
"-£2m", "minus 4%" are negative; "Rs 500 crore" → 5e9 INR, "Rs 2 lakh crore" → 2e12 INR; "0.5 percentage
points" → 0.5 percentage point, and so is "50 basis points" ("50bp" only near a rate, a yield, a bank).

The enrichment (`TABLE`, `COLUMNS`, `rows`) goes through the places where an amount may start
(`amount_candidates`), skips phone numbers and bare years there, matches the pattern (`amount_pattern`)
and reads each match, with its hedge (`amount_hedges`) and sign, into a value and unit (`amount_reading`;
`amount_exclusions` says which matches are no amount of anything) and the object it counts
(`amount_objects`, gathered by `amount_found_objects`). Where no amount matches, a range may start ("3-5%",
"£2-3bn": `amount_ranges`), one row per end; where an amount is followed by a spaced dash and a number, too
("3 - 5%"); where a count is hyphenated to a noun of a thing's parts, that count ("a 12-member jury":
`amount_hyphen_counts`). An amount with a scale word of another language after its number ("6.200 millones de
euros", "3-5 Millionen") is read the continental way (`amount_continental`), with no object.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.amount_articles import article_paragraphs
from transforms.enrichments.amount_brackets import shared_scale_end
from transforms.enrichments.amount_candidates import FIRST_YEAR, LAST_YEAR, candidate_offsets
from transforms.enrichments.amount_continental import (
    FOREIGN_FIRST,
    LINK_FIRST,
    LINK_STARTS,
    Foreign,
    foreign_amount,
    foreign_range,
)
from transforms.enrichments.amount_currencies import COUNTED_UNNAMED, GULF_LETTERS, LEAST_SUMS, SCALED_ONLY
from transforms.enrichments.amount_found_objects import found_objects
from transforms.enrichments.amount_hedges import NO_HEDGE_ENDS, hedge_before
from transforms.enrichments.amount_heights import inches_after
from transforms.enrichments.amount_hyphen_counts import hyphen_count
from transforms.enrichments.amount_metres import letters_metres
from transforms.enrichments.amount_models import model_range
from transforms.enrichments.amount_numbered_names import cost_before
from transforms.enrichments.amount_pattern import AMOUNT
from transforms.enrichments.amount_phones import CALL_ON, PHONE_LEADS, phone_end
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_ranges import DASHES, End, dash_range, hedged, spaced_range, widen
from transforms.enrichments.amount_ratios import RATIO_ENDS, ratio_share
from transforms.enrichments.amount_reading import parse
from transforms.enrichments.amount_shares import no_share
from transforms.enrichments.amount_signs import MINUS_SIGNS, SIGN_ENDS, minus
from transforms.enrichments.amount_stored import stored_values
from transforms.enrichments.amount_won import unsure_won
from transforms.enrichments.batch import ParagraphBatch, Rows, empty_rows

# The currencies' letters a space may part from a number and its "m" ("QR 800m", "R 50m"), whose "m" may be a race's
# metres (`amount_letter_currencies`); whole letters, not first ones: "Rs 3m in Colombo" is no race's "R"
_SPACED_LETTERS = frozenset(("R", "N", "Sh", *GULF_LETTERS))

TABLE = "paragraph_amounts"
COLUMNS = "paragraph_id article_id value unit object approximate text start end".split()


def _is_year(digits: str) -> bool:
    """Return True for a bare year.

    >>> _is_year("2004"), _is_year("2,004"), _is_year("3000")
    (True, False, False)
    """
    return digits.isdigit() and FIRST_YEAR <= int(digits) <= LAST_YEAR


# The suffixes (`lastgroup`) that send a match to a rule: a share's "in", a currency word, a number alone or after a
# currency sign (one set lookup each, not two comparisons)
_SHARES, _CURRENCY_WORDS, _NUMBERS = frozenset(("per", "per2")), frozenset(("curword", "curword2")), frozenset(
    ("num2", "num1"))
_SPACES = (" ", "\u00a0")  # before a scale word of another language (`foreign_amount`)
_SPACED_DASHES = (" - ", " – ")  # a range's dash with a space each side ("3 - 5%"): `spaced_range`
_PAIR_STARTS = (" (", ")")  # after a figure of a report's pair, "17 (16) million": `shared_scale_end`


def _add_range(ends: tuple[End, ...], first: list[int], last: list[int], objects: list[int],
               found: list[tuple[float, str | None, bool]]) -> None:
    """Append a range's ends to `rows`' lists, one amount each."""
    for end in ends:
        first.append(end.start)
        last.append(end.end)
        objects.append(end.object_at)
        found.append(end.parsed)


def _add_foreign(amounts: tuple[Foreign, ...], first: list[int], last: list[int], objects: list[int],
                 found: list[tuple[float, str | None, bool]]) -> int:
    """Append the amounts with a scale word of another language to `rows`' lists (those that are no amount
    not), with no object unless English's "of" follows ("3 millions of people"); return where the last ends."""
    for amount in amounts:
        if amount.value is not None:
            first.append(amount.start)
            last.append(amount.end)
            objects.append(amount.object_at)
            found.append((amount.value, amount.unit, False))
    return amounts[-1].end


def rows(batch: ParagraphBatch) -> Rows:
    """Return paragraph_amounts rows (without run_id) for the amounts in the batch's paragraphs."""
    out = empty_rows(COLUMNS)
    text = batch.joined
    reverse = ""  # the text backwards, for `hedge_before`: made once a number has a word before it
    first: list[int] = []  # where each amount's text starts (its hedge, if any)
    last: list[int] = []
    objects: list[int] = []  # where each amount's object is read: after its number, or after its range
    found: list[tuple[float, str | None, bool]] = []
    named: dict[int, str] = {}  # the amounts whose object is read with them, by their place in `found`
    ones: list[int] = []  # the amounts that are a bare "one": kept only as a range's low end (`widen`)
    done = -1
    match = AMOUNT.match
    # Each paragraph's [start, end) in the joined text with its article's lead (`Paragraph`), each candidate's
    paragraphs = article_paragraphs(batch.starts.tolist(), list(map(len, batch.texts)), batch.article_ids)
    at = candidate_offsets(batch)
    for position, paragraph in zip(at.tolist(), batch.locate(at).tolist(), strict=True):
        if position < done:
            continue
        before = text[position - 1: position]  # "" at the text's start
        if text[position] == "0" or before in PHONE_LEADS:
            phone = phone_end(text, position)
            if phone:
                done = phone
                continue
        matched = match(text, position)
        if matched is None:
            near = text[position + 1: position + 14]  # a range's low end and dash: "3-5%", "£2-3bn", "Rs 2-3"
            # "12,5 millones", "1,5 Mio. Euro", "1.234.567 millones": a decimal comma or thousands dots, which
            # `AMOUNT` does not read, before a scale word of another language
            foreign = foreign_amount(text, position) if "," in near or "." in near else None
            # "3-5 millones": a range's low end, glued to its dash, before such a word
            pair = foreign_range(text, position) if foreign is None and ("-" in near or "–" in near) else None
            read: tuple[Foreign, ...] | None = (foreign,) if foreign is not None else pair
            if read is not None:
                done = _add_foreign(read, first, last, objects, found)
                continue
            counted = hyphen_count(text, position) if "-" in near and (not position or before not in DASHES) else None
            if counted is not None:  # "a 12-member jury": 12 members (a compound adjective, no range)
                named[len(found)], done = counted.counted, counted.amount.end
                _add_range((counted.amount,), first, last, objects, found)
                continue
            if ("-" in near or "–" in near) and (not position or before not in DASHES) and not model_range(
                    text, position):  # (a model's number and variant after a count: "30 737-800 jets")
                ends_found = dash_range(text, position, paragraphs[paragraph])
                if ends_found:
                    if text[position - 1].isspace():  # "about 3-5%"
                        reverse = reverse or text[::-1]
                        ends_found = hedged(ends_found, hedge_before(text, reverse, position))
                    done = ends_found[1].end
                    _add_range(ends_found, first, last, objects, found)
            continue
        # The group that matched last names the match's suffix (a share's "in", a currency word): one
        # attribute, not a lookup of each group by name (AMOUNT's branches end with them, see `_GROUPS`).
        suffix = matched.lastgroup
        if suffix == "scale1" and matched.group("symbol") in _SPACED_LETTERS and matched.group(suffix) == "m" and text[
                matched.start("num1") - 1].isspace() and letters_metres(text, matched.end(), *paragraphs[paragraph]):
            position = matched.start("num1")  # "ran the R 50m sprint": no rand, the race's metres
            before = text[position - 1]
            matched = match(text, position)
            if matched is None:
                continue
            suffix = matched.lastgroup
        if suffix in _SHARES:
            whole = no_share(text, matched)
            if whole is not None:  # "12 in 3 raids", "3 in 10 minutes": the number alone
                matched = match(text, position, whole)
                if matched is None:
                    continue
                suffix = matched.lastgroup
        bounds = paragraphs[paragraph]
        if text.endswith(RATIO_ENDS, 0, position) and (ratio := ratio_share(text, matched, bounds[0])):
            named[len(found)], done = ratio[1], ratio[0].end  # "One dollar in five goes": 20% of dollars, not 5 goes
            _add_range(ratio[:1], first, last, objects, found)
            continue
        if suffix in _CURRENCY_WORDS and (
                matched.group(suffix).endswith(SCALED_ONLY) or matched.group(suffix) in LEAST_SUMS):
            unsure = unsure_won(text, matched, bounds)
            if unsure:  # "Some 2 million won prizes": the number, without the verb
                matched = match(text, position, matched.start(unsure) - 1)
                if matched is None:
                    continue
                suffix = matched.lastgroup
        done = matched.end()
        if done - position == 4 and _is_year(text[position:done]):
            continue  # the commonest number in news, settled before the slower checks ("In 2004 millions")
        scaled = None  # the value, unit and object's place of an amount with a scale word of another language
        # One test of the character after a bare number's space (the space's next character, looked up in a set)
        # settles most numbers: a space is after two thirds of them, a scale word of another language after few.
        if suffix in _NUMBERS and text.startswith(_SPACES, done):
            following = text[done + 1: done + 2]
            foreign = foreign_amount(text, position) if following in FOREIGN_FIRST else None
            if foreign is not None and foreign.object_at >= 0 and parse(text, matched, None, bounds) is None:
                # "Since March 15 millions of people", "After round 3 millions of viewers": a date's or a label's
                # number before English's "millions of", which is read as itself (a vague amount), not "15 millions"
                foreign = None
            if foreign is not None:  # "6.200 millones de euros", "R$ 50 milhões"
                done = foreign.end
                if foreign.value is None:
                    continue
                scaled = foreign.value, foreign.unit, foreign.object_at
            elif suffix == "num2" and following in LINK_FIRST and text.startswith(LINK_STARTS, done):
                pair = foreign_range(text, position)  # "entre 3 y 5 millones", "3 - 5 Millionen": the low end only
                if pair is not None:
                    done = _add_foreign(pair[:1], first, last, objects, found)
                    continue
        sign = minus(text, position) if before in MINUS_SIGNS or text[position - 2: position] in SIGN_ENDS else -1
        # A signed low end ("−5 - 10C", "minus 2 - 3%") is read alone, with its sign: `spaced_range` has none.
        # `position` 0 is the batch's first paragraph, whose text[-1:0] is "" (in any string).
        if text.startswith(_SPACED_DASHES, done) and sign < 0 and (not position or before not in DASHES):
            spaced = spaced_range(text, position, done, bounds)  # "3 - 5%", "£2 - 3bn"; "won 3 - 1" is none
            if spaced is not None:
                spaced_ends, done = spaced
                if len(spaced_ends) == 2 and position and text[position - 1].isspace():  # "about 3 - 5%"
                    reverse = reverse or text[::-1]
                    spaced_ends = hedged((spaced_ends[0], spaced_ends[1]), hedge_before(text, reverse, position))
                _add_range(spaced_ends, first, last, objects, found)
                continue
        hedge = None
        begins = position if sign < 0 else sign  # where the number, with its sign, starts
        # A hedge ends in white space (\s), after two letters that end a hedge: `hedge_before`'s own first test, read
        # here so that most numbers (two thirds) are settled without a call
        if (before if sign < 0 else text[begins - 1: begins]).isspace() and (
                text[begins - 3: begins - 1] not in NO_HEDGE_ENDS):
            if not reverse:
                reverse = text[::-1]
            hedge = hedge_before(text, reverse, begins)
        parsed = parse(text, matched, hedge, bounds) if scaled is None else (*scaled[:2], bool(hedge))
        if not parsed:
            if matched.group("symbol") and matched.group("symbol")[0].isalpha() and counts(
                    text[done: done + 24].split(None, 1)[:1]) and cost_before(text, matched.start(), bounds[0]):
                done = matched.start("num1")  # a name's letters before a count: "cost KD 62 games" counts games
                # (after "cost" only: "paid Dh 50 fees" is no count of 50 fees)
            continue
        if parsed[1] is None:  # (a parsed amount's unit read once for the rules that ask for none or feet)
            if suffix == "curword" and matched.group(suffix).lower() in COUNTED_UNNAMED:
                done = matched.start(suffix)  # "Mongolia has 330 soums": no money of its country, what it counts
            if text.endswith(" on ", 0, begins) and CALL_ON.search(text, max(bounds[0], begins - 48), begins) and (
                    not counts(text[done: done + 16].split(None, 1)[:1])):
                continue  # "Call police on 101", "ring the helpline on 111": a number to call, as "dialled 999"
            if suffix == "words" and matched.group("words") in ("one", "One"):
                ones.append(len(found))  # "from one to 3pm": no range unless `widen` pairs it with a high end
        elif parsed[1] == "ft":  # "6ft 2in", "6-foot-2": feet and inches are one height, in feet
            inches = inches_after(text, done)
            if inches:
                done, parsed = inches[0], (parsed[0] + inches[1] / 12, "ft", parsed[2])
        if sign >= 0:
            parsed = (-parsed[0], parsed[1], parsed[2])
        first.append(hedge[0] if hedge else begins)
        last.append(done)
        if scaled is None and text.startswith(_PAIR_STARTS, done):  # a report's pair shares what it counts
            objects.append(shared_scale_end(text, done, bounds[1]))
        else:
            objects.append(done if scaled is None else scaled[2])  # after words of another language: none
        found.append(parsed)
    if not found:
        return out
    paired = widen(text, first, last, objects, found)  # "3 to 5 per cent": 3 percent too
    lone = {i for i in ones if i not in paired}  # "meet from one to 3pm", "from one to 10 Downing Street"
    if lone:
        kept = [i for i in range(len(found)) if i not in lone]
        named = {kept.index(i): thing for i, thing in named.items()}
        first, last, objects = [first[i] for i in kept], [last[i] for i in kept], [objects[i] for i in kept]
        found = [found[i] for i in kept]
        if not found:
            return out
    starts = np.array(first, dtype=np.int64)
    found_in = batch.locate(starts)
    offsets = np.asarray(batch.starts)[found_in]
    paragraph = found_in.tolist()
    ids, articles = batch.paragraph_ids, batch.article_ids
    out["paragraph_id"] = [ids[p] for p in paragraph]
    out["article_id"] = [articles[p] for p in paragraph]
    values, units_found, approximates = zip(*found, strict=True)
    out["value"] = stored_values(values)
    out["unit"] = units = list(units_found)
    out["object"] = found_objects(text, first, last, objects, units, named)
    out["approximate"] = list(approximates)
    out["text"] = [text[a:b] for a, b in zip(first, last, strict=True)]
    out["start"] = (starts - offsets).tolist()
    out["end"] = (np.array(last, dtype=np.int64) - offsets).tolist()
    return out
