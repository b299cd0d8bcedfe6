"""A draft with classic slips at known places, shared by the Harper and LanguageTool tests.

Line numbers count the front matter. The title in the front matter is published, so
it is prose and its slip is reported at its line (issue 16, item 5). The link URL, the
inline code and the code block hold misspellings too: they are not prose and must
never be reported.
"""

DRAFT = """\
---
title: Baclofen is usualy safe
drugs: [baclofen]
---

# Baclofen for muscle spasms

Their are many reasons to take baclofen (Lioresal).
Do not eat an food before the dose.
It works better then other medicines for some people.
You can can take it with water.
It is usualy taken three times a day.
You will recieve a leaflet with the the tablets.
Take bacloffen exactly as your doctor says.

Read more at [MedlinePlus](https://medlineplus.gov/recieve/usualy.html) or run `recieve --usualy`.

```text
recieve usualy bacloffen
```
"""

#: (line, column, rule, excerpt, suggestion) of every slip in DRAFT.
EXPECTED = {
    (2, 20, "grammar.spelling", "usualy", "usually"),
    (8, 1, "grammar.grammar", "Their", "There"),
    (9, 12, "grammar.grammar", "an", "a"),
    (10, 17, "grammar.then-than", "then", "than"),
    (11, 5, "grammar.grammar", "can can", "can"),
    (12, 7, "grammar.spelling", "usualy", "usually"),
    (13, 10, "grammar.spelling", "recieve", "receive"),
    (13, 33, "grammar.repetition", "the the", "the"),
    (14, 6, "grammar.spelling", "bacloffen", "baclofen"),
}

#: Correct text full of drug names, brands and abbreviations.
CLEAN = """\
# Baclofen and sertraline

Baclofen (Lioresal) relaxes muscles. Sertraline (Zoloft) is one of the SSRIs.
Baclofen acts on GABA receptors in the CNS. Read about them on MedlinePlus from the NIH.
"""


def grammar_findings(findings: list[dict]) -> set[tuple]:
    return {(f["line"], f["column"], f["rule"], f["excerpt"], f["suggestion"]) for f in findings if f["check"] == "grammar"}
