"""Someone said never to come to rely on it, from eval/holdout194 (fj06, trazodone), as a class.

Class: the reader, a named person or a relative said never to come, grow, learn or start to rely or depend on the medicine, or
to grow to need it, flat ("you won't come to rely on it", "Mum will never come to depend on these tablets"), the drug by name too
("Dad can't come to rely on trazodone that way", after sleeping tablets someone "got stuck on"): a claim that it cannot cause
dependence, uncited (an error when the drug's label warns of dependence, abuse or withdrawal, else a warning: trazodone's
label warns of discontinuation symptoms). Silent: hedged ("most people"), with a condition after, the body in the patterns
before (not doubled), "you can come to rely on it", and a question.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fj06)
    (
        "trazodone",
        "**Saturday 6 September.** Told Ruth about the extra half tablet. What I like best is that this is nothing like the"
        " sleeping tablets Stan from bowls got stuck on for years: Dad can't come to rely on trazodone that way, so there's"
        " nothing to ever worry about.",
        DEPENDENCY,
        "warning",
    ),
    # new wordings, other voices
    ("zolpidem", "Unlike the old sleeping pills, you won't come to rely on it, even after months.", DEPENDENCY, "error"),
    ("lorazepam", "My mother will never come to depend on these tablets; the doctor keeps her on a tiny dose.", DEPENDENCY, "error"),
    ("alprazolam", "Jamie won't grow to need Xanax, it's only for flights.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # hedged
    ("zolpidem", "Most people don't come to rely on it if they use it for a week or two.", DEPENDENCY),
    # a condition after
    ("zolpidem", "You won't come to rely on it if you keep to two nights a week, but talk to your doctor first.", DEPENDENCY),
    # the opposite
    ("lorazepam", "You can come to rely on these tablets within a few weeks, so your doctor will keep the course short.", DEPENDENCY),
    # a question
    ("lorazepam", "Will Dad come to rely on lorazepam if he takes it every night?", DEPENDENCY),
    # not the medicine: a person to rely on
    ("zolpidem", "She knows she won't come to rely on her sister for lifts forever.", DEPENDENCY),
]
