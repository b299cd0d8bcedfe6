"""Misstatements told in lay words, in stories and in asides, from eval/holdout275 (im07, metformin), holdout276 (in05,
rosuvastatin), holdout277 (io05, atorvastatin; io07, metoprolol) and holdout278 (ip07, valacyclovir), as a class.

Class: a known misstatement in words the kinds and the drugs' own wordings did not know.

- A statin said to work only at night, told by its being in the body then ("rosuvastatin only earns its keep when it's in
  you overnight"), or a daytime dose of the statin named bare said to do nothing ("atorvastatin taken in the daytime
  doesn't do much of anything"): `night-only`, the `night` and `morning` fragments.
- Metformin blamed for someone's kidney failure, the owner named ("Twenty-two years of metformin is what finished off my
  uncle Rudy's kidneys"), finished off, done in or "done a number on": metformin's `kidney-damage`.
- The reader told they have beaten herpes, then that it is over ("you've kicked herpes, it's history, you can stop thinking
  about it"): the `cure` kind.
- Lopressor and Toprol-XL, both named, waved together as one medicine or as no different ("there's no real difference
  between the two ... it's one medicine, so carry on exactly the way you were taking the other one"): metoprolol's
  `tartrate-succinate-interchangeable`.

Must be reported: the misstatement (a warning: each is a recommended fact).
Silent: a preference for the evening, a time said not to matter, a daytime dose said to do nothing for something else;
the kidneys finished off by diabetes, or clearing metformin; an outbreak beaten with the virus said to stay or come back;
the two metoprolols as one medicine with the slow release told after it, or alike in side effects only.
"""

from __future__ import annotations

M = "accuracy.misstatement"

SHOULD = [
    # the drafts' own wordings
    (
        "rosuvastatin",
        "Tom takes his after supper, and that matters: rosuvastatin only earns its keep when it's in you overnight, because"
        " that's when your liver is busiest making cholesterol.",
        M,
        "warning",
    ),
    (
        "atorvastatin",
        "Gus's tip: keep the bottle on your nightstand, not by the coffee maker. Your liver does its cholesterol-making"
        " overnight, so atorvastatin taken in the daytime doesn't do much of anything.",
        M,
        "warning",
    ),
    (
        "metformin",
        "Twenty-two years of metformin is what finished off my uncle Rudy's kidneys. He does dialysis three mornings a week now.",
        M,
        "warning",
    ),
    (
        "valacyclovir",
        "Okay, here's the good news part. Take the full course the clinic gives you and that's it, you've kicked herpes, it's"
        " history, you can stop thinking about it.",
        M,
        "warning",
    ),
    (
        "metoprolol",
        "**FRANK:** The pharmacy switched me from Lopressor to Toprol-XL last month. Is that a problem?\n\n**RENÉE:** Honestly,"
        " Frank, there's no real difference between the two. Lopressor, Toprol, whatever's on the label, it's one medicine,"
        " so carry on exactly the way you were taking the other one.",
        M,
        "warning",
    ),
    # new wordings in other voices
    ("rosuvastatin", "Crestor only really works if it's in your system while you sleep.", M, "warning"),
    ("atorvastatin", "A Lipitor swallowed during the daytime is pretty much wasted.", M, "warning"),
    ("atorvastatin", "Statins swallowed with your morning coffee are a waste of money, says our shop assistant.", M, "warning"),
    ("metformin", "Glucophage did a number on Mum's kidneys.", M, "warning"),
    ("metformin", "It was the metformin that wrecked my dad's kidneys, and nobody warned us.", M, "warning"),
    ("metformin", "Honestly, those sugar tablets finished Aunt Dot's kidneys off in the end.", M, "warning"),
    ("metformin", "Metformin did in my grandad's kidneys, plain and simple.", M, "warning"),
    ("valacyclovir", "Finish the box and he's shaken off the virus and never has to think about it again.", M, "warning"),
    ("valacyclovir", "One course and you've licked cold sores, so forget about them.", M, "warning"),
    (
        "metoprolol",
        "My chemist gave me Toprol-XL instead of my usual metoprolol tartrate. She said there's no real difference between"
        " the two of them.",
        M,
        "warning",
    ),
    ("metoprolol", "Lopressor and Toprol-XL both contain metoprolol. They're one and the same drug.", M, "warning"),
]

SHOULD_NOT = [
    # a preference, a time said not to matter, a daytime dose doing nothing for something else
    ("rosuvastatin", "Rosuvastatin works whether you take it in the morning or at night.", M),
    ("rosuvastatin", "Crestor only works if you take it every day.", M),
    ("rosuvastatin", "Your liver makes cholesterol overnight, so many people take rosuvastatin in the evening.", M),
    ("atorvastatin", "Atorvastatin taken in the daytime works just as well as an evening dose.", M),
    ("atorvastatin", "Atorvastatin taken in the daytime doesn't do much to your sleep.", M),
    ("atorvastatin", "Atorvastatin taken in the morning does nothing for your HDL.", M),
    # the kidneys finished off by something else, or clearing metformin
    ("metformin", "The diabetes is what finished off his kidneys, years before he ever took a tablet.", M),
    ("metformin", "Metformin is what his kidneys have to clear, so they check them.", M),
    ("metformin", "Metformin is cleared by Rudy's kidneys.", M),
    ("metformin", "Metformin never harmed my uncle's kidneys.", M),
    # an outbreak beaten, the virus said to stay or come back; the cure denied
    ("valacyclovir", "You've beaten this outbreak, but the virus stays in your nerves and it can come back.", M),
    ("valacyclovir", "You've kicked the cold sore for now, it'll be back next winter.", M),
    ("valacyclovir", "Valtrex doesn't mean you've kicked herpes; it's never gone for good.", M),
    # one medicine, the release told after it; alike only in side effects
    (
        "metoprolol",
        "Metoprolol tartrate and metoprolol succinate: it's one medicine, but the succinate releases it slowly over the day.",
        M,
    ),
    (
        "metoprolol",
        "Lopressor is taken twice a day and Toprol-XL once. There's no real difference between the two in side effects.",
        M,
    ),
]
