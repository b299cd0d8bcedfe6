"""Unsupported claims, promotional text and disclaimers as classes (holdout15/holdout16), in
wordings no evaluation set had: no side effects promised to the reader ("you won't get any side
effects at all"); speed told by breakfast or a brew ("before your coffee's gone cold", "before you
finish your coffee"), also under a heading that states one myth ("Myth 5: "It's slow""), whose
section answers it; not the kind of pill where the dose climbs; a gentler fit than another
medicine; a service telling its process ("once your first order ships"), not sales language;
and a disclaimer for staff or carers that names the references it does not replace (product
information, formulary, prescriber's instructions). British English, non-native English, curly
apostrophes. Each case is the body of one article about one drug; the assertion is what its
writer would see: the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
DISCLAIMER = "disclaimer.missing"
#: A staff briefing's last instruction, before its closing paragraph.
STAFF = "Give it every 12 hours.\n\n"


#: (drug, body, rule, severity): a claim (or a missing disclaimer) the writer must see.
SHOULD = [
    # -- no side effects promised to the reader --
    ("amitriptyline", "At a tiny dose like that, you won't get any side effects at all.", ABSOLUTE, "error"),
    ("amitriptyline", "On 10 mg you will not have a single side effect.", ABSOLUTE, "error"),
    ("amitriptyline", "You'll never get side effects on a dose this small.", ABSOLUTE, "error"),
    ("amitriptyline", "At this dose you don't get any side effects whatsoever.", ABSOLUTE, "error"),
    ("amitriptyline", "It won't give you any side effects at this dose.", ABSOLUTE, "error"),
    ("amitriptyline", "There aren't any side effects at that dose.", ABSOLUTE, "error"),
    ("amitriptyline", "You will not get any side effect with such low dose.", ABSOLUTE, "error"),
    ("amitriptyline", "You won’t notice any side effects at all.", ABSOLUTE, "error"),
    ("amitriptyline", "It doesn't cause any side effects at low doses.", ABSOLUTE, "error"),
    # -- speed told by breakfast or a brew --
    ("alprazolam", "You'll usually feel the calm roll in before your coffee's gone cold.", RAPID, "error"),
    ("alprazolam", "## Myth 5: \"It's slow\"\n\nHonestly the opposite. You'll feel it before your coffee's gone cold.", RAPID, "error"),
    ("alprazolam", "It takes the edge off before your coffee is cold.", RAPID, "error"),
    ("alprazolam", "You feel it before your tea has gone cold.", RAPID, "error"),
    ("alprazolam", "Relief comes before the kettle even boils.", RAPID, "error"),
    ("alprazolam", "The calm arrives before you finish your coffee.", RAPID, "warning"),
    ("alprazolam", "It works before you've even finished your morning cuppa.", RAPID, "warning"),
    ("alprazolam", "You'll feel calmer before your toast pops up.", RAPID, "warning"),
    ("alprazolam", "It works quicker than you can make a cup of tea.", RAPID, "warning"),
    # -- not the kind of pill where the dose climbs --
    ("diazepam", "This isn't the sort of pill where you end up needing a bigger dose every month.", DEPENDENCY, "error"),
    ("diazepam", "It's not the kind of medicine where you need more and more over time.", DEPENDENCY, "error"),
    ("diazepam", "It's not a tablet where you end up having to up the dose every few weeks.", DEPENDENCY, "error"),
    ("diazepam", "It isn't one of those meds where the dose keeps going up.", DEPENDENCY, "error"),
    ("pregabalin", "It’s not a drug in which people must increase the dose.", DEPENDENCY, "error"),
    # -- a gentler fit than another medicine --
    ("simvastatin", "For the over-75s, simvastatin is a gentler fit than the newer statins.", COMPARATIVE, "error"),
    ("simvastatin", "For older people it's a better fit than atorvastatin.", COMPARATIVE, "error"),
    ("simvastatin", "Simvastatin makes a softer choice than rosuvastatin for the elderly.", COMPARATIVE, "error"),
    ("simvastatin", "In my view it's a more comfortable fit than the high-strength statins for over-80s.", COMPARATIVE, "error"),
    ("simvastatin", "For frail people it is a nicer match than the strong statins.", COMPARATIVE, "error"),
    # -- real shipping pitches stay sales language --
    ("bupropion", "Orders ship the same day.", SALES, "error"),
    ("bupropion", "Orders go out the next day with tracked delivery.", SALES, "error"),
    ("bupropion", "Your order ships free.", SALES, "error"),
    ("bupropion", "Orders are dispatched within 24 hours.", SALES, "error"),
    ("bupropion", "Fast free shipping on every order.", SALES, "error"),
    # -- no disclaimer: references named, but not as what the text does not replace --
    ("oxycodone", "Give it every 12 hours. Check the product information for the full list of side effects.", DISCLAIMER, "error"),
    ("oxycodone", "Give it every 12 hours. Follow local protocols for disposal.", DISCLAIMER, "error"),
    ("oxycodone", "Give it every 12 hours. The liquid is not a replacement for the tablets.", DISCLAIMER, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- side effects hedged, conditional or not all --
    ("amitriptyline", "Most people don't get any side effects.", ABSOLUTE),
    ("amitriptyline", "You may not get any side effects at all.", ABSOLUTE),
    ("amitriptyline", "You probably won't get any side effects at this dose.", ABSOLUTE),
    ("amitriptyline", "Don't worry if you don't get any side effects.", ABSOLUTE),
    ("amitriptyline", "You won't get all of these side effects.", ABSOLUTE),
    ("amitriptyline", "Tell your doctor if you get any side effects.", ABSOLUTE),
    # -- a time to take it, not a speed --
    ("levothyroxine", "Take it 30 minutes before your morning coffee.", RAPID),
    ("levothyroxine", "Take it before you have breakfast or drink your coffee.", RAPID),
    # -- under a heading of myths, a myth told to be refuted --
    ("alprazolam", "## Myths we hear\n\n- It works before your coffee's gone cold.", RAPID),
    # -- a climbing dose as a risk or advice --
    ("diazepam", "Some people end up needing a bigger dose over time.", DEPENDENCY),
    ("diazepam", "Don't take a bigger dose every month without asking.", DEPENDENCY),
    # -- a fit without a rival --
    ("simvastatin", "Ask which statin is a better fit for you.", COMPARATIVE),
    # -- a service telling its process --
    ("bupropion", "This Help Centre article explains what to expect once your first order ships.", SALES),
    ("bupropion", "When your prescription is dispatched, we send you a tracking link.", SALES),
    ("bupropion", "After your order is sent out, you can follow it in the app.", SALES),
    ("bupropion", "Once your order has shipped, your pharmacist is still available by chat.", SALES),
    ("bupropion", "Here's what happens after your medication ships.", SALES),
    # -- a disclaimer for staff or carers, naming what it does not replace --
    (
        "furosemide",
        "Take it in the morning.\n\nThis briefing is a quick reference for staff. It does not replace the product information, "
        "the formulary or the prescriber's instructions for an individual patient.",
        DISCLAIMER,
    ),
    (
        "oxycodone",
        "Give it every 12 hours.\n\nThis briefing supports, and does not replace, the palliative care formulary, the product "
        "information and the prescriber's instructions for each patient.",
        DISCLAIMER,
    ),
    ("oxycodone", STAFF + "This sheet is no substitute for local protocols or the resident's care plan.", DISCLAIMER),
    ("oxycodone", STAFF + "These notes are not a replacement for the summary of product characteristics or the BNF.", DISCLAIMER),
    ("oxycodone", STAFF + "This handout does not take the place of the clinical team's judgement for each resident.", DISCLAIMER),
    ("oxycodone", STAFF + "This crib sheet doesn't replace the hospice formulary or the prescriber’s chart.", DISCLAIMER),
    ("oxycodone", STAFF + "Use this guide together with, not instead of, the prescribing information and the care plan.", DISCLAIMER),
]
