"""Which drugs an article names, and which of them it is *about*.

Names come from the facts files (generic, aliases, brands) and from
checks/drug-names.yml (drugs the tool has no facts for, so that an article about
one is noticed instead of passing silently). A brand counts in any case ("xanax at
bedtime", as forum writers type it), except the brands drug-names.yml lists under
``capitalised_only`` (ordinary words or names: "Tums", "Simply Sleep"), which count
only with a capital first letter, so that they do not match ordinary prose.

Primary drugs are the front matter's ``drugs`` when given; otherwise the drugs
named in the title or first heading, or mentioned at least ``PRIMARY_MIN_MENTIONS``
times. The others are merely mentioned. Off-label, interactions and
safety-warnings apply to primary drugs; dosage and accuracy to every drug named.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.knowledge.facts import FactsBase, get_facts
from pipeline.knowledge.literals import automaton, folded, longest_words
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.document.article import Article
    from pipeline.run.context import CheckContext

PRIMARY_MIN_MENTIONS = 3
NAMES_FILE = "drug-names.yml"
#: A drug's name as the class word of another noun ("a penicillin-type antibiotic", "an aspirin-like
#: painkiller"): the sentences after it are not about that drug.
_AS_QUALIFIER = re.compile(r"-(?:type|like|class|based|family|group|related|style)\b", re.IGNORECASE)
#: Between a drug and its claim, a semicolon, or a closing parenthesis followed by more
#: words ("oral warfarin) Pentoxifylline Low-dose danazol (200 mg/day"), means another subject.
_CLAUSE_BREAK = re.compile(r";|\)\s*\S+\s+\S+")


#: A comparison that says the drug named right after it does what a statement before it denies: set against the
#: statement's drug ("unlike Xanax", "compared with Valium", "rather than"), a clause of its own that says what people
#: do on it ("the way people do on Valium", "like you can with Xanax", "as they do to Valium", "the same way you can on
#: Valium or Xanax"), or by "like" and the preposition alone, as a translation puts it ("You do not become dependent from
#: it like from diazepam", "you don't get hooked on it like on Xanax"), or with the drug as the subject of its verb
#: (``subject``: "the way Valium does", "like Xanax can").
_SET_AGAINST = re.compile(
    r"\b(?:unlike|compared\s+(?:with|to)|rather\s+than|instead\s+of|in\s+contrast\s+to|as\s+opposed\s+to)\s+"
    r"|(?<![\w-])like\s+(?:with|from|on|off)\s+(?:(?:the|their|your)\s+)?"
    r"|\b(?:(?:in\s+)?the\s+(?:same\s+)?way|(?<![\w-])like|(?<![\w-])as)\s+(?:(?:some|many|most|other|a\s+lot\s+of)\s+)?"
    r"(?:people|you|folks|anyone|others|they|we|patients|users)\s+(?:[\w’'-]+\s+){0,2}?(?:on|with|to|from|off)\s+(?:(?:the|their|your)\s+)?"
    r"|\b(?P<subject>(?:in\s+)?the\s+(?:same\s+)?way|(?<![\w-])like)\s+",
    re.IGNORECASE,
)
#: Earlier drugs of a series before the one compared: "Valium *or* Xanax", "Valium, Ativan and Xanax".
_SERIES_BEFORE = re.compile(r"(?:[\w’'-]+(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,3}", re.IGNORECASE)
#: The verb of a drug that is a comparison's subject: "the way Valium *does*", "like Xanax *can*" (not "the way Xanax makes me feel").
_ITS_VERB = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:is|are|was|were|does|do|did|can|could|will|would|has|have)\b", re.IGNORECASE)


def set_against(text: str, mention: UnitSpan) -> re.Match[str] | None:
    """The comparison before the drug named at ``mention`` (in ``text``) that says it does what a statement
    before the comparison denies of another ("you can't get hooked on it *the way people do on* Valium",
    "*like you can with* Xanax", "*unlike* Xanax"), or None; not a drug given as an example ("with drugs like
    Xanax": the statement is said of it). The drug may close a series after it ("the way people do on Valium or Xanax")."""
    for cue in reversed(list(_SET_AGAINST.finditer(text, max(0, mention.start - 80), mention.start))):
        if _SERIES_BEFORE.fullmatch(text, cue.end(), mention.start) and (
            cue.group("subject") is None or _ITS_VERB.match(text, mention.start)
        ):
            return cue
    return None


@dataclass
class DrugNames:
    """Every recognisable drug name: lower-cased name -> generic."""

    index: dict[str, str]
    #: Lower-cased brands that are ordinary words or names, matched only with a capital first letter.
    capitalised: set[str]
    regex: re.Pattern[str]
    #: Aho-Corasick automaton of the names (when every name is ASCII): finds what
    #: ``regex`` finds in one pass instead of trying every name at every word.
    automaton: Any = field(default=None, repr=False)

    def resolve(self, name: str) -> str | None:
        return self.index.get(name.strip().lower())

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every name in ``text``, exactly as ``regex.finditer`` finds them."""
        lowered = folded(text) if self.automaton is not None else None
        if lowered is None:
            return ((m.start(), m.end()) for m in self.regex.finditer(text))
        return longest_words(self.automaton, text, lowered)

    def named(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every drug name :meth:`find` reports (a brand that is an ordinary word only with its capital)."""
        return [(start, end) for start, end, _ in self.find(text)]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, generic) of every drug name in ``text``."""
        found = []
        for start, end in self.spans(text):
            matched = text[start:end]
            key = matched.lower()
            if key not in self.index:  # matched case-insensitively through a letter lower() keeps ("pillſ")
                key = matched.casefold()
            if key in self.capitalised and not matched[0].isupper():
                continue
            found.append((start, end, self.index[key]))
        return found


def load_names(checks_dir: Path | list[Path], facts: FactsBase) -> DrugNames:
    """Drug names from every knowledge layer's drug-names.yml, then the facts files."""
    index: dict[str, str] = {}
    capitalised: set[str] = set()
    for path in [d / NAMES_FILE for d in ([checks_dir] if isinstance(checks_dir, Path) else checks_dir) if (d / NAMES_FILE).is_file()]:
        doc = load_yaml_file(path)
        validate(doc, "drug-names.schema.json", str(path))
        for generic, brand_names in doc.data["drugs"].items():
            index.setdefault(generic, generic)
            for brand in brand_names:
                index.setdefault(brand.lower(), generic)
        capitalised.update(name.lower() for name in doc.data.get("capitalised_only", []))
    # Facts files win over the names list; a drug is also named by its file's stem
    # ("amphetamine-mixed-salts" in front matter for "amphetamine mixed salts").
    for generic, drug in facts.drugs.items():
        for name in [generic, generic.replace(" ", "-"), *drug.aliases]:
            index[name.lower()] = generic
        for brand in drug.brands:
            index[brand.lower()] = generic
    alternation = "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True))
    regex = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE) if index else re.compile(r"(?!x)x")
    fast = automaton(index) if index and all(name.isascii() for name in index) else None
    return DrugNames(index, capitalised, regex, fast)


def get_names(ctx: CheckContext) -> DrugNames:
    return ctx.resource("drug-names", lambda: load_names(ctx.config.knowledge_dirs, get_facts(ctx)))


@dataclass(frozen=True)
class Mention(UnitSpan):
    """A drug named in the prose; ``generic`` is the drug it names."""

    generic: str = ""


@dataclass
class FrontMatterDrug:
    """One entry of front matter ``drugs`` with its line."""

    name: str
    line: int
    generic: str | None


@dataclass
class DrugAnalysis:
    mentions: list[Mention]
    #: Generic names the article is about, in order of first appearance.
    primary: list[str]
    #: Every generic named (primary ones included), in order of first appearance.
    named: list[str]
    front_matter: list[FrontMatterDrug] = field(default_factory=list)
    #: Why each primary drug is primary ("front matter", "title", "3 mentions").
    reasons: dict[str, str] = field(default_factory=dict)
    _by_unit: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _order: dict[str, list[tuple[int, str]]] | None = field(default=None, repr=False)

    def last_name_before(self, generic: str, unit: ProseUnit) -> str:
        """The name ``generic`` was last given at or before ``unit`` ("Tonmya"), else the generic."""
        if self._order is None:
            self._order = {}
            for mention in self.mentions:  # in document order
                if mention.unit.offsets:
                    self._order.setdefault(mention.generic, []).append((mention.unit.offsets[0], mention.text))
        names = self._order.get(generic, [])
        start = unit.offsets[0] if unit.offsets else 0
        index = bisect.bisect_right(names, (start, "\uffff"))
        return names[index - 1][1] if index else generic

    def in_unit(self, unit: ProseUnit) -> list[Mention]:
        return self._by_unit.get(id(unit), [])

    def nearest(self, unit: ProseUnit, start: int, end: int, pos: int) -> Mention | None:
        """The drug a claim at ``unit.text[pos]`` belongs to: the nearest drug named in
        its sentence (``start``..``end``), else the nearest in its paragraph, else None."""
        in_unit = self.in_unit(unit)
        in_sentence = [m for m in in_unit if start <= m.start < end]
        if in_sentence:
            # "oral warfarin) Pentoxifylline Low-dose danazol (200 mg/day": the claim sits in
            # another parenthetical or clause than the drug; that drug is not its owner. The
            # next nearest may be ("naproxen 550 mg three times a day (1,650 mg a day) of plain
            # naproxen": the aside restates the dose of the drug before it); with none, do not guess.
            for best in sorted(in_sentence, key=lambda m: (abs(m.start - pos), m.start > pos)):
                between = unit.text[best.end : pos] if best.end <= pos else unit.text[pos : best.start]
                if not _CLAUSE_BREAK.search(between):
                    return best
            return None
        if in_unit:
            return min(in_unit, key=lambda m: (abs(m.start - pos), m.start > pos))
        return None

    def referent(self, unit: ProseUnit, start: int, end: int, pos: int) -> Mention | None:
        """The drug a statement at ``unit.text[pos]`` is about: the nearest drug named in its
        sentence (``start``..``end``), else the last named before the sentence in its paragraph
        (a sentence naming no drug goes on about it), else None. Not a drug named only after
        it: "It clears the virus for good. It also beats acyclovir" is not about acyclovir."""
        in_sentence = [m for m in self.in_unit(unit) if start <= m.start < end]
        if in_sentence:
            return self.nearest(unit, start, end, pos)
        before = [m for m in self.in_unit(unit) if m.start < start and not _AS_QUALIFIER.match(unit.text, m.end)]
        return before[-1] if before else None


def analyse(article: Article, ctx: CheckContext) -> DrugAnalysis:
    """Drug mentions, primary and named drugs of ``article`` (memoised on it).
    Footnotes are reference lists ("Neurontin (gabapentin) prescribing
    information"), not discussion, so only prose units are read."""
    return article.memo("drugs", lambda: _analyse(article, get_names(ctx)))


def _analyse(article: Article, names: DrugNames) -> DrugAnalysis:
    mentions: list[Mention] = []
    by_unit: dict[int, list[Mention]] = {}
    for unit in article.prose_units:
        for start, end, generic in names.find(unit.text):
            mention = Mention(unit, start, end, generic)
            mentions.append(mention)
            by_unit.setdefault(id(unit), []).append(mention)
    named = list(dict.fromkeys(m.generic for m in mentions))

    front: list[FrontMatterDrug] = []
    raw = article.meta.get("drugs")
    located = article.front_matter.located
    if isinstance(raw, list) and raw:
        for i, name in enumerate(raw):
            line = located.line_of(("drugs", i)) if located else 1
            front.append(FrontMatterDrug(str(name), line, names.resolve(str(name))))
    reasons: dict[str, str] = {}
    if front:
        for entry in front:
            if entry.generic:
                reasons.setdefault(entry.generic, "front matter")
    else:
        first_heading = next((u.text for u in article.units if u.kind == "heading"), "")
        for title in (article.title, first_heading):
            for _, _, generic in names.find(title):
                reasons.setdefault(generic, "title")
        counts = Counter(m.generic for m in mentions)
        for generic, count in counts.items():
            if count >= PRIMARY_MIN_MENTIONS:
                reasons.setdefault(generic, f"{count} mentions")
    primary = list(reasons)
    named = list(dict.fromkeys([*primary, *named]))
    return DrugAnalysis(mentions, primary, named, front, reasons, by_unit)
