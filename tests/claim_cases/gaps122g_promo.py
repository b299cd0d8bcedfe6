"""Promotional wordings from eval/holdout119, holdout121 and holdout122 (three misses), as classes.

- A convenience pitch for a prescription: a prescription promised by a time ("get prescribed tonight"), or beside the
  convenience the service sells (the waiting room skipped, the sofa, the pyjamas): "Skip the waiting room and the awkward
  small talk: care in your pajamas, prescribed tonight" (holdout121 co06). Not the convenience alone (a
  ``promotional.service-convenience`` warning), "the waiting room at your GP", "prescriptions are reviewed by a doctor".
- Scarcity and urgency: places in a service running out and a deadline to take one: "Spaces in our December intake are
  nearly gone ... lock in your place before the list closes" (holdout119 cm05). Not places described ("Places on the
  course are limited"), chickenpox spots, "reserve your place on the course", "before the window closes".
- A discount code to show, mention or quote at the pharmacy: "show code RXSAVE15 at the counter at any participating
  pharmacy" (holdout122 cp11). Not a QR code or a prescription's code, an NHS number, a study's or an ICD code.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

_ESCITALOPRAM = "Escitalopram treats depression and generalised anxiety disorder. "
_TIRZEPATIDE = "Tirzepatide treats type 2 diabetes. "
_OXYCODONE = "Oxycodone treats severe pain. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "escitalopram",
        _ESCITALOPRAM + "Skip the waiting room and the awkward small talk: care in your pajamas, prescribed tonight.",
        SALES,
        "error",
    ),
    (
        "tirzepatide",
        _TIRZEPATIDE + "Spaces in our December intake are nearly gone: complete your questionnaire tonight to lock in your place "
        "before the list closes.",
        SALES,
        "error",
    ),
    (
        "oxycodone",
        _OXYCODONE + "Our partner discount card knocks a chunk off: show code RXSAVE15 at the counter at any participating pharmacy.",
        SALES,
        "error",
    ),
    # convenience pitches for a prescription, new wordings
    ("escitalopram", _ESCITALOPRAM + "Get prescribed tonight by a licensed clinician.", SALES, "error"),
    ("escitalopram", _ESCITALOPRAM + "From your couch to a prescription in under an hour.", SALES, "error"),
    ("escitalopram", _ESCITALOPRAM + "No queue, no commute, and your script by bedtime.", SALES, "error"),
    ("escitalopram", _ESCITALOPRAM + "Ditch the waiting room: most members are prescribed the same day.", SALES, "error"),
    # scarcity and urgency, new wordings
    ("tirzepatide", _TIRZEPATIDE + "Places on our spring programme are going fast.", SALES, "error"),
    ("tirzepatide", _TIRZEPATIDE + "There are only a handful of spots left this month.", SALES, "error"),
    ("tirzepatide", _TIRZEPATIDE + "Sign up now and claim your place before spaces run out.", SALES, "error"),
    ("tirzepatide", _TIRZEPATIDE + "Finish the form today before the waitlist fills up.", SALES, "error"),
    # a discount code told at the counter, new wordings
    ("oxycodone", _OXYCODONE + "Just mention SAVE20 at the till.", SALES, "error"),
    ("oxycodone", _OXYCODONE + "Quote the code on our card at any participating pharmacy to knock a few dollars off.", SALES, "error"),
    ("oxycodone", _OXYCODONE + "Show the discount code PAIN10 when you pay.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("escitalopram", _ESCITALOPRAM + "Ask your pharmacist about the cost.", SALES),
    ("escitalopram", _ESCITALOPRAM + "Prescriptions are reviewed by a doctor within a day.", SALES),
    ("escitalopram", _ESCITALOPRAM + "The waiting room at your GP can be busy, so your prescription may be ready the same day.", SALES),
    ("escitalopram", _ESCITALOPRAM + "Skip the waiting room: book a video appointment with your own GP.", SALES),
    ("escitalopram", _ESCITALOPRAM + "If you get prescribed it today, take the first dose tomorrow morning.", SALES),
    ("escitalopram", _ESCITALOPRAM + "You may be prescribed a lower dose tonight if you are over 65.", SALES),
    ("tirzepatide", _TIRZEPATIDE + "Places on our weight-management course are limited; ask your GP to refer you.", SALES),
    ("tirzepatide", _TIRZEPATIDE + "With chickenpox, the spots are nearly gone after a week.", SALES),
    ("tirzepatide", _TIRZEPATIDE + "Reserve your place on the diabetes education course by calling the clinic.", SALES),
    ("tirzepatide", _TIRZEPATIDE + "There are only a few places left in the country that still make the pens.", SALES),
    ("tirzepatide", _TIRZEPATIDE + "Start the antiviral before the window closes.", SALES),
    ("oxycodone", _OXYCODONE + "Show the QR code in the NHS App at the pharmacy counter.", SALES),
    ("oxycodone", _OXYCODONE + "Quote your NHS number when you ring the surgery.", SALES),
    ("oxycodone", _OXYCODONE + "The trial's study code NCT01234567 is on the registry.", SALES),
    ("oxycodone", _OXYCODONE + "Your notes may show the ICD code F11.2 for opioid dependence.", SALES),
    ("oxycodone", _OXYCODONE + "Show the pharmacist the code on your prescription at the counter.", SALES),
]
