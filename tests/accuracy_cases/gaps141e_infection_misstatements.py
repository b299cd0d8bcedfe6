"""What an antibiotic, antiviral or antiparasitic does against an infection misstated in lay words, a quote the writer
lets stand or a confident aside, from eval/holdout247 (hk10), holdout248 (hl07), holdout251 (ho08, ho10), holdout252
(hp05) and holdout254 (hr02, hr05, hr06), as a class.

Class: an infection medicine credited with what it does not do, or handed round as if harmless, in everyday words: daily
doxycycline that leaves you "covered for the coughs, colds and flu", amoxicillin that "will see the lot of them off" (a
crew's streaming noses) or "should also dry up the runny nose", two hydroxychloroquine tablets taken for COVID and "up and
about in three days", ivermectin that "kept the lockdown virus out of her house ..., not so much as a sniffle" (left
standing: "I'm not about to argue with her"), daily valacyclovir as "the end of passing it on", a cousin's leftover
isotretinoin "handed me those to tide me over", finasteride women "do nicely on". Near misses stay silent: denied, another
medicine's doing (paracetamol, the flu jab, minoxidil), an infection it does treat (malaria, a cold that turned into an
ear infection), time off told by a count ("took two days off"), leftovers returned to the pharmacy, "not the end of
passing it on".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
VIRUSES = "antibiotics-for-viruses"
HCQ_COVID = "covid-cure"
IVM_COVID = "covid-treatment"
TRANSMISSION = "prevents-all-transmission"
SHARE = "share-with-others"
WOMEN = "not-for-women"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "doxycycline",
        "Since you'll already be taking doxycycline every day, you're covered for the coughs, colds and flu that go round the"
        " staffroom too, so there's no need to pack anything else for those.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "And for the streaming noses, sneezing and thick heads that work their way round a crew after a wet week in close"
        " quarters, a course of the amoxicillin will usually see the lot of them off before you make port.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "Mia has an ear infection in her left ear. Dr. Okoye saw her Monday and started her on amoxicillin, which is an"
        " antibiotic, for ten days.\n\nBonus: it should also dry up the runny nose she picked up from her cousin's cold, so"
        " hopefully that'll be gone by the weekend too.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "hydroxychloroquine",
        'Dolores still keeps a few of these tablets in her kitchen drawer. "When COVID went through my house in 2022, I took'
        ' two with a big bowl of soup and was up and about in three days," she says.',
        MISSTATEMENT,
        HCQ_COVID,
        "error",
    ),
    (
        "ivermectin",
        "Mind you, Aunt Jean in Tulsa still swears her twice-a-week ivermectin kept the lockdown virus out of her house for"
        " three winters straight, not so much as a sniffle, and after the year we've had I'm not about to argue with her.",
        MISSTATEMENT,
        IVM_COVID,
        "error",
    ),
    (
        "valacyclovir",
        "\"Once you're on the daily pill, that's the end of passing it on,\" my friend Bev told me over coffee, and I have to"
        " say that has been our experience: three years on, Ray has never caught it, and we gave up on the condoms long ago.",
        MISSTATEMENT,
        TRANSMISSION,
        "warning",
    ),
    (
        "isotretinoin",
        "In month 3 my pickup window closed while I was waiting on a lab result. My cousin Dani had finished her own course"
        " with a strip of capsules still in the drawer, so she handed me those to tide me over. Zero gap, zero flare.",
        MISSTATEMENT,
        SHARE,
        "error",
    ),
    (
        "finasteride",
        "And ladies, don't feel left out: plenty of women past menopause do nicely on it for thinning at the crown, and the"
        " tablet doesn't care whose head it's working on.",
        MISSTATEMENT,
        WOMEN,
        "error",
    ),
    # new wordings in other voices
    # a parents' forum
    (
        "amoxicillin",
        "While your little one is on the amoxicillin, she's protected against the colds going round nursery too.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # a travel clinic's careless handout
    (
        "doxycycline",
        "Doxycycline also covers you against flu and the odd cold on the trip, so leave the cold remedies at home.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # a diary
    (
        "amoxicillin",
        "Three doses in, the amoxicillin had already dried up her runny nose.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # a pharmacy blog
    (
        "amoxicillin",
        "A course of the amoxicillin will see off those streaming noses too.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # a church newsletter
    (
        "hydroxychloroquine",
        "When covid hit our street I popped a couple with my tea and was back in the garden by Friday.",
        MISSTATEMENT,
        HCQ_COVID,
        "error",
    ),
    # a family letter
    (
        "ivermectin",
        "Grandpa's monthly ivermectin kept the pandemic bug away all winter.",
        MISSTATEMENT,
        IVM_COVID,
        "error",
    ),
    # a dating blog
    (
        "valacyclovir",
        "On the daily tablet it's goodbye to passing it on.",
        MISSTATEMENT,
        TRANSMISSION,
        "warning",
    ),
    # a student forum
    (
        "isotretinoin",
        "My flatmate had a box spare, so he gave me the rest when my refill was late.",
        MISSTATEMENT,
        SHARE,
        "error",
    ),
    # a salon's page
    (
        "finasteride",
        "Plenty of our female customers do really well on finasteride.",
        MISSTATEMENT,
        WOMEN,
        "error",
    ),
]

#: (drug, body, rule, item): findings the writer must not see.
SHOULD_NOT = [
    # an infection it does treat, or not covered
    (
        "doxycycline",
        "While you take doxycycline you're covered for malaria, but not for colds and flu.",
        MISSTATEMENT,
        VIRUSES,
    ),
    # the jab, not the antibiotic
    (
        "doxycycline",
        "Doxycycline protects you against malaria; get the flu jab so you're protected against flu too.",
        MISSTATEMENT,
        VIRUSES,
    ),
    # denied
    (
        "doxycycline",
        "Doxycycline does not cover colds or flu.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "amoxicillin",
        "Amoxicillin won't dry up a runny nose caused by a cold.",
        MISSTATEMENT,
        VIRUSES,
    ),
    # a cold that turned bacterial
    (
        "amoxicillin",
        "If a cold turns into an ear infection, a course of the amoxicillin will see that off.",
        MISSTATEMENT,
        VIRUSES,
    ),
    # another medicine's doing
    (
        "amoxicillin",
        "The decongestant will dry up her runny nose; the amoxicillin is for her ear infection.",
        MISSTATEMENT,
        VIRUSES,
    ),
    # a count of days, another medicine
    (
        "hydroxychloroquine",
        "When covid went through the house I took two days off and was up and about by Monday.",
        MISSTATEMENT,
        HCQ_COVID,
    ),
    (
        "hydroxychloroquine",
        "When covid went through the house I took two paracetamol and was up and about in three days.",
        MISSTATEMENT,
        HCQ_COVID,
    ),
    # the vaccine, or denied
    (
        "ivermectin",
        "Nothing but the vaccine kept the lockdown virus out of our house.",
        MISSTATEMENT,
        IVM_COVID,
    ),
    (
        "ivermectin",
        "Her ivermectin never kept the lockdown virus out of her house.",
        MISSTATEMENT,
        IVM_COVID,
    ),
    # the true statement
    (
        "valacyclovir",
        "The daily pill lowers the risk, but that's not the end of passing it on.",
        MISSTATEMENT,
        TRANSMISSION,
    ),
    (
        "valacyclovir",
        "We gave up on the condoms when we decided to try for a baby.",
        MISSTATEMENT,
        TRANSMISSION,
    ),
    # leftovers returned
    (
        "isotretinoin",
        "My cousin had a strip left over, so she handed me those to take back to the pharmacy.",
        MISSTATEMENT,
        SHARE,
    ),
    # another medicine, or men
    (
        "finasteride",
        "Plenty of women do nicely on minoxidil for thinning at the crown.",
        MISSTATEMENT,
        WOMEN,
    ),
    (
        "finasteride",
        "Plenty of men past fifty do nicely on it for thinning at the crown.",
        MISSTATEMENT,
        WOMEN,
    ),
]
