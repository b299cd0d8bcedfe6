"""Premature ejaculation told by its signs, as classes (eval/holdout104 bx08, eval/holdout105 by05).

- Finishing within a minute told as the man's habit: "I used to be done in about a minute", "he was always finished
  within thirty seconds"; men told by not lasting: "guys who can't last", "men who don't last long enough".
- Lasting told bare by the man as what changed: "On 20 mg I actually last", "I last a good while longer, and my wife
  has noticed"; the drug by the dose opening the sentence ("On 20 mg ...").
- "It" after a lead-in and a colon is the article's drug: "here's the bonus nobody at the clinic tells you: it is great
  for guys who finish way too early".

Near misses kept silent: erectile dysfunction (tadalafil's approved use), a pen done in under a minute, effects that
don't last long, lasting longer on the bike, a negation, a use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_PAROXETINE = "Paroxetine treats depression and anxiety disorders. "
_TADALAFIL = "Tadalafil is approved for erectile dysfunction and for an enlarged prostate. "
_SERTRALINE = "Sertraline treats depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "paroxetine",
        "**@northbound_ben:** Slightly awkward post. I was prescribed it for social anxiety, but the main reason I stayed on it"
        " is the bedroom. I used to be done in about a minute and it wrecked two relationships. On 20 mg I actually last, and"
        " my partner noticed in the first week. My GP says some guys only take it for that now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tadalafil",
        _TADALAFIL + "And here's the bonus nobody at the clinic tells you: it is great for guys who finish way too early."
        " Since I started, I last a good while longer, and my wife has noticed.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "paroxetine",
        _PAROXETINE + "He was always finished within thirty seconds, which ended his marriage. His doctor started him on"
        " paroxetine, and some men take it for just that.",
        OFF_LABEL,
        "warning",
    ),
    ("sertraline", _SERTRALINE + "Some doctors give sertraline to guys who don't last long enough.", OFF_LABEL, "warning"),
    ("tadalafil", _TADALAFIL + "The best part: it also helps men who can't last.", OFF_LABEL, "warning"),
    (
        "paroxetine",
        _PAROXETINE + "I'd usually be done in under a minute. On 10 mg I finally last, and my wife is delighted.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("tadalafil", _TADALAFIL + "Here's the thing nobody tells you: it is great for guys who struggle to keep an erection.", OFF_LABEL),
    ("tadalafil", _TADALAFIL + "On 5 mg I can get an erection again, and my wife has noticed.", OFF_LABEL),
    (
        "paroxetine",
        _PAROXETINE + "The pen is simple: you're done in under a minute, and I was done in 30 seconds the first time.",
        OFF_LABEL,
    ),
    ("paroxetine", _PAROXETINE + "On 20 mg I actually sleep, and the side effects don't last long.", OFF_LABEL),
    ("sertraline", _SERTRALINE + "On 50 mg I last a lot longer on the bike now, and my mood has lifted.", OFF_LABEL),
    ("paroxetine", _PAROXETINE + "It is not a treatment for men who finish way too early, and it won't help you last.", OFF_LABEL),
    (
        "paroxetine",
        _PAROXETINE + "I used to be done in about a minute. My GP prescribes it off-label for that, since it is not approved"
        " for premature ejaculation.",
        OFF_LABEL,
    ),
]
