"""Off-label classes from the misses of eval/holdout53-55: a condition told only by its signs, then
the drug given, taken or credited for them, never said to be off-label. The classes:

- agitation and psychosis of dementia told by the person: family not known ("did not know who
  Sandra was", "no longer recognised his own son"), carers accused of stealing, a dead spouse
  waiting, a different man by late afternoon; the story paragraph before the doctor starts it;
- hormonal acne told by the skin flaring along the jaw or chin every month or before a period, or
  bumps that never heal before the next crop;
- PTSD nightmares told by the night: back in the convoy (or Helmand) most nights, waking soaked and
  shouting (not only night sweats);
- nerve pain told by a light touch hurting (allodynia), then relief pointed back at "these pain
  signals" or "those sensations";
- fibromyalgia told by aching all over with a fog of tiredness that sleep never clears (the sleep
  in it is not insomnia);
- morning sickness dated by the pregnancy ("eight weeks after her positive test she was vomiting",
  "sick every morning since the test came back positive"), not approved through an antiemetic's
  bare "vomiting".

Near misses that stay silent: approved uses told by the same signs (ondansetron for vomiting after
chemotherapy, isotretinoin for cysts on the chin, risperidone for a young man's delusions), the use
disclosed as off-label, the signs as the drug's side effect, a razor rash on the jaw, a stranger
not known, socks on feet. Each case is the body of one article about one drug; the assertion is the
off-label finding at its severity (a warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- dementia by its signs, the story paragraph before the doctor --
    (
        "quetiapine",
        "Mum is 88. Most days she no longer recognised her own son, and she kept accusing the care staff of hiding her purse.\n\n"
        "Her doctor started her on quetiapine at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Grandad is 86. Come evening he turned into someone else, and some nights he didn't know who I was. "
        "The care home GP put him on risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "At 90, Nan was sure her dead husband was coming home for tea and would not let anyone lock the door. "
        "Her GP started her on quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    # -- hormonal acne by the jaw --
    (
        "spironolactone",
        "Every month her chin breaks out before her period, big sore lumps that take weeks to go. Her GP put her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "My face flared up along my jawline every single month. My dermatologist prescribed spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Around my period my jawline breaks out in painful lumps. My GP started me on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    # -- PTSD nightmares by the night --
    (
        "prazosin",
        "Most nights he's back in Helmand, and his partner says he wakes drenched in sweat, yelling. His doctor started him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "After the tour she woke up shaking and screaming most nights. The clinic gave her clonidine.",
        OFF_LABEL,
        "warning",
    ),
    # -- nerve pain by a light touch, relief pointed back --
    (
        "amitriptyline",
        "For many people even the lightest touch of a sheet can hurt. Amitriptyline can quieten those sensations.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Some patients tell us that bedclothes against their feet felt like sandpaper. Amitriptyline calms these nerve signals.",
        OFF_LABEL,
        "warning",
    ),
    # -- fibromyalgia by the aching and a tiredness sleep never clears --
    (
        "naltrexone",
        "For years she had aching all over and a haze of exhaustion that no amount of sleep ever lifted. "
        "Her doctor started her on 4.5 mg naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    # -- morning sickness dated by the pregnancy --
    (
        "ondansetron",
        "At nine weeks pregnant I was throwing up all day and couldn't keep anything down. My GP gave me ondansetron.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "I had been sick every morning since the test came back positive. Then my doctor prescribed ondansetron.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # approved uses told by the same signs
    (
        "ondansetron",
        "Three days after her first chemotherapy infusion she was still vomiting. Her oncologist gave her ondansetron.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        "At 19 he heard voices and was sure the neighbours were poisoning his food. "
        "His psychiatrist started him on risperidone for schizophrenia.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        "Her chin broke out every month in deep, painful cysts that left scars. Her dermatologist started her on isotretinoin.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "prazosin",
        "Most nights he was back in the convoy. His doctor started him on prazosin, an off-label use for PTSD nightmares.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        "Her skin flared along the jaw every month. Her dermatologist prescribed spironolactone off-label for hormonal acne.",
        OFF_LABEL,
    ),
    # the signs as the drug's side effect
    (
        "ondansetron",
        "Ondansetron can cause headaches and constipation. Take it as your midwife tells you.",
        OFF_LABEL,
    ),
    # a razor rash on the jaw
    (
        "spironolactone",
        "My jaw broke out in a rash from the new razor. Spironolactone is used for heart failure.",
        OFF_LABEL,
    ),
    # a stranger not known, socks on the feet, a daughter visiting: not signs
    (
        "risperidone",
        "At the party I did not know who the host was. Risperidone is approved for schizophrenia.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        "Put warm socks on their feet at night. Amitriptyline is used for depression.",
        OFF_LABEL,
    ),
]
