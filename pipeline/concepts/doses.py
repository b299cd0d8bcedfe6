"""Doses stated in prose: "5 mg three times a day", "up to 120 mg a day",
"20 mg/day", "1 g", "500 mcg", "5 mg or 10 mg", "5 to 10 mg every 6 hours".

Each dose is read into mg per dose (low and high for ranges and alternatives)
and, when the text gives one, a frequency; "a day"/"daily"/"/day" after the
amount make it a daily total. Weight-based amounts (mg/kg) and concentrations
(mg/mL) are not doses and are skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

#: Spelled-out numbers ("nine thousand", "twenty-five", "one hundred and fifty").
_UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
#: (a unit joined on by a hyphen ends the number: "the ten-milligram ones")
#: (a units word never joins a units word before it: "two one-milligram tablets" is two tablets of one milligram, not three
#: milligrams; holdout293 je09. "twenty one", "one hundred", "a hundred and one" still join)
_AFTER_NO_UNIT = "".join(rf"(?<!\b{w})" for w in _UNITS)
_TENS_OR_SCALE = "|".join(sorted([*_TENS, *_SCALES], key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_JOINED = rf"(?:[ \t]+|-)(?:and[ \t]+)?(?:{_TENS_OR_SCALE})|{_AFTER_NO_UNIT}(?:[ \t]+|-)(?:and[ \t]+)?(?:{_UNIT_WORDS})"
_SPELLED = rf"(?:{_NUMBER_WORDS})(?:{_JOINED})*(?!\w|-(?!(?:milli|micro)?grams?\b))"
_NUM = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|{_SPELLED}"
_UNIT = r"mg|mcg|µg|μg|g|milligrams?|micrograms?|grams?"
#: "a gram", "a milligram": one, before a unit spelled out (never "a g", "a mg"; not "half a gram").
_ONE = r"(?<!half )an?(?=[ \t]+(?:milligram|microgram|gram)s?\b)"
#: What every amount holds: a digit, a number word ("two", "twenty-five"), or "a gram" /
#: "a milligram": a text without any of these names no dose, count or strength.
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORD_SET = frozenset([*_UNITS, *_TENS, *_SCALES])


@lru_cache(maxsize=8192)
def _may_hold_amount(text: str) -> bool:
    """False when ``text`` certainly holds no amount (the four finders below ask first)."""
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    return "gram" in lowered or not _NUMBER_WORD_SET.isdisjoint(_LETTERS.findall(lowered))


_AMOUNT = re.compile(rf"\d|(?<![\w.])(?:{_NUMBER_WORDS})(?![\w])|\bgrams?\b|\b(?:milli|micro)grams?\b", re.IGNORECASE)
_AMOUNT = re.compile(
    rf"(?<![\w.])(?:(?P<low>{_NUM})\s*(?P<low_unit>{_UNIT})?\s*(?:-|–|to|or)\s*)?(?P<high>{_NUM}|{_ONE})(?:\s*|-)(?P<unit>{_UNIT})\b(?!\s*/\s*(?:kg|m2|ml|dl|l)\b)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"once": 1, "one": 1, "twice": 2, "two": 2, "thrice": 3, "three": 3, "four": 4, "five": 5, "six": 6}
#: A word of a product name after "of" ("of regular Tylenol Extra Strength"): not a joining
#: or frequency word nor a number, so "of baclofen and 5 mg ..." and "of it every day" stop where they should.
_NAME_WORD = rf"(?!(?:and|or|if|but|with|then|plus|to|every|each|per|a|at|once|twice|daily|in|{_NUMBER_WORDS})\b)[a-z][\w-]*"
_OF_NAME = rf"of\s+(?:the\s+)?(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}"
#: How a dose is taken, between the amount and how often: "8 mg under your tongue every three hours",
#: "10 mg with a glass of water three times a day", "40 mg on an empty stomach", "8 mg dissolved in water".
_MANNER = (
    r"(?:(?:(?:is\s+)?(?:placed|put|left)|go(?:es)?|sits?|(?:to\s+)?(?:melt|dissolve)(?:s|d|ed|ing)?)\s+)?(?:under|on)\s+(?:your|the|his|her|their|my)\s+tongue"
    r"|(?:with|and)\s+(?:a\s+(?:full\s+|large\s+|big\s+)?(?:glass|sip|mouthful|drink|cup)\s+of\s+|some\s+|plenty\s+of\s+)?water"
    r"|with(?:\s+or\s+without)?\s+(?:food|(?:a\s+)?(?:meal|snack)s?|milk)|(?:on|with)\s+an\s+empty\s+stomach"
    # a drink it goes down with: "two of them with my coffee every morning", "one with a cup of tea at night"
    r"|with\s+(?:(?:a|my|your|his|her|their|the|some)\s+)?(?:morning\s+)?(?:(?:cup|mug|glass)\s+of\s+)?(?:coffee|tea|(?:orange\s+)?juice)"
    r"|(?:dissolved|stirred|mixed)\s+in(?:to)?\s+(?:(?:a\s+)?(?:little|glass\s+of|half\s+a\s+glass\s+of)\s+)?(?:water|juice)"
    r"|swallowed\s+whole|chewed|as\s+a\s+(?:melt|wafer|dissolving\s+tablet)"
    # the tablet left to melt, no tongue named: "let one 8 mg tablet dissolve every six hours", "one 8 mg tablet, left
    # to dissolve slowly, four times a day"
    r"|(?:(?:left|allowed)\s+)?(?:to\s+)?(?:melt|dissolve|disintegrate)(?:s|d|ed|ing)?(?:\s+(?:away|slowly|fully|completely))?"
)
#: Words allowed between an amount and how often ("1,500 mg (three tablets) by mouth, every 6 hours",
#: "1,300 mg of regular Tylenol Extra Strength every 4 hours", "12 mg at each dose, up to four times in 24 hours").
#: The softgel forms of a unit taken by mouth: "SleepGels", "LiquiGels", "softgels", "gelcaps".
SOFTGELS = r"(?:(?:soft|liqui|liquid|sleep)-?gels?|gel-?caps?)"
#: A product named right after its amount, with no word for tablets: "54 mg Concerta every morning",
#: "10 mg Zyrtec at night", "20 mg Prozac daily", "Ritalin LA" (a capitalised name, a short capital suffix); or the
#: release form's suffix alone: "another 10 mg XL with his evening meal", "a 150 mg XR at night".
_PRODUCT_AFTER = r"(?-i:[A-Z][a-z][\w-]*(?![\w-])(?:\s+[A-Z]{2,3}(?![\w-]))?|(?:XL|XR|SR|CR|ER|LA|CD)(?![\w-]))"
#: Where tablets taken were kept or came from, between them and when they are taken: "from the drawer", "left over from
#: her old prescription", "out of the blister pack", "from Mum's bathroom cabinet".
_FROM_STORE = (
    r"(?:(?:left\s+over|kept|saved)\s+)?(?:from|out\s+of|in)\s+(?:the|my|your|his|her|their|our|an?|that|this|(?-i:[A-Z][a-z]+)['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:drawers?|cupboards?|cabinets?|bottles?|pack(?:et)?s?|box(?:es)?|strips?|blisters?(?:\s+packs?)?|tubs?"
    r"|jars?|stash|supply|prescriptions?|scripts?|bags?|pouch|shelf|organi[sz]ers?|dosette(?:\s+box)?|tins?)\b"
)
_LEAD = (
    r"^\s*,?\s*(?:\([^()]{0,40}\)\s*,?\s*)?"
    rf"(?:(?:taken|given|injected|by mouth|orally|{_MANNER}"
    rf"|(?:as a )?(?:{_NAME_WORD}\s+){{0,3}}?(?:tablet|tab|capsule|caplet|pill|chewable|wafer|bar|melt|lozenge|dose"
    rf"|top-?up|booster|{SOFTGELS}"
    # the tablet said as "one" before a part of the day: "a 50 mg one at night"
    r"|one(?=s?\s+(?:in|at|with|before|after|every|each|on|around|by|during|for)\b))s?"
    rf"|{_OF_NAME}|{_PRODUCT_AFTER}"
    r"|up\s+to|at\s+most|as\s+(?:needed|required)|(?:when|if)\s+needed"
    r"|(?:(?:at|with|for)\s+)?(?:each|every|a|one|per)\s+(?:single\s+)?(?:dose|time)"
    # where the tablets are kept or came from: "one of the old 5 mg tablets from the drawer with her supper", "a 10 mg
    # tablet left over from his last prescription at bedtime", "two of the 20 mg capsules out of the blister pack at night"
    rf"|{_FROM_STORE}"
    # taken together, then how often: "four of the 200 mg Advil at once, three times a day"
    r"|(?:all\s+)?(?:at\s+once|together|in\s+one\s+go))(?:\s*,)?\s*)*"
)
#: An amount in brackets after a tablet count, closed before how often: "2 tablets (100 mg) every 4 hours"
#: (the amount is the dose), "two tablets (50 mg each) every 4 hours" (the amount is one tablet's).
_CLOSED_LEAD = re.compile(r"\s*(?P<each>(?:each|apiece|per\s+(?:tablet|capsule|pill|caplet))\s*)?\)", re.IGNORECASE)
_DAY = (
    r"(?:a|per|each|every)\s+day|daily|/\s*day|/\s*d\b|in\s+(?:one|a|1|any\s+one)\s+day"
    r"|(?:in|within|per)\s+(?:any\s+)?(?:24|twenty-four)\s+hours|(?:in|over)?\s*(?:a|any)\s+24[- ]hour\s+period"
    r"|(?:spread\s+|split\s+|taken\s+)?(?:over|across|through(?:out)?)\s+(?:the|a|one)\s+(?:whole\s+|same\s+|single\s+)?day"
)
#: "three times a day", "twice daily", "one time in the day" (not "in the day" alone: the daytime).
_TIMES = re.compile(
    rf"{_LEAD}(?P<n>\d+|once|twice|thrice|one|two|three|four|five|six)(?:\s+times?)?\s*(?:{_DAY}|in\s+(?:the|a)\s+day)", re.IGNORECASE
)
_HOURS = r"\d+|one|two|three|four|five|six|eight|twelve|twenty-four"
_EVERY = re.compile(rf"{_LEAD}(?:every|each)\s+(?P<h>{_HOURS})(?:\s*(?:-|to|or)\s*(?P<h2>{_HOURS}))?\s+hours?", re.IGNORECASE)
_DAILY = re.compile(rf"{_LEAD}(?:{_DAY})", re.IGNORECASE)
#: Every day, said of a dose: "20 mg, every day", "daily" (not "a day": a total).
_EVERY_DAY = re.compile(rf"{_LEAD}(?:(?:every|each)\s+(?:single\s+)?day|daily)\b", re.IGNORECASE)
_WEEKLY = re.compile(r"^\s*(?:(?:once\s+)?(?:a|per|each|every)\s+week|once[- ]weekly|weekly)\b", re.IGNORECASE)
#: Once a day at a time of day ("10 mg each morning", "every night", "nightly"): a daily schedule
#: that does not make the amount a daily total (read only for weekly-only drugs).
_EACH_DAYTIME = re.compile(rf"{_LEAD}(?:(?:every|each)\s+(?:morning|evening|night|bedtime)|nightly)\b", re.IGNORECASE)
#: A tablet or injection of the amount taken on a daily schedule later in its sentence: "a 90 mg
#: capsule, and you take one each morning", "a 7.5 mg tablet that you swallow every day", "on 1 mg and
#: she make the injection every morning", "gives herself the jab each night", "uses the pen daily"
#: (read only for weekly-only drugs); said in the passive or of no one ("The 90mg capsule is taken once a
#: day", "should be swallowed every morning", "people take the 90 mg one every day").
_TAKEN_EACH_DAY = re.compile(
    r"^(?:\s+ones?(?=\s)|[^.;]{0,40}?\b(?:tak(?:e|es|ing|en)|took|swallow(?:s|ed|ing)?|inject(?:s|ed|ing)?|jabs?|us(?:e|es|ed|ing)|do(?:es|ing)?|did"
    r"|mak(?:e|es|ing)|made|giv(?:e|es|ing|en)|gave|ha(?:s|ve|d|ving)))\s+"
    r"(?:(?:one|it|them|(?:her|him|my|your|them)sel(?:f|ves)|(?:a|one|the|her|his|my|your|their)\s+"
    r"(?:capsule|tablet|pill|injection|shot|jab|pen|dose))\s+){0,2}"
    r"(?:(?:every|each)\s+(?:single\s+)?(?:morning|evening|night|bedtime|day)|everyday|nightly|daily|once\s+a\s+day"
    r"|(?:once|one\s+time)\s+(?:a|per|in\s+the|every)\s+day)\b",
    re.IGNORECASE,
)
#: "10/325", "10 mg/325 mg", "7.5/325 mg" (not dates: amounts only, and a slash between them).
_COMBINATION = re.compile(
    r"(?<![\w./])(?P<a>\d{1,3}(?:\.\d+)?)\s*(?:mg)?\s*/\s*(?P<b>\d{2,4}(?:\.\d+)?)(?:['’]?s\b)?\s*(?:mg)?\b(?:\s+(?:tablets?|capsules?|pills?))?(?![/\d])",
    re.IGNORECASE,
)
#: ... or each amount written with its component's name: "10 mg hydrocodone with 325 mg acetaminophen", "7.5 mg of
#: hydrocodone and 325 mg of paracetamol", "hydrocodone bitartrate 10 mg / acetaminophen 325 mg" (``x``, ``y``: the names,
#: which the check matches to the product's components; not "10 mg of one and 325 mg of the other").
_SALT = r"(?:\s+(?:bitartrate|hydrochloride|hcl|sodium|potassium|sulfate|phosphate))?"
_JOINED = r"\s*(?:,|/|\+|\band\b|\bwith\b|\bplus\b)\s*"
_COMBINATION_NAMED = (
    re.compile(
        rf"(?<![\w.])(?P<a>\d{{1,4}}(?:\.\d+)?)\s*(?:mg|milligrams?)\s+(?:of\s+)?(?P<x>[a-z][\w-]*){_SALT}{_JOINED}"
        rf"(?P<b>\d{{1,4}}(?:\.\d+)?)\s*(?:mg|milligrams?)\s+(?:of\s+)?(?P<y>[a-z][\w-]*)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<x>[a-z][\w-]*){_SALT}\s+(?P<a>\d{{1,4}}(?:\.\d+)?)\s*(?:mg|milligrams?){_JOINED}"
        rf"(?P<y>[a-z][\w-]*){_SALT}\s+(?P<b>\d{{1,4}}(?:\.\d+)?)\s*(?:mg|milligrams?)\b",
        re.IGNORECASE,
    ),
)
_NUMBER_WORD = r"\d+|one|two|three|four|five|six"
#: ... a count of combination tablets, up to a day's worth ("eight 10/325 tablets a day").
_COMBINATION_COUNT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: ... counted as some of a supply: "two of the 10/325 tablets", "one or two of his Norco 10/325", "a couple
#: of my 5/325s" (``couple``: two).
_COUNT_BEFORE = re.compile(
    rf"(?:\b(?P<n>{_COMBINATION_COUNT})(?:\s+or\s+(?P<n2>{_COMBINATION_COUNT}))?|\b(?P<couple>a\s+(?:couple|pair))(?=\s+of\b))\s+"
    r"(?:of\s+(?:the|my|your|his|her|their|those|these|our)\s+)?(?:[A-Z][\w-]*\s+)?(?:tablets?\s+of\s+(?:[A-Z][\w-]*\s+)?)?$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(rf"\s*,?\s*(?P<n>{_COMBINATION_COUNT})\s+(?:tablets?|pills?|capsules?)\b", re.IGNORECASE)
#: A tablet count before a strength: "50 baclofen 10 mg tablets", "two 10 mg tablets",
#: "3 tablets of baclofen 10 mg" (not "5 and 10 mg tablets": no joining word between);
#: the tablets named after the strength, past a product's name ("two 220 mg naproxen sodium tablets").
#: ("a 2 mg bar": the scored tablet of alprazolam by its street name)
_TABLETS = rf"(?:tablets?|tabs?|capsules?|pills?|caplets?|chewables?|wafers?|bars?|{SOFTGELS})"
_TABLETS_AFTER = re.compile(rf"\s*(?:{_NAME_WORD}\s+){{0,3}}{_TABLETS}\b", re.IGNORECASE)
#: ("a last pair at bedtime", "a final couple before bed": the day's last, two all the same)
_COUPLE = r"a\s+(?:(?:last|final)\s+)?(?:couple|pair)(?:\s+of)?"
#: Single-dose injection pens or syringes counted at a strength, as tablets are: "two of the 10 mg pens every Sunday",
#: "three 2.5 mg pens at once" (a dose of the pens' total).
_PENS_AFTER = re.compile(rf"\s*(?:{_NAME_WORD}\s+){{0,2}}(?:pens?|(?:pre-?filled\s+)?syringes?)\b", re.IGNORECASE)
#: A word describing the tablets between a count and their strength ("two little white 5 mg tablets"): not a verb of
#: taking or another count, which start a clause of their own ("Children aged 6 to 14 take one 5 mg chewable tablet":
#: one tablet, not fourteen).
_DESCRIBING = (
    rf"(?!(?:and|or|to|by|x|of|in|from|between|than|mg|mcg|g|take|takes|took|taking|have|has|had|having|get|gets|got|use|uses|used"
    rf"|give|gives|gave|given|need|needs|swallow|swallows|chew|chews|{_NUMBER_WORDS})\b)[a-z][\w-]*\s+"
)
#: ... a count with a half tablet more: "one and a half of the 20 mg tablets", "1 and a half 10 mg tabs", "2-and-a-half of
#: his 5 mg tablets".
_AND_A_HALF = r"(?:[ \t]+and[ \t]+a[ \t]+half|-and-a-half)"
_DOSE_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<n>(?:\d{{1,3}}|{_SPELLED}|{_COUPLE}){_AND_A_HALF}?)\s+(?:{_TABLETS}\s+of\s+|of\s+(?:the|these|those|your|my|his|her|our|their|its)\s+"
    # a share of them told by two colours or looks: "five of the green and cream 20 mg capsules"
    rf"(?:{_DESCRIBING}(?:and|&)\s+(?={_DESCRIBING}))?)?(?:{_DESCRIBING}){{0,2}}$",
    re.IGNORECASE,
)
#: The words between a tablet count and an amount that make it the tablets' total, not each one's: "Eight tablets contain
#: 2,600 mg", "six caplets hold 3,000 mg", "two of these give you 1,000 mg", "three tablets add up to 75 mg", "four tablets is
#: 2,000 mg" (not "two tablets are 500 mg each": see :data:`_EACH_AFTER`); after tablets counted at a strength, the total
#: said next: "Six 200 mg tablets add up to 1,200 mg", "ten of the 325 mg tablets come to 3,250 mg" (a total, not a dose
#: taken at once).
_TOTALS = (
    r"(?:contain(?:s|ed)?|hold(?:s)?|held|ha(?:s|ve|d)|giv(?:e|es|en)|gave|provid(?:e|es|ed)|deliver(?:s|ed)?|mak(?:e|es)|made"
    r"|total(?:s|led|ed)?|equal(?:s|led|ed)?|is|are|was|were|(?:add(?:s|ed)?|come(?:s)?|came|amount(?:s|ed)?|work(?:s|ed)?\s+out)\s+(?:up\s+)?to)"
    r"(?:\s+(?:you|about|around|roughly|nearly|almost|just|only|over|in\s+total|together|between\s+them|a\s+total\s+of))*"
)
_TOTAL_OF_COUNT = re.compile(rf"\b{_TOTALS}\s*$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(rf"\s*(?:{_NAME_WORD}\s+){{0,3}}(?:{_TABLETS}\s+)?{_TOTALS}\s+(?:{_NUM})\s*(?:{_UNIT})\b", re.IGNORECASE)
_EACH_AFTER = re.compile(
    r"\s*(?:of\s+[\w-]+\s+)?(?:each|apiece|a\s+(?:tablet|capsule|caplet|pill)|per\s+(?:tablet|capsule|caplet|pill))\b", re.IGNORECASE
)
#: A count written as a multiplication before the strength: "2 x 20 mg", "2×500mg", "take 3 X 1 g".
_TIMES_SIGN_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})\s*[x×]\s*$", re.IGNORECASE)
#: Words of a pack size before a tablet count ("a bottle of 100 tablets of 50 mg", "the box holds 30",
#: "Inside were twenty 5 mg oxycodone tablets", "he was sent home with thirty"), or its price ("$9.87 for 90 tablets",
#: "thirty-eight bucks for 90 of the 5 mg", "12 dollars gets you 30").
_PACK_BEFORE = re.compile(
    r"(?:\b(?:packs?|packets?|box(?:es)?|bottles?|blisters?|strips?|cartons?|containers?|jars?|supply|refills?|prescriptions?"
    r"|holds?|contains?|comes?\s+in|sold\s+in|inside|there\s+(?:were|are|was)|dispensed|supplied|came\s+with|sent\s+home\s+with|received"
    # bought or paid for: "I paid $9.80 for 30 tablets of the 10 mg", "we ordered 90 of the 300 mg"
    r"|bought|buy|buys|buying|ordered|order|orders|purchased?|purchasing|(?:paid|pay|pays|paying|spent|spend|charged?)\b(?:[^.;!?]|\.\d){0,30}?\bfor"
    # collected or handed over: "Repeat prescription collected: 28 tablets of 40 mg", "picked up 56 capsules of 20 mg"
    r"|collect(?:s|ed|ing)?|picked\s+up|pick(?:s|ing)?\s+up|fetched|handed\s+(?:over|out)|issued|arrived)\b"
    r"|(?:[$£€]\s?\d[\d.,]*|(?:\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s+(?:dollars|bucks|quid|pounds|euros))\s+(?:for|buys?|gets?\s+you))"
    # ... the tablets someone's: "I paid $18 for Dev's 30 tablets of the 15 mg", "we bought her 60 of the 10 mg"; the pack
    # named and then its contents after a colon or a dash ("The new box: 28 tablets of 40 mg")
    r"(?:\s+(?:of|with|has|have|holds?|contains?|were|was|are))?(?:\s+(?:(?-i:[A-Z][a-z]+)['’]s|his|her|my|your|our|their|him|me|us|them))?"
    r"(?:\s*(?:today|this\s+(?:morning|afternoon|week)|yesterday))?\s*[:–—-]?\s*$",
    re.IGNORECASE,
)
#: A sum of money, in figures or words, past a hedge or two: "$9.87", "about nine dollars", "just under six bucks", "less
#: than ten quid".
_SUM = (
    r"(?:(?:about|around|roughly|only|just|under|over|barely|less\s+than|a\s+little\s+(?:over|under))\s+){0,2}"
    rf"(?:[$£€]\s?\d|(?:\d[\d.,]*|{_SPELLED}|a\s+few|a\s+couple(?:\s+of)?)\s*(?:dollars|bucks|pounds|quid|euros)\b)"
)
#: A price after an amount and its tablets: "for $12", "cost me $4", "come to $9.87", "sell for £3", "works out at
#: $4", "- $4".
_PRICE = (
    r"(?:for|at|costs?|costing|cost\s+(?:me|you|us|him|her|them)|sets?\s+(?:you|me|us|him|her|them)\s+back|(?:runs?|ran)(?:\s+(?:you|me|us|him|her|them))?"
    r"|(?:come|comes|came|coming)\s+(?:in\s+)?(?:to|at|under)|(?:sell|sells|sold|go|goes|went|retails?|retailing|lists?|(?:is|are)\s+listed"
    r"|listed|(?:is|are)\s+priced|priced)\s+(?:for|at)|works?\s+out\s+(?:at|to)|adds?\s+up\s+to|totals?|total(?:l)?ing|[:=–—-])\s*"
    rf"{_SUM}"
)
#: After a tablet count and its strength, a price or a span of weeks: a purchase or a supply, not a dose
#: ("90 capsules of the 300 mg for $12", "30 tablets of the 10 mg cost me $4", "30 tablets of the 10 mg over a month"),
#: past a few words naming the product or where it was bought ("30 tablets of the 15 mg generic came to $18.70", "60 of
#: the 20 mg Teva capsules at Costco were $9", "90 of the 10 mg from the online pharmacy ran me $30"; not "two of the
#: 15 mg tablets each morning at $1 a tablet": "each" is no name).
_SUPPLY_AFTER = re.compile(
    rf"\s*(?:{_NAME_WORD}\s+){{0,3}}(?:(?:at|from)\s+(?:the\s+|an?\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:{_NAME_WORD}\s+){{1,3}})?"
    rf"(?:{_PRICE}|(?:is|are|was|were)\s+{_SUM}"
    r"|(?:over|across|during|throughout|in)\s+(?:the\s+course\s+of\s+)?(?:a|one|two|three|four|six|\d{1,2})\s+(?:weeks?|months?|fortnights?)\b)",
    re.IGNORECASE,
)
#: ... a price alone: an amount with no schedule is then the strength of a pack sold ("a 30-day pack of 20 mg tablets
#: costs $12"), not a dose.
_PRICED_AFTER = re.compile(rf"\s*(?:{_TABLETS}\s+)?{_PRICE}", re.IGNORECASE)
#: ... or the size of a pack, its containers after it: "Minoxidil 5% foam 60 g x 3 cans" (holdout307 js05), "the 100 ml
#: bottle", "a 30g tube", "2 x 60 ml bottles": an amount of the product in its container, not a dose.
_PACK_SIZE_AFTER = re.compile(
    r"\s*(?:[x×]\s*\d{1,3}\s*)?(?:(?:aerosol|pump|spray|squeeze|plastic|glass)\s+)?(?:cans?|bottles?|tubes?|tubs?|jars?|pots?|canisters?)\b",
    re.IGNORECASE,
)
_PER_DOSE_AFTER = re.compile(
    rf"^\s*(?:{_OF_NAME}\s+)?(?:(?:per|each|a|one|single)\s+dose|at\s+(?:a|one)\s+time|at\s+once)\b", re.IGNORECASE
)
_PER_DOSE_BEFORE = re.compile(r"\b(?:(?:a|one|single|each|per)\s+dose\s+of|at\s+(?:a|one)\s+time)\s*$", re.IGNORECASE)
_BRACKET_COUNT = re.compile(rf"(?<![\w.,])(?P<n>\d{{1,2}}|{_SPELLED})\s+{_TABLETS}\s*\($", re.IGNORECASE)
_START = re.compile(
    r"\b(?:start(?:s|ing|ed)?\s+(?:[\w-]+\s+){0,2}?(?:at|with|on|by taking)|starting\s+(?:dose|dosage|amount)"
    r"|initial(?:ly)?(?:\s+(?:dose|dosage))?|"
    r"begin(?:s|ning)?\s+(?:at|with)|first\s+dose|to\s+start|(?:start(?:s|ing|ed)?|just\s+starting)\s+out|new\s+to\s+(?:it|the\s+(?:drug|medicine|tablets?))"
    r"|(?:go(?:es|ing)?|went|jump(?:s|ed|ing)?)\s+straight\s+to)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


#: A repeat of a dose the same day or night: "a second 10 mg tab an hour later", "another
#: 10 mg if you wake up", "an extra 5 mg dose" (the day's total is at least twice the amount), "some prescribers
#: add a 20 mg capsule at lunchtime" (added to the day's dose). "another half a tab (5 mg)": a part of a tablet, its
#: amount in brackets; a part of a tablet of the amount (``part``): "half of another 10 mg tablet", "another half of a
#: 10 mg tablet", "a quarter of a second 20 mg tablet" (on top of a whole one).
_REPEAT_BEFORE = re.compile(
    r"\b(?:(?P<part_first>half|a\s+quarter)\s+(?:of\s+)?(?=an|a\s+(?:second|further)|one))?"
    r"(?:a\s+second|another|an\s+extra|an\s+additional|a\s+further|one\s+more|an?\s+(?:top-?up|booster)(?:\s+dose)?\s+of"
    r"|add(?:s|ed|ing)?\s+(?:in\s+|on\s+)?(?:a|an|one)"
    # ... one of the tablets called by their strength: "lets me add one of the 20 mg chewables after lunch"
    r"(?:\s+of\s+(?:the|my|his|her|their|your|those|these|our)(?:\s+(?:leftover|spare|old|extra|other|usual)){0,2})?)\s+"
    rf"(?:(?:half|a\s+quarter)[\s-]+(?:of\s+)?(?:an?\s+)?{_TABLETS}\s*\(\s*|(?P<part>half|a\s+quarter)\s+(?:of\s+)?(?:an?\s+|one\s+)?)?$",
    re.IGNORECASE,
)
#: A dose taken doubled: "double up on your usual 10 mg tablet", "take a double dose of your 10 mg tablet",
#: "twice your usual 20 mg", "double your 10 mg dose" (not "double the dose to 20 mg": the amount after).
_DOUBLED_BEFORE = re.compile(
    r"\b(?:doubl(?:e|es|ed|ing)(?:\s+up)?(?:\s+(?:on|with))?|(?:a\s+)?double\s+(?:dose|helping|amount)\s+of|twice|two\s+times)\s+"
    r"(?:(?:the|your|my|his|her|their|one|a)\s+)?(?:(?:usual|normal|regular|prescribed|standard|one|single)\s+){0,2}$",
    re.IGNORECASE,
)
#: A dose taken on top of the day's, named so after the amount: "a 10 mg top-up at 6pm", "a 5 mg booster".
#: ... or "on top", with nothing after it is on top of: "I take one of my leftover 40 mg capsules on top" (not "on top of":
#: what it is added to follows, see ``_on_top_of_one``).
_TOP_UP_AFTER = re.compile(rf"\s*(?:top-?up|booster|(?:{_TABLETS}\s+)?on\s+top(?!\s+of\b|\w))\b", re.IGNORECASE)
#: ... or doubled in the words after it: "10 mg once a day; on bad days double it", "then double up",
#: "you can take two at once".
_DOUBLED_AFTER = re.compile(
    r"\bdoubl(?:e|ing)\s+(?:it|that|this|the\s+(?:dose|amount)|up)\b(?!\s+(?:to|from)\b)"
    r"|\b(?:take|takes|taking|have|pop|swallow)\s+two(?:\s+(?:tablets|pills|capsules|tabs|doses|of\s+them))?"
    r"\s+(?:at\s+once|together|at\s+the\s+same\s+time|in\s+one\s+go)\b",
    re.IGNORECASE,
)
#: A condition set before the doubling, whose own negation does not forbid it: "If it isn't working
#: after a week, just double it".
_CONDITION_CLAUSE = re.compile(r"\b(?:if|when|once)\b[^,;:.!?]*[,;:]", re.IGNORECASE)


#: A doubling said after it to do no good or to be unsafe, the doubling its subject: "Doubling up does not make it work better",
#: "doubling the dose won't help", "Doubling up on your 20 mg tablet isn't safe", "taking two at once is a bad idea" (not "double it
#: on days you can't sleep": an order, the doubling no subject).
_DOUBLING_REFUSED = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:(?:(?:does|do|will|would|is|can|could)\s+not|doesn['’]t|won['’]t|isn['’]t|can['’]t|cannot|wouldn['’]t"
    # (not a harm denied: "Doubling it won't hurt", "isn't dangerous")
    r"|never)(?!\s+(?:(?:really|usually|do\s+any)\s+)?(?:hurt|harm|matter|cause|dangerous|harmful|risky|unsafe|bad|a\s+problem|an\s+issue)\b)"
    r"|(?:is|are|['’]s|can\s+be|could\s+be)\s+(?:(?:a|an|really|very|just|actually|quite)\s+){0,2}"
    r"(?:bad|dangerous|risky|unsafe|harmful|pointless|useless|no\s+(?:good|use|help)))\b",
    re.IGNORECASE,
)
#: The doubling told as a subject: "Doubling ...", "Taking two at once ...", "Taking a double dose ...".
_DOUBLING_SUBJECT = re.compile(r"(?:doubling|taking|having|popping|swallowing)\b", re.IGNORECASE)
_DOUBLING_SUBJECT_BEFORE = re.compile(r"\b(?:taking|having|popping|swallowing)\s+$", re.IGNORECASE)


def _doubling_refused(text: str, start: int, end: int) -> bool:
    """Is the doubling at ``start`` in ``text``, its words ending at ``end``, said to do no good or to be unsafe ("Doubling up
    does not make it work better")?"""
    subject = _DOUBLING_SUBJECT.match(text, start) or _DOUBLING_SUBJECT_BEFORE.search(text, max(0, start - 12), start)
    return bool(subject and _DOUBLING_REFUSED.match(text, end))


def doubled_in(text: str) -> bool:
    """Does ``text`` (the words after a dose, or the next sentence) take the dose doubled ("on bad days
    double it", "If it isn't working after a week, just double it", "you can take two at once"), not
    forbidden before it ("never double the dose", "do not take two at once") nor said after it to do no good
    ("Doubling up does not make it work better")?"""
    return any(
        not _NOT_BEFORE.search(_CONDITION_CLAUSE.sub(" ", text[: m.start()])) and not _doubling_refused(text, m.start(), m.end())
        for m in _DOUBLED_AFTER.finditer(text)
    )


#: ... unless it is the next day's dose ("another 10 mg the next night").
_NEXT_DAY_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:tomorrow|the\s+(?:next|following)\s+(?:day|night|morning|evening)|next\s+(?:day|night|morning))\b", re.IGNORECASE
)


#: The dose taken again later the same day, in the words after it (the rest of its sentence or
#: the next sentence): "four more 12 hours later", "another two at bedtime", "repeat the dose
#: after 12 hours", "the same again that evening", "a second dose before bed". ``n``: tablets more.
#: Taken together with the tablet before, as one dose: "swallow 2 together", "two at once", "in one go",
#: "a second one straight away", "in one hit".
TOGETHER = (
    r"(?:all\s+)?(?:together|at\s+once|at\s+(?:a|one)\s+time|in\s+one\s+(?:go|dose|hit)|at\s+the\s+same\s+time(?!\s+(?:each|every|of)\b)"
    r"|(?:straight|right)\s+away|immediately)\b"
)
#: Days of a kind, named with "on" and words of its own: "on long office days", "on physio days", "on school days"
#: (the same day's doses; not "on other days", "on alternate days", "on the following days": other days).
#: (or weeks of a kind, their days so: "and on release weeks when I'm here till 9, half of one more at 6": holdout233 gw09; not a
#: number of them: "on two weeks")
_DAYS_OF_A_KIND = (
    r"\bon\s+(?:(?!(?:other|alternate|alternating|different|separate|following|next|later|off)\b|\d)[\w-]+\s+){1,3}?"
    r"(?:days\b|(?<!\btwo\s)(?<!\bfew\s)weeks\b)"
    # ... or "in" days or weeks of a kind: "and in the last busy fitting weeks add half a tablet after lunch" (holdout283 iu05; not
    # "in the next two weeks", "in the following days", "in the days after")
    r"|\b(?:in|during|over|through(?:out)?)\s+(?:the|those|these)\s+(?:(?!(?:other|alternate|alternating|different|separate"
    r"|following|next|later|off|coming|past|previous|few|two|three|four|\d)\b)[\w-]+\s+){1,3}?(?:days|weeks)\b"
    r"(?!\s+(?:later|after|apart|ago)\b)"
)
_REPEAT_WHEN = (
    # the tablets named before said "of them": "and one more of them with supper"
    rf"(?:\s+{_TABLETS}|\s+of\s+(?:them|those|these))?(?=\s*(?:[,.;:!)]|$|\d|{_DAYS_OF_A_KIND}|(?:(?:right|just)\s+(?=(?:before|after|at|with)\b))?(?:later|at|in|after|before|that|this|tonight|if|whenever|when|around|about|by|with|once|so|but|then"
    r"|and(?!\s+a\s+half)"
    # a moment of the day told by what one does: "and a third as she clocks off at dawn"
    r"|as\s+(?:soon\s+as\s+)?(?:i|you|he|she|they|we)"
    # taken out of the pack: "I'd swallow a second one from the bottle" (not "another from the same class")
    r"|from\s+(?:the|my|your|his|her|their|a)\s+(?:same\s+)?(?:bottle|pack(?:et)?|box|strip|blister(?:\s+pack)?|tub|jar|stash|supply)"
    r"|mid-?(?:morning|day|afternoon|evening)|midday|noon|lunchtime|teatime|dinnertime|suppertime|bedtime)\b"
    # some hours later: "another one a few hours later", "a couple of hours after", "two or three hours on"
    rf"|(?:(?:a\s+)?few|a\s+couple(?:\s+of)?|several|[a-z]+(?:\s+(?:to|or)\s+[a-z]+)?)\s+(?:more\s+)?hours?\b|{TOGETHER}))"
)
#: A later part of the same day, right after "another" or "a second" with nothing between: "and another at
#: night", "a second with dinner", "another before bed", "another before sleep", "another around 4pm", "another a
#: few hours later", "a second when I come in from the plot".
_LATER_TODAY = (
    r"\s+(?:(?:at|in|before|after|with|around|about|by|during|over|near)\s+(?:the\s+|your\s+|his\s+|her\s+|my\s+|their\s+)?"
    # a part of the day told by its middle or end: "one in the middle of the afternoon", "another at the end of the evening"
    r"(?:(?:middle|end)\s+of\s+(?:the\s+)?)?"
    r"(?:mornings?|afternoons?|evenings?|nights?|bed(?:time)?|sleep(?:ing)?|going\s+to\s+(?:bed|sleep)|lunch(?:time)?|dinner(?:time)?|supper(?:time)?|tea(?:time)?|midday|noon"
    r"|night-?time|lights[- ]out|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)"
    # a clock time told in words: "at half past three", "at a quarter to four"
    r"|(?:half|a\s+quarter)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"|(?:later|bedtime|lunchtime|teatime|dinnertime|suppertime|midday|noon|tonight|that\s+(?:evening|night|afternoon))"
    # the middle of a later part of the day, no word before it: "one mid-afternoon", "another midevening"
    r"|mid-?\s?(?:morning|day|afternoon|evening)"
    r"|(?:an?|a\s+few|some|\d+|[a-z]+)\s+hours?\s+later"
    # coming in or home later that day: "a second when I come in from the plot", "another once she gets home from school"
    r"|(?:when|once|as\s+soon\s+as)\s+(?:I|you|we|they|he|she)(?:\s+(?:come|comes|get|gets|arrive|arrives|walk|walks)|['’](?:s|re|m))"
    r"\s+(?:in|home|back)"
    # woken in the night by what it treats: "another when the pain woke me at three" (holdout250 hn05), "whenever the cough wakes
    # him"; or before or after something one does later that day: "he takes another before climbing the tower" (holdout250 hn10;
    # not before starting or stopping something, seeing someone or taking another medicine)
    r"|(?:when(?:ever)?|if)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|your\s+)?(?:[a-z]+\s+){0,2}?(?:woke|wakes|wake)\s+"
    r"(?:me|him|her|them|you|us)\b"
    r"|(?:before|after)\s+(?!(?:starting|stopping|seeing|talking|speaking|asking|checking|taking|trying|using|getting|having|being"
    r"|driving|drinking|eating)\b)[a-z]{2,20}ing"
    # ... or something done later that day told by its noun: "plus another before the first pitch on game days" (holdout271 ii09),
    # "a second after the match", "another before warm-up", "one more before the late shift"
    r"|(?:before|after)\s+(?:(?:the|my|his|her|their|your|our|each|every)\s+)?"
    r"(?:(?:first|opening|big|late|early|night|evening|afternoon|morning|day['’]s|night['’]s)\s+)?"
    r"(?:game|match|pitch|kick-?off|tee-?off|practice|training|warm-?up|workout|gym|shift|gig|show|concert|race|ride|hike|swim"
    r"|class|rehearsal|performance|service|round|bout|session|set|innings?|event)s?)\b"
)
#: The nth dose that day, after "another" at a later part of it, in its clause list: "..., another with lunch and the third
#: with dinner", "a second at noon, then a third one at bedtime".
_NTH_LATER = re.compile(
    rf"{_LATER_TODAY}[^.;!?]{{0,40}}?(?:,|\band\b|\bthen\b)\s*(?:then\s+)?(?:a|the)\s+(?P<nth>third|fourth|fifth|sixth)"
    rf"(?:\s+(?:one|dose|{_TABLETS}))?(?={_LATER_TODAY})",
    re.IGNORECASE,
)
_REPEAT = re.compile(
    rf"\b(?:(?<![\d.,])(?P<n>\d{{1,2}}(?![.,]?\d)|{_SPELLED})\s+more{_REPEAT_WHEN}|another\s+(?P<another>\d{{1,4}}(?:\.\d+)?(?![.,]?\d)|{_SPELLED}){_REPEAT_WHEN}"
    # half a tablet more at another time: "plus half of one at night", "and another half-tablet at bedtime", "and
    # half of another one at bedtime"
    # ... or added: "and in the last busy weeks add half a tablet after lunch" (holdout283 iu05)
    rf"|(?:plus|and|then|with|add(?:s|ed|ing)?(?:\s+(?:in|on))?)\s+(?:another\s+|an\s+extra\s+)?(?P<half>half)(?:[\s-]+(?:of\s+)?(?:one|it|another|an?|(?:an?\s+)?{_TABLETS}))*{_REPEAT_WHEN}"
    # ... said "more" after it, past a condition: "and if hunger comes back, half a tablet more before 2 pm"
    rf"|\b(?:a\s+)?(?P<half_more>half)[\s-]+(?:of\s+)?(?:an?\s+)?(?:one|tab|{_TABLETS})\s+(?:more|extra){_REPEAT_WHEN}"
    # ... told by splitting a tablet: "she breaks another in half and takes that", "snaps a second one in two", "the other
    # half of a split tablet around 2 pm", "the second half of the tablet"
    rf"|\b(?P<split>(?:break|breaks|broke|breaking|split|splits|splitting|cut|cuts|cutting|snap|snaps|snapped|snapping)\s+"
    rf"(?:another|a\s+second)(?:\s+(?:one|tab|{_TABLETS}))?\s+in\s+(?:half|two)){_REPEAT_WHEN}"
    rf"|\b(?P<other_half>the\s+(?:other|second|remaining)\s+half)"
    rf"(?:\s+of\s+(?:an?|the|that|this|her|his|my|your|their)\s+(?:split\s+|halved\s+)?(?:one|tab|{_TABLETS}))?{_REPEAT_WHEN}"
    r"|repeat(?:s|ed)?\s+(?:(?:the|that|this|your)\s+(?:same\s+)?dose|it|this|that|once)\b"
    r"|(?:the\s+same(?:\s+(?:dose|amount))?|as\s+much)\s+again\b|(?:a\s+second|another)\s+dose\b"
    # the same dose again at a later part of the day, no word for it: "one 10 mg tablet on waking and another before bed"
    # ... or a tablet added at it: "and on long days I add a tablet after lunch"
    rf"|(?P<later>a\s+second|another|add(?:s|ed|ing)?\s+(?:in\s+)?(?:a|one)\s+(?:tab|{_TABLETS}))(?={_LATER_TODAY})"
    # one tablet more told as the day's last, at a later part of it: "..., one more after lunch, and the last one at half
    # past three", "and the final tablet at bedtime"; or a count of them: "and a last three at bedtime", "the final two
    # tablets before bed"
    rf"|(?P<last>(?:the|a)\s+(?:last|final)(?:\s+(?P<last_n>two|three|four|[2-4])(?![\w.,]))?(?:\s+one|\s+{_TABLETS})?)(?={_LATER_TODAY})"
    # the same count again at a later part of the day, the strength not said again: "two 25 mg tablets with
    # breakfast and two with supper", "one 500 mg tablet in the morning, then one at night"
    rf"|(?:\band|,)\s+(?:then\s+)?(?P<again>\d{{1,2}}|{_SPELLED})(?:\s+{_TABLETS})?(?={_LATER_TODAY})"
    # once more after some hours: "repeat after two hours if the migraine comes back", "can be repeated in 2 hours"
    r"|repeat(?:s|ed)?(?=\s+(?:(?:once|one\s+more\s+time)\s+)?(?:after|in)\s+(?:at\s+least\s+)?(?:an?|\d+|[a-z]+)(?:\s+(?:to|or)\s+\w+)?\s+hours?\b)"
    # taken again only on a schedule said after it: "Repeat every 4 hours", "can be repeated up to 4 times a day",
    # "you may take them again every four hours" ("a repeat prescription" is no dose)
    r"|(?P<bare>repeat(?:s|ed|ing)?(?!\s+(?:prescriptions?|scripts?|tests?|blood|scans?)\b)"
    r"|(?:take|have|use|give|swallow)\s+(?:it|this|that|them|these|those)\s+again)\b)",
    re.IGNORECASE,
)
#: How often a dose is taken again, said after the repeat: "every four hours" (6 a day), "up to six
#: times a day", "no more than 4 doses in 24 hours"; doses a day a ``times`` count gives govern.
_SCHEDULE = re.compile(
    rf"\b(?:(?:every|each)\s+(?P<h>{_HOURS})(?:\s*(?:-|to|or)\s*(?P<h2>{_HOURS}))?\s+hours?"
    rf"|(?P<n>\d{{1,2}}|once|twice|thrice|{_SPELLED})\s+(?:times?|doses?)\s*(?:{_DAY}|in\s+(?:the|a)\s+day))",
    re.IGNORECASE,
)
#: Days of a kind, not another day ("on her worst days", "bad days", "most days", "every day"), nor a day's
#: rate ("250 a day", "300 mg a day", "twice a day", "per day", "mg/day"), nor a bare span of the past ("my readings
#: are the best they have been in years", "I had not slept like that for weeks"), unless a lapse follows ("two bad days
#: later", "a day later").
_SOME_DAYS = (
    r"(?:(?=\w+\s+(?:later|after|apart)\b)|"
    + "".join(
        rf"(?<!\b{word}\s)"
        for word in "worst worse bad busy rough tough hard heavy good some most those migraine flare all whole same every each per".split()
    )
    + "".join(rf"(?<!{rate}\sa\s)" for rate in (r"\d", "mg", "once", "twice", "times", "tablets", "doses"))
    # nor a span of the past with no number, said of how things have gone: "the best they have been in years", "for months"
    + r"(?<!\bin\s)(?<!\bfor\s)"
    # nor a holiday named by the year: "every day between Christmas and New Year's" (holdout271 ii03)
    + r"(?<!\bnew\s)"
    + "(?<!/))"
)
#: ... unless it is another day's dose ("four more the next day", "another two a week later",
#: "wait 24 hours before another dose") or said not to be taken ("do not take a second dose").
OTHER_DAY = re.compile(
    r"\b(?:tomorrow|(?:next|following)\s+(?:day|night|morning|evening|week|month)"
    # (not days of a kind: "a third before bed on her worst days", "on bad days", "most days")
    rf"|{_SOME_DAYS}(?:days?|weeks?|months?|years?)\b"
    # one day of the week told between two doses: "On Monday morning she took ... and on Tuesday night ..." (not days of
    # the week of a kind: "my usual 10 mg at bedtime, and on Saturdays another one")
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:24|twenty-four)\s+hours)",
    re.IGNORECASE,
)
_DAYS_OF_A_KIND_RE = re.compile(_DAYS_OF_A_KIND, re.IGNORECASE)


def other_day(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` name another day than the dose's (``OTHER_DAY``), past days of a kind said with "on"
    ("an extra one on physio days", "and on long office days I add ...": that day's doses)?"""
    part = _DAYS_OF_A_KIND_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    return OTHER_DAY.search(part) is not None


#: A word saying a dose is not taken, unless it denies a feeling about it ("don't be surprised if your doctor adds half of another
#: 10 mg tablet", "do not worry if she needs a second one", "it's not unusual to add another", "no wonder he takes a third"):
#: the taking is told, not refused.
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|don['’]t|doesn['’]t|no|avoid|without|unless|instead)\b"
    r"(?!\s+(?:be\s+)?(?:surprised|shocked|alarmed|worried|concerned|startled|upset|afraid|scared|panicked|panic|worry|fret|wonder"
    r"|surprise|surprising|unusual|uncommon|rare|unheard\s+of)\b)",
    re.IGNORECASE,
)
#: Taking the amount forbidden in its clause: "Never take fourteen 2.5 mg tablets", "do not take two 50 mg
#: capsules every four hours", "you shouldn't swallow 100 mg at once", "never double up to two 20s", "don't add a 20 mg
#: capsule at lunchtime", "never raise it to two tablets after breakfast and two after dinner", "never repeat 2 puffs every
#: 2 hours", "Nobody should ever be on two of the 40s a day" (not a ceiling: "do not take
#: more than 400 mg").
_FORBIDDEN_BEFORE = re.compile(
    r"(?:\b(?:never|not|avoid|nobody|no[\s-]one)|n['’]t)\s+(?:\w+\s+){0,2}?(?:takes?|taking|took|uses?|using|gives?|giving|swallows?|swallowing"
    r"|ha(?:ve|s)|pops?|double|adds?|adding|be\s+on|(?:stay|stays|staying|go|goes|going)\s+on"
    r"|rais(?:e|es|ing)|increas(?:e|es|ing)|inject(?:s|ing)?|repeat(?:s|ing)?|inhal(?:e|es|ing)"
    # ... or reaching it: "don't creep up to four tablets a day", "never go up to 60 mg" (not "don't go over": a ceiling)
    r"|(?:go(?:es|ing)?|creep(?:s|ing)?|climb(?:s|ing)?|edg(?:e|es|ing)|drift(?:s|ing)?|ramp(?:s|ing)?|push(?:es|ing)?|bump(?:s|ing)?)"
    r"\s+(?:(?:it|yourself|him|her|them)\s+)?up\s+to)\b"
    r"(?:(?!\b(?:more|over|above|exceed\w*|beyond|than|(?<!double\s)up\s+to|less|under|below|instead)\b)[^,;:.!?])*$",
    re.IGNORECASE,
)


def forbidden_before(text: str, pos: int) -> bool:
    """Is the amount at ``pos`` said not to be taken, in its clause ("Never take fourteen 2.5 mg tablets")?"""
    return bool(_FORBIDDEN_BEFORE.search(re.split(r"[,;:.!?]", text[:pos])[-1]))


#: Taking it judged unsafe or too much later in its clause: "taking 2 together is not safe", "two at once would
#: be dangerous", "swallowing three in one go isn't a good idea", "50 mg plus 30 mg would be too much", "your 15 mg
#: tablet and then another one a few hours later would be far too much", "Taking two 15s does not double the relief", "two at once
#: only doubles the risk". The words between hold no verb of their
#: own ("15 mg is fine but 45 mg would be too much" judges the 45 mg only).
_UNSAFE_AFTER = re.compile(
    r"(?:(?!\b(?:but|which|because|so|though|while|is|are|was|were|would|could|can|will|isn|aren|wouldn|won)\b)[^,;:.!?–—()]){0,60}?"
    r"(?:\b(?:is|are|was|were|would\s+be|could\s+be|can\s+be|will\s+be|means|equals|amounts\s+to|adds\s+up\s+to|counts\s+as)\s+"
    r"(?:(?:far|way|much|simply|just|definitely|clearly|already|probably|likely|well|seriously|really|dangerously)\s+){0,2}"
    r"(?:too\s+(?:much|many|high|strong|big)|(?:over|above)\s+the\s+(?:limit|max\w*|label\w*)|(?:an?\s+)?overdose"
    r"|not\s+(?:safe|ok(?:ay)?|recommended|advised|a\s+good\s+idea)|never\s+(?:safe|ok(?:ay)?)|unsafe|dangerous|risky"
    r"|(?:a\s+)?(?:(?:really|very|truly|seriously)\s+)?(?:bad|terrible|dangerous)\s+idea|a\s+(?:big\s+|serious\s+)?mistake)"
    r"|\b(?:isn['’]t|aren['’]t|wasn['’]t|wouldn['’]t\s+be|won['’]t\s+be)\s+(?:safe|ok(?:ay)?|recommended|a\s+good\s+idea)"
    # ... judged by what it does: no more relief, only more risk ("does not double the relief", "only doubles the risk")
    r"|\b(?:doesn['’]t|don['’]t|won['’]t|wouldn['’]t|(?:does|do|will|would)\s+not)\s+(?:double|add\s+to|improve|increase|boost)"
    r"\s+(?:the|your|his|her|their)\s+(?:relief|effect|benefit)"
    r"|\b(?:(?:only|just|simply)\s+)?(?:doubles?|raises?|increases?|ups|adds\s+to)\s+(?:the|your|his|her|their)\s+risk)\b",
    re.IGNORECASE,
)


def unsafe_after(text: str, end: int) -> bool:
    """Is the amount ending at ``end`` judged unsafe or too much later in its clause ("... would be far too much")?"""
    return bool(_UNSAFE_AFTER.match(text, end))


def forbidden_at(text: str, start: int, end: int) -> bool:
    """Is the amount or count at ``start``-``end`` said not to be taken, in its clause up to its end
    ("Never swallow 2 together", "don't take two at once"), before a count listed over clauses ("Never take 2 tablets
    in the morning, 2 at midday, ...") or after it ("taking 2 together is not safe")?"""
    return forbidden_before(text, end) or forbidden_before(text, start) or unsafe_after(text, end)


@dataclass(frozen=True)
class Repeat:
    """A dose taken again the same day, read from the words after it."""

    #: Tablets more each time ("four more"); 0 for the same dose again ("repeat the dose").
    tablets: float
    #: Doses a day in all, when the repeat is on a schedule ("repeat every four hours, up to six
    #: times a day": 6); None when taken once more.
    per_day: float | None = None
    #: The fewest a range of hours allows ("every 4 to 6 hours": 4), when fewer than ``per_day``.
    per_day_low: float | None = None


def _schedule(text: str, start: int) -> tuple[Repeat, int]:
    """The doses a day the schedule after ``start`` gives (a count of times governs a number
    of hours; ``tablets`` unset), and where it begins (``len(text)`` when none)."""
    found = list(_SCHEDULE.finditer(text, start))
    if not found:
        return Repeat(0.0), len(text)
    times = [float(_WORD_NUMBERS.get(m.group("n").lower()) or parse_number(m.group("n"))) for m in found if m.group("n")]
    if times:
        return Repeat(0.0, min(times)), found[0].start()
    every = found[0]
    hours, longest = parse_number(every.group("h")), parse_number(every.group("h2") or "0")
    if not hours:
        return Repeat(0.0), len(text)
    return Repeat(0.0, 24 / hours, 24 / longest if longest > hours else None), every.start()


#: A tablet split before "the other half" is told: its halves are one tablet.
_SPLIT = re.compile(r"\b(?:half|halves|halved|split|in\s+two)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\s(?:and|but|so|which|because|though|although)\b", re.IGNORECASE)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause ``pos`` is in ends: a punctuation mark or a joining word, else the end of ``text``."""
    found = _CLAUSE_BREAK.search(text, pos)
    return found.start() if found else len(text)


#: The most tablets a number in digits said of a dose again is read as ("another 4 at night"); a larger one is an amount.
_MOST_TABLETS_MORE = 12


def _tablets_more(said: str, of: Dose | None) -> float:
    """Tablets of ``of``'s strength the number ``said`` after "another" or before "more" stands for: a count
    ("then two more at night", "another 2 at bedtime"), unless, in digits, it is the tablet's own strength ("a 15 mg
    tablet with breakfast, then another 15 with dinner": one more, not fifteen) or cannot be a count ("another 2.5 at
    night" after a 5 mg tablet, "another 400 four hours later"): an amount in the strength's unit."""
    number = parse_number(said)
    if of is None or not said[0].isdigit() or number == of.count:
        return number  # a word is a count ("another two at night"), and so is the dose's own count said again
    strength = of.high_mg / of.count
    if number > 4 and number in (strength, strength * 1000, strength / 1000):
        return 1.0
    if number.is_integer() and number <= _MOST_TABLETS_MORE:
        return number
    return number / (strength if strength >= 1 else strength * 1000)


def _last_tablets(m: re.Match[str]) -> float:
    """The tablets the day's last dose is told as ("the last one": 1, "a last three": 3)."""
    return parse_number(m.group("last_n")) if m.group("last_n") else 1.0


#: How long a schedule is kept up, said after it: "and one more before dinner, for eight more weeks" (holdout238 hb09), "for
#: another two weeks", "for up to 8 weeks": the days it is taken on, not another day's dose.
_DURATION = re.compile(
    rf"\bfor\s+(?:(?:up\s+to|another|a\s+further|at\s+least|about|around)\s+)?(?:\d{{1,2}}|{_SPELLED})\s+(?:(?:more|further)\s+)?"
    r"(?:days|weeks|months)\b(?![^.;!?]{0,30}\b(?:later|after)\b)"
    # ... or one of them, or a few: "every day for a week" (holdout271 ii03), "for a couple of weeks", "for the whole month"
    r"|\bfor\s+(?:(?:about|around|roughly|at\s+least|up\s+to)\s+)?(?:a|one|the(?:\s+(?:whole|entire))?|a\s+(?:few|couple(?:\s+of)?))\s+"
    r"(?:(?:more|further|whole|full|entire)\s+)?(?:days?|weeks?|months?)\b(?![^.;!?]{0,30}\b(?:later|after|on)\b)",
    re.IGNORECASE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def repeat_in(text: str, of: Dose | None = None) -> Repeat | None:
    """Whether ``text`` (the words after a dose) takes the dose again the same day, and on what
    schedule; None if not (another day's dose, or said not to be taken). ``of``: the dose, whose
    strength tells a bare number after it from a count (:func:`_tablets_more`)."""
    found = list(_REPEAT.finditer(text))
    # a bare "another at night" last: a count of tablets more later in the text says more ("one 2 mg bar after
    # breakfast, another after lunch and two more at bedtime")
    for m in [m for m in found if not (m.group("later") or m.group("again"))] + [m for m in found if m.group("later") or m.group("again")]:
        if _NOT_BEFORE.search(text, 0, m.start()):
            return None
        schedule, begins = _schedule(text, m.end())
        if m.group("bare") and schedule.per_day is None:
            continue
        if m.group("other_half") and _SPLIT.search(text, 0, m.start()):
            continue  # "cut in half: one half at bedtime and the other half at 3 am": the halves of one tablet
        # another day's dose: in the whole text up to a schedule, or for a time of day said, in its clause
        # ("another before bed the next day"; not "another before bed, and that gets them through the week", nor days
        # of a kind: "on the days the cravings hit hard, the other half of a split tablet")
        # (past a duration said after the dose more: "and one more before dinner, for eight more weeks"; not one before it, "for up
        # to eight weeks, sometimes another eight")
        unblanked = text[: m.end()] + _DURATION.sub(_blank, text[m.end() :])
        if other_day(unblanked, 0, _clause_end(text, m.end()) if m.group("later") or m.group("again") else begins):
            return None
        if m.group("again"):
            # the same count again at each of several later parts of the day: "one with breakfast, one with
            # lunch and one with dinner" (two more)
            more = [o for o in found if o.group("again") and o.start() >= m.start()]
            return replace(schedule, tablets=sum(parse_number(o.group("again")) for o in more))
        n = m.group("n") or m.group("another")
        if n and schedule.per_day is None:
            # a count more at each of several later times: "three with breakfast, three more with lunch, and on late
            # shifts I add one more around 4 pm" (four more), "two right then, another two at lunch, and two more before
            # bed" (four more), unless one is said not to be taken
            more = [o for o in found if (o.group("n") or o.group("another") or o.group("last")) and o.start() >= m.start()]
            if not any(_NOT_BEFORE.search(re.split(r"[,;:.!?]", text[: o.start()])[-1]) for o in more):
                return replace(
                    schedule,
                    tablets=sum(
                        _last_tablets(o) if o.group("last") else _tablets_more(o.group("n") or o.group("another"), of) for o in more
                    ),
                )
        if m.group("later") and schedule.per_day is None and (nth := _NTH_LATER.match(text, m.end())):
            # the nth dose at a later part of the day still: "a 25 mg with breakfast, another with lunch and the third with
            # dinner" (three doses that day)
            return Repeat(0.0, float(_NTH_TABLET[nth.group("nth").lower()]))
        half = m.group("half") or m.group("half_more") or m.group("split") or m.group("other_half")
        return replace(schedule, tablets=0.5 if half else _tablets_more(n, of) if n else _last_tablets(m) if m.group("last") else 0.0)
    return None


#: One more dose or tablet, by no amount, on top of a day's schedule: "and another tablet at bedtime", "an
#: extra dose before bed if he needs it", "plus another half-tab at noon" (a count more: see ``repeat_in``).
_EXTRA = re.compile(
    r"\b(?:another|an\s+extra|an\s+additional|a\s+further|one\s+more)\s+(?:(?P<part>half)[\s-]+(?:of\s+)?(?:an?\s+)?)?"
    rf"(?P<what>dose|one|tab|{_TABLETS}){_REPEAT_WHEN}",
    re.IGNORECASE,
)


def extra_in(text: str, in_tablets: bool, of: Dose | None = None) -> float | None:
    """Tablets taken once on top of a day's schedule in ``text`` (the words after it, or the next
    sentence): "plus one more at night" (1), "and another half tablet at noon" (0.5), "an extra dose
    at bedtime" (0: the whole dose); None when there are none, or they are another day's or said
    not to be taken ("never take another tablet at bedtime", "one more the next day"). Tablets
    count only for a dose told ``in_tablets`` ("two 500 mg tablets"): "1,000 mg every 6 hours,
    and another tablet" does not say how much a tablet is."""
    repeat = repeat_in(text, of)
    if repeat is not None and repeat.per_day is None and repeat.tablets:
        return repeat.tablets if in_tablets else None
    for m in _EXTRA.finditer(text):
        if _NOT_BEFORE.search(re.split(r"[,;:.!?]", text[: m.start()])[-1]) or other_day(text, m.end(), m.end() + 40):
            return None
        if m.group("what").lower() == "dose":
            return 0.0
        return (0.5 if m.group("part") else 1.0) if in_tablets else None
    return None


#: An earlier tablet of the same strength a dose is taken on top of, told with no amount: "half of a 10 mg tablet, on top
#: of the whole one you took at bedtime", "a 25 mg capsule in addition to the one you had with breakfast", "another
#: 5 mg tablet as well as your usual one" (not "on top of your other tablets", "instead of the whole one", "on top of
#: the one the doctor gave you for pain": another medicine's, nor "don't take it on top of the one ...").
_ON_TOP_OF_ONE = re.compile(
    rf"(?:\s+{_TABLETS}\b)?(?P<between>[^.;:!?]{{0,30}}?)\b(?:on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as|besides)\s+"
    r"(?:the|your|my|his|her|their)\s+(?:(?:whole|full|usual|regular|normal|first|earlier|bedtime|morning|evening|nightly)\s+){0,2}"
    rf"(?:one|{_TABLETS})\b(?!\s+(?:for|of|from)\b)",
    re.IGNORECASE,
)
#: A part of a tablet told before its strength: "half of a 10 mg tablet", "half a 5 mg tab", "a quarter of a 20 mg tablet".
_PART_BEFORE = re.compile(r"\b(?P<part>half|a\s+quarter)\s+(?:of\s+)?(?:an?|one)\s+$", re.IGNORECASE)


def _on_top_of_one(text: str, dose: Dose, following: str) -> Dose | None:
    """``dose`` taken on top of an earlier tablet of its strength told after it with no amount ("half of a 10 mg
    tablet, on top of the whole one you took at bedtime": 5 mg and 10 mg, two doses that night), a part of a tablet
    told before it counted as that part; None when not so, or said not to be taken."""
    if dose.per_day is not None or dose.daily or dose.weekly:
        return None
    m = _ON_TOP_OF_ONE.match(following)
    if m is None or _NOT_BEFORE.search(m.group("between")):
        return None
    part = _PART_BEFORE.search(text, max(0, dose.start - 20), dose.start)
    share = _PART_OF_TABLET[part.group("part").split()[-1].lower()] if part else 1.0
    partial = replace(dose, low_mg=dose.low_mg * share, high_mg=dose.high_mg * share, count=dose.count * share)
    return partial.repeated(Repeat(1.0))


@dataclass(frozen=True)
class Dose:
    start: int
    end: int
    #: mg per dose (or per day when ``daily``); low == high unless a range or alternatives.
    low_mg: float
    high_mg: float
    #: Doses per day, if stated.
    per_day: float | None
    #: The amount is itself a total per day ("120 mg a day", "20 mg/day").
    daily: bool
    #: Said to be a starting dose ("starts at", "initial dose").
    starting: bool
    #: Explicitly one dose ("per dose", "at a time", "a single dose of").
    per_dose: bool = False
    #: Said to be taken once a week ("90 mg once a week", "weekly").
    weekly: bool = False
    #: Said to be taken at a time of each day ("each morning", "every night", "nightly").
    each_daytime: bool = False
    #: Tablets of one strength the amount is made of ("four 1-gram caplets": 4).
    count: float = 1.0
    #: ``per_day`` counts the dose taken again the same day ("four more 12 hours later"),
    #: not a schedule for every day.
    again: bool = False
    #: The fewest doses a day a range of hours allows ("every 4 to 6 hours": 4), when less than ``per_day``.
    per_day_low: float | None = None
    #: Said to be a ceiling ("no more than 400 mg in 24 hours", "don't go over", "up to", "maximum").
    cap: bool = False
    #: The part of the day the amount is taken at ("in the morning", "at bedtime", "with dinner",
    #: "At night, 100 mg"): morning, midday, afternoon, evening or night.
    daytime: str | None = None
    #: One of the strengths a medicine is listed as coming in ("comes as 15 mg and 30 mg capsules",
    #: "tablets of 10, 20 and 40 mg"), or of a pack with its price ("90 tablets of 10 mg come to $9.87"),
    #: said with no schedule: a form it is sold in, not a dose.
    listed: bool = False
    #: Doses taken once on top of the day's schedule ("8 mg every 8 hours, and another one at bedtime": 1;
    #: "two 500 mg tablets four times a day plus one more at night": 0.5).
    extra: float = 0.0

    def daily_mg(self, which: str = "high") -> float | None:
        """Total per day, or None if the text does not say how often; ``which="low"`` reads a
        range at its low end, in amount and in doses a day ("50 to 100 mg every 4 to 6 hours": 200 mg)."""
        if self.daily:
            return self.high_mg if which == "high" else self.low_mg
        if not self.per_day:
            return None
        if which == "high":
            return self.high_mg * (self.per_day + self.extra)
        return self.low_mg * ((self.per_day_low or self.per_day) + self.extra)

    def plus(self, tablets: float) -> Dose:
        """A day's schedule with ``tablets`` more of its strength taken once on top (0: the whole
        dose once more): "8 mg every 8 hours, and if he's still queasy at bedtime, another one"; or a day's
        tablets counted at its parts with more on top: "two of the 500 mg caplets when I get up, two with lunch,
        two after dinner, two before bed, and if my back wakes me at 3 a.m., another two" (ten tablets)."""
        if self.daily and self.count > 1 and tablets and not (self.cap or self.weekly):
            share = (self.count + tablets) / self.count
            return replace(self, low_mg=self.low_mg * share, high_mg=self.high_mg * share, count=self.count + tablets)
        if self.per_day is None or self.again or self.daily or self.weekly:
            return self
        return replace(self, extra=self.extra + (tablets / self.count if tablets else 1.0))

    def doubled(self) -> Dose:
        """The dose taken twice over at once ("double it", "take two at once")."""
        return replace(self, low_mg=self.low_mg * 2, high_mg=self.high_mg * 2, count=self.count * 2)

    def repeated(self, repeat: Repeat) -> Dose:
        """The dose taken again later the same day: ``tablets`` more of its strength, or the
        same dose again (0), once more or on the repeat's schedule (then every day: not
        ``again``). Only for a dose that says nothing of how often, or only a time of each day
        ("four of the 50 mg tablets every morning, plus half of one at night")."""
        if self.per_day is not None or self.daily or self.weekly:
            return self
        more = repeat.tablets / self.count if repeat.tablets else 1.0
        if repeat.per_day is None:
            return replace(self, per_day=1 + more, again=True)
        low = 1 + (repeat.per_day_low - 1) * more if repeat.per_day_low else None
        return replace(self, per_day=1 + (repeat.per_day - 1) * more, per_day_low=low)

    @property
    def single(self) -> bool:
        return not self.daily

    @property
    def every_day(self) -> bool:
        """Said to be taken on a daily schedule: a total "a day", so many times a day,
        every so many hours, or at a time of each day ("each morning")."""
        return self.daily or (self.per_day is not None and not self.again) or self.each_daytime


def parse_number(value: str) -> float:
    """A number written in digits ("9,000", "2.5") or in words ("nine thousand", "twenty-five",
    "a" of "a gram", "a couple of")."""
    if half := re.search(_AND_A_HALF + "$", value, re.IGNORECASE):
        return parse_number(value[: half.start()]) + 0.5
    if value[:1].isdigit() or value.startswith("."):
        return float(value.replace(",", ""))
    if value.lower() in ("a", "an"):
        return 1.0
    if re.fullmatch(_COUPLE, value, re.IGNORECASE):
        return 2.0
    total = current = 0
    for word in re.split(r"[\s-]+", value.lower()):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
    return float(total + current)


def _to_mg(value: str, unit: str) -> float:
    number = parse_number(value)
    unit = unit.lower()
    if unit in ("mcg", "µg", "μg") or unit.startswith("microgram"):
        return number / 1000
    if unit == "g" or unit.startswith("gram"):
        return number * 1000
    return number


#: With each of the day's meals, their number said: "with each of his three meals", "at all three meals", "with every one
#: of her three meals", "with all three of his meals" (not "with one of his three meals", nor "with each meal": how many is
#: not said).
_MEALS_COUNTED = re.compile(
    rf"{_LEAD}(?:with|at|alongside)\s+(?:(?:each|every|all)\s+(?:one\s+)?(?:of\s+)?)?(?:(?:his|her|my|your|their|our|the)\s+)?"
    r"(?P<n>two|three|four|[234])\s+(?:of\s+(?:his|her|my|your|their|our|the)\s+)?(?:main\s+|daily\s+|square\s+)?meals\b",
    re.IGNORECASE,
)


def _frequency(rest: str) -> tuple[float | None, bool, int]:
    """How often, from the words right after an amount: (doses a day, whether the
    amount is a daily total, characters read)."""
    if t := _TIMES.match(rest):
        n = t.group("n").lower()
        return float(_WORD_NUMBERS.get(n) or int(n)), False, t.end()
    if e := _EVERY.match(rest):
        hours = int(parse_number(e.group("h")))
        return (24 / hours if hours else None), False, e.end()
    if d := _DAILY.match(rest):
        return None, True, d.end()
    if meals := _MEALS_COUNTED.match(rest):
        return parse_number(meals.group("n")), False, meals.end()
    if (listed := _DAYTIME_LIST.match(rest)) and (parts := len({m.lastgroup for m in _DAYTIME_PART.finditer(listed.group())})) > 1:
        # "each morning, before breakfast or an hour after it": one part of the day named twice is one dose (tea, listed among
        # the meals, is a meal of its own: "at breakfast, lunch, tea and supper", four)
        return float(parts + bool(_TEA.search(listed.group()))), False, listed.end()
    return None, False, 0


def _fewest_per_day(rest: str) -> float | None:
    """The fewest doses a day a range of hours right after an amount allows ("every 4 to 6 hours": 4)."""
    e = _EVERY.match(rest)
    hours = int(parse_number(e.group("h2"))) if e and e.group("h2") else 0
    return 24 / hours if hours else None


#: A count of doses in a day said after how many hours apart, in its sentence before any other amount: "one every six
#: hours, so up to four in 24 hours", "every 4 hours (no more than 3 doses a day)", "every eight hours, at most three
#: times a day" (not "every 6 hours, up to 24 mg a day": an amount; "for two days"; "max 8 tablets a day": a ceiling in
#: tablets, checked itself).
_COUNT_A_DAY = re.compile(
    rf"[^.;!?\d]{{0,60}}?(?<![\w-])(?P<n>{_NUMBER_WORD}|once|twice|thrice)\s+(?:(?P<times>times?|doses?)\s+)?(?:{_DAY})",
    re.IGNORECASE,
)


def _counted_a_day(text: str, pos: int, count: float) -> tuple[float, int] | None:
    """The doses a day a count said after an every-so-many-hours schedule ending at ``pos`` gives, and where it
    ends; None when none is said, or a bare count may be of tablets (a dose of ``count`` tablets: "two every 4
    hours, up to 8 in 24 hours")."""
    said = _COUNT_A_DAY.match(text, pos)
    if said is None or not said.group("times") and count != 1:
        return None
    return float(_WORD_NUMBERS.get(said.group("n").lower()) or parse_number(said.group("n"))), said.end()


#: A ceiling before an amount, in its clause: "no more than", "not more than", "don't go over",
#: "never exceed", "do not pass", "up to", "at most", "maximum (is)", "the most is", "limit of", "tops out at"
#: ("moved me up to the 1000 mg tablets": a person moved up to a dose is on it, no ceiling; "the dose is built up to 400
#: to 800 mg a day", "worked up to", "titrated up to": a target reached step by step, no ceiling).
#: "most" as a determiner of who takes it ("Most people take their 10mg", "most adults need") is a
#: usual dose, not a ceiling: "most" counts only as the amount itself ("the most", "most you should take").
_CAP_BEFORE = re.compile(
    r"\b(?:more\s+than|over|above|exceed(?:s|ing)?|beyond|pass|(?<!\bme\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bus\s)(?<!\bthem\s)(?<!\bbuild\syou\s)(?<!\bbuilt\s)(?<!\bworked\s)(?<!\btitrated\s)up\s+to|at\s+most|max(?:imum|\.)?|limit(?:ed)?|ceiling|cap(?:ped)?"
    r"|highest|(?<!\w)(?:the\s+(?:very\s+|absolute\s+)?)?most(?=\s+(?:is|you|i|we|they|he|she|one|anyone|someone|a\s+person|an?\s+adult|allowed|permitted|recommended)\b)"
    r"|the\s+(?:very\s+|absolute\s+)?most|tops?\s+out)\b[^,;:.!?\d]{0,25}$",
    re.IGNORECASE,
)

#: The parts of a day, each with the words that name it.
_DAY_PARTS = {
    # also when one gets up: "10 mg when they get up", "as soon as you wake up", "first thing", "on rising"
    # ... or what is eaten at breakfast: "two with my cornflakes" (holdout257 hu10)
    "morning": r"mornings?|mid-?morning|breakfast(?:time)?|cornflakes|porridge|muesli|granola|wak(?:e|ing)(?:\s+up)?|getting\s+up"
    r"|(?<=before\s)school|rising"
    r"|(?:when|once|as\s+soon\s+as|after)\s+(?:i|you|he|she|they|we)\s+(?:first\s+)?(?:(?:get|gets|got)\s+up|(?:wake|wakes|woke)(?:\s+up)?)"
    r"(?!(?:\s+up)?\s+(?:in|during)\s+the\s+(?:night|small|wee|early|middle)\b)"
    r"|(?<!the\s)first\s+thing(?:\s+in\s+the\s+morning)?",
    "midday": r"noon|midday|lunch(?:time)?",
    "afternoon": r"(?:mid-?)?afternoons?|(?<=after\s)school",
    # also when one gets home: "two when I get home", "once she's back home from work", "after work"
    # ... or the evening meal called tea, after it or at it: "one more after my tea" (holdout296 jh07), "one at tea" (not a drink of
    # it: "with my tea"; nor a tea bag or tree)
    "evening": r"evenings?|dinner(?:time)?|supper(?:time)?|tea[- ]?time|(?<=after\s)work"
    r"|(?:(?<=\bafter\s)|(?<=\bat\s)|(?<=\bafter\smy\s)|(?<=\bafter\shis\s)|(?<=\bafter\sher\s)|(?<=\bafter\syour\s)|(?<=\bafter\sour\s)"
    r"|(?<=\bafter\stheir\s))tea\b(?![\s-]*(?:bags?|cups?|pots?|trees?|spoons?|leaf|leaves|towels?|shops?|rooms?|party|parties|lights?)\b)"
    r"|(?:when|once|as\s+soon\s+as|after)\s+(?:i|you|he|she|they|we)(?:\s+(?:get|gets|got|come|comes|came)\s+(?:back\s+)?(?:home|in)|['’](?:m|s|re)\s+(?:back\s+)?home)"
    r"(?:\s+from\s+(?:work|school|the\s+office))?",
    # "before sleeping" (not "trouble sleeping"); woken in the night: "if he wakes", "when she wakes in the small hours", "in the
    # wee hours"
    "night": r"nights?|bed(?:time)?|sleep|(?<=before\s)sleeping|lights[- ]out|(?:small|wee)\s+hours"
    # ... or when one goes to bed: "before I got into bed", "as she climbs into bed", "when you turn in"
    r"|(?:before|when|once|as|as\s+soon\s+as)\s+(?:i|you|he|she|they|we)\s+(?:(?:get|gets|got|go|goes|went|climb(?:s|ed)?|crawl(?:s|ed)?)"
    r"\s+(?:in(?:to)?|to|off\s+to)\s+(?:bed|sleep)|(?:turn|turns|turned)\s+in)\b"
    r"|(?:(?:if|when|whenever)\s+(?:i|you|he|she|they|we)\s+(?:wake|wakes|woke)(?:\s+up)?(?=\s+(?:in|during)\s+the\s+(?:night|small|wee|early|middle)\b)"
    r"|if\s+(?:i|you|he|she|they|we)\s+(?:wake|wakes|woke)(?:\s+up)?)(?:\s+(?:in|during)\s+the\s+(?:night|(?:small|wee|early)\s+hours))?",
}
_PART = "|".join(rf"(?P<{name}>{words})" for name, words in _DAY_PARTS.items())
#: ("right after dinner", "just before bed": an adverb before the part of the day; "in the middle of the afternoon")
_PART_LEAD = (
    r"(?:(?:right\s+|just\s+|straight\s+)?(?:in|at|with|before|after|every|each|by|around|during|on|for)\s+)?"
    r"(?:the\s+|your\s+|his\s+|her\s+|my\s+)?(?:(?:middle|end|start)\s+of\s+(?:the\s+)?)?"
    # ("in the early evening", "late morning": holdout259 hw01)
    r"(?:(?:early|late)\s+)?"
)
#: A meal named by its part of the day: "with your evening meal", "a midday snack".
#: ... or a break at work or school named by it: "at the midday break", "at her lunch break" (holdout252 hp06).
_PART_TAIL = r"(?:\s+(?:meal|snack|break))?"
#: What a dose is swallowed with, told between it and its part of the day: "a 20 mg capsule with my sandwich at lunch",
#: "one with a glass of milk before bed" (a word, not an amount: "with a 30 mg at lunch" is a second dose).
#: (its clock time told before it: "one with my 5 a.m. coffee before the flower market", holdout251 ho07)
_TAKEN_WITH = (
    r"(?:with\s+(?:a|an|my|his|her|your|their|our|some)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?"
    rf"(?:{_NAME_WORD}\s+){{1,3}}?)?"
)
#: A part of the day right after an amount: "200 mg in the morning", "100 mg with dinner", "50 mg at bedtime", the
#: same again: "4 tablets of 80 mg again in the afternoon", past what it is swallowed with: "20 mg with my sandwich at lunch".
_DAYTIME_AFTER = re.compile(rf"{_LEAD}{_TAKEN_WITH}(?:(?:again|once\s+more)\s+)?{_PART_LEAD}(?:{_PART})\b", re.IGNORECASE)
_PART_WORDS = "|".join(_DAY_PARTS.values())
_DAYTIME_PART = re.compile(rf"\b(?:{_PART})\b", re.IGNORECASE)
#: A clock time said with its half of the day: "6 am", "2 p.m.", "10 o'clock".
_HALF_DAY = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|o['’]clock", re.IGNORECASE)
#: The amount taken at each of several listed parts of the day: "three 800 mg tablets at breakfast, at lunch and
#: again at bedtime" (three doses), "200 mg morning and night", "with breakfast and with dinner" (not "or").
#: (a later item also the meal called tea, more items after it: "at breakfast, lunch, tea and supper", holdout247 hk08)
_TEA_ITEM = r"tea(?=\s*(?:,|and\b|&))"
_DAYTIME_LIST = re.compile(
    rf"{_LEAD}{_PART_LEAD}(?:{_PART_WORDS})\b{_PART_TAIL}(?:\s*(?:,|and|&|then|plus)\s*(?:and\s+)?(?:(?:again|then|once\s+more)\s+)?{_PART_LEAD}"
    rf"(?:{_PART_WORDS}|{_TEA_ITEM})\b{_PART_TAIL}){{1,5}}",
    re.IGNORECASE,
)
_TEA = re.compile(rf"\b{_TEA_ITEM}", re.IGNORECASE)
#: ... or right before it: "In the morning 200 mg", "At night, 100 mg", "Evenings: 50 mg", "at night he takes 100 mg", with
#: the tablets counted or a verb of taking between: "in the morning take 2 tablets of 20 mg", "at lunch 1 tablet of 20 mg",
#: "at evening again 2 tablets of 20 mg".
_DAYTIME_BEFORE = re.compile(
    rf"(?<![\w-]){_PART_LEAD}(?:{_PART})\s*[,:–-]?\s*(?:(?:i|he|she|you|they|we)\s+(?:is\s+|are\s+|am\s+)?[a-z]+\s+|(?:take|takes|have|has)\s+)?"
    rf"(?:again\s+)?(?:(?:\d{{1,2}}|{_SPELLED}|an?)\s+{_TABLETS}\s+of\s+)?$",
    re.IGNORECASE,
)

#: An article or possessive right before an amount ("swallows a 54 mg tablet").
_DETERMINER_END = re.compile(r"\b(?:an?|one|his|her|my|their|your|our)\s+$", re.IGNORECASE)


def _undetermined(before: str) -> str:
    """The words before an amount without its article or possessive ("Every morning she swallows a": "Every morning she
    swallows ")."""
    cut = _DETERMINER_END.search(before)
    return before[: cut.start()] if cut else before


def daytime_fronted(before: str) -> bool:
    """Is a part of the day told right before an amount, past its article ("Every morning she swallows a",
    "At night he takes one")? The time two amounts joined after it are both taken at."""
    return _DAYTIME_BEFORE.search(_undetermined(before)[-40:]) is not None


#: A clock time right after an amount: "20 mg at four", "10 mg around 6pm", "5 mg at 7:30 a.m.", "at 2 in the morning"
#: (not "at one time", "at 4 weeks", "by 2 doses"): a part of the day of its own, named by the time.
_HOUR = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CLOCK_TAIL = (
    r"(?![\w:]|\s*(?:-|to|or)?\s*\w*\s*(?:times?|weeks?|days?|months?|years?|hours?|hrs?|minutes?|mins?|doses?|tablets?|pills?"
    r"|capsules?|mg|kg|lbs?|pounds?|percent)\b|\s*%)"
)
_CLOCK = (
    r"(?:at|around|about|by)\s+(?:about\s+|around\s+)?"
    rf"(?P<hour>{_HOUR})(?P<minutes>[:.]\d{{2}})?"
    r"(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.)|\s*o['’]clock|\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?" + _CLOCK_TAIL
)
#: Several clock times after one "at", a count taken at each: "two at 6, 10, 2 and 6", "one at 8 am, 2 pm and 8 pm".
_CLOCK_TIME = rf"(?:{_HOUR})(?:[:.]\d{{2}})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
_CLOCK_LIST = (
    rf"(?:at|around|about|by)\s+(?:about\s+|around\s+)?{_CLOCK_TIME}(?:\s*,\s*{_CLOCK_TIME}){{0,6}}\s*,?\s*(?:and|&)\s+{_CLOCK_TIME}"
    r"(?:\s*o['’]clock|\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?" + _CLOCK_TAIL
)
_CLOCK_LIST_RE = re.compile(_CLOCK_LIST, re.IGNORECASE)
_CLOCK_HOUR = re.compile(rf"(?<![\w:.])(?P<hour>\d{{1,2}}(?!\d)|(?:{_HOUR.partition('|')[2]})\b)", re.IGNORECASE)


def clock_list_hours(text: str) -> list[int]:
    """The hours of the first list of clock times in ``text`` ("at 6, 10, 2 and 6": [6, 10, 2, 6]); empty when none."""
    listed = _CLOCK_LIST_RE.search(text)
    return [int(parse_number(h.group("hour"))) for h in _CLOCK_HOUR.finditer(listed.group())] if listed else []


def _clock_wraps(text: str) -> bool:
    """Does a list of clock times in ``text`` go round the clock, an hour after a later one ("at 6, 10, 2 and 6"), all of them
    hours of a clock (12 at most)? Sizes and ages are listed rising ("at 2, 4 and 6")."""
    hours = clock_list_hours(text)
    return bool(hours) and all(0 < h <= 12 for h in hours) and any(b < a for a, b in itertools.pairwise(hours))


_CLOCK_AFTER = re.compile(rf"{_LEAD}{_CLOCK}", re.IGNORECASE)


#: ... or right before it, said with am or pm: "7am: 20 mg", "at 4pm 20 mg".
_CLOCK_BEFORE = re.compile(
    r"(?<![\w:.])(?P<hour>\d{1,2})(?P<minutes>[:.]\d{2})?\s*(?P<half>am|pm|a\.m\.|p\.m\.)\s*[,:–-]?\s*$", re.IGNORECASE
)


def _clock(m: re.Match[str]) -> str:
    """A clock time's name as a part of the day: "at four" and "at 4" alike ("at 4"), "at 6pm"."""
    half = (m.group("half") or "").replace(".", "").lower()
    return f"at {parse_number(m.group('hour')):g}{m.group('minutes') or ''}{half}"


def daytime_in(text: str) -> str | None:
    """The part of the day first named in ``text`` ("one of the 10s at bedtime": night), None when it names none."""
    part = _DAYTIME_PART.search(text)
    return part.lastgroup if part else None


def past_daytime(rest: str) -> str:
    """``rest`` (the words after an amount) past the part of the day it names right after it: "when they
    get up and 10 mg before bed" -> " and 10 mg before bed" (its "when" is the time, not a condition)."""
    after = _DAYTIME_AFTER.match(rest)
    return rest[after.end() :] if after and "," not in after.group() else rest


def _daytime(rest: str, before: str) -> str | None:
    """The part of the day an amount is taken at: named right after it (``rest``), else its
    clock time ("at four": "at 4"), else right before it (``before``), else after it past a
    comma ("200 mg, in the morning")."""
    after = _DAYTIME_AFTER.match(rest)
    if after and "," not in after.group():
        return after.lastgroup
    if (clock := _CLOCK_AFTER.match(rest)) and "," not in clock.group():
        return _clock(clock)
    if lead := _DAYTIME_BEFORE.search(_undetermined(before)[-40:]):
        return lead.lastgroup
    if clock := _CLOCK_BEFORE.search(before[-20:]):
        return _clock(clock)
    if (told := daytime_before_clause(before)) is not None:
        return told[0]
    return after.lastgroup if after else None


#: A clause of its own between a time of day and the amount taken then: "around 1 pm, when the afternoon slump hits, a 30 mg
#: chewable", "at lunch, once the first one wears off, another 20 mg" (not a clause with an amount of its own).
_CLAUSE_BETWEEN = re.compile(
    r",\s*(?:when|once|as|after|since|because)\s+[^,;:.!?\d]{1,50},\s*(?:(?:an?|one|the|my|his|her|their|your|another)\s+)?$",
    re.IGNORECASE,
)
#: ... the time itself, right before that clause: "1 pm", "around 1", "at lunch".
_CLOCK_ENDING = re.compile(
    rf"(?:{_CLOCK}|(?<![\w:.])(?P<bare>\d{{1,2}})(?P<bare_minutes>[:.]\d{{2}})?\s*(?P<bare_half>am|pm|a\.m\.|p\.m\.))$", re.IGNORECASE
)
_PART_ENDING = re.compile(rf"(?<![\w-]){_PART_LEAD}(?:{_PART})$", re.IGNORECASE)


def daytime_before_clause(before: str) -> tuple[str, int] | None:
    """The time of day told before an amount with a clause of its own between them ("and then around 1 pm, when the
    afternoon slump hits, a 30 mg chewable": "at 1pm"), and where that clause begins in ``before``; None when not so."""
    clause = _CLAUSE_BETWEEN.search(before)
    if clause is None:
        return None
    head = before[max(0, clause.start() - 40) : clause.start()].rstrip()
    if clock := _CLOCK_ENDING.search(head):
        if clock.group("bare"):
            minutes, half = clock.group("bare_minutes") or "", clock.group("bare_half").replace(".", "").lower()
            return f"at {parse_number(clock.group('bare')):g}{minutes}{half}", clause.start()
        return _clock(clock), clause.start()
    if part := _PART_ENDING.search(head):
        return part.lastgroup or "", clause.start()
    return None


def _tablet_count(text: str, amount: re.Match[str]) -> float:
    """Tablets taken at once of the strength ``amount`` ("50 baclofen 10 mg tablets", "three of
    the 1000 mg tablets", "a couple of 500 mg tablets", "2 x 20 mg"), else 1."""
    window = text[max(0, amount.start() - 60) : amount.start()]
    if times := _TIMES_SIGN_BEFORE.search(window):  # (not a pack priced or collected: "30 x 5 mg tablets for $4", "collected 28 x 40 mg")
        if _PRICED_AFTER.match(text, amount.end()) or _PACK_BEFORE.search(window[: times.start()]):
            return 1.0
        return parse_number(times.group("n")) or 1.0
    before = _DOSE_COUNT_BEFORE.search(window)
    if before and (_PACK_BEFORE.search(window[: before.start()]) or _SUPPLY_AFTER.match(text, amount.end())):
        return 1.0  # "a pack of 30 tablets of 50 mg", "30 tablets of the 10 mg for $9.80": the pack, not a dose
    if (
        not before
        or _TOTAL_AFTER.match(text, amount.end())
        or (_TOTAL_OF_COUNT.search(before.group()) and not _EACH_AFTER.match(text, amount.end()))
    ):
        return 1.0  # "Eight tablets contain 2,600 mg", "Six 200 mg tablets add up to 1,200 mg": their total
    after = amount.end()
    tablets = _TABLETS_AFTER.match(text, after) or _PENS_AFTER.match(text, after) or re.search(_TABLETS, before.group(), re.IGNORECASE)
    if not (tablets or _units_counted(text, amount, before)):
        return 1.0
    return parse_number(before.group("n")) or 1.0


#: A count of tablets of the strength told right after them, as a share: "the 10 mg tablets, three of them with
#: breakfast", "20 mg capsules - two of those at night"; or the first count of them by the part of the day it is
#: taken at: "the 0.5 mg tablets two at breakfast, two at lunch and three at bedtime", "2 mg tablets: one in the
#: morning and two at night"; or by how often it is taken: "the 8 mg wafer: one every six hours", "the 10 mg tablets,
#: two a day" (not "the 25 mg tablets two nights a week", "the 10 mg tablets, two of which ...", "the 4 mg tablets,
#: 2 times a day": how often, no count).
_SHARE_AFTER = re.compile(
    rf"\s+{_TABLETS}(?:\s*[,:–—-]\s*(?:(?:and|usually|now|just)\s+)?(?P<n>\d{{1,2}}|{_SPELLED}|{_COUPLE})\s+of\s+(?:them|those|these)\b"
    rf"|\s*[,:–—-]?\s*(?P<first>\d{{1,2}}|{_SPELLED}|{_COUPLE})(?=\s+(?:(?:right|just|straight)\s+)?"
    rf"(?:at|in|with|before|after|around|by|during|on)\s+(?:the\s+|your\s+|his\s+|her\s+|my\s+|their\s+)?(?:{_PART_WORDS})\b"
    rf"|\s+(?:every|each)\s+(?:{_HOURS})(?:\s*(?:-|to|or)\s*(?:{_HOURS}))?\s+hours?\b|\s+(?:once|twice|thrice)\b|\s+(?:a|per)\s+day\b|\s+daily\b))",
    re.IGNORECASE,
)
#: A count of units said as a share of them: "two of the 54 mg ...", "a pair of my 36 mg ...".
_PARTITIVE = re.compile(r"\bof\s+(?:the|these|those|your|my|his|her|their|its)\b", re.IGNORECASE)
#: ... the product (or "ones") ending its noun phrase: not "two of the 54 mg Concerta studies".
_PRODUCT_NAMED_AFTER = re.compile(
    rf"\s+(?:{_PRODUCT_AFTER}|ones?\b)(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|but|or|now|then|too|again|every|each|a|per|at|with|in|before|after|on"
    r"|daily|nightly|twice|once|three|four|together|first|when|as|for|to|so|because|until|since|most|by|around|about|during)\b)",
    re.IGNORECASE,
)


#: ... or a medicine named in lower case, then how often it is taken: "I take two 50 mg tramadol every three hours", "two
#: 500 mg paracetamol four times a day" (a count in words; not "two 10 mg increases": no schedule after it).
_NAMED_ON_A_SCHEDULE = re.compile(
    rf"\s+{_NAME_WORD}(?=\s+(?:(?:every|each)\s+(?:{_HOURS})(?:\s*(?:-|to|or)\s*(?:{_HOURS}))?\s+hours?\b"
    r"|(?:once|twice|three\s+times|four\s+times|(?:five|six)\s+times)\s+(?:a|per|each|every)\s+day\b|(?:a|per)\s+day\b|daily\b))",
    re.IGNORECASE,
)


def _units_counted(text: str, amount: re.Match[str], before: re.Match[str]) -> bool:
    """Is the count before ``amount`` a count of units of that strength with no word for tablets: a product
    (or "ones") named after it, the count in words or as a share ("two 54 mg Concerta", "two of the 54 mg
    Concerta every morning", "a pair of the 36 mg ones"), or a share taken on a schedule said right after it
    ("two of the 54 mg every morning", "a couple of the 10 mg at night")? Not "in 2 10 mg Concerta trials"."""
    partitive = bool(_PARTITIVE.search(before.group()))
    if _PRODUCT_NAMED_AFTER.match(text, amount.end()):
        return partitive or not before.group("n")[:1].isdigit()
    if not before.group("n")[:1].isdigit() and _NAMED_ON_A_SCHEDULE.match(text, amount.end()):
        return True
    if not partitive:
        return False
    rest = text[amount.end() : amount.end() + 60]
    return bool(_frequency(rest)[2] or _EACH_DAYTIME.match(rest) or _DAYTIME_AFTER.match(rest))


#: An amount restated in tablets right after it: "My limit is 200 mg in 24 hours, which for me is two
#: 100 mg tablets", "no more than 1,200 mg a day (that's six 200 mg tablets)", "max 200mg/day, i.e. 2 x 100mg",
#: "up to 100 mg a day – for me that means four of the 25 mg tablets": the same amount, said again; also as an example of
#: it or what it comes to: "no more than 200 mg in 24 hours, so for example two 100 mg tablets", "e.g. four 50 mg tablets",
#: "Don't take more than 2 tablets in 24 hours, so two of the 20 mg tablets ..." (a ceiling in tablets, see
#: :func:`_restates_ceiling`).
_RESTATED = re.compile(
    r"\s*[,(:–—-]?\s*(?:(?:for\s+\w+|so)\s*,?\s*)?(?:(?:which|that|this)(?:\s+[\w'’]+){0,3}?\s+(?:is|are|means|makes|equals|comes\s+to"
    r"|works\s+out\s+(?:at|to|as))|i\.e\.|that\s+is|that['’]s|in\s+other\s+words|meaning"
    r"|so|for\s+(?:example|instance)|e\.\s?g\.|say|such\s+as)(?![\w.])[^.;,]{0,30}$",
    re.IGNORECASE,
)
#: A ceiling said after the amount it names, with the tablets it is counted in: "two of the 20 mg tablets is the daily
#: limit", "four 50 mg tablets, and that's the most you can take in a day", "two 100 mg tablets is your 24-hour
#: maximum" (``day``: the ceiling is the day's; else one dose's: "two 100 mg tablets is the most at one time").
_CAP_AFTER = re.compile(
    rf"(?:\s+(?:{_NAME_WORD}\s+){{0,2}}?{_TABLETS}\b)?\s*[,–—-]?\s*(?:and\s+)?"
    r"(?:is|are|was|were|that['’]s|that\s+is|which\s+is|this\s+is|makes?)\s+(?:the|your|a|my|his|her|their|our)\s+"
    r"(?:(?P<day>daily|day['’]s|24[- ]hours?|one[- ]day)\s+|(?:absolute|very|upper|top|total|safe)\s+){0,2}"
    # ("the most" as the amount itself: "the most you should take", "the most in a day"; not "the most common dose")
    r"(?:limit|max(?:imum)?|ceiling|cap|most(?=\s*(?:[,.;:!?)]|$)|\s+(?:you|anyone|someone|a\s+person|an?\s+adult|one|people|i|we|he|she"
    r"|they|allowed|permitted|recommended|advised|in|per|for|at|a\s+day|daily)\b))\b(?P<rest>[^.;!?]{0,40})",
    re.IGNORECASE,
)
_DAY_SAID = re.compile(rf"(?:{_DAY}|\bfor\s+the\s+day\b)", re.IGNORECASE)


def _cap_after(text: str, dose: Dose) -> Dose:
    """``dose`` named a ceiling by the words after it ("two of the 20 mg tablets is the daily limit"): a ceiling, and the
    day's total when the words say so; else ``dose``."""
    said = _CAP_AFTER.match(text, dose.end)
    if said is None or dose.weekly:
        return dose
    if said.group("day") or _DAY_SAID.search(said.group("rest")):
        return replace(dose, cap=True, daily=True, per_day=None, again=False)
    return replace(dose, cap=True)


def _restates_ceiling(text: str, dose: Dose) -> bool:
    """Is ``dose``, counted in tablets with no schedule, a ceiling for the day said in tablets before it in its sentence, said
    again at a strength ("Don't take more than 2 tablets in 24 hours, so two of the 20 mg tablets is ...")?"""
    if dose.count <= 1 or dose.per_day is not None or dose.daily or dose.weekly:
        return False
    return any(n == dose.count and end <= dose.start and _RESTATED.match(text, end, dose.start) for n, _, end in tablet_ceilings(text))


def scheduled_by(dose: Dose, rest: str) -> Dose:
    """``dose`` with how often it is taken told apart from it, in ``rest`` (the next cell of its
    table row: "6 tablets (15 mg) | each morning with breakfast"), when it says nothing of it itself."""
    if dose.per_day is not None or dose.daily or dose.weekly or dose.each_daytime:
        return dose
    per_day, daily, used = _frequency(rest)
    if used:
        return replace(dose, per_day=per_day, daily=daily)
    return replace(dose, weekly=bool(_WEEKLY.match(rest)), each_daytime=bool(_EACH_DAYTIME.match(rest)))


#: Where a text lists the strengths a medicine comes in, up to the end of its clause or the first word of
#: taking it: "Phentermine comes as 37.5 mg tablets (the classic dose), as 15 mg and 30 mg capsules, and as
#: Lomaira 8 mg tablets", "is available in 5 mg, 10 mg and 20 mg strengths", "Strengths: 10 mg, 20 mg",
#: "tablets of 10, 20 and 40 mg" (not "It comes as a 10 mg tablet you take twice a day": its schedule is said).
_LISTED = re.compile(
    r"\b(?:(?:comes?|came|available|sold|supplied|made|produced|stocked|offered)\s+(?:only\s+|both\s+)?(?:in|as)\b"
    r"|strengths?\s*(?:of|:|are|include|including)"
    rf"|{_TABLETS}\s+(?:of|in)\s+(?=(?:{_NUM})\s*(?:{_UNIT})?\s*(?:,|and|or)\s*(?:{_NUM})))"
    r"(?:\([^()]{0,80}\)|\.(?=\d)|(?!\b(?:take|takes|taking|taken|took|dose|doses|dosage|usual|usually|start\w*|prescribed|given"
    r"|needs?|use|uses|most|people|adults|children|but|then)\b)[^.;!?()])*",
    re.IGNORECASE,
)


#: What a dose at a part of the day is for, told between it and the list going on: "two at bedtime so he can sleep through
#: the night, then one with breakfast", "in order to", "to get through the night" (not a condition: "if he wakes, ...").
_PURPOSE_AFTER = re.compile(
    r"\s+(?:so(?:\s+that)?\s+(?:i|you|he|she|they|we|it)\s+(?:can|could|will|would|may|might)|(?:in\s+order\s+)?to)\s+(?![\w\s]*\b(?:if|when|unless)\b)"
    r"[^,.;:!?()]{1,60}(?=,)",
    re.IGNORECASE,
)


def _more_by_daytime(text: str, start: int, after: int, count: float) -> tuple[float, int] | None:
    """The tablets counted bare at other parts of the same day after a dose of ``count`` tablets at one ("..., 1 at lunch, 2
    at evening"), past that dose's own part of the day at ``after``; or each part of the day said first, as the dose's own
    is before its amount at ``start``, when its tablets are counted ("in the morning 2 tablet of 1 mg, at the midday 1
    tablet, and in the evening 2 tablet", "at breakfast 1 tablet of 2 mg, at lunch 1 and at bedtime 1"): (tablets, end),
    or None (also for "the next day")."""
    own = _DAYTIME_AFTER.match(text[after : after + 60])
    if own is None or "," in own.group():
        counted = count > 1 or _IN_TABLETS.search(text, max(0, start - 20), start)
        first = (
            _MORE_BY_DAYTIME_FIRST.match(text, after) if counted and _PART_BEFORE_COUNT.search(text[max(0, start - 40) : start]) else None
        )
        if first is None or _NEXT_DAY_AFTER.match(text[first.end() :]):
            return None
        return sum(parse_number(item.group("n")) for item in _PART_FIRST.finditer(text, after, first.end())), first.end()
    told = after + own.end()
    if purpose := _PURPOSE_AFTER.match(text, told):
        told = purpose.end()  # "two at bedtime so he can sleep through the night, then one with breakfast ..."
    more = _MORE_BY_DAYTIME.match(text, told) if count > 1 else None
    if more is None or not _DAYTIME_PART.search(more.group()) or _NEXT_DAY_AFTER.match(text[more.end() :]):
        return None
    if (goes := _LIST_GOES_ON.match(text, more.end())) and not _REPEAT.match(text, goes.start("next")):
        # "..., three at lunch and three before going to sleep": a count at a time not read here (not tablets more on
        # top, read after the list: "..., two before bed, and if my back wakes me, another two", "and two more if ...")
        return None
    words = re.findall(rf"(?<![\w-])(?:{_ANOTHER}|{_NUMBER_WORD})(?=\s+{_COUNTED}{_AGAIN}{_COUNTED_AT})", more.group(), re.IGNORECASE)
    return sum(1.0 if w.lower().startswith("another") else parse_number(w) for w in words), more.end()


#: How many doses a day, told before the amount of each: "your four daytime doses of two 50 mg tablets", "three doses a day of
#: 600 mg", "two daily doses of 200 mg" (not "the first two doses of 5 mg", "missed two doses of 20 mg", "seven doses of 70 mg"
#: over a week: no day said).
_DOSES_A_DAY_OF = re.compile(
    rf"(?<!\bfirst\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bmissed\s)(?<!\bskipped\s)(?<![\w.])(?P<n>\d{{1,2}}|{_SPELLED})\s+"
    r"(?:(?:daytime|daily|day['’]s)\s+doses|doses\s+(?:a|per|each|every)\s+day)\s+of\s+"
    rf"(?:(?:the\s+|your\s+)?(?:\d{{1,2}}|{_SPELLED}|an?|one)\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def find_doses(text: str) -> tuple[Dose, ...]:
    if not _may_hold_amount(text):
        return ()
    doses = []
    strength_only: dict[int, int] = {}
    for m in _AMOUNT.finditer(text):
        high = _to_mg(m.group("high"), m.group("unit"))
        low = _to_mg(m.group("low"), m.group("low_unit") or m.group("unit")) if m.group("low") else high
        low, high = min(low, high), max(low, high)
        count = _tablet_count(text, m)
        if (
            count == 1.0
            and _STRENGTH_ONLY_BEFORE.search(text, max(0, m.start() - 60), m.start())
            and (units := _TABLETS_AFTER.match(text, m.end()) or _ONES_AFTER.match(text, m.end()))
            and units.group().lower().endswith("s")
        ):
            # "on the 15 mg tablets", "the tablets I'm on now are the 15 mg ones" (not "my 7.5 mg tablet": one taken): see
            # _day_told_after
            strength_only[m.start()] = m.end()
        after = told = m.end()
        share = _SHARE_AFTER.match(text, m.end()) if count == 1.0 else None
        if share:
            # "I take the 10 mg tablets, three of them with breakfast": the count told after the tablets, and
            # the counts at later parts of the day from there ("..., two in the morning and one at night": 3)
            count, after = parse_number(share.group("n") or share.group("first")) or 1.0, share.end()
            told = after
        elif count > 1 and (named := _NAMED_ON_A_SCHEDULE.match(text, m.end())):
            # "two 50 mg tramadol every three hours": how often follows the medicine's name (a count of tablets read, so the
            # word is what they are: not "about 30 grams fibre a day")
            after = named.end()
        lead = re.split(r"[,;:.!?]", text[max(0, m.start() - 80) : m.start()])[-1]
        if (
            (doubled := _DOUBLED_BEFORE.search(lead))
            and not _NOT_BEFORE.search(lead, 0, doubled.start())
            and not _doubling_refused(text, m.start() - len(lead) + doubled.start(), m.end())
        ):
            count *= 2  # "never double up on your 10 mg tablet", "doubling up on your 20 mg tablet won't help": not taken
        low, high = low * count, high * count
        if text[max(0, m.start() - 1) : m.start()] == "(" and (closed := _CLOSED_LEAD.match(text, after)):
            after = closed.end()  # "2 tablets (100 mg) every 4 hours": how often follows the bracket
            counted = _BRACKET_COUNT.search(text[max(0, m.start() - 40) : m.start()])
            if closed.group("each") and counted:
                count = parse_number(counted.group("n")) or 1.0
                low, high = low * count, high * count
        rest = text[after : after + 60]
        per_day, daily, used = _frequency(rest)
        before = text[max(0, m.start() - 80) : m.start()]
        if per_day is None and not daily and (doses_of := _DOSES_A_DAY_OF.search(before)):
            per_day = parse_number(doses_of.group("n"))  # "your four daytime doses of two 50 mg tablets": four a day
        at_part_every_day = daily and bool(_EVERY_DAY.match(rest)) and bool(_DAYTIME_BEFORE.search(before[-40:]))
        if at_part_every_day:
            # "at evening again 2 tablets of 20 mg, every day": that part of the day's dose, taken each day, not the day's total
            daily, used = False, 0
        repeat_before = _REPEAT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        again = (
            per_day is None
            and not daily
            and bool(repeat_before or _TOP_UP_AFTER.match(text, m.end()))
            and not _NEXT_DAY_AFTER.match(rest)
            # "don't take another 5 mg": not taken
            and not _NOT_BEFORE.search(re.split(r"[,;:.!?]", text[: m.start()])[-1])
        )
        if again:
            per_day = 2.0  # "a second 10 mg tab about an hour later": two doses that day
            if repeat_before and (part := repeat_before.group("part_first") or repeat_before.group("part")):
                # "half of another 10 mg tablet at bedtime": that part of a tablet, on top of a whole one (15 mg that day)
                portion = _PART_OF_TABLET[part.split()[-1].lower()]
                low, high, count, per_day = low * portion, high * portion, count * portion, 1 + 1 / portion
        end = after + used if used else told
        fewest = _fewest_per_day(rest) if used else None
        if per_day and _EVERY.match(rest) and (said := _counted_a_day(text, end, count)):
            # "one every six hours, so up to four in 24 hours": the count said governs, the hours allowing fewer
            hours_allow = fewest or per_day
            per_day, end = said
            fewest = hours_allow if hours_allow < per_day else None
        starting = bool(_START.search(before))
        # Several tablets of one strength are one dose ("two 500 mg tablets": 1,000 mg at a time).
        per_dose = count > 1 or bool(_PER_DOSE_AFTER.match(text[m.end() :]) or _PER_DOSE_BEFORE.search(before))
        weekly = bool(_WEEKLY.match(rest))
        each_daytime = at_part_every_day or (not used and bool(_EACH_DAYTIME.match(rest)))
        clause = re.split(r"[,;:.!?]", before)[-1]
        daytime = None if used else _daytime(rest, before)
        if not used and not share and (later := _more_by_daytime(text, m.start(), after, count)):
            # "2 tablets of 20 mg in the morning, 1 at lunch, 2 at evening": the day's tablets, a total for the day
            low, high = low / count * (count + later[0]), high / count * (count + later[0])
            count, daily, daytime, end = count + later[0], True, None, later[1]
        doses.append(
            Dose(
                m.start(),
                end,
                low,
                high,
                per_day,
                daily,
                starting,
                per_dose,
                weekly,
                each_daytime,
                count,
                again=again,
                per_day_low=fewest,
                cap=bool(_CAP_BEFORE.search(clause)),
                daytime=daytime,
            )
        )
    # "Take four 1-gram caplets now and four more 12 hours later": the words up to the next amount.
    for i, dose in enumerate(doses):
        following = text[dose.end : doses[i + 1].start if i + 1 < len(doses) else len(text)]
        if not (dose.starting or dose.cap) and doubled_in(following):
            dose = doses[i] = dose.doubled()
        if (on_top := _on_top_of_one(text, dose, following)) is not None:
            doses[i] = on_top
            continue
        repeat = repeat_in(following, dose)
        # part of a tablet more ("plus half of one at night"): only of an amount told in whole tablets
        # ("half a 37.5 mg tablet in the morning and another half after lunch" is one tablet)
        whole = dose.count > 1 or bool(_STRENGTH_BEFORE.match(text, dose.start)) and not re.search(r"\bhalf\b", text[: dose.start], re.I)
        if repeat is not None and (repeat.tablets.is_integer() or whole):
            doses[i] = dose.repeated(repeat)
            if (more := extra_in(following, whole, dose)) is not None:
                doses[i] = doses[i].plus(more)
        elif (more := extra_in(following, whole, dose)) is not None:
            doses[i] = dose.plus(more)
        elif (
            dose.per_day is None
            and not (dose.daily or dose.weekly)
            and (taken := _TAKEN_EACH_DAY.search(following))
            and not _NOT_BEFORE.search(following, 0, taken.end())
        ):
            doses[i] = replace(dose, each_daytime=True)
    for i in range(1, len(doses)):
        prev, dose = doses[i - 1], doses[i]
        if dose.high_mg == prev.high_mg and _RESTATED.match(text, prev.end, dose.start):
            doses[i] = replace(dose, per_day=prev.per_day, daily=prev.daily, per_dose=prev.per_dose, cap=prev.cap, again=prev.again)
    for i, dose in enumerate(doses):
        if _restates_ceiling(text, dose):
            doses[i] = replace(dose, daily=True, cap=True)
        else:
            doses[i] = _cap_after(text, dose)
    lists = [m.span() for m in _LISTED.finditer(text)]
    for i, dose in enumerate(doses):
        unscheduled = dose.per_day is None and not (dose.daily or dose.weekly or dose.each_daytime)
        if (
            unscheduled
            and dose.count == 1
            and (
                any(a <= dose.start < b for a, b in lists) or _PRICED_AFTER.match(text, dose.end) or _PACK_SIZE_AFTER.match(text, dose.end)
            )
        ):
            doses[i] = replace(dose, listed=True)
        elif dose.start in strength_only and _day_told_after(text, strength_only[dose.start]):
            # "has me on the 15 mg tablets, and I take two with breakfast, two mid-afternoon and two more before bed": the
            # strength of the tablets counted after it, not a dose (the day's tablets are read by ``find_tablet_counts``)
            doses[i] = replace(dose, listed=True, per_day=None, per_day_low=None, daily=False, again=False, extra=0.0)
    return tuple(doses)


#: Tablets of a strength someone is on, named with it and no count: "my doctor has me on the 15 mg tablets", "his 10 mg
#: capsules", "she's on 5 mg tablets" (not "two of the 10 mg tablets": counted; the tablets in the plural).
#: ... said "ones": "the tablets I'm on now are the 15 mg ones, and I take two with breakfast" (holdout235 gy10).
_ONES_AFTER = re.compile(r"\s+ones\b", re.IGNORECASE)
#: ... past a few words naming them: "the doctor put me on the prescription naproxen 500 mg tablets, and I take two at breakfast
#: and two at teatime" (holdout303 jo07), "my generic Xanax 1 mg tablets".
_STRENGTH_ONLY_BEFORE = re.compile(
    rf"(?<!\bof\s)\b(?:the|my|your|his|her|their|these|those|on)\s+(?:(?!(?:first|last|next|other|extra|same|new|old)\b){_NAME_WORD}\s+){{0,3}}$",
    re.IGNORECASE,
)
#: ... then, in its sentence, the day's tablets counted, nothing else counted or measured between: "the 15 mg tablets, and I
#: take two with breakfast, two mid-afternoon and two more before bed", "his 10 mg tablets: one at breakfast, ...".
_TO_THE_DAY = re.compile(rf"(?:(?![.!?\d]|\b(?:{_NUMBER_WORD}|another|a\s+(?:couple|pair))\b)[^\n]){{0,60}}", re.IGNORECASE)


def _day_told_after(text: str, end: int) -> bool:
    """Are the day's tablets counted after the strength ending at ``end`` in ``text``, by the parts of the day or with how often
    ("two with breakfast, two mid-afternoon and two more before bed"), nothing else counted or measured between and not said
    not to be taken?"""
    count = next((c for c in find_tablet_counts(text) if c.start >= end), None)
    if count is None or count.daily_tablets() is None or count.at_least or count.product or count.strength:
        return False
    return bool(_TO_THE_DAY.fullmatch(text, end, count.start)) and not _NOT_BEFORE.search(text, end, count.start)


@dataclass(frozen=True)
class CombinationDose:
    """A combination strength ("Norco 10/325", "10 mg/325 mg"): one amount per
    component in the order the label writes them, times the tablets per dose."""

    start: int
    end: int
    amounts: tuple[float, ...]
    #: Tablets or capsules per dose (the higher of "1 or 2"), or in the day when ``daily_total``.
    count: float
    per_day: float | None
    #: The count is the day's ("eight 10/325 tablets a day"), not one dose's.
    daily_total: bool = False
    #: The strength only named, with no count or schedule ("for the 10/325 tablets, ..."): the
    #: tablets counted after it in its sentence are of it.
    named_only: bool = False
    #: The names each amount is written with ("10 mg hydrocodone with 325 mg acetaminophen"), in the text's
    #: order; empty for a strength written "10/325", in the label's order.
    names: tuple[str, ...] = ()

    def per_dose(self, index: int) -> float | None:
        return None if self.daily_total else self.amounts[index] * self.count

    def daily(self, index: int) -> float | None:
        if self.daily_total:
            return self.amounts[index] * self.count
        return self.amounts[index] * self.count * self.per_day if self.per_day else None


@lru_cache(maxsize=4096)
def find_combination_doses(text: str) -> tuple[CombinationDose, ...]:
    """Combination strengths with the tablets per dose before them ("two Norco 10/325
    tablets every 4 hours") and how often after them."""
    if not _may_hold_amount(text):
        return ()
    found = []
    named = [m for pattern in _COMBINATION_NAMED for m in pattern.finditer(text)]
    for m in sorted([*_COMBINATION.finditer(text), *named], key=lambda m: m.start()):
        amounts = tuple(float(g) for g in m.group("a", "b"))
        count_match = _COUNT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        count = 1.0
        if count_match and count_match.group("couple"):
            count = 2.0
        elif count_match:
            count = max(parse_number(w) for w in count_match.group("n", "n2") if w)
        end = m.end()
        if after := _COUNT_AFTER.match(text, end):  # "Norco 10/325, two tablets every 4 hours"
            count = parse_number(after.group("n"))
            end = after.end()
        per_day, daily_total, used = _frequency(text[end : end + 60])
        named_only = not (count_match or after or per_day or daily_total)
        names = tuple(g.lower() for g in m.group("x", "y")) if m.re is not _COMBINATION else ()
        found.append(CombinationDose(m.start(), end + used, amounts, count, per_day, daily_total, named_only, names))
    return tuple(found)


#: A count of tablets with no amount of its own: "up to 8 tablets a day", "2 tablets every 4 hours",
#: "one or two capsules three times a day" (not "2 tablets (100 mg)", "2 tablets of 50 mg"); or of
#: a product named for its tablets ("two Aleve every eight hours", "2 Nurofen Express three times a day"); or a share of the
#: tablets named before, told with their word ("two of the tablets every four hours", "two of his white caplets at night").
_COUNT = re.compile(
    # (a count with a half tablet more: "one and a half tablets on the first night", holdout283 iu01)
    rf"(?<![\w.,])(?:(?P<low>\d{{1,2}}|{_SPELLED})\s*(?:-|–|to|or)\s*)?(?P<n>(?:\d{{1,2}}|{_SPELLED}|{_COUPLE}){_AND_A_HALF}?)\s+"
    # (of the tablets named before, said "ones": "two of the little ones at breakfast, lunch, tea and supper", holdout247 hk08)
    rf"(?:(?:of\s+)?(?:the|these|those|his|her|my|your|their|our)\s+(?:(?!(?:{_UNIT}|and|or|of)\b)[a-z][\w-]*\s+){{0,2}}?{_TABLETS}\b"
    rf"|of\s+(?:the|these|those|his|her|my|your|their|our)\s+(?:(?!(?:{_UNIT}|and|or|of)\b)[a-z][\w-]*\s+){{0,2}}?ones\b"
    rf"|(?:(?:more|extra|whole|full|regular|(?!(?:{_UNIT})\b)[A-Z][\w-]*)\s+)?{_TABLETS}\b|(?-i:(?P<product>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))(?![\w-]))",
    re.IGNORECASE,
)
#: ... or with the tablets unsaid, told by a verb of taking or a repeat: "another two every four
#: hours", "two more every 4 hours", "take one three times a day" (not "have two every night": drinks?);
#: or at the end of its clause, a count only on one day or night named around it ("On the worst nights
#: he takes four", "last night I swallowed three"); had or given only every so many hours ("has a pair every three
#: hours", "we give him two every four hours"; ``given``).
_COUNT_UNSAID = re.compile(
    # (also the orders told: "his instructions were one every four hours, around the clock", holdout261 hy10)
    rf"\b(?:(?:(?P<given>ha(?:s|ve|d|ving)|giv(?:e|es|ing)|gave|(?:instructions|directions|orders)\s+(?:were|are)"
    rf"|(?:instructions|directions|orders|dose|dosing|regimen|schedule)\s+(?:was|is))(?:\s+(?:her|him|them|me|you|us))?|another|a\s+further|take|takes|taking"
    # (put on them by the prescriber, or on them: "the doctor has him on two each morning", "she's on three every night")
    rf"|(?:has|have|had|put|puts|putting|keeps|kept|started|starts)\s+(?:her|him|them|me|you|us)\s+on|(?<![\w’'])(?:he|she|I|we|they|you)(?:['’](?:s|m|re)|\s+(?:is|am|are|was|were))\s+(?:now\s+|still\s+)?on"
    # (a melt left to dissolve: "let one melt on your tongue every 8 hours")
    rf"|took|pop|pops|popping|popped|swallow(?:s|ed|ing)?|let(?:s|ting)?(?=\s+\S+\s+(?:\S+\s+)?(?:melt|dissolve)))\s+(?P<n>(?:\d{{1,2}}|{_SPELLED}|{_COUPLE}){_AND_A_HALF}?)(?!{_AND_A_HALF})"
    rf"|(?P<more>\d{{1,2}}|{_SPELLED})\s+more"
    # the first tablets repeated: "he takes two of them first thing, then two again every four hours"
    rf"|(?<=\bthen\s)(?P<again>\d{{1,2}}|{_SPELLED})(?=\s+(?:every|each)\s)"
    rf"|(?<=\bthen\s)(?P<again2>\d{{1,2}}|{_SPELLED})\s+again)"
    rf"(?(given)(?=\s+(?:every|each)\s+(?:{_HOURS})(?:\s*(?:-|to|or)\s*(?:{_HOURS}))?\s+hours?\b)"
    # (how it is taken may come between: "let another one melt every 6 hours", holdout280 ir01; "another one with food every 6 hours")
    rf"|(?=(?:\s*,?\s*(?:{_MANNER}))?\s+(?:every|each|a\s+day|per\s+day|daily|once|twice|three|four|(?:five|six)\s+times|\d+\s+times)"
    rf"|\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|just|then|tonight|today|yesterday|last\s+night)\b|\s+{TOGETHER}"
    # (... or a part of the day: "I started taking two before I got into bed", "she takes three at bedtime")
    rf"|\s+(?:(?:right|just)\s+)?(?:at|with|before|after|in|by|around)\s+(?:(?:the|your|his|her|my|their|our)\s+)?(?:(?:early|late)\s+)?"
    rf"(?:{_PART_WORDS})\b|\s+(?=(?:before|when|once|as)\s)(?:{_PART_WORDS})))",
    re.IGNORECASE,
)
#: ... or of a strength named by its number alone: "three of the 100s", "two of your 50's", "3 x 100s", with
#: a colour or a size: "two of the blue 20s", "three of my little 10s".
#: A tablet's look, the word it may be called by: "the blue tablets", "one white tablet".
_LOOKS = r"white|blue|orange|pink|peach|yellow|green|red|purple|brown|grey|gray|little|small|big|large|round|oval|tiny"
_OF_THE = (
    r"(?:the|your|my|his|her|their|those|these)"
    rf"(?:\s+(?:{_LOOKS}"
    r"|regular|usual|normal|standard|ordinary|plain|generic))?"
)
#: (... or with the product's strength word or a look between: "Two extra-strength 500s every four hours", "two little 5s")
_COUNT_OF_STRENGTH = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,2}}|{_SPELLED}|{_COUPLE})\s+(?:(?:of\s+{_OF_THE}|x|×)\s+)?"
    rf"(?:(?:{_LOOKS}|(?:extra|regular|maximum|max)[- ]strength|generic)\s+)?"
    r"(?P<strength>\d{1,4}(?:\.\d+)?)['’]?s\b",
    re.IGNORECASE,
)
#: Tablets called by their strength's number between a count and its part of the day: "two 850s with
#: breakfast", "a couple of the 100s in the morning", "one of my little 5s at night".
_STRENGTH_COUNTED = rf"(?:(?:of\s+)?{_OF_THE}\s+)?\d{{1,4}}(?:\.\d+)?['’]?s\s+"
_STRENGTH_FIRST = rf"(?:(?:of\s+)?{_OF_THE}\s+)?(?P<strength>\d{{1,4}}(?:\.\d+)?)['’]?s\s+"
#: What may stand between a count and its part of the day: the tablets, or a product named for its tablets
#: ("two Aleve with breakfast", "2 caplets at lunch", "two more at bedtime", "one Tylenol Extra Strength at night"); the first
#: item's product is the owner the count must be of.
_COUNTED = rf"(?:(?:more|extra)\s+)?(?:(?:(?:(?:{_LOOKS})\s+)?{_TABLETS}|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})(?:\s+{_TABLETS})?)\s+)?"
#: The tablets named before, said "of them" ("she took two of them in the morning, two mid-afternoon and two at bedtime"),
#: or with their word: "one of those tablets with breakfast and another before bed" (holdout261 hy03).
_OF_THEM_FIRST = rf"of\s+(?:them|those|these)\s+(?:{_TABLETS}\s+)?"
#: (the tablets called by their look: "one blue tablet after breakfast and two blue tablets after your evening meal", the
#: strength the article tells with that look, see :func:`find_looks`)
_COUNTED_FIRST = (
    rf"(?:(?:(?:(?P<looks>{_LOOKS})\s+)?{_TABLETS}|(?-i:(?P<product>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))(?:\s+{_TABLETS})?)\s+)?"
)
#: The part of the day a count is taken at: named ("with breakfast", "at bedtime"), or a clock time ("at 6 am", "at 10",
#: "when the alarm went off at 2 am"; not "at 6 weeks").
_COUNTED_AT = (
    # (... or if something holds then: "two more if you are still awake at 2 a.m.")
    rf"(?:{_PART_LEAD}(?:{_PART_WORDS})\b{_PART_TAIL}|(?:(?:when|whenever|if)\s+(?:[\w'’]+\s+){{1,5}}?)?"
    + re.sub(r"\(\?P<\w+>", "(?:", _CLOCK)  # (the clock's groups unnamed: it is said at each item)
    + ")"
)
#: ... or several clock times, the count taken at each ("two at 6, 10, 2 and 6"; see :func:`_clock_wraps`), or midnight.
#: ... or each meal, the three of them named in brackets or not: "one tablet with each meal (breakfast, lunch and evening meal),
#: one with your supper, and one more at bedtime" (three at the meals).
_EACH_MEAL = r"(?:with|at)\s+(?:each|every)\s+(?:main\s+)?meal\b(?:\s*\([^()]{0,60}\))?"
_EACH_MEAL_RE = re.compile(_EACH_MEAL, re.IGNORECASE)
_COUNTED_AT_OR_LIST = rf"(?:{_CLOCK_LIST}|(?:at|around|about|by)\s+(?:about\s+|around\s+)?midnight\b|{_EACH_MEAL}|{_COUNTED_AT})"
#: ... or, in a day's list that names a part of the day somewhere, an occasion of that day: "two before the headliner, two at the
#: after-party and two more when we finally crawl into the tent" (holdout230 gt10), "two with my coffee before the airport run
#: and another when I knock off at night" (holdout225 go07): before, after, at or during a named event, or when someone does
#: something (not another day or week: "at the weekend", "at the next visit").
_OCCASION = (
    # ... or the meal called tea, eaten at it or with it: "one with tea and one at about nine" (holdout250 hn05; a drink of tea
    # is no part of a day's list alone: the list must name a part of the day elsewhere)
    r"(?:with|at)\s+(?:(?:my|his|her|your|their|our)\s+)?tea(?=\s*[,;]|\s+and\b)|"
    # ... or before or after a task that ends one's day, named with no "the": "two more after load-out" (holdout256 ht07),
    # "one after lock-up", "another before practice"
    # ... or any such task or event named bare, what it is for told after it up to the comma: "two before doors for the panic, and
    # another at bedtime" (holdout308 jt06), "one before class", "two after rounds" (not "after that", "before the ...": read below)
    r"(?:before|after)\s+(?:[a-z]+-(?:out|in|off|up|down)|practice|training|rehearsal|soundcheck|church|gym|shift"
    r"|(?!(?:the|a|an|that|this|these|those|it|them|then|each|every|any|all|some|which|what|i|you|he|she|we|they|my|his|her|your"
    r"|their|our|taking|having|eating|food|meals?|one|two|three|four)\b)[a-z]{3,}(?=(?:\s+(?:for|to)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)?(?:\s*,|\s+and\b)))"
    r"(?:\s+(?:for|to)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*(?=\s*,|\s+and\b))?(?![\w-])|"
    rf"{_TAKEN_WITH}(?:(?:before|after|at|during)\s+the\s+(?!(?:same|next|following|other|end|start|weekend|week|month|year|day|time"
    r"|moment|most|least|latest|earliest|dose|doses|pharmacy|chemist|shop|store|counter)\b)[a-z][\w-]*(?:\s+(?!(?:and|or|then|plus|but"
    r"|too|as|for|on|in|of|with|every|each)\b)[a-z][\w-]*)?(?![\w-])"
    # (the rest of its clause, a few words up to the comma: "with my first coffee before the ovens go on, and I take half of one
    # more with lunch", holdout263 ia09)
    r"(?:(?:\s+(?!(?:and|then|plus|or|but)\b)[a-z][\w'’-]*){1,4}(?=\s*[,;]))?"
    # (... or the moment something starts: "two of them the moment the tingle starts, two more around lunchtime" (holdout267 ie06),
    # "one as soon as my knee flares")
    r"|(?:when|as\s+soon\s+as|once|the\s+(?:moment|minute|second|instant))\s+(?:i|you|he|she|we|they|(?:the|my|his|her|your|their)"
    r"\s+[a-z][\w-]*)\s+[^,.;:!?\d]{1,50}?(?=\s*[,.;:!?)]|\s+and\b|\s*$)"
    # ... or what is eaten or drunk then, one's own, closing the item: "One with my oatmeal, one at supper, and half of one at
    # lunch" (holdout240 hd10)
    r"|with\s+(?:my|his|her|your|their|our)\s+(?!(?:doctor|gp|nurse|pharmacist|husband|wife|partner|mum|mom|mother|dad|father|son"
    r"|daughter|friends?|kids?|children|family|prescriber|prescription|permission|blessing|approval|other|usual|regular)\b)"
    rf"(?:{_NAME_WORD}\s+){{0,2}}?{_NAME_WORD}"
    # ... its clock time told after it: "two with my coffee at 6, two at lunch, ..." (holdout258 hv10)
    r"(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)?"
    # ... or when, told after it up to the comma: "Two go down with my first coffee before the ovens go on, and I take half of
    # one more with lunch" (holdout263 ia09)
    # (or the list's last item, closing its sentence: "one at dinner and another with my late snack.", holdout284 iv07)
    r"(?:\s+(?:before|after|when|while|once)\s+[^,.;:!?\d]{1,40}?)?(?=\s*[,;]|\s+and\b|\s*[.!?](?:\s|$)|\s*$))"
)
_COUNTED_AT_OR_OCCASION = rf"(?:{_COUNTED_AT_OR_LIST}|{_OCCASION})"
#: Tablets counted at each of several listed parts of the day: "I'll take three with breakfast, three at lunch
#: and three with dinner", "she has two at breakfast and two at bedtime", "pop 2 in the morning, 2 at noon, 2 at night",
#: "one in the morning and another at bedtime" ("another" alone is one more), "two in the morning and again
#: at night" ("again": as many as before), "Two Aleve with breakfast and another two before bed",
#: also opening a clause with no verb, or a quotation: "On bad weeks I double up, two in the morning and one at night";
#: the tablets called by their strength ("the sweet spot is two 850s with breakfast and two with dinner", "a couple
#: of the 100s in the morning and one at bedtime": ``strength``, the first item's); or at clock times: "one at 6 am,
#: one at 10, one at 2 pm, one at 6 and one at 10 pm" (a part of the day or "am"/"pm" said in the list); the dose
#: raised to it: "your doctor may raise it to two tablets after breakfast and two after your evening meal", "we'll
#: increase you to three at breakfast and three at bedtime", "bumped me up to two in the morning and one at night"; given
#: ("I've been giving her two at 6, 10, 2 and 6, then two at 10": a count at each of several clock times, the list alone
#: enough when it goes round the clock).
#: One tablet said with its article at the head of a day's list: "I take a tablet when I get up and another after dinner".
_A_TABLET = rf"an?(?=\s+{_TABLETS}\b)"
#: The nth tablet of the day as a later item of the list: "One with breakfast, one at lunch, one with dinner, and a fourth at
#: bedtime" (one more: the day's count is then the nth).
_NTH_ITEM = r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth)"
#: The last item of a day's list said so before its count: "a last one around teatime", "the final one at bedtime".
_LAST_ITEM = r"(?:a|the)\s+(?:last|final)\s+(?=one\b)"
#: A count with a half tablet in it, or a whole or a half one, as an item of a day's list: "one and a half in the morning and one
#: and a half at night" (holdout236 gz06), "a whole one with breakfast and a half with his evening meal" (holdout237 ha03), "half
#: of one at bedtime" (not "a half hour": no part of the day follows).
_PART_COUNT = (
    rf"(?:{_NUMBER_WORD}){_AND_A_HALF}|a\s+whole\s+one"
    r"|(?:a\s+)?half(?:\s+(?:of\s+)?(?:an?|one)(?=\s+(?:tablet|tab|pill|one)\b)|\s+of\s+one)?"
)
#: A verb told after a count and before its time of day: "One goes down with breakfast, one at the midday break" (holdout252 hp06),
#: "one is taken at bedtime".
_GOES_DOWN = r"(?:(?:goes|go|went|gets|got|is|was)\s+(?:down|taken|swallowed)\s+)?"
#: A later item of a day's list told with its own subject and verb of taking: "..., and I take half of one more with lunch".
_ITEM_SAID_AGAIN = (
    r"(?:(?:i|you|he|she|we|they)\s+(?:also\s+)?(?:take|takes|took|have|has|had|pop|pops|popped|swallow|swallows|swallowed)\s+)?"
)
_COUNT_BY_DAYTIME = re.compile(
    # (also told as what one did: "I did two of them with breakfast, two at lunch and two at bedtime")
    r"(?:\b(?:take|takes|taking|took|pop|pops|popped|swallow(?:s|ed)?|ha(?:ve|s|d)|gets?|got|needs?|needed|us(?:e|es|ed)|on|with|do|does|did"
    r"|(?:giv(?:e|es|en|ing)|gave)(?:\s+(?:her|him|them|me|you|us|(?-i:[A-Z][a-z]+)))?"
    r"|is|are|was|were|(?<=\bit)['’]s|(?<=\bthat)['’]s"
    r"|(?:(?:rais|increas|bump|mov|push|step)(?:e|es|ed|ing|s)?|ups?|upped|upping|go(?:es)?|went|gone|going)"
    r"(?:\s+(?:it|this|that|the\s+dose|your\s+dose|you|him|her|me|them|us))?(?:\s+up)?\s+to)\s+"
    r"|(?:^|[,:;(–—\"“]|\s-)\s*[\"“]?)"
    rf"(?:{_PART_COUNT}|{_NUMBER_WORD}|{_COUPLE}|{_A_TABLET})\s+(?:{_STRENGTH_FIRST}|{_OF_THEM_FIRST}|{_COUNTED_FIRST}){_GOES_DOWN}{_COUNTED_AT_OR_OCCASION}"
    # (a later item may be told with its own subject and verb: ", and I take half of one more with lunch", holdout263 ia09)
    # (the last item said so: "..., one mid-afternoon and a last one around teatime", holdout303 jo01; "and a final one at bedtime")
    rf"(?:\s*(?:,|and|&|then|plus)\s*(?:and\s+)?(?:then\s+)?{_ITEM_SAID_AGAIN}(?:(?:(?:another\s+|{_LAST_ITEM})?(?:{_PART_COUNT}|{_NUMBER_WORD}|{_COUPLE})|another|{_NTH_ITEM})\s+"
    rf"(?:{_STRENGTH_COUNTED}|{_COUNTED})|again\s+)"
    rf"{_COUNTED_AT_OR_OCCASION}){{0,7}}",
    re.IGNORECASE,
)
#: One tablet more, said "another" with or without "one": "and another one at lunchtime", "another at night".
_ANOTHER = r"another(?:\s+one)?"
#: The same count said again before its part of the day: "2 at midday and 2 again before sleeping".
_AGAIN = r"(?:(?:again|once\s+more)\s+)?"
#: Bare counts at the later parts of the day after tablets of a strength counted at one: "2 tablets of 20 mg in the morning,
#: 1 at lunch, 2 at evening", "two 500 mg capsules at breakfast, one at lunch and two at bedtime", "four of the 20 mg capsules
#: with breakfast and another one at lunchtime", "2 tablets of 20 mg in the morning, 2 at midday and 2 again before sleeping",
#: "two of the 2 mg tablets when I got up, two more at lunch and another two before bed" (another two: two): the tablets of
#: the day.
_MORE_BY_DAYTIME = re.compile(
    rf"(?:\s*(?:,|and|&|then|plus)\s*(?:and\s+)?(?:then\s+)?(?P<n>{_ANOTHER}|(?:another\s+)?(?:{_NUMBER_WORD}))\s+{_COUNTED}{_AGAIN}{_COUNTED_AT})+",
    re.IGNORECASE,
)
#: ... or each part of the day said before its count, as before the first: "in the morning 2 tablet of 1 mg, at the midday 1
#: tablet, and in the evening 2 tablet", "At breakfast two 0.5 mg tablets, at lunch one and at bedtime two" (a count that
#: has an amount of its own is another dose: "..., in the evening 1 tablet of 0.5 mg").
_PART_FIRST_ITEM = (
    rf"\s*(?:,|;|and|&|then|plus)\s*(?:and\s+)?(?:then\s+)?{_PART_LEAD}(?:{_PART_WORDS})\b{_PART_TAIL}\s*[,:–-]?\s*(?:again\s+)?"
    rf"(?P<n>{_NUMBER_WORD})(?![\w-])(?!(?:\s+{_TABLETS})?\s*(?:of\s+)?(?:{_NUM})\s*(?:{_UNIT})\b)(?:\s+{_TABLETS}\b)?"
)
_PART_FIRST = re.compile(_PART_FIRST_ITEM, re.IGNORECASE)
_MORE_BY_DAYTIME_FIRST = re.compile(rf"(?:\s+{_TABLETS}\b)?(?:{_PART_FIRST_ITEM})+", re.IGNORECASE)
#: The amount counted in tablets before it: "2 tablet of 1 mg".
_IN_TABLETS = re.compile(rf"\b{_TABLETS}\s+of\s+$", re.IGNORECASE)
#: The first part of the day said before the tablets counted at the amount: "in the morning 2 tablet of 1 mg", "Morning: 2
#: tablets of 1 mg", "At breakfast take 1 tablet of 2 mg", "In the morning two 1 mg tablets".
_PART_BEFORE_COUNT = re.compile(
    rf"(?<![\w-]){_PART_LEAD}(?:{_PART_WORDS})\b\s*[,:–-]?\s*(?:(?:take|takes|have|has)\s+)?"
    rf"(?:(?:\d{{1,2}}|{_SPELLED}|an?)\s+{_TABLETS}\s+of\s+|(?:\d{{1,2}}|{_SPELLED})\s+)$",
    re.IGNORECASE,
)
#: ... a count after them, at a time they do not read: the list is read whole elsewhere, or not at all.
_LIST_GOES_ON = re.compile(rf"\s*(?:,|and|&|then|plus)\s*(?:and\s+)?(?:then\s+)?(?P<next>{_NUMBER_WORD}|another)\b", re.IGNORECASE)
_COUNT_WORD = re.compile(
    rf"\b(?:{_PART_COUNT}|{_NUMBER_WORD}|{_COUPLE}|another|again|{_A_TABLET}|{_NTH_ITEM})(?=\s+(?:{_STRENGTH_COUNTED}|{_OF_THEM_FIRST}|{_COUNTED}){_GOES_DOWN}{_COUNTED_AT_OR_OCCASION})",
    re.IGNORECASE,
)
#: Tablets named by their strength earlier in the sentence, then counted with the tablets unsaid: "Grab the
#: 400s and take a couple every four hours", "get your 50's out and take four" (not a decade: "in the 90s").
_STRENGTH_NAMED = re.compile(
    # (after "of" only as some of a supply, no count: "I keep a few of the 20s around" (holdout231 gu04), "a box of the 50s")
    r"(?<!\bin\s)(?<!\bsince\s)(?<!\bduring\s)(?<!\bfrom\s)(?:(?<!\bof\s)|(?<=\bfew\sof\s)|(?<=\bsome\sof\s)|(?<=\bbox\sof\s)"
    r"|(?<=\bpack\sof\s)|(?<=\bsupply\sof\s)|(?<=\bbottle\sof\s)|(?<=\bstash\sof\s))(?<!\bback\s)\b(?:the|my|your|his|her|their|those|these)\s+"
    r"(?P<strength>\d{1,4}(?:\.\d+)?)['’]?s\b",
    re.IGNORECASE,
)
#: A count unsaid told as more of the tablets before it: "another three", "a further two", "two more".
_MORE_OF_THEM = re.compile(r"^(?:(?:another|a\s+further)\s|[\w-]+\s+(?:more|again)$)", re.IGNORECASE)
#: One day (or night) named around a count of a strength or a count taken, before or after it in its
#: sentence: "On a bad day I've taken three of my 100s", "some nights she has four of the 25s", "two of the
#: 50s yesterday", "On the worst nights he takes four", "two of the 20s on Friday evening": the tablets that day are its total.
_ONE_DAY = re.compile(
    r"\b(?:on\s+(?:a|an|one|the|my|his|her|their|your|some|those|bad|rough|worse|worst)\b[\w\s-]{0,20}?\b(?:days?|nights?)"
    r"|(?:some|most|bad|rough|tough|worse|worst|those|other|many|busy)\s+(?:days|nights)|(?:one|that|the\s+other|each|every)\s+(?:day|night)"
    r"|yesterday|last\s+night|today|tonight|in\s+(?:a|one)\s+(?:single\s+)?(?:day|night|sitting)"
    r"|on\s+(?:a\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:morning|afternoon|evening|night)s?)?)\b",
    re.IGNORECASE,
)
#: A day of a plan named at the head of its sentence (a list item), all that stands before a count of tablets: "Friday: 4
#: tablets", "Day 3 - two tablets", "Days 4 to 7: take one tablet", "On Fridays, 3 tablets" (not "For 3 days, 2 tablets").
_DAY_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?(?:(?:on|every|each)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|days?\s+\d{1,2}"
    r"(?:\s*(?:-|–|to|and|through)\s*\d{1,2})?(?:\s+(?:on(?:wards?)?|and\s+after))?)\s*(?:[:,–—-]|\s)\s*"
    r"(?:(?:take|swallow|have|give)\s+)?(?:(?:just|only)\s+)?$",
    re.IGNORECASE,
)
_DAY_BEFORE_LOW = re.compile(r"\bdays?\s+$", re.IGNORECASE)
#: A verb of taking (or of giving) right before a count of tablets named by their strength ("I just take two of my 10s", "he
#: swallows three of the 40s", "nurses may give three of them"): taken at one time (not "used to take", "would take").
_TAKEN_BEFORE = re.compile(
    r"(?<!\bused\sto\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)\b(?:take|takes|taking|took|swallow(?:s|ed|ing)?|pop(?:s|ped|ping)?"
    r"|(?:give|gives|gave|giving)(?:\s+(?:her|him|them|me|you|us))?"
    # ... or needed, by the one who takes it: "My tablets are the 100s. Some days I need three of them before the attack lets go"
    r"|(?<![\w’'])(?:I|he|she|we|they)\s+(?:(?:just|still|often|usually|sometimes|even)\s+)?(?:need|needs|needed)"
    # ... or done, in a taker's slang, by one who takes them: "The 10s aren't cutting it. Thinking I'll do two of them three times a
    # day" (holdout300 jl06), "she does three of the 5s at night", "I'm doing two of them" (see :func:`_taken_before`)
    r"|(?P<done>(?<![\w’'])(?:I|he|she|we|they|you)(?:['’]ll|['’]d|\s+will|\s+(?:just|still|often|usually|sometimes|now|then))?\s+(?:do|does|did)"
    r"|(?<![\w’'])(?:I['’]m|I\s+am|he['’]s|she['’]s|we['’]re|they['’]re|you['’]re)\s+(?:now\s+|still\s+|just\s+)?doing))\s+"
    r"(?:(?:just|now|only|simply|usually|often|sometimes|always|then)\s+)?$",
    re.IGNORECASE,
)
#: Things other than tablets counted or named in the plural before "of them", after the last tablets named in the sentence: "The
#: physio showed me four exercises, and I do two of them three times a day" (the exercises are done, not the tablets; not a time:
#: "for three days").
_OTHER_PLURAL = re.compile(
    rf"\b(?:\d{{1,3}}|{_SPELLED}|some|several|a\s+few|few|these|those|the|my|his|her|your|their|our)\s+(?:[a-z][\w-]*\s+)?"
    rf"(?!(?:{_TABLETS}|ones|days|nights|weeks|months|years|hours|minutes|mornings|evenings|times|mg|doses)\b)[a-z][\w-]{{2,}}s\b",
    re.IGNORECASE,
)
_TABLETS_WORD = re.compile(rf"\b{_TABLETS}\b|\b\d{{1,4}}(?:\.\d+)?['’]?s\b", re.IGNORECASE)


def _taken_before(text: str, pos: int, of_them: bool = False) -> bool:
    """Is the count at ``pos`` right after a verb of taking (:data:`_TAKEN_BEFORE`)? One done ("I'll do two of them") is of tablets
    said "of them" only when no other things are named in the plural after the last tablets in its sentence."""
    taken = _TAKEN_BEFORE.search(text, 0, pos)
    if taken is None or not (of_them and taken.group("done")):
        return taken is not None
    tablets = [t.end() for t in _TABLETS_WORD.finditer(text, 0, taken.start())]
    return not _OTHER_PLURAL.search(text, tablets[-1] if tablets else 0, taken.start())


#: A dose raised (or changed) to a count of tablets, from one taken on a daily schedule said in the same clause: "moved me
#: up from one 20 mg tablet each morning to three of them", "went from two tablets a day to four tablets", "bumped her from
#: one 10 mg tablet at night up to three" (the count's schedule is the one it replaced).
_RAISED_FROM = re.compile(
    r"\bfrom\s+(?P<from>(?:(?!\b(?:from|to)\b)[^.;:!?]){1,80}?)\s*,?\s+(?:(?:all\s+the\s+way|straight)\s+)?(?:up\s+)?to\s+$", re.IGNORECASE
)
_DAILY_SCHEDULE = re.compile(
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:morning|evening|night|day|bedtime)|(?:a|per)\s+day|daily|nightly"
    r"|(?:at|before)\s+(?:night|bedtime|bed|breakfast)|in\s+the\s+(?:morning|evening))\b",
    re.IGNORECASE,
)


def _raised_daily(text: str, pos: int, end: int | None = None) -> bool:
    """Is the count at ``pos`` the new dose after "from" a dose on a daily schedule ("from one 20 mg tablet each morning
    to three of them"), or after "from" a dose and on a daily schedule itself, said right after it (ending at ``end``):
    "bump you up from one 10 mg tablet to three of them each morning"?"""
    raised = _RAISED_FROM.search(text, max(0, pos - 120), pos)
    if raised is None:
        return False
    after = end + len(text[end:]) - len(text[end:].lstrip()) if end is not None else None
    return bool(_DAILY_SCHEDULE.search(raised.group("from")) or (after is not None and _DAILY_SCHEDULE.match(text, after)))


#: A count of tablets named before it, said "of them" right after a verb of taking: "The tabs are 50 mg each, so
#: now I just take two of them at lights out", "she swallows three of those every morning" (not "two of them said").
_COUNT_OF_THEM = re.compile(
    # (or "of the same" tablets: "two of the same softgels half an hour before bed is a reasonable amount", holdout309 ju01)
    rf"(?<![\w.,])(?P<n>(?:\d{{1,2}}|{_SPELLED}|{_COUPLE}){_AND_A_HALF}?)\s+of\s+(?:them|those|these|the\s+same(?:\s+(?:{_TABLETS}|ones))?)\b",
    re.IGNORECASE,
)
#: ... or as the most that day, right before it: "up to three of them in a day", "no more than two of those in 24 hours".
_CEILING_OF_THEM = re.compile(
    r"\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|max(?:imum)?\s+of)\s+$", re.IGNORECASE
)
#: A count told after a colon with how often, the tablets named before the colon in its clause: "Her doctor has her on the 1 mg
#: tablets for that worry: one three times a day and two more at bedtime" (holdout291 jc09), "his capsules: two twice daily".
_COUNT_AFTER_COLON = re.compile(
    rf"(?<=:\s)(?P<n>(?:\d{{1,2}}|{_SPELLED}|{_COUPLE}){_AND_A_HALF}?)(?=\s+(?:once|twice|three\s+times|four\s+times|\d\s+times|every|each)\b)",
    re.IGNORECASE,
)
#: ... or called by their strength's number: "My 800s: one every four hours while I'm awake" (spot check 47), or by the
#: strength itself, as a pack's heading: "Tylenol Extra Strength 500 mg: two every four hours, round the clock" (spot check 48).
_TABLETS_BEFORE_COLON = re.compile(
    rf"(?:\b{_TABLETS}\b|\b(?:the|my|your|his|her|their)\s+\d{{2,4}}['’]?s\b|\b\d{{1,4}}(?:\.\d+)?\s?(?:mg|milligrams?)\b)"
    r"[^.;:!?]{0,60}:\s$",
    re.IGNORECASE,
)
#: ... or told as the dose with no verb, after "it's" ("Now it's two of them with my coffee every morning", "these days it
#: is three of those at bedtime", "since last week it has been three of them at a time"), or with its verb after it ("ten of
#: them swallowed together"): a count only with a schedule, a part of the day or "together" after it.
_DOSE_IS_BEFORE = re.compile(
    r"\b(?:it['’]s|it\s+(?:is|was)|that['’]s|it(?:['’]s|\s+(?:has|had))\s+been)\s+(?:(?:now|just|only|usually|still)\s+)?$", re.IGNORECASE
)
#: ... or as what someone is on: "Patients with the inherited kind ... are sometimes on two of those a day" (holdout255 hs08;
#: not refused in its clause: "Nobody should ever be on two of those a day").
_ON_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|['’](?:s|re|m)|stays?|stayed|kept|keeps?)\s+"
    r"(?:(?:now|just|only|usually|still|sometimes|often|even|already|currently)\s+)?on\s+$",
    re.IGNORECASE,
)
#: ... or told as allowed right after it: "two of the 10s is okay as long as ..." (holdout302 jn05), "two of them is perfectly safe",
#: "three of the 5s won't hurt" (not "is not okay", "is too much", "is never safe": nothing but the approval may follow the verb);
#: when it is taken told between, and an amount called reasonable: "two of the same softgels half an hour before bed is a reasonable
#: amount for a grown adult" (holdout309 ju01), "two of them at bedtime is a normal dose".
_OKAYED_AFTER = re.compile(
    r"(?:\s+(?:(?:half\s+an|an|a\s+half|\d{1,3}|one|two)\s+(?:hours?|minutes?|mins?)\s+)?(?:before|after|at|with|in)\s+(?:the\s+|your\s+|my\s+)?"
    rf"(?:{_PART_WORDS})\b)?"
    r"\s+(?:(?:is|are|['’]s|should\s+be|would\s+be|will\s+be)\s+(?:(?:perfectly|totally|completely|absolutely|generally|usually|still|probably"
    r"|quite|pretty|honestly)\s+)?(?:ok(?:ay)?|fine|safe|alright|all\s+right|acceptable|allowed|no\s+(?:problem|big\s+deal|issue)"
    r"|(?:an?\s+)?(?:(?:perfectly|quite|very|pretty)\s+)?(?:reasonable|sensible|normal|standard|safe)\s+(?:amount|dose|number))"
    r"|(?:won['’]t|will\s+not|wouldn['’]t|shouldn['’]t|doesn['’]t|never)\s+(?:hurt|harm)(?:s|ed)?)\b(?!\s*\?)",
    re.IGNORECASE,
)
_REFUSED_CLAUSE = re.compile(r"\b(?:nobody|no\s+one|none|not|never|n['’]t|shouldn['’]t|mustn['’]t)\b|n['’]t\b", re.IGNORECASE)
_TAKEN_AFTER = r"(?:swallowed|taken|downed|popped|gulped)"
_TAKEN_AFTER_COUNT = re.compile(rf"\s+{_TAKEN_AFTER}\b", re.IGNORECASE)
#: Tablets taken together, so all of them that day: "he doubles up to two 20s", "swallowed three tablets at once",
#: "two of the 100s in one go", "ten of them swallowed together" (not "double up on fluids").
_AT_ONCE_BEFORE = re.compile(r"\bdoubl(?:e|es|ed|ing)\s+up\s+(?:to|with|on)\s+$", re.IGNORECASE)
_AT_ONCE_AFTER = re.compile(rf"\s+(?:{_TAKEN_AFTER}\s+)?{TOGETHER}", re.IGNORECASE)
#: Between tablets taken together and how often that dose is repeated: "four at once, every four hours".
#: How often tablets taken together are taken again: "four at once, every four hours", "together and repeat that every four hours".
_OFTEN_AFTER_TOGETHER = re.compile(
    r"\s*,?\s*(?:and\s+(?:then\s+)?(?:again\s+)?)?(?:(?:repeat(?:s|ed|ing)?|redo(?:es)?|do(?:es)?)\s+(?:that|it|this|the\s+same)\s+(?:again\s+)?)?"
    r"(?=every\b|\w+\s+times\b|once\b|twice\b)",
    re.IGNORECASE,
)
#: The same count said again before how often it is repeated: "three of these, and the same again every four hours", "two of
#: them, then as many again every six hours".
_SAME_AGAIN = re.compile(
    # the first taken at a part of the day first: "four of the 200s with breakfast, then the same again every four hours"
    rf"(?:\s+{_PART_LEAD}(?:{_PART_WORDS})\b{_PART_TAIL})?"
    r"\s*,?\s*(?:and\s+)?(?:then\s+)?(?:the\s+same|as\s+many|that\s+many)\s+(?:again|more)\s+(?=every\b)",
    re.IGNORECASE,
)
_COUNT_WITH_AMOUNT = re.compile(rf"\s*(?:\(\s*|of\s+(?:[\w-]+\s+){{0,3}}|,\s*)?(?:{_NUM})\s*-?\s*(?:{_UNIT})\b", re.IGNORECASE)
#: A tablet strength: "50 mg tablets", "50-mg film-coated tablet", "tablets of 50 mg",
#: "each tablet contains 50 mg", "the tablets come in 50 mg and 100 mg".
_STRENGTH_BEFORE = re.compile(rf"(?<![\w.])(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\s+(?:[\w-]+\s+)?{_TABLETS}\b", re.IGNORECASE)
#: One tablet named by its amount and its product: "one 100 mg generic", "a 50 mg Viagra", or the tablets someone is
#: on, called by it: "my doc has me on the 10 mg Ambien", "my 20 mg Prozac", "the ten-milligram ones" (not "two 20 mg
#: Prozac": a dose).
_ONE_OF_STRENGTH = re.compile(
    rf"\b(?:one|an?|the|my|your|his|her|their)\s+(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\s+(?:generic\b|ones?\b|{_PRODUCT_AFTER})"
    # ... told by their look first: "Wendy's tablets are the big white 800 mg ones" (holdout264 ib06), "the green-and-cream 20 mg
    # ones" (holdout266 id10; a look of words, no number: not "the first two 800 mg ones")
    rf"|\b(?:the|my|your|his|her|their|our)\s+(?:(?!(?:{_NUMBER_WORDS}|first|last|next|other|extra|same)\b)[a-z][a-z-]*,?\s+){{1,3}}?"
    rf"(?P<b>{_NUM})\s*-?\s*(?P<v>{_UNIT})\s+ones?\b",
    re.IGNORECASE,
)
_STRENGTH_AFTER = re.compile(
    rf"\b{_TABLETS}\s+(?:each\s+|all\s+|both\s+)?(?:of|contain(?:s|ing)?|(?:is|are|has|have)"
    # ... past a few words of who had them, said as they were: "The tablets she came home with were 50 milligram ones", "the
    # pills the hospital gave him are 50 mg"
    r"|(?:(?:that|which)\s+)?(?:(?!(?:is|are|was|were|not|never|no)\b)[a-z][\w'’-]*\s+){1,5}?(?:is|are|was|were))"
    # ... the drug named before the amount: "Your tablets are ibuprofen 800 mg" (holdout229 gs01)
    r"\s+(?:only\s+|just\s+)?(?:(?!(?:not|never|no|over|under|above|below|up|less|more|than|about|around|at|to|in|on|of|for|an?|the"
    rf"|{_NUMBER_WORDS})\b)[a-z][\w-]*\s+)?(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\b"
    # (not a day's amount: "The ceiling for standard tablets is 2,550 mg a day")
    r"(?!\s*(?:a|per|each|every|/)\s*(?:day|24)\b|\s+(?:daily|in\s+24))",
    re.IGNORECASE,
)
#: A strength called so: "she was on the blue tablets, the 10 mg strength", "His tablets were the 10 mg size" (holdout234 gx05).
_STRENGTH_CALLED = re.compile(rf"(?<![\w.])(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\s+(?:strength|size)\b", re.IGNORECASE)
#: An amount that only names the tablets, called by it: "the 150 mg size", "the 20 mg strength", "the big white 800 mg ones".
_CALLED_BY_AMOUNT = re.compile(rf"(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\s+(?:strength|size|ones)\b", re.IGNORECASE)


def called_strength(text: str, start: int) -> bool:
    """Is the amount at ``start`` of ``text`` the tablets' strength, called so ("Her capsules are now the 150 mg size, and she
    takes two with breakfast and two more at bedtime": holdout268 if03), no dose taken?"""
    return _CALLED_BY_AMOUNT.match(text, start) is not None


#: Several tablets before it make the amount a dose, not a strength ("2 caplets contain 1,000 mg").
_SEVERAL_BEFORE = re.compile(rf"(?<![\w.,])(?!one\b|a\b)(?:\d{{1,2}}|{_SPELLED})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_STRENGTH_LIST = re.compile(
    r"\b(?:(?:comes?|available|sold|made)\s+(?:only\s+)?(?:in|as)|strengths?\s*(?:of|:|are|include))\s+(?P<rest>[^.;:]{0,80})",
    re.IGNORECASE,
)
#: One tablet's amount said after it: "50 mg each", "200 mg of ibuprofen per tablet", "200 mg in each Advil tablet", printed
#: on it: "The bottle says 50 mg on every tablet" (not "400 mg per dose").
_EACH = re.compile(
    rf"(?<![\w.])(?P<a>{_NUM})\s*(?P<u>{_UNIT})\s+(?:each|(?:of\s+[a-z][\w-]*\s+)?(?:per|(?:in|on)\s+(?:each|every)|in\s+one|a)\s+(?:{_NAME_WORD}\s+)?"
    rf"(?:tablet|tab|capsule|pill|caplet|chewable|{SOFTGELS})(?!s))\b",
    re.IGNORECASE,
)
#: A dose of several tablets with its amount in brackets: one tablet is its share ("two caplets (50 mg)": 25 mg).
_COUNT_THEN_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,2}}|{_SPELLED})\s+{_TABLETS}\s*\(\s*(?P<a>{_NUM})\s*(?P<u>{_UNIT})\s*\)", re.IGNORECASE
)


@dataclass(frozen=True)
class TabletCount:
    """Tablets (or capsules) taken with no amount beside them; the amount is the count
    times a strength the article names elsewhere."""

    start: int
    end: int
    count: float
    per_day: float | None
    #: The count is itself a total per day ("up to 8 tablets a day", "in 24 hours").
    daily: bool
    #: The name the tablets are counted by, with no word for tablets ("two Aleve"): the owner
    #: must be named there for the count to be a dose.
    product: str | None = None
    #: The strength the tablets are named by ("three of the 100s": 100), in mg if the drug is sold at it.
    strength: float | None = None
    #: The nth tablet that day ("a fourth at night"): the day's count, also beside a stated schedule.
    ordinal: bool = False
    #: The tablets are taken together, as one dose ("swallow 2 together", "a second one straight away").
    at_once: bool = False
    #: Tablets taken once on top of the schedule ("two tablets four times a day plus one more at night": 1).
    extra: float = 0.0
    #: ``daily`` only as at least that many that day, the tablets taken at one part of it ("three of the 325s with
    #: breakfast"): no total for the day, which a count on a schedule beside it ("and then another three every four hours")
    #: does not give way to.
    at_least: bool = False
    #: Taken on its schedule the whole day through, said so after it ("two every four hours, day and night", "a pair every
    #: three hours, around the clock"): every dose the hours allow is taken, not as needed up to a ceiling said apart.
    whole_day: bool = False
    #: Told as one tablet more than those taken before it that day ("another one of the 20s", "one more of my 10s"): ``count``
    #: holds the one before it too.
    more: bool = False
    #: The look the tablets are called by, with no strength ("two blue tablets": "blue"; see :func:`find_looks`).
    looks: str | None = None
    #: Said "of them" after a verb of doing, in a taker's slang ("I'll do two of them three times a day"): what was done may be
    #: something named in the sentence before (exercises), so the count is inferred.
    done: bool = False

    def daily_tablets(self) -> float | None:
        if self.daily:
            return self.count
        return self.count * self.per_day + self.extra if self.per_day else None


#: A second tablet the same day, with no amount: "take a second one at bedtime", "another
#: tablet later that evening", "an extra pill if it wears off": two tablets that day at least;
#: or a part of one: "an extra half tablet after lunch", "another half-tab at noon", "I'll take another half", "half of
#: another at bedtime" (one and a half); or the nth that day: "a fourth tablet at bedtime", "add a third at night" (n tablets
#: that day); said at its strength: "another 20 mg tablet", "a third 20 mg tablet", "half of another 10 mg tablet", "a second
#: 10 at two" (the number alone, see :func:`_said_strength`).
_SAID = r"\d{1,4}(?:\.\d+)?(?![:.]?\d)(?:\s*-?\s*mg\b)?"
_SECOND_TABLET = re.compile(
    r"\b(?:(?:(?P<part_first>half|a\s+quarter)\s+(?:of\s+)?)?(?P<lead>a\s+second|another|an\s+extra|an\s+additional|a\s+further|one\s+more"
    # "the second" right after a verb of taking: "take one with dinner, and if nothing much is happening by about ten I just
    # take the second one" (holdout231 gu04; not "I prefer the second one")
    r"|(?:(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaking\s)|(?<=\bpop\s)|(?<=\bpops\s)|(?<=\bswallow\s)|(?<=\bswallows\s))the\s+second)"
    rf"(?:\s+(?P<part>half|quarter)(?:(?:[\s-]+(?:of\s+)?(?:an?\s+)?|-?)(?:one|tab|{_TABLETS}))?(?!\s+(?:an?\s+)?hours?\b)"
    rf"|(?:\s+{_SAID})?(?:\s+(?:whole|full))?(?:\s+(?P<unit>one|tab|{_TABLETS}))?"
    # ... its strength said after it: "a second whole tablet of the 37.5", "another tablet of the 10 mg"
    rf"(?(unit)(?:\s+of\s+(?:the|my|your|his|her|their)\s+\d{{1,4}}(?:\.\d+)?(?![:.]?\d)(?:\s*-?\s*mg\b|['’]?s\b)?(?!\s*-?\s*(?:mcg|g|ml)\b))?"
    # ... or with no word for the tablet, called by the strength's number: "another of the 20s", "one more of my 10s"
    r"|(?:\s+of\s+(?:the|my|your|his|her|their)\s+\d{1,4}(?:\.\d+)?['’]?s\b)?))"
    rf"|(?:a|the)\s+(?P<nth>third|fourth|fifth|sixth)(?:\s+{_SAID})?(?:\s+(?:one|tab|{_TABLETS}))?)"
    rf"(?!\s+(?:of|a\s+day|daily)\b){_REPEAT_WHEN}",
    re.IGNORECASE,
)
#: The nth tablet that day told by what it does: "a third one usually finishes it off", "the fourth tablet normally works".
_NTH_TABLET_DOES = re.compile(
    rf"\b(?:a|the)\s+(?P<nth>third|fourth|fifth|sixth)\s+(?:one|tab|{_TABLETS})(?P<part>(?!))?\s+(?:usually|normally|generally|typically"
    r"|often|always|mostly|tends\s+to|will|should|would|does|did|finish(?:es|ed)|help(?:s|ed)|work(?:s|ed)|clear(?:s|ed)|sort(?:s|ed)"
    r"|knock(?:s|ed)|kill(?:s|ed)|fix(?:es|ed)|settle(?:s|d)|do(?:es)?\s+the\s+trick)\b",
    re.IGNORECASE,
)
_PART_OF_TABLET = {"half": 0.5, "quarter": 0.25}
#: A part of a tablet taken later the same day, told with no "another": "and half of a 20 mg tablet at six", "then half a
#: tablet before bed" (after the nth tablet: see :func:`find_tablet_counts`).
_PART_LATER = re.compile(
    rf"\b(?:and|then|plus|,)\s+(?:then\s+)?(?P<part>half|a\s+quarter)\s+(?:of\s+)?(?:an?|one)\s+(?:(?P<s>\d{{1,4}}(?:\.\d+)?)\s*-?\s*mg\s+)?"
    rf"(?:tab|{_TABLETS})\b{_REPEAT_WHEN}",
    re.IGNORECASE,
)
#: The part told after the tablet: "snap another tablet in half and take that half too", "cut another one in two".
_IN_PART = re.compile(r"\s+in\s+(?:half|two)\b", re.IGNORECASE)
#: The strength in a second tablet's words, with its unit and the tablets named after it.
_SAID_STRENGTH = re.compile(rf"(?P<n>\d{{1,4}}(?:\.\d+)?)(?P<mg>\s*-?\s*mg\b)?(?:\s+(?P<unit>{_TABLETS}))?", re.IGNORECASE)


def _part_of(text: str, m: re.Match[str]) -> str:
    """The part of a second tablet, told before it ("another half tablet", "half of another") or after it ("another tablet
    in half")."""
    if part := m.group("part") or m.groupdict().get("part_first"):
        return str(part).split()[-1].lower()
    return "half" if _IN_PART.match(text, m.end()) else ""


def _said_strength(text: str, m: re.Match[str]) -> float | None | bool:
    """The strength a second or nth tablet is said at ("another 20 mg tablet", "a third 20 mg tablet": 20), None when unsaid;
    False when the words are no tablet: "another" alone (a dose more, read by :func:`repeat_in`), a number that may count
    tablets ("another 10 tablets", "another 10 at night"). A number with no unit is a strength after "a second" or a part,
    or an article ("an extra", "a further"), or before "in half" ("a second 10 at two", "half of another 10", "another 10 in
    half")."""
    named = m.groupdict()
    said = _SAID_STRENGTH.search(m.group())
    if said is None:
        return None if named.get("nth") or named.get("part") or named.get("part_first") or named.get("unit") else False
    if said.group("mg") or _OF_THE_NUMBER.search(m.group()):
        # "another 20 mg tablet", "another one of the 20s", "another tablet of my 10 mg": the number is the tablets' strength
        return float(said.group("n"))
    one = not (said.group("unit") or "").lower().endswith("s")  # (not "another 10 tablets": ten more)
    article = (named.get("lead") or "-").split()[0].lower() in ("a", "an")  # (not "another", "one more")
    bare = named.get("nth") or named.get("part_first") or article or _IN_PART.match(text, m.end())
    return float(said.group("n")) if one and bare else False


#: The strength a second tablet is called by, after "of" ("another one of the 20s", "another tablet of my 10 mg").
_OF_THE_NUMBER = re.compile(r"\bof\s+(?:the|my|your|his|her|their)\s+\d", re.IGNORECASE)
_NTH_TABLET = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
#: A ceiling in tablets with no day said, after tablets taken every so many hours, in its sentence before any other
#: amount: "one every four hours as long as the burning lasts, up to five tablets", "two every 6 hours, but no more than
#: eight caplets", "every 4 hours to a maximum of six tablets" (the day's tablets at most; not "for up to five days", "up
#: to two tablets at a time": a dose, nor "up to 8 tablets a day": a ceiling for the day, read itself).
_HOURS_CEILING = re.compile(
    rf"[^.;!?\d]{{0,80}}?\b(?:up\s+to|more\s+than|(?:to\s+)?a\s+max(?:imum)?\s+of|at\s+most|max(?:imum)?)\s+(?P<n>\d{{1,2}}|{_SPELLED})\s+"
    rf"{_TABLETS}\b(?!\s*(?:{_DAY}|at\s+(?:a|one)\s+time|at\s+once|together|(?:per|a|each|every)\s+(?:dose|time|week|month)|in\s+(?:one|a)\s+(?:go|dose)))",
    re.IGNORECASE,
)


#: A schedule kept up the whole day and night, said right after it: "every four hours, day and night", "every three hours,
#: around the clock", "every 4 hours 24/7", "every six hours, even through the night" (not "at night" alone).
_WHOLE_DAY = re.compile(
    r"\s*,?\s*(?:(?:a|a-)?round[\s-]+the[\s-]+clock|day\s+and\s+night|night\s+and\s+day|24/7|all\s+day\s+and\s+(?:all\s+)?night"
    r"|(?:even|including|also)\s+(?:at\s+night|overnight|(?:through|during)\s+the\s+night))(?![\w/])",
    re.IGNORECASE,
)


def _ceiling_after_hours(text: str, start: int, used: int) -> tuple[float, int] | None:
    """The tablets at most, and where it ends, that a ceiling with no day gives (:data:`_HOURS_CEILING`) after tablets
    counted at ``start`` taken every so many hours (a schedule ``used`` characters long); None when there is none."""
    if not _EVERY.match(text[start : start + 60]):
        return None
    most = _HOURS_CEILING.match(text, start + used)
    return (parse_number(most.group("n")), most.end()) if most else None


def _clause_before(text: str, pos: int) -> str:
    """The clause ``pos`` is in, up to it (at most its last 400 characters: a hostile text with no punctuation stays cheap)."""
    return re.split(r"[,;:.!?]", text[max(0, pos - 400) : pos])[-1]


#: A copula or a verb of writing right after a count's hours: the count is what was written or said, not taken ("Three of
#: them every four hours were on the old chart in error").
_COUNT_IS_SUBJECT = re.compile(
    r"\s*(?:,\s*)?(?:were|was|is|are|had\s+been|has\s+been|have\s+been|appeared|appears|got\s+written|was\s+written)\b", re.IGNORECASE
)


#: What opens a count told as an aside after the tablets it is of: "the 2 mg bars now, two of them three times a day", "her
#: 25 mg tablets: two of those twice daily", "the little white ones, and three of them every morning".
_ASIDE_BEFORE = re.compile(r"(?:[,:;—–]\s*|\s+[-–]\s+)(?:(?:and|so|now|currently|usually)\s+)?$", re.IGNORECASE)


def _scheduled_aside(text: str, start: int, end: int) -> bool:
    """Is the count "of them" at ``start`` an aside with no verb after the tablets named before it in its sentence, told with
    how often ("My GP has me on the 2 mg bars now, two of them three times a day": holdout318 kd05)? Not when other things are
    named in the plural between ("four exercises, two of them three times a day"), nor when it is the subject of what follows
    ("two of them twice a day were on the old chart")."""
    if not _ASIDE_BEFORE.search(text, max(0, start - 20), start):
        return False
    tablets = [t.end() for t in _TABLETS_WORD.finditer(text, 0, start)]
    if not tablets or _OTHER_PLURAL.search(text, tablets[-1], start):
        return False
    per_day, daily, used = _frequency(text[end : end + 60])
    return (per_day is not None or daily) and not _COUNT_IS_SUBJECT.match(text, end + used)


def _every_with_no_verb(after: str) -> bool:
    """Is a count told with the hours it is taken every, with no verb ("two of those every four hours, day and night")?"""
    every = _EVERY.match(after)
    return every is not None and not _COUNT_IS_SUBJECT.match(after, every.end())


@lru_cache(maxsize=4096)
def find_tablet_counts(text: str) -> tuple[TabletCount, ...]:
    second = [
        m
        for m in sorted((*_SECOND_TABLET.finditer(text), *_NTH_TABLET_DOES.finditer(text)), key=lambda m: m.start())
        if not OTHER_DAY.search(text, m.end(), m.end() + 40) and not _NOT_BEFORE.search(_clause_before(text, m.start()))
    ]
    second = list({m.start(): m for m in reversed(second)}.values())[::-1]  # each place once, the first found there
    # "half a tablet in the morning and another half tablet after lunch": the halves make one tablet
    second = [m for m in second if not ((part := _part_of(text, m)) and re.search(rf"\b{part}", text[: m.start()], re.IGNORECASE))]
    said = [(m, _said_strength(text, m)) for m in second]
    found = []
    for i, (m, strength) in enumerate(said):
        if strength is False:
            continue
        count = _NTH_TABLET[m.group("nth").lower()] if m.group("nth") else 1 + _PART_OF_TABLET.get(_part_of(text, m), 1.0)
        if m.group("nth"):
            # "a third 20 mg tablet after school, and half of another before homework club", "a third at 4 pm and another at
            # 7 pm": the tablets more after the nth (up to the next nth), of its strength, are that day's too
            after_nth = itertools.takewhile(lambda later: not later[0].group("nth"), said[i + 1 :])
            count += sum(
                _PART_OF_TABLET.get(_part_of(text, o), 1.0)
                for o, other in after_nth
                # a tablet, or "another" alone (no number); of the nth's strength when both are said
                if (other is not False or not _DIGIT.search(o.group())) and not (strength and other and other != strength)
            )
            # ... and a part of one at a later time, with no "another": "a third 20 mg tablet when he gets home, and half of
            # a 20 mg tablet at six" (of the nth's strength when both are said)
            stop = next((o.start() for o, _ in said[i + 1 :] if o.group("nth")), len(text))
            count += sum(
                _PART_OF_TABLET[p.group("part").split()[-1].lower()]
                for p in _PART_LATER.finditer(text, m.end(), stop)
                if not (strength and p.group("s") and float(p.group("s")) != strength)
                and not _NOT_BEFORE.search(_clause_before(text, p.start()))
            )
        found.append(
            TabletCount(
                m.start(),
                m.end(),
                count,
                None,
                True,
                strength=strength or None,
                ordinal=bool(m.group("nth")),
                at_once=bool(_AT_ONCE_AFTER.match(text, m.end())),
                more=not m.group("nth"),
            )
        )
    if not _may_hold_amount(text) and not _ONE_MORE.search(text):
        return tuple(found)  # (a day's list may count with no number: "a tablet when I get up and another after dinner")
    of_them = [
        m
        for m in _COUNT_OF_THEM.finditer(text)
        if _taken_before(text, m.start(), of_them=True)
        or _DOSE_IS_BEFORE.search(text, 0, m.start())
        or (_ON_BEFORE.search(text, 0, m.start()) and not _REFUSED_CLAUSE.search(_clause_before(text, m.start())))
        or _TAKEN_AFTER_COUNT.match(text, m.end())
        or _OKAYED_AFTER.match(text, m.end())
        or _raised_daily(text, m.start(), m.end())
        # ... or with no verb, told with the hours it is taken every ("When a fever is really hanging on, two of those every
        # four hours, day and night, keeps it from creeping back up": holdout227 gq02; not the subject of what was written,
        # "Three of them every four hours were on the old chart in error")
        or _every_with_no_verb(text[m.end() : m.end() + 80])
        # ... or as an aside after the tablets named, told with how often: "the 2 mg bars now, two of them three times a day"
        or _scheduled_aside(text, m.start(), m.end())
        # ... or as a day's ceiling: "another every two hours, up to three of them in a day" (holdout293 je06)
        or _CEILING_OF_THEM.search(text, max(0, m.start() - 30), m.start())
    ]
    of_strength = list(_COUNT_OF_STRENGTH.finditer(text))
    # the tablets named, then their count after a colon with how often: "the 1 mg tablets for that worry: one three times a day"
    # (not when a ceiling for the day follows in its sentence: "the Regular Strength 325 mg tablets at home: two every 4 to 6
    # hours, no more than 10 in a day", holdout290 jb05; that ceiling is checked itself)
    listed = [
        m
        for m in _COUNT_AFTER_COLON.finditer(text)
        if _TABLETS_BEFORE_COLON.search(text, max(0, m.start() - 80), m.start()) and not tablet_ceiling(text[m.end() :])
    ]
    for m in (*_COUNT.finditer(text), *_COUNT_UNSAID.finditer(text), *of_strength, *of_them, *listed):
        if _COUNT_WITH_AMOUNT.match(text, m.end()):
            continue
        per_day, daily, used = _frequency(text[m.end() : m.end() + 60])
        at_least = False
        if per_day is None and not daily and (same := _SAME_AGAIN.match(text, m.end())):
            # "three of these, and the same again every four hours": the count is the dose repeated
            per_day, daily, used = _frequency(text[same.end() : same.end() + 60])
            used += same.end() - m.end() if per_day is not None else 0
        if per_day is None and not daily and (bare := _TIMES_BARE.match(text, m.end())):
            # how many times with no day after it, the day told around it: "on those days I take one five times, spread out from
            # breakfast to bedtime" (holdout310 jv09), "on a bad day I'll have two four times": the doses that day
            if _ONE_DAY.search(text, 0, m.start()) or _DAY_SPREAD.match(text, bare.end()):
                n = bare.group("n").lower()
                per_day, used = float(_WORD_NUMBERS.get(n) or int(n)), bare.end() - m.end()
        named = m.groupdict()
        strength = float(named["strength"]) if named.get("strength") else None
        if strength is None and m.re is _COUNT_UNSAID and (earlier := _STRENGTH_NAMED.search(text, 0, m.start())):
            strength = float(earlier.group("strength"))
        if strength is None and m.re is _COUNT_UNSAID and _MORE_OF_THEM.match(m.group()):
            # "three of the regular 325s with breakfast, and then another three every four hours": more of those tablets
            strength = next((float(c.group("strength")) for c in reversed(of_strength) if c.end() <= m.start()), None)
        if (
            per_day is None
            and not daily
            and (
                strength is not None
                or m.re in (_COUNT_UNSAID, _COUNT_OF_THEM)
                # ... or the tablets said, after a verb of taking: "take one and a half tablets on the first night" (holdout283 iu01)
                or (m.re is _COUNT and _TAKEN_BEFORE.search(text, 0, m.start()))
            )
        ):
            daily = bool(_ONE_DAY.search(text[: m.start()]) or _ONE_DAY.search(text, m.end(), m.end() + 40))
        # (the day's number read as a range's low end: "Day 3 - three tablets")
        label_end = m.start("n") if named.get("low") and _DAY_BEFORE_LOW.search(text, 0, m.start()) else m.start()
        if per_day is None and not daily and m.re in (_COUNT, _COUNT_OF_STRENGTH) and _DAY_LABEL.match(text, 0, label_end):
            daily = True  # "Friday: 4 tablets", "Day 3 - two tablets", "On Fridays, take 3 tablets": a plan's day, its tablets
        # "a 5 mg tablet at the same time": an amount, not a count
        together = None if _AMOUNT.match(text, m.start("n")) else _AT_ONCE_AFTER.match(text, m.end())
        if together and per_day is None and not daily and (how_often := _OFTEN_AFTER_TOGETHER.match(text, together.end())):
            # "four at once, every four hours": the tablets taken together are one dose, and it is repeated
            per_day, daily, more_used = _frequency(text[how_often.end() : how_often.end() + 60])
            if per_day is not None:
                used, together = how_often.end() - m.end() + more_used, None
        at_once = per_day is None and bool(_AT_ONCE_BEFORE.search(text, 0, m.start()) or together)
        if at_once:
            daily = True  # taken together, all that day: "doubles up to two 20s", "three tablets at once"
            used = used or (together.end() - m.end() if together else 0)
        if (
            per_day is None
            and not daily
            and m.re in (_COUNT, _COUNT_OF_STRENGTH, _COUNT_OF_THEM)
            and not named.get("product")
            and not _AMOUNT.match(text, m.start("n"))
        ):
            # "two capsules at bedtime", "three tablets each morning", "two of the 850s with breakfast": at least that many in the day
            rest = text[m.end() : m.end() + 60]
            at_daytime = _DAYTIME_AFTER.match(rest) or _EACH_DAYTIME.match(rest)
            if at_daytime and "," not in at_daytime.group():
                daily, used, at_least = True, at_daytime.end(), True
        if per_day is None and not daily and m.re is _COUNT_UNSAID and (each := _EACH_DAYTIME.match(text[m.end() : m.end() + 60])):
            # a count taken with the tablets unsaid, every morning or night: "The tablets are 100 mg ones, and you're to take two
            # every morning" (holdout306 jr09), "she takes three each night": at least that many each day
            daily, used, at_least = True, each.end(), True
        if (
            per_day is None
            and not daily
            and m.re is _COUNT_UNSAID
            and _TAKEN_BEFORE.search(text, 0, m.start("n") if m.group("n") else 0)
            and (at_part := _DAYTIME_AFTER.match(text[m.end() : m.end() + 60]))
            and "," not in at_part.group()
        ):
            # a count taken with the tablets unsaid, at a part of the day: "my doctor gave me the 10 mg ones, ... so I started
            # taking two before I got into bed" (holdout318 kd08): at least that many that day
            daily, used, at_least = True, at_part.end(), True
        if per_day is None and not daily and m.re in (_COUNT, _COUNT_OF_THEM) and _raised_daily(text, m.start()):
            daily = True  # "moved me up from one 20 mg tablet each morning to three of them": the new day's tablets
        if per_day is None and not daily and m.re is _COUNT_OF_STRENGTH and _TAKEN_BEFORE.search(text, 0, m.start()):
            daily = True  # "So now I just take two of my 10s": taken at one time, at least that many that day
        if per_day is None and not daily and m.re in (_COUNT_OF_STRENGTH, _COUNT_OF_THEM) and _OKAYED_AFTER.match(text, m.end()):
            daily = True  # "two of the 10s is okay": a dose told as allowed, taken at one time (holdout302 jn05)
        if per_day is None and not daily:
            continue
        n = m.group("n") or m.group("more") or m.groupdict().get("again") or m.groupdict()["again2"]
        count = parse_number(n)
        if per_day and (most := _ceiling_after_hours(text, m.end(), used)) and most[0] < count * per_day:
            # "one every four hours as long as the burning lasts, up to five tablets": five tablets that day at most
            count, per_day, daily, used = most[0], None, True, most[1] - m.end()
        more = extra_in(text[m.end() + used :], True) if per_day else None
        extra = (more or count) if more is not None else 0.0
        whole_day = _WHOLE_DAY.match(text, m.end() + used) if per_day else None
        found.append(
            TabletCount(
                m.start(),
                m.end() + used,
                count,
                per_day,
                daily,
                named.get("product"),
                strength,
                at_once=at_once,
                extra=extra,
                at_least=at_least,
                whole_day=bool(whole_day),
                done=m.re is _COUNT_OF_THEM and bool((taken := _TAKEN_BEFORE.search(text, 0, m.start())) and taken.group("done")),
            )
        )
    # "another one with water every 6 hours": one tablet on that schedule, not one more that day (holdout280 ir01)
    found = [c for c in found if not (c.more and any(o.start == c.start and o.per_day for o in found))]
    for m in _COUNT_BY_DAYTIME.finditer(text):
        if _NEXT_DAY_AFTER.match(text[m.end() :]):
            continue  # "one in the morning and another at bedtime the next day": two days' doses
        if not (_DAYTIME_PART.search(m.group()) or _HALF_DAY.search(m.group()) or _clock_wraps(m.group())):
            continue  # "one at 10 and one at 12": ages or sizes as likely as clock times
        # (the text after the list left in view: its last item may close on what follows it, "another with my tea, and ...")
        words = [c for c in _COUNT_WORD.finditer(text, m.start(), m.end() + 8) if c.start() < m.end()]
        # each count's times: one, or the clock times listed after it ("two at 6, 10, 2 and 6": four times)
        told = [text[c.end() : words[i + 1].start() if i + 1 < len(words) else m.end()] for i, c in enumerate(words)]
        times = [3 if _EACH_MEAL_RE.search(at) else max(1, len(clock_list_hours(at))) for at in told]
        if len(words) < 2 and times[:1] in ([], [1]):
            continue  # a count at one part of the day alone: read with the counts above
        found = [c for c in found if not m.start() <= c.start < m.end()]  # the list's first count is its part
        counts: list[float] = []
        for c in words:
            word = c.group().lower()
            one = word in ("a", "an") or bool(_NTH_WORD.fullmatch(word))  # "a tablet", "a fourth": one tablet more
            half = 0.5 if _HALF_ITEM.fullmatch(word) else None  # "a half with his evening meal", "half of one at bedtime"
            counts.append(1.0 if word == "another" or one else counts[-1] if word == "again" and counts else half or parse_number(word))
        counts = [n * t for n, t in zip(counts, times, strict=True)]
        strength = float(m.group("strength")) if m.group("strength") else None
        # one more on top of the list: "..., one at 10 pm, plus an extra one on physio days"
        more = extra_in(text[m.end() :], True)
        if more is None and _ANOTHER_ALONE.match(text, m.end()) and (again := repeat_in(text[m.end() :])) is not None:
            # one more alone, some words after the list: "..., and on practice nights he takes another before climbing the
            # tower" (holdout250 hn10), "and on the two worst nights I had another when the pain woke me" (hn05): the last
            # item's tablets again
            more = 0.0 if again.per_day is None and not again.tablets else None
        extra = (more or counts[-1]) if more is not None else 0.0
        # a list ending on the nth tablet is the day's count, also beside a stated schedule ("the prescription 500 mg tablets:
        # one with breakfast, one at lunch, one with dinner, and a fourth at bedtime")
        nth = [_NTH[c.group().split()[-1].lower()] for c in words[1:] if _NTH_WORD.match(c.group())]
        # (its nth is the day's count also when the list's first tablet was told with its strength before it, as a dose: "one
        # 500 mg tablet with breakfast, one with lunch, one with dinner, and a fourth before bed": four, not the three listed)
        total = max(sum(counts) + extra, float(nth[-1])) if nth else sum(counts) + extra
        looks = m.group("looks").lower() if m.group("looks") else None
        found.append(
            TabletCount(words[0].start(), m.end(), total, None, True, m.group("product"), strength, ordinal=bool(nth), looks=looks)
        )
    return tuple(found)


_NTH_WORD = re.compile(_NTH_ITEM, re.IGNORECASE)
#: How many times, with no day or week said after it: "one five times", "two four times" (see :func:`find_tablet_counts`).
_TIMES_BARE = re.compile(
    r"\s+(?P<n>twice|thrice|(?:[2-9]|two|three|four|five|six)(?=\s+times\b))(?:\s+times)?\b"
    r"(?!\s*(?:a|an|per|each|every|in|over|a\s+week|that|this)\b|\s+(?:weekly|monthly|daily|more|over|before|already))",
    re.IGNORECASE,
)
#: ... the day told after it as the doses spread through it: "spread out from breakfast to bedtime", "through the day".
_DAY_SPREAD = re.compile(
    rf"\s*,?\s*(?:(?:spread|spaced|split)(?:\s+out)?\s+)?(?:from\s+(?:the\s+)?(?:{_PART_WORDS})\s+(?:to|till|until|through)\s+(?:the\s+)?"
    rf"(?:{_PART_WORDS})\b|(?:through(?:out)?|across|over)\s+the\s+(?:whole\s+)?day\b)",
    re.IGNORECASE,
)
#: "another" or "a second" alone in the clauses after a day's list, before its sentence ends.
_ANOTHER_ALONE = re.compile(r"[^.;!?]{0,80}?\b(?:another|a\s+second)\b(?!\s+(?:dose|day|night|week|time|medicine|drug)\b)", re.IGNORECASE)
_HALF_ITEM = re.compile(r"(?:a\s+)?half\b.*", re.IGNORECASE | re.DOTALL)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ONE_MORE = re.compile(r"\b(?:another|second|third|fourth|fifth|sixth)\b", re.IGNORECASE)


#: A ceiling for the day in tablets, the tablets said or not: "no more than 8 tablets a day", "no more than 6
#: in 24 hours", "Do not take more than 8 tablets in 24 hours", "up to 12 caplets in any 24-hour period".
_TABLET_CEILING = re.compile(
    # ("don't go past eight tablets in 24 hours": holdout233 gw02)
    rf"\b(?:more\s+than|over|exceed(?:s|ing)?|up\s+to|at\s+most|max(?:imum)?(?:\s+of)?|(?:go(?:es|ing)?\s+)?(?:past|beyond))\s+(?P<n>\d{{1,2}}|{_SPELLED})"
    rf"(?:\s+{_TABLETS})?\s*(?:{_DAY})",
    re.IGNORECASE,
)


def tablet_ceiling(text: str) -> bool:
    """Does ``text`` state a ceiling for the day in tablets ("no more than 8 a day")?"""
    return bool(_TABLET_CEILING.search(text))


def tablet_ceilings(text: str) -> Iterator[tuple[float, int, int]]:
    """Each ceiling for the day in tablets ``text`` states: (tablets, start, end)."""
    for m in _TABLET_CEILING.finditer(text):
        yield parse_number(m.group("n")), m.start(), m.end()


#: Puffs of an inhaler counted with how often or a day's total: "4 puffs every 3 hours", "two inhalations
#: four times a day", "up to 16 puffs a day", "1 or 2 actuations every 4 hours" (the high count).
_PUFFS = r"(?:puffs?|inhalations?|actuations?|sprays?\s+from\s+(?:the|your|an?)\s+inhaler)"
_PUFF_COUNT = re.compile(
    rf"(?<![\w.,])(?:(?:\d{{1,2}}|{_SPELLED})\s*(?:-|–|to|or)\s*)?(?P<n>\d{{1,2}}|{_SPELLED}|{_COUPLE})\s+(?:(?:more|extra)\s+)?{_PUFFS}\b",
    re.IGNORECASE,
)
#: What one puff gives: "Each puff gives 90 mcg", "one inhalation delivers 100 micrograms", "90 mcg per puff",
#: "100 mcg a puff", "a 90 mcg puff".
_PUFF_STRENGTH = re.compile(
    rf"\b(?:each|one|a|every|per|single)\s+(?:puff|inhalation|actuation)\s+(?:of\s+(?:[\w-]+\s+){{1,2}})?"
    rf"(?:gives|delivers|contains|provides|releases|sprays|has|is|holds)\s+(?:you\s+)?(?:about\s+|roughly\s+)?(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\b"
    rf"|(?<![\w.])(?P<b>{_NUM})\s*-?\s*(?P<v>{_UNIT})\s+(?:of\s+[\w-]+\s+)?(?:(?:per|a|each|in\s+each|with\s+each|every)\s+)?(?:puff|inhalation|actuation)\b",
    re.IGNORECASE,
)


#: A product named with its strength: "Pepcid AC is 10 mg; Maximum Strength is 20 mg", "Extra Strength
#: contains 500 mg", "Aleve comes as 220 mg" (not a dose: "Zyrtec is 10 mg a day").
_PRODUCT_STRENGTH = re.compile(
    rf"(?-i:(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}))\s+(?:is|are|comes\s+(?:in|as)|contains?|has|holds)\s+"
    rf"(?:(?:a|one|only|just)\s+)?(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\b(?!\s*(?:(?:a|per|each|every)\s+(?:day|dose)|daily|once|twice|/|of\b))",
)


def find_product_strengths(text: str) -> tuple[tuple[int, str, float], ...]:
    """Products named with their strength ("Maximum Strength is 20 mg"): (position of the amount, name, mg)."""
    if not _may_hold_amount(text):
        return ()
    return tuple((m.start("a"), m.group("name"), _to_mg(m.group("a"), m.group("u"))) for m in _PRODUCT_STRENGTH.finditer(text))


def find_puff_counts(text: str) -> tuple[TabletCount, ...]:
    """Puffs counted with a schedule or a day's total ("4 puffs every 3 hours": 4 puffs, 8 times a day)."""
    if not _may_hold_amount(text):
        return ()
    found = []
    for m in _PUFF_COUNT.finditer(text):
        per_day, daily, used = _frequency(text[m.end() : m.end() + 60])
        if per_day is None and not daily:
            continue
        found.append(TabletCount(m.start(), m.end() + used, parse_number(m.group("n")), per_day, daily))
    return tuple(found)


def find_puff_strengths(text: str) -> tuple[tuple[int, float], ...]:
    """What one puff gives, as the text states it: (position, mg)."""
    if not _may_hold_amount(text):
        return ()
    return tuple((m.start(), _to_mg(m.group("a") or m.group("b"), m.group("u") or m.group("v"))) for m in _PUFF_STRENGTH.finditer(text))


#: Bare numbers listed before an amount with its unit, joined by commas, "and", "or" or a slash: "500, 850 and " of "500, 850
#: and 1,000 mg".
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?")
_BARE_LIST = re.compile(r"(?:\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:,\s*(?:and|or)?|and|or|/|&)\s*)+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def find_strengths(text: str) -> tuple[tuple[int, float], ...]:
    """Tablet strengths named in ``text``: (position of the amount, mg)."""
    if not _may_hold_amount(text):
        return ()
    found = [
        (m.start(), _to_mg(m.group("a"), m.group("u")))
        for m in (*_STRENGTH_BEFORE.finditer(text), *_EACH.finditer(text), *_STRENGTH_CALLED.finditer(text))
    ]
    found += [
        (m.start("a"), _to_mg(m.group("a"), m.group("u"))) if m.group("a") else (m.start("b"), _to_mg(m.group("b"), m.group("v")))
        for m in _ONE_OF_STRENGTH.finditer(text)
    ]
    for m in _STRENGTH_AFTER.finditer(text):
        if not _SEVERAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            found.append((m.start("a"), _to_mg(m.group("a"), m.group("u"))))
    for m in _COUNT_THEN_AMOUNT.finditer(text):
        if tablets := parse_number(m.group("n")):
            found.append((m.start("a"), _to_mg(m.group("a"), m.group("u")) / tablets))
    for m in _STRENGTH_LIST.finditer(text):
        base = m.start("rest")
        if (first := _AMOUNT.search(m.group("rest"))) and _BARE_LIST.fullmatch(m.group("rest"), 0, first.start()):
            # numbers listed bare before the first amount share its unit: "come in 500, 850 and 1,000 mg" (holdout284 iv07)
            for n in _BARE_NUMBER.finditer(m.group("rest"), 0, first.start()):
                found.append((base + n.start(), _to_mg(n.group(), first.group("unit"))))
        for a in _AMOUNT.finditer(m.group("rest")):
            found.append((base + a.start(), _to_mg(a.group("high"), a.group("unit"))))
            if a.group("low"):
                found.append((base + a.start(), _to_mg(a.group("low"), a.group("low_unit") or a.group("unit"))))
    return tuple(sorted(set(found)))


#: A strength told with the look of its tablets: "white 0.5 mg tablets and blue 1 mg tablets", "the 1 mg tablets are blue", "a
#: small white 10 mg tablet".
_LOOKS_STRENGTH = re.compile(
    rf"\b(?P<looks>{_LOOKS})\s+(?:(?:{_LOOKS})\s+)?(?:,\s*)?(?P<a>{_NUM})\s*-?\s*(?P<u>{_UNIT})\s+{_TABLETS}\b"
    rf"|(?<![\w.])(?P<b>{_NUM})\s*-?\s*(?P<v>{_UNIT})\s+{_TABLETS}\s+(?:is|are)\s+(?:(?:{_LOOKS})\s+(?:and\s+)?)?(?P<after>{_LOOKS})\b",
    re.IGNORECASE,
)


def find_looks(text: str) -> tuple[tuple[int, str, float], ...]:
    """Strengths told with the look of their tablets ("blue 1 mg tablets"): (position of the amount, the look, mg)."""
    if not _may_hold_amount(text):
        return ()
    return tuple(
        (
            m.start("a") if m.group("a") else m.start("b"),
            (m.group("looks") or m.group("after")).lower(),
            _to_mg(m.group("a") or m.group("b"), m.group("u") or m.group("v")),
        )
        for m in _LOOKS_STRENGTH.finditer(text)
    )


def find_numbered_strengths(text: str) -> tuple[tuple[int, float], ...]:
    """Tablets called by their strength's number alone ("My prescriber moved me to the 50s", "she's on the 10's"): (position of
    the number, the number as mg; the caller keeps those a drug is sold at); not a decade ("in the 90s", "since the 80s")."""
    return tuple((m.start("strength"), float(m.group("strength"))) for m in _STRENGTH_NAMED.finditer(text))


#: One tablet called by its strength's bare number at a part of the day: "a 15 at breakfast", "another 7.5 before bed".
_CALLED_AT = (
    rf"(?<![\w.])(?:an?|one|another)\s+(?:(?:whole|full|single)\s+)?(?P<n>\d{{1,3}}(?:\.\d+)?)(?![\d.,%])\s+{_PART_LEAD}"
    rf"(?:{_PART_WORDS})\b"
)
_CALLED_ITEM = re.compile(_CALLED_AT, re.IGNORECASE)
_CALLED_DAY = re.compile(
    rf"{_CALLED_AT}(?:\s*(?:,|and|&|then|plus)\s*(?:and\s+)?(?:then\s+)?{_CALLED_AT.replace('(?P<n>', '(?:')})+", re.IGNORECASE
)


def find_called_days(text: str) -> tuple[tuple[int, int, tuple[float, ...]], ...]:
    """Tablets called by their strength's number alone, one at each of several parts of the same day ("a 15 at breakfast and
    another 7.5 before bed"): (start, end, the numbers as mg; the caller keeps those a drug is sold at); not when the list
    goes on to another day ("... and a 7.5 the next morning")."""
    return tuple(
        (m.start(), m.end(), tuple(float(i.group("n")) for i in _CALLED_ITEM.finditer(text, m.start(), m.end())))
        for m in _CALLED_DAY.finditer(text)
        if not _NEXT_DAY_AFTER.match(text[m.end() :])
    )


#: A child's age: "your four-year-old's hay fever", "a 4 year old", "an 18-month-old", "she is six years old",
#: "children aged 3", "age 5" (not "for 6 years", "6 years ago", "a twenty-four-year-old").
_AGE_NUMBER = "|".join(sorted(_UNITS, key=len, reverse=True))
_AGE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,2}}|{_AGE_NUMBER})[\s-]+(?P<unit>years?|yrs?|months?)[\s-]+old\b"
    rf"|\bage(?:d|s)?\s+(?P<aged>\d{{1,2}}|{_AGE_NUMBER})(?![\w.,])",
    re.IGNORECASE,
)
#: Below this age in years every label doses a child as a child (children's doses end at 12 to 18 years), so a
#: "45-year-old" or a "16-year-old" is not read as one.
CHILD_AGE_BELOW = 12


@lru_cache(maxsize=4096)
def child_age(text: str) -> tuple[float, int] | None:
    """The age in years of the last child under :data:`CHILD_AGE_BELOW` that ``text`` names ("If your four-year-old's
    hay fever is flaring", "an 18-month-old", "children aged 3"), and where that mention ends; None if it names none."""
    ages = [
        (parse_number(m.group("n") or m.group("aged")) / (12 if (m.group("unit") or "").lower().startswith("month") else 1), m.end())
        for m in _AGE.finditer(text)
    ]
    young = [a for a in ages if a[0] < CHILD_AGE_BELOW]
    return young[-1] if young else None
