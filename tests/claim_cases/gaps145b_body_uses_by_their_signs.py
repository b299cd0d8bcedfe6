"""Off-label uses of the body told only by their signs, from eval/holdout280 (ir01 ondansetron), holdout282 (it02 ivermectin),
holdout283 (iu03 paroxetine, iu07 meloxicam) and holdout284 (iv05 sumatriptan), and a spot check's wordings, as a class.

Class: a trouble never named, told by its signs or its situation, then the medicine given or used for it, never called
off-label (a warning: the tool reads the signs):

- morning sickness by the stage of pregnancy of the women it is handed to ("what a lot of obstetricians hand to women in their
  first trimester who can't keep even dry toast down", "give it to women in early pregnancy who cannot keep ... down");
- scabies by a household's night itch and the lines between the fingers, then the prescriber who "writes for" the tablets (the
  American idiom; not one who writes for a paper);
- gout by the big toe, red and swollen, too sore for the bedsheet ("couldn't stand the bedsheet on it"), then urgent care's giving;
- a tension headache by the band round the skull told as one hyphenated word ("the tight-band-round-my-skull ones"), treated
  with the speaker's own supply ("I use mine for ...");
- premature ejaculation by a story ("My wife and I would barely get going and I'd be done", "always the first one done in the
  bedroom"), then the GP's daily dose;
- hot flushes told bare by the sweat they brought ("the flushes that drenched her at her desk"), a long clause before the giving
  told as its reason ("were the reason her gynaecologist started gabapentin");
- a bladder that gets him up at night ("his bladder got him up four times a night, so the urologist tried amitriptyline").

Silent: the same words disclosed as off-label, an approved use (migraine for sumatriptan), "done in" after a run (no sex told),
a doctor who writes for the local paper, a side effect's flush, a baby that gets him up at night.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ir01, it02, iu07, iv05, iu03)
    (
        "ondansetron",
        "Cancer clinics use the same medicine to prevent sickness from chemotherapy and from radiation treatment, so some of you"
        " will know it already.\n\nIt's also what a lot of obstetricians hand to women in their first trimester who can't keep"
        " even dry toast down in the mornings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "## What about the whole family scratching?\n\nWe see this every winter. A whole household comes in itching, the itch worst"
        " at night, with tiny lines between the fingers and around the waistband. The doctor at the clinic often writes for"
        " ivermectin tablets for everybody over about 33 pounds: one dose, then a second dose a week later, and within a couple of"
        " weeks the house is calm again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "**limewash_lenny:** Worth saying, this one got me last spring. Woke up with my big toe swollen up like a plum, red and"
        " shiny, couldn't stand the bedsheet on it. Urgent care gave me meloxicam and it settled in four days. Kept a strip in the"
        " van since.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "**3/12/26, 9:50 PM, Kemi:** if it comes back you can take another tablet after at least 2 hours, but no more than 200 mg"
        " in 24 hours.\n\n**3/12/26, 9:52 PM, Gus:** I use mine for the tight-band-round-my-skull ones I get after a week of"
        " staring at spreadsheets too. one 50 and I'm fine by lunch",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Rafe Okonjo, who runs the dining car on the evening express, has been on paroxetine too, for a reason he was shy about at"
        ' first. "My wife and I would barely get going and I\'d be done. Every time," he says, laughing now. His GP put him on a'
        " small daily dose, and he says they both enjoy things more.",
        OFF_LABEL,
        "warning",
    ),
    # the spot check's wordings
    ("sertraline", "He was always the first one done in the bedroom, so his GP suggested a daily sertraline.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        "The flushes that drenched her at her desk every afternoon for a year were the reason her gynaecologist started gabapentin"
        " 300 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "His bladder got him up four times a night, so the urologist tried amitriptyline 10 mg.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices
    (
        "ondansetron",
        "Midwives tell us that GPs now give it to women in early pregnancy who cannot keep a sip of water down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Last January the whole family came in scratching, worst at night, with little wavy lines between their fingers. The nurse"
        " practitioner wrote for ivermectin tablets for all five of them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "My big toe went red and hot overnight and I couldn't bear a sock on it. The walk-in clinic gave me meloxicam.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Between shifts I take my Imitrex for the iron-band-round-the-head headaches I get after a long week at the till.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "In bed we'd hardly get started before he was finished, so his doctor put him on paroxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "Dev was always the first to finish between the sheets. His GP started him on sertraline 50 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "I was up three times a night to pee, so my urologist put me on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Those nightly flushes that soaked her pyjamas were the main reason her doctor put her on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): what must stay silent.
SHOULD_NOT = [
    # an approved use
    ("sumatriptan", "**Gus:** I use mine for my migraines, one 50 and I'm fine by lunch.", OFF_LABEL),
    # done in after a run, no sex told
    (
        "paroxetine",
        "On our Sunday runs my wife and I would barely get going and I'd be done in. That was the anaemia, not the paroxetine I"
        " take for depression.",
        OFF_LABEL,
    ),
    # the doctor writes for a paper
    (
        "ivermectin",
        "Dr Lopez writes for the local paper about travel health. Ivermectin tablets treat threadworm infections picked up abroad.",
        OFF_LABEL,
    ),
    # a side effect's flush, told as a warning
    ("gabapentin", "Tell your doctor about any flushes that drench you at night while you take gabapentin.", OFF_LABEL),
    # a baby, not the bladder, gets him up
    (
        "sertraline",
        "The baby got him up four times a night, and his low mood got worse, so his GP started him on sertraline for depression.",
        OFF_LABEL,
    ),
]
