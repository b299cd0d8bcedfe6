"""In what context a concept is stated: the ConText idea (negation, history,
hypothetical) plus the warning context of patient leaflets, from the context
lexicon (checks/lexicons/context.yml, data like every other lexicon).

- :meth:`ContextLexicon.warns` — the sentence warns ("Tell your doctor if you take").
- :func:`negated` — a warning topic is denied ("not addictive", "non-drowsy",
  "won't make you sleepy"); imperatives ("Do not stop suddenly") are warnings; a
  reassurance ("don't worry, that's normal") denies nothing.
- :func:`refuted` — a statement is quoted to be refuted ("Myth: ...", "You may have
  heard that ..."), not made after setting what others say aside ("Myths aside, ...").
- :func:`rebutted` — hearsay the text then rebuts ("people say it cures COVID, but
  the trials showed it doesn't"), not hearsay left standing.
- :func:`refuted_by_next` — the sentence after a statement says it is false ("It is not.",
  "That isn't accurate."), in its paragraph or opening the next one as a reply ("Kendra's note: ..."),
  or answers so the question after it ("True?" then "Not true, sadly."); a denial also by a bare "It is." after it.
- :func:`refuted_later` — a later clause of the statement's sentence says so ("..., but that is wrong").
- :func:`endorsed` — hearsay the writer then agrees with ("You'll hear people say ..., and that's a handy way
  to think about it"): the article's own statement after all.
- :func:`dismissal_end` — where such an opening ends ("Forget the scare stories, ").
- :func:`denied_by_subject` — a phrase is said of a subject nobody is ("No one who is pregnant, or could
  become pregnant, may take it").
- :func:`historical` — a substance is the reader's history ("if you have ever had
  problems with drugs or alcohol"), not something taken with the medicine.
- :func:`describes_the_drug` — a phrase is the drug's own description ("Warfarin
  is a blood thinner", "the blood thinner of choice"), not another medicine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ConfigError
from pipeline.knowledge.patterns import compile_pattern
from pipeline.knowledge.sources import KnowledgeDirs, files_in
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.document.article import Article
    from pipeline.document.sentences import Sentence
    from pipeline.knowledge.facts import DrugFacts
    from pipeline.run.context import CheckContext

CONTEXT_FILE = "lexicons/context.yml"
KEYS = (
    "warning_cue",
    "unworried",
    "warning_heading",
    "same_as_before",
    "interactions_section",
    "warnings_section",
    "disclosure",
    "off_label_heading",
    "negation",
    "negated_subject",
    "imperative",
    "history",
    "clause_end",
    "harm_told",
    "risk_told",
    "device",
    "pronoun_subject",
    "affirms_against_denial",
    "myth",
    "refuted",
    "refuted_heading",
    "refuted_after",
    "own_verdict_before",
    "refutes_previous",
    "endorses_previous",
    "asks_if_true",
    "called_false",
    "dismissal",
    "reassurance",
    "rebuttal",
    "harmless",
    "no_harm_story",
    "together",
    "pair",
    "deferral",
    "contrast",
    "substance",
)
#: A key's matches that fall inside a match of another key do not count: a negation word that
#: reassures ("don't worry", "no need to panic") does not deny the statement it reassures about, and
#: a do-not that lifts a worry ("you don't need to worry about other cold medicines") warns of nothing.
EXCEPT = {"negation": "reassurance", "warning_cue": "unworried"}
#: How far back (characters) a negation or history trigger reaches, within its clause.
SCOPE = 60


@dataclass
class ContextLexicon:
    patterns: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)

    def search(self, key: str, text: str) -> re.Match[str] | None:
        found = list(self.finditer(key, text))
        return min(found, key=lambda m: m.start()) if found else None

    def has(self, key: str, text: str) -> bool:
        return next(self.finditer(key, text), None) is not None

    def finditer(self, key: str, text: str) -> Iterator[re.Match[str]]:
        """Every match of every pattern of ``key`` in ``text`` (pattern by pattern), but those
        inside a match of the key's exception (:data:`EXCEPT`)."""
        excepted: list[tuple[int, int]] | None = None
        for pattern in self.patterns.get(key, []):
            for m in pattern.finditer(text):
                if key in EXCEPT:
                    if excepted is None:
                        excepted = [e.span() for p in self.patterns.get(EXCEPT[key], []) for e in p.finditer(text)]
                    if any(a <= m.start() < b for a, b in excepted):
                        continue
                yield m

    def warns(self, text: str) -> bool:
        return self.has("warning_cue", text)

    def last_clause(self, text: str) -> str:
        """The end of ``text`` after its last clause boundary (punctuation or a boundary word)."""
        cut = max(text.rfind(c) for c in ",;:()—")
        tail = text[cut + 1 :]
        ends = [m.end() for p in self.patterns.get("clause_end", []) for m in p.finditer(tail)]
        return tail[max(ends) :] if ends else tail


def load_context_lexicon(dirs: KnowledgeDirs) -> ContextLexicon:
    """The context lexicon of every knowledge layer; later layers add patterns. A pattern a
    later layer repeats (a team's copy of the built-in file with its own lines added) is
    read once: some checks count matches (a list of denials "whose only negation is the one
    before it"), and a second copy of every negation made each count two."""
    lexicon = ContextLexicon({key: [] for key in KEYS})
    seen: set[tuple[str, str]] = set()
    for path in files_in(dirs, CONTEXT_FILE):
        doc = load_yaml_file(path)
        validate(doc, "context-lexicon.schema.json", str(path))
        for key in KEYS:
            for i, text in enumerate(doc.data.get(key, [])):
                if (key, text) in seen:
                    continue
                seen.add((key, text))
                try:
                    lexicon.patterns[key].append(compile_pattern(text, whole_words=True))
                except re.error as exc:
                    raise ConfigError(f"bad regular expression {text!r}: {exc}", path=str(path), line=doc.line_of((key, i))) from None
    if not lexicon.patterns["warning_cue"]:
        raise ConfigError("context lexicon not found (the claim checks need it)", path=str(Path(CONTEXT_FILE)))
    return lexicon


def get_context_lexicon(ctx: CheckContext) -> ContextLexicon:
    return ctx.resource("context-lexicon", lambda: load_context_lexicon(ctx.config.knowledge_dirs))


#: A denial before "without" (see :func:`negated`): "couldn't", "can't", "never", "no".
_UNDONE_BY_WITHOUT = re.compile(r"\b(?:couldn[’']t|could\s+not|can[’']t|cannot|wouldn[’']t|would\s+not|never|not|no)\b", re.IGNORECASE)


def negated(lexicon: ContextLexicon, text: str, start: int) -> bool:
    """Is the phrase at ``text[start:]`` denied by a negation earlier in its clause?
    Imperatives are not denials: "Do not stop suddenly" gives the warning."""
    clause = lexicon.last_clause(text[max(0, start - SCOPE) : start])
    trigger = lexicon.search("negation", clause)
    if trigger is None:
        return text[max(0, start - 4) : start].lower().endswith("non-")
    # a denial undone by "without" after it, the last negation before the phrase: "she couldn't sit through a work meeting
    # without her mind spinning through every what-if" (holdout309 ju04) tells the signs; "no day went by without ..." too
    # (the denial may be further back than the scope: the whole clause, up to 160 characters)
    last = max(lexicon.finditer("negation", clause), key=lambda m: m.start())
    if last.group().lower() == "without" and len(clause[last.end() :].split()) <= 6:
        wider = lexicon.last_clause(text[max(0, start - 160) : start])
        if _UNDONE_BY_WITHOUT.search(wider, 0, len(wider) - len(clause) + last.start()):
            return False
    if _closed_relative(lexicon, clause, text[start : start + 40]):
        return False
    before = clause[: trigger.end()].strip().lower()
    imperative = lexicon.search("imperative", before)
    return not (imperative and imperative.start() == 0)


#: A relative clause of the subject opening before a denial: "drivers *who have* never had a sugar problem", "people *who*
#: don't have diabetes", "*whose* sugar is not high".
_RELATIVE_OPENS = re.compile(r"\b(?:who|whose(?:\s+[\w’'-]+){1,3}?)\s+(?:(?:have|has|had|do|does|did|are|were|is|was)\s+)?$", re.IGNORECASE)
#: The main clause's verb closing that relative clause, its object or complement between: "... never had a sugar problem *were
#: prescribed*", "... don't have diabetes *take*", "... is not high *get given*" (not "who do not want *to take*", still the
#: relative clause's; not a denial of the main verb's own: "were not prescribed").
#: (the verb is group ``verb``)
_MAIN_VERB_CLOSES = re.compile(
    r"(?:\s+(?!(?:to|and|or|but|not|never|no)\b)[\w’'-]+){1,8}?,?\s+(?:(?:also|still|now|then|both|all|each|recently|just|often|sometimes)\s+)?"
    r"(?P<verb>(?:were|are|was|is|get|gets|got|(?:have|has|had)\s+been)\s+(?:(?:also|still|now|then|both|all|recently|just|often|sometimes|being)\s+)?"
    r"(?:prescribed|given|started|put|offered|handed)|take|takes|took|use|uses|used|(?:are|were)\s+taking|swear\s+by)\b",
    re.IGNORECASE,
)


def _closed_relative(lexicon: ContextLexicon, clause: str, after: str) -> bool:
    """Are all the denials in ``clause`` (up to a phrase, ``after`` it) inside a relative clause of the subject that the
    main verb closes before the phrase ("Two of our drivers who have never had a sugar problem were prescribed it to slim
    down": the drivers' "never", not the prescribing's)?"""
    cues = list(lexicon.finditer("negation", clause))
    first, last = cues[0], cues[-1]
    if not _RELATIVE_OPENS.search(clause, 0, first.start()):
        return False
    # (the verb at the phrase or before it: not a phrase inside the relative clause, "people who don't have *kidney problems*
    # take it")
    tail = clause[last.end() :]
    closed = _MAIN_VERB_CLOSES.match(tail + after)
    return closed is not None and closed.start("verb") <= len(tail)


#: Where a subject nobody is opens its clause: the sentence's start, a clause break or a joining word before it
#: ("Remember: no one who ...", "..., and nobody who ...", "... because none of you who ...").
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,;:—–(]|\b(?:and|but|so|because|since|as|that|remember|also|then))[\s\"“‘'*_]*$",
    re.IGNORECASE,
)
#: What ends such a subject's reach before a phrase: a clause of its own (a full stop, semicolon, colon, "but",
#: ", so"); a dash not closed later in the sentence is one too (a pair sets off an aside: "No one who is pregnant — or
#: might be — may take it").
_SUBJECT_REACH_ENDS = re.compile(
    r"[.;:!?]|\b(?:but|however|although|though|whereas|yet|instead)\b|,\s*(?:so|then|and then)\b", re.IGNORECASE
)


def denied_by_subject(lexicon: ContextLexicon, text: str, start: int) -> bool:
    """Is the phrase at ``text[start:]`` said of a subject nobody is, which opens its clause before it and
    reaches it across the commas of its relative clause ("No one who is pregnant, or could become pregnant,
    may take it", "Nobody who has been on it for months, even at a low dose, should stop it suddenly")?"""
    for subject in lexicon.finditer("negated_subject", text[:start]):
        if not _SUBJECT_OPENS.search(text, 0, subject.start()):
            continue
        between = text[subject.end() : start]
        open_dash = (between.count("—") + between.count("–")) % 2 and not any(d in text[start:] for d in "—–")
        if _SUBJECT_REACH_ENDS.search(between) or open_dash:
            continue
        return True
    return False


def historical(lexicon: ContextLexicon, text: str, start: int) -> bool:
    """Is the phrase at ``text[start:]`` part of the reader's history ("problems with alcohol")?"""
    return lexicon.has("history", lexicon.last_clause(text[max(0, start - SCOPE) : start]))


def refuted(lexicon: ContextLexicon, article: Article, sentence: Sentence, start: int) -> bool:
    """Is the statement at ``start`` of ``sentence`` quoted to be refuted, not made: "Myth:",
    "You may have heard that ..." before it in its sentence, a tag after its quotation ('"..." is a
    phrase we hear a lot'), or a heading of myths above it (not right after the writer's own verdict: "Forget it.")?
    An opening that sets the myths aside and then makes the statement ("Myths aside, ...",
    "Despite what you may have heard, ...") does not refute it."""
    before = sentence.text[min(dismissal_end(lexicon, sentence.text), start) : start]
    if lexicon.has("refuted", before) or lexicon.has("myth", before):
        return True
    # a quotation tagged after it as what others say: '"He's not going to get addicted" is a phrase we hear a lot'
    if lexicon.has("refuted_after", sentence.text[start:]):
        return True
    if not any(lexicon.has("refuted_heading", h.text) for h in article.sections.headings_above(sentence.unit)):
        return False
    # ... unless the writer's own verdict comes right before it ("So the mood thing? Forget it. Chantix doesn't mess
    # with your head.", under "The Chantix Mood Myth"): the writer's word, not a myth quoted
    return not lexicon.has("own_verdict_before", sentence.unit.text[max(0, sentence.start - 80) : sentence.start])


#: A sentence with no subject of its own that goes on with the one before it: "(A lot of people think of tramadol as the
#: light option.) Not a real opioid, can't really get you hooked.", "Just a milder painkiller, nothing to get hooked on.",
#: "Basically a stronger paracetamol." (its first clause names nobody and has no verb of being: not "It can't get you
#: hooked", "Tramadol is not a real opioid").
_FRAGMENT_OPENING = re.compile(
    r"^\W*(?:not|just|only|merely|basically|simply|nothing\s+but|no\s+more\s+than)\s+(?:an?|the|really|very|quite|some)\b", re.IGNORECASE
)
_SUBJECT_OR_BEING = re.compile(r"\b(?:it|they|he|she|I|we|this|that|there|is|are|was|were|am|be|been)\b|['’](?:s|re|m)\b", re.IGNORECASE)


def continues_hearsay(lexicon: ContextLexicon, sentences: list[Sentence], index: int) -> bool:
    """Is ``sentences[index]`` a fragment with no subject of its own that goes on with what others say or believe in the
    sentence before it in its paragraph ("A lot of people, me included, think of tramadol as the light option. Not a real
    opioid, can't really get you hooked.")? It is part of that hearsay, quoted as :func:`refuted` quotes the one before it."""
    if index == 0 or sentences[index - 1].unit is not sentences[index].unit:
        return False
    text = sentences[index].text
    first = re.split(r"[,;:—–]", text, maxsplit=1)[0]
    if not _FRAGMENT_OPENING.match(first) or _SUBJECT_OR_BEING.search(first):
        return False
    return lexicon.has("refuted", sentences[index - 1].text)


def called_a_myth(lexicon: ContextLexicon, article: Article, sentence: Sentence, start: int) -> bool:
    """Does the writer call the statement at ``start`` of ``sentence`` false before it ("It's a myth
    that ...", "Myth: ..."), or is it under a heading of myths? Stricter than :func:`refuted`: hearsay
    ("Plenty of people say it got them over COVID") left standing is still the article's word."""
    before = sentence.text[min(dismissal_end(lexicon, sentence.text), start) : start]
    headings = article.sections.headings_above(sentence.unit)
    return lexicon.has("myth", before) or any(lexicon.has("refuted_heading", h.text) for h in headings)


def rebutted(lexicon: ContextLexicon, sentences: list[Sentence], index: int, start: int, end: int) -> bool:
    """Is the statement at ``start:end`` of sentence ``index`` hearsay ("Some people say", "Many
    patients believe") that the text then rebuts, later in its sentence or in the next sentence of
    its paragraph ("..., but the trials showed it doesn't", "... . There is no evidence for that")?
    Hearsay reported and left standing is the article's own statement."""
    sentence = sentences[index]
    if not lexicon.has("refuted", sentence.text[:start]):
        return False
    after = [sentence.text[end:]]
    if index + 1 < len(sentences) and sentences[index + 1].unit is sentence.unit:
        after.append(sentences[index + 1].text)
    return any(lexicon.has("rebuttal", text) or lexicon.has("negation", text) for text in after)


#: A speaker's label before a reply: "Kendra's note: ", "Pharmacist's answer: ", "Dr Patel: ", "Mod: ", or the
#: speaker told in a few words: "The specialist shakes her head: ".
#: (a role in brackets too: "Leona (pinned): ...", "Sam (moderator): ..."; a time in brackets or square brackets, as chat
#: exports give it: "Maya (9:44): ...", "Dad [8:02 pm]: ...")
_REPLY_LABEL = re.compile(r"^\W*(?:[\w@’'.()-]+\s+){0,5}?[\w@’'.()-]+\s*(?:[(\[]\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?[)\]]\s*)?:\s*")
_LEADING_PUNCTUATION = re.compile(r"^\W+")
#: The one replied to, addressed by name before the reply: "Uncle Jim, yes you can.", "Dad, that's not true.", "@mike_r,
#: it is.", "Aunt Lorraine - that's wrong" (a kin word or title and a capitalised name, or a name or handle alone; not a
#: condition opening the reply: "If so, ...", "Unless, ...").
_ADDRESSED = re.compile(
    r"^(?:@[\w.-]+|(?:(?i:uncle|aunt|auntie|aunty|cousin|grandma|grandpa|granny|gran|nana|nan|dr|mr|mrs|ms|miss|sister|brother)\.?\s+)?"
    r"(?!(?:If|Unless|When|Otherwise|Still|So|But|And|Yes|No|Well|Actually|Sadly|Honestly|Trust|Believe)\b)[A-Z][\w’'-]{1,20}"
    r"(?:\s+[A-Z][\w’'-]{1,20})?|(?i:mom|mum|dad|mother|father|grandma|grandpa|gran|nana|folks|guys|everyone|all))\s*(?:,|\s[—–-])\s+"
)


def refuted_by_next(lexicon: ContextLexicon, article: Article, sentences: list[Sentence], index: int, denied: bool = False) -> bool:
    """Does the sentence after ``sentences[index]`` say it is false ("It is not.", "That isn't
    accurate.")? The next sentence of its paragraph, or the first of the next paragraph of its
    section, a reply that may open with its speaker's label ("@dad said a neighbour told him Ritalin
    can't get kids addicted." then "Kendra's note: That isn't accurate."). A question that only asks
    whether it is true ("True?", "Is that right?") hands it on to the answer after the question.
    A statement that ``denied`` something (see :func:`denies`) is also refuted by a bare reply that it is so ("People say
    it's not habit-forming." then "It is.", "You can't get hooked on it." then "You absolutely can.")."""
    after = index + 1
    if after >= len(sentences):
        return False
    sentence, reply = sentences[index], sentences[after]
    if reply.unit is not sentence.unit:
        units = article.units
        position = article.sections.index(sentence.unit)
        if reply.unit.kind == "heading" or position + 1 >= len(units) or units[position + 1] is not reply.unit:
            return False
    text = reply.text
    label = _REPLY_LABEL.match(text)
    openings = [_LEADING_PUNCTUATION.sub("", opening) for opening in ((text, text[label.end() :]) if label else (text,))]
    openings += [opening[addressed.end() :] for opening in openings if (addressed := _ADDRESSED.match(opening))]
    if any(lexicon.has("asks_if_true", opening) for opening in openings):
        # the statement asked about ("Someone said it's not addictive. True?"): the answer to the question is its reply
        return refuted_by_next(lexicon, article, sentences, after, denied)
    return any(
        lexicon.has("refutes_previous", opening) or (denied and _affirms(lexicon, opening, sentence.text)) for opening in openings
    ) or answered_letter(lexicon, article, sentences, index)


def _affirms(lexicon: ContextLexicon, reply: str, statement: str) -> bool:
    """Does ``reply`` say that the denied ``statement`` is so: bare ("It is.", "You can.") or with the denied words said back
    ("It is addictive." after "People say it's not addictive"; the words must stand in the statement)?"""
    for m in lexicon.finditer("affirms_against_denial", reply):
        said = m.groupdict().get("said")
        if said is None or re.search(r"\b" + r"\s+".join(map(re.escape, said.split())) + r"\b", statement, re.IGNORECASE):
            return True
    return False


#: A line quoted whole, a reader's own words set over a letter as its title: '"My sister says it helped her slim down."'.
_QUOTED_WHOLE = re.compile(r"^\W*[\"“‘][^\"“”]{3,200}[\"”’]\W*$")
#: ... or a forum post by its poster's label: "**kettle_on** wrote: I've heard people say a bigger dose melts off the pounds."
#: answered by the next post, "**Leona (pinned):** Please don't." (holdout81 ba06)
_POSTED = re.compile(r"^\W*[\w@’'.()-]+\W*\s+(?:wrote|writes|posted|posts|asked|asks)\s*:", re.IGNORECASE)


def answered_letter(lexicon: ContextLexicon, article: Article, sentences: list[Sentence], index: int) -> bool:
    """Is ``sentences[index]`` a reader's words on a letters or agony-aunt page, a line quoted whole set over the letter
    ('**"My sister says it helped her slim down."**') or the letter under it, or a forum post by its poster's label
    ("**kettle_on** wrote: ..."), that the columnist's or the next poster's reply then calls false:
    the first paragraph after them, opening with the speaker's label, opens with a refutation ("Ruth replies: Please
    don't.", "A: That isn't true.")? The reply answers the whole letter, not only its last sentence (:func:`refuted_by_next`)."""
    units = article.units
    unit = sentences[index].unit
    position = article.sections.index(unit)

    def quoted(at: int) -> bool:
        return 0 <= at < len(units) and _QUOTED_WHOLE.match(units[at].text) is not None

    replies: tuple[int, ...]
    if quoted(position):
        replies = (position + 1, position + 2)
    elif (quoted(position - 1) and unit.kind != "heading" and not _REPLY_LABEL.match(unit.text)) or (
        unit.kind == "paragraph" and _POSTED.match(unit.text)
    ):
        replies = (position + 1,)
    else:
        return False
    for at in replies:
        if at >= len(units) or units[at].kind == "heading":
            return False
        reply = units[at]
        label = _REPLY_LABEL.match(reply.text)
        if label is None:
            continue  # the letter itself
        first = next((s for s in sentences[index + 1 :] if s.unit is reply), None)
        if first is None:
            return False
        own = _REPLY_LABEL.match(first.text)
        return lexicon.has("refutes_previous", _LEADING_PUNCTUATION.sub("", first.text[own.end() :] if own else first.text))
    return False


#: A verb denied: "is not", "isn't", "can't", "won't", "never", "cannot" (not "no", "without" or "non-": "it's
#: non-addictive" then "It is." agrees).
_DENIED_VERB = re.compile(r"n['’]t\b|\b(?:not|never|cannot)\b", re.IGNORECASE)


def denies(text: str) -> bool:
    """Does the statement ``text`` deny with its verb ("it's not habit-forming", "you can't get hooked"), so that a bare
    reply that it is so ("It is.", "You can.") says it is false?"""
    return _DENIED_VERB.search(text) is not None


#: Where a clause of its own opens later in a sentence: after a comma, semicolon, colon or dash and
#: any joining word, or after "but" ("..., but that is wrong", "...; that's bad advice", "..., which was not true").
_LATER_CLAUSE = re.compile(r"[,;:—–]\s*(?:(?:but|and|yet|though|although|however)\b,?\s*)?|\s+but\s+", re.IGNORECASE)


def refuted_later(lexicon: ContextLexicon, text: str, end: int) -> bool:
    """Does a later clause of the sentence ``text`` say that the statement ending at ``text[end]``
    is false, as a next sentence does for :func:`refuted_by_next` ("My doctor said I could stop
    whenever I felt better, but that is wrong: taper", "..., which turned out to be bad advice")? Or is the statement
    someone's idea or claim that the sentence calls false ("Your neighbour's idea that tramadol isn't a real opioid is
    wrong")?"""
    if any(m.start() < end <= m.end() for m in lexicon.finditer("called_false", text)):
        return True
    return any(lexicon.has("refutes_previous", text[m.end() :]) for m in _LATER_CLAUSE.finditer(text, end))


def endorsed(lexicon: ContextLexicon, sentences: list[Sentence], index: int, start: int, end: int) -> bool:
    """Is the statement at ``start:end`` of sentence ``index`` hearsay ("You'll hear people say ...") that the writer
    agrees with, in a later clause of its sentence or at the start of the next sentence of its paragraph ("..., and
    that's a handy way to think about it", "They're not wrong.")? Hearsay so agreed with is the article's own statement."""
    sentence = sentences[index]
    if not lexicon.has("refuted", sentence.text[:start]):
        return False
    later = [sentence.text[m.end() :] for m in _LATER_CLAUSE.finditer(sentence.text, end)]
    if index + 1 < len(sentences) and sentences[index + 1].unit is sentence.unit:
        later.append(_LEADING_PUNCTUATION.sub("", sentences[index + 1].text))
    return any(lexicon.has("endorses_previous", text) for text in later)


def dismissal_end(lexicon: ContextLexicon, text: str) -> int:
    """Where an opening of ``text`` that sets what others say aside ends ("Myths aside, ",
    "Forget the scare stories, ", "Despite what you may have heard, "): 0 when it has none."""
    found = lexicon.search("dismissal", text)
    return found.end() if found else 0


#: "is a", "is the", "as a", "still the": the phrase says what the drug itself is.
#: "is an SNRI", "as a blood thinner", and the class a sentence says makes or calls it one: "what makes it an SNRI".
_ARTICLE_BEFORE = re.compile(
    r"\b(?:is|was|are|remains|as|still|(?:makes?|made|making|calls?|called|calling|consider\w*)\s+(?:it|them|this|that))\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: The drug said not to be one of a class: "Not another SSRI", "it isn't just another antidepressant".
_NOT_ANOTHER_BEFORE = re.compile(
    r"(?<![\w'’])(?:isn['’]t|is\s+not|not)\s+(?:just\s+|simply\s+|merely\s+)?another\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_OTHER_BEFORE = re.compile(r"\b(?:other|another|any|more than one|two)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: The drug, as "it" or "this medicine", said not to be one of a class, whatever the sentence opens with:
#: "It's not an opioid", "and it isn't a sedative", "this medicine is not a benzodiazepine".
_IT_IS_NOT_ONE_BEFORE = re.compile(
    r"(?<![\w'’])(?:it|this\s+(?:medicine|medication|drug|pill|tablet))\s*(?:['’]s|\s+is|\s+was)\s+(?:not|never)\s+"
    r"(?:just\s+|simply\s+|even\s+)?(?:a|an)\s+(?:[\w-]+\s+)?$|(?<![\w'’])it\s+(?:isn['’]t|wasn['’]t)\s+(?:just\s+|even\s+)?(?:a|an)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: The drug's class as a whole, which the drug belongs to: a property of any one of them ("the main side effect of any
#: anticoagulant", "the risk with any anticoagulant") or a likeness ("like any anticoagulant", "as with other
#: anticoagulants"), not another medicine taken with it ("with any other anticoagulant", "adds to the effect of any anticoagulant").
_CLASS_AS_A_WHOLE_BEFORE = re.compile(
    r"\b(?:side[\s-]effects?|risks?|dangers?|downsides?|drawbacks?|hazards?|catch)\s+(?:of|with)\s+(?:any|all|every|each)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:(?<!\bnot\s)like|as\s+(?:with|for|is\s+true\s+(?:of|for))|true\s+(?:of|for)|common\s+to|shared\s+by)\s+"
    r"(?:any|all|every|each|other|(?:any|all)\s+other)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: In a sentence about the drug, a class it is said not to be, or set against: "It is an anti-seizure
#: medicine, not an opioid", "gabapentin isn't a narcotic", "unlike opioids, it ...".
_NOT_ONE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:isn['’]t|is\s+not|not|never|no)\s+(?:just\s+|simply\s+|merely\s+|even\s+)?(?:a|an)|unlike(?:\s+the)?)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def describes_the_drug(drug: DrugFacts, text: str, start: int, end: int, names_drug: bool) -> bool:
    """Is ``text[start:end]`` the drug itself or its own description? Its name; its
    class ("trazodone is an antidepressant"); or a singular "is a/the <phrase>" in a
    sentence about it ("Warfarin is a blood thinner", "still the blood thinner many
    people need") — other medicines are plural, "other <phrase>" or "with a <phrase>"; its
    class word after "another", "other", "any" is another medicine ("if you take another
    antidepressant")."""
    phrase = text[start:end].lower()
    if phrase in (drug.generic, *(b.lower() for b in drug.brands), *(a.lower() for a in drug.aliases)):
        return True
    before = text[max(0, start - 30) : start]
    if _NOT_ANOTHER_BEFORE.search(before):
        return True  # "Not another SSRI", "it isn't just another antidepressant": the drug said not to be one
    if (names_drug and _NOT_ONE_BEFORE.search(before)) or _IT_IS_NOT_ONE_BEFORE.search(before):
        return True  # "It is an anti-seizure medicine, not an opioid", "unlike opioids, it ...", "and it's not an opioid"
    if phrase.rstrip("s") in drug.drug_class.lower():
        return not _OTHER_BEFORE.search(before) or bool(_CLASS_AS_A_WHOLE_BEFORE.search(before))
    return names_drug and not phrase.endswith("s") and bool(_ARTICLE_BEFORE.search(before)) and not _OTHER_BEFORE.search(before)
