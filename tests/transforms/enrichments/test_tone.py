"""Tone: VADER's lexicon and rules, GDELT's positive-minus-negative convention."""

from __future__ import annotations

import pytest

from tests.conftest import DATA, shared_path
from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch
from transforms.paragraphs import split_paragraphs
from transforms.text import decode_article


def tones(*texts: str) -> dict[str, list[float]]:
    return tone.rows(ParagraphBatch(list(texts), [f"p{i}" for i in range(len(texts))], ["a"] * len(texts)))


def test_positive_and_negative_words_give_the_sign_and_shares() -> None:
    rows = tones("The rescue was a great success.", "The attack killed and injured many.", "The meeting is on Tuesday.")
    assert rows["tone"][0] > 0 and rows["negative"][0] == 0
    assert rows["tone"][1] < 0 and rows["positive"][1] == 0
    assert rows["tone"][2] == 0 == rows["positive"][2] == rows["negative"][2]
    for t, p, n in zip(rows["tone"], rows["positive"], rows["negative"], strict=True):
        assert t == pytest.approx(p - n, abs=0.002)
        assert -100 <= t <= 100


def test_negation_flips_and_boosters_strengthen_as_vader_defines() -> None:
    rows = tones("The result is also good.", "The result is not good.", "The result is very good.")
    good, not_good, very_good = rows["tone"]
    assert good > 0 and not_good < 0
    assert very_good > good  # the same number of words, one a booster
    # "isn't" reads as "isn t": the contraction negates as VADER's word list says.
    assert tones("The result isn't good.")["tone"][0] < 0


def test_no_negates_the_next_two_words_and_no_one_is_a_negation() -> None:
    no_problem, no_hope, no_one, nobody, hurt = tones(
        "There was no problem.", "They had no hope.", "No one was hurt.", "Nobody was injured.", "Five were hurt."
    )["tone"]
    assert no_problem > 0  # "no" before "problem": it has no valence of its own, it negates "problem"
    assert no_hope < 0
    assert no_one > 0 and nobody > 0 > hurt  # "No one was hurt" is the good news after a fire
    assert min(tones("No one hurt.", "no one died")["tone"]) > 0  # negated once, by "no one" alone
    welcomed, denied = tones("No. 10 welcomed the deal.", "No 10 denied the report.")["tone"]
    assert welcomed > 0 > denied  # a number's "No" is no word of tone
    assert tones("No, the plan was bad.")["tone"][0] < 0  # "bad" four words after "no": not negated


def test_few_and_hardly_negate_but_a_few_is_some() -> None:
    spared, complaints, a_few, next_few = tones(
        "Few were spared in the attack.", "Few complaints were made about the new service.",
        "A few people were hurt in the crash.", "Over the next few months the plan will succeed.")["tone"]
    assert spared < 0 < complaints  # almost none spared; almost no complaints
    assert a_few < 0 < next_few  # after an article or "next", "few" is some: the hurt and the success stand
    assert tones("Hardly any progress was made at the summit.")["tone"][0] < 0


def test_a_hedge_or_a_small_effort_negates_the_verb_after_it() -> None:
    profit, ease, protect, child = tones(
        "The company said it was unlikely to return to profit this year.", "The talks did little to ease tensions.",
        "Little was done to protect the reefs.", "The little girl was hurt.")["tone"]
    assert max(profit, ease, protect) < 0
    assert child < 0  # "little" alone is a size, no negation
    assert tones("The talks are unlikely to avert a strike.")["tone"][0] < 0  # a hedge undoes the averting


def test_little_before_a_good_word_says_almost_none_of_it_and_a_little_some() -> None:
    hope, progress, no_hope, a_little = tones(
        "Doctors said there was little hope of finding more survivors.", "The talks made little progress.",
        "Doctors said there was no hope of finding more survivors.", "With a little help from his friends.")["tone"]
    assert no_hope <= hope < 0 and progress < 0  # "little hope" read as "no hope" (VADER's dampener "little" too)
    assert a_little > 0  # "a little help" is some help


def test_little_before_a_harm_or_a_doubt_says_almost_none_of_it_and_a_little_some() -> None:
    risk, damage, doubt, some = tones(
        "Officials said the virus posed little risk to the public.", "The storm caused little damage.",
        "There is little doubt the scheme works.", "A little damage was done to the roof.")["tone"]
    assert risk > 0 and damage > 0 and doubt > 0  # as "no risk", "no damage"
    assert some < 0  # "a little damage" is some damage


def test_no_longer_negates_three_words_on_as_not_does() -> None:
    danger, threat, welcome, works = tones(
        "Doctors say the patient is no longer in danger.", "The gang is no longer a threat.",
        "He is no longer welcome at the club.", "He no longer works there.")["tone"]
    assert danger > 0 and threat > 0  # a bad state that ended; VADER's "no" reached two words and read −1.2
    assert welcome < 0
    assert works < 0  # before no word of tone, "no longer" keeps the −1.2 of its "no": a state lost


def test_no_longer_before_no_word_of_tone_keeps_the_valence_of_its_no() -> None:
    afford, play = tones("The airline could no longer afford to remain all-Australian.",
                         "Users must renew or the tunes will no longer play.")["tone"]
    assert afford < 0 and play < 0


@pytest.mark.parametrize("text", ["Contracts will run for no longer than three years.",
                                  "Patients should be seen no later than two weeks after referral.",
                                  "Prices will rise by no more than 2%."])
def test_no_before_a_comparative_and_than_is_a_limit_of_no_tone(text: str) -> None:
    # "no longer than three years" read −3.3: "no longer" a negation with nothing to negate, its "no" −1.2
    assert tones(text)["tone"] == [0.0]


def test_no_before_a_comparative_of_quality_negates_it() -> None:
    assert tones("The drug worked no better than a placebo.")["tone"][0] < 0  # no limit: bad news for the drug


@pytest.mark.parametrize("text", ["No one has been seriously hurt.", "No passengers were seriously injured.",
                                  "Nobody was critically injured in the blast.", "No one was badly hurt."])
def test_a_negation_reaches_past_an_adverb_to_the_harm_it_qualifies(text: str) -> None:
    # "seriously" (−0.7) took the negation three words on, and "hurt" (−2.4) a word past it read as a harm
    assert tones(text)["tone"][0] > 0


def test_an_adverb_passes_a_negation_to_the_next_word_only() -> None:
    assert tones("No one was seriously hurt, but the driver was killed.")["tone"][0] < 0


def test_no_deaths_or_injuries_is_good_news_as_no_death_is() -> None:
    deaths, injuries, casualties, death = tones("There were no deaths.", "No injuries were reported.",
                                                "There were no casualties.", "No death was reported.")["tone"]
    assert min(deaths, injuries, casualties) > 0 and deaths == death  # a toll's plural counts as its singular
    killed, died = tones("The storm caused 12 deaths.", "The storm caused a death.")["tone"]
    assert killed < 0 and died < 0
    assert tones("Shops sold goods.", "He paid fines.")["tone"] == [0.0, 0.0]  # no plural but a toll's


def test_a_word_of_the_strongest_valence_counts_as_one_word_at_most() -> None:
    # four words, one of them strong (2.9 of VADER's -4..4 scale) and boosted: under a quarter of the words.
    assert 15 < tones("That was extremely magnificent.")["tone"][0] <= 25


def test_article_tone_is_word_weighted() -> None:
    assert tone.article_tone(["a", "a"], [10.0, -10.0], [30, 10]) == {"a": 5.0}


def test_the_seed_commentary_reads_negative() -> None:
    seed = shared_path("seeds", "000_ac3dbf553cc161ac.txt")
    paragraphs = [p for p in split_paragraphs(decode_article(seed.read_bytes()).text) if p.role != "boilerplate"]
    rows = tones(*(p.text for p in paragraphs))
    words = [p.word_count for p in paragraphs]
    assert tone.article_tone(["a"] * len(words), rows["tone"], words)["a"] < 0


def test_a_neutral_wire_report_reads_near_zero() -> None:
    wire = (
        "The central bank kept its main interest rate at 4.5% on Thursday, as expected by economists. "
        "The decision was taken by a vote of seven to two. The bank will publish its next forecast in May. "
        "Shares in London closed slightly higher, and the pound was little changed against the dollar."
    )
    assert abs(tones(wire)["tone"][0]) < 2


def test_the_bundled_seed_format_fixture_is_scored_per_paragraph() -> None:
    text = decode_article((DATA / "seed_format.txt").read_bytes()).text
    paragraphs = [p.text for p in split_paragraphs(text)]
    rows = tones(*paragraphs)
    assert len(rows["tone"]) == len(paragraphs)


def test_words_news_uses_as_names_or_terms_carry_no_tone() -> None:
    rows = tones("Shares in the bank plunged after it reported huge losses.", "Gross domestic product grew 0.6%.",
                 "The ruling party met, like the United Nations, on security and interest rates.")
    assert rows["tone"][0] < 0
    assert rows["tone"][1] == 0 == rows["tone"][2]
    assert tones("The party was a great success.")["tone"][0] > 0  # the feeling is still read


@pytest.mark.parametrize("text", [
    "The match will be played at Wembley on Sunday.", "He plays for Leeds and is playing in goal.",
    "The Red Devils meet Arsenal on Sunday.", "The band will play in Paris.",
    "Brent crude rose 1.2% to $85.40 a barrel.",
    "The Supreme Court ruled 6-3 on Friday.",
    "UK GDP grew by 0.6% in the second quarter, beating expectations.",
    "Verstappen leads the Grand Prix as a grand jury met.",
    "Chelsea met Porto in the Champions League; health care spending rose.",
    "The minister tested positive for COVID-19 on Monday.",
    "The matter is a matter for the council.", "Democratic challenger John Kerry spoke in Ohio.",
    "The accounts were prepared in May, and the board is prepared to sell.",
    "The Edinburgh Festival opens on Friday, one of three festivals this month.",
    "The prime minister faces a confidence vote on Tuesday.",
])
def test_news_terms_that_read_as_feelings_in_vader_carry_no_tone(text: str) -> None:
    assert tones(text)["tone"] == [0.0]


def test_a_vote_of_no_confidence_is_pressure_on_whom_it_is_against() -> None:
    tabled, against, survived, lost = tones(
        "Two no-confidence motions were tabled.", "A vote of no confidence in the minister is planned.",
        "The prime minister survived a no-confidence vote.", "The government lost a vote of no confidence.")["tone"]
    assert tabled < 0 and against < 0 and survived > 0 and lost < 0


def test_an_answers_no_has_no_tone_and_a_no_before_words_keeps_its() -> None:
    answer, said, doubt = tones("The default answer is no.", "No, he said.", "There is no hope left.")["tone"]
    assert answer == 0 == said and doubt < 0


def test_the_words_around_a_news_term_keep_their_tone() -> None:
    rows = tones("The player tested positive and was banned.", "A positive result for the economy.")
    assert rows["tone"][0] < 0 < rows["tone"][1]


def test_a_confidence_vote_reads_as_what_befell_the_government() -> None:
    lost, survived, no_confidence = tones("The prime minister lost a confidence vote and resigned.",
                                          "The chancellor survived a confidence vote.",
                                          "The government lost a no-confidence vote.")["tone"]
    assert lost < 0 < survived and no_confidence < 0
    assert tones("Confidence returned to the markets.")["tone"][0] > 0  # confidence the feeling keeps its tone


def test_care_as_a_service_has_no_tone_but_not_caring_does() -> None:
    rows = tones("Health care spending rose.", "Residents of care homes were moved.",
                 "I couldn't care less about the result.")
    assert rows["tone"][0] == 0 == rows["tone"][1]
    assert rows["tone"][2] < 0


@pytest.mark.parametrize("text", [
    "The club faces a fine of £5m.",
    "The £5m fine was paid.",
    "Viacom contested the $3.5m fine.",
    "The current maximum fine stands at $32,500.",
    "Landing the CBS TV network a fine.",
    "The club was fined £5m.",  # "fined" has no tone in VADER's lexicon: the noun now reads as it
])
def test_a_fine_as_a_penalty_carries_no_tone(text: str) -> None:
    assert tones(text)["tone"] == [0.0]


def test_fine_the_adjective_keeps_its_tone_beside_a_penalty() -> None:
    rows = tones("It was a fine performance.", "He said that is fine.", "Nadal kept his fine form.",
                 "He was handed a ban and a fine.")
    assert min(rows["tone"][:3]) > 0
    assert rows["tone"][3] == pytest.approx(-100 * 2.6 / 4 / 8, abs=0.001)  # "ban" (−2.6) alone, of 8 words


def test_a_fine_as_the_batchs_last_words_reads_its_last_word_whole() -> None:
    # the batch's last word has no space after it: "is" must not read as "i"
    assert tones("It was a fine performance.", "Nobody knows what the fine is")["tone"][1] == 0.0
    assert tones("Nobody knows what the fine is", "It was a fine performance.")["tone"][0] == 0.0


@pytest.mark.parametrize("text, in_words", [
    ("He scored 2 fine goals.", "He scored two fine goals."),
    ("In 2004 fine wines sold well.", "In spring fine wines sold well."),
    ("The 25-yard fine strike won it.", "The long-range fine strike won it."),
])
def test_fine_after_a_number_that_is_no_sum_of_money_keeps_its_tone(text: str, in_words: str) -> None:
    rows = tones(text, in_words, in_words.replace("fine ", "new "))
    assert rows["tone"][0] == rows["tone"][1] > rows["tone"][2]  # the adjective, as after a word


@pytest.mark.parametrize("text", ["They paid a (£293,264) fine.", "A 5,000 euro fine was set.", "A $1.5M fine."])
def test_fine_after_a_sum_of_money_is_a_penalty(text: str) -> None:
    assert tones(text)["tone"] == [0.0]


def test_fine_gael_is_a_party_of_no_tone() -> None:
    assert tones("Fine Gael held three seats.", "The Fine Gael leader spoke.")["tone"] == [0.0, 0.0]


@pytest.mark.parametrize("text", [
    "Anti-terror police searched a house.", "The anti-war group met.", "Anti-racism campaigners met him.",
    "The anti war group met.", "The anti-corruption body met.",
])
def test_an_anti_compound_names_what_is_opposed_and_carries_no_tone(text: str) -> None:
    assert tones(text)["tone"] == [0.0]


@pytest.mark.parametrize("text", ["Anti-semitic graffiti was daubed on a wall.", "He faces charges of antisemitism.",
                                  "Police tackle anti-social behaviour.", "The antisemitic leaflets were found."])
def test_anti_before_a_people_or_a_good_thing_names_a_hostility_and_keeps_its_tone(text: str) -> None:
    assert tones(text)["tone"][0] < 0


def test_a_verb_of_averting_does_not_avert_the_word_after_anti() -> None:
    war, fur = tones("Police were stopping an anti-war march.", "Police were stopping an anti-fur march.")["tone"]
    assert war == fur < 0  # "stopping" keeps its valence: nothing bad is averted ("stopping the war" would be)
    violent, _, broke_out = tones("The anti-war protest turned violent.", "They are anti.", "War broke out.")["tone"]
    assert violent < 0 and broke_out < 0  # the words around, and the next paragraph's first word, keep their tone


def test_tone_is_the_difference_of_the_stored_positive_and_negative() -> None:
    texts = ["of in awful brave wonderful grateful in angry grateful.",  # each rounded alone, tone was 13.333
             "Good, bad, awful, wonderful, sad, happy, tragic, hopeful words in one line of news.",
             "Officials were pleased but worried, and residents were angry yet grateful for the help."]
    rows = tone.rows(ParagraphBatch(texts, ["p1", "p2", "p3"], ["a", "a", "a"]))
    assert all(t != 0 for t in rows["tone"])
    assert [round(p - n, 3) for p, n in zip(rows["positive"], rows["negative"], strict=True)] == rows["tone"]


@pytest.mark.parametrize("written, plain", [
    ("Critics called the plan naïve.", "Critics called the plan naive."),
    ("Critics called the plan nai\u0308ve.", "Critics called the plan naive."),  # a decomposed accent
    ("CRITICS CALLED THE PLAN NAÏVE.", "Critics called the plan naive."),
    ("An exposé of the fraud at the café.", "An expose of the fraud at the cafe."),
    ("A naïve, charming café in Zürich.", "A naive, charming cafe in Zurich."),
    ("“It isn’t good,” she said.", "\"It isn't good,\" she said."),  # curly quotes and apostrophes
])
def test_an_accented_curly_or_decomposed_spelling_reads_as_the_plain_one(written: str, plain: str) -> None:
    # the lexicon is ASCII: a word read with its accent was no word of it ("naïve" read 0, "naive" -1.1)
    assert tones(written)["tone"] == tones(plain)["tone"]
    assert tones(written, plain)["tone"][0] == tones(plain)["tone"][0]  # in a batch of ASCII paragraphs too


def test_no_before_a_passive_negates_its_participle_and_has_no_valence_of_its_own() -> None:
    lost, fired, fixed, agreed, damage = tones(
        "No lives were lost.", "No shots were fired.", "The outage was fixed within an hour, and no data was lost.",
        "No deal was agreed.", "There was no word on damage.")["tone"]
    assert lost > 0 and fired > 0 and fixed > 0  # the bad thing did not happen
    assert agreed < 0 and damage < 0  # a good thing that did not happen; "damage" past the reach of "no"


@pytest.mark.parametrize("text", ["Officials said there was no evidence of criminal activity.",
                                  "There was no sign of damage after the tremor.",
                                  "A study found no indications of risk from the phones.",
                                  "There were no reports of injuries."])
def test_no_before_a_finding_negates_what_was_not_found(text: str) -> None:
    # VADER's "no" reaches two words: "no evidence of abuse" read as the abuse found (−2.3 in agnews-dev)
    assert tones(text)["tone"][0] > 0


def test_a_lack_of_something_is_no_finding() -> None:
    # "no shortage of problems" says the problems are there
    assert tones("There is no shortage of problems.")["tone"][0] < 0


def test_no_before_a_passive_of_being_negates_its_participle_too() -> None:
    # every rule reads a passive's auxiliaries from one list (`tone_phrases.PASSIVE`), "being" among them
    being, were = tones("No lives being lost, the firm said.", "No lives were lost, the firm said.")["tone"]
    assert being > 0 and being == were


def test_no_before_a_passive_with_two_auxiliaries_negates_its_participle_four_words_on() -> None:
    have_been, are_being, were, apart = tones(
        "No lives have been lost, officials said.", "No lives are being lost.", "No lives were lost, officials said.",
        "No lives in the hall lost.")["tone"]
    assert have_been > 0 and are_being > 0 and were > 0
    assert apart < 0  # no passive's auxiliaries between them: the loss is read


def test_an_answers_no_before_and_or_but_negates_nothing() -> None:
    attacked, ignored, warning = tones("The council said no and was attacked by residents.",
                                       "Voters said no but were ignored.", "It came with no or little warning.")["tone"]
    assert attacked < 0 and ignored < 0 and warning < 0  # "no or little warning" still negates "warning"
