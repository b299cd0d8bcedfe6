"""Drug facts: checks/drugs/<generic>.yml, one file per drug, validated on load.

Every fact carries its source (a key of the file's ``sources`` plus a label
section). Problems are ConfigErrors naming the file and line: schema errors, a
``source.ref`` that is not in ``sources``, a regex that does not compile, a file
whose name does not match its ``generic``. Patterns are compiled once, wrapped
as ``\\b(?:PATTERN)\\b`` and case-insensitive, as the schema promises.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError
from pipeline.knowledge.cache import LazyTable
from pipeline.knowledge.patterns import PROGRAMS, compile_pattern
from pipeline.knowledge.sources import builtin_dir
from pipeline.yamlload import JsonPath, LocatedYaml, load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.run.context import CheckContext

SCHEMA = "drug-facts.schema.json"
_UNIT_TO_MG = {"mg": 1.0, "mcg": 0.001}


@dataclass(frozen=True)
class Source:
    ref: str
    section: str
    #: The full citation from the file's ``sources`` map.
    citation: str

    def cite(self) -> str:
        return f"{self.citation}, section {self.section}"

    def to_dict(self) -> dict[str, str]:
        return {"ref": self.ref, "section": self.section, "citation": self.citation}


@dataclass
class ApprovedUse:
    condition: str
    synonyms: list[str]
    patterns: list[re.Pattern[str]]
    source: Source
    #: Brands this use applies to only (empty: the generic and every brand not named elsewhere).
    products: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The condition without its notes ("erosive esophagitis with GERD" of
        "erosive esophagitis with GERD (adults) — not plain heartburn")."""
        return self.condition.split(" — ")[0].split(" (")[0]


@dataclass
class Dosing:
    route: str
    population: str
    source: Source
    form: str | None = None
    note: str | None = None
    #: As written in the file, in ``unit``.
    unit: str = "mg"
    start_single: float | None = None
    start_daily: float | None = None
    max_single: float | None = None
    max_daily: float = 0.0
    #: False when the label sets no hard ceiling and max_daily is the top of the usual range.
    max_daily_is_label_limit: bool = True
    #: A dose given once (a loading dose, a single-dose regimen), no allowance for a regimen taken every day.
    one_time: bool = False
    #: Unit strengths (in ``unit``) that tell this entry's product apart ("naproxen sodium 220 mg"
    #: is the OTC product): see :meth:`at_strength`.
    strengths: tuple[float, ...] = ()
    #: Brands this entry applies to only (empty: the generic and every brand not named elsewhere).
    products: tuple[str, ...] = ()
    #: For combination products: the component whose amount the numbers are.
    component: str | None = None
    #: The approved use (its ``condition``) these amounts are for, when the label doses uses differently.
    use: str | None = None

    def mg(self, value: float | None) -> float | None:
        """A value of this entry converted to mg."""
        return None if value is None else value * _UNIT_TO_MG[self.unit]

    @staticmethod
    def at_strength(entries: list[Dosing], strength_mg: float | None) -> list[Dosing]:
        """The entries of a product sold at ``strength_mg`` (one tablet) when some entry lists
        it in ``strengths``: "naproxen sodium 220 mg" is the OTC entry, not Anaprox DS; else none."""
        if not strength_mg:
            return []
        return [d for d in entries if any(abs((d.mg(s) or 0.0) - strength_mg) < 1e-6 for s in d.strengths)]


#: How much an article must say about an interaction or warning (see README "Importance tiers");
#: misstatements are required or recommended only.
IMPORTANCE = ("required", "recommended", "reference")


@dataclass(kw_only=True)
class Tiered:
    """What an article must say about an interaction or warning, and how to say it."""

    #: required (missing: error), recommended (missing: warning), reference (never demanded).
    importance: str = "required"
    importance_reason: str = ""
    #: A plain sentence an editor can paste into the article.
    advice: str = ""
    #: Brands or aliases this item belongs to only (empty: every product of the drug); when
    #: such an item is demanded of an article is :meth:`DrugFacts.scoped_in` (README "Importance tiers").
    products: tuple[str, ...] = ()


@dataclass
class Interaction(Tiered):
    id: str
    name: str
    mentions: list[str]
    patterns: list[re.Pattern[str]]
    source: Source


@dataclass
class SafetyWarning(Tiered):
    id: str
    name: str
    boxed: bool
    texts: list[str]
    patterns: list[re.Pattern[str]]
    source: Source
    #: A condition the label warns against using the drug for (levothyroxine: weight loss).
    against_use: str = ""


@dataclass
class Misstatement:
    id: str
    text: str
    #: The misstatement's own wording (``pattern``, ``taken_at_onset``); None when it has only a kind.
    pattern: re.Pattern[str] | None
    correct: str
    source: Source
    #: required (contradicts a boxed warning or contraindication, or leads to a dangerous
    #: action: the rule's severity, an error) or recommended (a warning).
    importance: str = "recommended"
    importance_reason: str = ""
    #: The attack words of a ``taken_at_onset`` misstatement, as written (``pattern`` then also
    #: holds the shared wording of taking the drug as an attack comes on, built with them).
    taken_at_onset: str = ""
    #: The misstatement kind (lexicons/misstatement-kinds.yml) whose shared wordings it also has.
    kind: str = ""
    #: The kind's wordings said of this drug, as regular expressions, each with whether it is
    #: inferred ("it won't leave you needing more and more" infers "not addictive": a warning
    #: whatever the tier); compiled on first use, or when the facts are loaded for the knowledge
    #: cache (:func:`load_facts`), so that the cache keeps them compiled with their pre-filters
    #: (compiling them in every process cost a cold check of the corpus about 0.3 s; without a
    #: cache, as in the tests, a process compiles only those of the drugs it meets).
    kind_wording: tuple[tuple[str, bool], ...] = ()
    #: The success-story wordings of the use it is wrong about (its ``story``, else its kind's), said of this drug.
    story_wording: tuple[tuple[str, bool], ...] = ()
    #: The one form of the drug the misstatement is about (``form``: OxyContin's slow-release tablets), and
    #: the drug's other forms (``other_forms``): the kind's wordings, which may name it only as "them" or "the
    #: tablets" ("you can crush them"), count only in an article that names that form and no other.
    form: re.Pattern[str] | None = None
    other_forms: re.Pattern[str] | None = None
    #: What the wording points back at without naming it (``points_back_to``: "it's the same metoprolol either
    #: way" after tartrate and succinate): each must be named in its sentence, before it in its section or in a
    #: heading above it (:func:`pipeline.checks.drug_checks._points_back`).
    points_back_to: tuple[re.Pattern[str], ...] = ()
    #: The interaction of the drug this misstatement declares harmless (``interaction``: clopidogrel's ppi-fine, of
    #: its CYP2C19-inhibitor interaction): that interaction declared harmless in any of the shared wordings ("It's fine to
    #: take omeprazole and Plavix together") reports as this misstatement, with its correct fact.
    interaction: str = ""
    #: A sentence in which the kind's wordings state nothing (the kind's ``unless``: safe-in-pregnancy's "so little
    #: reaches the breast milk that it will not harm your baby", about a nursing baby and naming no pregnancy).
    kind_unless: re.Pattern[str] | None = None
    #: A sentence in which none of its wordings state it (its own ``unless``: the label's exception told with the wording,
    #: doxycycline given to young children for a serious infection like Rocky Mountain spotted fever).
    unless: re.Pattern[str] | None = None

    @cached_property
    def _kind_patterns(self) -> list[tuple[re.Pattern[str], bool]]:
        # the stated wordings before the inferred ones (the first that matches is reported)
        wordings = sorted((*self.kind_wording, *self.story_wording), key=lambda w: w[1])
        try:
            return [(compile_pattern(wording, whole_words=True), inferred) for wording, inferred in wordings]
        except re.error as exc:  # the lexicon's fault: the drug's own words were compiled on load
            kind = self.kind or "success-story"
            raise ConfigError(f"misstatement kind '{kind}' ({self.id}): bad regular expression: {exc}", path=str(KINDS_FILE)) from None

    @cached_property
    def _story_places(self) -> tuple[int, ...]:
        """Where its success-story wordings are among its kind patterns (places, not objects: they survive the cache)."""
        stories = {w for w, _ in self.story_wording}
        wordings = sorted((*self.kind_wording, *self.story_wording), key=lambda w: w[1])
        return tuple(i for i, (w, _) in enumerate(wordings) if w in stories)

    def tells_a_story(self, pattern: re.Pattern[str]) -> bool:
        """Is ``pattern`` one of its success-story wordings (a drug named inside it is the one taken)?"""
        return bool(self.story_wording) and any(self._kind_patterns[i][0] is pattern for i in self._story_places)

    def wordings(self, of_the_form: bool = True, sentence: str = "") -> list[tuple[re.Pattern[str], bool]]:
        """Its own wording, the kind's stated ones, then the kind's inferred ones, each with
        whether it is inferred (the kind's only ``of_the_form``: see :meth:`about_the_form`, and
        not in a ``sentence`` the kind's ``unless`` matches; none in a ``sentence`` its own ``unless`` matches)."""
        if self.unless and self.unless.search(sentence):
            return []
        own = [(self.pattern, False)] if self.pattern else []
        kind_counts = (of_the_form or self.form is None) and not (self.kind_unless and self.kind_unless.search(sentence))
        return [*own, *self._kind_patterns] if kind_counts else own

    def about_the_form(self, text: str) -> bool:
        """Is ``text`` (an article's) about the form the misstatement is about: naming it and no other
        form? Always, for a misstatement of every form."""
        if self.form is None:
            return True
        return self.form.search(text) is not None and (self.other_forms is None or self.other_forms.search(text) is None)


@dataclass
class DrugFacts:
    generic: str
    aliases: list[str]
    brands: list[str]
    drug_class: str
    class_source: Source | None
    sources: dict[str, str]
    approved_uses: list[ApprovedUse]
    dosing: list[Dosing]
    interactions: list[Interaction]
    safety_warnings: list[SafetyWarning]
    misstatements: list[Misstatement]
    path: str
    #: Combination products: the components in the order strengths are written ("10/325").
    components: tuple[str, ...] = ()

    def for_product(self, name: str) -> tuple[list[ApprovedUse], list[Dosing]]:
        """The approved uses and dose entries that apply when an article names the
        drug as ``name``: a brand with its own entries (``products``) gets those;
        the generic name and every other brand get the entries without ``products``."""
        key = name.strip().lower()

        def applicable(entries: list[Any]) -> list[Any]:
            own = [e for e in entries if key in {p.lower() for p in e.products}]
            general = [e for e in entries if not e.products]
            return own or general or list(entries)

        return applicable(self.approved_uses), applicable(self.dosing)

    def scoped_in(self, item: Tiered, names: set[str], texts: list[str]) -> bool:
        """Is an interaction or warning demanded of an article that calls this drug by
        ``names`` (lower-cased, as written) and says ``texts``? An item without ``products``
        always is. A scoped item (a Wegovy-only warning, the tablets' warfarin interaction) is
        when the article names one of its products, or names the drug only by names that cover
        every product (the generic; an alias or brand no use or dose is scoped to) and mentions a
        use that only those products are approved for (no other product's use matches there:
        "ivermectin for river blindness" is the tablets, "semaglutide for weight loss" is Wegovy,
        "lowers the risk of heart attacks" is Ozempic's use too): a pharmacist reads the generic name as the
        product whose use is discussed, and would not ask a head-lice lotion article for the
        tablets' warnings. An article naming another product (Ozempic), with or without the
        generic, is about that product and is not asked."""
        if not item.products:
            return True
        scope = {p.lower() for p in item.products}
        if names & scope:
            return True
        scoped = {p.lower() for listed in [*(u.products for u in self.approved_uses), *(d.products for d in self.dosing)] for p in listed}
        covering = {n.lower() for n in [self.generic, *self.aliases, *self.brands]} - scoped
        if not names or not names <= covering:
            return False
        own = [p for u in self.approved_uses if u.products and {n.lower() for n in u.products} <= scope for p in u.patterns]
        # a use other products are approved for too ("cardiovascular risk" is Ozempic's and Wegovy's) does not tell
        other = [p for u in self.approved_uses if u.products and not {n.lower() for n in u.products} <= scope for p in u.patterns]
        return any(
            not any(o.start() < m.end() and m.start() < o.end() for q in other for o in q.finditer(text))
            for text in texts
            for p in own
            for m in p.finditer(text)
        )

    def to_dict(self) -> dict[str, Any]:
        """The facts as shown by `pipeline facts --format json` (every fact with its source)."""

        def dose(d: Dosing) -> dict[str, Any]:
            out: dict[str, Any] = {"route": d.route, "population": d.population, "unit": d.unit}
            for key in ("form", "start_single", "start_daily", "max_single", "max_daily", "note", "component"):
                value = getattr(d, key)
                if value is not None:
                    out[key if key in ("form", "note", "component") else f"{key}_{d.unit}"] = value
            if d.one_time:
                out["one_time"] = True
            if d.strengths:
                out[f"strengths_{d.unit}"] = list(d.strengths)
            if d.products:
                out["products"] = list(d.products)
            out["source"] = d.source.to_dict()
            return out

        return {
            "generic": self.generic,
            "aliases": self.aliases,
            "brands": self.brands,
            "drug_class": self.drug_class,
            "class_source": self.class_source.to_dict() if self.class_source else None,
            "file": self.path,
            "sources": self.sources,
            "approved_uses": [{"condition": u.condition, "synonyms": u.synonyms, "source": u.source.to_dict()} for u in self.approved_uses],
            "dosing": [dose(d) for d in self.dosing],
            "interactions": [
                {
                    "id": i.id,
                    "name": i.name,
                    "importance": i.importance,
                    "importance_reason": i.importance_reason,
                    "advice": i.advice,
                    **({"products": list(i.products)} if i.products else {}),
                    "mentions": i.mentions,
                    "source": i.source.to_dict(),
                }
                for i in self.interactions
            ],
            "safety_warnings": [
                {
                    "id": w.id,
                    "name": w.name,
                    "boxed": w.boxed,
                    "importance": w.importance,
                    "importance_reason": w.importance_reason,
                    "advice": w.advice,
                    **({"products": list(w.products)} if w.products else {}),
                    "patterns": w.texts,
                    **({"against_use": w.against_use} if w.against_use else {}),
                    "source": w.source.to_dict(),
                }
                for w in self.safety_warnings
            ],
            "misstatements": [
                {
                    "id": m.id,
                    "importance": m.importance,
                    "importance_reason": m.importance_reason,
                    "pattern": m.text,
                    **({"taken_at_onset": m.taken_at_onset} if m.taken_at_onset else {}),
                    **({"kind": m.kind} if m.kind else {}),
                    **({"interaction": m.interaction} if m.interaction else {}),
                    "correct": m.correct,
                    "source": m.source.to_dict(),
                }
                for m in self.misstatements
            ],
        }


@dataclass
class FactsBase:
    #: Generic name -> facts (a :class:`LazyTable`: from the knowledge cache, a drug's facts are
    #: unpickled when first looked up).
    drugs: Mapping[str, DrugFacts]
    #: Lower-cased generic name, alias or brand -> generic name.
    index: dict[str, str]
    #: Display spelling of every indexed name (brands keep their capitals).
    spellings: dict[str, str] = field(default_factory=dict)

    def resolve(self, name: str) -> DrugFacts | None:
        generic = self.index.get(name.strip().lower())
        return self.drugs.get(generic) if generic else None

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        close = difflib.get_close_matches(name.strip().lower(), list(self.index), n=limit, cutoff=0.6)
        return [self.spellings.get(c, c) for c in close]


#: Taking a drug that only prevents or controls attacks as one comes on: the one wording class
#: of every misstatement with ``taken_at_onset`` ({attack}: the drug's words for an attack,
#: {names}: its names). "take it as soon as the wheezing starts", "pop one at the first sign of a
#: headache", "I reach for propranolol when a migraine hits", "take topiramate to stop a migraine
#: attack", "use it during an attack", "keep it as a rescue", "I use it as my reliever", "Singulair stops an asthma attack", "a teacher
#: can give one if a wheezy spell starts", "hand him a chewable when he's wheezy".
#: Not after stopping or carrying on ("stop taking it if you get a headache", "keep taking it
#: even when ..."); a negation earlier in the clause is the checks' business ("do not take it when").
_ONSET_TAKE = r"(?<!stop )(?<!stops )(?<!stopped )(?<!quit )(?<!avoid )(?<!skip )(?<!keep )(?<!continue )(?<!still )" + (
    r"(?:take|takes|taking|took|use|uses|using|used|pop|pops|popping|popped|swallow|swallows|swallowing|chew|chews|chewing"
    r"|reach(?:es|ed|ing)? for|grab|grabs|grabbing|grabbed|try|tries|trying|tried"
    r"|give|gives|giving|gave|hand|hands|handing|handed|administer|administers|administering|administered)"
)
_ONSET_DOSE = (
    r"(?:it|them|one|two|(?:an?|another|your|the|my|their|his|her|an extra|a second)\s+(?:(?:{names})\s+)?"
    r"(?:tablet|pill|dose|capsule|tab|chewable|granule)s?"
    r"|(?:\d[\d.,]{{0,6}}\s?(?:mg|milligrams?)\s+(?:of\s+)?)?(?:{names})(?:\s+(?:tablets?|pills?|capsules?|tabs?))?)"
)
#: A few words between (not a new clause, not "even", not a purpose): "take two tablets *straight away* when".
_ONSET_GAP = r"(?:\s+(?!(?:and|or|but|then|even|to|so|because|until|before|after|every|each|daily)\b)[\w’'-]+){{0,3}}?"
_ONSET_DET = r"(?:(?:an?|the|your|my|their|his|her|that|this)\s+(?:(?:bad|big|nasty|full-blown|sudden|acute|severe|first|next|new)\s+)?)"
_ONSET_FEEL = (
    r"(?:(?:you|I|we|they|he|she|people)(?:\s+(?:first\s+)?(?:feel|feels|get|gets|have|has|notice|notices|sense|senses|start|starts"
    r"|begin|begins|goes|go|is|are|am)|[’'](?:s|re|m))(?:\s+(?:to\s+)?(?:get|getting|feel|feeling|have|having|going))?\s+)"
)
_ONSET_COMES = (
    r"(?:hits?|starts?|strikes?|comes? on|coming on|coming|begins?|kicks? (?:in|off)|sets? in|appears?|shows? up|flares?(?: up)?|arrives?"
    r"|is (?:coming|starting|beginning|on its way)|gets? (?:bad|worse|going))"
)
ONSET_TEMPLATE = (
    # take it as soon as / when / the moment <an attack comes on>; at the first sign of <an attack>
    rf"{_ONSET_TAKE}{_ONSET_GAP}\s+{_ONSET_DOSE}{_ONSET_GAP}\s+(?:for\s+)?"
    r"(?:(?:as soon as|when(?:ever)?|the (?:moment|minute|second|instant)|once|if|right when)\s+"
    rf"(?:{_ONSET_FEEL}{_ONSET_DET}?(?:{{attack}})|{_ONSET_DET}(?:{{attack}})|(?:{{attack}})\s+{_ONSET_COMES})"
    rf"|at the (?:very )?(?:first )?(?:signs?|start|onset|hint|twinge|beginning) of\s+{_ONSET_DET}?(?:{{attack}})"
    rf"|at the first\s+(?:(?:bad|sudden|hint of|sign of)\s+)?(?:{{attack}})"
    # ... to stop / during <an attack>
    rf"|to (?:stop|abort|end|kill|knock out|break|treat|relieve|ease|calm|get rid of|cut short|shut down) {_ONSET_DET}(?:{{attack}})"
    rf"|during {_ONSET_DET}?(?:{{attack}})|(?:in the middle of|through) {_ONSET_DET}(?:{{attack}}))"
    # the drug by name right before the moment: "propranolol when a migraine hits", "Topamax at the first sign of one"
    r"|(?:{names})\s+(?:(?:as soon as|when(?:ever)?|the (?:moment|minute|second|instant)|right when)\s+"
    rf"(?:{_ONSET_FEEL}{_ONSET_DET}?(?:{{attack}})|{_ONSET_DET}?(?:{{attack}})\s+{_ONSET_COMES})"
    rf"|at the (?:very )?(?:first )?(?:signs?|start|onset|hint|twinge|beginning) of\s+{_ONSET_DET}?(?:{{attack}}))"
    # keep it as a rescue; <the drug> is a rescue medicine / stops an attack
    rf"|(?:{_ONSET_TAKE}|keep|keeps|kept|carry|carries|carried){_ONSET_GAP}\s+{_ONSET_DOSE}(?:\s+(?:with you|on you|handy|nearby))?"
    r"\s+as (?:an? |your |my )?(?:rescue|emergency|quick[- ]relief|reliever)"
    r"|(?:{names}) (?:is|works (?:well |fine )?as|acts as) (?:an? |your |my )(?:rescue|emergency|quick[- ]relief|reliever)"
    r"|(?:{names}) (?:can |will |quickly |usually |often )?(?:stops?|aborts?|ends?|knocks? out|reverses?|breaks?|cuts? short) "
    rf"{_ONSET_DET}?(?:{{attack}})"
)


def onset_pattern(attack: str, names: list[str]) -> str:
    """The ``taken_at_onset`` wording class for a drug's attack words and names."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return ONSET_TEMPLATE.format(attack=attack, names=alternation)


KINDS_FILE = Path("lexicons") / "misstatement-kinds.yml"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class MisstatementKinds:
    """The shared wordings of each kind of misstatement (lexicons/misstatement-kinds.yml of
    every knowledge layer; a later layer's kind or fragment replaces one of the same name)."""

    #: kind -> its wordings as alternations, fragments filled in ({names}, {subject} and {about}
    #: left for the drug), each with whether it is inferred: the stated ones first, and those
    #: that do not name the drug apart (one compiled pattern serves every drug).
    kinds: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    #: The fragment ``pronoun``: the words that stand for the drug in {subject}.
    pronoun: str = "it|they"
    #: warning kind -> its shared wordings as one alternation (a drug's warning naming the kind
    #: is also given by them: "coming off it suddenly", "potassium can build up").
    warnings: dict[str, str] = field(default_factory=dict)
    #: kind -> a sentence in which its wordings state nothing (``unless``, matched as written, not as whole
    #: words), fragments filled in.
    unless: dict[str, str] = field(default_factory=dict)
    #: kind -> the words of the use its misstatements are wrong about (``story``, fragments filled in, {about} left for
    #: the drug): each of them then also has the success-story wordings, built with those words.
    stories: dict[str, str] = field(default_factory=dict)

    def wording(
        self, kind: str, names: list[str], subjects: str | None, about: str | None, members: str | None = None
    ) -> tuple[tuple[str, bool], ...]:
        """The wordings of ``kind`` said of a drug called ``names`` (or only of ``subjects``); a
        wording naming {members} matches nothing for a drug that gives none."""
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        values = {
            "names": f"(?:{subjects or alternation})",
            "subject": f"(?:{subjects})" if subjects else f"(?:{alternation}|{self.pronoun})",
            "about": about or "",
            "members": f"(?:{members})" if members else "(?!)",
        }
        return tuple((_PLACEHOLDER.sub(lambda m: values[m.group(1)], w), inferred) for w, inferred in self.kinds[kind])

    def needs_about(self, kind: str) -> bool:
        return any("{about}" in w for w, _ in self.kinds[kind])


def load_kinds(dirs: list[Path]) -> MisstatementKinds:
    """The misstatement kinds of the built-in knowledge and the knowledge directories ``dirs``
    (shared wording classes, like the rule types: a project's own drug file may name a built-in
    kind also when its configuration turns the built-in knowledge off)."""
    fragments: dict[str, str] = {}
    wordings: dict[str, tuple[list[str], list[str]]] = {}
    warnings: dict[str, list[str]] = {}
    unless: dict[str, str] = {}
    stories: dict[str, str] = {}
    for path in dict.fromkeys(d.resolve() / KINDS_FILE for d in [builtin_dir(), *dirs]):
        if not path.is_file():
            continue
        doc = load_yaml_file(path)
        validate(doc, "misstatement-kinds.schema.json", str(path))
        fragments.update(doc.data.get("fragments", {}))
        wordings.update({kind: (raw["wording"], raw.get("inferred", [])) for kind, raw in doc.data["kinds"].items()})
        warnings.update({kind: raw["wording"] for kind, raw in doc.data.get("warnings", {}).items()})
        unless.update({kind: raw["unless"] for kind, raw in doc.data["kinds"].items() if "unless" in raw})
        stories.update({kind: raw["story"] for kind, raw in doc.data["kinds"].items() if "story" in raw})
    if not wordings:
        return MisstatementKinds()
    reserved = {"names", "subject", "about", "members"}

    def fill(text: str, seen: tuple[str, ...]) -> str:
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in reserved:
                return m.group()
            if key not in fragments or key in seen:
                problem = "refers to itself" if key in seen else "is not a fragment"
                raise ConfigError(f"misstatement kinds: {{{key}}} {problem}", path=str(dirs[-1] / KINDS_FILE))
            return fill(fragments[key], (*seen, key))

        return _PLACEHOLDER.sub(one, text)

    kinds: dict[str, list[tuple[str, bool]]] = {}
    for kind, (stated, inferred) in wordings.items():
        for texts, is_inferred in ((stated, False), (inferred, True)):
            filled = [fill(w, ()) for w in texts]
            for own in (False, True):
                group = [w for w in filled if ("{names}" in w or "{subject}" in w) == own]
                if group:
                    kinds.setdefault(kind, []).append(("|".join(f"(?:{w})" for w in group), is_inferred))
    return MisstatementKinds(
        kinds,
        fill("{pronoun}", ()) if "pronoun" in fragments else MisstatementKinds.pronoun,
        {kind: "|".join(f"(?:{fill(w, ())})" for w in texts) for kind, texts in warnings.items()},
        {kind: fill(text, ()) for kind, text in unless.items()},
        {kind: fill(text, ()) for kind, text in stories.items()},
    )


class _FileLoader:
    """Turns one validated facts document into DrugFacts, checking what the schema cannot."""

    def __init__(self, doc: LocatedYaml, path: Path, kinds: MisstatementKinds) -> None:
        self.doc = doc
        self.path = str(path)
        self.sources: dict[str, str] = doc.data["sources"]
        self.kinds = kinds

    def error(self, message: str, where: JsonPath) -> ConfigError:
        return ConfigError(message, path=self.path, line=self.doc.line_of(where))

    def source(self, raw: dict[str, str], where: JsonPath) -> Source:
        if raw["ref"] not in self.sources:
            known = ", ".join(sorted(self.sources))
            raise self.error(f"source ref '{raw['ref']}' is not a key of 'sources' (known: {known})", where + ("ref",))
        return Source(raw["ref"], raw["section"], self.sources[raw["ref"]])

    def pattern(self, text: str, where: JsonPath, whole_words: bool = True) -> re.Pattern[str]:
        try:
            return compile_pattern(text, whole_words=whole_words)
        except re.error as exc:
            raise self.error(f"bad regular expression {text!r}: {exc}", where) from None

    def patterns(self, texts: list[str], where: JsonPath) -> list[re.Pattern[str]]:
        return [self.pattern(t, where + (i,)) for i, t in enumerate(texts)]

    def story_wording(self, raw: dict[str, Any], names: list[str], where: JsonPath) -> tuple[tuple[str, bool], ...]:
        """The success-story wordings of the use a misstatement is wrong about (its ``story``, else its kind's), said of
        this drug."""
        story = raw.get("story")
        if story is not None:
            self.pattern(story, where + ("story",))
        elif raw.get("kind") in self.kinds.stories and ("about" in raw or "{about}" not in self.kinds.stories[raw["kind"]]):
            story = self.kinds.stories[raw["kind"]].replace("{about}", f"(?:{raw['about']})" if "about" in raw else "")
        if story is None or "success-story" not in self.kinds.kinds:
            return ()
        return self.kinds.wording("success-story", names, raw.get("subjects"), story)

    def kind_wording(self, raw: dict[str, Any], names: list[str], where: JsonPath) -> tuple[tuple[str, bool], ...]:
        """The shared wordings of a misstatement's ``kind``, said of this drug."""
        kind = raw["kind"]
        if kind not in self.kinds.kinds:
            known = ", ".join(sorted(self.kinds.kinds)) or "none"
            raise self.error(f"unknown misstatement kind '{kind}' (known: {known})", where + ("kind",))
        if self.kinds.needs_about(kind) and "about" not in raw:
            raise self.error(f"misstatement kind '{kind}' needs `about` (the drug's own words for it)", where + ("kind",))
        for key in ("about", "subjects", "members"):
            if key in raw:
                self.pattern(raw[key], where + (key,))
        return self.kinds.wording(kind, names, raw.get("subjects"), raw.get("about"), raw.get("members"))

    def warning_patterns(self, raw: dict[str, Any], where: JsonPath) -> list[re.Pattern[str]]:
        """A warning's own patterns, then its ``kind``'s shared wordings."""
        own = self.patterns(raw["patterns"], where + ("patterns",))
        if "kind" not in raw:
            return own
        if raw["kind"] not in self.kinds.warnings:
            known = ", ".join(sorted(self.kinds.warnings)) or "none"
            raise self.error(f"unknown warning kind '{raw['kind']}' (known: {known})", where + ("kind",))
        return [*own, self.pattern(self.kinds.warnings[raw["kind"]], where + ("kind",))]

    def use_of(self, word: str, uses: list[ApprovedUse], products: tuple[str, ...], where: JsonPath) -> str:
        """The condition of the one approved use whose synonyms match ``word`` (a dosing entry's ``use``),
        among the uses of the entry's own ``products`` (a generic's ED dose names the generic ED use,
        not the brand's own entry with the same synonyms)."""
        scoped = [u for u in uses if set(u.products) == set(products)]
        matching = [u.condition for u in scoped if any(p.fullmatch(word) for p in u.patterns)]
        if len(matching) != 1:
            found = "none" if not matching else f"{len(matching)}"
            raise self.error(f"use '{word}' must match the synonyms of exactly one approved use ({found} do)", where)
        return matching[0]

    @staticmethod
    def tier(raw: dict[str, Any]) -> dict[str, Any]:
        return {
            "importance": raw["importance"],
            "importance_reason": raw["importance_reason"],
            "advice": raw["advice"],
            "products": tuple(raw.get("products", ())),
        }

    def _check_products(self, uses: list[ApprovedUse], dosing: list[Dosing], tiered: dict[str, Sequence[Tiered]]) -> None:
        """Every ``products`` name is one of the file's brands or aliases (a salt sold as its
        own product: "naproxen sodium"), and every brand (and the generic) has uses and doses
        that apply to it: its own entries (``products``) or the general ones (entries without
        ``products``). Interactions and warnings may all be scoped (an item is simply not
        demanded outside its products)."""
        brands = {b.lower(): b for b in [*self.doc.data["brands"], *self.doc.data.get("aliases", [])]}
        sections = (
            ("approved_uses", [u.products for u in uses]),
            ("dosing", [d.products for d in dosing]),
            *((section, [x.products for x in items]) for section, items in tiered.items()),
        )
        for section, products in sections:
            for i, names in enumerate(products):
                for name in names:
                    if name.lower() not in brands:
                        raise self.error(f"products name '{name}' is not one of this drug's brands or aliases", (section, i, "products"))
            named = {p.lower() for names in products for p in names}
            if section not in tiered and products and all(products):
                missing = ["the generic", *sorted(b for key, b in brands.items() if key not in named)]
                raise self.error(
                    f"no {section} entry applies to {', '.join(missing)}: every entry names `products`; add one without",
                    (section,),
                )

    def build(self) -> DrugFacts:
        d = self.doc.data
        uses = [
            ApprovedUse(
                u["condition"],
                u["synonyms"],
                self.patterns(u["synonyms"], ("approved_uses", i, "synonyms")),
                self.source(u["source"], ("approved_uses", i, "source")),
                tuple(u.get("products", ())),
            )
            for i, u in enumerate(d["approved_uses"])
        ]
        dosing = [
            Dosing(
                route=x["route"],
                population=x["population"],
                source=self.source(x["source"], ("dosing", i, "source")),
                form=x.get("form"),
                note=x.get("note"),
                unit=x.get("unit", "mg"),
                start_single=x.get("start_single_mg"),
                start_daily=x.get("start_daily_mg"),
                max_single=x.get("max_single_mg"),
                max_daily=x["max_daily_mg"],
                max_daily_is_label_limit=x.get("max_daily_is_label_limit", True),
                one_time=x.get("one_time", False),
                strengths=tuple(x.get("strengths_mg", ())),
                products=tuple(x.get("products", ())),
                component=x.get("component"),
                use=self.use_of(x["use"], uses, tuple(x.get("products", ())), ("dosing", i, "use")) if "use" in x else None,
            )
            for i, x in enumerate(d["dosing"])
        ]
        interactions = [
            Interaction(
                x["id"],
                x["name"],
                x["mentions"],
                self.patterns(x["mentions"], ("interactions", i, "mentions")),
                self.source(x["source"], ("interactions", i, "source")),
                **self.tier(x),
            )
            for i, x in enumerate(d["interactions"])
        ]
        warnings = [
            SafetyWarning(
                x["id"],
                x["name"],
                bool(x.get("boxed", False)),
                x["patterns"],
                self.warning_patterns(x, ("safety_warnings", i)),
                self.source(x["source"], ("safety_warnings", i, "source")),
                against_use=x.get("against_use", ""),
                **self.tier(x),
            )
            for i, x in enumerate(d["safety_warnings"])
        ]
        names = [d["generic"], *d.get("aliases", []), *d["brands"]]
        wording = [
            "|".join(
                [
                    *([x["pattern"]] if "pattern" in x else []),
                    *([onset_pattern(x["taken_at_onset"], names)] if "taken_at_onset" in x else []),
                ]
            )
            for x in d["misstatements"]
        ]
        misstatements = [
            Misstatement(
                x["id"],
                x.get("pattern", ""),
                self.pattern(wording[i], ("misstatements", i, "pattern" if "pattern" in x else "taken_at_onset")) if wording[i] else None,
                x["correct"],
                self.source(x["source"], ("misstatements", i, "source")),
                x.get("importance", "recommended"),
                x.get("importance_reason", ""),
                x.get("taken_at_onset", ""),
                x.get("kind", ""),
                self.kind_wording(x, names, ("misstatements", i)) if "kind" in x else (),
                **{key: self.pattern(x[key], ("misstatements", i, key)) for key in ("form", "other_forms") if key in x},
                points_back_to=tuple(self.patterns(x.get("points_back_to", []), ("misstatements", i, "points_back_to"))),
                interaction=x.get("interaction", ""),
                story_wording=self.story_wording(x, names, ("misstatements", i)),
                kind_unless=self.pattern(self.kinds.unless[x["kind"]], ("misstatements", i, "kind"), whole_words=False)
                if x.get("kind") in self.kinds.unless
                else None,
                unless=self.pattern(x["unless"], ("misstatements", i, "unless"), whole_words=False) if "unless" in x else None,
            )
            for i, x in enumerate(d["misstatements"])
        ]
        interaction_ids = {x.id for x in interactions}
        for i, wrong in enumerate(misstatements):
            if wrong.interaction and wrong.interaction not in interaction_ids:
                raise self.error(f"misstatement '{wrong.id}': no interaction '{wrong.interaction}'", ("misstatements", i, "interaction"))
        for section, ids in (
            ("interactions", [x.id for x in interactions]),
            ("safety_warnings", [x.id for x in warnings]),
            ("misstatements", [x.id for x in misstatements]),
        ):
            seen: set[str] = set()
            for i, item_id in enumerate(ids):
                if item_id in seen:
                    raise self.error(f"duplicate {section} id '{item_id}'", (section, i, "id"))
                seen.add(item_id)
        self._check_products(uses, dosing, {"interactions": interactions, "safety_warnings": warnings})
        class_source = self.source(d["class_source"], ("class_source",)) if "class_source" in d else None
        return DrugFacts(
            d["generic"],
            list(d.get("aliases", [])),
            list(d["brands"]),
            d["drug_class"],
            class_source,
            dict(self.sources),
            uses,
            dosing,
            interactions,
            warnings,
            misstatements,
            self.path,
            tuple(d.get("components", ())),
        )


def load_drug_file(path: Path, kinds: MisstatementKinds | None = None) -> DrugFacts:
    """One facts file; its misstatement kinds from ``kinds``, else its own knowledge directory's."""
    doc = load_yaml_file(path)
    validate(doc, SCHEMA, str(path))
    generic = doc.data["generic"]
    if path.stem not in (generic, generic.replace(" ", "-")):
        raise ConfigError(
            f"generic '{generic}' does not match the file name (expected {generic.replace(' ', '-')}.yml)",
            path=str(path),
            line=doc.line_of(("generic",)),
        )
    return _FileLoader(doc, path, kinds if kinds is not None else load_kinds([path.parent.parent])).build()


def load_facts(drugs_dirs: Path | list[Path]) -> FactsBase:
    """Every ``drugs/*.yml`` of the knowledge layers (a ``drugs`` directory, or one per
    layer, built-in first): a later layer's file replaces a drug with the same
    generic name. A missing directory adds nothing."""
    drugs: dict[str, DrugFacts] = {}
    layers = [drugs_dirs] if isinstance(drugs_dirs, Path) else drugs_dirs
    kinds = load_kinds([d.parent for d in layers])
    for drugs_dir in layers:
        for path in sorted(drugs_dir.glob("*.yml")) if drugs_dir.is_dir() else []:
            facts = load_drug_file(path, kinds)
            drugs[facts.generic] = facts
    index: dict[str, str] = {}
    spellings: dict[str, str] = {}
    for facts in drugs.values():
        if PROGRAMS.on:  # a knowledge cache is on and stores what is loaded: its kind patterns too, compiled
            for misstatement in facts.misstatements:
                misstatement.wordings()
        for name in [facts.generic, *facts.aliases, *facts.brands]:
            key = name.lower()
            owner = index.get(key)
            if owner and owner != facts.generic:
                raise ConfigError(f"name '{name}' already belongs to {owner} ({drugs[owner].path})", path=str(facts.path))
            index[key] = facts.generic
            spellings[key] = name
    return FactsBase(LazyTable(drugs), index, spellings)


def get_facts(ctx: CheckContext) -> FactsBase:
    """The facts base of this run, loaded once per process."""
    return ctx.resource("drug-facts", lambda: load_facts([d / "drugs" for d in ctx.config.knowledge_dirs]))
