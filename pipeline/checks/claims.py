"""The `cited-claim` rule type: absolute, comparative or efficacy claims ("completely
safe", "lower risk of addiction", "rapid onset") need a citation in the same paragraph.

A heading counts as cited when its section (the heading's text up to the next
heading of its level) is. A paragraph (a prose block: a paragraph, one list item, one table row) counts as cited
when any of its units has a footnote reference (ProseUnit.citations), a link to a source
(ProseUnit.links with an http(s) or doi address), or an in-text marker matching one of
``citation_patterns`` ("[3]", "(Smith, 2020)"); within the unit that holds it, a footnote
reference or marker supports the sentence it closes and those before it, not the sentences
after it ("Patients lost 15% of their weight in the trial.[^2] It blows every diet pill out of
the water" reports the second sentence). A claim is not reported when the text
before it in its sentence ends with a match of one of ``ignore_before`` (negation: "No medicine is
completely safe"; condition: "If you have no side effects") or, with
``ignore_questions``, when its sentence is a question, or when it is quoted to be refuted
("You may have heard that it can't get you hooked", under a "Myths and facts" heading).

A claim the drug's own label supports is not unsupported: with ``label_supports``
("furosemide: onset of diuresis within 1 hour of an oral dose — LASIX label, CLINICAL
PHARMACOLOGY"), a claim about that drug (the nearest drug named in its sentence or
paragraph, else the article's only primary drug) is not reported, unless it also
matches ``beyond_label`` ("works instantly" claims more than "within 1 hour"). A support
scoped to a topic ("fluoxetine on /stop.../: plasma levels decrease gradually when therapy
ends, which may minimize discontinuation symptoms") holds only for a claim whose clause names
the topic ("so stopping is gentler than with some others"), not for the drug's other claims
("fluoxetine works better than sertraline"). A claim
inside a match of ``names`` is a name, not a claim ("the CURE trial"); one inside a match of
``reason_for`` is the reason given for an instruction, not a selling point ("it acts quickly, so it
is taken in bed, right before you mean to sleep"); one inside a match of ``time_course`` is a speed told
with the longer time it can take ("Most people feel some relief within a day, but the itch can take
three days or more to settle").

A claim matching one of ``inferred`` is told in a story rather than stated ("by the time I'd
walked back to the car park I could feel my chest loosening", "new baby hairs within the first
couple of weeks"): the tool infers it, so it is a warning. A claim in a sentence with ``advice``
wording ("usually", "but check first") that names drugs, none of them the article's primary
ones, recommends another medicine as the other choice in a safety tip
("Acetaminophen (Tylenol) is usually a safer choice for pain, but check first" in a lithium
article): a warning. With ``warned_by``, a claim about a known drug none of whose safety
warnings (id or name) matches one is a warning: "it isn't habit-forming" of an SSRI, whose label
warns of no abuse or dependence, is at worst unsourced, not against the label.

An ``early_for_slow`` pattern is a claim only about a drug of ``slow_benefit`` (its label says the
benefit takes weeks): "most guys feel like their old selves again by the end of the first week" of
escitalopram, not of ibuprofen; inferred from the drug's facts, so a warning. A ``prompt_for_slow`` pattern is
likewise a claim only about a drug of ``slow_onset`` or ``slow_benefit`` (no benefit within the first hour): "it starts
clearing the fluid within the hour" of spironolactone, not of furosemide. An ``hours_for_slow`` pattern is a claim only
about a drug of ``slow_relief`` or ``slow_benefit`` (no relief within hours): "one tablet and the itching has gone by
teatime" of fluconazole, not of ibuprofen.

A ``before_drug`` pattern is a claim only when a medicine is named right after it (spaces
between): "beats" in "Finasteride beats minoxidil" (not "the heart beats faster"), "faster than
plain old" in "heals sores faster than plain old acyclovir"; the claim reported runs to the name's end.
Not when the medicine named is the claim's own drug under another name: "Generic sertraline works
just as well as Zoloft" sets a generic against its brand.
An ``after_drug`` pattern is a claim only when a medicine is named right before it, as its subject:
"Ozempic simply can't compete", "Wegovy is in a different league" (not "Archers can't compete on
it"); the claim reported runs from the name's start.

An ``after_topic`` pattern is a claim only when the text before it in its unit ends with a
``topic`` (matched up to the claim's start), or opens a unit under a heading that is one: the
subject asked or headed, the answer after it ("Side effects? None to speak of.", "Risks:
practically zero.", "What about side effects? Honestly, nothing worth worrying about.",
"## Side effects" over "None worth mentioning.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from pipeline.checks.patterns import live_patterns, pattern_index, sentence_folded, sentence_possible, units_live
from pipeline.concepts.context import ContextLexicon, denies, get_context_lexicon, refuted, refuted_by_next, refuted_later
from pipeline.concepts.drugs import DrugAnalysis, Mention, analyse, set_against
from pipeline.document.article import NOT_PROSE, Article
from pipeline.document.prose import ProseUnit, UnitSpan, iter_blocks
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.findings import Finding, Severity
from pipeline.knowledge.facts import get_facts
from pipeline.knowledge.options import CasePatterns, Patterns
from pipeline.knowledge.patterns import compile_pattern
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

#: "[1]", "[2, 3]", "[4-6]" and "(Smith, 2020)", "(Smith et al., 2019)", "(Smith and Jones 2021)", with a
#: journal or a group too: "(Yusuf, NEJM 2001)", "(Day et al., J Allergy Clin Immunol 1998)", "(Lancet 1999)",
#: "(MTA Cooperative Group, Archives of General Psychiatry 1999)"; the co-authors in words: "(Denison and colleagues,
#: 2020)", "(Khan & co-workers 2007)", "(Smith and others, 2019)", "(Lee and al., 2021)"; a named study: "(LIFE study,
#: Lancet 2002)", "(Jones et al., CURVES study, 1998)"; a review: "(Marjoribanks et al., Cochrane review, 2015)" (holdout257
#: hu13), "(Cochrane systematic review and meta-analysis, 2019)".
DEFAULT_CITATION_PATTERNS = (
    r"\[\d+(?:\s*[,–-]\s*\d+)*\]",
    r"\([A-Z][A-Za-z'’.-]{0,40}(?:,?\s{1,3}(?:[A-Z][A-Za-z'’.-]{0,40}|et al\.?|al\.?|and|&|of|the|in|for"
    r"|colleagues|co-?workers|co-?authors|others|associates|team|study|studies|trial|trials|group|investigators|cohort|registry"
    r"|(?:systematic\s)?reviews?|meta-analys[ie]s|pooled\sanalysis|guidelines?))"
    r"{0,10},?\s+(?:19|20)\d\d[a-z]?\)",
    # a journal and a year in words: "In the ALLHAT trial, published in JAMA in 2002, ...", "published in The Lancet, 2019"
    r"\bpublished\s+in\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the|de))*,?\s+(?:in\s+)?(?:19|20)\d\d\b",
)
_DEFAULT_MARKERS = [re.compile(p) for p in DEFAULT_CITATION_PATTERNS]
_SOURCE_LINK = re.compile(r"^(?:https?://|doi:|//)", re.IGNORECASE)
#: How far before an ``after_topic`` answer its topic may start (characters).
_TOPIC_REACH = 80

#: How a claim pattern counts: a claim, one only before a drug's name, an inferred one (a warning), one only after a topic,
#: one only about a drug whose benefit takes weeks (a warning), one only about a drug whose benefit takes hours or more (a warning),
#: one only about a drug whose relief takes a day or more (a warning).
_Kind = Literal["claim", "naming", "subject", "inferred", "topical", "slow", "prompt", "hours"]


@dataclass(frozen=True)
class CitedClaim:
    #: The claims (case-insensitive).
    patterns: Patterns
    #: In-text citation markers (case-sensitive); default: DEFAULT_CITATION_PATTERNS.
    citation_patterns: CasePatterns | None = None
    #: A claim is not reported when the text before it in its sentence ends with one of these.
    ignore_before: Patterns | None = None
    ignore_questions: bool = True
    #: Drugs whose label supports the claim, each "generic: the label fact and its source", or, a support scoped to the
    #: topic the label's fact is about, "generic on /topic/: ..." (the topic a regular expression that the claim's clause
    #: must match: "fluoxetine on /stop/: ..." supports "stopping is gentler than with some others", not "works better than
    #: sertraline").
    label_supports: list[str] | None = None
    #: Wordings that claim more than any label fact supports ("instantly", "within minutes").
    beyond_label: Patterns | None = None
    #: Claims only when a medicine is named right after them ("beats", "faster than plain old").
    before_drug: Patterns | None = None
    #: Claims only when a medicine is named right before them, as their subject ("can't compete", "is in a different league").
    after_drug: Patterns | None = None
    #: Names that hold a claim's words (case-sensitive): a claim inside one is not reported ("the CURE trial").
    names: CasePatterns | None = None
    #: An instruction with its reason: a claim inside one is the reason, not reported ("Because it acts quickly, don't
    #: take it until you're in bed").
    reason_for: Patterns | None = None
    #: A speed told with the longer time it can take: a time course, not a claim ("Most people feel some relief within a
    #: day, but the itch can take three days or more to settle").
    time_course: Patterns | None = None
    #: Wordings that hold a claim's words but claim nothing for a medicine: a claim inside a match is not reported (told
    #: with the caveat that answers it, "it is not a drug people crave, but the body gets used to it, which is why stopping
    #: must be gradual"; something that is no medicine set above every medicine, "Good boots do more than any tablet").
    claims_nothing: Patterns | None = None
    #: Claims told in a story, which the tool infers (an everyday moment as the time to work): reported as warnings.
    inferred: Patterns | None = None
    #: Advice wording ("usually", "but check first"): a claim in a sentence with one that names drugs, none of
    #: them a primary drug, recommends another medicine in a safety tip: a warning.
    advice: Patterns | None = None
    #: Kinds of other medicine ("antacids", "a reliever inhaler"): a claim whose subject, named just before it, is one of
    #: these or a drug the article is not about ("an antacid such as Tums works within minutes") is not reported.
    other_subject: Patterns | None = None
    #: A kind of ``other_subject`` that is the article's own drug ("generic on /kind/: label fact — source"): in an article
    #: about albuterol, "the blue inhaler opens your airways pretty much instantly" is a claim about albuterol itself.
    own_kind: list[str] | None = None
    #: Answers that are claims only after a ``topic`` ("None to speak of." after "Side effects?").
    after_topic: Patterns | None = None
    #: The subject asked or headed just before an ``after_topic`` answer ("Side effects?", "Risks:").
    topic: Patterns | None = None
    #: Safety warnings (matched in a warning's id and name) that make the claim an error: a claim about a known drug
    #: with none of them is a warning ("escitalopram isn't habit-forming": no abuse or dependence warning to contradict).
    warned_by: Patterns | None = None
    #: Drugs whose label says their benefit takes weeks, each "generic: the label fact and its source".
    slow_benefit: list[str] | None = None
    #: Claims only about one of ``slow_benefit``: a benefit told as coming in the first days or week, fast only for a
    #: medicine that takes weeks ("like their old selves again by the end of the first week" of an SSRI, not of
    #: ibuprofen). Inferred from the drug's facts, so a warning.
    early_for_slow: Patterns | None = None
    #: Drugs whose label gives no benefit within the first hour (it builds over hours or days), each "generic: the label
    #: fact and its source"; those of ``slow_benefit`` are so too.
    slow_onset: list[str] | None = None
    #: Claims only about one of ``slow_onset`` or ``slow_benefit``: a benefit told as coming within the hour, fast only for
    #: a medicine that takes hours ("it starts clearing the fluid within the hour" of spironolactone, not of furosemide).
    #: Inferred from the drug's facts, so a warning.
    prompt_for_slow: Patterns | None = None
    #: Drugs whose label gives relief over a day or more, not within hours (a single dose clears the trouble over days),
    #: each "generic: the label fact and its source"; they are of ``slow_onset`` too, and those of ``slow_benefit`` are so.
    slow_relief: list[str] | None = None
    #: Claims only about one of ``slow_relief`` or ``slow_benefit``: relief told as coming within hours or by a time of
    #: the same day ("one tablet and the itching has gone by teatime" of fluconazole, not of ibuprofen). Inferred from the
    #: drug's facts, so a warning.
    hours_for_slow: Patterns | None = None
    #: Replies that agree with the claim before them, though the context lexicon reads them as refuting a statement
    #: ("It's a different kind of medicine altogether" after "it isn't habit-forming the way the benzodiazepines are"):
    #: matched at the start of the next sentence, they do not make the claim quoted to be refuted.
    agreeing_reply: Patterns | None = None
    #: The writer's word that a claim passed on came true, in the rest of its sentence ("The nurse promised the tablets get
    #: to work almost straight away, and they did"; "..., and sure enough it was"): a claim ``ignore_before`` set aside as
    #: someone else's is the writer's own then, and reported.
    borne_out: Patterns | None = None

    # Built from the options when they are loaded, not per check, so that the knowledge cache keeps them with their
    # compiled programs (compiling them in each fresh process cost a one-file check about 0.2 s).
    #: ``ignore_before``, each reaching the end of the text before a claim.
    ignore_before_end: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    #: ``topic``, each reaching the start of the answer after it.
    topic_end: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    #: ``label_supports`` by drug: the topics each drug's supports are scoped to (None: unscoped).
    supports: dict[str, list[re.Pattern[str] | None]] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: The drugs of ``slow_benefit``.
    slow_drugs: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    #: The drugs of ``slow_onset``, ``slow_relief`` and ``slow_benefit``.
    slow_onset_drugs: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    #: The drugs of ``slow_relief`` and ``slow_benefit``.
    slow_relief_drugs: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    #: ``own_kind`` by drug: the kinds (pattern texts) that are the drug itself in an article about it.
    own_kinds: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parsed = {
            name: _label_support_entries(name, getattr(self, name))
            for name in ("label_supports", "own_kind", "slow_benefit", "slow_onset", "slow_relief")
        }
        supports: dict[str, list[re.Pattern[str] | None]] = {}
        for drug, topic in parsed["label_supports"]:
            supports.setdefault(drug, []).append(compile_pattern(topic, whole_words=True) if topic else None)
        own_kinds: dict[str, list[str]] = {}
        for index, ((drug, topic), entry) in enumerate(zip(parsed["own_kind"], self.own_kind or (), strict=True), start=1):
            if topic is None:
                raise ValueError(f"option 'own_kind' item {index}: no /kind/: {entry}")
            own_kinds.setdefault(drug, []).append(topic)
        derived = {
            "ignore_before_end": tuple(compile_pattern(rf"(?:{p})\W*$") for p in (self.ignore_before.source if self.ignore_before else ())),
            "topic_end": tuple(compile_pattern(rf"(?:{p})\s*$") for p in (self.topic.source if self.topic else ())),
            "supports": supports,
            "slow_drugs": frozenset(drug for drug, _ in parsed["slow_benefit"]),
            "slow_onset_drugs": frozenset(drug for drug, _ in parsed["slow_benefit"] + parsed["slow_onset"] + parsed["slow_relief"]),
            "slow_relief_drugs": frozenset(drug for drug, _ in parsed["slow_benefit"] + parsed["slow_relief"]),
            "own_kinds": own_kinds,
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)


#: A label support: the drug, the topic it is scoped to ("fluoxetine on /stop|coming off/"), then the fact and its source.
_SUPPORT = re.compile(r"\s*(?P<drug>[^:/]+?)(?:\s+on\s+/(?P<topic>.+?)/)?\s*:\s")


def _label_support_entries(option: str, entries: list[str] | None) -> list[tuple[str, str | None]]:
    """The drug of each entry of a ``label_supports``-style option and the topic (a pattern text) it is scoped to (None:
    any claim about the drug); a malformed entry or topic raises ``ValueError`` naming the option and item."""
    parsed: list[tuple[str, str | None]] = []
    for index, entry in enumerate(entries or (), start=1):
        found = _SUPPORT.match(entry)
        try:
            if found is None:
                raise ValueError('not "generic: label fact — source" or "generic on /topic/: label fact — source"')
            if found["topic"]:
                compile_pattern(found["topic"], whole_words=True)
        except (ValueError, re.error) as exc:
            raise ValueError(f"option '{option}' item {index}: {exc}: {entry}") from None
        parsed.append((found["drug"].strip().lower(), found["topic"] or None))
    return parsed


def _other_kinds(kinds: Patterns, own: dict[str, list[str]], primary: list[str]) -> Sequence[re.Pattern[str]]:
    """``kinds`` less what a primary drug's ``own_kind`` names: those words are the article's drug, not another medicine."""
    texts = [text for drug in primary for text in own.get(drug, ())]
    if not texts:
        return kinds
    not_own = "|".join(f"(?:{text})" for text in texts)
    return [_not_own(source, not_own) for source in kinds.source]


@cache
def _not_own(source: str, not_own: str) -> re.Pattern[str]:
    """``source`` compiled so that it matches nowhere ``not_own`` does."""
    return compile_pattern(rf"(?!{not_own})(?:{source})")


#: A sentence whose subject is the drug already being talked about ("It sits on the same receptors that heroin uses",
#: "And this medicine ..."): a drug it names is not its subject.
_PRONOUN_OPENING = re.compile(
    r"\W*+(?:(?:and|but|so|also|still|plus|now)\s++)?(?:it|it[’']s|this\s++(?:medicine|medication|drug|pill|tablet|one)"
    r"|the\s++(?:medicine|medication|tablets?|pills?|capsules?))\b",
    re.IGNORECASE,
)
#: A speaker's word that opens a sentence before its subject ("Andre said naltrexone ...", "Dr Osei explained that
#: naltrexone ...", "According to our pharmacist, naltrexone ...").
_REPORTED_OPENING = re.compile(
    r"\W*+(?:(?:[\w'’.-]{1,30}+\s++){1,4}?(?:said|says|explained|explains|added|adds|noted|notes|stressed|stresses|pointed\s++out"
    r"|reminded\s++(?:us|everyone|the\s++(?:group|room|members))|told\s++(?:us|me|them|everyone|the\s++(?:group|room|members|meeting)))"
    r"\s++(?:that\s++)?|according\s++to\s++(?:[\w'’.-]{1,30}+\s++){0,3}?[\w'’.-]{1,30}+,\s*+)",
    re.IGNORECASE,
)
#: A drug named as the one set against the subject ("Unlike methadone, it ...", "Compared with codeine, it ...").
_CONTRASTED = re.compile(
    r"\b(?:unlike|compared\s+(?:with|to)|as\s+opposed\s+to|in\s+contrast\s+to|rather\s+than|instead\s+of|different\s+from)"
    r"\s++(?:(?:the|a|an|other|drugs?\s+like|medicines?\s+like|opioids?\s+like)\s++)?$",
    re.IGNORECASE,
)


#: A clause of its own about "it" (or "this medicine"), after a clause break: ", and it is not habit-forming", "so it won't".
_CLAUSE_OWN_IT = re.compile(
    r"(?:[,;]\s*+(?:(?:and|but|so|yet)\s++)?|\s(?:and|but|so|yet)\s++)(?:it|it[’']s|this\s++(?:medicine|medication|drug|pill|tablet|one))\b"
    r"[^,;.!?]*+$",
    re.IGNORECASE,
)


def _claim_drug(analysis: DrugAnalysis, unit: ProseUnit, start: int, end: int, pos: int) -> str | None:
    """The drug a claim at ``unit.text[pos]`` is about: the nearest named in its sentence
    (``start``..``end``), else the last named before it in its paragraph, else the article's
    only primary drug. Not a drug named only after it: in "It isn't habit-forming. That's a
    big difference from methadone", the claim is about the article's drug. Nor one set against
    the subject ("Unlike methadone, it won't get you hooked", also when the claim's words take in
    the contrast: "Unlike benzos, you don't get hooked on this one") or said by a comparison after the claim to
    do what it denies ("You can't get hooked on it the way people do on oxycodone", "like you can with
    Xanax"), or named in an earlier sentence whose subject is "it", or named after a drug that is its
    subject: in "Naltrexone is an opioid blocker. It sits on the receptors that heroin and codeine
    use. You can't get hooked on it." and in "Naltrexone blocks opioids such as codeine. You can't
    get hooked on it.", the claim is about naltrexone."""
    mention = analysis.referent(unit, start, end, pos)
    if mention is not None and start <= mention.start and _CONTRASTED.search(unit.text, start, mention.start):
        mention = analysis.referent(unit, start, start, start)
    elif mention is not None and start < mention.start < pos and _CLAUSE_OWN_IT.search(unit.text, mention.end, pos):
        # the claim's own clause goes on about "it", past a drug named in the clause before, not at the sentence's opening: the
        # sentence's subject ("It works in a different way from medicines such as lorazepam or diazepam, and it is not
        # habit-forming", holdout278 ip01; "Buspirone works differently from the benzos like Xanax, so it won't get you hooked")
        opening = _OPENING.match(unit.text, start)
        begin = opening.end() if opening else start
        subject = next((m for m in analysis.in_unit(unit) if m.start == begin), None)
        if subject is not None:
            mention = subject
        elif _PRONOUN_OPENING.match(unit.text, start):
            mention = analysis.referent(unit, start, start, start)
    elif mention is not None and mention.start > pos and (against := set_against(unit.text, mention)) and against.start() > pos:
        mention = analysis.referent(unit, start, against.start(), pos)
    while mention is not None and mention.start < start:
        earlier = next((s for s in split_sentences(unit) if s.start <= mention.start < s.end), None)
        if earlier is None:
            break
        if not _PRONOUN_OPENING.match(unit.text, earlier.start):
            # the earlier sentence's subject, if a drug, rather than a drug it names after ("Naltrexone blocks opioids such as codeine")
            # (after a speaker's word that opens it: "Andre said naltrexone blocks the receptors opioids act on, so heroin or
            # fentanyl have little effect. It isn't habit-forming", holdout285 iw08)
            said = _REPORTED_OPENING.match(unit.text, earlier.start)
            opening = _OPENING.match(unit.text, said.end() if said else earlier.start)
            begin = opening.end() if opening else earlier.start
            mention = next((m for m in analysis.in_unit(unit) if m.start == begin), mention)
            break
        start = earlier.start
        mention = analysis.referent(unit, start, start, start)
    if mention is not None:
        return mention.generic
    before = [m for m in analysis.in_unit(unit) if m.start < start]
    return analysis.primary[0] if len(analysis.primary) == 1 and not before else None


def _cited_to(unit: ProseUnit, markers: list[re.Pattern[str]]) -> int:
    """How far the unit's citations reach into its text: a sentence starting at or before
    this index is supported (a footnote reference or marker closes it or a later sentence);
    -1 when the unit cites nothing. A link to a source supports the whole unit."""
    if any(_SOURCE_LINK.match(url) for url in unit.links):
        return len(unit.text)
    reach = max(unit.cited_at, default=-1)
    # Citation markers are case-sensitive in shape ("(Smith, 2020)"), so not compile_pattern.
    for marker in markers:
        for match in marker.finditer(unit.text, reach + 1):
            reach = max(reach, match.start())
    return reach


def _cited_units(article: Article, markers: list[re.Pattern[str]]) -> dict[int, int]:
    """How far each unit's citations reach (:func:`_cited_to`), by unit id: once per article
    and set of markers (every cited-claim rule asks of every block)."""
    key = "cited-units:" + "\x00".join(f"{m.flags}:{m.pattern}" for m in markers)
    return article.memo(key, lambda: {id(unit): _cited_to(unit, markers) for unit in article.units})


def _reach(unit: ProseUnit, markers: list[re.Pattern[str]], cited: dict[int, int]) -> int:
    known = cited.get(id(unit))
    return known if known is not None else _cited_to(unit, markers)


def _cited(units: list[ProseUnit], markers: list[re.Pattern[str]], cited: dict[int, int]) -> bool:
    return any(_reach(unit, markers, cited) >= 0 for unit in units)


@rule_type("cited-claim", CitedClaim, placeholders=("claim",))
def check_claims(article: Article, rule: Rule[CitedClaim], ctx: CheckContext) -> Iterator[Finding]:
    opts = rule.options
    markers = list(opts.citation_patterns or _DEFAULT_MARKERS)
    cited = _cited_units(article, markers)
    # Claim patterns that cannot match the article are left out (the forbidden-pattern
    # pre-check), then per unit those whose needles it lacks; order is kept. Each is
    # (pattern, units, kind: "naming" a drug must follow, "inferred" a warning, "topical" a topic must precede).
    groups: tuple[tuple[_Kind, Patterns | tuple[()]], ...] = (
        ("claim", opts.patterns),
        ("naming", opts.before_drug or ()),
        ("subject", opts.after_drug or ()),
        ("inferred", opts.inferred or ()),
        ("topical", opts.after_topic or ()),
        ("slow", opts.early_for_slow or ()),
        ("prompt", opts.prompt_for_slow or ()),
        ("hours", opts.hours_for_slow or ()),
    )
    patterns = [(p, units, kind) for kind, group in groups for p, units in live_patterns(article, group)]
    if not patterns:
        return
    index = pattern_index(opts, lambda: [p for _, group in groups for p in group])
    ignore_before, topics = opts.ignore_before_end, opts.topic_end
    supported, own_kinds = opts.supports, opts.own_kinds
    # the drugs each kind of claim told by the drug's slowness is a claim about
    slow_kinds = {"slow": opts.slow_drugs, "prompt": opts.slow_onset_drugs, "hours": opts.slow_relief_drugs}
    needs_drugs = (
        supported
        or opts.advice
        or opts.other_subject
        or opts.warned_by
        or any(kind in ("naming", "subject", "slow", "prompt", "hours") for _, _, kind in patterns)
    )
    analysis = analyse(article, ctx) if needs_drugs else None
    searchable = [(p, kind) for p, _, kind in patterns]
    live_at = units_live(units for _, units, _ in patterns)
    for block in iter_blocks(article.units):
        block = [u for u in block if u.kind not in NOT_PROSE]
        # Per unit, the patterns whose needles it holds; a block with none is not looked at.
        searched = [(unit, [searchable[i] for i in found]) for unit in block if (found := live_at(unit))]
        if not searched:
            continue
        reaches = [_reach(unit, markers, cited) for unit in block]
        if block[0].kind == "heading" and _cited(article.sections.headed(block[0]), markers, cited):
            continue  # a heading summarises its section: "The water pill that works fast" over a cited section
        for unit, live in searched:
            # another unit of the paragraph citing supports all of it; the unit's own citations,
            # the sentences they close and those before them ("...15% in a trial.[^2] It blows every
            # diet pill out of the water": the second sentence is not supported)
            if any(reach >= 0 for other, reach in zip(block, reaches, strict=True) if other is not unit):
                continue
            own = next(reach for other, reach in zip(block, reaches, strict=True) if other is unit)
            sentences = split_sentences(unit)
            for sentence in sentences:
                if sentence.start <= own:
                    continue
                text = sentence.text
                if opts.ignore_questions and text.rstrip().rstrip("\"'”’)").endswith("?"):
                    continue
                spans: list[tuple[int, int, bool]] = []
                # (the unit holds what each live pattern requires: so does its only sentence)
                lowered = sentence_folded(article, sentence) if len(sentences) > 1 else None
                possible = sentence_possible(article, lowered, index) if lowered is not None else None
                for pattern, kind in live:
                    if possible is not None and id(pattern) not in possible:
                        continue  # a match lies within the sentence: it holds the pattern's needles
                    for match in pattern.finditer(text):
                        start, end = match.span()
                        if kind == "naming":
                            named = _drug_named_at(analysis, unit, sentence.start + end) if analysis else None
                            if named is None or (
                                _AS_GOOD_AS.search(text, start, end)
                                and not _EVERY_OTHER.match(text, start)
                                and _own_drug(analysis, unit, sentence.start, sentence.start + start, named.generic)
                            ):
                                continue  # no medicine named, or the claim's own under another name ("as well as Zoloft")
                            end = named.end - sentence.start
                        elif kind == "subject":
                            subject = _drug_named_before(analysis, unit, sentence.start, sentence.start + start) if analysis else None
                            if subject is None:
                                continue
                            start = subject.start - sentence.start
                        if end == start or any(s < end and start < e for s, e, _ in spans):
                            continue
                        if opts.ignore_questions and _asked(text, end):
                            continue  # a question the sentence runs on from ("Theo: does it work fast though? asking for my sister")
                        if kind == "topical" and not _after_topic(topics, article, unit, sentence.start + start):
                            continue
                        if kind in slow_kinds and (
                            analysis is None
                            or _claim_drug(analysis, unit, sentence.start, sentence.end, sentence.start + start) not in slow_kinds[kind]
                        ):
                            continue
                        if any(p.search(text[:start]) for p in ignore_before) and not _borne_out(opts.borne_out, text, end):
                            continue
                        if _inside(opts.names, text, start, end):
                            continue
                        if _inside(opts.reason_for, text, start, end) or _inside(opts.time_course, text, start, end):
                            continue
                        if _inside(opts.claims_nothing, text, start, end):
                            continue
                        lexicon = get_context_lexicon(ctx)
                        # quoted to be refuted, or corrected by the next sentence or a later clause of its own
                        # ("Someone told me benzos aren't addictive, but my prescriber set me straight")
                        if (
                            refuted(lexicon, article, sentence, start)
                            or _refuted_after(lexicon, article, sentence, opts.agreeing_reply, denies(text[:end]))
                            or refuted_later(lexicon, text, end)
                        ):
                            continue
                        if (
                            opts.other_subject
                            and analysis is not None
                            and _about_other_medicine(
                                analysis,
                                _other_kinds(opts.other_subject, own_kinds, analysis.primary),
                                unit,
                                sentence.start,
                                sentence.start + start,
                                sentence.start + end,
                            )
                        ):
                            continue
                        if (
                            supported
                            and analysis is not None
                            and _label_supported(analysis, supported, opts.beyond_label, unit, sentence.start, sentence.end, start, end)
                        ):
                            continue
                        spans.append((start, end, kind == "inferred" or kind in slow_kinds))
                for start, end, inferred in sorted(spans):
                    claim = text[start:end]
                    message = rule.format_message(f'Unsupported claim "{claim}": cite a source in the same paragraph', claim=claim)
                    other = analysis is not None and _advice_for_other_drug(analysis, opts.advice, unit, sentence.start, sentence.end)
                    about = _claim_drug(analysis, unit, sentence.start, sentence.end, sentence.start + start) if analysis else None
                    unwarned = opts.warned_by is not None and _unwarned(ctx, opts.warned_by, about)
                    severity = Severity.WARNING if inferred or other or unwarned else None
                    yield rule.finding(article, UnitSpan(unit, sentence.start + start, sentence.start + end), message, severity=severity)


#: An equality ("just as well as", "on a par with"): set against the claim's own drug under another name, it compares a
#: generic with its brand.
_AS_GOOD_AS = re.compile(r"\b(?:as|par\s++with)\s++(?:\S++\s++){0,3}$", re.IGNORECASE)
#: A claim whose subject is every other medicine ("nothing else we stock ... as well as lithium does"): the medicine named
#: after it is the claim's own.
_EVERY_OTHER = re.compile(r"(?:nothing|no\s+other)\b", re.IGNORECASE)


#: Where a sentence part ends: a question's part of a sentence the splitter ran on past it, as a chat's lower-case messages.
_PART_END = re.compile(r"[.!?]++(?=[\"'”’)\]]*+(?:\s|$))")


def _asked(text: str, end: int) -> bool:
    """Is the claim ending at ``text[end]`` in a question, the first part end after it a question mark ("does it work fast
    though? asking for my sister")?"""
    part = _PART_END.search(text, end)
    return part is not None and "?" in part.group()


def _own_drug(analysis: DrugAnalysis | None, unit: ProseUnit, sentence_start: int, pos: int, generic: str) -> bool:
    """Is ``generic`` the drug a claim at ``unit.text[pos]`` is made of: the last drug named before it in its sentence
    and not set against another ("Generic sertraline works just as well as Zoloft"), or, none named, the article's
    only primary drug ("It works just as well as Zoloft" in a sertraline article)? Not a drug of an earlier sentence:
    in "Compared with Wegovy, it's in a different league. It shifts more weight than semaglutide does", the subject
    is the article's tirzepatide."""
    if analysis is None:
        return False
    before = [m for m in analysis.in_unit(unit) if sentence_start <= m.start and m.end <= pos]
    if before:
        last = before[-1]
        return last.generic == generic and not _CONTRASTED.search(unit.text, sentence_start, last.start)
    return analysis.primary == [generic]


def _unwarned(ctx: CheckContext, warned_by: Patterns, generic: str | None) -> bool:
    """Is ``generic`` a drug with known facts none of whose safety warnings (id or name) matches ``warned_by``?"""
    drug = get_facts(ctx).drugs.get(generic) if generic else None
    return drug is not None and not any(p.search(f"{w.id} {w.name}") for w in drug.safety_warnings for p in warned_by)


def _refuted_after(lexicon: ContextLexicon, article: Article, sentence: Sentence, agreeing: Patterns | None, denied: bool) -> bool:
    """Does the sentence after ``sentence``, or a reply opening the next paragraph, say it is false
    ('@dad said a neighbour had told him Ritalin "can't get kids addicted."' then 'Kendra's note:
    That isn't accurate.')? A claim answered so is quoted to be refuted, not made. A next sentence that
    ``agreeing`` matches at its start agrees with it instead. A claim that ``denied`` (its verb negated: "you can't get
    hooked on it") is also refuted by a bare reply that it is so ("You can.", holdout246 hj06)."""
    sentences = article.prose_sentences
    index: dict[int, int] = article.memo("prose-sentence-index", lambda: {id(s): i for i, s in enumerate(sentences)})
    at = index.get(id(sentence))
    if at is None:
        return False
    if agreeing and at + 1 < len(sentences) and any(p.match(sentences[at + 1].text) for p in agreeing):
        return False
    return refuted_by_next(lexicon, article, sentences, at, denied)


def _after_topic(topics: Sequence[re.Pattern[str]], article: Article, unit: ProseUnit, pos: int) -> bool:
    """Does the text before ``unit.text[pos]`` end with a topic ("Side effects? " before "None to speak of"), or,
    the answer opening its unit, is the heading just above it one ("## Side effects" over "None worth mentioning.")?"""
    before = unit.text[max(0, pos - _TOPIC_REACH) : pos]
    if not before.strip():
        index = next(i for i, u in enumerate(article.units) if u is unit)
        if index and article.units[index - 1].kind == "heading":
            heading = article.units[index - 1].text[-_TOPIC_REACH:].rstrip()
            before = heading if heading.endswith(("?", ":")) else heading + ":"
    return any(p.search(before) for p in topics)


#: How far after a claim the writer's word that it came true is looked for (``CitedClaim.borne_out``).
_BORNE_OUT_REACH = 60


def _borne_out(patterns: Patterns | None, text: str, end: int) -> bool:
    """Does the rest of the sentence after a claim ending at ``end`` say it came true ("..., and they did")?"""
    after = text[end : end + _BORNE_OUT_REACH]
    return patterns is not None and any(p.search(after) for p in patterns)


def _inside(patterns: Patterns | None, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a match of one of ``patterns`` (a name: "the CURE trial"; an instruction with
    its reason: "it acts quickly, so it is taken in bed")?"""
    return any(m.start() <= start and end <= m.end() for p in patterns or () for m in p.finditer(text))


def _advice_for_other_drug(
    analysis: DrugAnalysis, advice: Patterns | None, unit: ProseUnit, sentence_start: int, sentence_end: int
) -> bool:
    """Is the sentence ``unit.text[sentence_start:sentence_end]`` advice (it holds ``advice``
    wording) naming drugs, none of them a primary drug ("Acetaminophen (Tylenol) is usually a
    safer choice for pain, but check first" in a lithium article)?"""
    if not advice or not any(p.search(unit.text, sentence_start, sentence_end) for p in advice):
        return False
    named = {m.generic for m in analysis.in_unit(unit) if sentence_start <= m.start < sentence_end}
    return bool(named) and named.isdisjoint(analysis.primary)


#: What may stand between a medicine and the claim it is the subject of: up to four words ("such as Tums", "(Tums,
#: Rolaids)", ", which usually"), but not a subject of its own ("Unlike antacids, it works within minutes") or a clause
#: break ("antacids; omeprazole").
_SUBJECT_GAP = re.compile(r"[\s,()]*+(?:[\w'’-]{1,20}+[\s,()]++){0,4}")
#: ... or a relative clause of that medicine whose verbs the claim is one of, no subject or turn of its own in it: "Some men
#: are also on doxazosin or tamsulosin, which relax the muscle around the bladder outlet and work within days" (holdout299
#: jk01, a finasteride handout; not "tamsulosin, which takes weeks, but the tablet works within days").
_RELATIVE_GAP = re.compile(
    r"[\s,()]*+(?:which|that|who)\b(?![^.;:!?]*?\b(?:but|whereas|while|although|though|yet|unlike)\b)[^.;:!?—–]{0,120}+", re.IGNORECASE
)
_OWN_SUBJECT = re.compile(r"\b(?:it|this|these|they|that\s+one|this\s+one|i|you|we|he|she)\b|[;:.!?—–]", re.IGNORECASE)
#: What may open a sentence before its subject ("An antacid", "Most antacids", "Plain Gaviscon").
_OPENING = re.compile(r"\W*+(?:(?:an?|the|your|most|many|some|plain|ordinary|simple|standard|regular)\s++)?", re.IGNORECASE)
#: "it" or "they" after a sentence's subject refers back to it; another subject or a clause break starts a clause of its own.
_ANAPHOR = re.compile(r"\b(?:it|they)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_NEW_SUBJECT = re.compile(r"\b(?:this|these|that\s+one|i|you|we|he|she)\b|[;:—–]", re.IGNORECASE)
#: A clause of its own whose subject is "it" or "they", after a semicolon, colon or dash.
_CLAUSE_IT = re.compile(r"[;:—–]\s*+(?:(?:and|so)\s++)?(?:it|they)\b", re.IGNORECASE)


def _about_other_medicine(
    analysis: DrugAnalysis, kinds: Sequence[re.Pattern[str]], unit: ProseUnit, sentence_start: int, pos: int, claim_end: int
) -> bool:
    """Is the subject of the claim at ``unit.text[pos:claim_end]``, named just before it in its sentence, another medicine:
    a drug the article is not about (set against one it is about in the paragraph), or one of ``kinds`` ("an antacid such
    as Tums works within minutes" in an omeprazole article); or is it "it" or "they" in a sentence whose subject is one ("An
    antacid like Tums neutralises acid that is already there, so it acts quickly" in a famotidine article)?"""
    text = unit.text
    if _sentence_about_other(analysis, kinds, unit, sentence_start, pos, claim_end) or _clause_about_other(
        analysis, kinds, unit, sentence_start, pos
    ):
        return True
    window = max(sentence_start, pos - 60)
    # (a relative clause may run further: "tamsulosin, which relax the muscle around the bladder outlet and work within days")
    wide = max(sentence_start, pos - 200)
    # The medicine named last before the claim: a drug (its generic) or a kind (None).
    # (a kind's own brand is the kind: "Tums", an antacid, though a drug by name)
    kind_spans = [(m.start(), m.end()) for p in kinds for m in p.finditer(text, wide, pos)]
    named: list[tuple[int, int, str | None]] = [
        (m.end, m.start, m.generic)
        for m in analysis.in_unit(unit)
        if wide <= m.start and m.end <= pos and not any(s < m.end and m.start < e for s, e in kind_spans)
    ]
    named += [(end, start, None) for start, end in kind_spans]
    if not named:
        return False
    end, start, generic = max(named, key=lambda item: item[0])
    gap = text[end:pos]
    if generic in analysis.primary or _OWN_SUBJECT.search(gap):
        return False
    # a drug by name is the subject only set against the article's own ("Tums works within minutes; omeprazole is for
    # preventing heartburn"); alone, the claim may be about the drug under another name ("Lasix tablets work instantly")
    if generic is not None and not any(m.generic in analysis.primary for m in analysis.in_unit(unit)):
        return False
    return (start >= window and _SUBJECT_GAP.fullmatch(gap) is not None) or _RELATIVE_GAP.fullmatch(gap) is not None


def _clause_about_other(analysis: DrugAnalysis, kinds: Sequence[re.Pattern[str]], unit: ProseUnit, sentence_start: int, pos: int) -> bool:
    """Is the claim at ``unit.text[pos]`` in a clause of its own whose subject, "it" or "they" after a semicolon, colon or
    dash, is another medicine: the last one named before the clause, one of ``kinds`` or a drug the article is not about,
    in a sentence naming no primary drug before it ("Plenty of people keep a chewable antacid like Tums around too; it
    neutralizes acid that's already in your stomach and works within minutes" in an omeprazole article)? Not when another
    subject comes between ("...; it neutralizes acid, and you feel better within minutes")."""
    text = unit.text
    clause = next(reversed(list(_CLAUSE_IT.finditer(text, sentence_start, pos))), None)
    if clause is None or _NEW_SUBJECT.search(text, clause.end(), pos):
        return False
    before = clause.start()
    mentions = [m for m in analysis.in_unit(unit) if sentence_start <= m.start and m.end <= before]
    if any(m.generic in analysis.primary for m in mentions):
        return False
    kind_ends = [m.end() for p in kinds for m in p.finditer(text, sentence_start, before)]
    drug_ends = [m.end for m in mentions]
    return bool(kind_ends) and max(kind_ends) >= max(drug_ends, default=-1)


def _sentence_about_other(
    analysis: DrugAnalysis, kinds: Sequence[re.Pattern[str]], unit: ProseUnit, sentence_start: int, pos: int, claim_end: int
) -> bool:
    """Does the sentence open with another medicine as its subject (one of ``kinds``, or a drug the article is not about,
    set against one it is about in the paragraph), referred to as "it" or "they" by the claim at ``unit.text[pos:claim_end]``
    or joined to it by "and", with no primary drug, other subject or clause break between?"""
    text = unit.text
    opening = _OPENING.match(text, sentence_start)
    begin = opening.end() if opening else sentence_start
    mentions = analysis.in_unit(unit)
    subject_end = next((m.end() for p in kinds if (m := p.match(text, begin))), None)
    if subject_end is None:
        drug = next((m for m in mentions if m.start == begin), None)
        if drug is None or drug.generic in analysis.primary or not any(m.generic in analysis.primary for m in mentions):
            return False
        subject_end = drug.end
    if any(m.generic in analysis.primary and subject_end <= m.start < pos for m in mentions):
        return False
    between = text[subject_end:claim_end]
    # ... or the claim is the subject's second verb: "Antacids neutralise acid that is already there *and work in minutes*"
    joined = _AND_BEFORE.search(text, subject_end, pos) is not None
    return (joined or _ANAPHOR.search(between) is not None) and _NEW_SUBJECT.search(between) is None


def _drug_named_at(analysis: DrugAnalysis, unit: ProseUnit, pos: int) -> Mention | None:
    """The drug named at ``unit.text[pos]``, after any spaces, if one is."""
    text = unit.text
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return next((m for m in analysis.in_unit(unit) if m.start == pos), None)


def _drug_named_before(analysis: DrugAnalysis, unit: ProseUnit, sentence_start: int, pos: int) -> Mention | None:
    """The drug named right before ``unit.text[pos]`` (spaces between), within its sentence, if one is."""
    text = unit.text
    while pos > sentence_start and text[pos - 1].isspace():
        pos -= 1
    return next((m for m in analysis.in_unit(unit) if m.end == pos and m.start >= sentence_start), None)


#: Where a clause opens or closes within a sentence, for a support scoped to a topic.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
#: A sentence opening with a clause that sets the scene for the one after it ("When you taper, ...", "Once you stop, ...",
#: after a joining word too: "But for the worst acne, ...").
_SETTING_CLAUSE = re.compile(
    r"\W*(?:(?:and|but|so|yet|still|now)\s++)?(?:when|whenever|once|if|after|while|as|on|for|during|at)\b", re.IGNORECASE
)


def _beyond_label(claim: str, beyond: Patterns, topics: list[re.Pattern[str] | None]) -> bool:
    """Does the claim say more than any label does? A support scoped to a topic covers the
    words its own topic names: albuterol's label gives its relief in minutes, so "works
    within minutes" is its label's time, while "works instantly" is beyond it (and "within
    minutes" is beyond furosemide's hour)."""
    named = [m.span() for topic in topics if topic is not None for m in topic.finditer(claim)]
    return any(not any(s < m.end() and m.start() < e for s, e in named) for pattern in beyond for m in pattern.finditer(claim))


def _label_supported(
    analysis: DrugAnalysis,
    supported: dict[str, list[re.Pattern[str] | None]],
    beyond: Patterns | None,
    unit: ProseUnit,
    sentence_start: int,
    sentence_end: int,
    start: int,
    end: int,
) -> bool:
    """Is the claim ``unit.text[sentence_start + start : sentence_start + end]`` about a
    drug whose label supports it, and no stronger than the label? A support scoped to a
    topic holds when the claim's clause names it ("so stopping is gentler than with some
    others", "gentler than most when people stop, because ...", "When you taper, it is
    kinder than ..."), not for the drug's other comparisons ("it works better than
    sertraline, and stopping is easier")."""
    claim = unit.text[sentence_start + start : sentence_start + end]
    # a medicine named inside the claim is the one set against ("withdrawal is milder than with venlafaxine")
    at, until = sentence_start + start, sentence_start + end
    rival = any(at <= m.start < until for m in analysis.in_unit(unit))
    topics = supported.get(_claim_drug(analysis, unit, sentence_start, at if rival else sentence_end, at) or "", [])
    if beyond is not None and _beyond_label(claim, beyond, topics):
        return False
    if None in topics:
        return True
    text = unit.text[sentence_start:sentence_end]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    # the claim's clause, with the opening clause that sets its scene ("When you taper, Prozac is kinder than ...")
    opens = 0 if not breaks or (len(breaks) == 1 and _SETTING_CLAUSE.match(text)) else breaks[-1]
    closes = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    return any(topic.search(text, opens, closes) for topic in topics if topic is not None)
