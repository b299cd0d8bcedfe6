"""Cancer kept away as an off-label use, named by its site or told in lay words, and approved uses or non-uses read as
off-label, from eval/holdout319 (ke09 finasteride), holdout320 (kf08 levothyroxine), holdout321 (kg13 aripiprazole),
holdout322 (kh01 aspirin, kh06 hydroxyzine) and holdout323 (ki08 duloxetine), as a class.

Class 1 (misses): a cancer the medicine is taken to keep away, told in lay words: its nickname ("to keep the big C out of the
prostate"), or the bowel's growths kept from coming back like its polyps ("to keep growths in the bowel from coming back", "to
stop bowel growths coming back"): a warning. (A cancer named with the place it grows, "to prevent prostate cancer", was read as
the cancer itself at first; the lead took that back at the stop's end: it made older sets' trial results and chemotherapy
stories errors, "fewer prostate cancers overall" on finasteride, "chemo for breast cancer" beside ondansetron. Those uses stay
unread, a known gap.)

Class 2 (false errors): a use the text itself turns down or never claims:
- a use told with the label's warning as what goes with it ("aripiprazole, when it is used for depression, carries the same
  warning"): a warning, not a claim;
- disclosed with a contraction ("but that isn't what it's approved for");
- a prescriber asked about it for a trouble, the answer no ("We asked the GP about it for my son's hay fever sneezing." then
  "She said it isn't the right medicine for that");
- a start-up side effect as the reason for a dose step ("I started on 30 mg for a week because the nausea was awful at
  first");
- a past taking for a use, then the harm it led to ("she took some of her sister's thyroid tablets before a wedding to drop a
  dress size." then "She ended up in A&E with a pounding heart"): a cautionary tale.

Silent also: a cancer denied, disclosed, a side effect ("high-grade prostate cancer"), a test for it, an approved cancer use
(levothyroxine after thyroid cancer surgery, methotrexate for breast cancer), another medicine's cancer use.
Still reported: the same use answered yes, a story whose result is good, a side effect that is the reason to start it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ke09, kh01)
    ("finasteride", "Plenty of older gents take it to keep the big C out of the prostate, too.", OFF_LABEL, "warning"),
    (
        "aspirin",
        "Our consultant, Dr Amadi, also likes people with a family history of bowel cancer to stay on it, to keep growths in the"
        " bowel from coming back.",
        OFF_LABEL,
        "warning",
    ),
    # ... with another giving disclosed in the paragraph after it, "That is an off-label use" pointing back at that one
    (
        "aspirin",
        "Our consultant, Dr Amadi, also likes people with a family history of bowel cancer to stay on it, to keep growths in the"
        " bowel from coming back.\n\nSome women are given aspirin in pregnancy to lower the risk of pre-eclampsia. That is an"
        " off-label use, arranged only by a midwife or obstetrician, and it has nothing to do with this card.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the cancer named by its site (a leaflet, a magazine)
    # ... or in lay words (a forum post, a careless shop)
    (
        "aspirin",
        "Some people take a baby aspirin every day to stop bowel growths coming back after they have been removed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aspirin",
        "My gastro told me to carry on with aspirin to keep those lumps in the colon from growing back.",
        OFF_LABEL,
        "warning",
    ),
    ("finasteride", "Our top seller for the over-50s: they take finasteride to keep the Big C away.", OFF_LABEL, "warning"),
    # the same turn-downs, answered otherwise: still a use
    (
        "hydroxyzine",
        "I asked my GP about it for my hay fever. She said it works well for that and wrote me a prescription.",
        OFF_LABEL,
        "error",
    ),
    ("levothyroxine", "My cousin took extra levothyroxine to lose weight before her holiday. It worked a treat.", OFF_LABEL, "error"),
    ("duloxetine", "I started on duloxetine because the nausea from my chemo was awful.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no finding of this rule.
SHOULD_NOT = [
    # the false errors, as the drafts said them (kg13, kh06, ki08, kf08)
    (
        "aripiprazole",
        "- Antidepressants can raise the risk of suicidal thoughts and actions in children, teens and young adults, and"
        " aripiprazole, when it is used for depression, carries the same warning. Watch for new or worsening depression,"
        " agitation, or talk of self-harm, especially in the first weeks or after a dose change.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "**Dani:** \"Our paediatrician said some families use it just to get a child to sleep, but that isn't what it's"
        " approved for and she won't prescribe it that way.\"",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "**Jo:** \"We asked the GP about it for my son's hay fever sneezing. She said it isn't the right medicine for that and"
        ' suggested cetirizine, which is meant for hay fever."',
        OFF_LABEL,
    ),
    ("duloxetine", "**[00:06:35] CAROL:** I started on 30 mg for a week because the nausea was awful at first.", OFF_LABEL),
    (
        "levothyroxine",
        "## The weight question\n\nYou will read online that thyroid tablets help you slim. Please don't believe it."
        " Levothyroxine is not a weight-loss medicine, and taking extra to lose weight can make your heart race and can be"
        " dangerous, especially combined with diet pills. A colleague once told me she took some of her sister's thyroid tablets"
        " before a wedding to drop a dress size. She ended up in A&E with a pounding heart.",
        OFF_LABEL,
    ),
    # the same turn-downs in other voices
    ("aripiprazole", "When aripiprazole is used for depression, it comes with a boxed warning about suicidal thoughts.", OFF_LABEL),
    ("hydroxyzine", "Some parents give it only to make a child sleepy, but that isn't what it is approved for.", OFF_LABEL),
    (
        "hydroxyzine",
        "I asked my pharmacist about giving it to my daughter for hay fever. He said no, it is not meant for that.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "My husband asked the pharmacist about hydroxyzine for his hay fever. The answer was no: it is not an allergy tablet.",
        OFF_LABEL,
    ),
    ("duloxetine", "My GP kept me on 20 mg for a fortnight because the dizziness was bad in the first few days.", OFF_LABEL),
    (
        "levothyroxine",
        "My cousin took extra levothyroxine to lose weight before her holiday. Within a week she was rushed to A&E with her heart racing.",
        OFF_LABEL,
    ),
    # cancer: denied, disclosed, a side effect, a test, approved, another medicine's
    ("finasteride", "Finasteride is not approved to prevent prostate cancer.", OFF_LABEL),
    ("finasteride", "Tell your doctor you take finasteride before a PSA test for prostate cancer.", OFF_LABEL),
    ("finasteride", "Finasteride may raise the chance of a high-grade prostate cancer.", OFF_LABEL),
    (
        "finasteride",
        "He is on tamoxifen to keep breast cancer from coming back, and he takes finasteride for his enlarged prostate.",
        OFF_LABEL,
    ),
    ("finasteride", "Grandad swears the big C runs in the family, so he takes finasteride for his hair.", OFF_LABEL),
    ("aspirin", "Some doctors suggest aspirin to prevent bowel cancer; this use is off-label, not approved by the FDA.", OFF_LABEL),
    ("aspirin", "Aspirin does not stop bowel cancer from coming back.", OFF_LABEL),
    ("aspirin", "My dad had bowel cancer, and he takes aspirin for his heart.", OFF_LABEL),
    ("levothyroxine", "Levothyroxine is also used after surgery for thyroid cancer.", OFF_LABEL),
    ("methotrexate", "Methotrexate injection is used to treat breast cancer and lung cancer.", OFF_LABEL),
    # a cancer told as a harm tied to it (holdout265 ic07)
    (
        "hydrochlorothiazide",
        "It makes your skin burn faster in the sun, and with years of use there's a link to skin cancer. So sunscreen on your"
        " neck and ears every single day.",
        OFF_LABEL,
    ),
    ("hydrochlorothiazide", "Long-term use has been linked to skin cancer, so see a skin doctor once a year.", OFF_LABEL),
]
