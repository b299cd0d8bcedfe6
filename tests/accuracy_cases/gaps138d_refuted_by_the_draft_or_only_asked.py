"""A misstatement the draft itself refutes or only reports as asked, from eval/holdout224 (gn06), holdout225 (go05) and
holdout226 (gp02), as a class.

Class: a wrong statement that is not the article's own, because the next sentence calls the story behind it luck ("That's
luck, not proof", "They got lucky"), because the writer only tells of asking someone ("Rang the pharmacy to ask.") and the
reply after that says it is false ("Not true, they said"), or because it is a question reported without its question mark,
asked by people often ("Parents ask me all the time whether to give their toddler Benadryl so the little one sleeps") and
answered no ("The label says not to use it to make a child sleepy"). Left: gp08's question asked by someone named ("Lynn
asked whether you can just quit it"), which read as a question lost annotated findings elsewhere (holdout183 ey13, holdout133
da09: "Mia asked if it's okay while pregnant" then a story that says it is). Silent: those. Still reported: the same statements left
standing (luck of another kind, "That's lucky for you", a reply that agrees, a reported question answered yes, asking the
reader to ask).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the story left standing
    (
        "metronidazole",
        "Every so often someone tells me they had a couple of beers halfway through the course and felt totally fine. That's good to hear.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    # the claim left standing after the call (the reply agrees)
    (
        "oxycodone",
        "**Sat 14 Nov.** Someone in the Facebook knee group swears you can't get addicted if you're genuinely in pain."
        " Rang the pharmacy to ask. They said that's right.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    # a reported question answered yes
    (
        "baclofen",
        "Patients ask me every week whether they can just quit it once the spasms settle. Yes, any time you like.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # the drafts' own wording (gp02, gn06, gp08, go05)
    (
        "metronidazole",
        "Every so often someone tells me they had a couple of beers halfway through the course and felt totally fine."
        " That's luck, not proof. Plenty of people react badly, and you won't know which one you are until it happens.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    (
        "oxycodone",
        "**Sat 14 Nov.** Someone in the Facebook knee group swears you can't get addicted if you're genuinely in pain."
        " Rang the pharmacy to ask. Not true, they said: the risk is there for everyone, pain or no pain.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "diphenhydramine",
        "Parents ask me all the time whether to give their toddler Benadryl so the little one sleeps through a red-eye."
        " The label says not to use it to make a child sleepy, and I've watched it backfire.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    # new wordings, other voices: a pharmacy counter's luck, a forum's call to the GP, a parish newsletter's question
    (
        "metronidazole",
        "A reader wrote in to say her sister drank wine all through her course of metronidazole and felt fine. She got"
        " lucky. The reaction can be violent, so please wait until 3 days after the last tablet.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    (
        "oxycodone",
        "My brother-in-law reckons you can't get addicted to oxycodone if you only take it for real pain. I checked with"
        " my GP. Not true, she said: anyone can become addicted, even at the prescribed dose.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "baclofen",
        "Patients ask me every week whether they can simply stop their baclofen once the spasms settle. No: the"
        " consultant brings the dose down slowly, because stopping suddenly can cause hallucinations and seizures.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
