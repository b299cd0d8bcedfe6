"""False errors on clean drafts of the blind set holdout30, as classes: a use the writer
warns against ("the FDA warned against using it for COVID-19", "doctors advise against
taking it for ..."); a use given to other medicines ("It is not meant to treat an episode
of depression ...; other medicines are used for that"); a claim about the article's drug
judged against a drug named only after it ("It isn't habit-forming. That's a big
difference from methadone": naltrexone's label says it has no abuse potential); a
disclaimer in a careless site's words ("for educational and entertainment purposes and
should never stand in for a one-on-one conversation with a licensed physician"); a side effect's hedged course ("nausea usually
settles within days", found by a helper). The
uses and claims themselves, said plainly, are still reported."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
DEPENDENCY = "unsupported-claim.dependency"
DISCLAIMER = "disclaimer.missing"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): what the writer must still see.
SHOULD = [
    ("hydroxychloroquine", "Some clinics still give hydroxychloroquine for COVID-19.", OFF_LABEL, "error"),
    ("ivermectin", "Plenty of people took ivermectin tablets for COVID-19 and swear by it.", OFF_LABEL, "error"),
    ("lamotrigine", "Lamotrigine is also prescribed for depression on its own.", OFF_LABEL, "error"),
    # a warning against a use only negates that use, not one claimed after it
    ("hydroxychloroquine", "The FDA warned against some uses, but we still give hydroxychloroquine for COVID-19.", OFF_LABEL, "error"),
    ("oxycodone", "Oxycodone isn't habit-forming. That's a big difference from heroin.", DEPENDENCY, "error"),
    # a symptom said to go within minutes is still a speed claim, hedged or not
    ("ondansetron", "With ondansetron the nausea usually melts away within minutes.", RAPID, "error"),
    # entertainment alone is no disclaimer; nor is a symptom instruction
    ("ibuprofen", "Ibuprofen eases aches.\n\nPure entertainment here. See a doctor if the pain lasts ten days.", DISCLAIMER, "error"),
]

#: (drug, body, rule): nothing of ``rule`` may be reported.
SHOULD_NOT = [
    # -- a use warned against --
    (
        "hydroxychloroquine",
        "**Does it treat COVID-19?**\n\nNo. Large trials found no benefit, and the FDA warned against using it for COVID-19 "
        "outside a hospital or a research study because of the heart rhythm risk.",
        OFF_LABEL,
    ),
    ("hydroxychloroquine", "Doctors advise against taking hydroxychloroquine for COVID-19.", OFF_LABEL),
    ("ivermectin", "Health agencies have strongly cautioned against using ivermectin tablets for COVID-19.", OFF_LABEL),
    ("lamotrigine", "Specialists recommend against prescribing lamotrigine for depression on its own.", OFF_LABEL),
    # -- a use given to other medicines --
    (
        "lamotrigine",
        "Lamotrigine helps delay mood episodes in bipolar I disorder. It is not meant to treat an episode of mania or "
        "depression that is already happening; other medicines are used for that.",
        OFF_LABEL,
    ),
    (
        "lamotrigine",
        "Lamotrigine keeps mood episodes away in bipolar I disorder. For an episode of depression that has already started, "
        "other drugs are usually given.",
        OFF_LABEL,
    ),
    # -- a claim about the article's drug, with another drug named only after it --
    (
        "naltrexone",
        "**ROSA:** No, it isn't. It's an opioid blocker. It doesn't produce a high and it isn't habit-forming. That's a big "
        "difference from methadone or buprenorphine, which are opioid medicines used in a different way.",
        DEPENDENCY,
    ),
    ("naltrexone", "Naltrexone blocks opioids. It is not habit-forming. Oxycodone, by contrast, can be.", DEPENDENCY),
    # -- a disclaimer in a careless site's words --
    (
        "quetiapine",
        "Quetiapine is a serious medicine for serious conditions.\n\n*NaturalEdge content is for educational and entertainment "
        "purposes and should never stand in for a one-on-one conversation with a licensed physician or pharmacist.*",
        DISCLAIMER,
    ),
    ("ibuprofen", "Ibuprofen eases aches.\n\nThis blog is for general and educational purposes.", DISCLAIMER),
    # -- a side effect's hedged course --
    ("sertraline", "Sertraline treats depression. Nausea usually settles within days.", RAPID),
    ("ibuprofen", "Ibuprofen eases pain. Any indigestion tends to ease within a few days.", RAPID),
]
