"""Misstatement class from the miss of eval/holdout52 c12: the medicines of a wrong class named first, then
the article's drug put in "that same group" after them, with no "as" naming the group's members again ("If
you've been on Prozac or Zoloft, you'll find this familiar: mirtazapine belongs to that same group of
medicines"). The statement opens with the other medicines, so it had been credited to them; the drug named
inside it as what is put in their group is its subject.

Near misses: the drug said not to belong to that group, another drug of the class put in it, the drug's own
class named first, and the group named with "as" and a drug of the right class. Not yet read: the medicines
named in the sentence before ("Plenty of readers have taken Zoloft. Mirtazapine falls into that same group").

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "mirtazapine",
        "Plenty of readers have taken Zoloft or Lexapro before, and mirtazapine falls into that same group, so it will feel familiar.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "mirtazapine",
        "Anyone who has tried Prozac will recognise the routine: mirtazapine is in the very same family of antidepressants.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "duloxetine",
        "Like many people, I started on sertraline years ago, and my GP explained that duloxetine sits in that same class.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "mirtazapine",
        "If you've been on Prozac or Zoloft, note that mirtazapine does not belong to that same group of medicines.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    (
        "mirtazapine",
        "If you've been on Prozac, you may know that sertraline belongs to that same group. Mirtazapine works differently.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    (
        "mirtazapine",
        "Mirtazapine is a tetracyclic antidepressant; mianserin belongs to that same group.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
]
