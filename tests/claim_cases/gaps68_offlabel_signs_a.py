"""Off-label classes from the misses of eval/holdout68 and holdout70: a condition told only by its
signs, then the drug given or taken for it, never said to be off-label. The classes:

- depression told by its signs, then a prescriber adding or starting the drug: care, interest or
  joy lost for what was once loved ("no longer caring about the hobbies she had always loved", "lost
  all interest in the friends she used to live for"), a span of not getting out of bed ("a whole year
  of barely getting out of bed", "couldn't face getting out of bed"), crying in the car, the shower or
  at one's desk, a weight like a black cloud or a lead blanket over the person;
- trauma nightmares told by the event lived again in sleep ("reliving the ambush in his sleep", "goes
  through the crash over and over again in her dreams", "in his sleep he is back in the convoy");
- a use told as keeping the condition away ("to keep away their throbbing, one-sided headaches",
  "might keep at bay the headaches that came with zigzag lights", "keeps away her migraines"), here
  migraine by its signs; a disclosure naming another use (nerve pain) does not cover it.

Near misses that stay silent: an approved use told by the same signs (sertraline for depression,
topiramate for migraine), the use disclosed, recovery ("back doing the things she used to love"), a
war lived through by day, talk in one's sleep, crying from an ankle's pain, a lead blanket for an
X-ray, "keep it away from children". Each case is the body of one article about one drug; the
assertion is the off-label finding at its severity (a warning for a use told in signs), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- depression by its signs, then the drug added --
    (
        "lithium",
        "Deb spent the winter no longer caring about the hobbies she had always loved. Her GP added lithium to her sertraline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "For months she'd lost all interest in the friends she used to live for. Her psychiatrist added risperidone 0.5 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "He had a whole year of barely getting out of bed. Then his psychiatrist added Vyvanse in the mornings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "She couldn't face getting out of bed most days. Her psychiatrist started her on pregabalin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lamotrigine",
        "I was crying in the shower every morning and nothing from my doctor helped. My psychiatrist put me on lamotrigine on top of it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "It felt like there was a black cloud hanging over me all the time. Two antidepressants did nothing. "
        "My psychiatrist added Ritalin 5 mg.",
        OFF_LABEL,
        "warning",
    ),
    # -- trauma nightmares by the event lived again in sleep --
    (
        "prazosin",
        "Many of the firefighters I see are reliving the warehouse fire in their sleep. Their doctor prescribes prazosin at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "In his sleep he is back in the convoy, night after night. The VA doctor gave him clonidine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "She still goes through the crash over and over again in her dreams, so her psychiatrist started propranolol.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "He was reliving the ambush in his sleep most weeks, so the VA doctor started him on trazodone.",
        OFF_LABEL,
        "warning",
    ),
    # -- kept away: migraine by its signs --
    (
        "gabapentin",
        "Plenty of people take a little gabapentin at night to keep away their throbbing, one-sided headaches.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "Her neurologist said duloxetine might keep at bay the headaches that came with zigzag lights.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "A small dose of venlafaxine keeps away the headaches that come with shimmering lines in her vision.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Doctors also prescribe amitriptyline off-label for nerve pain, such as burning feet from diabetes.\n\n"
        "## A regulars' trick\n\n"
        "Some of our customers take 10 mg at night to keep away those one-sided, throbbing headaches that send them to a dark room.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "My neurologist put me on amitriptyline to keep away migraines.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): near misses the writer must not see.
SHOULD_NOT = [
    # approved for depression, told by the same signs
    (
        "sertraline",
        "Deb spent the winter no longer caring about the hobbies she had always loved. Her GP prescribed sertraline.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "lithium",
        "Deb spent the winter no longer caring about the hobbies she had always loved. "
        "Her GP added lithium, an off-label use for depression.",
        OFF_LABEL,
    ),
    # recovery, and an approved use
    (
        "amphetamine mixed salts",
        "She is back doing the things she used to love. She takes Adderall for her ADHD.",
        OFF_LABEL,
    ),
    # a war lived through by day; talk in one's sleep
    (
        "prazosin",
        "He lived through the blast in Kandahar. He takes prazosin for his blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "He sleeps with the window open. In his sleep he talks. He takes prazosin for high blood pressure.",
        OFF_LABEL,
    ),
    # approved for migraine prevention
    (
        "topiramate",
        "Plenty of people take topiramate to keep away their throbbing, one-sided headaches.",
        OFF_LABEL,
    ),
    # keep it away from children
    (
        "amitriptyline",
        "Keep amitriptyline away from children and store it in a dry place.",
        OFF_LABEL,
    ),
    # crying from the pain of a sprain
    (
        "ibuprofen",
        "After the hike she was crying in the car from the pain in her ankle. Ibuprofen helped.",
        OFF_LABEL,
    ),
    # a lead blanket for an X-ray
    (
        "gabapentin",
        "The radiographer put a lead blanket over her lap for the X-ray. "
        "She takes gabapentin for nerve pain after shingles, an off-label use.",
        OFF_LABEL,
    ),
    # disclosed migraine use kept away
    (
        "amitriptyline",
        "Amitriptyline is not approved for migraine, but some doctors use it off-label to keep away those one-sided, throbbing headaches.",
        OFF_LABEL,
    ),
]
