"""Off-label uses told by their signs or as a situation, then the medicine, from the blind sets eval/holdout296 (jh09),
eval/holdout298 (jj01), eval/holdout299 (jk03), eval/holdout300 (jl07) and eval/holdout302 (jn06), as classes.

- Sleep as the purpose of a giving, after another trouble told before it: "She has Alzheimer's and had started getting up
  at three in the morning ... The home's visiting doctor prescribed a small 25 mg tablet of Seroquel at bedtime to help her
  sleep through the night" (jh09): "to help her sleep", "so he could sleep" is a use of its own, not sleep won back by
  treating the trouble ("and it let him sleep through" stays the trouble's).
- Sleeplessness told as a situation, then ", so the team will often write a small 25 mg tablet at night" (jj01): a dose
  written is a giving, and the habit may take two words ("will often"); not "so the GP did not give her anything".
- The veterans' health service as the prescriber: "The VA gives them prazosin at bedtime" after "the fellas who jolt awake
  night after night" (jl07).
- A tension-type headache told by the band round the head, the adjective set apart or left out: "the tight,
  band-around-the-head headaches" (jk03); not a sweatband worn round the head.
- ADHD told by its two signs together, can't focus and can't sit still, maybe hyphenated into one thing and set after "for
  exactly that" as what it is: "put her on Wellbutrin for exactly that, the can't-focus, can't-sit-still thing she's had
  since primary school" (jn06); not one sign alone, not the drug's own jitters, not an approved use set after "that".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (jj01, jl07, jk03, jn06)
    (
        "quetiapine",
        "Many of our patients on the waiting list tell us the worst part is lying awake until four in the morning, so the team"
        " will often write a small 25 mg tablet at night to get them through the weeks before their first appointment.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "**GENE:** Well, you know, a lot of the fellas who jolt awake night after night, back in the same convoy, soaked"
        " through. The VA gives them prazosin at bedtime and for a lot of them it's the first full night in years.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "Marcus, a 41-year-old software tester, had a different story. His doctor gave him a short course of cyclobenzaprine"
        " for the tight, band-around-the-head headaches that crept in by mid-afternoon at his desk, and he says the afternoons"
        " are easier now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "@grey_cardigan funny you say bonus. I also noticed I could finally sit through a whole team meeting without drumming"
        " my pen and losing the thread halfway, and my sister's psychiatrist actually put her on Wellbutrin for exactly that,"
        " the can't-focus, can't-sit-still thing she's had since primary school.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: sleep as the purpose after another trouble (an approved one, so that only the sleep is the use)
    (
        "quetiapine",
        "My brother has bipolar disorder and had gone three nights without a wink. His psychiatrist added 25 mg of Seroquel at"
        " bedtime to help him sleep through.",
        OFF_LABEL,
        "error",
    ),
    (
        "trazodone",
        "Grandad has depression, and lately he wanders the landing at 2 am. The GP gave him trazodone at night so he could sleep.",
        OFF_LABEL,
        "error",
    ),
    # the trouble, then a dose written for it
    (
        "mirtazapine",
        "Dad was lying awake until three, so the GP wrote him a 15 mg tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "She was still wide awake at three every morning, so the ward will usually write a 25 mg tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    # ... after a paragraph on another trouble that takes sleep away (jj01's leaflet)
    (
        "quetiapine",
        "Seroquel XR can also be added to an antidepressant when depression has not lifted on the antidepressant alone.\n\n"
        "Many of our patients tell us the worst part is lying awake until four in the morning, so the team will often write a"
        " small 25 mg tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    # the VA as the prescriber
    (
        "prazosin",
        "Half the guys in my unit wake up shouting, back in the same firefight. The VA gave them prazosin and most of them sleep now.",
        OFF_LABEL,
        "warning",
    ),
    # the band round the head, other wordings
    (
        "cyclobenzaprine",
        "I keep a few Flexeril in my desk for those band-round-the-forehead headaches I get after a long drive.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "Her physio suggested she ask about tizanidine for the squeezing, band-across-the-temples headaches she gets at work,"
        " and her GP prescribed it.",
        OFF_LABEL,
        "warning",
    ),
    # ADHD by its two signs
    (
        "bupropion",
        "My son can't sit still and can't concentrate at school, so his doctor started him on bupropion.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "Our family doctor put her on bupropion for that: the can't-sit-still, can't-focus stuff her teachers keep writing home about.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # sleep won back by treating an approved trouble is that trouble's benefit
    (
        "quetiapine",
        "My brother has bipolar disorder and had gone three nights without a wink. His psychiatrist raised his Seroquel, and"
        " since then he sleeps through.",
        OFF_LABEL,
    ),
    # the giving denied
    ("quetiapine", "She was lying awake until four, so the GP did not give her anything for it.", OFF_LABEL),
    # a sweatband, not a headache
    (
        "cyclobenzaprine",
        "She wears a sweatband around the head when she runs, and takes cyclobenzaprine for her back spasms.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "cyclobenzaprine",
        "His doctor gave him cyclobenzaprine for the tight, band-around-the-head headaches he gets at his desk. That is an"
        " off-label use: it is approved only for muscle spasm.",
        OFF_LABEL,
    ),
    # the drug's own jitters, not ADHD
    (
        "bupropion",
        "The first week on bupropion I couldn't sit still, couldn't focus, and I felt wired. It settled after ten days.",
        OFF_LABEL,
    ),
    # one sign alone
    ("bupropion", "My sister can't sit still in meetings, and her psychiatrist started her on bupropion for her depression.", OFF_LABEL),
    # an approved use set after "that"
    (
        "bupropion",
        "Her psychiatrist prescribed bupropion for that, the low mood that came back every winter.",
        OFF_LABEL,
    ),
    # the VA prescribing an approved use
    ("prazosin", "The VA gives him prazosin for his high blood pressure.", OFF_LABEL),
]
