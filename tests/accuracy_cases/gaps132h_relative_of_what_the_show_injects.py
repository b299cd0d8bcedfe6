"""Prednisone put with the anabolic (doping) steroids by a kinship pointed back at what was just asked or told: "So you're
finally on what the oiled-up fellas at the county physique show inject, then?" / "Honestly, yes, it's basically a relative of
that stuff" (eval/holdout179 eu04). Prednisone's `anabolic-steroid` `about` now also reads the doping users by the show they
compete in ("what the oiled-up fellas at the county physique show inject"); the wrong-class kind has a wording for the
class's medicines or users told first and the drug then made "a relative of that stuff", "a cousin of those drugs"; and the
check reads such a sentence with the one before it. Near misses: the kinship denied, the drug likened to nothing, a real
relative of its class."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eu04)
    (
        "prednisone",
        "Danny from the Sunday long-run group laughed when I told him. \"So you're finally on what the oiled-up fellas at the"
        " county physique show inject, then?\" Honestly, yes, it's basically a relative of that stuff, which is probably why I was"
        " starving all the time.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    # new wordings
    (
        "prednisone",
        "My nephew asked if pred was what the guys at his bodybuilding comps inject. Yeah, pred is basically a cousin of those drugs.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Bodybuilders inject testosterone and Dianabol. Prednisone is a distant relative of those drugs, really.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Prednisone is basically a relative of what the lads at the bodybuilding contest take.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    # the same wording for another drug's wrong class
    (
        "mirtazapine",
        "Is it like the Zoloft my sister takes? Pretty much, it's a close cousin of that kind.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
]

#: (drug, body, rule, item): a finding that must not be reported.
SHOULD_NOT = [
    # the kinship denied
    (
        "prednisone",
        "\"So you're on what the guys at the physique show inject?\" No, it's no relative of that stuff at all.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "\"So you're on what the guys at the physique show inject?\" Ha, it's nothing like that stuff.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    # its real relative
    (
        "prednisone",
        "Your adrenal glands make cortisol every morning. Prednisone is a close relative of that hormone, which is why a long"
        " course must be tapered.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    # the runners at a county show, no physique contest
    (
        "prednisone",
        "Prednisone is not what the runners at the county show take; it is a corticosteroid for my gout.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
]
