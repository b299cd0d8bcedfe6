"""An antibacterial said to finish, destroy or mop up a virus or the flu, as a class (shared kind `for-viruses`).

"the doctor can give the Z-Pak, because this tablets are strong and they finish the virus that is still inside the
chest" (holdout84 bd09): an end put to the illness ({rid}: finish, finish off, destroy, eradicate, eliminate, mop up,
flush out, stamp out), also of what is left of it ("whatever virus is left", "the remaining virus"). Not a denial, not
the course finished ("finish the Z-Pak even if your cold gets better"), not the body finishing the virus, not the
bacteria finished after the flu, not a belief refuted in the next sentence.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "antibiotics-for-viruses"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        "Also when the cough stays for many weeks after the flu, the doctor can give the Z-Pak, because this tablets are strong "
        "and they finish the virus that is still inside the chest.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("amoxicillin", "Amoxicillin is a strong antibiotic and it finishes off the flu in a couple of days.", MISSTATEMENT, ITEM, "warning"),
    ("doxycycline", "A short course of doxycycline destroys the virus before it can settle in your lungs.", MISSTATEMENT, ITEM, "warning"),
    ("azithromycin", "If your cough lingers, the Z-Pak will mop up whatever virus is left behind.", MISSTATEMENT, ITEM, "warning"),
    ("amoxicillin", "The antibiotics flush out the cold virus from your sinuses.", MISSTATEMENT, ITEM, "warning"),
    ("azithromycin", "Azithromycin eradicates the flu virus hiding in your chest.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("azithromycin", "Azithromycin does not finish the virus; it only works on bacteria.", MISSTATEMENT, ITEM),
    ("azithromycin", "Finish the Z-Pak even if your cold gets better.", MISSTATEMENT, ITEM),
    (
        "amoxicillin",
        "Your immune system will finish off the cold virus by itself; amoxicillin is only for bacterial infections.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        "Azithromycin finishes off the bacteria that can cause a chest infection after the flu.",
        MISSTATEMENT,
        ITEM,
    ),
    ("azithromycin", "Some people think the Z-Pak will finish the virus left in the chest after flu. It will not.", MISSTATEMENT, ITEM),
    ("amoxicillin", "Once you finish the course, the flu jab is safe to have.", MISSTATEMENT, ITEM),
]
