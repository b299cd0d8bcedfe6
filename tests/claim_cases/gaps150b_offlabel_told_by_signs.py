"""Off-label uses of a condition told only by its signs, then the medicine given for it, from blind held-out misses:
eval/holdout322 (kh05), eval/holdout323 (ki07), eval/holdout324 (kj01), eval/holdout325 (kk01), eval/holdout326 (kl01), as
classes.

- Nerve pain in the feet told by what the feet have gone and what touching them feels like ("patients whose feet have gone
  hot, prickly and numb after years of diabetes, the kind of feet that make socks feel like sandpaper", kj01): gabapentin is
  approved for the pain after shingles only. A warning (signs). Silent: duloxetine, whose diabetic nerve pain is approved
  and told with the diabetes; a disclosed use; the numbness told as a side effect.
- Nerve pain below a spinal cord injury told by its feel ("a deep burning, buzzing pain below the level of the injury, and the
  team often adds duloxetine for that pain", kk01): the pain pointed back at is the nerve pain, not the injury. A warning.
- C. difficile diarrhoea told by its signs ("the awful gut bug people pick up in hospital after a round of strong antibiotics,
  the kind with constant watery runs", ki07), or named as the cause of the diarrhoea the medicine is used for ("use it for
  the severe, watery diarrhoea caused by the germ Clostridioides difficile", kl01: an error, the germ named). Silent: advice to
  call about diarrhoea after antibiotics, metronidazole's own diarrhoea as a side effect, another medicine's use, a disclosed
  use.
- Athlete's foot told by a red ring or an itchy rash between the toes, cleared once the capsules were taken ("The itchy red
  ring between my toes from the uni pool cleared in a week once I took a few of the same capsules", kh05). A warning. Silent:
  a cream for it, a use denied, a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

GABA = "Gabapentin is approved for the nerve pain that lingers after shingles and for partial seizures.\n\n"
DULOX = "Duloxetine is used for depression, anxiety, fibromyalgia and nerve pain in the feet caused by diabetes.\n\n"
METRO = "Metronidazole is an antibiotic for trichomoniasis, bacterial vaginosis and some serious gut infections.\n\n"
FLUCO = "Fluconazole is a single capsule for vaginal thrush.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (kj01, kk01, ki07, kl01, kh05)
    (
        "gabapentin",
        GABA + "In this clinic we also give gabapentin to patients whose feet have gone hot, prickly and numb after years of "
        "diabetes, the kind of feet that make socks feel like sandpaper by the evening and a warm bath feel like stepping into "
        "nettles.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        DULOX + "Many of our patients who live with a spinal cord injury have a deep burning, buzzing pain below the level of "
        "the injury, and the team often adds duloxetine for that pain as well.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        METRO + "**u/orchidteeth:** My mum was put on metronidazole last year for the awful gut bug people pick up in hospital "
        "after a round of strong antibiotics, the kind with constant watery runs and cramps. Cleared it in a week.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        METRO + "Hospital teams also give it for serious infections inside the tummy and for abscesses. Hospital doctors also "
        "use it for the severe, watery diarrhoea caused by the germ Clostridioides difficile, which can flare up after a course "
        "of other antibiotics.",
        OFF_LABEL,
        "error",
    ),
    (
        "fluconazole",
        FLUCO + 'Our crew member Jas swears by it for more than just thrush: "The itchy red ring between my toes from the uni '
        'pool cleared in a week once I took a few of the same capsules." Honestly, same.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a forum post, a magazine, a careless shop, a ward leaflet
    (
        "gabapentin",
        GABA + "Her GP put her on gabapentin because her toes had gone tingly, hot and numb.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        GABA + "Our podiatrist suggests gabapentin for feet that make a warm bath feel like stepping into nettles.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        GABA + "Grab a pack of gabapentin for when your socks feel like sandpaper on your soles by the end of the day!",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        DULOX + "After the crash left him paraplegic, Marco had a constant burning, electric pain below his injury, so the "
        "rehab doctor started him on duloxetine for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        GABA + "People with a damaged spinal cord often feel a stabbing, tingling pain beneath the level of the injury, and "
        "many are given gabapentin to ease that pain.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        METRO + "After his hip operation and a week of IV antibiotics, Grandad got the runs so badly he couldn't leave the "
        "ward, and they gave him metronidazole for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        METRO + "Metronidazole is a go-to for the nasty stomach infection patients catch on the ward after a course of "
        "antibiotics, with watery diarrhoea many times a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        METRO + "The ward pharmacist said metronidazole is what they use for the diarrhoea brought on by C. diff after strong antibiotics.",
        OFF_LABEL,
        "error",
    ),
    (
        "fluconazole",
        FLUCO + "My flatmate took one of my capsules for the itchy, peeling rash between his toes and it was gone by Friday.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        FLUCO + "The GP gave Dan fluconazole tablets for the cracked, itchy skin between his toes that he picked up at the gym.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # approved for duloxetine: the nerve pain told with the diabetes that caused it
    (
        "duloxetine",
        DULOX + "The clinic gives duloxetine to patients whose feet have gone hot, prickly and numb after years of diabetes.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "gabapentin",
        GABA + "In this clinic we also give gabapentin to patients whose feet have gone hot, prickly and numb after years of "
        "diabetes. That is an off-label use: the FDA has not approved gabapentin for diabetic nerve pain.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        DULOX + "Many of our patients with a spinal cord injury have a burning, buzzing pain below the level of the injury, and "
        "the team often adds duloxetine for that pain; this is off-label.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        METRO + "Hospital doctors also use it for the severe, watery diarrhoea caused by the germ Clostridioides difficile, "
        "which is an off-label use.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        FLUCO + "Some doctors prescribe it for an itchy red ring between the toes, but that is off-label, not an approved use.",
        OFF_LABEL,
    ),
    # a side effect, advice to call, another medicine
    (
        "gabapentin",
        GABA + "A few people find their feet go numb and prickly while taking gabapentin; tell your doctor if that happens.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        METRO + "If you get severe, watery diarrhoea after a course of antibiotics, call your doctor straight away.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        METRO + "Metronidazole itself can upset your stomach and cause diarrhoea.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        METRO + "Vancomycin capsules are now the usual choice for the watery diarrhoea caused by C. diff after strong antibiotics.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        FLUCO + "For the itchy, peeling skin between your toes, use an antifungal cream such as terbinafine instead.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        FLUCO + "Fluconazole is not meant for the itchy red ring between your toes you get from the pool.",
        OFF_LABEL,
    ),
]
