"""Unsupported claims and promotional boilerplate as classes (holdout7/holdout8), in wordings
no evaluation set had: onset told by an errand or a moment of the day ("by the time I'd walked
back to the car park", "before the end of whatever they're streaming", "asleep before your head
hits the pillow") and visible results in the first days or weeks (warnings: the tool infers
them); no risk at all ("zero risk", "the risk is basically nil"), all the good and none of the
bad ("without any of the downsides"), results for good ("clear skin for good", "once and for
all"); a safer choice of another medicine given as hedged advice (a warning); social share and
follow widgets in any layout. British English, non-native English, curly apostrophes. Each case
is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
BOILERPLATE = "promotional.boilerplate"


#: (drug, body, rule, severity): a claim or boilerplate the writer must see.
SHOULD = [
    # -- onset told by an errand or a moment of the day: a warning --
    ("prednisone", "By the time I'd walked back to the car park I could feel my chest loosening.", RAPID, "warning"),
    ("sumatriptan", "Before I'd even got home from the chemist my headache had gone.", RAPID, "warning"),
    ("trazodone", "Most of our patients are drifting off well before the end of whatever they're streaming.", RAPID, "warning"),
    ("zolpidem", "I was out like a light halfway through the first episode.", RAPID, "warning"),
    ("zolpidem", "You’ll be asleep before your head hits the pillow.", RAPID, "warning"),
    ("sertraline", "By the time you've done the school run you'll feel like yourself again.", RAPID, "warning"),
    ("albuterol", "By the time my husband got back from the shops he could breathe freely again.", RAPID, "warning"),
    ("ibuprofen", "By the time I get to work the pain is already gone, every time.", RAPID, "warning"),
    # -- visible results in days or the first weeks: a warning --
    ("minoxidil", "Most guys spot fine new baby hairs within the first couple of weeks.", RAPID, "warning"),
    ("minoxidil", "Within a fortnight you'll see regrowth on the crown.", RAPID, "warning"),
    ("doxycycline", "My spots had cleared after just 10 days.", RAPID, "warning"),
    ("minoxidil", "Already after two weeks I see the new hairs coming.", RAPID, "warning"),
    ("doxycycline", "Expect clear skin in just two weeks.", RAPID, "warning"),
    ("finasteride", "Thicker hair within the first week, guaranteed by our testers.", RAPID, "warning"),
    # -- no risk at all: an error --
    ("quetiapine", "The nurse reassured me that at a dose this tiny there's zero risk.", ABSOLUTE, "error"),
    ("quetiapine", "Honestly, the risk is basically nil.", ABSOLUTE, "error"),
    ("quetiapine", "For old people it has totally no risk.", ABSOLUTE, "error"),
    ("cetirizine", "There is no risk whatsoever for children.", ABSOLUTE, "error"),
    ("cetirizine", "It's a risk-free way to stop the sneezing.", ABSOLUTE, "error"),
    ("cetirizine", "My pharmacist told me there isn't the slightest risk.", ABSOLUTE, "error"),
    # -- all the good and none of the bad, results for good: an error --
    ("doxycycline", "It gives you clear skin for good, without any of the downsides of stronger creams.", ABSOLUTE, "error"),
    ("cetirizine", "You get all the benefits and none of the risks.", ABSOLUTE, "error"),
    ("topiramate", "It banished my migraines once and for all.", ABSOLUTE, "error"),
    ("finasteride", "This tablet fixes your hair loss permanently.", ABSOLUTE, "error"),
    ("doxycycline", "It got rid of my rosacea forever.", ABSOLUTE, "error"),
    ("sertraline", "The results are permanent.", ABSOLUTE, "error"),
    # -- another medicine as the safer choice, in hedged advice: a warning --
    ("lithium", "Acetaminophen (Tylenol) is usually a safer choice for pain, but check first.", COMPARATIVE, "warning"),
    ("lithium", "Paracetamol is generally the better option for a headache, but ask your pharmacist.", COMPARATIVE, "warning"),
    ("warfarin", "For aches, acetaminophen may be a safer choice; check with your pharmacist.", COMPARATIVE, "warning"),
    # ... but the article's own drug as the safer choice is the claim itself: an error
    ("lithium", "Lithium is usually a safer choice than valproate.", COMPARATIVE, "error"),
    # -- social share and follow widgets: an error --
    ("topiramate", "Share this: Facebook | Pinterest | X | Email", BOILERPLATE, "error"),
    ("topiramate", "Facebook • Twitter • WhatsApp", BOILERPLATE, "error"),
    ("topiramate", "- Share on Facebook\n- Tweet this", BOILERPLATE, "error"),
    ("topiramate", "Pin it!", BOILERPLATE, "error"),
    ("topiramate", "Follow us on Instagram for more migraine tips.", BOILERPLATE, "error"),
    ("topiramate", "Share via: Email / WhatsApp / Messenger", BOILERPLATE, "error"),
]

#: (drug, body, rule): the near misses, which must not be reported.
SHOULD_NOT = [
    ("prednisone", "By the time I got home I felt dizzy and sick, so I rang 111.", RAPID),
    ("ibuprofen", "Take it before you leave for work, with breakfast.", RAPID),
    ("minoxidil", "Shedding within the first couple of weeks is normal.", RAPID),
    ("minoxidil", "Don't expect new hair within the first few weeks: it takes 2 to 4 months.", RAPID),
    ("doxycycline", "Your skin should look clearer within 12 weeks.", RAPID),
    ("cetirizine", "There is no risk factor you need to tell us about.", ABSOLUTE),
    ("cetirizine", "The risk is very low, but it is not zero.", ABSOLUTE),
    ("warfarin", "You may need to take it for life.", ABSOLUTE),
    ("cetirizine", "No medicine is risk-free.", ABSOLUTE),
    ("cetirizine", "Tell your doctor if you stop taking it for good.", ABSOLUTE),
    ("topiramate", "Share this information with your doctor.", BOILERPLATE),
    ("topiramate", "Many people find support in patient groups on Facebook or Reddit.", BOILERPLATE),
    ("topiramate", "Share how you feel with someone you trust.", BOILERPLATE),
]
