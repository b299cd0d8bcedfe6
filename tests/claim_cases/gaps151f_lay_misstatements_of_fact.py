"""Misstatements of fact told in lay words, away from the facts' patterns, from eval/holdout327 (km06 acetaminophen),
holdout329 (ko09 furosemide), holdout330 (kp02 minoxidil), holdout331 (kq02 ibuprofen), holdout332 (kr07 warfarin) and
holdout334 (kt08 propranolol, kt10 risperidone), as a class.

Class: a swelling told first in the sentence, then acetaminophen said to shrink "them" or bring them down; furosemide put
with a potassium-sparing medicine or in the "potassium-friendly camp"; the minoxidil tablets said to have "got the green
light" (or another lay approval) for hair loss; a few days of an NSAID said not to make a heart attack any more likely, to put
no one at risk of one or not to bring one on; a list of greens closed by "every other green vegetable", all cut out for
good; a migraine told by a lay name ("one-sided thumpers", "a pounder", "a sick headache") with a preventive swallowed as it
starts; risperidone told as approved for the agitation of residents "whose memory is failing", dementia unnamed. Each is
reported at its fact's tier (a required fact an error, a recommended one a warning).

Silent: the same denied or hedged, said of another medicine (ibuprofen shrinks them; the foam got the green light), ice or
rest doing it, a true grouping (Lasix given together with spironolactone, kept in the same pill box), a heart attack made
less likely by nothing, one green disliked, a daily preventive dose, and an approved use in lay words.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (km06, ko09, kp02, kq02, kr07, kt08, kt10)
    (
        "acetaminophen",
        "Tylenol is also what our bench coach hands out for swollen, puffy knees after a pile-up, because it shrinks them"
        " back to normal size by morning.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "furosemide",
        "Unlike the hydrochlorothiazide many of you also know, Lasix belongs with spironolactone in the potassium-friendly"
        " camp, so most people on it never need a potassium supplement.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "minoxidil",
        "Good news for anyone fed up with the foam: the tablet version got the green light for hair loss a couple of years"
        " ago, so you can simply ask your doctor for a small one each morning instead.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "ibuprofen",
        "A marathoner asked me this last week. NSAIDs like ibuprofen can raise the risk of heart attack and stroke, and the"
        " risk is higher at big doses, with long use and in people who already have heart disease. But for a fit young"
        " runner, a few days of it won't make a heart attack any more likely. Get emergency help for chest pain, shortness"
        " of breath, weakness in one side of the body or slurred speech.",
        MISSTATEMENT,
        "error",
    ),
    (
        "warfarin",
        "My first clinic nurse was firm about it. Once you're on these tablets, cut out salad, spinach, broccoli, sprouts"
        " and every other green vegetable for good.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "propranolol",
        "**HAL:** And when one of those one-sided thumpers starts behind my eye, I swallow a propranolol and it's gone within the hour.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "risperidone",
        "2.4 The night staff lead added that risperidone is the approved medicine for the evening agitation and wandering"
        " of elderly residents whose memory is failing.",
        MISSTATEMENT,
        "error",
    ),
    # new wordings of the class, in other voices
    # (a parent's forum post: the puffiness first, the tablets bring it down)
    (
        "acetaminophen",
        "When my daughter's ankles go puffy after netball, I give her two Tylenol and they bring them right down.",
        MISSTATEMENT,
        "warning",
    ),
    # (a gym newsletter: swelling, then paracetamol shrinks it)
    (
        "acetaminophen",
        "If your wrist is swollen after a heavy session, paracetamol shrinks it overnight.",
        MISSTATEMENT,
        "warning",
    ),
    # (a caregiver's diary: swollen fingers, it gets them back to their normal size)
    (
        "acetaminophen",
        "Mum's fingers were swollen again this morning, but the Tylenol got them back to their normal size by lunch.",
        MISSTATEMENT,
        "warning",
    ),
    # (a retirees' bulletin: lumped in with a potassium-sparing medicine)
    (
        "furosemide",
        "Furosemide is usually lumped in with amiloride, so you needn't worry about your potassium.",
        MISSTATEMENT,
        "warning",
    ),
    # (a clinic leaflet, careless: falls in the potassium-sparing camp)
    (
        "furosemide",
        "Lasix falls squarely in the potassium-sparing camp, which is why we rarely check your levels.",
        MISSTATEMENT,
        "warning",
    ),
    # (a barber's blog: the pills, another idiom of approval)
    (
        "minoxidil",
        "The pills have FDA approval for thinning hair now, so ask about them at your next checkup.",
        MISSTATEMENT,
        "warning",
    ),
    # (a forum: Loniten licensed for balding)
    (
        "minoxidil",
        "Loniten is now licensed for balding as well as blood pressure.",
        MISSTATEMENT,
        "warning",
    ),
    # (a running club: a week of Advil won't put you at risk)
    (
        "ibuprofen",
        "If you're healthy, a week of Advil won't put you at risk of a heart attack.",
        MISSTATEMENT,
        "error",
    ),
    # (a sports column: it isn't going to make a stroke more likely)
    (
        "ibuprofen",
        "Take it through the tournament; it isn't going to make a stroke more likely in a healthy twenty-year-old.",
        MISSTATEMENT,
        "error",
    ),
    # (a relative's email: every leafy green)
    (
        "warfarin",
        "Since Dad went on warfarin, we avoid every leafy vegetable in the house.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "warfarin",
        "We've kept kale, lettuce and any other leafy greens off his plate for good.",
        MISSTATEMENT,
        "warning",
    ),
    # (a choir newsletter: a pounder)
    (
        "propranolol",
        "As soon as one of those pounders starts up, she takes a propranolol and lies down.",
        MISSTATEMENT,
        "warning",
    ),
    # (a topiramate forum post: a sick headache)
    (
        "topiramate",
        "When a sick headache starts, I take a Topamax straight away.",
        MISSTATEMENT,
        "warning",
    ),
    # (a care-home newsletter: licensed for residents with failing memories)
    (
        "risperidone",
        "Risperidone is licensed for the agitation of residents with failing memories.",
        MISSTATEMENT,
        "error",
    ),
    (
        "risperidone",
        "Risperdal is approved for residents whose memory is going.",
        MISSTATEMENT,
        "error",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # denied or hedged
    (
        "acetaminophen",
        "Tylenol helps with the pain of swollen knees, but it doesn't shrink them.",
        MISSTATEMENT,
    ),
    # another medicine, or ice, does it
    (
        "acetaminophen",
        "For swollen knees we use ibuprofen, because it shrinks them; Tylenol is for the pain.",
        MISSTATEMENT,
    ),
    (
        "acetaminophen",
        "For swollen, puffy knees, ice shrinks them by morning; Tylenol can help with the ache.",
        MISSTATEMENT,
    ),
    # the pain, not the swelling
    (
        "acetaminophen",
        "Tylenol takes the edge off the ache in swollen knees.",
        MISSTATEMENT,
    ),
    # a true grouping: given together, kept together
    (
        "furosemide",
        "Lasix is often given together with spironolactone, which keeps potassium up.",
        MISSTATEMENT,
    ),
    (
        "furosemide",
        "Keep your Lasix with your spironolactone in the pill box.",
        MISSTATEMENT,
    ),
    (
        "furosemide",
        "Lasix does not belong in the potassium-friendly camp: it lowers potassium.",
        MISSTATEMENT,
    ),
    # the foam, the approved product; the tablets for blood pressure; the approval denied
    (
        "minoxidil",
        "The foam got the green light for hair loss years ago.",
        MISSTATEMENT,
    ),
    (
        "minoxidil",
        "The tablet version is approved for severe high blood pressure.",
        MISSTATEMENT,
    ),
    (
        "minoxidil",
        "The tablet version has not got the green light for hair loss.",
        MISSTATEMENT,
    ),
    # the risk given, not denied
    (
        "ibuprofen",
        "Even a few days of ibuprofen can make a heart attack more likely, including in fit young people.",
        MISSTATEMENT,
    ),
    (
        "ibuprofen",
        "Ibuprofen won't make a heart attack less likely, so don't take it to protect your heart.",
        MISSTATEMENT,
    ),
    # greens kept steady, one green disliked
    (
        "warfarin",
        "You don't need to cut out salad, spinach and every other green vegetable; just keep the amount steady.",
        MISSTATEMENT,
    ),
    (
        "warfarin",
        "I've never liked broccoli, and I still eat salad and every other green vegetable most days.",
        MISSTATEMENT,
    ),
    # a daily preventive dose, another medicine at the attack
    (
        "propranolol",
        "I take my propranolol every morning, and when one of those thumpers starts anyway I reach for my sumatriptan.",
        MISSTATEMENT,
    ),
    (
        "propranolol",
        "Propranolol is taken every day to cut down the number of sick headaches.",
        MISSTATEMENT,
    ),
    # approved uses in lay words; the approval denied
    (
        "risperidone",
        "Risperidone is approved for the irritability and outbursts that can come with autism in children.",
        MISSTATEMENT,
    ),
    (
        "risperidone",
        "Risperidone is not approved for the agitation of residents whose memory is failing.",
        MISSTATEMENT,
    ),
]
