"""A host's spoken call to subscribe in a video or radio script, from eval/holdout191 (fg13, escitalopram), as a class.

Class: an article told as a script by its production cues in brackets ("[B-ROLL: ...]", "[ON SCREEN: ...]", "[SIT-DOWN]",
a timestamp "[08:30]", "[SPONSOR READ]"), where the host says "Hit subscribe, and I'll see you next week", "smash that
like button", "tell me in the comments" or "follow me for more": the show's own sign-off, not a web page's leftovers, so
promotional.boilerplate stays silent. Still reported: the same call on a page with no cues (a blog, a forum post), a
citation "[1]" or a "[Sponsored]" tag taken for no cue, and a comment form's or a "click here" leftover inside a script.
"""

from __future__ import annotations

BOILERPLATE = "promotional.boilerplate"

_ESCITALOPRAM = "Escitalopram treats depression and generalized anxiety disorder. "
_VIDEO = "**[B-ROLL: pill organizer, coffee mug]**\n\n"
_TRANSCRIPT = "**[03:15]** The tablets are small and white.\n\n"
_RADIO = "*[SPONSOR READ, 30 seconds]*\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the same calls on a web page: leftovers
    ("escitalopram", _ESCITALOPRAM + "Hit subscribe, and I'll see you next week.", BOILERPLATE, "error"),
    ("escitalopram", _ESCITALOPRAM + "Thanks for reading! Smash that like button and tell me in the comments below.", BOILERPLATE, "error"),
    # a citation or a sponsored tag is no production cue
    (
        "escitalopram",
        _ESCITALOPRAM + "Most people feel better within weeks [1]. [Sponsored]\n\nHit subscribe for more posts like this.",
        BOILERPLATE,
        "error",
    ),
    # a comment form's and a "click here" leftover inside a script
    ("escitalopram", _VIDEO + _ESCITALOPRAM + "Leave a Comment\n\nYour email address will not be published.", BOILERPLATE, "error"),
    ("escitalopram", _VIDEO + _ESCITALOPRAM + "Click here to read the full label.", BOILERPLATE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fg13): a video script's sign-off
    (
        "escitalopram",
        _VIDEO + _ESCITALOPRAM + "**[SIT-DOWN]**\n\nWould I do it again? Yes.\n\nHit subscribe, and I'll see you next week.",
        BOILERPLATE,
    ),
    # other voices: a transcript with timestamps, a radio show, a cold open
    (
        "escitalopram",
        _TRANSCRIPT + _ESCITALOPRAM + "**[08:30]** That's it from me. Smash that like button and I'll see you Friday.",
        BOILERPLATE,
    ),
    ("escitalopram", _RADIO + _ESCITALOPRAM + "Tell us what you think in the comments below, and don't forget to subscribe.", BOILERPLATE),
    (
        "escitalopram",
        "**[COLD OPEN: a kitchen at 3 a.m.]**\n\n" + _ESCITALOPRAM + "If this helped, hit the bell and follow me for more.",
        BOILERPLATE,
    ),
]
