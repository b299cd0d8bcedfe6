"""Claim checks that compare an article with its drugs' facts (checks/drugs/*.yml):
off-label uses, interaction classes, required safety warnings, known misstatements,
and the warning that a drug the article is about has no facts at all.

Off-label, interactions and safety-warnings apply to the article's primary drugs;
accuracy (and dosage, in dosage.py) to every drug named. See pipeline/drugs.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from pipeline.checks.patterns import may_match, pattern_index
from pipeline.concepts.context import (
    SCOPE,
    ContextLexicon,
    answered_letter,
    called_a_myth,
    continues_hearsay,
    denied_by_subject,
    denies,
    describes_the_drug,
    dismissal_end,
    endorsed,
    get_context_lexicon,
    historical,
    negated,
    rebutted,
    refuted,
    refuted_by_next,
    refuted_later,
)
from pipeline.concepts.drugs import DrugAnalysis, DrugNames, Mention, analyse, get_names, set_against
from pipeline.concepts.uses import (
    HANDED_OVER,
    LAY_GAVE,
    USED_LEAD,
    Use,
    asks_what_next,
    denied_before,
    find_anaphoric_uses,
    find_listed_uses,
    find_uses,
    given_after,
    given_on_what_was_told,
    goes_on_to_a_giving,
    kept_away,
    only_looked,
    opens_with_dose,
    opens_with_giving,
    rules_out_a_first_choice,
    trouble_told_first,
)
from pipeline.document.article import WHOLE_ARTICLE, Article, Offsets, Place
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.document.sections import Sections
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.findings import Finding, Severity
from pipeline.knowledge.conditions import ConditionVocabulary, get_conditions
from pipeline.knowledge.facts import ApprovedUse, DrugFacts, FactsBase, Interaction, Misstatement, get_facts
from pipeline.knowledge.literals import folded
from pipeline.knowledge.options import NoOptions
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext


def _primary_with_facts(analysis: DrugAnalysis, facts: FactsBase) -> list[DrugFacts]:
    return [facts.drugs[g] for g in analysis.primary if g in facts.drugs]


# -- off-label ---------------------------------------------------------------------
#: Words after a condition that narrow it ("pain *due to multiple sclerosis*", "pain *that can last after shingles*").
_QUALIFIER = re.compile(
    # "the pain *and stiffness of osteoarthritis*" (symptoms only: "anxiety and spasticity
    # from MS" must not borrow the approval of the second condition)
    r"^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:stiffness|swelling|tenderness|inflammation|discomfort|soreness|aches?|redness))*"
    # (the symptom's signals: "the pain signals of a migraine")
    r"(?:\s+(?:signals?|messages?|sensations?))?\s+"
    r"(?:from|after|following|due to|caused by|of|in|with|that|which|related to|associated with|linked to|resulting from)\b"
    r"(?:\s+[\w'’-]+){1,5}",
    re.IGNORECASE,
)


#: Between a lay noun for an illness and the name in apposition with it: "the stomach bug *H. pylori*",
#: "a chest infection *called* pneumonia".
_APPOSITION = re.compile(r"[ \t]+(?:(?:called|known as|named|i\.e\.,?|namely)\s+)?(?:the\s+)?", re.IGNORECASE)


#: The signs told, then named by the label's word after them, the clause that tells them maybe between: "the cough and tight
#: chest that come on during or after hard sets*, which doctors call* exercise-induced bronchoconstriction", "the wheeze at
#: night*, known medically as* asthma", "*— what your doctor calls* allergic rhinitis" (not past a second use: "for a cough,
#: and for what doctors call ...").
_NAMED_BY_THE_LABEL = re.compile(
    r"(?:(?!\b(?:for|to\s+(?:treat|ease|help|stop|prevent)|also|as\s+well\s+as|plus)\b)[^.;:!?()])*?"
    r"(?:,|\s[—–-]|\s)\s*(?:(?:which|what|that)\s+(?:(?:your|the|a|their|his|her|my|our)\s+)?(?:doctors?|GPs?|medics|nurses|pharmacists?"
    r"|specialists?|experts?|clinicians|physicians|the\s+(?:textbooks|books|label|leaflet)|people|we|they)\s+(?:(?:now|often|usually|may|might|would|will|could)\s+)?"
    r"(?:call|calls|called|name|names|term|terms|refer\s+to\s+as|know\s+as|diagnose\s+as|diagnosed\s+as)"
    r"|(?:(?:which|that)\s+(?:is|are)\s+)?(?:known|described|diagnosed)\s+(?:medically\s+|clinically\s+|officially\s+)?as"
    r"|(?:which|that)\s+(?:is|are)\s+(?:medically\s+|clinically\s+|officially\s+)?(?:called|named|termed))"
    r"\s+(?:it\s+|them\s+|this\s+)?(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)


#: A gloss in brackets right after a condition: "muscle stiffness *(spasticity)*" names it by the label's word.
_GLOSS = re.compile(r"^\s*\([^()]{1,40}\)")


#: Examples that gloss a broad condition right after it (and its qualifier): "long-lasting aches in the
#: muscles and joints*, such as* chronic low back pain or osteoarthritis of the knee".
_EXAMPLES = re.compile(r"^\s*,?\s*(?:such as|like|including|e\.g\.,?|for example,?|for instance,?)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
#: Where the first example ends: the next comma, "or"/"and", or the clause's end.
_EXAMPLE_END = re.compile(r",|;|:|\.(?:\s|$)|\)|\s(?:or|and)\s|$", re.IGNORECASE)


#: A trouble said to come with another one: "eases the spasm, which eases the pain and stiffness *that come
#: with it*", "the pain that goes along with the spasms".
_COMES_WITH = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){0,6}?[\w-]+)?\s+(?:that|which)\s+(?:(?:often|usually|commonly|can|may|tends? to)\s+)?"
    r"(?:come|comes|came|go|goes|went)\s+(?:along\s+)?with\s+"
    r"(?:it|them|this|that|these|those|(?:the|an?|each|every|your|their|his|her|my)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?))\b",
    re.IGNORECASE,
)
#: What a symptom comes with, when it is one bout of the condition told before: "the queasy feeling that comes with *an attack*".
_A_BOUT = re.compile(r"(?:attacks?|episodes?|bouts?|flares?|flare-ups?|spells?|one|ones)$", re.IGNORECASE)


#: Inside a condition's words, where it is told as what another trouble left: "nerve pain *after* shingles", "pain that
#: lingers *following* a bout of shingles" (postherpetic neuralgia: a synonym of shingles does not say it).
_CAME_AFTER = re.compile(r"\b(?:after|following|left\s+(?:by|behind\s+by))\b", re.IGNORECASE)


#: A condition pointed back at by its own word, after the approved use that named it: "for some thyroid cancers, to keep
#: *the* cancer from growing again", "for papillary thyroid carcinoma; *her* cancer has not come back" (not a bare
#: "cancer", "for breast cancer").
_POINTED_BACK = re.compile(r"\b(?:the|that|this|its|her|his|their|your|my|our)\s+$", re.IGNORECASE)
#: ... set in another place, so another one: "the cancer *in her breast*", "the tumour *of the liver*".
_PLACED = re.compile(r"\s+(?:in|of|on)\s+(?:the|her|his|their|your|my|its)\b", re.IGNORECASE)


def _stem(surface: str) -> str:
    """A condition's words without a plural "s" ("colds" → "cold"; not "sinus")."""
    return surface[:-1] if len(surface) > 3 and surface[-1] in "sS" and surface[-2] not in "sS" else surface


def _said_by_a_synonym(uses: list[ApprovedUse], text: str, use: Use) -> bool:
    """Does an approved-use synonym overlap the condition's words, their qualifier, their gloss in brackets,
    or the first of the examples that gloss it ("aches in the muscles and joints, such as chronic low back
    pain or osteoarthritis": the approved chronic musculoskeletal pain told by what it takes in)? A trouble
    that comes with the approved one named before it is part of that use ("eases the spasm, which eases
    the pain that comes with it")."""
    qualifier = _QUALIFIER.match(text[use.end :]) or _GLOSS.match(text[use.end :])
    end = use.end + (qualifier.end() if qualifier else 0)
    # (a condition told as what another left, "nerve pain after shingles", is not said by that other's synonym; told with
    # the other first, "After shingles, the skin burned for months", it is said only by a synonym of the whole)
    after = _CAME_AFTER.search(text, use.start, use.end)
    if after and after.start() == use.start:
        if any(p.match(text, use.start) for u in uses for p in u.patterns):
            return True
    elif any(
        m.start() < (after.start() if after else end) and m.end() > use.start for u in uses for p in u.patterns for m in p.finditer(text)
    ):
        return True
    if _POINTED_BACK.search(text[max(0, use.start - 8) : use.start]) and not _PLACED.match(text, use.end):
        word = re.compile(rf"\b{re.escape(_stem(text[use.start : use.end]))}", re.IGNORECASE)
        if any(word.search(m.group()) for u in uses for p in u.patterns for m in p.finditer(text, 0, use.start)):
            return True
    comes = _COMES_WITH.match(text, use.end)
    if comes:
        referent = comes.group("what") or text[: use.start]
        if any(p.search(referent) for u in uses for p in u.patterns):
            return True
    # a lay noun in apposition with the approved infection it names: "for the stomach bug H. pylori", "the
    # chest infection (known as) pneumonia" (not a list: "for a stomach bug, or pneumonia")
    named = _APPOSITION.match(text, use.end)
    if named and any(p.match(text, named.end()) for u in uses for p in u.patterns):
        return True
    # ... or named by the label's word after the signs and the clause that tells them: "the cough ... that come on during or
    # after hard sets, which doctors call exercise-induced bronchoconstriction"
    called = _NAMED_BY_THE_LABEL.match(text[: use.end + 200], use.end)
    if called and any(p.match(text, called.end()) for u in uses for p in u.patterns):
        return True
    examples = _EXAMPLES.match(text[end:])
    if not examples:
        return False
    first = end + examples.end()
    stop = _EXAMPLE_END.search(text, first)
    last = stop.start() if stop else len(text)
    return any(m.start() == first and m.end() <= last + 1 for u in uses for p in u.patterns for m in p.finditer(text, first, last))


def _approved(uses: list[ApprovedUse], text: str, use: Use) -> bool:
    """Is the use approved? Yes if an approved-use synonym overlaps the condition's
    words or their qualifier ("pain *from shingles*", up to 6 words on), or if the
    condition's words appear in an approved use's name ("infections" in "infections
    of the ear, nose, and throat"; not in its notes, which name what is excluded)."""
    if _said_by_a_synonym(uses, text, use):
        return True
    surface = text[use.start : use.end]
    # the approved use's own word in the plural or the singular: "colds" of "common cold symptoms"
    words = re.compile(rf"\b{re.escape(_stem(surface))}s?\b", re.IGNORECASE)
    if any(words.search(u.name) for u in uses):
        return True
    # a lay form that does not say the condition's name ("everyday worry", "shut-eye") is the
    # condition itself: approved when an approved use is named for it and its words take the
    # bare name ("anxiety disorders"; not "hives" by "allergic rhinitis", a kind of allergy), in the singular too ("cramps" or
    # "muscle tightness", muscle spasms, by "relief of skeletal muscle spasm")
    name = re.compile(rf"\b{re.escape(_stem(use.condition))}s?\b", re.IGNORECASE)
    return not name.search(surface) and any(name.search(u.name) and any(p.search(use.condition) for p in u.patterns) for u in uses)


def _lay_form_of_an_approved_use(vocab: ConditionVocabulary, uses: list[ApprovedUse], text: str, use: Use) -> bool:
    """Is the use a lay description or an outcome of a condition that an approved use's words name
    outright ("my nightly bottle of wine is a thing of the past" on naltrexone, approved for alcohol
    dependence; "drop two dress sizes" on phentermine, approved for obesity)? Only lay words: a named
    condition ("hives") is not approved by a use that merely names its family ("allergies"). The
    condition's name is read in the lay words' place, so what the sentence says around it still
    counts ("a quarter of a 2.5 mg pill" for hair loss is not the topical product's use)."""
    if not vocab.is_lay(use.condition, text, use.start, use.end) or not any(p.search(use.condition) for u in uses for p in u.patterns):
        return False  # (not a use approved only with more said: "low-dose" doxycycline for rosacea)
    named = text[: use.start] + use.condition + text[use.end :]
    return _said_by_a_synonym(uses, named, Use(use.condition, use.start, use.start, use.start + len(use.condition)))


#: Between a condition and a gloss of it in its symptoms, in apposition: "fibromyalgia*, the whole-body* ache",
#: "osteoarthritis *(the* pain of worn knees)", "shingles *— that is, the* burning pain", "fibromyalgia*: a* constant ache"
#: (not a second use: "fibromyalgia, back pain", "fibromyalgia, and other aches", "fibromyalgia (any pain, too)").
_GLOSSED_AS = re.compile(
    r"^\s*(?:[,:]\s*(?:i\.e\.,?\s+|that\s+is,?\s+|meaning\s+|which\s+(?:is|means)\s+)?"
    r"(?:the|a|an|that|this|its|my|your|her|his|their|those|these)\s+|[(—–]\s*(?:that\s+is,?\s+|i\.e\.,?\s+)?(?:the\s+|a\s+|an\s+)?|\s-\s+)"
    r"(?:(?!(?:and|or|plus|other|any|also|as|too|but)\b)[\w’'-]+,?\s+){0,4}$",
    re.IGNORECASE,
)


def _symptom_of_a_named_approved_use(vocab: ConditionVocabulary, uses: list[ApprovedUse], text: str, use: Use) -> bool:
    """Is the use a symptom placed in a condition it is a symptom of, itself approved in any words ("aches in
    arthritic knees", "the ache of arthritic hips" on meloxicam, approved for arthritis), or a gloss of such a
    condition named right before it (:data:`_GLOSSED_AS`: "fibromyalgia, the whole-body ache and tender spots I
    live with" on pregabalin)? Not in another condition ("the pain of shingles" on meloxicam), nor a second use
    listed after it ("fibromyalgia, and everyday aches and pains")."""
    of = vocab.symptom_of(use.condition)
    if not of:
        return False
    qualifier = _QUALIFIER.match(text[use.end :])
    placed = [(use.end + start, use.end + end, name) for start, end, name in vocab.find(qualifier.group())] if qualifier else []
    glossed = [(start, end, name) for start, end, name in vocab.find(text[: use.start]) if _GLOSSED_AS.match(text[end : use.start])]
    return any(
        name in of and (_approved(uses, text, named) or _lay_form_of_an_approved_use(vocab, uses, text, named))
        for start, end, name in placed + glossed
        for named in (Use(name, start, start, end),)
    )


#: One infection pointed at, right before its word: "*the* infection", "*this* parasite infection" (not "*another* infection").
_ONE_POINTED_AT = re.compile(
    r"\b(?:the|this|that|its|your|their|his|her|my|our)\s+(?:(?!(?:other|another|any|new|second|different|further)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _the_infection_of_an_approved_use(vocab: ConditionVocabulary, uses: list[ApprovedUse], text: str, use: Use, earlier: str) -> bool:
    """Is the use one infection pointed back at ("it treats the infection", "clears this infection") after an approved use that
    is an infection (the `symptom_of` of infections in checks/conditions.yml) named before it in its sentence or paragraph
    (``earlier``)? Then it is that use: "**Malaria:** it treats the infection" on hydroxychloroquine (holdout331 kq01), "malaria,
    the infection mosquitoes spread". Not "infections" or "other infections", nor one placed in the body ("the infection in
    your chest", another one: :data:`_PLACED`), nor one named after it ("the infection COVID-19"), nor after lupus, no
    infection."""
    if (
        text[use.start : use.end].lower() != "infection"
        or not _ONE_POINTED_AT.search(text[max(0, use.start - 40) : use.start])
        or _PLACED.match(text, use.end)
    ):
        return False
    named = _APPOSITION.match(text, use.end)
    if named and any(start == 0 for start, _, _ in vocab.find(text[named.end() : named.end() + 60])):
        return False  # another named in apposition with it: "for the infection COVID-19"
    of = vocab.symptom_of(use.condition)
    return any(
        name in of and _approved(uses, named_in, Use(name, start, start, end))
        for named_in in (text[: use.start], earlier)
        for start, end, name in vocab.find(named_in)
    )


#: A pain by its Greek name, in an approved use's name: "postherpetic neuralgia", "fibromyalgia".
_ALGIA = re.compile(r"\w+algias?\b", re.IGNORECASE)


def _points_back_at_an_approved_symptom(
    vocab: ConditionVocabulary, uses: list[ApprovedUse], text: str, use: Use, told_before: Iterable[str]
) -> bool:
    """Is the use a symptom by its bare name ("even in people who take it for pain") after the article named an approved
    use as that symptom ("the burning nerve pain that can linger for months after a bout of shingles", "postherpetic
    neuralgia", "chronic musculoskeletal pain"; ``told_before``: the article's sentences before the use's)? Then it points
    back at that use. Not another kind of it ("for back pain", "for pain in her knees", "for any pain"), nor after an
    approved use named without the symptom ("Meloxicam treats osteoarthritis": "for pain" is still a new use).
    ``told_before`` is read only past the first tests: built for every use, a list of them made long drafts quadratic."""
    surface = text[use.start : use.end]
    qualifier = _QUALIFIER.match(text[use.end :])
    if (
        not vocab.is_symptom(use.condition)
        or surface.lower().rstrip("s") != use.condition
        or _ANOTHER_KIND.search(text[use.verb_start : use.end])
    ):
        return False
    # a symptom placed by what it came after or with is that use's only when the sentence naming the use told the symptom
    # there too: "a fever with a spotty rash ... after a bite can be Rocky Mountain spotted fever", then "For a bad fever after
    # a bite, the doctor may put you on ..." (holdout341 la05; not "a fever after a vaccine")
    placed = [w for w in re.findall(r"[\w’'-]+", qualifier.group()) if w.lower() not in _QUALIFIER_WORDS] if qualifier else []
    if qualifier and not placed:
        return False

    def as_the_symptom(words: str) -> bool:
        return vocab.mentions(use.condition, words) or (use.condition == "pain" and bool(_ALGIA.search(words)))

    def placed_there(sentence: str) -> bool:
        return all(re.search(rf"\b{re.escape(_stem(w))}", sentence, re.IGNORECASE) for w in placed)

    return any(
        (as_the_symptom(m.group()) or as_the_symptom(u.name)) and (not placed or (as_the_symptom(sentence) and placed_there(sentence)))
        for sentence in told_before
        for u in uses
        for p in u.patterns
        for m in p.finditer(sentence)
    )


#: The words of a qualifier that place nothing: "after *a* bite", "from *the* sting".
_QUALIFIER_WORDS = frozenset(
    "from after following due to caused by of in with that which related associated linked resulting a an the his her my "
    "their your its our this these those some any one".split()
)


#: Between an approved use and the relief of a symptom of it: "for rheumatoid arthritis*, *to
#: reduce joint pain", "treats gout* by *easing the pain", "for arthritis*, which *eases the pain"
#: (not "for psoriasis *and* to ease back pain": a second use); "stopped the pain spreading" after shingles; "treats
#: shingles and can shorten the pain of the rash", "dulls the ache of the outbreak", "her side still ached after shingles, and
#: gabapentin helped with the pain".
_RELIEF = re.compile(
    r"(?:to\s+|helps?\s+(?:to\s+)?)?(?:reduc|eas|reliev|control|sooth|lessen|calm|manag|stop|shorten|dull|settl|tam)\w*\b"
    r"|(?:to\s+)?help(?:s|ed|ing)?\s+with\b"
    r"|(?:to\s+|helps?\s+(?:to\s+)?)?(?:take|takes|took|taking)\s+the\s+edge\s+off\b",
    re.IGNORECASE,
)
_THEN_RELIEVES = re.compile(r"^\s*(?:[,:—–-]\s*(?:(?:which|that|it)\s+)?|\s+by\s+)$", re.IGNORECASE)


#: A symptom placed in the joints: "pain, swelling and stiffness *in the joints*", "aches *of the knees and hips*".
_IN_THE_JOINTS = re.compile(
    r"\b(?:in|of|around)\s+(?:the\s+|your\s+|my\s+|his\s+|her\s+|their\s+)?"
    r"(?:joints?|knees?|hips?|hands?|fingers?|thumbs?|wrists?|ankles?|elbows?|shoulders?)\b",
    re.IGNORECASE,
)
#: A sentence that denies or limits what it names: "It is *not* for arthritis", "it *isn't* approved for ...".
_DENIES = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.IGNORECASE)

#: Words that make a symptom another one than the approved use's: "*other* headaches", "*any* headache".
_ANOTHER_KIND = re.compile(r"\b(?:other|any|all|every\w*|ordinary|normal|regular|general|also|too|as well)\b", re.IGNORECASE)


def _relieves_an_approved_use(
    vocab: ConditionVocabulary, uses: list[ApprovedUse], text: str, use: Use, earlier: str, following: str = ""
) -> bool:
    """Is the use a symptom relieved right after an approved use is named ("It is used for
    rheumatoid arthritis, to reduce joint pain")? Then it is that use's symptom. A symptom of
    particular conditions (`symptom_of`), by its bare name, is also one later in the paragraph
    (``earlier``: the paragraph before the sentence): "used to treat migraine attacks. It helps
    to ease the headache" (not "other headaches"), "one of the most widely used treatments for
    rheumatoid arthritis. ... it can ease pain, swelling and morning stiffness"; or one the next
    sentence of the paragraph (``following``) puts in an approved use, placed in nothing or in the
    joints: "Meloxicam eases pain, swelling and stiffness in the joints. Your team gives it for ...
    osteoarthritis" (not "pain after dental work", nor a next sentence that denies: "It is not for arthritis")."""
    if not _RELIEF.match(text[use.verb_start :]):
        return False
    head = text[: use.verb_start]
    if vocab.is_symptom(use.condition) and any(
        _THEN_RELIEVES.match(head[m.end() :]) for u in uses for p in u.patterns for m in p.finditer(head)
    ):
        return True
    of = vocab.symptom_of(use.condition)
    # (in lay words too, told as what comes with the condition or a bout of it: "settles the queasy feeling and the
    # sensitivity to light that come with an attack"; not with another trouble: "the queasy feeling that comes with chemo")
    comes = _COMES_WITH.match(text, use.end)
    with_it = comes is not None and (
        not comes.group("what") or bool(_A_BOUT.search(comes.group("what"))) or any(n in of for _, _, n in vocab.find(comes.group("what")))
    )
    bare = text[use.start : use.end].lower().rstrip("s") == use.condition
    if not of or not (bare or with_it) or _ANOTHER_KIND.search(text[use.verb_start : use.end]):
        return False
    qualifier = _QUALIFIER.match(text[use.end :])
    placed = vocab.find(qualifier.group()) if qualifier else []
    if any(not _approved(uses, text, Use(name, use.end + s, use.end + s, use.end + e)) for s, e, name in placed):
        return False  # "stopped the pain of her arthritis" after shingles: another condition's pain
    if following and (qualifier and not _IN_THE_JOINTS.search(qualifier.group()) or _DENIES.search(following)):
        following = ""
    return any(
        name in of and _approved(uses, named_in, Use(name, start, start, end))
        for named_in in (head, earlier, following)
        for start, end, name in vocab.find(named_in)
    )


#: A condition told as getting better rather than treated: "help people *sleep* better", "sleep more soundly", "the only thing
#: that lets them sleep through" (after the burning feet it was taken for, holdout310 jv04).
_BETTER_AFTER = re.compile(
    r"^\s+(?:(?:so|much|a lot|far|way|loads|a little|a bit)\s+)?"
    r"(?:better|more (?:soundly|deeply|easily|restfully|peacefully)|soundly|well|deeply"
    r"|(?:(?:straight|right)\s+)?through(?:\s+the\s+night)?)\b",
    re.IGNORECASE,
)


def _benefit_of_another_use(vocab: ConditionVocabulary, text: str, use: Use, others: list[Use]) -> bool:
    """Is the use a condition getting better after a use told before it in the sentence whose
    treatment brings it back (``improves_with``): "can lift low mood and help people sleep better",
    "By easing the pain, it helps you sleep better"? Not when set apart as another use ("and, at a
    low dose, helps you sleep better too")."""
    kinds = vocab.improves_with(use.condition)
    if not kinds or not _BETTER_AFTER.match(text[use.end :]):
        return False
    rest = re.split(r"[;:.!?]", text[use.end :])[0]
    return any(
        other.end <= use.verb_start
        and not other.inferred
        and other.condition in kinds
        and not re.search(r"[;:.!?]", text[other.end : use.verb_start])
        and not _ANOTHER_KIND.search(text[other.end : use.start] + rest)
        and not re.search(r"\b(?:low|small|lower|tiny)\s+doses?\b", text[other.end : use.start], re.IGNORECASE)
        for other in others
    )


#: A condition named outright or set apart as a use of its own: "for *insomnia*", "helps me sleep *as well*", "a *small dose*
#: at bedtime also helps you sleep" (not "for" a course's length: "2 mg at night for a week, and it let me sleep").
_ITS_OWN_USE = re.compile(
    r"\b(?:for(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|a\s+couple\s+of|several|the\s+(?:first|next|last))"
    r"\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|nights?|while|fortnight)\b)"
    r"|also|too|as well|as a|(?:low|small|lower|tiny) doses?|insomnia|sleeplessness|sleep (?:problems|disorders?|issues)"
    r"|trouble sleeping)\b",
    re.IGNORECASE,
)


#: The condition told as the purpose of the giving, right before it in its clause: "prescribed a small 25 mg tablet of Seroquel at
#: bedtime *to help her* sleep through the night" after her Alzheimer's (holdout296 jh09), "gave him prazosin *so he could*
#: sleep": a use of its own, not sleep won back by another use ("and it let him sleep").
_PURPOSE_OF_ITS_OWN = re.compile(
    # (or the reason for the giving: "his doctor put him on a tiny 2 mg dose because he was lying awake until four most nights",
    # after a paragraph naming depression among the approved uses; holdout350 lj02, gaps153a)
    r"\b(?:to\s+(?:help|make|get|let)|so\s+(?:that\s+)?[\w’'-]+\s+(?:would|could|can|will|might)|in\s+order\s+to"
    r"|because\s+(?:he|she|they|I|we|you)\s+(?:was|were|is|are|am|had\s+been|has\s+been|kept|keeps|could\s*n[o’']t|can[’']t))\b[^,;:.!?]*$",
    re.IGNORECASE,
)


def _won_back_from_a_trouble_told_before(vocab: ConditionVocabulary, text: str, use: Use, story: tuple[str, ...]) -> bool:
    """Is the use a condition won back (``improves_with``) after a trouble that takes it away was told in
    the sentences before in the paragraph (``story``, nearest first), and the condition itself was not
    ("my feet started burning at night ... Pins and needles ... Lyrica is what finally let me sleep
    through": the nerve pain's sleep)? Not when it is named as a use of its own ("I also take it for
    insomnia") or was told as a trouble of its own before ("I'd had insomnia for years. Lyrica let me sleep"; not
    after the trouble it is lost to: "he'd wake up ... back in the same night ..., and then lie there till dawn")."""
    kinds = vocab.improves_with(use.condition)
    # (in its own clause: not "he sleeps straight through and I get to as well")
    clause = text[: use.end] + re.split(r"[,;:.!?]|\s(?:and|but)\s", text[use.end :])[0]
    if not kinds or _ITS_OWN_USE.search(clause) or _PURPOSE_OF_ITS_OWN.search(text, use.verb_start, use.start):
        return False
    # (not the trouble told first in its sentence, then the giving: "the worst part is lying awake until four in the morning, so
    # the team will often write a small 25 mg tablet at night" (holdout298 jj01), after a paragraph on depression)
    if use.verb_start >= use.start and given_after(text, use.end):
        return False
    # (not a trouble told as one the person does not have: "Dad has never had depression, he just stopped sleeping")
    told = [[name for start, _, name in vocab.find(sentence) if not denied_before(sentence, start)] for sentence in story[:4]]
    alone = any(name == use.condition and not set(names[:i]) & set(kinds) for names in told for i, name in enumerate(names))
    return not alone and any(name in kinds for names in told for name in names)


def _won_back_once_given(vocab: ConditionVocabulary, text: str, use: Use, told: list[tuple[Use, str, Use]]) -> bool:
    """Is the use a condition won back (one that ``improves_with`` another: sleep) after the medicine given in the
    sentence for another trouble told before it ("I pulled my lower back on a deadlift ... My GP gave me tizanidine, 2 mg at
    night for a week, and it let me sleep and get moving again": the back's)? Not when it is named as a use of its own
    ("and I also take it for insomnia"), nor when the trouble it was given for is the same ("I've had insomnia for years.
    My GP gave me ..., and it lets me sleep")."""
    clause = text[: use.end] + re.split(r"[,;:.!?]|\s(?:and|but)\s", text[use.end :])[0]
    if not vocab.improves_with(use.condition) or _ITS_OWN_USE.search(clause) or _PURPOSE_OF_ITS_OWN.search(text, use.verb_start, use.start):
        return False
    return any(
        given.inferred and given.condition != use.condition and given.end <= use.verb_start and told_in != text
        for given, told_in, _ in told
    )


def _section_names_an_approved_use(
    secs: Sections, heading: ProseUnit, uses: list[ApprovedUse], words: str, vocab: ConditionVocabulary, condition: str | None
) -> bool:
    """A heading summarises its section: a broad condition in a heading ("Relief for
    nerve pain") stands for an approved use of the same kind ("pain from diabetic
    peripheral neuropathy") when the section names that use; and a heading that names one
    condition (``condition``; None when it lists several) in lay words ("Tizanidine for
    muscle stiffness") stands for an approved use the section names in words of that same
    condition ("used to treat spasticity"). A heading listing several conditions ("For
    Anxiety And Muscle Spasms") reads as a list of uses, each as broad as it is written."""
    body = [u for u in secs.headed(heading) if u is not heading]
    same_kind = [a for a in uses if re.search(rf"\b{re.escape(words)}\b", a.name, re.IGNORECASE)]
    if any(p.search(u.text) for u in body for a in same_kind for p in a.patterns):
        return True
    for unit in body if condition else ():
        approved = [m.span() for a in uses for p in a.patterns for m in p.finditer(unit.text)]
        if approved and any(
            name == condition and any(s < end and start < e for s, e in approved) for start, end, name in vocab.find(unit.text)
        ):
            return True
    return False


#: The words of a symptom's name that say nothing of which condition's it is.
_SYMPTOM_WORDS = re.compile(r"\b(?:the|these|those|this|that|such|your|my|his|her|their|its|pains?|aches?|aching)\b", re.IGNORECASE)


def _symptom_over_an_approved_use(
    secs: Sections, heading: ProseUnit, uses: list[ApprovedUse], vocab: ConditionVocabulary, use: Use, surface: str
) -> bool:
    """Is the use a bare symptom in a title or heading ("Meloxicam For Pain") over a section (a title:
    the article) that names an approved use it is a symptom of ("osteoarthritis in both knees")? The
    heading's word is broader than the label, a pharmacist's look, not an error we are sure of; a
    symptom said with its kind ("back pain") or a symptom of no approved use the section names is not."""
    of = vocab.symptom_of(use.condition)
    if not of or not vocab.is_symptom(use.condition) or re.sub(r"\b(?:and|or)\b|&", " ", _SYMPTOM_WORDS.sub(" ", surface)).strip():
        return False
    for unit in secs.headed(heading):
        if unit is heading:
            continue
        approved = [m.span() for a in uses for p in a.patterns for m in p.finditer(unit.text)]
        if approved and any(name in of and any(s < end and start < e for s, e in approved) for start, end, name in vocab.find(unit.text)):
            return True
    return False


def _restated(vocab: ConditionVocabulary, before: list[tuple[int, str, str]], index: int, surface: str, condition: str) -> bool:
    """Is the use a symptom ("nerve pain") of a condition already reported as an off-label use of the drug
    earlier in the article ("the burning, tingling and shooting pains in your feet ... from the nerve damage
    diabetes can cause": neuropathy), told again in words that sentence used ("nerve")? Then it is the same
    use, reported once. Not another kind of the symptom ("back pain" after neuropathy)."""
    of = vocab.symptom_of(condition)  # (a symptom, or a trouble told as one: "those headaches" after migraine)
    if not of:
        return False
    qualifiers = _SYMPTOM_WORDS.sub(" ", surface).split()
    return any(
        i < index and earlier in of and all(re.search(rf"\b{re.escape(q)}", text, re.IGNORECASE) for q in qualifiers)
        for i, earlier, text in before
    )


#: A patient group a cue is about, not a use: "not approved for anyone under 18", "isn't licensed
#: for use in children or teens", "not approved in under-18s" (an age limit, no off-label disclosure).
_FOR_A_GROUP = re.compile(
    r"\s*(?:(?:for|in)\s+)?(?:use\s+(?:in|by)\s+)?(?:(?:anyone|people|those|patients|persons|children|kids|users)\s+)?"
    r"(?:(?:under|younger than|below|aged (?:under|below|less than)|less than)\s+(?:the age of\s+)?\d+"
    r"|children|kids|teens|teenagers|adolescents|minors|under[- ]\d+s|(?:pediatric|paediatric) patients|young people|babies|infants)\b",
    re.IGNORECASE,
)


def _disclosures(lexicon: ContextLexicon, text: str) -> tuple[list[re.Match[str]], str]:
    """The off-label disclosure cues in ``text`` (not those about a patient group: "not approved
    for anyone under 18"), and ``text`` without the approved uses a cue names as the only ones
    ("only authorised for severe high blood pressure": what the disclosure is not about), blanked
    to keep the offsets."""
    cues = [cue for cue in lexicon.finditer("disclosure", text) if not _FOR_A_GROUP.match(text, cue.end())]
    for cue in cues:
        if "approved" in cue.re.groupindex and cue.group("approved"):
            text = text[: cue.start("approved")] + " " * len(cue.group("approved")) + text[cue.end("approved") :]
    return cues, text


def _disclosure_subjects(lexicon: ContextLexicon, vocab: ConditionVocabulary, text: str) -> list[set[str]] | None:
    """What each off-label disclosure in ``text`` is about: the conditions named in the clause of
    its cue ("not approved for older people with dementia": dementia; "Using it for sleep is
    off-label": insomnia), an empty set for one naming none ("That is an off-label use", "even
    though it is not officially approved for this", "only licensed for high blood pressure");
    None when ``text`` discloses nothing."""
    cues, text = _disclosures(lexicon, text)
    if not cues:
        return None
    subjects: list[set[str]] = []
    for cue in cues:
        head = lexicon.last_clause(text[: cue.start()])
        tail = text[cue.end() :]
        ends = [i for c in ",;:—()" if (i := tail.find(c)) >= 0]
        ends += [m.start() for p in lexicon.patterns.get("clause_end", []) for m in p.finditer(tail)]
        clause = head + text[cue.start() : cue.end()] + tail[: min(ends, default=len(tail))]
        subjects.append({name for _, _, name in vocab.find(clause)})
    return subjects


#: A use asked about as approved, after it in its sentence: "... takes clonidine for hot flashes and asked whether that's
#: approved", "Is that FDA-approved?", "wanted to know if it's licensed for that".
_ASKED_IF_APPROVED = re.compile(
    r"\b(?:(?:asked|asks|asking|wondered|wonders|wondering|wanted\s+to\s+know|wants\s+to\s+know)\s+(?:me\s+|us\s+)?(?:whether|if)"
    r"|(?:^|[,;:]\s+|\band\s+)(?:is|was)(?=\s+(?:that|this|it)\b))\s+(?:that|this|it)(?:[’']s|\s+is|\s+was)?\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:(?:FDA|officially)[- ])?(?:approved|licen[cs]ed|authori[sz]ed|on\s+the\s+label)\b[^.;!?]{0,30}[.?]?[\"”’']?\W*$",
    re.IGNORECASE,
)
#: The answer no, opening the next sentence: "It isn't.", "No, it's not.", "Not officially." (not "It is", "Yes").
_ANSWERED_NO = re.compile(
    r"^\W*(?:no\b|nope\b|it\s+isn[’']t\b|it\s+is\s+not\b|it[’']s\s+not\b|that\s+(?:isn[’']t|is\s+not)\b|that[’']s\s+not\b"
    r"|not\s+(?:officially|for\s+that|by\s+the\s+FDA)\b|sadly\s+not\b|afraid\s+not\b|I[’']m\s+afraid\s+not\b)",
    re.IGNORECASE,
)


#: The opening of a sentence up to a drug named as its subject: "*Propranolol* is actually the beta blocker most often talked
#: about for nerves, and even that is an off-label use" (holdout302 jn04).
_OPENS_WITH_A_DRUG = re.compile(r"^\W*(?:(?:even|only|plain|but|and|actually|the\s+drug|the\s+medicine)\s+){0,2}$", re.IGNORECASE)


def _about_another_drug(names: DrugNames | None, generic: str | None, text: str) -> bool:
    """Is the disclosure in ``text`` about another medicine: the sentence opens with that medicine as its subject and never
    names ``generic`` ("Propranolol is actually the beta blocker most often talked about for nerves, and even that is an
    off-label use", which does not disclose metoprolol's use for the nerves beside it)?"""
    if names is None or generic is None:
        return False
    found = names.find(text)
    return (
        bool(found)
        and found[0][2] != generic
        and all(g != generic for _, _, g in found)
        and bool(_OPENS_WITH_A_DRUG.match(text[: found[0][0]]))
    )


#: A purpose told in a sentence, which a disclosure after it naming no condition may be about ("Some climbers ask about taking
#: it for altitude. That is off-label", not "Same thing? ... that's an off-label use").
#: ... or the occasion it is given before ("Some doctors also give a single dose before an MRI scan to people who can't face the
#: tunnel. That is an off-label use": that giving's disclosure, not the sleep told a paragraph before it; holdout320 kf02).
_A_PURPOSE = re.compile(
    r"\b(?:for|to\s+(?:help|treat|ease|prevent|stop|calm)"
    r"|(?:just\s+|right\s+)?(?:before|ahead\s+of)\s+(?:an?|the|their|your|his|her|my|each|every)\s+(?:[\w-]+\s+)?"
    r"(?:scans?|MRIs?|procedures?|operations?|surgery|flights?|tests?|exams?|appointments?|interviews?|speech(?:es)?|talks?"
    r"|performances?|concerts?|recitals?|gigs?|shows?|dental\s+work|extractions?|endoscop(?:y|ies)|colonoscop(?:y|ies)|biops(?:y|ies)))\b",
    re.IGNORECASE,
)

#: ... or the risk it is given to lower ("Some women are given aspirin in pregnancy to lower the risk of pre-eclampsia. That is an
#: off-label use": that giving's, not the bowel growths kept away a paragraph before it; holdout322 kh01, gaps150c).
_A_RISK_LOWERED = re.compile(
    r"\bto\s+(?:lower|reduce|cut|lessen|bring\s+down)\s+(?:the|their|her|his|your|its|my|our)\s+(?:\w+\s+)?(?:risk|chances?|odds)\s+of\b",
    re.IGNORECASE,
)


def _asked_before(vocab: ConditionVocabulary, texts: list[str], i: int) -> set[str]:
    """The conditions a disclosure naming none, in ``texts[i]``, may point back at: those of the sentence before it, or, past up
    to two sentences that tell neither a condition nor a purpose, of the one before them ("Is it any use for hiccups? My aunt
    swears by it." then "That's not what it is approved for": the hiccups', not the drinking a poster told of above; holdout341
    la08, gaps152c)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        named = {name for _, _, name in vocab.find(texts[j])}
        if named or _A_PURPOSE.search(texts[j]) or _A_RISK_LOWERED.search(texts[j]):
            return named
    return set()


def _disclosed(
    lexicon: ContextLexicon,
    vocab: ConditionVocabulary,
    secs: Sections,
    sentences: list[Sentence],
    index: int,
    condition: str,
    off_label_sections: list[list[ProseUnit]],
    names: DrugNames | None = None,
    generic: str | None = None,
) -> bool:
    """A disclosure covers the use it is about, not every use near it. Disclosed: in the use's
    paragraph by a disclosure about this condition or about none named ("Some doctors prescribe it
    for sleep. That is an off-label use."); in its section by a disclosure about this condition or
    in a sentence naming no condition but the approved ones it says are the only ones; or in a
    section headed "Off-Label ..." that names the condition. So "It is not approved for older
    people with dementia" (a warning) does not disclose a use for sleep beside it. A title or
    heading names what the article or section is about: a disclosure of that use anywhere in the
    article covers it ("Spironolactone for adult acne" over "this is an off-label use: acne is not
    on the official list"; "Prazosin for nightmares" over "... to ease nightmares. It was never
    licensed for this")."""
    unit = sentences[index].unit
    if unit.kind in ("heading", "front_matter"):
        for i, sentence in enumerate(sentences):
            subjects = _disclosure_subjects(lexicon, vocab, sentence.text)
            said = sentence.text if i == 0 else sentences[i - 1].text + " " + sentence.text
            if subjects and any(condition in about or (not about and vocab.mentions(condition, said)) for about in subjects):
                return True
    for near in split_sentences(unit):
        subjects = _disclosure_subjects(lexicon, vocab, near.text)
        if subjects and any(not about or condition in about for about in subjects):
            return True
    # the use asked about as approved, in its sentence or the next, and the answer no ("... her sister takes clonidine for hot
    # flashes and asked whether that's approved." "It isn't. ..."; "My sister takes it for hot flashes. Is that approved? No.")
    for at in range(index, min(index + 2, len(sentences) - 1)):
        question = sentences[at].text
        if at > index and vocab.find(question):
            break
        if _ASKED_IF_APPROVED.search(question) and _ANSWERED_NO.match(sentences[at + 1].text):
            return True
    texts = [s.text for u in secs.section_units(unit) for s in split_sentences(u)]
    for i, text in enumerate(texts):
        subjects = _disclosure_subjects(lexicon, vocab, text)
        if subjects and _about_another_drug(names, generic, text):
            continue  # another medicine's use disclosed in another paragraph: "Propranolol is ... talked about for nerves, and
            # even that is an off-label use" (holdout302 jn04), not the metoprolol told for the nerves above it
        if subjects and any(condition in about for about in subjects):
            return True
        # one naming no condition, after the use told in its own sentence: "Some doctors do prescribe it for hot flashes, but
        # that's an off-label use; the FDA approved clonidine for high blood pressure ..." (not a condition after the cue)
        if subjects and any(
            not about and any(name == condition for start, _, name in vocab.find(text) if start < cue.start())
            for cue, about in zip(_disclosures(lexicon, text)[0], subjects, strict=True)
        ):
            return True
        # one naming no condition points back at the one asked or told just before it ("Does it help with
        # motion sickness? No, it isn't approved for that."), not at every use in the section: after a sentence that names no
        # condition but tells a purpose of its own, at that purpose, not this one told a paragraph before it ("... helps with
        # something they never expected: fingers that go white ..." then "Some climbers ask about taking it for altitude. That
        # is off-label": holdout306 jr10); after one that tells none ("Same thing?"), at the uses before it
        asked = _asked_before(vocab, texts, i)
        if (
            subjects
            and not vocab.find(_disclosures(lexicon, text)[1])
            and (
                condition in asked
                if asked
                else not i
                or texts[i - 1] == sentences[index].text
                or not (_A_PURPOSE.search(texts[i - 1]) or _A_RISK_LOWERED.search(texts[i - 1]))
            )
        ):
            return True
    return any(vocab.mentions(condition, " ".join(u.text for u in section)) for section in off_label_sections)


#: After a situation told first, its clause closed by a comma, a dose of the drug named next, maybe taken or given: ", a
#: melt-on-the-tongue " (Zofran), ", I take one 10 mg " (baclofen), ", half a " (Xanax), ", 4 mg of " (ondansetron).
_DOSE_OF_THE_NAMED = re.compile(
    # (the taking may go on the story with "and now": "..., and now she takes a tiny 4.5 mg dose of naltrexone at night", holdout289
    # ja07)
    r"^[^;:.!?]{0,200}?,\s+(?:and\s+)?(?:(?:just|only|then|so|now|these\s+days|nowadays)\s+)?"
    r"(?:(?:I|you|he|she|we|they)\s+(?:(?:just|usually|always|then|often|now)\s+)?"
    r"(?:take|takes|took|pop|pops|popped|swallow|swallows|swallowed|give|gives|gave|have|has|had)\s+)?"
    r"(?:(?:one|two|half(?:\s+(?:of\s+)?an?)?|an?|a\s+single|a\s+whole|a\s+quarter(?:\s+of\s+an?)?)\s+"
    r"(?:(?:[\d.]+\s?mg|(?!(?:of|or|and|with|for|from|to|in|on|at)\b)[\w-]+)\s+){0,2}"
    r"(?:(?:dose|tablet|pill|capsule)s?\s+of\s+)?"
    # (the strength maybe in words: "Before every final-round interview I've had, I took ten milligrams of propranolol"; gaps143a)
    r"|(?:[\d.]+|one|two|five|ten|twenty|twenty-five|forty|fifty)\s?(?:mg|milligrams?)\s+(?:of\s+)?)$",
    re.IGNORECASE,
)
#: A drug named after the use counts only this close ("Treatment for type 1 diabetes includes
#: insulin shots ... and, for some, taking aspirin daily" is not a use of aspirin).
_MAX_WORDS_TO_DRUG_AFTER = 6


#: "approved for", "FDA-approved to treat": the sentence claims approval (a wrong claim is
#: an accuracy problem); "not approved" is a disclosure and never reaches here.
#: ... also told as on the official list: "it's officially on the list for COVID now too", "on the approved list for"
_APPROVAL_CLAIM = re.compile(
    r"(?:(?<!not )\b(?:fda[- ])?approved\s+(?:\w+\s+){0,2}"
    r"|(?<!not )(?<!n[’']t )\b(?:(?:officially|formally)\s+(?:\w+\s+)?on\s+(?:the|its)\s+(?:\w+\s+)?"
    r"|on\s+(?:the|its)\s+(?:official|approved|fda[- ]approved|licen[cs]ed)\s+)(?:list|label)\s+(?:\w+\s+){0,1}"
    # ... or the approval told as held, in idiom: "Lyrica has the FDA's go-ahead for three kinds of nerve pain, ..., and for
    # generalized anxiety" (holdout282 it05: a wrong approval is the accuracy check's), "it carries FDA approval for"
    r"|(?<!not )(?<!n[’']t )(?<!\bno )\b(?:has|have|had|holds?|held|carries|carry|carried|got|gets|won|received|earned)\s+"
    r"(?:(?:the|an?|its|full|official|formal|regulatory)\s+){0,2}(?:(?:FDA|MHRA|EMA|regulators?)[’']?s?\s+)?"
    r"(?:approval|go-ahead|green\s+light|nod|licen[cs]e|blessing|thumbs[- ]up|say-so|authori[sz]ation|clearance)\s+)$",
    re.IGNORECASE,
)


#: What someone else says, told in a heading as its section's topic: 'Thread: "Brother-in-law says I can just quit"',
#: "My neighbour reckons you can stop any time" (not the writer's own word: "I think you can stop any time").
_REPORTED = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)\b(?:says?|said|reckons?|reckoned|claims?|claimed|thinks?|swears?|swore|insists?|insisted)\s+(?:that\s+)?"
    r"(?:(?:I|you|we|he|she|they|it|people)(?:[’'](?:s|re|m|ll|d)|\s+(?:is|are|can|could|will|would))?\s+)?$",
    re.IGNORECASE,
)
#: A medicine switched from, after the one switched to: "switched to losartan from ramipril or lisinopril", "moved him
#: over to Pepcid from omeprazole" (the "to" group: where the medicine switched to is named).
_SWITCHED_TO = re.compile(
    r"\b(?:switched|moved|changed|swapped|put)\s+(?:(?:me|him|her|them|us|you)\s+)?(?:over\s+)?(?:on)?to\s+(?P<to>[\w-]+)\s+(?:instead\s+)?"
    r"from\s+(?:(?:the|my|his|her|their|your)\s+)?(?:[\w-]+\s*(?:,|\s(?:or|and))\s+){0,3}$",
    re.IGNORECASE,
)
#: A name that only qualifies a kind of medicine: "a *penicillin*-type antibiotic", "an aspirin-like drug".
#: A medicine left behind, so that "it" after it is the one taken now: "switched me from sertraline", "came off Zoloft".
_LEFT_BEHIND = re.compile(
    r"\b(?:(?:switched|moved|changed|swapped)\s+(?:(?:me|him|her|them|us|you)\s+)?(?:over\s+)?from|came\s+off|weaned\s+(?:(?:me|him|her|them)\s+)?off"
    r"|stopped(?:\s+taking)?)\s+$",
    re.IGNORECASE,
)
_CLASS_MODIFIER = re.compile(r"[-‐](?:type|like|class|based|family|group|related)\b", re.IGNORECASE)
#: A sentence that sets its own medicine apart from the one named before it: "(Your dad was on Lasix ...) Dr. Nwosu told me
#: that *ours is the other kind*, the one that leaves your potassium alone" (gaps143e: holdout265 ic07), "mine's a different
#: sort" (not "the other one" alone: "the other one he takes").
_THE_OTHER_KIND = re.compile(
    r"\b(?:ours|mine|yours|hers|theirs|this\s+one)(?:['’]s|\s+is|\s+was)\s+(?:(?:a|the)\s+)?(?:other|different)\s+"
    r"(?:kind|one|type|sort|variety)\b",
    re.IGNORECASE,
)
#: A medicine named only as what another infection is usually treated with, inside a misstatement's wording: "the one
#: you'd normally treat with a *Monistat* cream from the drugstore, these same tablets will knock that out as well".
_USUAL_TREATMENT = re.compile(
    r"\b(?:treat|treats|treated|clear|clears|cleared|sort\s+out|use|get|buy)\s+(?:it\s+)?with\s+(?:(?:an?|the|some)\s+)?$|\b(?:buy|get|grab|use)\s+(?:an?\s+|some\s+)?$",
    re.IGNORECASE,
)
#: A name another medicine is measured against: "it leaves Viagra looking like a warm-up act",
#: "works better than ibuprofen", "unlike Xanax"; "it" later refers to the drug the article is about.
_MEASURED_AGAINST = re.compile(
    r"\b(?:than|unlike|compared (?:with|to)|versus|vs\.?|beats?|leaves?|outperforms?|outlasts?|instead of|rather than|over)\s+$",
    re.IGNORECASE,
)
#: A medicine named as one already tried before, in its sentence: "I'd tried melatonin, a white-noise machine,
#: everything", "after trying zopiclone for a month": in a story, what came before the medicine then given.
_TRIED_BEFORE = re.compile(r"\b(?:(?:had|[’']d)\s+(?:already\s+|also\s+|even\s+)?tried|after\s+trying)\b[^.;!?]*$", re.IGNORECASE)


def _pronoun_referent(
    lexicon: ContextLexicon, analysis: DrugAnalysis, sentence: Sentence, sole: str | None, given: bool = False
) -> tuple[str, str] | None:
    """The drug "it" or "this medicine" stands for in a sentence naming no drug whose subject
    or object it is ("It is used to treat fibromyalgia", "I was skeptical, but it helps my
    migraines", "Now I take it for my migraines"), with the name it was last given: the last
    drug named earlier in the paragraph ("My doctor switched me to gabapentin. I take it for
    ..."), else the article's only primary drug. When ``given`` (the sentence opens with a doctor
    giving it: "Her family doctor wrote her a prescription for 25 mg"), not a medicine already
    tried before it ("I'd tried melatonin, a white-noise machine, everything")."""
    if not lexicon.has("pronoun_subject", sentence.text):
        return None
    return _named_before(analysis, sentence, sole, given)


def _named_before(analysis: DrugAnalysis, sentence: Sentence, sole: str | None, given: bool = False) -> tuple[str, str] | None:
    """The drug a sentence naming none is about (see :func:`_pronoun_referent`): the last drug named earlier in its
    paragraph, else the article's only primary drug."""
    unit = sentence.unit.text
    earlier = [
        m
        for m in analysis.in_unit(sentence.unit)
        if m.start < sentence.start
        and not _CLASS_MODIFIER.match(unit, m.end)
        and not _MEASURED_AGAINST.search(unit[max(0, m.start - 40) : m.start])
        and not (given and _TRIED_BEFORE.search(unit[max(0, m.start - 120) : m.start]))
    ]
    # (a supplement named after the last drug, or in a paragraph naming none, is what "it" stands for: "Started the folic acid,
    # 1 mg, every day except Tuesday. It's meant to cut down the queasiness")
    # (not one tried before the doctor gave the medicine: "After trying melatonin and chamomile tea, nothing changed.
    # Eventually his doctor wrote him a prescription for a small dose at bedtime")
    since = earlier[-1].end if earlier else 0
    if any(
        not (given and _TRIED_BEFORE.search(unit[max(0, m.start() - 120) : m.start()]))
        for m in _SUPPLEMENT_NAMED.finditer(unit, max(since, sentence.start - 300), sentence.start)
    ):
        return None
    if earlier:
        return earlier[-1].generic, earlier[-1].text
    return (sole, analysis.last_name_before(sole, sentence.unit)) if sole else None


#: A supplement taken beside the drug, which no drug name matches: "the folic acid", "a vitamin D tablet", "iron pills".
_SUPPLEMENT_NAMED = re.compile(
    r"\b(?:(?:folic|folinic)\s+acid|folate|leucovorin|(?:multi-?)?vitamins?|probiotics?|supplements?|fish\s+oil"
    r"|(?:iron|calcium|magnesium|potassium|zinc)\s+(?:tablets?|pills?|supplements?)"
    # ... or a home remedy: "Ginger tea for nausea (not a medicine, but it helps some people)", "peppermint tea", "an electrolyte
    # drink", "honey and lemon"
    r"|(?:ginger|peppermint|chamomile|camomile|herbal|mint|fennel)(?:\s+(?:tea|drops|chews|sweets|candies|biscuits|ale|oil|root))?"
    r"|honey(?:\s+and\s+lemon)?|electrolyte\s+(?:drinks?|solutions?|sachets?|tablets?)|oral\s+rehydration\s+(?:salts|solution|sachets?))\b",
    re.IGNORECASE,
)


def _remedy_before(text: str, end: int) -> bool:
    """Is a supplement or home remedy named in the clause before ``end``, as what the use is told of ("Ginger tea for
    nausea")? Not one tried earlier in the sentence ("After trying melatonin and chamomile tea, nothing changed")."""
    found = [m for m in _SUPPLEMENT_NAMED.finditer(text, 0, end)]
    return bool(found) and not re.search(r"[,;:.!?]", text[found[-1].end() : end]) and end - found[-1].end() <= 40


#: "medicines for stomach ulcers", "other drugs used to treat diabetes", "a medicine for
#: diabetes, like insulin": a use of other medicines ("is a medicine for", "one of the
#: drugs used for" describe the drug itself).
#: A kind of medicine named by its class: "a triptan", "an antidepressant", "a blood thinner".
_MEDICINE_CLASS = (
    r"(?:anti-?(?:depressant|biotic|histamine|psychotic|convulsant|coagulant|emetic|spasmodic|hypertensive|viral|fungal|acid)s?"
    r"|anti-?inflammator(?:y|ies)|triptans?|statins?|opioids?|steroids?|NSAIDs?|SSRIs?|SNRIs?|MAOIs?|benzodiazepines?|diuretics?"
    r"|(?:beta|alpha|calcium[- ]channel|ACE)[- ]blockers?|blood[- ]thinners?|painkillers?|pain[- ]?relievers?|inhalers?|water pills?"
    r"|laxatives?|stool softeners?|decongestants?|sedatives?|stimulants?|muscle relaxants?|sleeping (?:pills?|tablets?)|nitrates?"
    # insulin, a medicine by its everyday name (left out of the names on purpose: checks/drug-names.yml): "If you use insulin or
    # tablets for diabetes, propranolol can hide ...", "if you're on insulin for your diabetes"
    r"|insulin(?:\s+(?:injections?|shots?|jabs?|pens?|pumps?))?)"
)
#: A rescue medicine by its everyday name, left out of the drug names as a body's own hormone too (like insulin): adrenaline,
#: epinephrine, glucagon, or the pen it comes in ("an EpiPen", "her auto-injector").
_RESCUE_MEDICINE = (
    r"(?:adrenaline|adrenalin|epinephrine|glucagon|EpiPens?|Auvi-?Q|(?:adrenaline|epinephrine|epi|allergy|glucagon)[- ]?"
    r"(?:pens?|auto-?injectors?|shots?|jabs?|injections?|kits?)|auto-?injectors?)"
)
_OTHER_MEDICINES = re.compile(
    r"\b(?:(?:(?:other|another|any|some|certain|similar|your|(?<!\bthe )(?<!\bof )(?:better|safer))\s+(?:[\w-]+\s+)?"
    r"|(?:take|takes|taking|with|on|use|uses|using|inject|injects|injecting|alongside|along with|together with|plus)\s+(?:an?\s+)?"
    # (one medicine or two: "use insulin or tablets for diabetes", "take pills and insulin for")
    r"(?:[\w-]+\s+)?(?:(?:or|and|and/or)\s+(?:an?\s+)?(?:[\w-]+\s+)?)?)"
    # (also other choices or options of treatment: "there are other choices for heartburn", "safer options for sleep")
    rf"(?:medicines?|medications?|drugs?|pills?|tablets?|treatments?|remedies|products?|choices|options|alternatives|{_MEDICINE_CLASS})"
    # "If you take an antidepressant or a triptan for migraine"; a class in a list of interacting medicines:
    # "combining lithium with antidepressants, triptans for migraine or tramadol"
    rf"|(?:(?:or|and)\s+|[,;]\s*)(?:an?\s+)?(?:[\w-]+\s+)?{_MEDICINE_CLASS}"
    r"|(?<!\bthe )(?<!\bof )(?<!\bare )(?:medicines|medications|drugs|pills|remedies)"
    # a class of medicines heading its item, alone or with another: "insulin or tablets for diabetes: hydroxychloroquine can
    # drop your blood sugar", "Antidepressants for low mood: ...", "insulin and other medicines for diabetes"
    rf"|^{_MEDICINE_CLASS}(?:,?\s+(?:or|and|and/or)\s+(?:(?:other|an?)\s+)?(?:[\w-]+\s+)?(?:medicines?|medications?|drugs?|pills?|tablets?"
    rf"|{_MEDICINE_CLASS}))?"
    # a supplement taken alongside, perhaps on other days: "Denise takes hers on Fridays, with a folic acid tablet on the
    # other days to ease the nausea", "plus a daily vitamin B12 supplement to help the tiredness"
    r"|(?:with|plus|alongside|along\s+with|together\s+with)\s+(?:(?:a|an|the|her|his|my|your|their|our|some|daily|extra)\s+)?"
    r"(?:(?:daily|weekly|small|little|separate|extra)\s+)?(?:(?:folic|folinic)\s+acid|folate|leucovorin|(?:multi-?)?vitamins?(?:\s+[A-Z]\d*)?"
    r"|probiotics?|(?:(?!(?:one|two|three|four|half|\d[\d.,]*|mg|of)\b)[\w-]+\s+){1,2}?supplements?)"
    r"(?:\s+(?:tablets?|pills?|capsules?|supplements?|drops|gummies))?"
    r"(?:\s+(?:on|in|at|every|each|for)\s+(?:the\s+)?(?:(?:other|remaining|next|following|six|rest\s+of\s+the)\s+)?"
    r"(?:days?|mornings?|evenings?|nights?|weekdays|week)(?:\s+of\s+the\s+week)?)?)"
    # the medicines of an interaction, with their uses: "with opioid medicines, whether for pain or ...",
    # "with opioids, be it for a cough", "any medicines you take for pain"
    # (or in brackets: "with opioid medicines (for pain or for a cough, such as codeine syrup)")
    r"(?:\s*,\s*(?:whether|either|be (?:it|they)|including those|even those|such as those)(?:\s+(?:they|it)(?:[’']re|[’']s| are| is))?"
    r"|\s*\((?:\s*(?:whether|either|be (?:it|they)|including those|even those))?"
    r"|(?:\s+(?:that|which))?\s+(?:you|they|he|she|we|I|people|patients)\s+(?:(?:also|may|might|already|now)\s+)?"
    r"(?:take|use|get|need|are given|were given|have been given))?"
    # ... told by their own use or kind first: "some other medicines used for depression are given for pain", "other drugs
    # in the same family are used for", "some medicines for depression are given for nerve pain"
    r"(?:\s+(?:(?:used|taken|prescribed|given)\s+)?(?:for|to\s+treat|against)\s+[\w’'-]+(?:\s+[\w’'-]+)?"
    r"|\s+(?:in|of|from)\s+(?:the\s+)?(?:same|this|that|a\s+similar|a\s+related)\s+(?:family|class|group|kind|type))?"
    # "other medicines are used for that", "other drugs that are usually given"
    r"(?:\s+(?:that|which|are|often|commonly|usually|generally|typically|also|sometimes)){0,3}(?:\s+(?:used|taken|prescribed|given))?\s*$"
    # a rescue medicine needed, carried or given, right before its own use, in a warning: "carry word of your propranolol if
    # you ever need adrenaline for a severe allergy" (holdout290 jb08), "if you carry an EpiPen for a bee-sting allergy",
    # "people who are given epinephrine for anaphylaxis" (not the hormone the drug acts on: "it blunts adrenaline for hours")
    r"|\b(?:(?:need|needs|needed|needing|carry|carries|carried|carrying|use|uses|used|using|give|gives|gave|given|get|gets|got"
    r"|getting|have|has|had|inject|injects|injected|receive|receives|received|keep|keeps|kept|prescribed|with"
    # ... or the body's answer to it: "propranolol can change how your body reacts to adrenaline for a severe allergy"
    r"|(?:react|reacts|reacted|reacting|respond|responds|responded|responding|response|responses|reaction)\s+to)\s+"
    rf"(?:(?:an?|the|your|their|his|her|my|some|any|extra|more|emergency|prescribed|a\s+shot\s+of|a\s+dose\s+of)\s+){{0,2}}{_RESCUE_MEDICINE}"
    # ... or named as the pen, the shot or the injection, whatever the verb: "how your body reacts to an adrenaline injection
    # for a severe allergy" (holdout341 la10), "it can blunt an epinephrine shot given for anaphylaxis"
    # (not the drug taken in its place: "take propranolol instead of an adrenaline injection for a severe allergy")
    r"|(?<!instead of )(?<!rather than )(?<!in place of )(?:an?|the|your|their|his|her|my)\s+(?:emergency\s+)?"
    r"(?:EpiPens?|Auvi-?Q|auto-?injectors?"
    r"|(?:adrenaline|adrenalin|epinephrine|epi|allergy|glucagon)[- ]?(?:pens?|auto-?injectors?|shots?|jabs?|injections?|kits?)))"
    r"(?:\s+(?:given|used|needed|injected|carried|prescribed|kept))?\s*$"
    # something else taken for it: "before you take anything for the pain", "ask for something for the nausea"; also one
    # a prescriber suggests or adds: "your doctor may also suggest something for the pain itself", "she prescribed something
    # separate for the sleep", "ask whether to add something for the pain"
    r"|\b(?:take|takes|taking|took|use|uses|using|need|needs|get|gets|getting|ask for|reach for|try|tries|trying|given|buy"
    r"|recommend(?:s|ed|ing)?|suggest(?:s|ed|ing)?|advis(?:e|es|ed|ing)|prescrib(?:e|es|ed|ing)|add(?:s|ed|ing)?(?:\s+in)?"
    r"|pick up|(?:give|gives|gave|giving|prescrib\w+|offer\w*|hand\w*)\s+(?:you|them|him|her|me|us))"
    r"\s+(?:anything|something|nothing)(?:\s+(?:else|stronger|extra|separate|different|over[- ]the[- ]counter|OTC))?\s*$"
    # ... or a separate plan, kit or medicine handed over for it: "we give you a separate plan for traveller's diarrhea"
    # (holdout172 en05, once that was a named use), "he prescribed her a different tablet for the nausea"
    r"|\b(?:give|gives|gave|giving|prescrib\w+|offer\w*|hand\w*|get|gets|got|need|needs)\s+(?:(?:you|them|him|her|me|us)\s+)?"
    r"(?:an?\s+)?(?:separate|different|second|another|other)\s+(?:[\w-]+\s+)?"
    r"(?:plan|kit|pack|prescription|course|treatment|medicine|medication|tablet|pill|supply|remedy)s?\s*$"
    # an item of a list of other medicines, named by its use: "be careful with other medicines that give sleep: the pills for
    # sleep, the pills for the nerves ...", "other drugs that make you drowsy, like the tablets for allergy"
    rf"|\b(?:other|another|any|some|certain|similar)\s+(?:[\w-]+\s+)?(?:medicines?|medications?|drugs?|pills?|tablets?|{_MEDICINE_CLASS})\b"
    r"[^.;!?]{0,60}?(?::|\b(?:like|such as|including)\b)\s*(?:[^.;!?]*?,\s*)?(?:(?:and|or)\s+)?(?:(?:the|some|any|your)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:medicines?|medications?|drugs?|pills?|tablets?|remedies|{_MEDICINE_CLASS})\s*$"
    # a medicine another prescriber may give the reader, told in a clause of when: "If another doctor or the dentist give you
    # medicine for pain, tell him that you take clonazepam", "if you are given a painkiller for your back"
    r"|\b(?:if|when|whenever|before|should|in\s+case)\b[^,.;:!?]{0,80}?\b(?:(?:give|gives|gave|giving|prescrib\w+|offer\w*|hand\w*"
    r"|recommend\w*|suggest\w*)\s+(?:you|them|him|her|me|us)|(?:are|is|am|be|get|gets|got|was|were)\s+(?:given|prescribed|offered|handed))"
    rf"\s+(?:(?:an?|some|any|another|new|different|extra|more)\s+)*(?:[\w-]+\s+)?(?:medicines?|medications?|drugs?|pills?|tablets?|treatments?"
    rf"|remedies|{_MEDICINE_CLASS})\s*$",
    re.IGNORECASE,
)
#: "sucralfate, for stomach ulcers", "lithium (used for bipolar disorder)": a name heading an
#: item, or one in a list of medicines, with its own use after a comma or bracket.
_NAMED_ITEM = re.compile(
    r"(?:^|[,;(]\s*|\b(?:such as|like|including|and|or|with|take|taking|plus)\s+)[\"“‘']?([A-Za-z][\w-]+)[\"”’']?"
    r"(?:\s*,\s*|\s*\(\s*|\s+-\s+|\s*[—–]\s*)(?:(?:an?\s+)?(?:[\w-]+\s+)?(?:medicine|medication|drug|tablet)\s+)?(?:(?:often|commonly|usually|also|sometimes)\s+)?"
    r"(?:(?:used|taken|prescribed|given)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "it",
    "this",
    "that",
    "these",
    "those",
    "them",
    "they",
    "you",
    "which",
    "who",
    "example",
    "instance",
    "day",
    "night",
    "morning",
    "evening",
    "bedtime",
    "week",
    "weeks",
    "doctors",
    "people",
    "patients",
    "adults",
    "children",
    "also",
    "often",
    # a lead-in before a fronted occasion: "Now, before every presentation, she takes propranolol"
    "so",
    "now",
    "then",
    "nowadays",
    "today",
    # a sentence's opening word (with the adverbs in "-ly": "Frankly, the capsules settle her nerves"), not a name heading an item
    "still",
    "anyway",
    "well",
    "yes",
    "plus",
    "bonus",
    "besides",
    "however",
}


#: A medicine's form or kind, for :data:`_ANOTHER_TAKEN_SO`.
_FORM = (
    r"(?:sprays?|tablets?|pills?|capsules?|patch(?:es)?|puffers?|inhalers?|drops|creams?|gels?|injections?|jabs?|shots?"
    rf"|medicines?|medications?|drugs?|{_MEDICINE_CLASS})"
)
#: Another medicine, brought in by a taking or an example, then told by how it is taken, right before its own use: "if you use
#: any nitrate, like the little spray or tablet *you put under your tongue* for chest pain", "with the patch she wears for
#: angina", "if you carry a spray you use for chest pain" (not the drug described: "Cialis is a tablet you take for ...").
_ANOTHER_TAKEN_SO = re.compile(
    r"\b(?:(?:if|when|whenever|unless|while)\s+(?:you|they|he|she|I|we)\s+(?:(?:also|already|ever|now|still)\s+)?"
    r"(?:use|take|carry|have|keep|need|are\s+on|are\s+using|are\s+taking)|with|alongside|like|such\s+as|including|any|another|other)\s+"
    rf"(?:[^.;:!?]{{0,60}}?[\s,])?(?:(?:an?|the|any|your|their|his|her|some)\s+)?(?:[\w-]+\s+){{0,2}}?{_FORM}"
    rf"(?:\s+(?:or|and)\s+(?:an?\s+)?(?:[\w-]+\s+)?{_FORM})?"
    r"\s+(?:(?:that|which)\s+)?(?:you|they|he|she|we|I|people|patients|some\s+people|(?:my|your|his|her|their|our)\s+[\w-]+)\s+"
    r"(?:(?:also|may|might|already|now|usually|sometimes|often|normally|would|can|still)\s+)?"
    r"(?:put|puts|spray|sprays|puff|puffs|inhale|inhales|carry|carries|keep|keeps|apply|applies|rub|rubs|stick|sticks|wear|wears"
    r"|dissolve|dissolves|suck|sucks|chew|chews|take|takes|use|uses|swallow|swallows|inject|injects)"
    r"(?:\s+(?:under|on|in|into|onto|inside|behind|with|around)\s+(?:your|their|his|her|my|the|a)\s+[\w-]+(?:\s+[\w-]+)?)?\s*$",
    re.IGNORECASE,
)


#: The drug said to be one of the medicines after it: "is one of several", "it's just one of the", "remains one of many".
_ONE_OF_THEM = re.compile(
    r"(?:\b(?:is|was|remains|becomes)|'s)\s+(?:\w+\s+)?one of\s+(?:the\s+|several\s+|many\s+|a few\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)


#: A medicine listed after another: "or painkillers", ", antacids".
_LISTED_AFTER = re.compile(r"(?:or|and)\b|[,;]", re.IGNORECASE)


def _another_medicine(head: str, drug_starts: set[int]) -> bool:
    """Does ``head`` (the sentence before a use verb) end by naming another medicine the use
    belongs to: a plural or "other" medicine, or a name not known as a drug that heads an
    item ("sucralfate, for stomach ulcers")?"""
    other = _OTHER_MEDICINES.search(head)
    # (the drug's own tablets are not another medicine: "I take minoxidil tablets for ..."; one listed after the drug
    # still is: "Using sumatriptan or painkillers for headaches")
    own = [start for start in drug_starts if other and other.start() <= start < other.end()]
    if other and own:
        other = _OTHER_MEDICINES.search(head, max(own) + 1)
        if other and not _LISTED_AFTER.match(other.group()):
            other = None
    # (nor are the medicines the drug is said to be one of: "Gabapentin is one of several medicines for ...",
    # unlike "if you take one of several medicines for anxiety" or "one of the other medicines")
    if other and not (_ONE_OF_THEM.search(head[: other.start()]) and not other.group().lower().startswith(("other", "another"))):
        return True
    taken_so = _ANOTHER_TAKEN_SO.search(head, max(0, len(head) - 300))  # (its longest match is under 300 characters)
    if taken_so and not any(taken_so.start() <= start < taken_so.end() for start in drug_starts):
        return True  # "if you use any nitrate, like the little spray or tablet you put under your tongue, for chest pain"
    named = _NAMED_ITEM.search(head)
    word = named.group(1).lower() if named else ""
    return bool(named and word not in _NOT_A_NAME and not word.endswith("ly") and named.start(1) not in drug_starts)


#: Before a name: the drug named as not the one meant ("..., not the acetaminophen", "rather than paracetamol").
_NOT_THE_ONE = re.compile(
    r"\b(?:(?<!\bor )not|rather than|instead of|unlike)\s+(?:(?:the|your|plain|regular|ordinary|simple)\s+)?$", re.IGNORECASE
)
#: The use opens a new clause: "...; for headache paracetamol is usually okay", "... - for pain, ibuprofen".
_CLAUSE_OPENS = re.compile(r"(?:[;:]|\s[-–—]|\.)\s*(?:\w+\s+){0,2}$")
#: The drug named after a use is the one given for it: "walked out with a prescription for a low
#: dose of paroxetine", "her GP put her on sertraline".
_PRESCRIBED = re.compile(
    r"\b(?:prescri(?:bed|bes|be|ption)|gave|given|giv(?:e|es|ing)|put (?:\w+ )?on|start(?:s|ed|ing)? (?:\w+ )?on"
    # ... or started or tried right before the drug: "were the reason her gynaecologist started gabapentin", "so the urologist
    # tried amitriptyline" (the between ends there)
    r"|(?:start(?:s|ed|ing)?|tried|tries|trialled|trialed)(?=\s+$)"
    r"|walked out with|went home with"
    # "his GP added a small dose of methylphenidate", "a pharmacist sold me ivermectin", "kept her on topiramate"
    # ... or passed on by a friend: "so her neighbour brought round some ivermectin"
    rf"|added|sold|{HANDED_OVER}|{LAY_GAVE}"
    # the prescribers' habit: "dermatologists now reach for spironolactone", "many GPs turn to amlodipine"
    r"|reach(?:es|ed)? for|turn(?:s|ed)? to"
    # ... or asked for by name, right before it: "so she asked her own doctor for topiramate" (not "asked her pharmacist for
    # advice about ibuprofen")
    r"|asked\s+(?:[\w’'-]+\s+){0,3}?for(?=\s*$)"
    # the improvement after it was started: "faded within a month of starting venlafaxine", "since she started clonazepam"
    r"|(?:of|after|since|once) (?:(?:I|he|she|we|they|you) )?(?:start(?:ed|ing)|tak(?:ing|en)|took|began|beginning)"
    r"|(?:recommend|suggest|offer)ed)\b",
    re.IGNORECASE,
)


#: Between a giving and a medicine named after it, words that set the medicine apart from what was given: "wrote a
#: prescription and told her to stop the ibuprofen", "... rather than more diazepam".
_SET_ASIDE = re.compile(r"\b(?:but|stop|stopped|stopping|instead|not|rather|without|off|avoid|no\s+more)\b|[;(]", re.IGNORECASE)
#: A medicine told failing right after its name: "sertraline *barely touching it*", "the citalopram *hadn't helped*", "his
#: fluoxetine *on its own wasn't enough*", "her SSRI *had done nothing*".
_FAILING_AFTER = re.compile(
    r"\s+(?:(?:alone|on\s+its\s+own|by\s+itself)\s+)?(?:(?:had|has|was|were|is|kept)\s+)?(?:(?:still|only|just|really)\s+)?"
    r"(?:barely|hardly|never|not|no\s+longer|(?:had|has|was|were|is|did|does|could|would)(?:n[’']t|\s+not)|failing|failed|doing\s+nothing"
    r"|(?:had\s+)?(?:did|done)\s+nothing|making\s+no\s+(?:difference|dent)|made\s+no\s+(?:difference|dent))\b",
    re.IGNORECASE,
)


def _given_past_a_failed_one(sentence: Sentence, after: list[Mention]) -> Mention | None:
    """The medicine given for a use told in a story, named after the first medicine the story tells failing ("..., with his
    sertraline barely touching it, his psychiatrist put him on a small dose of lithium as well"): the first one named after
    a giving that follows the failing one, with no other medicine between."""
    text = sentence.unit.text
    if len(after) < 2 or not _FAILING_AFTER.match(text, after[0].end):
        return None
    return after[1] if _PRESCRIBED.search(text, after[0].end, after[1].start) else None


#: A use fronted in its clause ("For the pain, ...", "...; for the swelling, ..."), for :data:`_SOMETHING_ELSE_GIVEN`.
_CLAUSE_FRONT = re.compile(r"(?:^|[;:!?(—–]|\.|\s-)\s*(?:(?:and|but|so|as|now|then)\s*,?\s+)?$", re.IGNORECASE)
#: ... whose clause gives something else for it: "for the pain, your doctor may suggest *something separate*", "For the
#: swelling itself, *a painkiller such as* ...", "for the sleep, ask about *another medicine*" (not "For the pain, take it at night").
_SOMETHING_ELSE_GIVEN = re.compile(
    r"(?:\s+(?:itself|themselves|alone|though|however|on\s+its\s+own))?\s*,\s*[^.;:!?]{0,80}?\b(?:(?:something|anything)\s+"
    r"(?:else|separate|different|stronger|extra)|(?:another|a\s+(?:separate|different|second|stronger))\s+(?:[\w-]+\s+)?"
    rf"(?:medicines?|medications?|drugs?|pills?|tablets?|treatments?|{_MEDICINE_CLASS})"
    rf"|other\s+(?:[\w-]+\s+)?(?:medicines|medications|drugs|pills|tablets|treatments)|(?:an?\s+)?{_MEDICINE_CLASS})\b",
    re.IGNORECASE,
)
#: The drug named right after a trouble as what the person is on when it comes: "For a headache *while you are on* meloxicam",
#: "for toothache whilst taking it" (see :func:`_use_drug`).
_WHILE_ON_IT = re.compile(
    r"^\s*,?\s*(?:while|whilst|when|as\s+long\s+as)\s+(?:(?:you|they|he|she|I|we)(?:[’']re|[’']m|\s+are|\s+is|\s+am)\s+(?:still\s+)?)?"
    r"(?:on|taking|using|already\s+(?:on|taking))\s+(?:(?:your|their|his|her|my)\s+)?$",
    re.IGNORECASE,
)
#: ... then the main clause naming another medicine first: "..., paracetamol is the safer choice"
_CLAUSE_THEN = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:[\w’'-]+\s+){0,6}?$", re.IGNORECASE)
#: ... unless that medicine is the one the trouble did not lift on: "This is usually after months of flat, heavy days ... that have
#: not lifted on an antidepressant alone" (a first try failed, not something else given for it).
_FAILED_ON = re.compile(
    r"\b(?:not|n[’']t|never)\s+(?:(?:really|fully|properly|much)\s+)?(?:lifted|shifted|budged|improved|helped|worked|cleared|eased"
    r"|settled|responded)\s+(?:on|with|to)\s+(?:an?\s+|the\s+|(?:his|her|their|my|your)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_MEDICINE_CLASS}|medicines?|medications?|tablets?|pills?|treatments?)\b",
    re.IGNORECASE,
)
#: Another tablet taken at a time set by the drug, then a relative clause on what it does: "She also takes a folic acid tablet a
#: few days after her methotrexate, *which* helps with the queasiness and mouth ulcers", "he has a vitamin tablet with his weekly
#: dose of methotrexate, which stops the mouth sores" (the remedy's use, for the drug's own side effect: not the drug's; gaps140b).
_TIMED_TO_IT = re.compile(
    r"\b(?:take|takes|took|taking|have|has|had|having|give|gives|gave|giving|get|gets|got|use|uses|used)\s+"
    r"(?:(?:a|an|one|some|her|his|my|their|your|the|extra|daily|weekly)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:tablets?|pills?|supplements?|capsules?|drops?|tabs?|sachets?|lozenges?|vitamins?)\b[^.;:!?]{0,60}?\b"
    r"(?:after|before|with|alongside|on\s+top\s+of|between)\s+(?:(?:her|his|my|your|their|the|each|every|its)\s+)?"
    r"(?:(?:weekly|daily|monthly|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)\s+)?(?:(?:dose|doses|tablets?)\s+of\s+)?$",
    re.IGNORECASE,
)
_WHICH_AFTER = re.compile(r"^(?:\s+(?:tablets?|pills?|dose|doses|injections?))?\s*,\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: The drug changing what another medicine, pointed back at, does for a use: "Ondansetron can make *it a bit less effective
#: for* pain", "may make them work less well for", "can leave the other medicine weaker for" (the use is the other's).
_CHANGES_ITS_EFFECT = re.compile(
    r"[\s,]+(?:(?:can|may|might|could|will|would|does|do|often|also|sometimes|actually|then)\s+)*"
    r"(?:make|makes|made|making|render|renders|rendered|leave|leaves|left)\s+"
    r"(?:it|them|that\s+one|the\s+other\s+(?:one|medicine|drug|tablet|pill)"
    r"|(?:the|your|their|his|her)\s+(?:[\w-]+\s+)?(?:medicines?|medications?|drugs?|pills?|tablets?|painkillers?|pain\s+relievers?))\s+"
    r"(?:(?:a\s+(?:bit|little|lot)|much|far|slightly|somewhat|even)\s+)?"
    r"(?:(?:less|more|not\s+as|weaker|stronger|worse)(?:\s+(?:effective|useful|helpful|good|potent|powerful|reliable|strong))?"
    r"|(?:work|act)\s+(?:(?:a\s+(?:bit|little|lot)|much|far|slightly)\s+)?(?:less(?:\s+well)?|not\s+as\s+well|worse|better))\s*$",
    re.IGNORECASE,
)


#: A clause turned by "but" or "while" onto another subject that is no drug and no pronoun for one: a clinic, a service or
#: "we" (gaps153c: "A long-acting tablet, Kapvay, is approved for children ... with ADHD, but PressureWell treats adults with high
#: blood pressure only", holdout346 lf07); the use told there is that subject's trade, not the drug's (not "but doctors use it
#: for ...", nor "but Dr Lee prescribes it for ...": the pronoun after the verb keeps the drug).
_ANOTHER_SUBJECT_TURN = re.compile(
    r"[,;]\s*(?:but|while|whereas)\s+(?:(?i:we|our\s+(?:[\w-]+\s+)?(?:clinic|practice|service|pharmacy|team|surgery|hospital|company|doctors)"
    r"|the\s+(?:clinic|practice|service|pharmacy|team|surgery|hospital|company))"
    r"|(?!(?:It|This|That|They|These|Those|The|A|An|Its|Doctors?|GPs?|Dr|He|She|You|I|Some|Many|Most|Your|My|His|Her|Their)\b)[A-Z][\w-]*)"
    r"\s+(?:(?i:only|also|mainly|now|still|just|mostly)\s+)?$"
)


def _use_drug(
    lexicon: ContextLexicon, analysis: DrugAnalysis, sentence: Sentence, use: Use, sole_primary: str | None
) -> tuple[str, str] | None:
    """The drug a use belongs to and the name it is given there: the one a passive use verb names
    as its agent ("Lyme disease is usually treated with amoxicillin"); else the nearest drug named
    before the verb, else one named just after the condition; or, with one primary
    drug, "it"/"this medicine" in a sentence naming no drug (see :func:`_pronoun_referent`)."""
    in_sentence = [m for m in analysis.in_unit(sentence.unit) if sentence.start <= m.start < sentence.end]
    # a name set against the one that does it is not the owner: "that is the added antihistamine, which is there to help
    # you sleep, not the acetaminophen", "take ibuprofen, not paracetamol, for the swelling"
    # (nor is "it" then the drug of an earlier sentence: "Plain acetaminophen does not make you sleepy. If a night-time
    # product does, that is the added antihistamine, which is there to help you sleep, not the acetaminophen.")
    named = len(in_sentence)
    in_sentence = [m for m in in_sentence if not _NOT_THE_ONE.search(sentence.unit.text, max(0, m.start - 40), m.start)]
    verb = sentence.start + use.verb_start
    before = [m for m in in_sentence if m.end <= verb]
    within = [m for m in in_sentence if verb <= m.start and m.end <= sentence.start + use.start]
    after = [m for m in in_sentence if m.start >= sentence.start + use.end]
    between = sentence.unit.text[sentence.start + use.end : after[0].start] if after else ""
    if use.agent is not None:  # "Lyme disease is usually treated with amoxicillin": the drug named as the agent, or none
        # (or as the subject before it: "Levothyroxine is the quickest way to drop a dress size")
        agent = next((m for m in in_sentence if m.start == sentence.start + use.agent), None)
        return (agent.generic, agent.text) if agent else None
    if use.reported:  # "told his doctor he couldn't sleep and was prescribed zopiclone", not a side effect of one taken before
        return (after[0].generic, after[0].text) if after and _PRESCRIBED.search(between) else None
    if within:  # "use metformin to shift a few pounds", "take aspirin to prevent heart attacks"
        return within[0].generic, within[0].text
    # (of a series of uses, what comes before its first: "with opioids, whether for pain or for a cough")
    if _another_medicine(sentence.text[: _series_start(sentence.text, use.verb_start)], {m.start - sentence.start for m in in_sentence}):
        return None  # "sucralfate, for stomach ulcers", "medicines for diabetes such as insulin"
    if (
        not [m for m in after if m.start < sentence.start + use.end + 100]
        and _CLAUSE_FRONT.search(sentence.text, max(0, use.verb_start - 40), use.verb_start)
        and _SOMETHING_ELSE_GIVEN.match(sentence.text, use.end)
        and not _FAILED_ON.search(sentence.text, use.end, use.end + 120)
    ):
        return None  # "...; for the pain, your doctor may suggest something separate": another medicine's
    if after and _WHILE_ON_IT.match(between):
        # the drug named after the trouble only as what the person is on when it comes ("For a headache while you are on
        # meloxicam, ask the pharmacist which painkiller suits you", "..., paracetamol is the safer choice"): the use is of what
        # the main clause gives, another medicine or none; the drug's own only when that clause gives it ("..., take an extra tablet")
        rest = sentence.unit.text[after[0].end : sentence.end]
        others = [m for m in after[1:] if m.generic != after[0].generic]
        if others and _CLAUSE_THEN.match(sentence.unit.text[after[0].end : others[0].start]):
            return others[0].generic, others[0].text
        if _SOMETHING_ELSE_GIVEN.match(rest):
            return None
    if (
        before
        and _WHICH_AFTER.match(sentence.unit.text[before[-1].end : verb])
        and _TIMED_TO_IT.search(sentence.unit.text, max(sentence.start, before[-1].start - 200), before[-1].start)
    ):
        return None  # "takes a folic acid tablet a few days after her methotrexate, which helps with the queasiness"
    if before and verb - before[-1].end <= 120 and _CHANGES_ITS_EFFECT.match(sentence.unit.text[before[-1].end : verb]):
        return None  # "Tramadol. Ondansetron can make it a bit less effective for pain.": the other medicine's use
    # a drug before the use in an earlier clause gives way to one the use's clause names: "...
    # make lisinopril work less; for headache paracetamol is usually okay"; a story's to the one
    # then given for it: "He took metformin for years, and the burning in his feet got worse, so
    # the doctor gave him amitriptyline"
    # ... also when the giving is the use itself and the medicine is told after what was written: "Her family doctor listened
    # ... and then wrote a prescription that has become surprisingly familiar: half of a 100 mg trazodone tablet"
    written = use.inferred and bool(_PRESCRIBED.search(sentence.text, use.start, use.end)) and len(between.split()) <= 16
    prescribed = bool(_PRESCRIBED.search(between)) or (written and not _SET_ASIDE.search(between))
    # (a situation told first, then the dose of the drug named in its main clause: "when you're fourteen weeks along and heaving
    # over the sink every single morning, a melt-on-the-tongue Zofran before breakfast is ...", "If my legs won't settle, one
    # 10 mg baclofen and I'm out")
    dosed = use.inferred and bool(after) and bool(_DOSE_OF_THE_NAMED.match(between))
    given_after = bool(after) and (len(between.split()) <= _MAX_WORDS_TO_DRUG_AFTER or prescribed or dosed)
    if (
        before
        and _ANOTHER_SUBJECT_TURN.search(sentence.unit.text[before[-1].end : verb])
        and not re.search(r"\b(?:it|them)\b", sentence.text[use.verb_start : use.start], re.IGNORECASE)
    ):
        return None  # "Kapvay, is approved for ... ADHD, but PressureWell treats adults with high blood pressure only": the clinic's
    if before and not (given_after and (_CLAUSE_OPENS.search(sentence.unit.text[before[-1].end : verb]) or (use.inferred and prescribed))):
        owner = _outside_brackets(sentence.unit.text, before, verb)
        return owner.generic, owner.text
    if given_after:  # "For alcohol use disorder, doctors may give baclofen."
        # (a story's first medicine told failing, then the one given: "..., with his sertraline barely touching it, his
        # psychiatrist put him on a small dose of lithium as well": the one given)
        added = _given_past_a_failed_one(sentence, after) if use.inferred and not prescribed else None
        return (added.generic, added.text) if added else (after[0].generic, after[0].text)
    # ... also further on, the first choice told failing in a clause of its own: "his heart took to fluttering and racing out of
    # step, sometimes for hours at a time, and because warfarin didn't suit him after a bad nosebleed, his cardiologist put
    # him on clopidogrel"
    passed_over = _given_past_a_failed_one(sentence, after) if use.inferred and len(between.split()) <= 16 else None
    if passed_over is not None:
        return passed_over.generic, passed_over.text
    # "It is used to treat fibromyalgia" after "Tonmya is a tablet ...": the name the article
    # last gave the drug (a brand selects its own approved uses).
    # (a giving that points back with "it" may give the medicine tried: "She'd tried melatonin. Her doctor wrote her a prescription for it")
    if len(in_sentence) < named:
        return None
    if not before and _remedy_before(sentence.text, use.verb_start):
        return None  # "Ginger tea for nausea (not a medicine, but it helps some people)": the remedy's use, not "it"'s drug
    given = use.inferred and opens_with_giving(sentence.text) and not re.search(r"\b(?:it|them)\b", sentence.text, re.IGNORECASE)
    return _pronoun_referent(lexicon, analysis, sentence, sole_primary, given)


def _dose_told_next(
    vocab: ConditionVocabulary, analysis: DrugAnalysis, sentences: list[Sentence], index: int, use: Use, sole: str | None
) -> tuple[str, str] | None:
    """The drug of a situation told with no medicine named ("These days I keep the bottle for nights after a late session
    when I'm wired and staring at the ceiling at 1 am."), when the next sentence of its paragraph opens with a dose that
    names none either ("Half a 10 mg tab and I finally drift off."): the dose taken in it (see :func:`_named_before`); not
    another medicine kept for it ("I keep herbal pills for nights when ..."), nor a use the dose's sentence tells itself."""
    if not use.inferred or use.verb_start >= use.start or index + 1 >= len(sentences):
        return None
    sentence, after = sentences[index], sentences[index + 1]
    if after.unit is not sentence.unit or not opens_with_dose(after.text):
        return None
    if any(sentence.start <= m.start < after.end for m in analysis.in_unit(sentence.unit)):
        return None
    # (what is kept or taken, up to the situation's "for", "on" or "during")
    opener = list(re.finditer(r"\b(?:for|on|during)\b", sentence.text[use.verb_start : use.start], re.IGNORECASE))
    kept = sentence.text[: use.verb_start + opener[-1].start()] if opener else sentence.text[: use.verb_start]
    if _another_medicine(kept, set()) or any(u.condition == use.condition for u in find_uses(vocab, after.text)):
        return None
    return _named_before(analysis, sentence, sole)


#: What may stand between "(" and a name in brackets after a drug's name: other names of it, commas, "or", "e.g.".
_BRACKET_FILLER = re.compile(
    r"\s*\(\s*(?:(?:[,;/]|\s|\b(?:or|and|eg|brands?|brand names?|sold as|such as|also called|known as|aka"
    # a brand told in the writer's words: "metronidazole (you might see Flagyl on the box)", "(you'll know it as Flagyl)"
    r"|you\s+(?:might|may|will|could|can|[’']ll)\s+(?:also\s+)?(?:see|spot|know\s+it\s+as|hear\s+it\s+called))\b|\be\.g\.)\s*)*",
    re.IGNORECASE,
)


#: Between a drug and a second one taken along with it, the first the subject: "clopidogrel *with her daily* aspirin is what
#: keeps clots from forming", "metformin *plus a* statin" (not "and": two subjects).
_TAKEN_ALONG = re.compile(
    # ("started her on lithium next to the sertraline, to lift ...", "in addition to her fluoxetine")
    r"\s+(?:with|plus|alongside|along\s+with|together\s+with|on\s+top\s+of|next\s+to|in\s+addition\s+to|as\s+well\s+as)\s+"
    r"(?:(?:her|his|their|my|your|our|the|a|an)\s+)?"
    r"(?:(?:daily|usual|regular|low[- ]dose|baby|nightly|morning|evening|everyday)\s+)?",
    re.IGNORECASE,
)


#: ... unless the use follows the second drug at once, after a comma or in brackets, as that drug's own: "if you take
#: baclofen with sucralfate, for stomach ulcers", "clopidogrel with omeprazole for her reflux", "ondansetron together with
#: apomorphine (a medicine for Parkinson's disease)", "tizanidine with fluvoxamine (used for depression)".
_OWN_USE_AFTER = re.compile(
    r"(?:,?\s*|\s*[(\[]\s*(?:(?:an?|the|used|given|taken|prescribed)\s+)?(?:[\w’'-]+\s+){0,3}?)"
    r"(?:for|to\s+(?:treat|prevent|ease|settle|calm|control|manage))\b",
    re.IGNORECASE,
)


def _outside_brackets(text: str, before: list[Mention], verb: int) -> Mention:
    """The last of ``before`` (names before a use's verb in ``text``), or, when it is one of
    the names in brackets after another name of the same drug, that name: "bupropion
    (Wellbutrin, Zyban) for depression" is bupropion's use, not Zyban's alone; or, when it is a
    second drug taken along with the one before it, that one, the subject ("clopidogrel with her
    daily aspirin is what keeps clots from forming")."""
    last = before[-1]
    if (
        len(before) > 1
        and before[-2].generic != last.generic
        and _TAKEN_ALONG.fullmatch(text, before[-2].end, last.start)
        and not _OWN_USE_AFTER.match(text, last.end)
    ):
        return before[-2]
    if ")" not in text[last.end : verb]:
        return last
    for index in range(len(before) - 2, -1, -1):
        earlier = before[index]
        if earlier.generic != last.generic:
            break
        between = text[earlier.end : last.start]
        for inner in before[index + 1 : -1]:
            between = between.replace(inner.text, ",", 1)
        if "(" in between and _BRACKET_FILLER.fullmatch(between):
            return earlier
    return last


#: "Do not take it for a cold", "never use baclofen to calm down": advice against a use.
_DO_NOT_USE = re.compile(
    r"\b(?:do not|don[’']t|never|should not|shouldn[’']t|must not)\s+(?:(?:ever|just|simply|routinely|regularly|usually|only|really)\s+)?"
    r"(?:take|use|give|try|rely on|reach for|ask|increase|raise|up|double"
    # ... or keep a supply for it: "Do not keep a couple of spare tablets to help you drop off" (gaps152a)
    r"|keep|save|stockpile|hoard"
    # ... or press a prescriber for it: "Never demand azithromycin for a cold", "don't go pestering your GP for a Z-Pak for flu"
    r"|(?:go\s+)?(?:beg|begging|pester|pestering|badger|badgering|nag|nagging|hassle|hassling|push|pushing|press|pressing|demand|demanding"
    r"|insist\s+on|expect|request|guilt-?trip|lean\s+on))\b"
    # told to stop: "pls stop asking ur GP for cipro for a cold", "Quit begging your doctor for antibiotics for the flu"
    r"|(?:^\s*|[,;:!?(—–]\s*|\b(?:please|pls|plz|just|so|and|now)[,!]?\s+)(?:stop|quit)\s+(?:asking|begging|pestering|demanding|requesting"
    r"|expecting|taking|using|giving|popping|prescribing|buying|ordering|reaching\s+for)\b"
    # "the FDA warned against using it for COVID-19", "doctors advise against taking it for ..."
    r"|\b(?:warn(?:s|ed|ing)?|advis(?:e|es|ed|ing)|caution(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+(?:strongly\s+)?against\s+"
    r"(?:(?:its|the)\s+)?(?:us(?:e|ing)|tak(?:e|ing)|giv(?:e|ing)|try(?:ing)?|prescrib(?:e|ing))\b",
    re.IGNORECASE,
)
#: ... or the one who does it is a role the reader is told not to take, read over the commas and the "that" of its relative
#: clause: "don't be the person who calls the office begging for a Z-Pak for a cold" (holdout293 je04), "never be that
#: patient who insists on azithromycin for the flu", "Don't be one of those parents who, at the first sniffle, demand ..."
_NOT_THAT_ONE = re.compile(
    r"\b(?:do not|don[’']t|never)\s+be\s+(?:the|that|one\s+of\s+(?:those|the)|an?)\s+(?:[\w-]+\s+){0,2}?(?:who|that)\b",
    re.IGNORECASE,
)
#: A taking told as a past story (which a harm told right after it, or a denial, turns into a cautionary tale): "she *took* some of
#: her sister's thyroid tablets before a wedding to drop a dress size" then "She ended up in A&E with a pounding heart"
#: (holdout320 kf08; gaps150c).
_TAKEN_IN_A_STORY = re.compile(
    r"\b(?:took|tried|swallowed|popped|borrowed|pinched|nicked|doubled|(?:was|were)\s+(?:taking|using|popping|given|on)"
    r"|had\s+(?:been\s+)?(?:taking|taken|using|popping))\b",
    re.IGNORECASE,
)
#: A use asked about, not claimed: "We're sometimes asked, usually before beach holidays, whether a
#: slightly higher dose would help shed a few pounds".
_ASKED_WHETHER = re.compile(
    r"\b(?:(?:are|is|were|was|get|gets|often|sometimes|frequently|regularly|commonly|always)\s+(?:\w+\s+)?asked"
    r"|(?:people|patients|readers|customers|parents|clients|many|some|you)\s+(?:\w+\s+)?(?:ask|wonder))\b"
    r"[^.;:!?]{0,50}?\b(?:whether|if)\b[^.;:!?]*$",
    re.IGNORECASE,
)
#: A use called dangerous or misuse right after it: "raising your dose to shift pounds *is dangerous*", "taking it for that *is misuse*".
_CALLED_UNSAFE = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:is|are|can be|could be|would be)\s+(?:(?:very|really|so|extremely|potentially|downright)\s+)?"
    r"(?:dangerous|risky|harmful|unsafe|not safe|a bad idea|a mistake|reckless|life-threatening"
    # ... or misuse: "taking it for that is misuse", "using it to get high is drug abuse"
    r"|(?:(?:drug|medicine|prescription|opioid)\s+)?(?:misuse|abuse)|misusing it|abusing it"
    # ... or called false: "The idea that levothyroxine helps you lose weight *is a myth*", "... is simply not true"
    r"|(?:(?:just|simply|only|sadly|still)\s+)?(?:(?:a|an)\s+(?:(?:total|complete|common|popular|old|internet)\s+)?"
    r"(?:myth|misconception|urban\s+legend|old\s+wives[’']\s+tale)|false|untrue|not\s+true|nonsense|rubbish))\b"
    # ... or, the taking for it the subject, a harm it can do: "taking extra to drop pounds *can push your heart into a dangerous
    # rhythm*" (not "... can help you feel better")
    r"|^\s+(?:can|could|may|might|will)\s+(?:[\w’'-]+\s+){0,6}?(?:dangerous|deadly|harmful|life-threatening|kill|damage)\b",
    re.IGNORECASE,
)

#: A clause opened by a practice told as a gerund: "*Using* diphenhydramine to make a child sleepy ...", "*Giving* aspirin to a
#: child ..." (its subject, which :data:`_CALLED_UNSAFE` may then call unsafe).
_GERUND_CLAUSE = re.compile(
    r"\s*[\"“‘']?(?:(?:and|but|so|just|simply)\s+)?(?:using|giving|taking|dosing|offering|handing|slipping|popping|sedating)\b",
    re.IGNORECASE,
)


def _practice_called_unsafe(text: str, start: int, end: int) -> bool:
    """Is the statement at ``text[start:end]`` a practice told as the gerund subject of its clause, then called unsafe right
    after it ("Using diphenhydramine to make a child sleepy *is not safe*", holdout306 jr07; "Giving aspirin to a child with
    flu is dangerous"): a warning against it, not a claim? (Not a verdict after a comma: "..., and skipping it is risky".)"""
    opens = max(text.rfind(mark, 0, start) for mark in ",;:—–(") + 1
    if _GERUND_CLAUSE.match(text, opens) is None:
        return False
    verdict = _CALLED_UNSAFE.match(text[end:])
    return verdict is not None and not re.search(r"[,—–]", verdict.group())


#: A use set as the condition of a harm: "*When it is used for* depression, children, teenagers and young adults can have
#: more thoughts of suicide" (a boxed warning), "*If it is given to* older people *for* agitation, the risk of death is
#: higher": a warning, not a claim of use (not "When it is used for sleep, it works within an hour", "..., there is no risk").
_WHEN_USED_FOR = re.compile(
    r"(?:^|[,;:(—–]\s*)(?:when|whenever|if|while)\s+[^,;:.!?]{0,60}?\b(?:used|taken|given|prescribed|using|taking|giving)\b[^,;:.!?]*$",
    re.IGNORECASE,
)
_HARM_AFTER = re.compile(r"[,;:—–]\s*(?P<harm>[^.!?]+)")
#: ... or set after the harm it is the condition of, in the same clause: "aripiprazole carries this warning *when it is used for*
#: depression" (holdout340 kz11), "the risk of death is higher *if it is given to* older people *for* agitation".
_WHEN_USED_FOR_AFTER = re.compile(
    r"\s(?:when|whenever|if|while)\s+[^,;:.!?]{0,60}?\b(?:used|taken|given|prescribed|using|taking|giving)\b[^,;:.!?]*$", re.IGNORECASE
)
#: ... or the people taking it for the use set as those at risk (a boxed warning retold): "*In children, teens and young adults
#: taking it for* depression, aripiprazole can raise the risk of suicidal thoughts", "*Among older people given it for*
#: agitation, ..."; and without a comma, a risk told at once of "young people *who take it for* depression" (see
#: :func:`_harm_when_used_for`).
_GROUP_TAKERS = (
    r"(?:people|patients|persons|children|kids|teens|teenagers|adolescents|adults|young\s+people|those|anyone|users|men|women"
    r"|(?:older|elderly)\s+(?:people|patients|adults|relatives))"
)
_GROUP_TAKING_FOR = re.compile(
    rf"(?:^|[,;:(—–]\s*)(?:in|among|amongst|for)\s+(?:[^;:.!?]{{0,80}}?\s)?{_GROUP_TAKERS}\s+(?:(?:who|that)\s+(?:are|were)\s+)?"
    r"(?:taking|using|on|given|prescribed|treated\s+with)\b[^,;:.!?]*$",
    re.IGNORECASE,
)
_GROUP_WHO_TAKE_FOR = re.compile(
    rf"\b{_GROUP_TAKERS}\s+(?:who|that)\s+(?:(?:are|were)\s+(?:taking|using|on|given|prescribed|treated\s+with)|take|use|took|used"
    r"|(?:are|were)\s+given)\b[^,;:.!?]*$",
    re.IGNORECASE,
)

#: A risk told raised: "can raise the risk of suicidal thoughts", "a higher chance of", "more likely to die".
_RISK_RAISED = re.compile(
    r"\bsuicid\w*|\b(?:higher|greater|increased|raised|extra|added)\s+(?:\w+\s+)?(?:risks?|chances?|rates?)\b"
    r"|\b(?:raises?|raising|raised|increases?|increasing|increased|doubles?|doubled)\s+(?:(?:the|their|your|its)\s+)?(?:\w+\s+)?(?:risks?|chances?)\b"
    r"|\bmore\s+likely\s+to\s+(?:die|have|get|develop|think|harm)\b",
    re.IGNORECASE,
)


def _harm_when_used_for(lexicon: ContextLexicon, text: str, use: Use) -> bool:
    """Is the use the condition of a harm told in the main clause after it (a warning of what can happen then), or the use
    of the people a risk is told of ("In young adults taking it for depression, it can raise the risk of suicidal thoughts")?"""
    head = text[: use.start]
    if _WHEN_USED_FOR.search(head):
        harm = _HARM_AFTER.search(text, use.end)
        told = harm.group("harm") if harm else ""
        return (lexicon.has("harm_told", told) or lexicon.has("risk_told", told)) and not lexicon.has("negation", told)
    after = _WHEN_USED_FOR_AFTER.search(head)
    if after:
        told = lexicon.last_clause(head[: after.start()])
        if (lexicon.has("harm_told", told) or lexicon.has("risk_told", told)) and not lexicon.has("negation", told):
            return True
    # (the people taking it: only a risk raised, "suicidal thoughts", "a higher risk of"; not "a lower risk of heart disease")
    if _GROUP_TAKING_FOR.search(head, max(0, len(head) - 200)):
        harm = _HARM_AFTER.search(text, use.end)
        told = harm.group("harm") if harm else ""
    elif _GROUP_WHO_TAKE_FOR.search(head, max(0, len(head) - 200)):
        told = re.split(r"[.!?;:]", text[use.end :], maxsplit=1)[0]
    else:
        return False
    return bool(_RISK_RAISED.search(told)) and not lexicon.has("negation", told)


#: Someone a medicine is given to or meant for: "to people with ...", "for children".
_PERSON = r"(?:people|patients|persons|children|kids|adults|teens|teenagers|women|men|someone|anyone|those|them|him|her|me|us|you)"
#: What joins a use to the one before it in a series: "not meant for X*, or *for Y".
_SERIES_LINK = re.compile(r"(?:,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+)$", re.IGNORECASE)


def _series_start(text: str, verb_start: int) -> int:
    """Where the series of parallel uses that the use verb at ``verb_start`` continues begins
    ("It is not meant for a receding hairline, for patchy hair loss, or *for* hair loss after a
    baby": the first "for"), so that what is said of the first use (a negation) is said of each."""
    word = re.match(r"(?:for|to)\b", text[verb_start:], re.IGNORECASE)
    start = verb_start
    while word and _SERIES_LINK.search(text[:start]):
        # (not "to/for" a person: "give it *to people with* fibromyalgia, to settle the pain" is no series of uses)
        earlier = [m.start() for m in re.finditer(rf"\b{word.group()}\b(?!\s+{_PERSON}\b)", text[:start], re.IGNORECASE)]
        if not earlier or re.search(r"[;:.!?]", text[earlier[-1] : start]):
            break
        start = earlier[-1]
    return start


#: A speaker's label before an answer, in a transcript or a Q&A: "DEV: ", "**Pharmacist:** ", "Dr Patel: ".
_ANSWER_LABEL = r"^\W*(?:(?:[\w.’'-]+\s+){0,2}?[\w.’'-]+\s*:\W*)?"
#: A transcript's time stamp opening a turn: "[12:05] Dr. Adeyemi: Yes, ..." (taken off before the speaker's label).
_TIMESTAMP = re.compile(r"^\W*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\W*", re.IGNORECASE)
#: ... and the answer named as such before it: "The answer is no.", "The short answer: yes", "My honest answer is a firm no".
_ANSWER_NAMED = (
    r"(?:(?:the|my|our)\s+(?:(?:short|simple|honest|straight|quick|plain|clear|real)\s+)?answer(?:\s+is|['’]s)?\s*[:—–-]?\s*"
    r"(?:a\s+(?:firm|clear|flat|definite|resounding|simple|big|hard)\s+)?)"
)
#: The answer to a question opens by denying it: "No.", "Nope", "Not really", "It won't ...", "The answer is no" (not "The
#: answer is no more than two").
_NO_ANSWER = re.compile(
    rf"{_ANSWER_LABEL}{_ANSWER_NAMED}?(?:no|nope|not really|not at all)\b(?!\s+(?:more|less|longer|later)\b)", re.IGNORECASE
)
#: The one answering, reported: "Mrs Harper said ...", "The pharmacist replied that ...", "She told him ..." (holdout331 kq09).
_REPORTED_ANSWERER = (
    r"(?:(?:[\w.’'-]+\s+){0,2}?(?:said|says|replied|replies|answered|answers|confirmed|agreed|explained|told\s+(?:him|her|them|us|me|the\s+\w+))"
    r"(?:\s+that)?\s*,?\s*)"
)
#: ... or by affirming it: "Yes, ...", "Sure.", "Absolutely", "It can.", "Many people do", "Lots of
#: doctors prescribe it for that", "Pretty much the same idea.", "Exactly.", "That's right", "The answer is yes" (after a
#: speaker's label too, or reported: "Mrs Harper said several members had found half a tablet before the journey settled
#: them nicely", "He said it would").
_YES_ANSWER = re.compile(
    rf"{_ANSWER_LABEL}{_REPORTED_ANSWERER}?(?:{_ANSWER_NAMED}yes|yes|yeah|yep|yup|sure|absolutely|definitely|certainly|of course|indeed"
    r"|it (?:can|does|may|might|will|works|helps)|(?:it|they) (?:would|did|had|has|have)(?=\s*(?:[.,;!]|$|\s+(?:helped|worked|done)\b))"
    r"|pretty much|more or less|(?:exactly|precisely)(?!\s+(?:how|what|when|why|which|where|who|the|as|like)\b)|spot on"
    r"|that['’]s (?:right|correct|it|true)|correct(?=\W*$|\s*[.,!;:—–])|in a word,? yes"
    r"|(?:they|you) (?:can|do|may)|(?:many|some|most|lots of|plenty of|a lot of) (?:\w+ ){0,2}?(?:do|can|does|say yes|swear by it)\b"
    r"|(?:many|some|most|lots of|plenty of|a lot of|several|a few|a couple of|a number of) (?:people|doctors|patients|readers|users"
    r"|adults|women|men|GPs|psychiatrists|members|customers|clients|passengers|travell?ers|colleagues|friends|parents|families)"
    # (not the askers themselves: "Several readers asked some version of this. The answer is no.", holdout56 ab13)
    r" (?!(?:think|thought|believe|assume|say|said|claim|ask|asks|asked|wonder|wondered|write|wrote|worry|worried|fear|feared"
    r"|complain|complained)\b)\w+)\b",
    re.IGNORECASE,
)


#: ... or by calling it harmless, bare or on a condition: "There's no harm in it.", "If the capsules are the same strength her
#: dermatologist would have prescribed, there's no harm in it" (holdout285 iw09) (read before
#: the negation of the first clause, whose "no" is the verdict's; not "no harm in asking your pharmacist").
_HARMLESS_ANSWER = re.compile(
    rf"{_ANSWER_LABEL}(?:(?:if|as\s+long\s+as|so\s+long\s+as|provided)\b[^.;!?]{{0,120}}?,\s*)?(?:honestly,?\s+|then\s+)?"
    r"(?:there['’]s|there\s+is|there['’]d\s+be|there\s+would\s+be)\s+(?:really\s+|absolutely\s+)?no\s+harm"
    r"(?:\s+in\s+(?:it|that|doing\s+(?:so|that|it)|sharing|using\s+them))?(?=\s*(?:[.!;,]|$))",
    re.IGNORECASE,
)


#: ... or by condoning it, bare or on a condition, with no "but" after it in its sentence or the next: "Honestly, Priya, if your
#: acne looks like hers and it's the same strength, I can see why you'd want to. Just tell your GP afterwards." (holdout328 kn09),
#: "I don't see why not", "Go for it", "Fair enough" (not "I can see why you'd want to, but please don't", nor a next sentence
#: "But don't.").
_CONDONING_ANSWER = re.compile(
    rf"{_ANSWER_LABEL}(?:(?:honestly|look|well|frankly|personally)\W+)?(?:\w+,\s*)?"
    r"(?:(?:if|as\s+long\s+as|so\s+long\s+as|provided)\b[^.;!?]{0,120}?,\s*)?"
    r"(?:I\s+(?:can|do)\s+(?:totally\s+|completely\s+|really\s+|honestly\s+)?(?:see|understand|get)\s+why\s+you(?:['’]d|\s+would)\s+want\s+to"
    r"|I\s+(?:don['’]t|can['’]t|do\s+not|cannot)\s+see\s+why\s+not|(?:I['’]d\s+say\s+)?go\s+(?:for\s+it|ahead)|fair\s+enough"
    r"|that\s+makes\s+(?:total\s+|perfect\s+)?sense)\b(?![^.;!?]{0,80}\b(?:but|however|though|although)\b)",
    re.IGNORECASE,
)
#: A sentence taking back the condoning before it: "But please don't.", "However, ...", "Still, don't."
_TAKEN_BACK = re.compile(r"^\W*(?:\w+:\W*)?(?:but|however|still|that said|please\s+don['’]t|don['’]t|do\s+not|never)\b", re.IGNORECASE)


def _answer(lexicon: ContextLexicon, sentences: list[Sentence], index: int) -> str | None:
    """How the sentence after the question ``sentences[index]`` answers it: "no" ("No.", "It
    won't treat a cold virus."), "yes" ("Yes, many people do.", "It can."), or None (no answer:
    the last sentence, another question, "Ask your doctor", anything that neither affirms nor denies)."""
    if index + 1 >= len(sentences) or _is_question(sentences[index + 1]):
        return None
    answer = sentences[index + 1].text
    first_clause = re.split(r"[,;:.!?]|\b(?:but|however)\b", answer, maxsplit=1)[0]
    if _HARMLESS_ANSWER.match(answer):
        return "yes"
    if _CONDONING_ANSWER.match(answer) and not (index + 2 < len(sentences) and _TAKEN_BACK.match(sentences[index + 2].text)):
        return "yes"
    if _NO_ANSWER.match(answer) or lexicon.has("negation", first_clause):
        return "no"
    return "yes" if _YES_ANSWER.match(answer) else None


_Claimed = TypeVar("_Claimed")


def _claims(
    lexicon: ContextLexicon,
    sentences: list[Sentence],
    index: int,
    found: dict[int, list[tuple[Any, _Claimed]]],
    claim: Callable[[int], list[tuple[Any, _Claimed]]],
    tagged: bool = False,
) -> list[_Claimed]:
    """What sentence ``index`` claims, as found by ``claim(index)`` (a list of (what, finding)
    pairs): a statement's claims; a question claims nothing ("Can I take it for migraines?"),
    unless it is answered yes ("Yes, ..."), and then only what its answer does not claim
    itself (one finding for the pair, at the statement when the answer makes it). With
    ``tagged`` (a misstatement), a statement put to others ("... Thoughts?") is asked too, and a
    statement closed by a tag that presses it ("It's basically Prozac with a different name, isn't
    it?", "..., right?") claims it unless the next sentence answers no."""

    def at(i: int) -> list[tuple[Any, _Claimed]]:
        if i not in found:
            found[i] = claim(i)
        return found[i]

    asked = _posed(sentences, index, opinion=tagged)
    if asked is None:
        after = index + 1
        if (
            after < len(sentences)
            and sentences[after].unit is sentences[index].unit
            and _PERMISSION_ASKED.match(sentences[after].text)
            and _answer(lexicon, sentences, after) == "no"
        ):
            return []  # "My sister takes it to slim down. Is that all right?" answered "No, ...": a use asked about, refused
        if _ASKED_ABOUT.search(sentences[index].text) and _answer(lexicon, sentences, index) == "no":
            return []  # "We asked the GP about it for his hay fever." answered "She said it isn't the right medicine for that"
        return [f for _, f in at(index)]
    answer = _answer(lexicon, sentences, asked)
    if (
        tagged
        and asked == index
        and _PRESSING_TAG.search(sentences[index].text)
        and (answer is None or _goes_on(lexicon, sentences, index))
    ):
        return [f for _, f in at(index)]
    if answer is None and tagged and asked != index and _OPINION_ONLY.match(sentences[asked].text):
        # a statement put to others for their thoughts and left unanswered, or answered about something else ("Vyvanse is
        # gentle enough that you can't really get hooked on it. Thoughts?" then "Theo lost a bit too": holdout310 jv05),
        # stands as the thread's word; not when the reply, past its speaker's label on a line of its own ("**Reply from
        # moderator:**"), answers no or calls it wrong ("That's not true: ...")
        reply = asked + 1
        while reply < len(sentences) and _SPEAKER_LINE.match(sentences[reply].text):
            reply += 1
        if reply < len(sentences) and (
            _answer(lexicon, sentences, reply - 1) == "no" or lexicon.has("refutes_previous", sentences[reply].text)
        ):
            return []
        return [f for _, f in at(index)]
    if answer != "yes":
        return []
    answered = {what for what, _ in at(asked + 1)}
    return [f for what, f in at(index) if what not in answered]


#: A tag that presses the statement it closes on the listener, asserting it: "..., isn't it?", "..., don't they?",
#: "..., right?" (not a positive tag after a denial, "It isn't addictive, is it?", which doubts).
_PRESSING_TAG = re.compile(
    r",\s*(?:(?:isn|aren|wasn|weren|doesn|don|didn|won|can|couldn|wouldn|shouldn|haven|hasn)['’]t\s+(?:it|they|he|she|you|we|I|there|that)"
    r"|right|innit|yeah|eh|no|don['’]t\s+you\s+think)\s*\?[\"'”’)]*\s*$",
    re.IGNORECASE,
)
#: The word "without", which denies nothing said before it ("Just without the buzz").
_WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)


def _goes_on(lexicon: ContextLexicon, sentences: list[Sentence], index: int) -> bool:
    """Does the speaker of a statement pressed by a tag go on in the next sentence of its unit, by what the statement
    leaves out, not answering it ("naltrexone is basically a very mild opioid itself, right? Just without the buzz.";
    not "..., right? No, it blocks them.", "..., right? It isn't, though.")?"""
    after = index + 1
    if after >= len(sentences) or sentences[after].unit is not sentences[index].unit:
        return False
    text = sentences[after].text
    first_clause = re.split(r"[,;:.!?]|\b(?:but|however)\b", text, maxsplit=1)[0]
    return (
        _WITHOUT.search(first_clause) is not None
        and not _NO_ANSWER.match(text)
        and not lexicon.has("negation", _WITHOUT.sub(" ", first_clause))
    )


#: A short question after a statement that puts the statement to the reader: "My friend says it's
#: fine to just quit. True?", "... Is that right?", "Fact or myth?", "Really?", "Any truth in that?"
_TAG_QUESTION = re.compile(
    r"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:true|right|correct|so|accurate|a myth|really (?:true|so)|really|fact or (?:fiction|myth)"
    r"|myth or (?:fact|truth)|true or false|any truth (?:to|in) (?:that|this|it)|does it|is it|(?:am|are) (?:I|they|we) right)\W*$",
    re.IGNORECASE,
)
#: ... or asks whether what it tells is all right to do: "My sister takes it to slim down. Is that all right?", "Is that
#: safe?", "Would that be OK?", "Should she?", "Can he keep doing that?" (the statement stands unless the answer is no)
_PERMISSION_ASKED = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:is|was|would|will|isn['’]t)\s+(?:that|this|it)(?:\s+be)?\s+(?:really\s+|actually\s+)?"
    r"(?:all\s*right|alright|OK|okay|safe|fine|a\s+good\s+idea|wise|sensible|allowed|legit|a\s+problem|bad|dangerous|risky)"
    r"|(?:should|can|could|may)\s+(?:she|he|I|they|we|you)(?:\s+(?:do|keep\s+(?:on\s+)?(?:doing|taking))\s+(?:that|this|it))?"
    r"|(?:ok(?:ay)?|safe|fine|all\s*right|alright)(?:\s+(?:to\s+do|or\s+not))?)\W*$",
    re.IGNORECASE,
)
#: ... or tells, as the whole sentence, that a prescriber was asked about it for a trouble: "We asked the GP about it for my
#: son's hay fever sneezing." (holdout322 kh06; gaps150c), "I asked my pharmacist about taking it for my back" (the use asked
#: about, which the answer after it decides: refused, "She said it isn't the right medicine for that", it claims nothing).
_ASKED_ABOUT = re.compile(
    r"(?:^|[:\"“‘(]\s*)(?:(?:so|and|then|once)\s+)?(?:we|I|she|he|they|(?:my|our|his|her|their)\s+[\w’'-]+)\s+(?:once\s+|also\s+|even\s+)?"
    r"(?:asked|quizzed|checked\s+with)\s+(?:the|our|my|his|her|their|a|an)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:GP|doctors?|docs?|pharmacists?|nurses?|consultants?|paediatricians?|pediatricians?|specialists?|dermatologists?|physicians?"
    r"|practitioners?|prescribers?|chemists?|midwi(?:fe|ves)|surgery|clinic)\s+about\s+(?:(?:giving|using|taking|trying)\s+)?"
    r"(?:it|this|that|them|[\w-]+)(?:\s+to\s+(?:my|our|his|her|their|the|a)\s+[\w’'-]+)?\s+for\b[^.;!?]*[.!]?[\"”’)]?\s*$",
    re.IGNORECASE,
)
#: ... or asks what others make of it, putting a misstatement to them: "My brother-in-law reckons it's fine to quit any
#: time. Thoughts?", "Any opinions?", "What do you reckon?", "Is she right?" (not an off-label use told, then "Thoughts?")
_OPINION_ASKED = re.compile(
    r"^\W*(?:(?:any\s+)?(?:thoughts|opinions|views|advice)(?:\s+(?:anyone|please|on\s+(?:this|that)))?"
    r"|what\s+do\s+(?:you|people|you\s+(?:all|guys|lot))\s+(?:think|reckon|say)|(?:is|was)\s+(?:he|she)\s+(?:right|wrong))\W*$",
    re.IGNORECASE,
)


#: ... of them, those that only ask for views, not whether it is true ("Thoughts?", "What do you think?"; not "Is he right?")
_OPINION_ONLY = re.compile(
    r"^\W*(?:(?:any\s+)?(?:thoughts|opinions|views)(?:\s+(?:anyone|please|on\s+(?:this|that)))?"
    r"|what\s+do\s+(?:you|people|you\s+(?:all|guys|lot))\s+(?:think|reckon|say))\W*$",
    re.IGNORECASE,
)
#: A speaker's label on a line of its own, before a reply in a thread: "**Reply from moderator:**", "@pharm_sam:".
_SPEAKER_LINE = re.compile(r"^\W*(?:[\w@’'.()-]+\s+){0,5}?[\w@’'.()-]+\s*:\W*$")

#: A question that answers itself, pressing the reader to stay on the medicine: "if something works, why would you ever
#: come off it?" (holdout223 gm06), "why on earth would anyone stop taking it?": a statement (that nobody should stop),
#: which only a wording of the question itself reads (a stop verb only: "why would you ever take it for a cold?" stays asked).
_WHY_EVER_STOP = re.compile(
    r"\bwhy\s+(?:on\s+earth\s+)?(?:would|should)\s+(?:you|anyone|anybody|someone|people|she|he|they|I|we)\s+(?:ever\s+|on\s+earth\s+)?"
    r"(?:stop|quit|come\s+off|get\s+off|go\s+off|give\s+(?:it|them)\s+up|give\s+up|drop|ditch)\b",
    re.IGNORECASE,
)
#: ... unless the next sentence answers it: "Because it is approved only for a few weeks", "Well, ...", "Here's why".
_WHY_ANSWERED = re.compile(
    r"^\W*(?:because|cos|[’']cause|well\b|the\s+(?:short\s+)?(?:answer|reason)|here[’']s\s+why|simple|easy|for\s+one\s+thing"
    r"|(?:a\s+few|several|many|good|plenty\s+of)\s+(?:good\s+)?reasons|one\s+(?:good\s+)?reason)\b",
    re.IGNORECASE,
)


def _asks_itself(sentences: list[Sentence], index: int) -> bool:
    """Is ``sentences[index]`` a question that answers itself (:data:`_WHY_EVER_STOP`), no answer told after it?"""
    if not _WHY_EVER_STOP.search(sentences[index].text):
        return False
    after = index + 1
    return after >= len(sentences) or not _WHY_ANSWERED.match(sentences[after].text)


def _posed(sentences: list[Sentence], index: int, opinion: bool = False) -> int | None:
    """The question that ``sentences[index]`` is: itself, or a tag question right after it in
    its unit that puts the statement as a question ("My friend says it's fine to just quit once I
    feel better. True?", answered "No." below), with ``opinion`` also one asking what others make of
    it ("Thoughts?"); None for a statement, or for a question that answers itself (:data:`_WHY_EVER_STOP`)."""
    if _is_question(sentences[index]):
        return None if _asks_itself(sentences, index) else index
    after = index + 1
    if after < len(sentences) and sentences[after].unit is sentences[index].unit:
        tag = sentences[after].text
        if _TAG_QUESTION.match(tag) or (opinion and _OPINION_ASKED.match(tag)):
            return after
    return None


#: A kind of medicine named by what it is for, in the plural: "cold and flu medicines like NyQuil", "sleep aids
#: labelled PM", "other allergy tablets": products that hold the drug or stand beside it, not a use of it
#: (not "as a sleep aid", "one of the best sleep aids": the drug called one of them).
_PRODUCT_KIND = re.compile(
    r"^(?:\s+(?:and|or|&|/)\s+[\w-]+)?\s*\b(?:medicines|medications|remedies|products|aids|pills|tablets|capsules|drugs|formulas|syrups|relievers)\b",
    re.IGNORECASE,
)
#: (not what is craved or hooked on: "cravings for pills")
_PRODUCT_KIND_SURFACE = re.compile(
    r"(?<!\bfor )(?<!\bon )\b(?:medicines|medications|remedies|products|aids|pills|tablets|capsules|drugs|formulas|syrups|relievers)$",
    re.IGNORECASE,
)
_CALLED_ONE = re.compile(
    r"\b(?:as|one of|among)\s+(?:(?:the|an?|our|my|its|their)\s+)?(?:[\w-]+\s+){0,3}$"
    r"|\b(?:is|are|was|were)\s+(?:the|an?|our|my)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _a_product_kind(text: str, use: Use) -> bool:
    """Is the condition the name of a kind of product ("cold and flu medicines", "sleep aids") rather than a use?"""
    if not (_PRODUCT_KIND_SURFACE.search(text[use.start : use.end]) or _PRODUCT_KIND.match(text[use.end :])):
        return False
    return not _CALLED_ONE.search(text[: use.start])


#: A part of an umbrella condition: "*some* cancers", "*certain types of* infections" (an approved use
#: may be that part: a warning for a pharmacist, not an error).
_SUBSET = re.compile(r"\b(?:some|certain|a few|several|particular|specific)\s+(?:(?:types?|kinds?|forms?|sorts?) of\s+)?$", re.IGNORECASE)


#: A word standing for a drug named before it: "a version sold as Adcirca treats PAH, but we prescribe *it* for ED",
#: "Adcirca for his lungs; *the same pill* is what my GP gives me for ED".
_REFERS = re.compile(r"\b(?:it|them|this|that|these|those|the same)\b", re.IGNORECASE)


def _said_by_product_name(analysis: DrugAnalysis, drug: DrugFacts, sentence: Sentence, owner: str, use: Use) -> bool:
    """Is ``use`` said of a product with uses of its own (a brand scoped in the facts) by that
    product's name in its sentence ("we prescribe Adcirca for ED", "my GP gave me Ozempic to lose
    weight"), rather than by a word that refers back to it ("Adcirca treats PAH, but we prescribe
    *it* for ED") or by a name covering every product (the generic)?"""
    if owner.lower() not in {p.lower() for u in drug.approved_uses for p in u.products}:
        return False
    # the name may come after the verb ("my GP gave me Ozempic to lose weight"), not after the condition
    named = [m for m in analysis.in_unit(sentence.unit) if m.text == owner and m.end <= sentence.start + use.start]
    return bool(
        named and sentence.start <= named[-1].start and not _REFERS.search(sentence.unit.text, named[-1].end, sentence.start + use.start)
    )


def _list_lead_ins(units: list[ProseUnit]) -> dict[int, ProseUnit]:
    """The lead-in paragraph ending with a colon of each list item that follows it ("What people
    use gabapentin for:"), by the item's id."""
    out: dict[int, ProseUnit] = {}
    lead: ProseUnit | None = None
    for unit in units:
        if unit.kind == "list_item":
            if lead is not None:
                out[id(unit)] = lead
        else:
            lead = unit if unit.kind == "paragraph" and unit.text.rstrip().endswith(":") else None
    return out


def _listed_drug(analysis: DrugAnalysis, lead: ProseUnit | None, sole: str | None) -> tuple[str, str] | None:
    """The drug a list's lead-in names last, else the article's only primary drug."""
    named = analysis.in_unit(lead) if lead else []
    if named:
        return named[-1].generic, named[-1].text
    return (sole, analysis.last_name_before(sole, lead)) if sole and lead else None


def _section_takes(lexicon: ContextLexicon, analysis: DrugAnalysis, secs: Sections, heading: ProseUnit, sole: str | None) -> bool:
    """Does the first paragraph under ``heading`` speak of taking the only primary drug (by name,
    or by a dose: "A small dose at night ...")?"""
    body = [u for u in secs.headed(heading) if u is not heading and u.kind != "heading"][:1]
    return sole is not None and any(
        any(m.generic == sole for m in analysis.in_unit(u)) or lexicon.has("pronoun_subject", u.text) for u in body
    )


#: A use denied as a reason to take the drug, later in its sentence or in the next: "Some people tell me it helps them
#: sleep. It can, but that is a side effect, *not a reason to take it*", "..., but that's *not what it's for*", "*Don't take
#: it for that*" (a side effect named alone is not a denial: "It's the drowsy side effect they're after").
_DENIED_AS_A_REASON = re.compile(
    r"\bnot\s+(?:a|the|any|your)\s+(?:good\s+|valid\s+|real\s+|proper\s+)?reason\s+to\s+(?:take|use|start|be\s+on)"
    r"\s+(?:it|them|this|these|the\s+(?:tablets?|pills?|medicine|drug))\b"
    r"|(?:\bnot|n[’']t)\s+(?:what|why)\s+(?:it|they|you|people|we|doctors)(?:\s+(?:is|are)|[’'](?:s|re))?\s+"
    r"(?:for|meant\s+for|made\s+for|taken\s+for|there\s+for|take\s+it|use\s+it|prescribe\s+it|should\s+take\s+it)\b"
    r"|(?:\bdo\s+not|\bdon[’']t|\bnever|\bshould\s+not|\bshouldn[’']t)\s+(?:take|use)\s+(?:it|them)\s+for\s+(?:that|this)\b",
    re.IGNORECASE,
)
#: The sentence after a use sets it on another product: "You may have seen naltrexone mentioned for weight loss. *That
#: is Contrave, a separate prescription product* that combines naltrexone with bupropion", "That's a different pill".
_SET_ON_ANOTHER = re.compile(
    r"^\W*(?:that|this)(?:[’']s|\s+is|\s+was|\s+would\s+be)(?:\s+(?:actually|really|in\s+fact))?\s+"
    r"(?:[\w-]+,?\s+(?:an?|the)\s+)?(?:\w+\s+)?(?:separate|different|another|combination|combined)(?:\s+[\w-]+)?"
    r"\s+(?:product|medicine|medication|drug|pill|tablet|capsule|brand|formulation|combination)s?\b",
    re.IGNORECASE,
)


#: A paragraph that only numbers a thread's post or slide: "slide 3/10", "2/", "Part 3", "4 of 12".
#: A result told after a lapse of time, opening its sentence: "Eight months later his crown has filled in", "\"Six months
#: later my ponytail is thick again,\" she says", "Within six weeks her jaw was clear", "Since then ...".
_LAPSE_OPENS = re.compile(
    r"^[\"“‘']?(?:(?:and|so|now)\s+)?(?:(?:\w+|\d+|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+(?:later|on)\b"
    r"|(?:within|after|in)\s+(?:(?:about|around|just|only|under|less\s+than)\s+)?(?:an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|a\s+few|a\s+couple\s+of|\d+)\s+(?:days?|weeks?|months?|years?)\b|since\s+then\b)",
    re.IGNORECASE,
)
#: A sentence telling the drug taken or given: a dose, its tablets, a taking or a giving ("he takes a quarter of a 2.5 mg
#: tablet every morning", "her dermatologist offered something else: a quarter of a 2.5 mg minoxidil tablet").
_TAKEN_HERE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?(?:mg|milligrams?|mcg)|tablets?|pills?|capsules?|takes|took|taking|started\s+(?:\w+\s+)?on"
    r"|put\s+(?:\w+\s+)?on|prescribed|gave|sent)\b",
    re.IGNORECASE,
)

#: The drug stopped, not taken: "His doctor stopped the 2.5 mg minoxidil tablets in June" (a result after it is not theirs).
_STOPPED_HERE = re.compile(
    r"\b(?:stop(?:ped|s)?|quit|came\s+off|come\s+off|gave\s+up|given\s+up|switched\s+(?:\w+\s+)?from)\b", re.IGNORECASE
)
#: The taking told with its own purpose: "a 10 mg tablet *for his blood pressure*" (a result after it is a side effect).
_TAKEN_FOR = re.compile(r"\bfor\s+(?:his|her|my|their|your|our)\s+\w", re.IGNORECASE)


def _taken_before_the_result(analysis: DrugAnalysis, sentences: list[Sentence], index: int, use: Use) -> Sentence | None:
    """The sentence a result is the outcome of, when the result's sentence names no drug and opens with a lapse of time
    ("... he takes a quarter of a 2.5 mg tablet every morning. Eight months later his crown has filled in."): the sentence
    just before, in its paragraph or, when the result opens a paragraph, the last of the paragraph before, if it tells one
    drug taken or given (a dose, its tablets, a giving); see :func:`check_off_label`."""
    sentence = sentences[index]
    if not use.inferred or use.verb_start != use.start or index == 0 or not _LAPSE_OPENS.match(sentence.text):
        return None
    if any(sentence.start <= m.start < sentence.end for m in analysis.in_unit(sentence.unit)):
        return None
    previous = sentences[index - 1]
    if previous.unit is not sentence.unit and (
        sentence.start != 0 or previous.unit.kind != "paragraph" or sentence.unit.kind != "paragraph"
    ):
        return None
    named = {m.generic for m in analysis.in_unit(previous.unit) if previous.start <= m.start < previous.end}
    stopped = _STOPPED_HERE.search(previous.text)
    return previous if len(named) == 1 and _TAKEN_HERE.search(previous.text) and not stopped else None


#: How far back (in sentences) a prescriber's answer pointing at all the person has told looks for the trouble told first.
_CONVERSATION_REACH = 40
_POST_NUMBER = re.compile(r"^\W*(?:(?:slide|post|part|tweet|page)\s+)?\d{1,3}\s*(?:/\s*\d{0,3}|of\s+\d{1,3})?\W*$", re.IGNORECASE)
#: A paragraph's run-in label, its first sentence of a few words with no verb of its own: "**The tablet.** In January her doctor
#: started her on amitriptyline ...", "**Treatment:** ..." (not a sentence: "It helped.", "She was fine.", "Nothing worked.").
_RUN_IN_LABEL = re.compile(
    r"^\W*(?!(?:[\w’'-]+\s+){0,4}?(?:is|was|are|were|am|be|been|has|had|have|did|does|do|got|gets|helped|helps|worked|works|went"
    r"|came|stopped|started|passed|cleared|eased|lifted|failed|nothing|it|they|he|she|I|we)\b)(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*[.:]\W*$",
    re.IGNORECASE,
)


@rule_type("off-label-use", NoOptions)
def check_off_label(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    facts = get_facts(ctx)
    analysis = analyse(article, ctx)
    primary = {d.generic: d for d in _primary_with_facts(analysis, facts)}
    if not primary:
        return
    vocab = get_conditions(ctx)
    vocab.name_spans = get_names(ctx).named
    secs = article.sections
    lexicon = get_context_lexicon(ctx)
    off_label_sections = [secs.headed(u) for u in article.units if u.kind == "heading" and lexicon.has("off_label_heading", u.text)]
    sole = next(iter(primary)) if len(primary) == 1 else None
    sentences = article.prose_sentences
    lead_ins = _list_lead_ins(article.units)
    wrong_said = misstated(article, ctx)
    # the off-label uses reported so far, by drug: (sentence index, condition, sentence text)
    reported: dict[str, list[tuple[int, str, str]]] = {}

    def claim(index: int) -> list[tuple[Any, Finding]]:
        sentence = sentences[index]
        out: list[tuple[Any, Finding]] = []
        before = sentences[index - 1].text if index and sentences[index - 1].unit is sentence.unit else ""
        # a paragraph opening with a run-in label, then the giving ("**The tablet.** In January her doctor started her on ..."):
        # the giving opens its paragraph, and the story is the paragraph before
        labelled = (
            index > 1
            and bool(before)
            and sentences[index - 1].start == 0
            and sentences[index - 2].unit is not sentence.unit
            and _RUN_IN_LABEL.match(before) is not None
            and opens_with_giving(sentence.text)
        )
        before = "" if labelled else before
        lead = lead_ins.get(id(sentence.unit)) if sentence.start == 0 else None
        own = find_uses(vocab, sentence.text)
        # (an item under a lead-in that ends with the use tells its own purpose: "Ivermectin tablets are also used:" over "- for
        # a very itchy rash caused by tiny mites"; the item's use is the lead-in's drug's)
        listed = find_listed_uses(vocab, lead.text, sentence.text) if lead and (not own or USED_LEAD.match(lead.text.strip())) else []
        found = [(use, sentence.text, use) for use in listed or own]
        # a use said outright before one inferred from a story of the same condition ("..., and his doctor
        # gave him amitriptyline to prevent them")
        # the sentences before that in its paragraph, nearest first: signs told over a few sentences; a
        # paragraph that opens with the doctor giving it goes on from the story paragraph just before
        # ("... back in the cab with the road exploding in front of him.\n\nHis doctor started him on ...")
        # (a thread's numbering between, "**slide 3/10**", is passed over: the story is the paragraph before it)
        last = index - 1 if index > 1 and not before and _POST_NUMBER.match(sentences[index - 1].unit.text) else index
        last = index - 1 if labelled else last
        # ... and so is a reply between that only asks what was done ("Emeka: Poor Mama. What did they say??"), when this
        # paragraph opens with the giving
        asked = sentences[index - 1].unit if index > 1 and not before else None
        if asked is not None and asked.kind == "paragraph" and opens_with_giving(sentence.text) and asks_what_next(asked.text):
            last = index - 1
            while last > 1 and sentences[last - 1].unit is asked:
                last -= 1
        story = sentences[last - 1].unit if last and not before else sentence.unit
        opens = not before and story is not sentence.unit and story.kind == "paragraph" and sentence.unit.kind == "paragraph"
        earlier = tuple(
            s.text
            for s in sentences[max(0, last - (4 if opens else 5)) : last - (0 if opens else 1)][::-1]
            if s.unit is story and (opens or before)
        )
        # a paragraph that opens with the prescriber's look only, then the giving ("Her GP ... listened for a long time. Then he
        # wrote a prescription for diazepam for those nights"): the story is the paragraph before
        looked_first = index > 1 and not earlier and sentences[index - 2].unit is not sentence.unit and only_looked(before)
        if looked_first and sentences[index - 2].unit.kind == "paragraph":
            earlier = tuple(s.text for s in sentences[max(0, index - 5) : index - 1][::-1] if s.unit is sentences[index - 2].unit)
        # the trouble going on, then the giving, after the paragraph's first sentence ("Everyone first had a cream, a week apart.
        # The itch kept spreading, so our physician prescribed ivermectin"): the story is the paragraph before
        told_before = sentences[index - 2].unit if index > 1 and before and not earlier else None
        # ... or after the paragraph's opening that ruled out the first choice ("\"I'd had breast cancer five years earlier,\" she
        # says, \"so hormones were off the table.\" Her gynecologist suggested something else: venlafaxine ...")
        if (
            told_before is not None
            and told_before.kind == "paragraph"
            and (goes_on_to_a_giving(sentence.text) or (rules_out_a_first_choice(before) and opens_with_giving(sentence.text)))
        ):
            earlier = tuple(s.text for s in sentences[max(0, index - 5) : index - 1][::-1] if s.unit is told_before)
        following = sentences[index + 1].text if index + 1 < len(sentences) and sentences[index + 1].unit is sentence.unit else ""
        # an answer opening a paragraph with "yes" points back at the question's paragraph: "Next: \"I'm 51. I wake up three
        # times a night drenched ... Could venlafaxine help me?\"" then "Yes, it's a really good option for exactly that"
        asked_before = ""
        if not before and index and _is_question(sentences[index - 1]) and _YES_ANSWER.match(_TIMESTAMP.sub("", sentence.text, count=1)):
            asked_unit = sentences[index - 1].unit
            asked_before = " ".join(s.text for s in sentences[max(0, index - 4) : index] if s.unit is asked_unit)
        anaphoric = find_anaphoric_uses(vocab, sentence.text, before or asked_before, earlier, following)
        told = sorted(found + anaphoric, key=lambda f: f[0].inferred)
        # a prescriber's answer pointing back at all the person has told ("Based on what you've told me, a low daily dose of
        # paroxetine is a good fit for you"): the trouble told first in the conversation, back to its heading
        giving = given_on_what_was_told(sentence.text) if not told else None
        if giving is not None:
            first = index
            while first > 0 and index - first < _CONVERSATION_REACH and sentences[first - 1].unit.kind != "heading":
                first -= 1
            texts = [s.text for s in sentences[first:index]]
            trouble = trouble_told_first(vocab, texts)
            if trouble is not None:
                at, start, end, name = trouble
                last_word = sentence.text.rfind(" ", giving[0], giving[1]) + 1
                told = [(Use(name, giving[0], last_word, giving[1], inferred=True), texts[at], Use(name, start, start, end))]
        for use, referent_text, referent in told:
            owner = _listed_drug(analysis, lead, sole) if use in listed else _use_drug(lexicon, analysis, sentence, use, sole)
            owner = owner or _dose_told_next(vocab, analysis, sentences, index, use, sole)
            # a result told after a lapse of time in the sentence after the drug was taken ("... a quarter of a 2.5 mg tablet
            # every morning. Eight months later his crown has filled in"): that drug's, read with the taking's words
            taken = _taken_before_the_result(analysis, sentences, index, use) if owner is None and referent is use else None
            if taken is not None:
                mention = next(m for m in reversed(analysis.in_unit(taken.unit)) if taken.start <= m.start < taken.end)
                owner = mention.generic, mention.text
            # a heading naming a use and no drug ("Help with sleep") over a section about the only drug
            assumed = owner is None and sentence.unit.kind == "heading" and _section_takes(lexicon, analysis, secs, sentence.unit, sole)
            owner = (sole, analysis.last_name_before(sole, sentence.unit)) if assumed and sole else owner
            drug = primary.get(owner[0]) if owner else None
            if owner is None or drug is None or (drug.generic, use.condition) in {what for what, _ in out}:
                continue
            if use.inferred and any(other.condition in vocab.symptom_of(use.condition) for other, _, _ in told):
                continue  # "aching all over, tender spots ... Her GP started her on 4.5 mg ... the pain had stopped": fibromyalgia's
            series = _series_start(sentence.text, use.verb_start)
            if _APPROVAL_CLAIM.search(sentence.text[: use.verb_start]) or _APPROVAL_CLAIM.search(sentence.text[:series]):
                continue  # "It's approved for some bacterial infections": an approval claim, not an off-label use
            said = sentence.text[:series] + sentence.text[use.verb_start : use.start]
            # ... also when the purpose is a clause of its own: "Don't take half a bar at night so you can drift off"
            head = lexicon.last_clause(sentence.text[:series])
            refused = _DO_NOT_USE.search(head + sentence.text[use.verb_start : use.start])
            if (
                negated(lexicon, sentence.text, series)
                or _DO_NOT_USE.search(lexicon.last_clause(said))
                or (refused and refused.start() < len(head))
                or _NOT_THAT_ONE.search(re.split(r"[;:.!?]|\b(?:but|instead)\b", sentence.text[:series])[-1])
                or _CALLED_UNSAFE.match(sentence.text[use.end :])
                or _ASKED_WHETHER.search(sentence.text[: use.verb_start])
                or _harm_when_used_for(lexicon, sentence.text, use)
                or (referent is use and _a_product_kind(sentence.text, use))
            ):
                continue  # "it won't help a cold", "do not use it for a cold", "when it is used for X, ... suicide": not a claim of use
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            if after is not None and after.unit is sentence.unit and _SET_ON_ANOTHER.match(after.text):
                continue  # "... mentioned for weight loss. That is Contrave, a separate product": the other product's use
            if (
                after is not None
                and after.unit is sentence.unit
                and _TAKEN_IN_A_STORY.search(sentence.text, 0, use.start)
                and lexicon.has("refutes_previous", after.text)
            ):
                continue  # "she took her sister's thyroid tablets to drop a dress size." then "She ended up in A&E": a cautionary tale
            if _DENIED_AS_A_REASON.search(sentence.text[use.end :]) or (
                after is not None and after.unit is sentence.unit and _DENIED_AS_A_REASON.search(after.text)
            ):
                continue  # "... it helps them sleep. It can, but that is a side effect, not a reason to take it"
            if (
                rebutted(lexicon, sentences, index, use.verb_start, use.end)
                or called_a_myth(lexicon, article, sentence, use.verb_start)
                or answered_letter(lexicon, article, sentences, index)
            ):
                # "people say it cures COVID, but the trials showed it doesn't": hearsay set up to be refuted;
                # "It's a myth that fluconazole clears up BV", "Myth: ...": quoted to be refuted; a reader's letter
                # ('"My sister says it helped her slim down."') answered "Ruth replies: Please don't."
                continue
            uses, _ = drug.for_product(owner[1])
            pointed_at = vocab.find(referent_text) if referent is not use else []
            # each product of one molecule has its own uses, but a use the generic name covers is the
            # molecule's: said of the drug by "it" ("Adcirca treats PAH, but we prescribe it for ED";
            # "the 7.5 mg capsule, Brisdelle ... what people take for depression") it is approved.
            # Said of a product by its name ("we prescribe Adcirca for ED", "Ozempic to lose weight"),
            # or approved only for a product the sentence does not point at (rosacea: Oracea 40 mg,
            # not "doxycycline 100 mg"), it is off that product's label (its own dose and form)
            another_product = not _approved(uses, referent_text, referent) and _approved(drug.approved_uses, referent_text, referent)
            general = drug.for_product(drug.generic)[0]
            if (
                another_product
                and _approved(general, referent_text, referent)
                and not _said_by_product_name(analysis, drug, sentence, owner[1], use)
            ):
                continue
            if use.inferred and any(
                not other.inferred
                and _approved(uses, sentence.text, other)
                # (not what the giving after the story is to keep away: "his heart took to fluttering out of step, ... his
                # cardiologist put him on clopidogrel on its own to keep a stroke at bay" is the rhythm's use)
                and not (use.end <= other.verb_start and kept_away(sentence.text, other.start))
                # (nor another giving, the medicine named again between them: "who has been on it for his MS legs for years,
                # says his old drinking buddy asked his GP for a baclofen script ... and hasn't touched a beer since")
                and not any(other.end <= m.start - sentence.start < use.start for m in analysis.in_unit(sentence.unit))
                for other, _, _ in found
            ):
                continue  # "I started it for my depression and I'm finally sleeping again": the approved use's benefit
            if taken is not None and (
                _TAKEN_FOR.search(taken.text)
                or any(not other.inferred and _approved(uses, taken.text, other) for other in find_uses(vocab, taken.text))
            ):
                continue  # "He was sent minoxidil tablets for his blood pressure. Eight months later his crown has filled in"
            if referent is use and _benefit_of_another_use(vocab, sentence.text, use, [other for other, _, _ in found]):
                continue  # "can lift low mood and help people sleep better": the depression's sleep, not a sleep use
            if referent is use and _won_back_from_a_trouble_told_before(vocab, sentence.text, use, (before, *earlier)):
                continue  # "my feet started burning at night ... Lyrica is what finally let me sleep through": the nerve pain's sleep
            if referent is use and _won_back_once_given(vocab, sentence.text, use, told):
                continue  # "pulled my lower back ... My GP gave me tizanidine ... and it let me sleep": the back's sleep
            # a use told in an earlier sentence is read with the drug's sentence after it, so what that says
            # of the form still counts ("my hairline was creeping back ... put me on minoxidil tablets")
            approval_text = referent_text if referent is use else f"{referent_text} {sentence.text}"
            approval_use = referent
            if taken is not None:  # (the result read after the taking: "tablets" there is the oral product's)
                approval_text = f"{taken.text} {sentence.text}"
                shift = len(taken.text) + 1
                approval_use = Use(use.condition, use.verb_start + shift, use.start + shift, use.end + shift, inferred=True)
            if (
                _approved(uses, approval_text, approval_use)
                or _lay_form_of_an_approved_use(vocab, uses, approval_text, approval_use)
                or _symptom_of_a_named_approved_use(vocab, uses, approval_text, approval_use)
                or _the_infection_of_an_approved_use(vocab, uses, approval_text, approval_use, sentence.unit.text[: sentence.start])
                or _relieves_an_approved_use(
                    vocab,
                    uses,
                    referent_text,
                    referent,
                    sentence.unit.text[: sentence.start],
                    after.text if after and after.unit is sentence.unit else "",
                )
                # (also pointed back at: "For a bad fever after a bite, the doctor may put you on 200 mg twice a day to knock it
                # out", holdout341 la05)
                or _points_back_at_an_approved_symptom(vocab, uses, referent_text, referent, (s.text for s in islice(sentences, index)))
                or _disclosed(lexicon, vocab, secs, sentences, index, use.condition, off_label_sections, get_names(ctx), drug.generic)
                # pointed back at and disclosed in its own sentence: "It is sometimes used off-label for this kind of pain"
                or (referent is not use and _disclosure_subjects(lexicon, vocab, sentence.text) is not None)
            ):
                continue
            words = sentence.text[use.start : use.end].split()[-1]
            if sentence.unit.kind in ("heading", "front_matter") and _section_names_an_approved_use(
                secs, sentence.unit, uses, words, vocab, use.condition if len(told) == 1 else None
            ):
                continue  # "Chronic Pain" over a section about the approved pain uses; a title over the article
            # a use the label warns against (levothyroxine for weight loss) is an error in any words
            warned_against = any(w.against_use == use.condition for w in drug.safety_warnings)
            # a bare symptom in a title over the approved use it is a symptom of ("Meloxicam For Pain" over osteoarthritis)
            broad_title = sentence.unit.kind in ("heading", "front_matter") and _symptom_over_an_approved_use(
                secs, sentence.unit, uses, vocab, use, sentence.text[use.start : use.end]
            )
            lay = not warned_against and (
                use.inferred
                or assumed
                or broad_title
                or vocab.is_lay(use.condition, referent_text, referent.start, referent.end)
                or bool(_SUBSET.search(referent_text[: referent.start]))
                # pointed back at a condition named with a symptom ("Shingles can leave a burning pain for
                # months. Gabapentin is prescribed for it."): which one is the tool's reading
                or any(n != referent.condition and vocab.is_symptom(n) for _, _, n in pointed_at)
                # told inside a known misstatement the accuracy check reports ("it also clears up bacterial
                # vaginosis", "the course should knock a cold on the head as well"): that is the error
                or _within_a_misstatement(wrong_said, drug, sentence, use)
            )
            if _restated(vocab, reported.get(drug.generic, []), index, sentence.text[use.start : use.end], use.condition):
                continue  # "Amitriptyline can ease nerve pain" after the diabetic nerve pain reported before: the same use
            approved = "; ".join(dict.fromkeys(u.name for u in uses))
            cite = uses[0].source.cite()
            said = (
                f"{owner[1]} ({drug.generic}) for {use.condition} is not among {owner[1]}'s FDA-approved uses, though another "
                f"product of {drug.generic} is approved for it,"
                if another_product
                else f"{drug.generic} for {use.condition} is not FDA-approved"
            )
            finding = rule.finding(
                article,
                UnitSpan(sentence.unit, sentence.start + use.verb_start, sentence.start + use.end),
                f"Use of {said} and is not disclosed as off-label (FDA-approved: {approved}; source: {cite})",
                # a use inferred from a story (an outcome, a situation, an occasion) or told only in
                # lay words ("keep her weight down") asks a pharmacist to look; a named use is an error
                severity=Severity.WARNING if lay else None,
                drug=drug.generic,
                condition=use.condition,
            )
            out.append(((drug.generic, use.condition), finding))
            reported.setdefault(drug.generic, []).append((index, use.condition, sentence.text))
        return out

    found: dict[int, list[tuple[Any, Finding]]] = {}
    for index in range(len(sentences)):
        # "Can I use it for a cold? It won't treat a cold virus." claims nothing; "Can I take it
        # for migraines? Yes, many people do." claims the use once.
        yield from _claims(lexicon, sentences, index, found, claim)


# -- interactions and safety warnings ----------------------------------------------------
#: Lead-ins whose list or table lists things to warn about ("Tell your doctor if you take:").
_LEAD_IN_KINDS = ("list_item", "table_cell")


def _lead_in(article: Article, unit: ProseUnit) -> ProseUnit | None:
    """The paragraph that introduces the list or table ``unit`` belongs to: the
    nearest unit above it that is not an item or cell of that list or table."""
    above = _over_list(article, unit)
    return above if above is not None and above.kind != "heading" else None


def _over_list(article: Article, unit: ProseUnit) -> ProseUnit | None:
    """The unit right above the list or table ``unit`` belongs to (a paragraph or a heading), None if there is none."""
    if unit.kind not in _LEAD_IN_KINDS:
        return None
    units = article.units
    index = article.sections.index(unit)
    while index > 0 and units[index - 1].kind == unit.kind:
        index -= 1
    return units[index - 1] if index > 0 else None


def _table_warns(lexicon: ContextLexicon, article: Article, cell: ProseUnit) -> bool:
    """A table row warns when a cell of the row does ("more bleeding" is not a cue, "can
    cause bleeding" is) or the table's header row reads like a warning heading
    ("Medicine or drink | Why it matters")."""
    units = article.units
    index = article.sections.index(cell)
    first = index
    while first > 0 and units[first - 1].kind == "table_cell":
        first -= 1
    header = " ".join(u.text for u in units[first:] if u.block == units[first].block)
    row = " ".join(u.text for u in units if u.block == cell.block)
    return lexicon.warns(row) or lexicon.has("warning_heading", header)


def _in_warning_context(
    lexicon: ContextLexicon,
    article: Article,
    sentence: Sentence,
    previous: Sentence | None,
    following: Sentence | None,
    above: bool = True,
) -> bool:
    """A warning cue in the sentence, in the sentence before or after it in the same unit
    ("Tell your doctor about all your medicines. This includes warfarin."; "It is in many
    cold medicines. Do not take two at once."), or, when ``above``, in the lead-in of its list or
    table ("Tell your doctor if you take:", or one that reads as a warning heading: "What my
    pharmacist told me:"), or in a heading above."""
    if any(s is not None and lexicon.warns(s.text) for s in (sentence, previous, following)):
        return True
    if not above:
        return False
    # a lead-in warns by a cue, or as the heading of its list ("Things my psychiatrist drilled into me:")
    lead_in = _lead_in(article, sentence.unit)
    if lead_in is not None and (
        lexicon.warns(lead_in.text) or (lead_in.text.rstrip().endswith(":") and lexicon.has("warning_heading", lead_in.text))
    ):
        return True
    if sentence.unit.kind == "table_cell" and _table_warns(lexicon, article, sentence.unit):
        return True
    if _answers_warning_question(lexicon, article, sentence) or _asked_then_refused(lexicon, article, sentence):
        return True
    # a heading right over the list that is itself a warning ("## Before you leave, tell the ward pharmacist if you use
    # any of these" over "- antibiotics such as clarithromycin")
    over = _over_list(article, sentence.unit)
    if over is not None and over.kind == "heading" and lexicon.warns(over.text) and _ASKS_ABOUT_THE_LIST.search(over.text):
        return True
    return any(lexicon.has("warning_heading", h.text) for h in article.sections.headings_above(sentence.unit))


#: The sentences an answer may open with before the one that names what its question asks about ("Alcohol, first.
#: Not with a drink, not after a night out.").
_ANSWER_OPENING_SENTENCES = 2


#: A heading that asks about the medicines listed under it: "tell the ward pharmacist if you use any of these", "Check with
#: us first if you take any of these", "Tell your doctor about these medicines" (not "Never miss a dose" over a list).
_ASKS_ABOUT_THE_LIST = re.compile(
    r"\b(?:(?:if|whether)\s+(?:you|they|he|she)\s+(?:use|take|takes|uses|are\s+(?:on|taking|using)|is\s+(?:on|taking|using)|have\s+(?:been\s+)?(?:taking|using|on))"
    r"|about)\s+(?:any\s+of\s+)?(?:these|those|the\s+following|this\s+list|(?:any\s+)?(?:other\s+)?(?:medicines?|medications?|drugs?|tablets?))\b",
    re.IGNORECASE,
)


def _answers_warning_question(lexicon: ContextLexicon, article: Article, sentence: Sentence) -> bool:
    """Is ``sentence`` in the opening of a paragraph that answers a question asked in the paragraph right above it,
    a question that asks what to avoid ("**JONAH:** What shouldn't you mix it with?" over "**TERESA:** Alcohol,
    first. Not with a drink, not after a night out.")? The answer names what the question warns of, as a list under a
    warning lead-in does."""
    at = article.sections.index(sentence.unit)
    if at == 0 or article.units[at - 1].kind == "heading":
        return False
    opening = split_sentences(sentence.unit)[:_ANSWER_OPENING_SENTENCES]
    if not any(s.start == sentence.start for s in opening):
        return False
    asked = [s for s in split_sentences(article.units[at - 1]) if s.text.rstrip(" \"'”’)*_").endswith("?")]
    return any(lexicon.warns(s.text) or lexicon.has("warning_heading", s.text) for s in asked[-1:])


#: An answer that opens by refusing what the question before it asks to have ("What about a glass of wine with dinner?"
#: then "Not on a night you take zolpidem, not even one."; "No.", "Never.", "Best not.", "Please don't.", "Not with
#: metronidazole.", "Not while you're on it."), after a speaker's label; not a no that lifts a worry ("No problem", "Not
#: really an issue", "No, a glass is fine": see :data:`_REFUSAL_LIFTED`).
_REFUSAL = re.compile(
    rf"^\W*(?:[\d:.\[\]()]+\s+)?{_ANSWER_LABEL[1:]}(?:(?:sadly|honestly|really|afraid|I['’]m\s+afraid|short\s+answer|in\s+a\s+word)\s*[,:—–-]?\s+)?"
    r"(?:no|nope|never|absolutely\s+not|definitely\s+not|certainly\s+not|best\s+not|better\s+not|afraid\s+not|sadly\s+not"
    r"|please\s+(?:don['’]t|do\s+not)|I\s+wouldn['’]t|not\s+(?:on|with|while|when|if|within|after|before|during|even|one|a\s+drop|tonight"
    r"|together|alongside|on\s+top\s+of|a\s+good\s+idea|recommended|advised|advisable|safe|wise|at\s+all|ever))\b",
    re.IGNORECASE,
)
#: ... a no that lifts a worry instead: "No problem", "No, it's fine", "not at all, a glass is okay", "Never been an issue".
_REFUSAL_LIFTED = re.compile(
    r"\b(?:problems?|issues?|worr(?:y|ies)|concerns?|fine|okay|ok|alright|all\s+right|harmless|no\s+need|nothing\s+to)\b|(?<!not\s)(?<!n['’]t\s)\bsafe\b",
    re.IGNORECASE,
)


def _asked_then_refused(lexicon: ContextLexicon, article: Article, sentence: Sentence) -> bool:
    """Is ``sentence`` a question that names what it asks to have, the last of its paragraph or a heading, answered in the
    paragraph right after it by a refusal or a warning in its opening ("**ANA:** What about a glass of wine with dinner?"
    then "**DR. WHITFIELD:** Not on a night you take zolpidem, not even one."; "## Can I have a beer on it?" over "No.
    Alcohol and metronidazole can make you very sick.")? The answer warns of what the question names (holdout224 gn07).
    Not an answer that lifts the worry ("No problem at all", "No, a glass is fine")."""
    if not _is_question(sentence) or sentence.text.rstrip() != sentence.unit.text[sentence.start :].rstrip():
        return False
    at = article.sections.index(sentence.unit)
    units = article.units
    if at + 1 >= len(units) or units[at + 1].kind == "heading":
        return False
    opening = split_sentences(units[at + 1])[:_ANSWER_OPENING_SENTENCES]
    if not opening or _is_question(opening[0]):
        return False
    first = opening[0].text
    # (a refusal only: a warning cue anywhere in the answer is no answer to the question, "Is it just another SSRI?" over
    # "My GP switched me from sertraline because of the side effects", holdout74 at08)
    return bool(_REFUSAL.match(first)) and not _REFUSAL_LIFTED.search(first) and not lexicon.has("harmless", first)


def _harm_under(lexicon: ContextLexicon, article: Article, heading: ProseUnit) -> bool:
    """Does the paragraph right under ``heading`` tell a harm, undenied, in its first sentences? A heading that names
    the risk then gives the warning with it ("### 2. Misuse and addiction" over "Some people come to crave diazepam and
    take more than they were told. This can lead to overdose and death."); not "Pregnancy" over "it is not making harm
    to the baby", nor over "Ask your midwife about anything else you take"."""
    units = article.units
    at = article.sections.index(heading)
    if at + 1 >= len(units) or units[at + 1].kind == "heading":
        return False
    return any(lexicon.has("harm_told", s.text) and not lexicon.has("negation", s.text) for s in split_sentences(units[at + 1])[:3])


#: A medicine named as the one to change to, in place of the drug: "need a different antidepressant",
#: "switch you to another SSRI", "may offer an alternative antidepressant" (not one taken with it:
#: "with a different antidepressant", "if you're prescribed another antidepressant").
_REPLACEMENT = re.compile(
    r"\b(?:(?:(?:switch|swap|chang|mov|transferr?)\w*|put)\s+(?:(?:you|her|him|them|patients|people)\s+)?(?:over\s+)?(?:to|onto|on|for)\s+"
    r"(?:a\s+different|another|an\s+alternative|a\s+new)"
    r"|(?:needs?|needed|offer\w*|suggest\w*|recommend\w*|choos\w*|chose|pick\w*|tr(?:y|ies|ied|ying)|given|gets?|better\s+on)\s+"
    r"(?:(?:you|her|him|them|patients|people)\s+)?(?:a\s+different|an\s+alternative|a\s+new))"
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+$",
    re.IGNORECASE,
)
#: A class word that describes another item's medicine next to it: "MAOIs, the old-school antidepressants",
#: "an MAOI (an older type of antidepressant)", "MAOI antidepressants" (after it) ...
_DESCRIBES_BEFORE = re.compile(
    r"^(?:\s+|\s*[,(—–]\s*(?:the|an?|which\s+are|that\s+is|i\.e\.|older|old)\b(?:\s+(?!(?:and|or|plus|nor)\b)[\w-]+){0,3}\s+)$",
    re.IGNORECASE,
)
#: ... or names it (before it): "antidepressants called MAOIs", "antidepressants known as MAO inhibitors".
_DESCRIBES_AFTER = re.compile(r"^\s*(?:\(|,?\s+(?:called|known\s+as|named)\s+)(?:the\s+)?$", re.IGNORECASE)


def _of_another_item(analysis: DrugAnalysis, sentence: Sentence, m: re.Match[str], others: list[re.Pattern[str]]) -> bool:
    """Is the class word at ``m`` (no drug's name) the medicine the drug is replaced by ("Breast-cancer
    patients on tamoxifen need a different antidepressant") or a description of another interaction's
    medicine (``others``: the drug's other interactions' mentions; "Never mix it with MAOIs, the
    old-school antidepressants")? That is the other item's text; a list names each ("other
    antidepressants or MAOIs" warns of both)."""
    text = sentence.text
    start, end = sentence.start + m.start(), sentence.start + m.end()
    if any(x.start < end and start < x.end for x in analysis.in_unit(sentence.unit)):
        return False  # a drug's own name, not a class word
    if _REPLACEMENT.search(text, max(0, m.start() - 80), m.end()):
        return True
    for pattern in others:
        for g in pattern.finditer(text):
            if g.end() <= m.start() and _DESCRIBES_BEFORE.match(text[g.end() : m.start()]):
                return True
            if m.end() <= g.start() and _DESCRIBES_AFTER.match(text[m.end() : g.start()]):
                return True
    return False


def _mentions(
    lexicon: ContextLexicon,
    analysis: DrugAnalysis,
    drug: DrugFacts,
    patterns: list[re.Pattern[str]],
    sentence: Sentence,
    others: list[re.Pattern[str]],
) -> Iterator[re.Match[str]]:
    """Mentions of an interacting medicine or substance in ``sentence``: not the drug
    itself or its own description ("Warfarin is a blood thinner"), not the
    reader's history ("if you have ever had problems with alcohol"), and not a class word
    that is another item's (:func:`_of_another_item`)."""
    text = sentence.text
    names_drug = any(m.generic == drug.generic for m in analysis.in_unit(sentence.unit)) or text.lstrip().startswith(("It ", "This "))
    for pattern in patterns:
        for m in pattern.finditer(text):
            if (
                describes_the_drug(drug, text, m.start(), m.end(), names_drug)
                or historical(lexicon, text, m.start())
                or _of_another_item(analysis, sentence, m, others)
            ):
                continue
            yield m
            break


def _warned(
    lexicon: ContextLexicon,
    article: Article,
    sentences: list[Sentence],
    i: int,
    previous: dict[int, Sentence],
    following: dict[int, Sentence],
    wrong: set[int],
) -> bool:
    """Is the mention in ``sentences[i]`` in a warning context (:func:`_in_warning_context`) that no
    sentence making a misstatement of the drug (``wrong``: their ids) gives? Next to one, a heading
    or lead-in above does not warn for it either ("Party and play: mixing" over "- Poppers. Lots of
    guys worry, but a quick sniff with Viagra is fine")."""
    sentence = sentences[i]
    if id(sentence) in wrong:
        return False
    nxt = following.get(i)
    if nxt is not None and len(nxt.words) <= _SHORT_REPLY_WORDS and following.get(i + 1) is not None and not lexicon.warns(nxt.text):
        # a short reply between the mention and the warning: "Asked if I had ever taken an MAOI, like phenelzine. I haven't.
        # She said those and amitriptyline must never be taken together" (holdout233 gw13)
        nxt = following[i + 1]
    before, after = (n if n is not None and id(n) not in wrong else None for n in (previous.get(i), nxt))
    misstating_unit = any(id(s) in wrong for s in (previous.get(i), nxt) if s is not None)
    return _in_warning_context(lexicon, article, sentence, before, after, above=not misstating_unit) or _same_as_before(
        lexicon, article, sentences, i, wrong
    )


#: The most words of a reply ("I haven't.", "Not yet.", "Nope.") passed over between a mention and the warning after it.
_SHORT_REPLY_WORDS = 3

#: The most words of a label a list item or paragraph may open with before a sentence that points back
#: at the warning above it ("**Alcohol and sleepy meds.** Same deal with ...").
_LABEL_WORDS = 6


def _same_as_before(lexicon: ContextLexicon, article: Article, sentences: list[Sentence], i: int, wrong: set[int]) -> bool:
    """Does ``sentences[i]`` point back at a warning before it ("Same deal with beer, wine, sleeping pills",
    "The same goes for alcohol", "Likewise with benzos"), given in an earlier sentence of its unit or, when
    it opens its unit (after a short label at most), in the list item or paragraph just above ("- **Opioids.**
    ... can slow your breathing to a dangerous level.")? Not a question, not denied ("Not the same deal with
    paracetamol"), and not when what it points at warns of nothing ("- **Paracetamol.** Fine for pain.")."""
    sentence = sentences[i]
    cue = lexicon.search("same_as_before", sentence.text)
    if cue is None or _is_question(sentence) or negated(lexicon, sentence.text, cue.start()):
        return False
    j = i - 1
    while j >= 0 and sentences[j].unit is sentence.unit:
        j -= 1
    earlier = sentences[j + 1 : i]
    at = article.sections.index(sentence.unit)
    above = article.units[at - 1] if at > 0 else None
    if above is not None and above.kind != "heading" and all(len(s.words) <= _LABEL_WORDS for s in earlier):
        while j >= 0 and sentences[j].unit is above:
            earlier.insert(0, sentences[j])
            j -= 1
    return any(id(s) not in wrong and lexicon.warns(s.text) for s in earlier)


def _within(place: UnitSpan, sentence: Sentence) -> bool:
    """Does ``place`` start inside ``sentence``?"""
    return place.unit is sentence.unit and sentence.start <= place.start < sentence.end


def _names_given(analysis: DrugAnalysis, drug: DrugFacts) -> set[str]:
    """The names (lower-cased) the article gives ``drug`` in its prose and front matter."""
    names = {m.text.lower() for m in analysis.mentions if m.generic == drug.generic}
    return names | {e.name.strip().lower() for e in analysis.front_matter if e.generic == drug.generic}


def _previous_in_unit(sentences: list[Sentence]) -> dict[int, Sentence]:
    """For each sentence (by index), the sentence before it in the same unit."""
    return {i: sentences[i - 1] for i in range(1, len(sentences)) if sentences[i - 1].unit is sentences[i].unit}


def _demanded(importance: str, rule: Rule[Any]) -> Severity | None:
    """The severity of an item by its tier (a missing interaction or warning, a known
    misstatement): required -> the rule's severity (error), recommended -> warning,
    reference -> not demanded."""
    if importance == "reference":
        return None
    return Severity(rule.severity) if importance == "required" else Severity.WARNING


def _where_to_add(article: Article, lexicon: ContextLexicon, section: str) -> Place:
    """The first heading of the kind of section where the editor adds the missing
    item (``interactions_section`` or ``warnings_section``), else the title."""
    heading = next((u for u in article.units if u.kind == "heading" and lexicon.has(section, u.text)), None)
    return UnitSpan(heading, 0, len(heading.text)) if heading else WHOLE_ARTICLE


#: A teaser closing a statement with a question mark, the answer told next: "My GP put me on baclofen, 10mg three
#: times a day, and honestly?", "..., and the result?", "... and guess what?" (the statement before it asks nothing;
#: not "Can I take it for my back, honestly?", a question before it).
_TEASER_TAIL = re.compile(
    r"(?:,|\s[—–-]|\s(?:and|but|so))\s+(?:and\s+|but\s+|so\s+)?(?:honestly|seriously|frankly|truthfully|guess what|you know what"
    r"|(?:the|my) (?:result|upshot|verdict|outcome|difference|best part|kicker|catch))\s*\?[\"'”’)]*\s*$",
    re.IGNORECASE,
)
#: ... the statement's opening asks: "Can I ...", "Is it ...", "Why ...".
_ASKING_OPEN = re.compile(
    r"^\W*(?:(?:can|could|should|would|will|do|does|did|is|are|was|were|has|have|may|might|must|shall)(?:n['’]t)?|what|why|how|when|where|who|which)\b",
    re.IGNORECASE,
)


#: A question reported without its question mark, someone asking it: "Every winter someone asks whether a higher dose
#: would help shift the festive pounds.", "Patients often ask if they can take it for sleep", "A reader wants to know
#: whether ..." (not an imperative, "Ask your doctor whether ...", nor "I asked for a lower dose"); also asked often
#: ("Parents ask me all the time whether to give their toddler Benadryl", holdout225 go05).
#: (its askers are also spelled out in checks/lexicons/context.yml's `pronoun_subject` entry for a reported question, which
#: ties "it" to the drug only for these askers: change both together)
_INDIRECT_QUESTION = re.compile(
    r"^\W*(?:[\w,:’'-]+\s+){0,4}?(?:(?:someone|somebody|people|readers|patients|parents|customers|members|listeners|clients|residents"
    r"|families|friends|mums|moms|dads|(?:a|one|my|our|the|another)\s+(?:reader|patient|parent|customer|member|listener|client|resident|friend|caller)"
    # ... or, in minutes, a member by title and name or an officer by role: "Mr Pugh asked whether the tablets would help members
    # who turn green on the coach" (holdout331 kq09), "The Treasurer wondered if ..."
    r"|(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Rev|Revd)\.?\s+[A-Z][\w’'-]+)"
    r"|the\s+(?:chair|chairman|chairwoman|chairperson|treasurer|secretary|president|vice-chair|welfare\s+officer))"
    r"\s+(?:\w+\s+)?(?:asks?|asked|wonders?|wondered|wants?\s+to\s+know|wanted\s+to\s+know))"
    r"\s+(?:me\s+|us\s+|you\s+|him\s+|her\s+|them\s+)?(?:(?:all\s+the\s+time|often|constantly|regularly|again|every\s+(?:day|week|shift|time))\s+)?"
    r"(?:whether|if)\b",
    re.IGNORECASE,
)


def _is_question(sentence: Sentence) -> bool:
    text = sentence.text.rstrip()
    if _TEASER_TAIL.search(text) and not _ASKING_OPEN.match(text):
        return False
    return text.rstrip("\"'”’)").endswith("?") or bool(_INDIRECT_QUESTION.match(text))


@rule_type("interaction-classes", NoOptions)
def check_interactions(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """Every required (error) or recommended (warning) interaction of a primary drug
    must be named in a warning context. The finding sits on the mention that lacks a
    warning, else on the interactions section's heading, else on the title. A sentence that
    makes a known misstatement of the drug, or declares one of its interactions harmless, warns of
    nothing about it ("Poppers. Lots of guys worry about this one, but a quick sniff with Viagra is
    fine"; "a glass or two of wine with dinner is fine; just don't overdo it")."""
    facts = get_facts(ctx)
    analysis = analyse(article, ctx)
    lexicon = get_context_lexicon(ctx)
    sentences = article.prose_sentences
    previous = _previous_in_unit(sentences)
    following = {i - 1: sentences[i] for i in previous}  # the next sentence of the same unit
    texts = [s.text for s in sentences]
    lowered = folded("\n".join(texts))
    said = misstated(article, ctx)
    for drug in _primary_with_facts(analysis, facts):
        names = _names_given(analysis, drug)
        # (the drug's misstatements grouped by unit: each sentence looks only at its own unit's, not at every one)
        said_in: dict[int, list[Misstated]] = {}
        for m in said:
            if m.drug == drug.generic and not m.quoted:
                said_in.setdefault(id(m.place.unit), []).append(m)
        wrong = {id(s) for s in sentences if any(_within(m.place, s) for m in said_in.get(id(s.unit), ()))}
        wrong |= {id(h.sentence) for h in declared_harmless(article, ctx) if h.drug is drug}
        for interaction in drug.interactions:
            severity = _demanded(interaction.importance, rule)
            if severity is None or not drug.scoped_in(interaction, names, texts):
                continue
            # (patterns whose literals the article lacks are left out; none left: not mentioned)
            patterns = [p for p in interaction.patterns if lowered is None or may_match(p, lowered)]
            others = [p for other in drug.interactions if other is not interaction for p in other.patterns]
            hits = (
                [(i, m) for i, s in enumerate(sentences) for m in _mentions(lexicon, analysis, drug, patterns, s, others)]
                if patterns
                else []
            )
            if any(_warned(lexicon, article, sentences, i, previous, following, wrong) for i, _ in hits):
                continue
            place: Place
            if hits:
                index, match = hits[0]
                first = sentences[index]
                place = UnitSpan(first.unit, first.start + match.start(), first.start + match.end())
                problem = "is named here but not as a warning"
            else:
                place = _where_to_add(article, lexicon, "interactions_section")
                problem = "is not mentioned"
            yield rule.finding(
                article,
                place,
                f"{drug.generic.capitalize()}: the interaction with {interaction.name} {problem} "
                f"({interaction.importance}: {interaction.importance_reason}; source: {interaction.source.cite()})",
                suggestion=interaction.advice or None,
                severity=severity,
                drug=drug.generic,
                interaction=interaction.id,
            )


#: Permission to do what a warning forbids: "you can stop it any time", "it's safe to quit
#: suddenly", "feel free to stop" (a denial of a withdrawal warning, not the warning; not the harm
#: "can stop a person's breathing", "could stop your heart").
_PERMITS = re.compile(
    r"\b(?:can|could|may|(?:fine|safe|okay|ok|alright|no problem)\s+to|safely|free\s+to)\s+(?:[\w’']+\s+){0,2}?"
    r"(?:stop|quit|come\s+off|discontinu)\w*"
    r"(?!\s+(?:(?:your|their|his|her|my|the|a\s+person['’]s|someone['’]s|people['’]s)\s+)?(?:breathing|breath|heart|heartbeat)\b)",
    re.IGNORECASE,
)
#: A statement that a risk is real: a modal or a verb of causing, a warning word.
_AFFIRMS = re.compile(
    r"\b(?:can|could|may|might|will|cause[sd]?|causing|lead(?:s|ing)?\s+to|led\s+to|risks?|warn\w*|boxed|carr(?:y|ies)"
    r"|possible|develop\w*|become|becoming|get\s+(?:hooked|addicted)|result\s+in"
    # a verb of bringing the harm on, in any tense: "Starting too soon throws you into sudden, severe withdrawal" (holdout285
    # iw08), "sends people into withdrawal", "triggers", "brings on", "sets off" (not denied: "does not throw you into")
    r"|(?:throw|throws|threw|thrown|send|sends|sent|plunge|plunges|plunged|tip|tips|tipped)\s+(?:you|them|him|her|people|someone|patients)\s+(?:straight\s+|right\s+)?into"
    r"|trigger(?:s|ed|ing)?|(?:bring|brings|brought|bringing)\s+on|(?:set|sets|setting)\s+off"
    r"|(?:is|are|be)\s+(?:(?!not\b|never\b)\w+\s+)?(?:habit[- ]forming|addictive))\b",
    re.IGNORECASE,
)


#: The most words of a lead a safety warning's wording may run on from into the next sentence
#: ("Older people with dementia.", "The first is about older people with dementia.").
_LEAD_WORDS = 8

#: Permission denied, which forbids: "It is not safe to stop it suddenly", "it's never a good idea
#: to quit abruptly", "it isn't OK to just drop it", "it would be dangerous to come off it overnight".
_FORBIDS = re.compile(
    r"(?:(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?(?:safe|fine|okay|ok|alright|wise|advisable|sensible|a\s+good\s+idea|good|right|allowed)"
    r"|\b(?:unsafe|dangerous|risky|harmful|a\s+bad\s+idea))\s+to\s+(?:[\w’']+\s+){0,3}$",
    re.IGNORECASE,
)


#: A prohibition told as whom or what the medicine is not for: "Not for children under 12", "and not for
#: anyone under 18 after having their tonsils or adenoids out", "it isn't meant for use in pregnancy".
_NOT_FOR = re.compile(
    r"\b(?:not|never|isn['’]t|aren['’]t)\s+(?:(?:meant|intended|suitable|safe|approved|recommended|given|used|to\s+be\s+(?:given|used|taken))\s+)?"
    r"(?:for|in)\s+(?:[\w’'-]+\s+){0,7}$",
    re.IGNORECASE,
)


def _denies(lexicon: ContextLexicon, text: str, m: re.Match[str]) -> bool:
    """Is the warning wording at ``m`` denied ("not addictive", "no risk of dependence")
    or turned into permission ("you can stop suddenly"), not forbidden ("it is not safe to
    stop suddenly", "not for children under 12")?"""
    clause = lexicon.last_clause(text[max(0, m.start() - 60) : m.start()])
    if _FORBIDS.search(clause) or _NOT_FOR.search(clause):
        return False
    return negated(lexicon, text, m.start()) or bool(_PERMITS.search(clause + m.group()))


#: The drug said to be free of a risk, right before the risk's wording: "is not addictive",
#: "isn't habit-forming", "no risk of dependence", "won't get you hooked on", "doesn't cause
#: dependence", "without the risk of addiction", "free of abuse potential" (not prohibitions:
#: "must not take it", "Do not use it to lose weight", "Not for weight loss").
_DENIES_RISK = re.compile(
    r"(?:\b(?:is|are|was|it['’]s|they['’]re)\s+(?:not|never)\s+(?:\w+\s+)?|\b(?:isn['’]t|aren['’]t|wasn['’]t)\s+(?:\w+\s+)?"
    r"|\bnon-?\s*|\bno\s+(?:\w+\s+)?(?:(?:risk|chance|danger|fear|worry|question|sign|potential)\s+(?:of\s+)?)?"
    r"|\b(?:won['’]t|wont|doesn['’]t|does\s+not|will\s+not|cannot|can['’]t|do\s+not|don['’]t)\s+(?:\w+\s+)?"
    r"(?:cause|lead\s+to|make\s+you|get\s+you|become|be|carry|have|risk|develop)\s+(?:\w+\s+){0,2}?"
    r"|\b(?:free\s+(?:of|from)|without)\s+(?:the\s+|any\s+)?(?:(?:risk|chance|danger)\s+(?:of\s+)?)?"
    r"|\b(?:won['’]t|wont|will\s+not|doesn['’]t|does\s+not|wouldn['’]t|would\s+not)\s+)$",
    re.IGNORECASE,
)


def _prohibits(lexicon: ContextLexicon, m: re.Match[str]) -> bool:
    """Does the warning wording at ``m`` open with a negation of its own ("not for weight loss")?"""
    negation = lexicon.search("negation", m.group())
    return negation is not None and negation.start() == 0


def _denies_risk(text: str, m: re.Match[str]) -> bool:
    """Is the warning wording at ``m`` said not to apply to the drug ("not addictive")? Not when
    the wording only qualifies another word ("is not a potassium-sparing diuretic" denies a class)."""
    if text[m.end() : m.end() + 1] == "-" or _NOT_FOR.search(text[max(0, m.start() - 60) : m.start()]):
        return False  # (nor a prohibition: "It is not for under-12s")
    if _REJECTED_BELIEF.search(text, max(0, m.start() - 100), m.start()):
        return False  # the denial is a belief the sentence rejects ("Nobody should believe Valium is non-addictive")
    return bool(_DENIES_RISK.search(text[max(0, m.start() - 50) : m.start()]))


#: A belief said to be wrong before a denial of the risk: "Nobody should believe it is non-addictive", "don't assume
#: it isn't habit-forming", "it's a myth that it is not addictive", "people wrongly think it's not addictive".
_REJECTED_BELIEF = re.compile(
    r"\b(?:(?:nobody|no\s+one|never|don['’]t|do\s+not|shouldn['’]t|should\s+not|mustn['’]t)\b[^.;!?]{0,30}?"
    r"\b(?:believe|think|assume|imagine|fall\s+for|be\s+fooled)|(?:myth|mistake|wrong|untrue|false|misconception)\s+(?:to\s+(?:think|believe|say)|that)"
    r"|wrongly\s+(?:think|believe|assume|say))\b",
    re.IGNORECASE,
)


_NOT_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$", re.IGNORECASE)


def _affirms(text: str, m: re.Match[str]) -> bool:
    """Does the clause with the warning wording at ``m`` say the risk is real (a modal or
    a verb of causing that is not itself negated: not "does not cause addiction")?"""
    start = max(text.rfind(c, 0, m.start()) for c in ",;:—(") + 1
    ends = [i for c in ";:—)" if (i := text.find(c, m.end())) >= 0]
    clause = text[start : min(ends, default=len(text))]
    if any(not _NOT_BEFORE.search(clause[: a.start()]) for a in _AFFIRMS.finditer(clause)):
        return True
    # ... or the wording is an item of a list its clause's verb runs on to: "Together they can cause deep sleepiness, slowed or
    # stopped breathing, coma and death" (holdout235 gy12; not past a contrast: "It can cause drowsiness, but not coma")
    wide = max(text.rfind(c, 0, m.start()) for c in ";:—(") + 1
    verbs = [a for a in _AFFIRMS.finditer(text, wide, m.start()) if not _NOT_BEFORE.search(text[wide : a.start()])]
    return bool(verbs) and m.start() - verbs[-1].end() <= _LIST_REACH and not _LIST_BREAK.search(text, verbs[-1].end(), m.start())


#: How far a list may run from its verb to the warning wording, and what ends it: a contrast, a negation, a new clause.
_LIST_REACH = 160
_LIST_BREAK = re.compile(
    r"\b(?:but|although|though|however|yet|whereas|except|unlike|not|never|no|without|which|that|so|because)\b|n['’]t\b|[.!?]",
    re.IGNORECASE,
)


#: An instruction to report a sign: "Call your doctor the same day if you have:", "tell us straight away if",
#: "contact your GP", "get medical help right away", "let your doctor know" (not denied: "no need to call your doctor").
_REPORT = re.compile(
    r"\b(?:(?:call|phone|ring|contact|tell|see|talk\s+to|speak\s+to|get\s+in\s+touch\s+with)\s+(?:(?:your|a|the)\s+)?"
    r"(?:us|doctor|GP|nurse|pharmacist|prescriber|clinic|surgery|care\s+team|health\s?care\s+(?:provider|professional|team)|911|999|111)"
    r"|let\s+(?:us|(?:your|the)\s+(?:doctor|GP|nurse|pharmacist|prescriber|care\s+team))\s+know"
    r"|(?:get|seek)\s+(?:(?:emergency|urgent|immediate|prompt|medical)\s+){1,2}(?:help|care|attention|advice))\b",
    re.IGNORECASE,
)


def _to_report(lexicon: ContextLexicon, article: Article, sentence: Sentence) -> bool:
    """Is ``sentence``, or the lead-in of its list or table, an instruction to report what it names ("Call your doctor
    the same day if you have:" over "- muscle pain, tenderness or weakness that you cannot explain"; "If your muscles ache
    for no reason, tell us")? A sign to report says the risk is real, whatever the article denies elsewhere ("taken 80 mg
    for a year with no muscle problems")."""
    lead_in = _lead_in(article, sentence.unit)
    return any(
        r is not None and not negated(lexicon, r.string, r.start())
        for r in (_REPORT.search(sentence.text), _REPORT.search(lead_in.text) if lead_in is not None else None)
    )


#: The medicine a warning's wording acts on, referred to without its name ("don't stop *it* suddenly",
#: "don't stop *that one* suddenly", "never stop *the other medicine* abruptly").
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|(?:that|the\s+other)\s+(?:one|medicine|medication|drug|pill|tablet|patch))\b", re.IGNORECASE)
#: A comparison that sets one medicine against another (not "like", "such as", which liken them).
_SET_AGAINST = re.compile(r"(?:unlike|compared|than|versus|vs|rather\s+than|instead\s+of|over)\b", re.IGNORECASE)
#: ... set apart from the drug, which may stand for a medicine named in an earlier sentence ("Many take propranolol
#: with clonidine. ... never stop *the other medicine* abruptly").
_OTHER_ONE = re.compile(r"\b(?:that|the\s+other)\s+(?:one|medicine|medication|drug|pill|tablet|patch)\b", re.IGNORECASE)


def _about_another(analysis: DrugAnalysis, drug: DrugFacts, sentence: Sentence, m: re.Match[str]) -> bool:
    """Is the wording at ``m`` (in ``sentence.text``) an instruction about another medicine the
    sentence names, by name, as "it", or as the statement's subject (:func:`_statement_owner`:
    "If you take clonidine, don't stop it suddenly while you're on propranolol", "Clonidine is another
    one you shouldn't stop suddenly", "Unlike propranolol, clonidine must never be stopped abruptly"), or,
    as "that one" or "the other medicine", the medicine an earlier sentence made the subject?
    Not when the sentence names the drug before the wording other than as a point of comparison
    ("Like clonidine, propranolol must not be stopped suddenly"), nor for a part of a combination
    product (acetaminophen in hydrocodone-acetaminophen), nor for a medicine the warning's own
    wording names (penicillin in "reacted badly to penicillin ... should not take it")."""
    start, end = sentence.start + m.start(), sentence.start + m.end()
    text = sentence.unit.text
    named = [x for x in analysis.in_unit(sentence.unit) if sentence.start <= x.start < end]
    mine = [x for x in named if x.generic == drug.generic and x.start < start]
    if any(not _compared(text, x.start) for x in mine):
        return False
    wording = m.re.pattern.lower()
    others = [x for x in named if x.generic != drug.generic and x.generic not in drug.generic and x.text.lower() not in wording]
    owner = _statement_owner(analysis, sentence, start)
    if owner is not None and describes_the_drug(drug, text, owner.start, owner.end, True):
        owner = None  # its own class: "It is a penicillin, and in people who are allergic it can ..."
    # the drug named only as what another is set against ("Unlike propranolol, clonidine must ..."; not
    # "like propranolol", which says it of both)
    contrasted = bool(mine) and all(_SET_AGAINST.match((_compared(text, x.start) or m).group()) for x in mine)
    return (
        any(x.start >= start for x in others)
        or (any(x.start < start for x in others) and (contrasted or _OBJECT_PRONOUN.search(m.group()) is not None))
        or any(x is owner for x in others)
        or (
            owner is not None
            and owner.generic != drug.generic
            and owner.generic not in drug.generic
            and owner.start < sentence.start
            and _OTHER_ONE.search(m.group()) is not None
        )
    )


#: What may come before a substance that opens a clause as its subject: "Even a glass of wine", "Too much
#: alcohol", "Drinking beer" (not "With alcohol, it can ...": a preposition).
_SUBJECT_LEAD = re.compile(
    r"^\W*(?:(?:and|but|so|also|even|too\s+much|a\s+lot\s+of|lots\s+of|any|some|other|extra|more|heavy|regular|a\s+(?:glass|drink|pint|cup|bottle)\s+of"
    r"|drinking|mixing|combining|adding|taking|using|smoking)\s+){0,3}$",
    re.IGNORECASE,
)
#: The substance adds to an effect the drug has ("Alcohol makes *the* drowsiness *worse*", "can *also* make your
#: blood sugar drop", "push blood sugar down *further*", "more sleepy"): that says the drug has it.
_PRESUPPOSES = re.compile(
    r"\b(?:the|also|too|further|more|worse|stronger|even|add(?:s|ed|ing)?\s+to|adds?\s+up|as\s+well|extra|on\s+top)\b", re.IGNORECASE
)
#: The drug as the subject after a substance: "Alcohol? It ...", "... and this medicine can ...".
_DRUG_PRONOUN = re.compile(
    r"\b(?:it|this\s+(?:medicine|medication|drug|pill|tablet|capsule)|the\s+(?:medicine|tablets?|capsules?|pills?))\b", re.IGNORECASE
)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at ``text[pos]`` ends (a comma, semicolon, colon, dash or bracket)."""
    return min((i for c in ",;:—()" if (i := text.find(c, pos)) >= 0), default=len(text))


def _said_of_a_substance(lexicon: ContextLexicon, analysis: DrugAnalysis, drug: DrugFacts, sentence: Sentence, m: re.Match[str]) -> bool:
    """Is the warning wording at ``m`` said of a drink or another substance that opens its clause as
    the subject ("Alcohol can lower your blood pressure further and add to drowsiness")? That is
    the substance's effect (an interaction's text), not this drug's own warning. Not when it adds to an
    effect of the drug (:data:`_PRESUPPOSES`: "Alcohol makes the drowsiness worse"), nor when the drug
    is named, or referred to as "it", between that subject and the wording ("Alcohol makes the
    dizziness prazosin causes worse"; "With alcohol, it can make you faint"). (A medicine named as
    the subject is :func:`_about_another`'s; a class word is not read as one, since the drug may
    belong to it: "antidepressants can raise the chance of suicidal thoughts".)"""
    text = sentence.text
    start = max(text.rfind(c, 0, m.start()) for c in ",;:—(") + 1
    prefix = text[start : m.start()]
    subject = lexicon.search("substance", prefix)
    if subject is None or not _SUBJECT_LEAD.match(prefix[: subject.start()]):
        return False
    if _PRESUPPOSES.search(prefix[subject.end() :]) or _PRESUPPOSES.search(text[m.end() : _clause_end(text, m.end())]):
        return False
    at = sentence.start + start
    names_drug = any(
        x.generic == drug.generic and at + subject.end() <= x.start < sentence.start + m.start() for x in analysis.in_unit(sentence.unit)
    )
    return not names_drug and not _DRUG_PRONOUN.search(prefix[subject.end() :])


#: A causative verb whose object, right after it, is the drug: "can make *Plavix* work less well", "may stop *it* working".
_CAUSATIVE = re.compile(
    r"\b(?:make|makes|made|making|stop|stops|stopped|keep|keeps|leave|leaves|render|renders)\s++"
    r"(?:(?:it|this\s+(?:medicine|medication|drug|pill|tablet)|the\s+(?:medicine|medication|drug|pills?|tablets?))\s++)?$",
    re.IGNORECASE,
)
#: What may stand between the other medicine and that verb: a few words, brackets and commas ("(Nexium), which can"),
#: no clause break.
_CAUSE_GAP = re.compile(r"[\s,()]*+(?:[\w'’-]{1,20}+[\s,()]++){0,5}", re.IGNORECASE)


def _caused_by_another(analysis: DrugAnalysis, drug: DrugFacts, sentence: Sentence, m: re.Match[str]) -> bool:
    """Is the warning wording at ``m`` the effect another medicine has on the drug, that medicine the subject of a causative
    verb whose object is the drug ("omeprazole and esomeprazole (Nexium), which can make Plavix work less well")? That is
    the interaction's text, not the drug's own warning (people whose genes make it work less well)."""
    text = sentence.unit.text
    start = sentence.start + m.start()
    mentions = [x for x in analysis.in_unit(sentence.unit) if sentence.start <= x.start and x.end <= start]
    # the drug by name right before the wording, else "it" or "the medicine" within the verb's match
    verb_end = start
    own = [x for x in mentions if x.generic == drug.generic and not text[x.end : start].strip()]
    if own:
        verb_end = own[-1].start
    verb = _CAUSATIVE.search(text, sentence.start, verb_end)
    if verb is None or (not own and verb.end() != start):
        return False
    others = [x for x in mentions if x.generic != drug.generic and x.generic not in drug.generic and x.end <= verb.start()]
    return bool(others) and _CAUSE_GAP.fullmatch(text, others[-1].end, verb.start()) is not None


#: Stopping or withdrawal in a warning's wording: "stops", "quit", "coming off", "withdrawal (from)".
_STOPPING = re.compile(
    r"\b(?:stop\w*|quit\w*|discontinu\w*|(?:come|comes|coming|came)\s+off|cut(?:s|ting)?\s+(?:down|out)|gave\s+up|giv(?:e|es|ing)\s+up"
    r"|withdrawal(?:\s+from)?)\b",
    re.IGNORECASE,
)
#: What may stand between the stopping and the substance stopped: "stops heavy drinking", "quit all the alcohol".
_STOPPED_GAP = re.compile(
    r"\s*(?:(?:suddenly|abruptly|all\s+at\s+once|from)\s+)?(?:(?:heavy|regular|daily|long-term|binge|all|the|their|his|her|your|my|our|any)\s+){0,2}$",
    re.IGNORECASE,
)


def _stopping_a_substance(lexicon: ContextLexicon, text: str, m: re.Match[str]) -> bool:
    """Is the stopping or withdrawal the warning's wording at ``m`` names that of a drink or another substance
    (:data:`checks/lexicons/context.yml` ``substance``), not of the drug: "when a person suddenly stops heavy
    drinking", "acute alcohol withdrawal", "withdrawal from alcohol" (the use diazepam is given for, not the
    warning not to stop it suddenly)? Not "don't stop diazepam suddenly", "withdrawal symptoms"."""
    head = text[max(0, m.start() - 25) : m.start()]
    if re.search(r"withdrawal", m.group(), re.IGNORECASE) and any(
        re.fullmatch(r"[\s-]*", head[s.end() :]) for s in lexicon.finditer("substance", head)
    ):
        return True  # "alcohol withdrawal", "drinking-withdrawal"
    verb = _STOPPING.search(text, m.start(), m.end())
    if verb is None:
        return False
    after = text[verb.end() : _clause_end(text, verb.end())][:50]
    return any(_STOPPED_GAP.match(after[: s.start()]) for s in lexicon.finditer("substance", after))


#: A sign put as a question with no question word ("Severe pain in your belly?", not "Is it safe?", "What if I feel sick?") ...
_SIGN_ASKED = re.compile(
    r"^(?![\W_]*(?:is|are|am|was|were|can|could|does|do|did|should|shall|will|would|may|might|must|have|has|had|what|how|why|when"
    r"|where|who|whom|whose|which|any|anything|ever|so|and|but|or|true|really|right|ok|okay)\b)[^?]*\?[\s\"'”’)*_]*$",
    re.IGNORECASE,
)
#: ... answered in the next sentence by what to do at once: "Stop the shots and get seen that day.", "Call your doctor."
_ACT_NOW = re.compile(
    r"^[\W_]*(?:(?:then|just|please|so)\s+)?(?:stop|call|get|seek|see|go|tell|ring|phone|contact|head|dial|come)\b", re.IGNORECASE
)


@rule_type("safety-warnings", NoOptions)
def check_safety_warnings(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """Every required (error) or recommended (warning) safety warning of a primary
    drug must be given in some wording; the finding sits on the warnings section's
    heading, else on the title."""
    facts = get_facts(ctx)
    analysis = analyse(article, ctx)
    lexicon = get_context_lexicon(ctx)
    # A warning is given by a statement of the body: not a question ("Is Norco addictive?"),
    # not a denial ("Adderall is not addictive", "non-drowsy"), not the summary's list of topics,
    # not a heading that only names the topic ("Pregnancy" over "it is not making harm to the baby";
    # "It can become habit-forming" states it; "Misuse and addiction" over "This can lead to overdose and
    # death" is the warning's name over its warning).
    body = article.body_sentences
    # A short lead read with the sentence after it in its unit, so a wording may name the topic in the
    # one and the risk in the other ("**Older people with dementia.** It raises their risk of death."):
    # there, only a wording that runs from the one into the other (by where the lead ends).
    leads = [
        (Sentence(a.unit, a.start, b.end), a.end - a.start)
        for a, b in zip(body, body[1:], strict=False)
        if a.unit is b.unit and len(a.words) <= _LEAD_WORDS and not _is_question(a) and not _is_question(b)
    ]
    lead_ends = {s.text: end for s, end in leads}
    # (a sign put as a question and answered by what to do, as leaflets put it, states the sign: "Stabbing pain high in your
    # belly that won't quit, maybe going through to your back? Stop the shots and get seen that day.")
    acted_on = {
        id(a) for a, b in zip(body, body[1:], strict=False) if a.unit is b.unit and _SIGN_ASKED.match(a.text) and _ACT_NOW.match(b.text)
    }
    statements = [
        s.text
        for s in body
        if (not _is_question(s) or id(s) in acted_on)
        and (s.unit.kind != "heading" or lexicon.warns(s.text) or _AFFIRMS.search(s.text) or _harm_under(lexicon, article, s.unit))
    ] + [s.text for s, _ in leads]
    # a statement with the sentence after it that comments on it ("... needing the reliever more
    # often. That's just spring"): read together for a misstatement they make between them
    commented = {
        a.text: f"{a.text} {b.text}" for a, b in zip(body, body[1:], strict=False) if a.unit is b.unit and _REFERS_BACK.match(b.text)
    }
    spoken = {s.text: s for s in [*body, *(s for s, _ in leads)]}
    position = {id(s): i for i, s in enumerate(body)}
    lowered = folded("\n".join(statements))
    for drug in _primary_with_facts(analysis, facts):
        names = _names_given(analysis, drug)
        for warning in drug.safety_warnings:
            severity = _demanded(warning.importance, rule)
            if severity is None or not drug.scoped_in(warning, names, statements):
                continue
            # (a pattern whose literals the statements lack is not run on each of them)
            mentions = [
                (text, m)
                for p in warning.patterns
                if lowered is None or may_match(p, lowered)
                for text in statements
                for m in p.finditer(text)
                if text not in lead_ends or m.start() < lead_ends[text] < m.end()
            ]
            # A sentence saying the opposite ("take your tablet as soon as the wheezing starts",
            # "it helped them slim down") names the topic but does not give the warning.
            # A statement about another medicine the sentence names ("If you take clonidine, don't stop it
            # suddenly while you're on propranolol") gives that medicine's warning, not this drug's.
            # A wording said of a drink ("Alcohol can lower your blood pressure further") is that
            # substance's effect, not this warning.
            denied = [
                _denies(lexicon, text, m)
                or _misstates(lexicon, drug, commented.get(text, text), m)
                or _about_another(analysis, drug, spoken[text], m)
                or _said_of_a_substance(lexicon, analysis, drug, spoken[text], m)
                or _caused_by_another(analysis, drug, spoken[text], m)
                or _stopping_a_substance(lexicon, text, m)
                for text, m in mentions
            ]
            # When the article denies the risk ("lorazepam is not addictive"), a bare mention
            # of the topic ("A common worry is addiction") does not give the warning either:
            # only a statement that affirms it ("it can be habit-forming") does.
            # (not a denial put to the reader and then called false: "My cousin told me lorazepam isn't habit-forming. True?"
            # answered "Not true, I'm afraid."; "..., but that's wrong")
            risk_denied = any(
                _denies_risk(text, m)
                and not (
                    refuted_later(lexicon, text, m.end())
                    or (
                        id(spoken[text]) in position
                        and refuted_by_next(lexicon, article, body, position[id(spoken[text])], denies(text[: m.end()]))
                    )
                )
                for text, m in mentions
            )
            # A wording that opens with its own negation is a prohibition ("not a weight-loss
            # medicine", "won't help you shed the baby weight"): the warning, whatever else is denied;
            # so is a sign the reader is told to report ("Call your doctor the same day if you have:").
            given = any(
                not d and (not risk_denied or _affirms(text, m) or _prohibits(lexicon, m) or _to_report(lexicon, article, spoken[text]))
                for (text, m), d in zip(mentions, denied, strict=True)
            )
            if given:
                continue
            kind = "boxed warning" if warning.boxed else "safety warning"
            yield rule.finding(
                article,
                _where_to_add(article, lexicon, "warnings_section"),
                f"{drug.generic.capitalize()}: missing {kind}: {warning.name} "
                f"({warning.importance}: {warning.importance_reason}; source: {warning.source.cite()})",
                suggestion=warning.advice or None,
                severity=severity,
                drug=drug.generic,
                warning=warning.id,
            )


# -- accuracy ----------------------------------------------------------------------------
@rule_type("misstatements", NoOptions)
def check_misstatements(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """A sentence matching a known misstatement of a drug it is about (the nearest drug
    in the sentence or paragraph; with none, the article's only primary drug). By the
    misstatement's tier: required -> the rule's severity (error), recommended -> warning. Also an
    interaction of a primary drug declared harmless with it (:func:`declared_harmless`), as the drug's
    misstatement that names that interaction if it has one (clopidogrel's ppi-fine), else as the interaction."""
    # an interaction declared harmless, unless a known misstatement of the drug already says so there
    # ("It's fine to take Viagra with your nitroglycerin": safe-with-nitrates)
    known = list(_known_misstatements(article, rule, ctx))
    yield from known
    stated = {(f.line, f.extra.get("drug")) for f in known}
    for said in declared_harmless(article, ctx):
        drug, interaction = said.drug, said.interaction
        wrong = next((w for w in drug.misstatements if w.interaction == interaction.id), None)
        if wrong is None:
            item, importance = interaction.id, interaction.importance
            message = (
                f"{interaction.name.capitalize()} said to be fine with {drug.generic}: it is a known interaction "
                f"({interaction.importance}: {interaction.importance_reason}; source: {interaction.source.cite()})"
            )
        else:
            item, importance = wrong.id, wrong.importance
            message = (
                f"Known misstatement about {drug.generic}: {interaction.name} said to be fine with it. Correct fact: {wrong.correct} "
                f"({wrong.importance}: {wrong.importance_reason + '; ' if wrong.importance_reason else ''}source: {wrong.source.cite()})"
            )
        finding = rule.finding(
            article,
            said.place,
            message,
            suggestion=interaction.advice or None,
            severity=_demanded(importance, rule) or Severity.WARNING,
            drug=drug.generic,
            misstatement=item,
        )
        if (finding.line, drug.generic) not in stated:
            yield finding


def _known_misstatements(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """The sentences matching a known misstatement (facts ``misstatements``) of a drug they are about.
    One line making one misstatement in two sentences ("there's no real difference between the two.
    Lopressor, Toprol, ... it's one medicine") gets one finding: the stated one, else the first (each
    line of a wrapped paragraph that makes it keeps its own, as each needs rewriting)."""
    kept: dict[tuple[int, str, str], Finding] = {}
    for said in misstated(article, ctx):
        if said.quoted:
            continue
        wrong = said.wrong
        finding = rule.finding(
            article,
            said.place,
            f"Known misstatement about {said.drug}{' (inferred)' if said.inferred else ''}. Correct fact: {wrong.correct} "
            f"({wrong.importance}: {wrong.importance_reason + '; ' if wrong.importance_reason else ''}"
            f"source: {wrong.source.cite()})",
            severity=Severity.WARNING if said.inferred else _demanded(wrong.importance, rule),
            drug=said.drug,
            misstatement=wrong.id,
        )
        key = (finding.line, said.drug, wrong.id)
        if key not in kept or (kept[key].severity is Severity.WARNING and finding.severity is not Severity.WARNING):
            kept[key] = finding
    yield from kept.values()


@dataclass(frozen=True)
class Misstated:
    """A known misstatement of a drug in the article: where, which, whether only inferred from its
    words (a kind's ``inferred`` wording), and whether quoted as what others say or a myth ("Plenty
    of people say it got them over COVID"): not the article's statement, so not reported, but a use
    told inside it is still the misstatement's, not a plain off-label use."""

    place: UnitSpan
    drug: str
    wrong: Misstatement
    inferred: bool
    quoted: bool


def misstated(article: Article, ctx: CheckContext) -> list[Misstated]:
    """The known misstatements the article makes (memoised on it): what the accuracy check reports,
    and what the off-label check leaves to it ("the course will knock a cold on the head": not
    also an off-label use for colds)."""
    return article.memo("misstated", lambda: _misstated(article, ctx))


def _within_a_misstatement(said: list[Misstated], drug: DrugFacts, sentence: Sentence, use: Use) -> bool:
    """Is the use's condition told inside a known misstatement of the drug?"""
    start, end = sentence.start + use.start, sentence.start + use.end
    return any(m.drug == drug.generic and m.place.unit is sentence.unit and m.place.start < end and start < m.place.end for m in said)


def _wordings(drug: DrugFacts) -> list[re.Pattern[str]]:
    return [pattern for wrong in drug.misstatements for pattern, _ in wrong.wordings()]


def _misstated(article: Article, ctx: CheckContext) -> list[Misstated]:
    facts = get_facts(ctx)
    analysis = analyse(article, ctx)
    lexicon = get_context_lexicon(ctx)
    sole = analysis.primary[0] if len(analysis.primary) == 1 else None
    sentences = article.prose_sentences
    drugs = [facts.drugs[g] for g in analysis.named if g in facts.drugs and facts.drugs[g].misstatements]
    if not drugs:
        return []
    lead_ins = _list_lead_ins(article.units)
    # misstatements of one form of a drug (OxyContin's slow-release tablets): whether the article is about it
    whole = "\n".join(u.text for u in article.units) if any(w.form for d in drugs for w in d.misstatements) else ""
    of_the_form = {id(w): w.about_the_form(whole) for d in drugs for w in d.misstatements if w.form is not None}
    wordings = {drug.generic: pattern_index(drug, partial(_wordings, drug)) for drug in drugs}

    def claim(i: int) -> list[tuple[Any, Misstated]]:
        sentence = sentences[i]
        out: list[tuple[Any, Misstated]] = []
        # a sentence naming no drug is about the one before it in its paragraph, else, in a list,
        # the one its lead-in names ("Buspirone advantages:" over "- Not addictive"), else the only one
        listed = _listed_drug(analysis, lead_ins.get(id(sentence.unit)), sole)
        unnamed = listed[0] if listed else sole
        # "Gabapentin (Neurontin) is an opioid": statements are matched without their asides,
        # then in the plain form of a class statement ("is a mild tranquilizer", "belongs to
        # the opioid family", "Buspirone, a type of sedative, ..." read as "is a tranquilizer").
        plain = _without_parentheticals(sentence.text)
        # an opening that sets the myths aside ("Forget the scare stories, a drink won't hurt")
        # leaves the statement after it, read as a clause of its own
        skip = dismissal_end(lexicon, plain[0])
        if skip:
            plain = (plain[0][skip:], plain[1][skip:])
        statement = _class_statement(*plain)
        # Each form with its folded text, for the patterns' needles, and where a match must end
        # (0: anywhere); the plain form of a sentence that states no class is the sentence again,
        # and is not searched twice.
        forms = [(text, index, folded(text), 0) for text, index in ([plain, statement] if statement[0] != plain[0] else [plain])]
        # a yes-or-no question also in the order of the statement it puts ("Is it in the same family as Effexor?" read as
        # "it is in the same family as Effexor"): claimed only when answered yes (see :func:`_claims`)
        declared = _declarative(*plain) if _is_question(sentence) else None
        if declared:
            forms.append((declared[0], declared[1], folded(declared[0]), 0))
        # The answer to a bare question before it is read with the question ("Pregnant? It's one of
        # the few painkillers you can still take"), a comment with what it comments on ("... a few
        # extra puffs a day. That's normal"): a match that ends in this sentence, placed on it.
        asked = _topic_question(sentences, i)
        if asked:
            text = f"{asked} {plain[0]}"
            forms.append((text, [0] * (len(asked) + 1) + plain[1], folded(text), len(asked) + 1))
        # what a kind's ``unless`` is read in: the sentence with the bare question it answers ("Pregnant? ...")
        told = f"{asked} {sentence.text}" if asked else sentence.text
        for drug in drugs:
            # each form with the drug's wordings that may match it (None: any may)
            searched = [
                (text, index, floor, wordings[drug.generic].possible(lowered) if lowered is not None else None)
                for text, index, lowered, floor in forms
            ]
            if all(possible is not None and not possible for *_, possible in searched):
                continue
            for wrong in drug.misstatements:
                # the stated wordings first; a kind's inferred ones ("won't leave you needing more
                # and more") only when no stated one is made, and as a warning; a kind's wordings of
                # one form ("you can crush them") only in an article about that form, or in a paragraph about it
                # in an article naming both ("Maria has used OxyContin for a year. ... She crushed the tablet")
                of_it = of_the_form.get(id(wrong), True) or wrong.about_the_form(sentence.unit.text)
                found = next(
                    (
                        (m, text, index, pattern, inferred, floor)
                        for pattern, inferred in wrong.wordings(of_it, told)
                        for text, index, floor, possible in searched
                        if (possible is None or id(pattern) in possible) and (m := _search_ending_after(pattern, text, floor))
                    ),
                    None,
                )
                if not found:
                    continue
                m, matched, index, pattern, inferred, floor = found
                start, end = index[m.start()], index[m.end() - 1] + 1
                owner = _statement_owner(analysis, sentence, sentence.start + start, sentence.start + end)
                opens = sentence.start + start
                if owner is not None and _ANAPHOR.match(sentence.text, start) and (subject := _subject_before(analysis, sentence, owner)):
                    owner = subject
                lead = _SEEN_AS.match(sentence.text, start)
                if (
                    owner is not None
                    and (
                        opens < owner.start < sentence.start + end
                        or _named_in_a_later_clause(sentence.unit.text, sentence.start + end, owner)
                    )
                    and (
                        _ANAPHOR.match(sentence.text, lead.end() if lead else start)
                        # ... or a statement ending on a pronoun for the drug, a later clause naming another as no subject:
                        # "You don't even need a script for it, mine came off the shelf next to the Tums" (holdout288 iz07)
                        or (
                            _named_in_a_later_clause(sentence.unit.text, sentence.start + end, owner)
                            and _ENDS_ON_ANAPHOR.search(sentence.text, start, end) is not None
                        )
                    )
                ):
                    # a pronoun opening the statement, or seen as something ("Think of it as a fancier Tums"), does not stand
                    # for a drug the statement itself names after it ("..., so it's a close cousin of venlafaxine"), nor for one
                    # a later clause names as no subject ("it's one of the water pills that lets you hang on to your potassium,
                    # so she has never bothered with the potassium tablets her sister takes with her furosemide"): it is the
                    # drug named before it, else the article's
                    # (not one left behind: "My GP switched me from sertraline ... So it's basically Zoloft's sleepy cousin"; nor
                    # one named in a comparison or as a kind's qualifier: "for pain the usual things like Tylenol haven't
                    # touched. Now, it isn't one of your morphine-type painkillers" is about the drug before Tylenol)
                    unit_text = sentence.unit.text
                    owner = next(
                        (
                            x
                            for x in reversed(analysis.in_unit(sentence.unit))
                            if x.start < opens
                            and not _LEFT_BEHIND.search(unit_text, max(0, x.start - 40), x.start)
                            and not (
                                x.start < sentence.start and (_compared(unit_text, x.start) or _CLASS_MODIFIER.match(unit_text, x.end))
                            )
                        ),
                        None,
                    )
                if (
                    owner is not None
                    and opens < owner.start < sentence.start + end
                    and _USUAL_TREATMENT.search(sentence.unit.text, max(0, owner.start - 40), owner.start)
                ):
                    # a medicine named inside the wording only as what the other infection is usually treated with is not its
                    # subject ("the one you'd normally treat with a Monistat cream ..., these same tablets will knock that out")
                    owner = None
                if owner is not None and owner.start < sentence.start and _THE_OTHER_KIND.search(sentence.text, 0, end):
                    # set apart from the drug named before it, the sentence is not about that drug ("(Your dad was on Lasix.)
                    # ... ours is the other kind, the one that leaves your potassium alone"): the article's
                    owner = None
                if owner is None and wrong.tells_a_story(pattern):
                    # a success story names the medicine taken inside it, past a clause break: that one ("When I got the
                    # itchy, white, clumpy kind, I took fluconazole tablets and it sorted the lot out" is not metronidazole's)
                    owner = next((x for x in analysis.in_unit(sentence.unit) if opens <= x.start < sentence.start + end), None)
                if _for_the_device(lexicon, sentences, i, start):
                    continue  # "Always carry your blue reliever inhaler. Use it if you are wheezing": the inhaler
                if (
                    (owner.generic if owner else unnamed) != drug.generic
                    and not _likened(analysis, sentence, drug, start, end)
                    and not _grouped_after(analysis, sentence, drug, start, end, unnamed)
                    # (a story's medicine is the one taken, not one paired with another)
                    and (wrong.tells_a_story(pattern) or not _paired_with(analysis, sentence, drug, start, end, unnamed))
                    and not _gathered(analysis, sentences, i, drug, start, unnamed)
                ):
                    continue
                if _negated(lexicon, pattern, matched, sentence.text, m, start, floor):
                    continue
                if wrong.points_back_to and not _points_back(article, sentence, wrong.points_back_to):
                    continue  # "it's the same metoprolol either way" with no tartrate and succinate named before it
                if (
                    refuted_by_next(lexicon, article, sentences, i, denies(m.group())) and not _hope_answered(sentences, i, end)
                ) or refuted_later(lexicon, sentence.text, end):
                    continue  # "Some of us grew up believing aspirin was fine for children. It is not.", "... not habit-forming. It is."
                if _practice_called_unsafe(sentence.text, start, end):
                    continue  # "Using diphenhydramine to make a child sleepy is not safe"
                place = UnitSpan(sentence.unit, sentence.start + start, sentence.start + end)
                # hearsay the writer then agrees with is the article's own ("..., and that's a handy way to think about it")
                # ... as is what someone else says told as a heading's topic ('Thread: "Brother-in-law says I can just quit"')
                reported = sentence.unit.kind == "heading" and _REPORTED.search(sentence.text, 0, start) is not None
                # ... and a fragment going on with the hearsay before it ("A lot of people think of tramadol as the light option.
                # Not a real opioid, can't really get you hooked.") is that hearsay
                hearsay = refuted(lexicon, article, sentence, start) or continues_hearsay(lexicon, sentences, i)
                quoted = (reported or hearsay) and not endorsed(lexicon, sentences, i, start, end)
                out.append(((drug.generic, wrong.id), Misstated(place, drug.generic, wrong, inferred, quoted)))
        return out

    found: dict[int, list[tuple[Any, Misstated]]] = {}
    # "Is it safe to stop taking metoprolol suddenly?" asks; it states nothing, unless its
    # answer is yes ("Yes, you can."): then the pair states it once.
    return [said for i in range(len(sentences)) for said in _claims(lexicon, sentences, i, found, claim, tagged=True)]


def _points_back(article: Article, sentence: Sentence, named: tuple[re.Pattern[str], ...]) -> bool:
    """Is each of ``named`` named in ``sentence``, before it in its section or in a heading above it: what a
    misstatement's wording points back at ("whichever one we have in stock will do" after "metoprolol tartrate
    (Lopressor) or metoprolol succinate (Toprol-XL)")?"""
    secs = article.sections
    units = secs.section_units(sentence.unit)
    before = next((i for i, u in enumerate(units) if u is sentence.unit), 0)
    texts = [h.text for h in secs.headings_above(sentence.unit)] + [u.text for u in units[:before]] + [sentence.unit.text[: sentence.end]]
    told = "\n".join(texts)
    return all(p.search(told) for p in named)


#: The drug referred to without its name after a word that ties something to it: "with it", "alongside
#: them", "while you're on it", "to your tablets", "with your antidepressant" (the last word is checked
#: against the drug: its name, brand or class, or a word for any medicine); or the course of it: "On a short course
#: like this, a glass or two of wine with dinner is fine", "during treatment"; also as what keeps working ("won't change
#: how the tablets work", "the way it works") and as the one just started ("alongside your new tablet").
_TIED = re.compile(
    r"\b(?:(?:with|alongside|on|to|taking|and|how|the\s+way)\s+(?:(?:it|them|they)\b|(?:your|the|this|these|his|her|their|my)\s+"
    r"(?:(?:new|usual|regular|daily)\s+)?(?P<word>[\w-]+))"
    r"|(?:on|during|through|throughout)\s+(?:(?:a|the|your|this|that)\s+)?(?:(?:short|quick|whole|\w+-day|\w+\s+days?)\s+)?"
    r"(?:course|treatment|round)\b"
    # ... or named first of the pair: "the tablets and a few cans get on fine together" (holdout314 jz07)
    r"|\b(?:your|the|these|his|her|their|my)\s+(?:(?:new|usual|regular|daily)\s+)?(?P<first>[\w-]+)\s+(?:and|plus|\+|&)\s+)",
    re.IGNORECASE,
)
#: ... or, for an interaction declared harmless in an article about one drug, the drug and the other as "the two": "he also
#: swallows an omeprazole capsule each morning, and there's no reason the two can't share a breakfast slot" (holdout349
#: li03, gaps153f; not for a statement that opens with another medicine: "Amlodipine and diltiazem: the two belong to ...")
_THE_TWO = re.compile(r"\bthe\s+(?:two|pair)(?:\s+of\s+them)?\b", re.IGNORECASE)
_MEDICINE_WORDS = frozenset(
    ("medicine", "medication", "medications", "meds", "tablet", "tablets", "pill", "pills", "prescription", "capsules")
)


def _tied_to(drug: DrugFacts, text: str, sole: bool) -> bool:
    """Does ``text`` refer to ``drug`` without naming it ("with it", "alongside your antidepressant")?
    A pronoun or a word for any medicine only in an article about that one drug."""
    for m in _TIED.finditer(text):
        group = "word" if m.group("word") is not None else "first"
        word = m.group(group)
        if word is None or word.lower() in _MEDICINE_WORDS:
            if sole:
                return True
        elif describes_the_drug(drug, text, m.start(group), m.end(group), False):
            return True
    return False


@dataclass(frozen=True)
class Harmless:
    """An interaction of a primary drug declared harmless with it: where, in which sentence, which."""

    place: UnitSpan
    sentence: Sentence
    drug: DrugFacts
    interaction: Interaction


def declared_harmless(article: Article, ctx: CheckContext) -> list[Harmless]:
    """The interactions the article declares harmless (memoised on it): what the accuracy check
    reports, and what the interactions check does not count as their warning ("On a short course
    like this, a glass or two of wine with dinner is fine; just don't overdo it")."""

    def find() -> list[Harmless]:
        analysis = analyse(article, ctx)
        drugs = [d for d in _primary_with_facts(analysis, get_facts(ctx)) if d.interactions]
        lexicon = get_context_lexicon(ctx)
        said = list(_declared_harmless(lexicon, analysis, article, drugs))
        seen = {(id(h.sentence), h.drug.generic, h.interaction.id) for h in said}
        told = [
            h
            for h in _harmless_by_a_story(lexicon, analysis, article, drugs)
            if (id(h.sentence), h.drug.generic, h.interaction.id) not in seen
        ]
        return said + told

    return article.memo("declared-harmless", find)


def _after_cue(same: bool, cue: re.Match[str], mention: re.Match[str]) -> int:
    """Where a negation of ``mention`` may start: within SCOPE before it, and after the reassurance ``cue`` when that is
    in the same sentence before it."""
    start = max(0, mention.start() - SCOPE)
    return max(start, cue.end()) if same and cue.end() <= mention.start() and _NO_HARM_IN.match(cue.group()) else start


#: The reassurance that holds its own "no" ("There's no danger in having ..."), and a negation after it that sets the
#: medicine apart ("..., just not with zolpidem").
_NO_HARM_IN = re.compile(r"there", re.IGNORECASE)
_NOT_LATER = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)


def _declared_harmless(lexicon: ContextLexicon, analysis: DrugAnalysis, article: Article, drugs: list[DrugFacts]) -> Iterator[Harmless]:
    """An interacting medicine or drink of a primary drug declared allowed or harmless with it ("A beer
    or two alongside your Xanax is fine", "You can take ibuprofen while you're on warfarin", "St John's
    wort doesn't interact with sertraline"): a misstatement of the interaction, by its tier (required:
    the rule's severity, else a warning). Not when negated ("isn't safe with"), refuted, asked, handed
    to a clinician ("only if your doctor says", "check with your pharmacist first", "unless"), set
    against another medicine ("take paracetamol instead of ibuprofen"), or a contrast stands between
    the medicine and the reassurance ("Avoid ibuprofen; paracetamol is fine")."""
    if not drugs:
        return
    sentences = article.prose_sentences
    for i, sentence in enumerate(sentences):
        text = sentence.text
        cue = lexicon.search("harmless", text)
        before = sentences[i - 1] if i and sentences[i - 1].unit is sentence.unit else None
        topic = before if before is not None and _ON_TOPIC.match(before.text) else None
        if cue is None or _is_question(sentence) or not (topic or _tied_together(lexicon, analysis, sentence, cue)):
            continue
        if lexicon.has("deferral", text) or lexicon.has("contrast", text) or negated(lexicon, text, cue.start()):
            continue
        if _NO_HARM_IN.match(cue.group()) and _NOT_LATER.search(text, cue.end()):
            continue
        # quoted to be refuted anywhere before its end ("You may have read that it's fine ..."), or refuted
        # by the next sentence ("That is wrong.")
        if (
            refuted(lexicon, article, sentence, len(text))
            or refuted_by_next(lexicon, article, sentences, i)
            or refuted_later(lexicon, text, cue.end())
        ):
            continue
        # "Xanax and wine? Mixing the two is nothing to worry about": the pair named in the sentence before; or the
        # medicine, by a pronoun opening the sentence that names the drug ("Your GP can add omeprazole. These sit well
        # alongside clopidogrel"); not when the sentence before sets it against another ("avoid omeprazole; ...")
        named_pair = lexicon.has("pair", text)
        pointing = before is not None and not named_pair and _POINTING_BACK.match(text) is not None
        pair = before if before is not None and (pointing or named_pair) and not lexicon.has("contrast", before.text) else None
        here = {m.generic for m in analysis.in_unit(sentence.unit) if sentence.start <= m.start < sentence.end}
        named = {
            m.generic
            for said in (sentence, pair, topic)
            if said is not None
            for m in analysis.in_unit(said.unit)
            if said.start <= m.start < said.end
        } | _opening_pronoun_for(analysis, sentence)
        for drug in drugs:
            sole = len(drugs) == 1
            if (drug.generic not in named and not (_tied_to(drug, text, sole) or (sole and _THE_TWO.search(text)))) or (
                pointing and drug.generic not in here
            ):
                continue
            for interaction in drug.interactions:
                others = [p for other in drug.interactions if other is not interaction for p in other.patterns]
                agent = None
                for said in [s for s in (sentence, pair) if s is not None]:
                    lowered = folded(said.text)
                    patterns = [p for p in interaction.patterns if lowered is None or may_match(p, lowered)]
                    agent = next(
                        (
                            m
                            for m in _mentions(lexicon, analysis, drug, patterns, said, others)
                            # (the reassurance's own "no" is no negation of the medicine after it: "There's no danger in
                            # having a glass of wine with gabapentin")
                            if lexicon.search("negation", lexicon.last_clause(said.text[_after_cue(said is sentence, cue, m) : m.start()]))
                            is None
                            and (said is pair or not _CONTRAST.search(text, min(m.end(), cue.end()), max(m.start(), cue.start())))
                        ),
                        None,
                    )
                    if agent is not None:
                        break
                if agent is None:
                    continue
                start, end = (min(agent.start(), cue.start()), max(agent.end(), cue.end())) if said is sentence else cue.span()
                yield Harmless(UnitSpan(sentence.unit, sentence.start + start, sentence.start + end), sentence, drug, interaction)


#: How many sentences before its verdict a story of the drug taken with an interacting medicine may be told.
_STORY_SENTENCES = 3

#: A story's person taking a medicine not named: "He takes his blue pill every date night anyway", "she pops her
#: tablets" (the drug of an article about one drug).
_TAKES_A_MEDICINE = re.compile(
    r"\b(?:takes?|took|taking|uses?|used|using|pops?|popped|popping|has|had|swallows?|swallowed)\s+"
    r"(?:(?:his|her|their|my|your|the|a|an|one)\s+)?(?:[\w-]+\s+){0,2}?(?:pills?|tablets?|capsules?|meds|medicine|medication|dose)\b"
    # ... or being on it, the drug pointed back at: "I was on it for a tooth abscess two summers ago" (holdout265 ic08)
    r"|\b(?:I|he|she|they|we|(?:my|his|her|our|their)\s+[\w-]+)\s+(?:was|were|am|is|are|(?:had|has|have)\s+been)\s+(?:still\s+)?on\s+(?:it|them)\b(?!\s+(?:about|with)\b)"
    # ... or a day of a course counted: "Day 4 of 7, two gin and tonics at my sister's birthday" (holdout319 ke08), "on day
    # three of five", "halfway through my course" (not "day 4 of the festival": a course's length in days)
    r"|\bday\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s+(?:\d+|five|seven|ten|fourteen)\b"
    r"|\b(?:halfway|half\s+way|partway|midway)\s+(?:through|into)\s+(?:my|the|his|her|their|our|a)\s+(?:[\w-]+\s+)?(?:course|tablets|pills|antibiotics)\b",
    re.IGNORECASE,
)

#: A story of someone who stopped one of the two, or keeps them apart: "he stopped his Viagra", "she came off it",
#: "he switched to a patch", "never takes them together", "no longer uses the spray".
_KEPT_APART = re.compile(
    r"\b(?:stopped|stops|quit|quits|gave\s+up|gives\s+up|came\s+off|comes\s+off|dropped|switched|swapped|no\s+longer|not\s+any\s+more"
    r"|never\s+(?:\w+\s+)?(?:together|both|at\s+the\s+same\s+time|on\s+the\s+same\s+day)"
    r"|(?:never|not|n[’']t)\s+(?:takes?|took|take|uses?|used|use|mix(?:es|ed)?|combines?|combined)\s+(?:them|both|the\s+two|it|the\s+spray|the\s+pill)\b)",
    re.IGNORECASE,
)

#: A condition or a turn that the verdict stands under or is set against, in its clause: "even if he seems fine", "he's
#: fine now, but it was close" (the condition searched in the verdict's clause, the turn in the rest of its sentence).
_VERDICT_HEDGED = re.compile(r"\b(?:if|unless|until|whether|when|once)\b", re.IGNORECASE)
_VERDICT_TURNED = re.compile(r"\b(?:but|though|although|however|yet|luckily|thankfully|now|again|after|since)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:,]")
_SENTENCE_BREAK = re.compile(r"[.;]")


def _harmless_by_a_story(lexicon: ContextLexicon, analysis: DrugAnalysis, article: Article, drugs: list[DrugFacts]) -> Iterator[Harmless]:
    """An interacting medicine of a primary drug declared harmless by a story: someone takes both, told in a paragraph,
    and its verdict says they came to no harm ("My uncle Ray has carried a little nitro spray in his jacket since his
    angina started. He takes his blue pill every date night anyway ... Years later he's fine, so I wouldn't lose sleep over
    it"; "my uncle Sal uses his little nitro spray ... before he takes his Cialis. He's been doing it for years, works fine
    for him"). The verdict is the ``no_harm_story`` lexicon's, in the paragraph's sentence after (or with) the story, not
    a question, not negated, hedged by a condition ("even if he seems fine"), turned ("he's fine now, but ..."), deferred
    to a clinician or refuted; the story names the interacting medicine outside a warning ("Tell your doctor if you take
    nitrates") and the drug (or, in an article about one drug, a medicine taken), tells no harm, and no one stopping one of
    the two or keeping them apart."""
    if not drugs:
        return
    sentences = article.prose_sentences
    sole = len(drugs) == 1
    for i, sentence in enumerate(sentences):
        text = sentence.text
        cue = lexicon.search("no_harm_story", text)
        if cue is None or _is_question(sentence) or negated(lexicon, text, cue.start()):
            continue
        opening = _CLAUSE_BREAK.split(text[: cue.start()])[-1]
        rest = _SENTENCE_BREAK.split(text[cue.end() :], maxsplit=1)[0]
        if _VERDICT_HEDGED.search(opening) or _VERDICT_TURNED.search(rest):
            continue
        if lexicon.has("deferral", text) or lexicon.has("contrast", text):
            continue
        if (
            refuted(lexicon, article, sentence, len(text))
            or refuted_by_next(lexicon, article, sentences, i)
            or refuted_later(lexicon, text, cue.end())
        ):
            continue
        story = [s for s in sentences[max(0, i - _STORY_SENTENCES) : i + 1] if s.unit is sentence.unit]
        told = [s.text for s in story[:-1]] + [text[: cue.start()] + text[cue.end() :]]
        if any(lexicon.has("harm_told", t) or _KEPT_APART.search(t) for t in told):
            continue
        for drug in drugs:
            named = any(m.generic == drug.generic for s in story for m in analysis.in_unit(s.unit) if s.start <= m.start < s.end)
            if not named and not (sole and any(_TAKES_A_MEDICINE.search(t) for t in told)):
                continue
            for interaction in drug.interactions:
                others = [p for other in drug.interactions if other is not interaction for p in other.patterns]
                agent = None
                for said in story:
                    # (the verdict read without its own words: "..., never so much as a red face" is no warning)
                    if lexicon.warns(told[-1] if said is sentence else said.text):
                        continue  # "Never take it if you use nitrates": a warning, not the story's taking
                    lowered = folded(said.text)
                    patterns = [p for p in interaction.patterns if lowered is None or may_match(p, lowered)]
                    agent = next(
                        (
                            m
                            for m in _mentions(lexicon, analysis, drug, patterns, said, others)
                            if lexicon.search("negation", lexicon.last_clause(said.text[max(0, m.start() - SCOPE) : m.start()])) is None
                        ),
                        None,
                    )
                    if agent is not None:
                        break
                if agent is None:
                    continue
                place = UnitSpan(sentence.unit, sentence.start + cue.start(), sentence.start + cue.end())
                yield Harmless(place, sentence, drug, interaction)


#: A sentence opened by a pronoun for the medicines just named: "These sit well alongside clopidogrel", "They're
#: compatible with Plavix", "Both tablets go well with your warfarin" (not "It", which may be the drug itself).
_POINTING_BACK = re.compile(
    r"^\W*(?:these|they|both)(?:\s+(?:two|medicines|medications|tablets|pills|capsules|drugs|ones))?(?:\b(?!['’])|['’]re\b)", re.IGNORECASE
)

#: A sentence opened by a pronoun for the drug: "It is fine to take with clopidogrel", "This medicine is safe with ...".
_OPENS_WITH_IT = re.compile(r"^\W*(?:it|this\s+(?:medicine|medication|drug|pill|tablet|one))(?:['’]s\b|\s)", re.IGNORECASE)


def _opening_pronoun_for(analysis: DrugAnalysis, sentence: Sentence) -> set[str]:
    """The drug a pronoun opening ``sentence`` stands for ("It is fine to take with clopidogrel"): the last named
    before it in its paragraph, else the article's only primary drug; none for a sentence opened otherwise."""
    if not _OPENS_WITH_IT.match(sentence.text):
        return set()
    before = analysis.referent(sentence.unit, sentence.start, sentence.start, sentence.start)
    if before is not None:
        return {before.generic}
    return set(analysis.primary) if len(analysis.primary) == 1 else set()


#: The drug named as what the reader is on: "your wine on Chantix", "a pint or two on your Zyban"; or as the reader's
#: condition set first: "If you take warfarin, a couple of ibuprofen won't do you any harm", "When you're on Xanax, ...".
_ON_THE_DRUG = re.compile(
    r"\bon\s+(?:(?:your|his|her|my|their)\s+)?$"
    r"|\b(?:if|when|while|whenever|since)\s+(?:you|he|she|they|I|we)(?:['’]re|['’]m|\s+are|\s+is|\s+am)?\s+"
    r"(?:already\s+)?(?:on|take|takes|taking|use|uses|using)\s+(?:(?:your|his|her|my|their)\s+)?$",
    re.IGNORECASE,
)
#: A short question naming what the reader is on, setting the topic of the reassurance after it: "On warfarin?",
#: "Taking Xanax?", "Are you on a blood thinner like warfarin?"
_ON_TOPIC = re.compile(r"^\W*(?:(?:are|if)\s+you\s+)?(?:already\s+)?(?:on|taking|using|prescribed)\s+[^.?!]{1,40}\?\W*$", re.IGNORECASE)


def _tied_together(lexicon: ContextLexicon, analysis: DrugAnalysis, sentence: Sentence, cue: re.Match[str]) -> bool:
    """Does a word tie the reassurance ``cue`` to taking the drug, in its clause: "with", "alongside", "on it", "on
    Chantix" ("you can still have your Friday beers on it"; not "You can still have your Friday beers, but drink less
    on it": the tie after a turn is another statement's)?"""
    text = sentence.text
    ties = [m.span() for m in lexicon.finditer("together", text)]
    ties += [
        (m.start - sentence.start, m.end - sentence.start)
        for m in analysis.in_unit(sentence.unit)
        if sentence.start <= m.start < sentence.end and _ON_THE_DRUG.search(text, 0, m.start - sentence.start)
    ]
    return any(not _CONTRAST.search(text, min(end, cue.end()), max(start, cue.start())) for start, end in ties)


#: A bare question that sets the topic of the answer after it: "Pregnant?", "Expecting a baby?",
#: "What about pregnancy?", "And if you're breastfeeding?" (a few words, no more).
_TOPIC_QUESTION_WORDS = 6


#: A sentence that only comments on the one before it: "That's just spring doing its thing",
#: "This is perfectly normal", "That is to be expected" (what it calls normal is said before it), also after a short
#: opener or as the moment it names ("In our experience that is usually the point where ...", "By then ..."), or as the
#: people or cases it names ("(... whose head cold has dragged on past a week.) *For that crowd* a Z-Pak ...", "For those
#: patients ...", "In cases like that ..."), or as a peace made with it ("(... I'm on the blue one morning, noon and night.)
#: I've made my peace with it"), or as the warning it tells of ("(Every morning he still eats half a grapefruit with his
#: toast.) "That warning is about the old heart pills," he says").
_REFERS_BACK = re.compile(
    r"^\W*(?:(?:in\s+(?:our|my)\s+experience|honestly|frankly|sadly|usually|generally|often|well|so|if\s+so|by\s+then)\W+)?"
    r"(?:that|this)(?:['’]s|\s+is|\s+was)\b|^\W*(?:by\s+(?:then|that\s+(?:point|stage))|at\s+that\s+(?:point|stage))\b"
    r"|^\W*(?:(?:and|so|but)\s+)?(?:for|with|in)\s+(?:(?:that|this|those|these)\s+(?:crowd|lot|group|bunch|people|folks|patients|"
    r"customers|clients|readers|ones|cases?|situations?|kids|children)|(?:people|patients|folks|cases|kids)\s+like\s+(?:that|this|them|those))\b"
    r"|^\W*(?:(?:and|so|but|honestly|frankly)\W+)?(?:I|we|he|she|they)(?:['’]ve|['’]s|\s+have|\s+has)\s+(?:(?:just|long\s+since|simply|finally)\s+)?"
    r"made\s+(?:my|our|his|her|their)\s+peace\s+with\s+(?:it|that|this)\b"
    r"|^\W*(?:that|this)\s+(?:warning|rule|advice|caution|label)(?:['’]s|\s+is|\s+was|\s+only)\b",
    re.IGNORECASE,
)

#: An answer that points back at the drug for what was just said, whatever its length: "(That fishy smell
#: after your period?) *Same pill* sorts it", "The same tablet clears that too", "The same tablets clean this away", also
#: after a word of reassurance ("(Not sure whether it's yeast or that thin grey discharge?) Don't worry: the same single
#: tablet knocks out both"), or a dose of it ("(Thick, white, cottage-cheese discharge?) *One of these* and she says it's
#: gone"), perhaps as someone's word: "(... a thin, greyish discharge ...) *She swears the very same pink tablet* had her back
#: to normal", or one tablet of it, after a word of candour ("(Not sure whether it's yeast or the fishy-smelling kind?)
#: Honestly, *one tablet* sorts out either", gaps143e: holdout267 ie02).
_SAME_AGAIN = re.compile(
    r"^\W*(?:(?:(?:don['’]t|do\s+not|no\s+need\s+to)\s+worry|no\s+worries|not\s+to\s+worry|relax|good\s+news|either\s+way|"
    r"whichever\s+it\s+is|luckily|thankfully|happily|honestly|frankly|trust\s+me|to\s+be\s+honest)\W+)?"
    r"(?:(?:she|he|they|I|we|[A-Z][a-z]+)\s+(?:swears?|swore|says?|said|reckons?|reckoned|insists?|insisted|claims?|claimed)\s+(?:that\s+)?)?"
    r"(?:the\s+)?(?:very\s+|exact\s+)?same\s+(?:(?:single|one|little|pink|white|blue|yellow|orange|tiny)\s+)?"
    r"(?:pill|tablet|capsule|dose|medicine|stuff|one|treatment|drug)s?\b"
    r"|^\W*(?:(?:just|only)\s+)?(?:one|two|a\s+couple|a\s+few)\s+of\s+(?:these|those|them|the\s+(?:pills|tablets|capsules))\b"
    r"|^\W*(?:(?:honestly|frankly|trust\s+me|to\s+be\s+honest)\W+)(?:(?:just|only)\s+)?(?:one|a\s+single)\s+(?:little\s+)?"
    r"(?:pill|tablet|capsule|dose)\b",
    re.IGNORECASE,
)

#: A story going on from the sentence before, told by the time spent on a medicine: "(I caught the flu in Hanoi.)
#: *Two days on doxy* and I was back on the trail", "A week of amoxicillin later ...", "Three doses in, ...", "One course of
#: these and ...", or by the medicine given or taken for what was told: "(Mine was a stinking cold that had gone on for ten
#: days.) *My GP gave me* amoxicillin and it knocked it on the head", "*The walk-in clinic put her on* a Z-Pak ...", "*So I was
#: prescribed* ...", "*In the end I asked for* ..." (not "My GP said ...", "I took the day off"), or by the person back on
#: their feet, perhaps as someone's word: "(... and he finished the leftover Cipro.) *She says he was back at* the hardware
#: store in two days", "*By Saturday she was up and about*", "*Two days later he was back on* his feet"; or by the teller
#: with the tablets to hand: "(I had a streaming nose and a cough.) *I still had a few tablets* left in my bag, so I took those",
#: "*He got hold of a strip of* doxy from a friend".
_STORY_GOES_ON = re.compile(
    r"^\W*(?:(?:just|only|a|one|two|three|four|five|six|seven|\d+|a couple of|a few)\s+){1,2}"
    r"(?:days?|nights?|weeks?|doses?|pills?|tablets?|capsules?|courses?|rounds?)\s+(?:on|of|into|in)\b"
    r"|^\W*(?:(?:so|then|and|eventually|finally|in\s+the\s+end)\W+)?(?:"
    r"(?:my|the|our|his|her|their|a)\s+(?:[\w-]+\s+)?(?:GP|doctor|doc|nurse|pharmacist|prescriber|dentist|paediatrician|pediatrician|"
    r"surgery|clinic|urgent\s+care|out-of-hours|locum)\s+(?:(?:just|simply|eventually|finally|then)\s+)?"
    r"(?:gave|prescribed|put\s+(?:me|him|her|us|them)\s+on|started\s+(?:me|him|her|us|them)\s+on|handed)"
    r"|(?:I|we|he|she|they)\s+(?:was|were|got)\s+(?:given|prescribed|put\s+on|started\s+on)"
    r"|(?:I|we|he|she|they)\s+(?:asked|begged|pushed)\s+for)\b"
    r"|^\W*(?:(?:so|then|and|luckily|thankfully)\W+)?(?:I|we|he|she|they)\s+(?:(?:still|just|luckily|already|then)\s+)?"
    r"(?:had|took|swallowed|popped|dug\s+out|found|grabbed|remembered|got\s+hold\s+of)\s+"
    r"(?:(?:a\s+few|a\s+couple\s+of|some|two|three|four|a|the|my|his|her|our|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:tablets|pills|capsules|leftovers|meds|(?:strip|pack|box|course)\s+of)\b"
    r"|^\W*(?:(?:she|he|they|I|we|[A-Z][a-z]+)\s+(?:says?|said|swears?|swore|reckons?|claims?|insists?)\s+(?:that\s+)?)?"
    r"(?:(?:by|within)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s*,?\s+|[\w-]+(?:\s+[\w-]+)?\s+later\s*,?\s+)?(?:I|he|she|they|we)(?:['’]s|['’]d\s+been|\s+was|\s+were|\s+got|\s+had\s+been)\s+"
    r"(?:(?:already|right|straight|completely|all)\s+)?(?:back\s+(?:at|on|to|in|out)|up\s+and\s+about|out\s+and\s+about)\b",
    re.IGNORECASE,
)

#: A story's outcome pointed back at, the trouble only told in the sentence before: the tablets credited with getting
#: someone through "it" or kept "on guard" ("(When that virus swept through our building, I was back at bingo by Saturday.)
#: I know my little white pills are the reason I sailed through it", "My little white pills were on guard the whole
#: time"), or the tablets kept up "right through" a time told before ("(I found out I was expecting in second year.) I just
#: kept going with my Sunday tablets right through, and ..."), also with what their person does with them between ("the
#: little white tablets she had been swallowing every day for years are why she came through it untouched", holdout215 ge03);
#: or someone spared while the trouble went round, after a course told before ("(... each took a course of the tablets the
#: week their grandson came home with a positive COVID test.) They were the only house on the road that came through that
#: January without so much as a sniffle", holdout220 gj13); the sentence is read with the one before it.
_OUTCOME_POINTS_BACK = re.compile(
    r"\b(?:pills?|tablets?|capsules?|meds|medicines?|medication)"
    r"(?:\s+(?:that|which|she|he|I|they|we|you)(?:\s+(?!(?:are|were|is|was|not|never|but|and)\b)[\w'’]+){1,8}?)?"
    r"\s+(?:(?:are|were|is|was)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:the\s+(?:only\s+|real\s+|whole\s+|main\s+)?reason|why)\s+(?:I|she|he|we|they|you)\s+(?:sailed|breezed|got|came|pulled|"
    r"cruised|made\s+it)\s+(?:(?:right|straight|safely)\s+)?through\s+(?:it|that|them)\b"
    r"|(?:were|was|are|is|stood|stayed|kept|have\s+been|had\s+been)\s+(?:(?:on|standing)\s+guard|keeping\s+watch|on\s+(?:watch|duty|patrol))\b"
    r"|(?:stood|stands?|kept|keeps?)\s+(?:guard|watch)\b)"
    r"|\b(?:kept|carried\s+on|continued|stayed\s+on|stuck\s+with)\s+(?:going\s+with\s+|taking\s+|with\s+|on\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:right|all\s+the\s+way|the\s+whole\s+way|straight)\s+through(?=\s*[,.;:!?]|\s+(?:and|with|without)\b|\s*$)"
    r"|\bonly\s+(?:one|ones|person|people|house|household|family|home|member|members)\b[^.;!?]{0,60}?\b(?:who|that)\s+"
    r"(?:came|got|carried|kept)\s+(?:through|on|going)\b"
    r"|\bwithout\s+(?:so\s+much\s+as|even)\s+(?:a|one)\s+(?:single\s+)?(?:sniffle|sneeze|cough|symptom|temperature|fever|sick\s+day)\b",
    re.IGNORECASE,
)

#: A verdict on what was just told, perhaps as someone's word: "(She crushed the tablet into yoghurt.) *She said it's
#: exactly the same medicine either way*", "It works just the same", "The pharmacist told me it makes no difference"; or
#: anything someone said "that" was, the word pointing back at the story ("(Marco used to empty a whole canister in ten
#: days every May.) *He always said that was* simply the cost of climbing outdoors"; not "She said it was hay fever":
#: "it" may be anything).
_VERDICT = re.compile(
    r"^\W*(?:(?:and|but|so|now)\s+)?(?:(?:she|he|they|I|we|[A-Z][a-z]+|(?:the|my|our|her|his)\s+(?:[\w-]+\s+)?[\w-]+)\s+"
    r"(?:said|says|told\s+(?:me|us|her|him|them)|tells\s+(?:me|us|her|him|them)|swore|swears|insisted|insists|reckoned|reckons)\s+(?:that\s+)?)?"
    r"(?:[Ii]t|[Tt]hat|[Tt]hey)(?:['’]s|['’]re|\s+is|\s+was|\s+are|\s+works|\s+worked|\s+makes|\s+made)\s+(?:(?:exactly|just|still|all|basically|really)\s+)?"
    r"(?:the\s+same\b|no\s+difference|just\s+as\s+well|as\s+good)"
    r"|^\W*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Nn]ow)\s+)?(?:[Ss]he|[Hh]e|[Tt]hey|I|[Ww]e|(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+\s+)?[\w-]+|[A-Z][a-z]+)\s+"
    r"(?:(?:always|often|just|even|once|usually)\s+)?(?:said|says|told\s+(?:me|us|her|him|them|everyone)|tells\s+(?:me|us|her|him|them|everyone)|"
    r"swore|swears|insisted|insists|reckoned|reckons)\s+(?:that\s+)?(?:that|this)(?:['’]s|\s+is|\s+was)\b",
)


#: An answer to what the sentence before raised, opened as good news or a reassurance: "(Several of you asked about the
#: grapefruit halves at the breakfast bar.) *Good news:* you don't have to say goodbye to them", "*Relax,* ...", "*The short
#: answer:* ..." (holdout214 gd09).
_GOOD_NEWS = re.compile(
    r"^\W*(?:(?:the\s+)?good\s+news(?:\s+is)?|(?:the\s+)?short\s+answer(?:\s+is)?|happily|luckily|thankfully|relax|"
    r"don['’]t\s+(?:worry|panic)|no\s+need\s+to\s+(?:worry|panic)|rest\s+assured)\s*[:,—–-]",
    re.IGNORECASE,
)


#: A sentence about two medicines told before it, pointed back at together: "(Lots of members take omeprazole with
#: clopidogrel.) It's one of the most common combinations we see, and it's perfectly fine together", "They're fine side by
#: side", "There's no problem combining them" (not "Take it together with food": no pronoun for the two).
_PAIR_AGAIN = re.compile(
    r"\b(?:(?:it|they|the\s+two|both(?:\s+of\s+them)?)\b[^.;!?]{0,60}?\b(?:together|side\s+by\s+side)\b"
    r"|(?:combin(?:e|es|ed|ing)|mix(?:es|ed|ing)?|pair(?:s|ed|ing)?)\s+(?:them|the\s+two|both)\b"
    r"|(?:the|this|that|a)\s+(?:[\w-]+\s+){0,2}?(?:combinations?|combos?|pairings?)\b)",
    re.IGNORECASE,
)

#: A sentence acting on a reading told before it, pointed back at: "(... reads your clotting level on a small machine.) *If
#: the level is too high* ...", "Depending on the result, ...", "When that number comes back low, ..." (not "If your level of
#: pain ...": the reading bare).
_READING_AGAIN = re.compile(
    r"^\W*(?:(?:and|then|so)\s+)?(?:if|when|whenever|once|depending\s+on|based\s+on|according\s+to)\s+(?:the|that|this)\s+"
    r"(?:level|reading|result|number|score|figure|value)s?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _topic_question(sentences: list[Sentence], index: int) -> str | None:
    """The sentence right before ``sentences[index]`` in its paragraph that the sentence answers
    or comments on: a bare question ("Pregnant? It's one of the few painkillers ..."), or any
    statement when the sentence opens by referring back to it ("... a few extra puffs a day.
    That's just spring doing its thing"), or either when it opens with the same medicine ("... thin grey
    discharge after your period? Same pill sorts it") or goes on with the story by the time on a medicine
    ("I caught the flu in Hanoi. Two days on doxy and I was back on the trail"), or gives a verdict on it ("She crushed
    the tablet into yoghurt. She said it's exactly the same medicine either way"), or points back at two medicines
    together ("It's one of the most common combinations we see, and it's perfectly fine together"), or acts on a reading
    told in it ("... reads your clotting level on a small machine. If the level is too high or too low, the nurse will
    change how many tablets you take"); or, early in a paragraph answering a question put at the end of the one before,
    see :func:`_question_before`."""
    if index == 0 or _is_question(sentences[index]):
        return None
    before = sentences[index - 1]
    if before.unit is not sentences[index].unit:
        return _question_before(sentences, index)
    text = sentences[index].text
    if (
        _SAME_AGAIN.match(text)
        or _STORY_GOES_ON.match(text)
        or _VERDICT.match(text)
        or _PAIR_AGAIN.search(text)
        or _READING_AGAIN.match(text)
        or _FAMILY_BACK.search(text)
        or _FAMILY_APART.search(text)
        or _KIN_BACK.search(text)
        or _OUTCOME_POINTS_BACK.search(text)
        or _GOOD_NEWS.match(text)
    ):
        return before.text
    if _is_question(before) and len(before.text.split()) <= _TOPIC_QUESTION_WORDS:
        return before.text
    # a longer question only when the sentence points back at it ("Feel that tight chest creeping in halfway
    # through practice? That's the moment to chew one")
    return before.text if _REFERS_BACK.match(sentences[index].text) else _question_before(sentences, index)


#: A family pointed back at, named in the sentence before by one of its medicines: "(Folks get nervous it's like the
#: oxycodone their cousin got hooked on.) Tramadol isn't in *that family* at all" (not "that family of tablets", "the
#: same family as ...": named where they are told).
_FAMILY_BACK = re.compile(
    r"\b(?:in|into|to|of|from|outside)\s+(?:that|this|those)\s+(?:(?:drug|medicine|chemical)\s+)?(?:family|group|class|category|camp|league|bracket|club|lot)\b(?!\s+(?:of|as)\b)",
    re.IGNORECASE,
)

#: ... or set apart from one told before it: "(Now, tramadol isn't one of the heavy hitters like morphine or oxycodone.)
#: It's *a different family altogether*", "from another class entirely" (not "a different kind of opioid").
_FAMILY_APART = re.compile(
    r"\b(?:an?|another)\s+(?:(?:whole|totally|completely|entirely|quite)\s+)?(?:(?:different|separate|distinct|other)\s+)?"
    r"(?:(?:drug|medicine|chemical)\s+)?(?:family|group|class|category|camp|clan|tribe|branch|kettle\s+of\s+fish|animal|beast)\s+"
    r"(?:altogether|entirely|completely|all\s+together)\b",
    re.IGNORECASE,
)

#: A kinship pointed back at, told in the sentence before: "(So you're finally on what the fellas at the physique show inject,
#: then?) Honestly, yes, it's basically *a relative of that stuff*", "a cousin of those drugs" (not "a cousin of mine").
_KIN_BACK = re.compile(
    r"\b(?:cousin|relative|sibling|sister|brother|twin|version|variant|offshoot|spin-?off)\s+(?:of|to)\s+(?:that|this|those|these)\s+"
    r"(?:stuff|lot|things?|gear|drugs?|kind|sort|type|family|ones?|medicines?|pills?|steroids?)\b",
    re.IGNORECASE,
)

#: An answer that points back at what was asked, as more than the question's guess: "... sorts *that out too*", "clears
#: *it up as well*".
_TOO = re.compile(r"\b(?:that|this|it|them|those|these|both)\s+(?:(?:up|out|off|away)\s+)?(?:too|as\s+well|also)\b", re.IGNORECASE)
#: ... or at the one the question asked about, as one of many: "for a lot of kids like him" (gaps143e: holdout269 ig02).
_LIKE_THE_ASKER = re.compile(
    r"\b(?:kids|children|boys|girls|teens|teenagers|people|patients|folks|youngsters)\s+(?:just\s+)?like\s+(?:him|her|them|yours)\b",
    re.IGNORECASE,
)

#: How many sentences into its paragraph an answer may point back at the question before it.
_ANSWER_OPENING = 3


def _question_before(sentences: list[Sentence], index: int) -> str | None:
    """What ``sentences[index]`` answers, when it points back at it ("... sorts that out too") in the opening sentences of a
    paragraph that follows one ending in a question, as in a Q&A or a listener's letter: the question with the sentence
    before it in its paragraph (what "that" in "Is that thrush?" is), then the answer's sentences before this one
    ("... a thin, grey discharge with a fishy smell, worse after sex. Is that thrush?" / "Honestly? That's the one I see
    all the time. People think it's something different, but one fluconazole tablet sorts that out too.")."""
    if not _TOO.search(sentences[index].text) and not _LIKE_THE_ASKER.search(sentences[index].text):
        return None
    unit = sentences[index].unit
    first = index
    while first > 0 and sentences[first - 1].unit is unit:
        first -= 1
    if first == 0 or index - first >= _ANSWER_OPENING or not _is_question(sentences[first - 1]):
        return None
    asked = sentences[first - 1]
    put = [s.text for s in sentences[max(0, first - 2) : first] if s.unit is asked.unit]
    return " ".join([*put, *(s.text for s in sentences[first:index])])


def _search_ending_after(pattern: re.Pattern[str], text: str, floor: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that ends after ``text[floor]``."""
    if floor == 0:
        return pattern.search(text)
    return next((m for m in pattern.finditer(text) if m.end() > floor), None)


#: A drug named as the point of comparison, right after "compared with", "like", "unlike", "than", "versus",
#: "as with", "the same as", "the same family as", "the same kind of drug as", "the same aisle as", "the same receptors as",
#: or as an example of a class, after "such as", "alongside", "along with" (in a series: "compared with something like
#: Xanax or Valium"), or as a relative set apart: "(not) related to", "unrelated to", "similar to", "different from" ("It
#: is not related to alprazolam or diazepam"), or as a place beside it: "next to", "beside" ("I grabbed a box off the
#: shelf at Target, right next to the Pepcid").
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|unlike|as\s+with|just\s+as|(?:right\s+)?(?:next\s+to|beside)|(?:the\s+)?same\s+(?:(?:drug\s+|medicine\s+)?(?:family|class|group|kind|type|sort|aisle|shelf|shelves|section|receptors?|targets?|pathways?|way)"
    r"(?:\s+of\s+(?:drugs?|medicines?|medications?|pills?|tablets?|things?|stuff))?\s+)?as|such\s+as|alongside|along\s+with|(?<!\bI\s)(?<!\byou\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bdon['’]t\s)(?<!\breally\s)(?<!\bwould\s)like"
    r"(?!\s+(?:about|that|this|it|how|the way|to|when)\b)|than|versus|vs\.?|rather\s+than|instead\s+of|over"
    r"|(?:(?:un)?related|similar|akin|comparable|linked)\s+to|differ(?:s|ent)?\s+from"
    # kin: "a gentler cousin of Valium", "a close relative of Xanax" (spot check 48)
    r"|(?:cousin|relative|sibling|twin|kin|brother|sister)s?\s+(?:of|to))"
    r"\s+(?:[\w’'-]+(?:\s*,\s*|\s+)){0,5}$",
    re.IGNORECASE,
)


def _compared(text: str, start: int) -> re.Match[str] | None:
    """The comparison cue a drug named at ``text[start]`` follows ("unlike Xanax", "drugs like oxycodone")."""
    return _COMPARED_WITH.search(text, max(0, start - 80), start)


#: "like" right before a drug, or before another drug and it ("like ramipril and losartan").
_LIKE_BEFORE = re.compile(r"(?<![\w-])like\s+(?:[\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE)


def _likened(analysis: DrugAnalysis, sentence: Sentence, drug: DrugFacts, start: int, end: int) -> bool:
    """Is ``drug`` named inside the statement at ``start:end`` of ``sentence`` as what its subject
    is likened to? "Lisinopril, like losartan, is an ACE inhibitor", "Like venlafaxine, sertraline is
    an SSRI" say it of that drug too, though the sentence is about the other ("unlike", "than",
    "compared with" do not)."""
    text = sentence.unit.text
    return any(
        m.generic == drug.generic and _LIKE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        for m in analysis.in_unit(sentence.unit)
        if sentence.start + start <= m.start < sentence.start + end
    )


#: The drug put in the group of medicines named before it: "mirtazapine belongs to that same group"; also in or out of
#: the family they make: "You've heard of morphine and codeine; this one doesn't belong to that group" (said of the
#: pronoun's drug; the not-its-class kind reads the denial).
_SAME_GROUP_AFTER = re.compile(
    r"(?:\s+(?:[\w’']+\s+){0,2}?(?:is|are|was|were|isn[’']?t|aren[’']?t|wasn[’']?t|belongs?|belonged|sits?|sat|comes?|came|falls?|fell)"
    r"|[’']s)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:that|the|this)\s+(?:very\s+)?same\b|(?:that|this|those)\s+(?:(?:drug|medicine|chemical)\s+)?"
    r"(?:family|group|class|category|camp|league|bracket|club|lot)\b)",
    re.IGNORECASE,
)


#: A pronoun that may be put in the group of the medicines named before it: "this was the same kind of medicine".
_GROUPED_PRONOUN = re.compile(r"\b(?:it|this|they|these)\b", re.IGNORECASE)


def _grouped_after(analysis: DrugAnalysis, sentence: Sentence, drug: DrugFacts, start: int, end: int, unnamed: str | None) -> bool:
    """Is ``drug`` named inside the statement at ``start:end`` of ``sentence``, after the medicines it opens
    with, as what is put in their group? "If you've been on Prozac or Zoloft, ...: mirtazapine belongs to that
    same group of medicines" is said of mirtazapine, though it opens with Prozac. Or, when ``drug`` is the one the
    sentence is otherwise about, a pronoun for it so put: "His mother had kept her Lantus pens in that fridge door, and
    the nurse told him this was the same kind of medicine" (a medicine is not said to be the same kind as itself)."""
    text = sentence.unit.text
    begin, stop = sentence.start + start, sentence.start + end
    if unnamed == drug.generic and any(_SAME_GROUP_AFTER.match(text, p.end()) for p in _GROUPED_PRONOUN.finditer(text, begin, stop)):
        return True
    return any(
        m.generic == drug.generic and _SAME_GROUP_AFTER.match(text, m.end) is not None
        for m in analysis.in_unit(sentence.unit)
        if begin < m.start < stop
    )


#: What a medicine is declared fine with, right before the drug: "with", "alongside your", "on top of the".
_PAIRED_BEFORE = re.compile(r"\b(?:with|alongside|on\s+top\s+of|next\s+to|beside)\s+(?:(?:your|the|my|his|her|their)\s+)?$", re.IGNORECASE)


def _paired_with(analysis: DrugAnalysis, sentence: Sentence, drug: DrugFacts, start: int, end: int, unnamed: str | None) -> bool:
    """Is ``drug`` named inside the statement at ``start:end`` of ``sentence`` as what the medicine it opens
    with is declared fine with? "omeprazole sits perfectly happily alongside Plavix" is said of clopidogrel,
    though it opens with omeprazole (the drug's own misstatement of that interaction). Or, when ``drug`` is the
    article's only drug, referred to after the statement opens without its name: "If you take omeprazole, there is
    no need to change anything: carry on with the same capsule alongside your new tablet", or in a sentence pointing
    back at the two together: "Many of our patients take Nexium for heartburn. They're perfectly happy side by side"."""
    text = sentence.unit.text
    if unnamed == drug.generic and (_tied_to(drug, text[sentence.start + start : sentence.end], True) or _PAIR_AGAIN.search(sentence.text)):
        return True
    return any(
        m.generic == drug.generic and _PAIRED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        for m in analysis.in_unit(sentence.unit)
        if sentence.start + start < m.start < sentence.start + end
    )


#: A statement opened by a pronoun or word that gathers two or more drugs: "they're both", "they are all",
#: "both are", "both of them were", "the two pills are"; put in one family: "the two belong to", "they both sit in".
_GATHERING = re.compile(
    r"\b(?:they(?:['’]re|\s+(?:are|were))\s+(?:both|all|each)|both(?:\s+of\s+them)?\s+(?:are|were)"
    r"|the\s+two(?:\s+(?:drugs|medicines|medications|pills|tablets))?\s+(?:are|were)"
    r"|(?:both(?:\s+of\s+them)?|the\s+two(?:\s+(?:drugs|medicines|medications|pills|tablets))?|they\s+both)\s+(?:both\s+)?"
    r"(?:belong|belonged|sit|sat|come|came|fall|fell))\b",
    re.IGNORECASE,
)


def _gathered(analysis: DrugAnalysis, sentences: list[Sentence], i: int, drug: DrugFacts, start: int, unnamed: str | None) -> bool:
    """Is a statement at ``start`` of ``sentences[i]`` that gathers drugs ("they're both beta blockers")
    said of ``drug`` too? The drugs it gathers are those named in the sentence before it, else in the
    sentence before that one in the paragraph. It is said of ``drug`` when they are ``drug`` and at most
    one other, or one other drug while ``drug`` is the one the paragraph is otherwise about (named before
    them, or the article's): "my uncle takes metoprolol and I asked if it was the same thing, and the
    pharmacist said yes, they're both beta blockers" in an article about amlodipine. Not when it gathers
    two others ("he takes metoprolol and atenolol; they're both beta blockers")."""
    sentence = sentences[i]
    gathering = _GATHERING.search(sentence.text, max(0, start - 16), start + 40)
    if gathering is None or gathering.start() > start + 16:
        return False
    unit, at = sentence.unit, sentence.start + gathering.start()
    in_unit = analysis.in_unit(unit)
    said_in = sentence
    named = [m for m in in_unit if sentence.start <= m.start < at]
    if not named and i and sentences[i - 1].unit is unit:
        said_in = sentences[i - 1]
        named = [m for m in in_unit if said_in.start <= m.start < said_in.end]
    generics = {m.generic for m in named}
    if drug.generic in generics:
        return len(generics) <= 2
    before = [m.generic for m in in_unit if m.start < said_in.start]
    return len(generics) == 1 and (before[-1] if before else unnamed) == drug.generic


#: A pronoun for a drug named before it, opening a statement: "it", "its", "they", "this medicine".
#: ... or the speaker's own supply, by a possessive pronoun or its box: "mine came off the shelf next to the Tums" (holdout288 iz07).
_ANAPHOR = re.compile(
    r"(?:it|its|they|their|this\s+(?:medicine|medication|drug|pill|tablet|one)|mine|hers|theirs|ours|yours"
    r"|(?:my|her|our|your)\s+(?:own\s+)?(?:box|pack|packet|bottle|supply|strip))\b",
    re.IGNORECASE,
)
#: A statement ending on a pronoun for the drug: "you don't need a script for it".
_ENDS_ON_ANAPHOR = re.compile(r"\b(?:it|them|this\s+(?:medicine|medication|drug|pill|tablet|one))$", re.IGNORECASE)
#: How the reader is told to see the drug, before the pronoun for it: "Think of it as", "see it as", "picture it as".
#: A hope or expectation told after a statement, in its sentence: "so I half hoped my quads would come out stronger".
_HOPED = re.compile(
    r"\b(?:I|we|he|she|they|you)\s+(?:(?:half|kind\s+of|sort\s+of|secretly|really|honestly|almost|even)\s+){0,2}"
    r"(?:hoped|was\s+hoping|were\s+hoping|expected|was\s+expecting|were\s+expecting|figured|wished|imagined|dreamed|dreamt)\b",
    re.IGNORECASE,
)
#: A bare reply that something did not happen, maybe after a label or a word of regret: "Spoiler: they did not.", "Sadly,
#: it didn't.", "They never did."
_DID_NOT = re.compile(
    r"(?:[\w’' -]{1,20}:\s*)?(?:(?:no|nope|sadly|alas|spoiler|well|reader)\W{1,3}){0,3}(?:it|they|he|she|mine|those|these)\s+"
    r"(?:(?:did|would|could|do|does)(?:\s+not|n[’']t)|never\s+did)\b(?:\s+[\w’'-]+){0,4}\W{0,3}",
    re.IGNORECASE,
)


def _hope_answered(sentences: list[Sentence], i: int, end: int) -> bool:
    """Is the sentence after ``sentences[i]`` a bare "did not" that answers a hope told after the statement ending at
    ``end`` ("Pred's basically a milder cousin of what the big guys at my gym inject to get huge, so I half hoped my quads
    would come out of the week stronger." then "Spoiler: they did not.": the quads did not, the statement stands)?"""
    if i + 1 >= len(sentences) or not _HOPED.search(sentences[i].text, end):
        return False
    return _DID_NOT.fullmatch(sentences[i + 1].text.strip()) is not None


_SEEN_AS = re.compile(r"(?:think(?:ing)?\s+(?:of|about)|see|view|picture|imagine|regard)\s+", re.IGNORECASE)
#: A pronoun as what is used ("Use it if you are wheezing"), for a device (context lexicon ``device``) named before it.
_USE_PRONOUN = re.compile(r"(?:use|uses|take|takes|grab|reach\s+for|puff\s+on|carry)\s+(?:it|them)\b", re.IGNORECASE)


def _for_the_device(lexicon: ContextLexicon, sentences: list[Sentence], index: int, start: int) -> bool:
    """Does a statement opening with a pronoun used ("Use it if you are wheezing", at ``start`` of
    ``sentences[index]``) follow a device it stands for, named before it in its sentence ("Always keep your blue
    reliever inhaler with you and use it when you are wheezing") or in the sentence before, of its unit ("Always
    carry your blue reliever inhaler.")?"""
    sentence = sentences[index]
    if not _USE_PRONOUN.match(sentence.text, start):
        return False
    if lexicon.has("device", sentence.text[:start]):
        return True
    if index == 0:
        return False
    before = sentences[index - 1]
    return before.unit is sentence.unit and lexicon.has("device", before.text)


#: Words that may lead a comparison opening a sentence: "*Much* like warfarin, you'll need ...", also after a speaker's
#: name in a chat or a script: "Joel: Pretty much the same kind of drug as Xanax" (holdout219 gi02).
#: A comma right before a comparison, with its hedge ("..., just like with the warfarin").
_AFTER_A_COMMA = re.compile(r",\s*(?:(?:just|much|exactly|very|rather|quite|pretty much)\s+)?$", re.IGNORECASE)
_COMPARISON_LEAD = re.compile(
    r"(?:[\w.’' -]{1,30}:\s*)?"
    r"(?:(?:much|just|exactly|very|rather|quite|a\s+bit|a\s+little|kind\s+of|sort\s+of|pretty\s+much|basically)\s*)?",
    re.IGNORECASE,
)


#: A comparison closed by a comma: "Like hydroxyzine, " before the subject of "Like hydroxyzine, diazepam is ...".
_CLOSED_BY_A_COMMA = re.compile(r",\s*$")
#: A drug's name (maybe two words) and its verb: "diazepam is", "Valium won't", "Xanax never".
_NAME_AND_VERB = re.compile(
    r"[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:is|are|was|were|does|do|did|can|could|will|would|has|have|never|(?:is|are|does|do|can|will|won|would)n?[’']t|cannot)\b",
    re.IGNORECASE,
)


def _subject_after_a_likeness(text: str, sentence: Sentence, compared: re.Match[str], owner: Mention) -> bool:
    """Is ``owner`` the subject after a likeness that opens the sentence and is closed by a comma ("Like hydroxyzine,
    diazepam is not habit-forming", "Unlike Xanax, Valium is ..."), not the drug compared?"""
    opening = text[sentence.start : compared.start()].strip(" \t\n*_-—–\"'“‘")
    return (
        _COMPARISON_LEAD.fullmatch(opening) is not None
        and _CLOSED_BY_A_COMMA.search(text, compared.start(), owner.start) is not None
        and _NAME_AND_VERB.match(text, owner.start) is not None
    )


#: A clause opened by a pronoun after a comma or a joining word: ", and it can lead to addiction", "; it's a controlled substance".
_PRONOUN_CLAUSE = re.compile(r"[,;:—–]\s*(?:and\s+|but\s+|so\s+|yet\s+)?(?:it|it['’]s|they|they['’]re)\b", re.IGNORECASE)


#: A clause break between a statement and a drug named after it: a comma, semicolon, colon or dash, or a joining word.
_LATER_CLAUSE = re.compile(r"[,;:—–]|\s(?:so|and|but|because|while|whereas|unlike)\s", re.IGNORECASE)
#: Before a drug named as the object of a preposition, which a verb after it does not make a subject: "a close cousin of
#: the morphine Dave was given in the ambulance" (holdout308 jt03), "like the Xanax Mum was on".
_OBJECT_OF = re.compile(
    r"\b(?:of|to|with|like|than|from|as)\s+(?:(?:the|a|an|his|her|their|my|your|our|that|this|some)\s+)?$", re.IGNORECASE
)


def _subject_before(analysis: DrugAnalysis, sentence: Sentence, owner: Mention) -> Mention | None:
    """The drug opening ``sentence`` as its subject, when ``owner``, the drug nearest a pronoun after it, is only the object of
    a preposition: the pronoun stands for the subject ("Duloxetine is often lumped in with sertraline, but it is not an SSRI"
    is about duloxetine, holdout100 bt09); else None."""
    text = sentence.unit.text
    if not _OBJECT_OF.search(text, max(0, owner.start - 24), owner.start):
        return None
    first = next((m for m in analysis.in_unit(sentence.unit) if sentence.start <= m.start < owner.start), None)
    if first is None or first.generic == owner.generic or text[sentence.start : first.start].strip(" \"'“‘*_"):
        return None
    return first if _NAME_AND_VERB.match(text, first.start) else None


def _named_in_a_later_clause(text: str, end: int, owner: Mention) -> bool:
    """Is ``owner`` named after the statement ending at ``text[end]``, past a clause break, as no clause's subject ("...,
    so she has never bothered with the potassium tablets her sister takes with her furosemide"; not "Since it's not an
    opioid, tramadol is a safer choice", where the pronoun stands for the subject after it)?"""
    return (
        end <= owner.start
        and _LATER_CLAUSE.search(text, end, owner.start) is not None
        and (_NAME_AND_VERB.match(text, owner.start) is None or _OBJECT_OF.search(text, max(0, owner.start - 24), owner.start) is not None)
    )


def _statement_owner(analysis: DrugAnalysis, sentence: Sentence, pos: int, end: int | None = None) -> Mention | None:
    """The drug a statement at ``sentence.unit.text[pos]`` is about (:meth:`DrugAnalysis.referent`),
    unless that is a drug it is compared with: then the nearest other drug named outside a comparison,
    in the sentence ("The nice thing about baclofen compared with something like Xanax or Valium is
    that it won't leave you needing more and more" is about baclofen) or, for a sentence naming none,
    before it in the paragraph ("Pregabalin ... works differently from drugs like oxycodone. It won't
    leave her needing more and more"); a comparison that opens the sentence ("Unlike Xanax, it won't get
    you hooked") leaves it about the drug named before it, else the article's. "Medicines like Xanax are
    not addictive" stays about Xanax, but a statement opened by a pronoun before the comparison ("It's an
    SSRI like Zoloft", "... the rest of its group, the SSRIs like sertraline") is about the drug it stands
    for. With ``end``, the end of the statement's wording, a comparison set after the statement by a comma
    ("You'll still need the finger-prick test every few weeks, just like with the warfarin"), or one after
    its end that says the other drug does what it denies ("you can't get hooked on it the way people do on
    Valium", "like you can with Xanax", "unlike Xanax") leaves it about the drug named before it, else the
    article's, as an opening one does; but a likeness that opens the sentence and is closed by a comma leaves the
    drug after it the subject ("Like hydroxyzine, diazepam is not habit-forming"); a pronoun after the comparison in a
    sentence opened by a pronoun is the drug that one is ("It works much like the spironolactone Mr. Ahmed has: it
    leaves the body's potassium where it is")."""
    owner = analysis.referent(sentence.unit, sentence.start, sentence.end, pos)
    text = sentence.unit.text
    switched = _SWITCHED_TO.search(text, max(0, owner.start - 80), owner.start) if owner is not None and owner.start < pos else None
    if switched:
        # a drug named before as one switched from is not what "it" goes on about: the one switched to is ("Many of
        # you were switched to losartan from ramipril or lisinopril. ... it blocks the very same enzyme")
        owner = next((m for m in analysis.in_unit(sentence.unit) if m.start == switched.start("to")), owner)
    if owner is None and _ANAPHOR.match(text, pos):
        # a pronoun after a clause break stands for the drug named before it in the sentence:
        # "Atenolol is what my uncle takes; it's a beta blocker"
        named = [m for m in analysis.in_unit(sentence.unit) if sentence.start <= m.start < pos]
        owner = named[-1] if named else None
    if owner is None:
        return None
    # a comparison after the statement that says the other drug does what it denies ("the way people do on Valium")
    against = set_against(text, owner) if end is not None else None
    said_of_another = against is not None and end is not None and end <= against.start()
    compared = _compared(text, owner.start) or (against if said_of_another else None)
    if compared is None or _subject_after_a_likeness(text, sentence, compared, owner):
        return owner
    others = [
        m
        for m in analysis.in_unit(sentence.unit)
        if m.generic != owner.generic and not _compared(text, m.start) and not (said_of_another and set_against(text, m))
    ]
    if sentence.start <= owner.start:
        in_sentence = [m for m in others if sentence.start <= m.start < sentence.end]
        if in_sentence:
            return min(in_sentence, key=lambda m: abs(m.start - pos))
        opening = text[sentence.start : compared.start()].strip(" \t\n*_-—–\"'“‘")
        trailing = (
            end is not None
            and pos <= compared.start()
            and (said_of_another or _AFTER_A_COMMA.search(text, sentence.start, compared.start()) is not None)
        )
        # a pronoun after the comparison, in a sentence whose subject is a pronoun too, stands for what that one does ("It
        # works much like the spironolactone Mr. Ahmed has: it clears out ..."), not for the drug it is likened to
        # ... and so does a statement in a later clause opened by that pronoun ("It works on the same receptors as morphine,
        # it's a controlled substance, and it can lead to addiction")
        same_subject = _ANAPHOR.match(opening) is not None and (
            _ANAPHOR.match(text, pos) is not None or _PRONOUN_CLAUSE.search(text, owner.end, pos) is not None
        )
        if (
            not _COMPARISON_LEAD.fullmatch(opening)
            and not (pos < owner.start and _ANAPHOR.match(text, pos))
            and not trailing
            and not same_subject
        ):
            return owner
    before = [m for m in others if m.start < sentence.start]
    return before[-1] if before else None


#: The end of a clause that lists one more item after it ("no high to chase *and* ...").
_LIST_GOES_ON = re.compile(r"\b(?:and|or)\s*$", re.IGNORECASE)
#: A denial opened by a word the negation cues leave out: "*zero* risk of addiction", "*nothing* to get hooked on".
_DENIAL_OPENING = re.compile(r"(?:zero|nil|nothing|none)\b", re.IGNORECASE)


def _listed_denial(lexicon: ContextLexicon, clause: str, said: str) -> bool:
    """Is the misstatement ``said``, a denial in its own words ("no real risk of getting hooked", "you won't
    get hooked"), the next item of a list of denials whose only negation is the one before it ("there is no
    high to chase and no real risk of getting hooked on it")? That negation denies its own item, not this
    one; a negation over the whole list ("Don't believe claims of no high and no risk of addiction") still
    denies it."""
    return (
        (lexicon.search("negation", said) is not None or _DENIAL_OPENING.match(said) is not None)
        and _LIST_GOES_ON.search(clause) is not None
        and len(list(lexicon.finditer("negation", clause))) == 1
    )


#: A subordinate clause opened before a cue ("When the flu drags on and you can't shake it, ...") and closed after it.
_SUBORDINATE_OPEN = re.compile(r"\b(?:when|whenever|if|once|after|because|since|until|till|while|whilst)\b[^,;:—–]*$", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(r"[,;:—–]")


def _in_subordinate(before: str, after: str) -> bool:
    """Is a negation cue, inside a misstatement's match with ``before`` and ``after`` it, in a subordinate clause of
    its own that closes before the statement ("When a cold drags on and you just can't shake it, a course of
    amoxicillin clears it up": the denial is the illness's, not the statement's), or in a question asked before the
    statement that answers it ("Cold that just won't quit after ten days? That's when a course of amoxicillin knocks it on
    the head")?"""
    return (bool(_SUBORDINATE_OPEN.search(before)) and bool(_CLAUSE_CLOSE.search(after))) or "?" in after


#: A negation cue that says "whether or not", not "not": "doxycycline *doesn't care whether* the bug is bacterial or
#: viral", "it *won't mind if* it's a virus", "*no matter whether* it's viral", "it makes *no difference* to doxy whether".
_INDIFFERENT = re.compile(
    r"(?:(?:doesn|don|won|didn)['’]?t|(?:does|do|will|did)\s+not|no)\s+(?:(?:really|much|even|the\s+slightest\s+bit)\s+)?(?:care|mind|matter)"
    r"\s+(?:whether|if|what|which)\b|no\s+(?:real\s+)?(?:matter|difference)\s+(?:to\s+(?:[\w’'-]+\s+){1,2}?)?(?:whether|if|what|which)\b"
    # ... and a warning that something will come, which says it will: "don't be shocked if Dev comes back with arms like Popeye"
    r"|(?:don['’]?t|do\s+not)\s+be\s+(?:(?:too|so|at\s+all)\s+)?(?:shocked|surprised|amazed|astonished|alarmed|startled)\s+(?:if|when)\b"
    # ... and a wait refused, which says do it now: "I don't wait for the evening, I take that day's montelukast right then"
    r"|(?:(?:don|didn|won)['’]?t|(?:do|did|will)\s+not|never)\s+(?:even\s+)?(?:wait|hold\s+off|bother\s+waiting)\s+(?:for|until|till)\b",
    re.IGNORECASE,
)


def _negated(
    lexicon: ContextLexicon, pattern: re.Pattern[str], matched: str, text: str, m: re.Match[str], start: int, floor: int = 0
) -> bool:
    """Is the misstatement ``m`` (a match of ``pattern`` in ``matched``, a form of the sentence
    ``text`` where it starts at ``start``) said not to hold, or forbidden: earlier in its clause
    ("should not be used to help you lose weight", "Do not take it when the wheezing starts"), or
    inside its own match ("Hydroxychloroquine does not cure COVID-19", "ivermectin is no longer
    thought to treat COVID", "Plaquenil, it's a myth, prevents COVID")? A negation or refutation
    cue inside the match denies it when the pattern still matches over the cue's place with the
    cue (or the cue and its next word: "no longer", "not really") taken out, so the cue is not
    the misstatement's own wording ("Lorazepam is not addictive", "you can't overdose on it"). Read with the sentence
    before it (``floor``: where the sentence starts in ``matched``), a cue in that sentence is its own ("Lots of members
    take omeprazole, and there is no need to change it. It's perfectly fine together")."""
    clause = lexicon.last_clause(text[max(0, start - 60) : start])
    if lexicon.search("negation", clause) is not None and not _listed_denial(lexicon, clause, matched[m.start() : m.end()]):
        return True
    if denied_by_subject(lexicon, text, start):
        return True  # "No one who is pregnant, or could become pregnant, may take it"
    span = matched[m.start() : m.end()]
    for key in ("negation", "myth", "refuted"):
        for cue in lexicon.finditer(key, span):
            at = m.start() + cue.start()
            if at < floor:
                continue
            if key == "negation" and _INDIFFERENT.match(matched, at):
                continue
            if key == "negation" and _in_aside(span, cue.start(), cue.end()):
                continue  # "heading for a manic stretch (buying stuff I don't need), my psychiatrist has me add ..."
            if key == "negation" and _HYPHENED.match(matched, m.start() + cue.end()):
                continue  # a compound word, not a denial: "that heavy, sick, can't-stand-the-light feeling" (holdout320 kf09)
            if key == "negation" and _in_subordinate(matched[max(0, m.start() - 60) : at], matched[m.start() + cue.end() : m.end()]):
                continue
            if key != "negation" and _SET_ASIDE.search(matched, m.start() + cue.end(), m.end()):
                continue  # "People think it's something different, but one fluconazole tablet sorts that out too"
            next_word = re.match(r"\s*[\w’']+", matched[m.start() + cue.end() :])
            for end in (cue.end(), cue.end() + (next_word.end() if next_word else 0)):
                without = matched[:at] + matched[m.start() + end :]
                again = pattern.search(without)
                if again and again.start() <= at < again.end():
                    return True
    return False


def _in_aside(span: str, start: int, end: int) -> bool:
    """Is the cue at ``start:end`` of a misstatement's match inside an aside in parentheses that opens and closes within
    the match ("a manic stretch (talking a mile a minute, buying stuff I don't need), my psychiatrist has me add a
    tablet")? The aside's denial is its own, not the statement's."""
    before, after = span[:start], span[end:]
    close = after.find(")")
    return before.rfind("(") > before.rfind(")") and close != -1 and "(" not in after[:close]


#: After a negation cue, a hyphen joining it into a compound word that describes, not denies ("a can't-stand-the-light
#: feeling", "a don't-touch-me mood").
_HYPHENED = re.compile(r"-(?=[^\W\d_])")

#: A belief set aside by a turn before the statement that follows it: "People think it's something different, *but* one
#: fluconazole tablet sorts that out too" (the statement after "but" is the writer's own).
_SET_ASIDE = re.compile(r",\s*but\b", re.IGNORECASE)

#: Between a misstatement and a warning's wording, a turn that sets them against each other.
_CONTRAST = re.compile(r"[;:—]|\b(?:but|however|though|although|yet|whereas|instead)\b", re.IGNORECASE)


def _misstates(lexicon: ContextLexicon, drug: DrugFacts, text: str, at: re.Match[str]) -> bool:
    """Does ``text`` state one of the drug's known misstatements (not negated) on the same side of
    any contrast as the wording at ``at``? A misstatement set against it does not take it along:
    "Some people think it is not addictive, but it can lead to addiction" gives the warning after
    "but"; "If you become pregnant, lisinopril is no danger for the baby" does not."""
    plain, index = _without_parentheticals(text)
    for wrong in drug.misstatements:
        for pattern, _ in wrong.wordings():
            for m in pattern.finditer(plain):
                start, end = index[m.start()], index[m.end() - 1] + 1
                if not _CONTRAST.search(text, min(end, at.end()), max(start, at.start())) and not _negated(
                    lexicon, pattern, plain, text, m, start
                ):
                    return True
    return False


#: An aside: "(...)", or a hedge between commas that leaves the statement as it is ("it is, in effect, a gentle water
#: tablet", "Buspirone is, basically, a mild tranquilizer"); a chatty aside ("Furosemide, by the way, is a thiazide", holdout225
#: go06; "of course", "as it happens"); or the one person it is told by, named ("Amlodipine, Ray explains, is ...", holdout229
#: gs03; "..., my GP says, ...", "..., he told me, ...": as "Ray says amlodipine is ..." is read; not hearsay: "some people say",
#: "they say").
_PARENTHETICAL = re.compile(
    r"\s*\([^()]{0,80}\)|,\s*(?:in\s+effect|in\s+essence|essentially|basically|in\s+other\s+words|more\s+or\s+less|in\s+practice"
    r"|at\s+heart|so\s+to\s+speak|if\s+you\s+like|effectively|in\s+short|put\s+simply|simply\s+put|for\s+all\s+intents\s+and\s+purposes),(?=\s)"
    # ... the chatty aside and the teller only between a subject and its verb (not "on the good weeks, she says, she simply
    # leaves the capsules ...", where the clause's comma would go with it)
    r"|,\s*(?:by\s+the\s+way|incidentally|of\s+course|as\s+it\s+happens|for\s+the\s+record|mind\s+you|you\s+see|funnily\s+enough"
    # ... or the aside for the reader new to it: "Lisinopril, for anyone who hasn't met it, is basically one of the water
    # tablets" (holdout231 gu10), "..., for the uninitiated, ...", "..., in case you didn't know, ..."
    r"|for\s+(?:anyone|anybody|those|any\s+of\s+you|(?:the\s+)?(?:newcomers|new\s+members|readers))\s+(?:who|that)\s+"
    r"(?:hasn['’]t|haven['’]t|has\s+not|have\s+not|doesn['’]t|don['’]t|does\s+not|do\s+not|didn['’]t|did\s+not)\s+"
    r"(?:(?:yet|ever|already)\s+)?(?:met|come\s+across|heard\s+of|know|used|taken|tried|seen)\s+(?:it|one|this\s+one|the\s+stuff)(?:\s+yet)?"
    r"|for\s+the\s+uninitiated|in\s+case\s+you\s+(?:didn['’]t|did\s+not|don['’]t|do\s+not|haven['’]t|have\s+not)\s+(?:know|heard|met\s+it)"
    r"|(?:(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?|he|she|(?:my|his|her|our|their|your)\s+(?:[\w’'-]+\s+)?[\w’'-]+)\s+"
    r"(?:says|said|explains|explained|tells\s+(?:me|us|him|her)|told\s+(?:me|us|him|her)|reckons|reckoned|insists|insisted|swears"
    r"|swore|assures\s+(?:me|us)|assured\s+(?:me|us)|adds|added|jokes|joked|notes|noted|points\s+out|pointed\s+out)),"
    r"(?=\s+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|has|have|had|does|doesn['’]t|did|didn['’]t|will|won['’]t|can|can['’]t"
    r"|belongs?|sits?|comes?|falls?|works?|acts?)\b)",
    re.IGNORECASE,
)
#: An aside telling someone's young age, kept after a first name: "we gave Mila (she was three at the time) a dose of the
#: syrup" (a child's age is part of what a sedate-child statement says; not "Gabapentin (Neurontin)").
_AGE_ASIDE = re.compile(
    r"\s*\(\s*(?:(?:she|he|they)\s+(?:was|were|is|are)|aged?|then)\s+(?:only\s+|just\s+|barely\s+)?"
    r"(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b[^()]{0,60}\)",
    re.IGNORECASE,
)
#: A first name just before: a capitalised word (not at the sentence's start: "Benadryl (she was three) ...").
_NAMED = re.compile(r"(?<=\w\s)[A-Z][a-z]+$")
#: Words that qualify a class without changing it, dropped after "a"/"an"/"the" unless
#: negated ("a mild tranquilizer", "a newer kind of opioid"; not "not a strong opioid",
#: and never contrast words: "a different kind of", "an alternative to").
_CLASS_QUALIFIER = (
    r"(?:mild|milder|gentle|gentler|light|lighter|weak|weaker|soft|softer|minor|low-dose|newer|new|modern|older|old|classic"
    r"|safer|safe|common|popular|powerful|strong|stronger|potent|prescription|short-acting|long-acting|fast-acting|natural"
    r"|very|fairly|quite|relatively|(?:kind|type|sort|form|variety)\s+of(?:\s+an?)?)"
)
_QUALIFIED = re.compile(
    rf"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)\b(?P<art>an?|the)\s+(?:{_CLASS_QUALIFIER}\s+){{1,3}}(?=[a-z])", re.IGNORECASE
)
#: "belongs to the opioid family", "is part of the benzodiazepine class": "is a <class>".
_FAMILY = re.compile(
    r"\b(?:belongs?\s+to|(?:is|are)\s+(?:in|part\s+of|a\s+member\s+of))\s+(?:the\s+|a\s+)?(?P<c>[\w-]+)\s+(?:family|class|group)\b",
    re.IGNORECASE,
)
#: "Buspirone, a mild tranquilizer, ...": an appositive at the start says what the drug is.
_APPOSITIVE = re.compile(r"^(?P<name>[A-Za-z][\w-]*),\s+(?P<art>an?)\s+(?=[^,]{1,60},)", re.IGNORECASE)
#: ... or told by "the" or a possessive, the appositive closed before a verb (not a list: "Lisinopril, the water tablet,
#: and the statin ..."): "Lisinopril, the water tablet, is what finally brought it down" (holdout304 jp09), "Amlodipine, my
#: beta-blocker, keeps ..." read as "Lisinopril is a water tablet, ...", "Amlodipine is a beta-blocker, ...".
_APPOSITIVE_THE = re.compile(
    r"^(?P<name>[A-Za-z][\w-]*),\s+(?:the|my|our|your|his|her|their)\s+"
    r"(?=[^,]{1,60},\s+(?:(?:also|really|basically|just|actually|still|simply|usually|certainly|finally)\s+)?"
    r"(?!(?:and|or|plus|nor|as)\b)(?:is|are|was|were|has|have|had|does|did|do|will|can|may|might|must|should|could|would"
    r"|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|[a-z]+(?:s|ed))\b)",
    re.IGNORECASE,
)


def _rewrite(text: str, index: list[int], pattern: re.Pattern[str], template: str) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` replaced, keeping the index into the sentence."""
    if pattern.search(text) is None:
        return text, index
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last : m.start()])
        kept.extend(index[last : m.start()])
        new = m.expand(template)
        out.append(new)
        kept.extend(index[min(m.start() + k, max(m.end() - 1, m.start()))] for k in range(len(new)))
        last = m.end()
    out.append(text[last:])
    kept.extend(index[last:])
    return "".join(out), kept


#: A negated verb written short: "isn't", "won't", "doesn't" read as "is not", "will not", "does not".
_CONTRACTED = re.compile(r"\b(?P<v>is|are|was|were|does|do|did|has|have|would|could|should)n['’]t\b", re.IGNORECASE)
_WONT = re.compile(r"\b(?P<w>w)on['’]t\b", re.IGNORECASE)
_CANT = re.compile(r"\b(?P<c>c)an['’]t\b", re.IGNORECASE)
#: Hedges between a verb and what it says, which do not change what is said: "is *basically* a
#: mild steroid", "is *really just* an antihistamine", "acts as a steroid", "is not *really*
#: addictive", "is not *at all* habit-forming", "does not *actually* harm the baby".
_HEDGED = re.compile(
    r"\b(?P<v>(?:is|are|was|were|it['’]s|that['’]s)(?:\s+not)?|(?:does|do|will)\s+not)\s+"
    r"(?:(?:basically|essentially|really|just|actually|technically|effectively|simply|literally|only|merely|at\s+all|even"
    r"|(?:little|nothing)\s+more\s+than|nothing\s+but|more\s+or\s+less|pretty\s+much|kind\s+of|sort\s+of|in\s+(?:effect|essence))\s+){1,2}",
    re.IGNORECASE,
)
#: "acts as a steroid", "works as an antibiotic": "is a ...".
_ACTS_AS = re.compile(r"\b(?:acts|works|functions|serves)\s+as\s+(?=(?:an?|the)\s)", re.IGNORECASE)
#: What it is told in a quotation opened after the verb: 'Amlodipine, Ray explains, is "basically a water pill.' (holdout229
#: gs03) read as "is basically a water pill".
_QUOTE_OPENED = re.compile(r"\b(?P<v>is|are|was|were|it['’]s|that['’]s)\s+[\"“](?=\w)", re.IGNORECASE)


def _class_statement(text: str, index: list[int]) -> tuple[str, list[int]]:
    """The plain form of what a sentence says a drug is: contractions spelt out, hedges and
    qualifiers dropped, "acts as a X", "belongs to the X family" and a leading appositive
    read as "is a X"."""
    # Each rewrite is searched for only where the words it needs are (most sentences have none).
    lowered = text.lower()
    if "n't" in lowered or "n’t" in lowered:
        text, index = _rewrite(text, index, _CONTRACTED, r"\g<v> not")
        text, index = _rewrite(text, index, _WONT, r"\g<w>ill not")
        text, index = _rewrite(text, index, _CANT, r"\g<c>annot")
    if '"' in text or "“" in text:
        text, index = _rewrite(text, index, _QUOTE_OPENED, r"\g<v> ")
    text, index = _rewrite(text, index, _HEDGED, r"\g<v> ")
    if "as" in lowered:
        text, index = _rewrite(text, index, _ACTS_AS, "is ")
    if "," in text:
        text, index = _rewrite(text, index, _APPOSITIVE, r"\g<name> is \g<art> ")
        text, index = _rewrite(text, index, _APPOSITIVE_THE, r"\g<name> is a ")
    if "family" in lowered or "class" in lowered or "group" in lowered:
        text, index = _rewrite(text, index, _FAMILY, r"is a \g<c>")
    return _rewrite(text, index, _QUALIFIED, r"\g<art> ")


#: A yes-or-no question opened by its verb, then its subject: a pronoun for a drug or a name ("Is it ...", "So does
#: Prozac ...", "Are these pills ...", after a speaker's label too: "Reader: Is this medicine ..."; not "Is there", "Do
#: you", "Can I").
#: ... or a modal put before a relative or friend, a reader asking what someone else of theirs may do: "Can his younger sister use
#: them for her breakouts?" as "his younger sister Can use them ..." (holdout285 iw09; not "Can I take it ...?", "Can it be crushed?")
_KIN_ASKED = (
    r"(?:my|his|her|their|your|our|a)\s+(?:(?:little|big|younger|older|twin|best|teenage|kid)\s+)?"
    r"(?:sister|brother|sibling|cousin|friend|mate|flatmate|roommate|housemate|partner|husband|wife|boyfriend|girlfriend"
    r"|mum|mom|mother|dad|father|son|daughter|niece|nephew|colleague|neighbou?r)s?"
)
_INVERTED = re.compile(
    rf"(?P<pre>{_ANSWER_LABEL}(?:(?:so|and|but|then|now|okay|ok|well|wait|sorry)\s*,?\s+)?)"
    rf"(?P<v>is|are|was|were|does|do|did|(?:can|could|may|should)(?=\s+{_KIN_ASKED}\s))\s+"
    r"(?!(?:there|here|you|we|he|she|I)\b)(?P<s>(?:it|they|this|that|these|those)(?:\s+(?:medicine|medication|drug|pills?|tablets?|one|stuff))?"
    rf"|{_KIN_ASKED}|(?-i:[A-Z][\w-]+))\s+(?=\w)",
    re.IGNORECASE,
)


def _declarative(text: str, index: list[int]) -> tuple[str, list[int]] | None:
    """The statement a yes-or-no question puts, its subject before its verb ("Is it in the same family as Effexor?"
    as "it Is in the same family as Effexor?"), with each character's index in the sentence; None for another question."""
    m = _INVERTED.match(text)
    if m is None:
        return None
    pre, verb, subject = m.span("pre"), m.span("v"), m.span("s")
    order = [*range(pre[1]), *range(*subject), verb[1], *range(*verb), *range(subject[1], len(text))]
    return "".join(text[k] for k in order), [index[k] for k in order]


def _without_parentheticals(text: str) -> tuple[str, list[int]]:
    """``text`` without its asides (:data:`_PARENTHETICAL`), and for each kept character its index in ``text``."""
    if "(" not in text and "," not in text:
        return text, list(range(len(text)))
    kept: list[int] = []
    last = 0
    for m in _PARENTHETICAL.finditer(text):
        if _AGE_ASIDE.fullmatch(m.group()) and _NAMED.search(text, 0, m.start()):
            continue  # "we gave Mila (she was three at the time) a dose ...": the child's age is the statement's
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text)))
    return "".join(text[i] for i in kept), kept


# -- facts missing -----------------------------------------------------------------------------
@rule_type("drug-facts-missing", NoOptions)
def check_facts_missing(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """A primary drug without a facts file, or a front-matter drug the tool does not know:
    the checks that need facts could not run for it, so say so instead of passing."""
    facts = get_facts(ctx)
    names = get_names(ctx)
    analysis = analyse(article, ctx)
    reported: set[str] = set()
    skipped = "off-label, interactions, safety-warnings, dosage and accuracy checks did not run for it"
    for entry in analysis.front_matter:
        if entry.generic in facts.drugs:
            continue
        start = article.source.line_starts[entry.line - 1]
        if entry.generic is None:
            close = facts.suggestions(entry.name) or [n for n in _close(entry.name, names.index)]
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            message = f"Front matter drug '{entry.name}' is not a known drug name{hint}; {skipped}"
        else:
            message = f"No facts file for {entry.generic} (checks/drugs/{entry.generic.replace(' ', '-')}.yml); {skipped}"
        reported.add(entry.generic or entry.name)
        end = start + len(article.source.line_text(entry.line))
        yield rule.finding(article, Offsets(start, end), message, drug=entry.generic or entry.name)
    for generic in analysis.primary:
        if generic in facts.drugs or generic in reported:
            continue
        first = next((m for m in analysis.mentions if m.generic == generic), None)
        message = (
            f"The article is about {generic} ({analysis.reasons[generic]}) but there is no facts file for it "
            f"(checks/drugs/{generic.replace(' ', '-')}.yml); {skipped}"
        )
        yield rule.finding(article, first or WHOLE_ARTICLE, message, drug=generic)


def _close(name: str, index: dict[str, str]) -> list[str]:
    import difflib

    return difflib.get_close_matches(name.lower(), list(index), n=3, cutoff=0.75)
