"""Off-label uses told in lay words the condition vocabulary did not yet read, from eval/holdout327 (km07 hydroxychloroquine),
holdout329 (ko10 amphetamine mixed salts), holdout332 (kr09 duloxetine) and holdout334 (kt05 naltrexone), as a class.

Class: Sjögren's syndrome told by its two signs together, eyes gritty or dry and a mouth dry ("her eyes felt as gritty as
sandpaper and her mouth was so dry she could hardly get through a cracker", then "started her on Plaquenil for that"); stress
urinary incontinence told by when it leaks, a list of moments ("leak a bit when we laugh, cough or jump on the trampoline": the
whole list the leak's, not a cough of its own), or by a sneeze that can't be risked ("can't sneeze without wetting myself");
fibromyalgia told as aching all over with a tiredness that never lifts (low-dose naltrexone); weight loss told as the weight kept
down or off, also by staying on the medicine for it ("could stay on Adderall through freshman year partly to keep her weight
down"). A use told only by signs is a warning; one named ("for Sjögren's syndrome", "for stress incontinence") an error.

Silent: the same disclosed or denied, one sign alone (a dry mouth, gritty eyes from a screen), the signs as a side effect, the
leaks as a side effect to report, the aches and tiredness of a flu, another medicine's use, and an approved use in lay words
(duloxetine for widespread pain and fatigue; phentermine to keep the weight down).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (km07, kr09, kt05, ko10)
    (
        "hydroxychloroquine",
        "Then there is Lin, who joined in spring. For years her eyes felt as gritty as sandpaper and her mouth was so dry she"
        " could hardly get through a cracker. Her rheumatologist started her on Plaquenil for that last year, and she says her"
        " eyes feel better in the mornings now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "**Kat:** Our listeners wrote in about something else, though. After three kids, lots of us leak a bit when we laugh,"
        " cough or jump on the trampoline. My friend's doctor gave her duloxetine for exactly that, and she says it's made a"
        " real difference.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone helps people who depend on alcohol cut down or stop.\n\nA couple of members on the bottling line take a tiny"
        " dose for the all-over aching and bone-tiredness that never lifts, and they swear it has given them their weekends back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "**Reply (Lin_mom):** My daughter has been on it since high school. Her doctor said she could stay on Adderall through"
        " freshman year partly to keep her weight down, and she hasn't gained a pound.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class, in other voices
    # (a first-person blog: the signs in other words, "for it")
    (
        "hydroxychloroquine",
        "My eyes were always scratchy and my mouth felt like cotton wool. My rheumatologist put me on hydroxychloroquine for it.",
        OFF_LABEL,
        "warning",
    ),
    # (a newsletter: the mouth first, sand in the eyes)
    (
        "hydroxychloroquine",
        "Her mouth is bone dry all day and her eyes sting like there's sand in them. Her specialist prescribed Plaquenil for this.",
        OFF_LABEL,
        "warning",
    ),
    # (another drug, the signs right after "for")
    ("methotrexate", "Her doctor put her on methotrexate for her gritty eyes and dry mouth.", OFF_LABEL, "warning"),
    # (named: an error)
    ("hydroxychloroquine", "She takes Plaquenil for Sjögren's syndrome.", OFF_LABEL, "error"),
    # (a forum post: a sneeze that can't be risked, the brand)
    (
        "duloxetine",
        "Since my second baby I can't sneeze without wetting myself, so my GP put me on Cymbalta.",
        OFF_LABEL,
        "warning",
    ),
    # (a husband: "every time she coughs or lifts the kids")
    (
        "duloxetine",
        "My wife leaks every time she coughs or lifts the kids. Her gynaecologist prescribed duloxetine for that.",
        OFF_LABEL,
        "warning",
    ),
    # (a clinic leaflet: the leaks as a noun)
    ("duloxetine", "Her urologist prescribed duloxetine for the little leaks she gets whenever she runs.", OFF_LABEL, "warning"),
    # (legs crossed at every sneeze)
    (
        "duloxetine",
        "She crosses her legs every time she sneezes; her doctor started her on duloxetine to help.",
        OFF_LABEL,
        "warning",
    ),
    ("duloxetine", "Her doctor prescribed duloxetine for stress incontinence.", OFF_LABEL, "error"),
    # (a prescriber's aside: "widespread pain and fatigue")
    ("naltrexone", "Some doctors prescribe low-dose naltrexone for widespread pain and fatigue.", OFF_LABEL, "warning"),
    # (the tiredness first, a giving after "so")
    (
        "naltrexone",
        "I was tired all the time and sore from head to toe, so my doctor started me on a low dose of naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    # (a sister's story: the exhaustion no sleep fixes)
    (
        "naltrexone",
        "My sister takes a tiny dose of naltrexone for the aching all over and the exhaustion that no amount of sleep fixes.",
        OFF_LABEL,
        "warning",
    ),
    # (stayed on it, the weight kept off, another tense)
    ("amphetamine-mixed-salts", "He stayed on Adderall after graduation mainly to keep the weight off.", OFF_LABEL, "warning"),
    (
        "amphetamine-mixed-salts",
        "My psychiatrist let me remain on Adderall over the summer to keep my weight down.",
        OFF_LABEL,
        "warning",
    ),
    ("amphetamine-mixed-salts", "She stays on Adderall to keep the pounds off.", OFF_LABEL, "warning"),
    ("amphetamine-mixed-salts", "Her doctor kept her on Adderall partly to keep her slim.", OFF_LABEL, "warning"),
    # (other drugs: the weight kept from creeping back, the baby weight kept off)
    ("bupropion", "My doctor kept me on Wellbutrin to stop the weight from creeping back on.", OFF_LABEL, "warning"),
    ("bupropion", "Her GP put her on bupropion to keep the baby weight off.", OFF_LABEL, "warning"),
    ("bupropion", "Some people take bupropion to keep off the extra pounds.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # the signs as a side effect, or one sign alone
    ("hydroxychloroquine", "Plaquenil can cause a dry mouth and dry eyes.", OFF_LABEL),
    ("hydroxychloroquine", "Her eyes felt gritty from the screen. Her doctor gave her Plaquenil for her lupus.", OFF_LABEL),
    # denied, disclosed
    ("hydroxychloroquine", "She was not given Plaquenil for her dry eyes and dry mouth.", OFF_LABEL),
    (
        "hydroxychloroquine",
        "Some doctors prescribe hydroxychloroquine for dry eyes and a dry mouth; this is an off-label use.",
        OFF_LABEL,
    ),
    # the signs told, then the drug given for an approved use
    (
        "hydroxychloroquine",
        "Her eyes felt gritty and her mouth was dry, so her doctor switched her from amitriptyline to Plaquenil for her arthritis.",
        OFF_LABEL,
    ),
    # the leaks as a side effect to report, disclosed, another medicine's, another giving's
    ("duloxetine", "Tell your doctor if you start leaking when you cough or sneeze while taking duloxetine.", OFF_LABEL),
    (
        "duloxetine",
        "Duloxetine is approved in Europe for stress urinary incontinence; in the US that use is off-label.",
        OFF_LABEL,
    ),
    ("duloxetine", "My doctor gave me duloxetine for my fibromyalgia. I still leak a bit when I laugh.", OFF_LABEL),
    (
        "duloxetine",
        "She leaks when she sneezes, so her doctor gave her a pessary. Duloxetine is for her depression.",
        OFF_LABEL,
    ),
    # the aches as a side effect, disclosed, an approved use in lay words
    ("naltrexone", "Naltrexone can cause muscle aches all over and tiredness.", OFF_LABEL),
    (
        "naltrexone",
        "Some take a tiny dose of naltrexone for the aching all over and the tiredness that never lifts; this is an off-label use.",
        OFF_LABEL,
    ),
    ("duloxetine", "Her doctor gave her duloxetine for the widespread pain and fatigue.", OFF_LABEL),
    # a flu's aches and tiredness
    (
        "naltrexone",
        "He ached all over and was exhausted all the time with the flu, so he stopped his naltrexone for a week.",
        OFF_LABEL,
    ),
    # the weight: an approved use's, a side effect, a hedge, another purpose
    ("phentermine", "She stays on phentermine to keep her weight down.", OFF_LABEL),
    ("amphetamine-mixed-salts", "She stays on Adderall for her ADHD, and her weight stays down.", OFF_LABEL),
    (
        "amphetamine-mixed-salts",
        "Stay on Adderall as prescribed; it can keep your weight down, so your doctor will check your growth.",
        OFF_LABEL,
    ),
    ("amphetamine-mixed-salts", "She stayed on Adderall to keep her focus through finals.", OFF_LABEL),
    (
        "amphetamine-mixed-salts",
        "She stays on Adderall, though her doctor says it is not meant to keep her weight down.",
        OFF_LABEL,
    ),
    ("amphetamine-mixed-salts", "Keep the tablets off the windowsill.", OFF_LABEL),
    (
        "topiramate",
        "Her neurologist kept her on Topamax for her migraines, and it happens to keep her slim.",
        OFF_LABEL,
    ),
]
