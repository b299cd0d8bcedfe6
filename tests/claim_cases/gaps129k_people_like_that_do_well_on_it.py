"""Off-label use given by the people with the trouble just told, pointed back at, doing well on the drug: adult ADHD told by
its signs ("grown-ups who can't hold their focus at work, ... can't sit through a meeting"), then "Several of my regulars
like that do really well on Wellbutrin XL 150 mg" (holdout153 du12); also "patients like these respond well to it", "it
works well for people like that". Near misses: the people of an approved use, a side effect told before, and people like
that who do well without the drug or on another one."""

from __future__ import annotations

_SIGNS = (
    "I also see a lot of grown-ups who can't hold their focus at work, the ones who start five tasks before lunch, "
    "lose their keys twice a day and can't sit through a meeting. "
)

SHOULD = [
    (
        "bupropion",
        "Bupropion is approved for depression and for quitting smoking.\n\n"
        + _SIGNS
        + "Several of my regulars like that do really well on Wellbutrin XL 150 mg, and it's a nice option.",
        "off-label.undisclosed",
        "warning",
    ),
    (
        "bupropion",
        "Bupropion is approved for depression and for quitting smoking.\n\n"
        "Some of our members have ADHD that was only picked up as adults. Members like that often do well on bupropion.",
        "off-label.undisclosed",
        "error",
    ),
    (
        "sertraline",
        "Sertraline is approved for depression and several anxiety disorders.\n\n"
        "Plenty of people in our group get migraines. In my experience, people like that respond really well to sertraline.",
        "off-label.undisclosed",
        "error",
    ),
    (
        "amitriptyline",
        "Amitriptyline is approved for depression.\n\n"
        "Many of my older patients have fibromyalgia. Amitriptyline works really well for patients like that.",
        "off-label.undisclosed",
        "error",
    ),
]

SHOULD_NOT = [
    # the people of an approved use
    (
        "bupropion",
        "Bupropion is approved for depression and for quitting smoking.\n\n"
        "Many of my customers are trying to quit smoking. Customers like that often do well on bupropion.",
        "off-label.undisclosed",
    ),
    # a side effect told before
    (
        "bupropion",
        "Bupropion can cause insomnia in the first weeks. Patients like that usually do well on a morning dose of bupropion.",
        "off-label.undisclosed",
    ),
    # people like that who do well without the drug
    (
        "bupropion",
        "Bupropion is approved for depression and for quitting smoking.\n\n"
        "Some of our members have ADHD that was only picked up as adults. Members like that often do well on a to-do list app.",
        "off-label.undisclosed",
    ),
    # ... or on another medicine
    (
        "bupropion",
        "Bupropion is approved for depression and for quitting smoking.\n\n"
        "Some of our members have ADHD that was only picked up as adults. People like that often do well on methylphenidate.",
        "off-label.undisclosed",
    ),
]
