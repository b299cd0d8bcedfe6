"""Off-label uses by wording class, from what holdout11/holdout12 missed or wrongly reported: a
condition named in one sentence of a story and the drug a doctor gave in the next ("half our crew
caught scabies off the mats. My doc gave me a dose of ivermectin tablets"); a drug carried or kept
"in case" of a condition ("a prescription for azithromycin to carry in case I came down with food
poisoning"); a patient group that opens a sentence ("For residents with diabetes, metoprolol can
hide ...": a caution for them, not a use); a use that is one of the drug's known misstatements
("it also clears up bacterial vaginosis", "a Z-Pak will see the flu off as well": the accuracy
check's finding, the off-label finding a warning; none when quoted to be refuted). Each class is
written in several voices (leaflet, blog, forum, British English, non-native English) besides the
draft's own wording; each case asserts what the writer would see: the finding with its severity,
or none."""

from __future__ import annotations

import pytest
from test_offlabel_class import off_label

#: (drug, body, condition, severity): an undisclosed use the writer must see.
OFF_LABEL = [
    # -- a story: the condition, then the drug a doctor gave in the next sentence --
    (
        "ivermectin",
        'Member story, shared with permission: "Last spring half our powerlifting crew caught scabies off the mats. '
        'My doc gave me a dose of ivermectin tablets and a second one a week later, same as my girlfriend."',
        "scabies",
        "warning",
    ),
    ("ivermectin", "My son caught scabies at summer camp. The doctor prescribed him ivermectin tablets.", "scabies", "warning"),
    ("ivermectin", "Our whole family got scabies last winter. So our GP gave us ivermectin, two doses a week apart.", "scabies", "warning"),
    ("ivermectin", "My daughter have scabies from school. Doctor give her ivermectin pills.", "scabies", "warning"),
    (
        "paroxetine",
        "Member story from the Real Talk thread: \"I'd been dealing with premature ejaculation for years and it was wrecking "
        'my confidence. My GP put me on 20 mg of paroxetine a day and within a month I was lasting way longer."',
        "premature ejaculation",
        "warning",
    ),
    (
        "paroxetine",
        "My husband has suffered with premature ejaculation for years. His GP prescribed paroxetine.",
        "premature ejaculation",
        "warning",
    ),
    (
        "paroxetine",
        "I was struggling with early ejaculation. Eventually my GP put me on paroxetine 20 mg.",
        "premature ejaculation",
        "warning",
    ),
    (
        "albuterol",
        "Last winter one of our second-graders came to my office every morning with the barking cough he gets after every cold. "
        "His pediatrician had him take two puffs of albuterol before school while the cough hung on.",
        "cough and cold",
        "warning",
    ),
    (
        "albuterol",
        "My little girl always gets a nasty cough after a cold. Her paediatrician had her use albuterol for a week.",
        "cough and cold",
        "warning",
    ),
    # -- carried or kept in case of a condition --
    (
        "azithromycin",
        "The doctor went through vaccines, mosquito bites and food hygiene, and then wrote me a prescription for "
        "azithromycin to carry in case I came down with food poisoning on the road.",
        "gastroenteritis",
        "error",
    ),
    ("azithromycin", "Pack a course of azithromycin just in case of food poisoning.", "gastroenteritis", "error"),
    ("azithromycin", "Bring azithromycin in case you get food poisoning on holiday.", "gastroenteritis", "error"),
    ("azithromycin", "We always carry azithromycin in case the kids come down with gastroenteritis.", "gastroenteritis", "error"),
    (
        "azithromycin",
        "My GP gave me azithromycin to keep in my rucksack in case I caught a tummy bug abroad.",
        "gastroenteritis",
        "warning",
    ),
    ("azithromycin", "Doctor give me azithromycin for carry in case I get food poisoning in travel.", "gastroenteritis", "error"),
    # -- a use that is a known misstatement: reported, as a warning (the misstatement is the error) --
    (
        "fluconazole",
        "Not sure whether it's yeast or something else? No problem: it also clears up bacterial vaginosis, so one tablet "
        "covers whichever one you've got.",
        "bacterial vaginosis",
        "warning",
    ),
    ("fluconazole", "Fluconazole also cures bacterial vaginosis.", "bacterial vaginosis", "warning"),
    ("fluconazole", "One tablet treats BV as well.", "bacterial vaginosis", "warning"),
    ("fluconazole", "Diflucan clears up BV in a day.", "bacterial vaginosis", "warning"),
    (
        "azithromycin",
        "If the flu is doing the rounds at the same time, a Z-Pak will see that off as well.",
        "cough and cold",
        "warning",
    ),
]

#: (drug, body): no undisclosed use (a patient group, approved, denied, hedged, turned).
NO_OFF_LABEL = [
    # -- a patient group opening the sentence: a caution for them --
    (
        "metoprolol",
        "For residents with diabetes, metoprolol can hide the racing heartbeat that usually warns of low blood sugar, "
        "so staff go by blood sugar readings rather than symptoms.",
    ),
    ("metoprolol", "For older people with diabetes, metoprolol may mask the signs of a hypo."),
    ("metoprolol", "For clients living with diabetes, metoprolol can hide the warning signs of low blood sugar."),
    ("metoprolol", "For those of you with diabetes, check your sugar more often while on metoprolol."),
    ("metoprolol", "For our residents who have diabetes, metoprolol may hide a fast heartbeat."),
    ("metoprolol", "For elderly patients with type 2 diabetes metoprolol can mask hypoglycaemia symptoms."),
    ("metoprolol", "For pupils with diabetes, the school nurse checks blood sugar because metoprolol can hide the signs."),
    # -- a story whose giving is hedged, denied, or turned; or an approved use --
    ("ivermectin", "My son caught scabies at summer camp. The doctor never gave him ivermectin."),
    ("ivermectin", "I had scabies last year, but it went away by itself. My doctor gave me ivermectin."),
    ("paroxetine", "I had premature ejaculation for years. My doctor may give me paroxetine."),
    ("paroxetine", "I had panic attacks for months. My GP put me on paroxetine."),
    ("metoprolol", "She has high blood pressure. Her doctor put her on metoprolol."),
    # -- "in case" of something else, or denied --
    ("azithromycin", "Keep azithromycin out of reach of children in case of accidental swallowing."),
    ("azithromycin", "Do not take azithromycin in case of a cold; it will not help."),
    # -- an approved use said in the misstatement's words --
    ("fluconazole", "Fluconazole clears up vaginal thrush."),
    # -- a misstatement quoted to be refuted: no use claimed --
    ("fluconazole", "It's a myth that fluconazole clears up bacterial vaginosis."),
    ("fluconazole", "Myth: fluconazole clears up bacterial vaginosis."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), OFF_LABEL)
def test_undisclosed_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), NO_OFF_LABEL)
def test_no_undisclosed_use(drug: str, body: str) -> None:
    assert off_label(drug, body) == []
