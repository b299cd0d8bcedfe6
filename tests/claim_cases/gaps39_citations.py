"""Where a citation sits in its paragraph (holdout40 p11, as a class).

A footnote reference or an in-text marker ("[2]", "(NICE, 2019)") supports the sentence it closes
and the sentences before it in its paragraph, not a claim made after it: "people lost about 15% of
their weight in the trial.[^1] Honestly, it blows every diet pill I've tried out of the water" cites
the trial's figure, not the comparison (unsupported-claim.*). Near misses: the reference closing the
claim's own sentence, or a later sentence of the paragraph ("... completely safe for most people.
That is what a 2020 review of 40 trials found.[^1]"), and a paragraph cited by another of its units.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"

_TRIAL = "\n\n[^1]: Wilding JPH, et al. Once-weekly semaglutide in adults with overweight or obesity. N Engl J Med. 2021;384:989-1002.\n"
_REVIEW = "\n\n[^1]: Wiffen PJ, et al. Gabapentin for chronic neuropathic pain in adults. Cochrane Database Syst Rev. 2017.\n"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    (
        "semaglutide",
        "In the STEP 1 trial, people lost about 15% of their body weight.[^1] Honestly, it blows every diet pill "
        "I've ever tried out of the water." + _TRIAL,
        COMPARATIVE,
        "error",
    ),
    (
        "gabapentin",
        "A Cochrane review found that about a third of people get real relief.[^1] Better still, it is completely "
        "safe for everyone." + _REVIEW,
        ABSOLUTE,
        "error",
    ),
    (
        "gabapentin",
        "Gabapentin is approved for nerve pain after shingles (NICE, 2019). It is completely safe for everyone.",
        ABSOLUTE,
        "error",
    ),
]

#: (drug, body, rule): wording that must not be reported.
SHOULD_NOT = [
    (
        "semaglutide",
        "In the STEP 1 trial, people lost more weight on it than on placebo.[^1] That is a large effect." + _TRIAL,
        COMPARATIVE,
    ),
    (
        "gabapentin",
        "For most people it is completely safe at the usual doses. That is what a review of 37 trials found.[^1]" + _REVIEW,
        ABSOLUTE,
    ),
    (
        "gabapentin",
        "It is completely safe for most adults at the usual doses (NICE, 2019). Ask your pharmacist about yours.",
        ABSOLUTE,
    ),
]
