"""A stomach or duodenal ulcer told by its signs, from eval/holdout159 (ea08, pantoprazole), as a class.

Class: the ulcer told by the crater or sore the scope found in the lining of the stomach or the duodenum ("The scope found a raw
crater in the lining of her stomach", "an open sore in his stomach lining", "a small hole in the first part of my small
intestine"), or by the gnawing ache that food eases ("a gnawing, hollow ache high in her belly that eased when she ate", "this
burning pain under my ribs that settles with food"), then the drug given. Pantoprazole's US label has no ulcer indication
(erosive esophagitis and hypersecretory conditions only); told in lay words, a warning. Silent: the gullet's raw patches (erosive
esophagitis, approved), omeprazole (approved for gastric and duodenal ulcers), the crater denied, the use denied, an off-label use
disclosed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ea08)
    (
        "pantoprazole",
        "Her friend from the choir, Joan, came to pantoprazole by a different road. For months Joan had a gnawing, hollow ache high"
        " in her belly that eased when she ate and came back in the small hours. The scope found a raw crater in the lining of her"
        " stomach, and her gastroenterologist put her on pantoprazole to let it close up.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "pantoprazole",
        "For months Joan had a gnawing, hollow ache high in her belly that eased when she ate and came back in the small hours."
        " Her GP put her on pantoprazole.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "The camera showed an open sore in his stomach lining, so the specialist started him on Protonix for eight weeks to heal it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "My endoscopy found a small hole in the first part of my small intestine. The consultant prescribed pantoprazole 40 mg to"
        " let it heal.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "i had this burning pain under my ribs that settles with food, worst at 2am. doc gave me pantoprazole and it's gone",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the gullet's raw patches: erosive esophagitis, the approved use
    (
        "pantoprazole",
        "The scope showed raw, inflamed patches where acid had been eating at the lining of her esophagus, and her doctor put her on"
        " pantoprazole to let it heal.",
        OFF_LABEL,
    ),
    # omeprazole is approved for gastric and duodenal ulcers
    (
        "omeprazole",
        "The scope found a raw crater in the lining of her stomach, and her gastroenterologist put her on omeprazole to let it close up.",
        OFF_LABEL,
    ),
    # the crater denied
    (
        "pantoprazole",
        "The scope found no crater in the lining of her stomach, only reflux damage, and her gastroenterologist put her on"
        " pantoprazole to let her gullet heal.",
        OFF_LABEL,
    ),
    # the use denied
    ("pantoprazole", "Pantoprazole does not treat a sore in the stomach lining caused by ibuprofen; ask your doctor.", OFF_LABEL),
    # disclosed
    (
        "pantoprazole",
        "Her gastroenterologist used pantoprazole off-label for the raw crater in the lining of her stomach, which is not an"
        " FDA-approved use.",
        OFF_LABEL,
    ),
]
