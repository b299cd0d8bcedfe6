"""False-error class (twenty-eighth stop, helper h): a channel's sign-off inside a video or audio script's bracketed
production cue read as web-page leftovers (`**[END CARD: "Like and subscribe for more Pill Talk"]**`, holdout152
dt13): the cue tells the editor what appears on screen at the end of the video; it is not a blog's share bar or
comment form pasted into the article.

Still reported: the same calls in the prose (a blog's "Don't forget to subscribe for more posts like this!", a
streamer's "smash that like button"), in a link's text, or before a citation's brackets."""

from __future__ import annotations

BOILERPLATE = "promotional.boilerplate"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("naltrexone", "Don't forget to subscribe for more posts like this!", BOILERPLATE, "error"),
    ("tirzepatide", "If this helped you, smash that like button and share the VOD.", BOILERPLATE, "error"),
    ("cyclobenzaprine", "[Subscribe for more](https://example.com/subscribe) tips like these.", BOILERPLATE, "error"),
    ("sertraline", "Follow us for more tips [1].", BOILERPLATE, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the draft's own wording
    ("cyclobenzaprine", '**[END CARD: "Like and subscribe for more Pill Talk"]**', BOILERPLATE),
    # other cues: on-screen text, an outro card, a lower third
    ("ibuprofen", '[ON SCREEN: "Hit the bell and subscribe for more"]', BOILERPLATE),
    ("omeprazole", "**[OUTRO CARD: Follow us on Instagram @pilltalk]**", BOILERPLATE),
    ("metformin", '[LOWER THIRD: "Like and share with someone who takes metformin"]', BOILERPLATE),
]
