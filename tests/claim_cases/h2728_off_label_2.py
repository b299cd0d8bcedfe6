"""Off-label uses told in lay words on held-out sets 27 and 28, as classes: how much of a condition
a medicine cuts, with more than one measure ("to cut down the number and intensity of hot
flashes"); rosacea told as redness across the face ("for the redness and flushing across her
cheeks and nose", "persistent facial redness"); sleep told as being asleep before a journey is
under way ("half a tablet before take-off and I'm asleep before the drinks trolley comes round");
nerve pain told by its feeling in the feet or hands and then pointed back at ("burning, tingling
feet ... A small bedtime dose can take the edge off that pain"); an acute back spasm told by the
muscles beside the spine locking, named a guarding spasm, or by the back muscles it lets unclench
(baclofen is approved for spasticity from MS or spinal cord disease, not for musculoskeletal
spasm). Near misses: the approved use in lay words (baclofen for the stiff muscles of MS,
clonidine for spikes in blood pressure), a side effect (tingling hands, redness, flushing), a use
disclosed or denied, another medicine's use, and what pain relief lets a person do next ("take the
edge off that pain and help them sleep through": the sleep follows the pain relief, it is not a
second use). Each case is the body of one article about one drug; the assertion is the off-label
finding at its severity (a warning when the use is the tool's reading of lay words or a story; an
error when the condition is named), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- how much of it is cut, by more than one measure --
    (
        "clonidine",
        "In our clinic we prescribe it to cut down the number and intensity of hot flashes and the night sweats.",
        OFF_LABEL,
        "error",
    ),
    ("clonidine", "Your doctor may suggest clonidine to reduce the frequency and severity of night sweats.", OFF_LABEL, "error"),
    ("gabapentin", "We use gabapentin at bedtime to reduce the number and length of hot flushes.", OFF_LABEL, "error"),
    ("clonidine", "Clonidine patches can cut down the number, frequency and intensity of hot flushes.", OFF_LABEL, "error"),
    ("paroxetine", "A low dose of paroxetine helps reduce the severity and number of migraines.", OFF_LABEL, "error"),
    # -- rosacea told as redness across the face --
    (
        "isotretinoin",
        "Her mum's friend takes a small dose for the redness and flushing across her cheeks and nose that never quite settles.",
        OFF_LABEL,
        "warning",
    ),
    ("isotretinoin", "A dermatologist put my aunt on a low dose of isotretinoin for persistent facial redness.", OFF_LABEL, "warning"),
    ("isotretinoin", "Some people take tiny doses for redness on the nose and cheeks.", OFF_LABEL, "warning"),
    ("doxycycline", "I take a low-dose doxycycline for the redness across my cheeks.", OFF_LABEL, "warning"),
    ("isotretinoin", "Low-dose Accutane is great for facial redness and flushing, says our skin editor.", OFF_LABEL, "warning"),
    # -- sleep told as being asleep before the journey is under way --
    (
        "alprazolam",
        "Long-haul flights are my nightmare, but half a tablet before take-off and I'm asleep before the drinks trolley comes round.",
        OFF_LABEL,
        "warning",
    ),
    ("lorazepam", "One tablet at the gate and I'm fast asleep before the plane takes off.", OFF_LABEL, "warning"),
    ("diazepam", "Half a tablet as we board and I'm sound asleep by the time the seatbelt signs go off.", OFF_LABEL, "warning"),
    ("alprazolam", "My go-to trick: take half a Xanax to fall asleep on red-eye flights.", OFF_LABEL, "warning"),
    # -- nerve pain told by its feeling, then pointed back at --
    (
        "amitriptyline",
        "Several of our patients with diabetes come to us with burning, tingling feet that feel worse at night, a kind of pain "
        "that ordinary painkillers barely touch. A small bedtime dose of amitriptyline can take the edge off that pain and help "
        "them sleep through.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Our physio team sees lots of people with burning feet. A small dose at night can soothe that pain.",
        OFF_LABEL,
        "warning",
    ),
    ("amitriptyline", "A small bedtime dose of amitriptyline can take the edge off burning, tingling feet.", OFF_LABEL, "warning"),
    ("amitriptyline", "Our diabetic patients take a low dose of amitriptyline for burning, tingling feet at night.", OFF_LABEL, "warning"),
    ("duloxetine", "She takes it for tingling hands and feet.", OFF_LABEL, "warning"),
    # -- an acute back spasm: the muscles beside the spine locking, a guarding spasm, back muscles let go --
    (
        "baclofen",
        "Every time I tried to stand up, the muscles either side of my lower spine locked into a fist. My GP called it guarding "
        "spasm and wrote me a prescription for baclofen, 5 mg three times a day, to let those back muscles unclench.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", "My GP gave me baclofen for a guarding spasm after I hurt my back lifting.", OFF_LABEL, "warning"),
    ("baclofen", "A week of baclofen helped my neck muscles relax after the whiplash.", OFF_LABEL, "warning"),
    (
        "baclofen",
        "The physio said the muscles beside my spine had knotted up, and the GP prescribed baclofen for it.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    ("amitriptyline", "It can cause tingling hands and feet in some people; tell your doctor.", OFF_LABEL),
    (
        "amitriptyline",
        "Amitriptyline is sometimes used off-label for burning, tingling feet from diabetes, a use not approved by the FDA.",
        OFF_LABEL,
    ),
    ("amitriptyline", "A small bedtime dose eases the low mood and helps them get on with the day.", OFF_LABEL),
    (
        "amitriptyline",
        "Amitriptyline is approved for depression. For burning, tingling feet, your doctor is more likely to suggest duloxetine.",
        OFF_LABEL,
    ),
    ("gabapentin", "Gabapentin eases that pain and helps them sleep through, says the leaflet.", OFF_LABEL),
    ("baclofen", "Baclofen relaxes the tight, stiff muscles of multiple sclerosis so you can move more easily.", OFF_LABEL),
    ("baclofen", "Baclofen is for spasticity from MS or spinal cord injury, not for ordinary back strain.", OFF_LABEL),
    ("baclofen", "Baclofen is not meant for a guarding spasm after a back strain; its label covers spasticity from MS.", OFF_LABEL),
    ("baclofen", "Baclofen can make your muscles feel weak or floppy.", OFF_LABEL),
    ("clonidine", "Clonidine is prescribed to reduce the number and severity of spikes in blood pressure.", OFF_LABEL),
    ("clonidine", "Clonidine can cause flushing and a dry mouth.", OFF_LABEL),
    ("isotretinoin", "Isotretinoin can leave you with redness across your cheeks and dry lips.", OFF_LABEL),
    ("isotretinoin", "Isotretinoin is not a treatment for facial redness; rosacea needs a different approach.", OFF_LABEL),
    (
        "isotretinoin",
        "Isotretinoin is sometimes given off-label, in low doses, for persistent facial redness; this use is not FDA-approved.",
        OFF_LABEL,
    ),
    ("alprazolam", "Alprazolam is for anxiety and panic. It can make you sleepy, so do not drive.", OFF_LABEL),
    ("alprazolam", "My flights used to terrify me; half a tablet before take-off and my panic settles.", OFF_LABEL),
]
