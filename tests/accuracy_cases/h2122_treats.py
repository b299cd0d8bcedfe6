"""Misstatements that a drug treats what it cannot, or needs what it does not, by wording class, from the
holdout21/holdout22 misses: an antibacterial or its course said to clear a cold, flu or a winter bug
("the course should knock that on the head as well", "a short course clears up most winter bugs, flu
included"), the illness told first and the course clearing "that" too; aspirin offered to children or
teenagers (a children's dose, a tablet for a feverish child, "kids can take it"), which the Reye's
syndrome warning forbids (a teenager, whom the label doses, only with a viral illness); a direct oral
anticoagulant said to need INR or clotting blood tests, or to be dosed by the INR, as warfarin is. Each
class is written in several voices; the near misses are denied, refuted, about another medicine, at an
age the label allows, or about warfarin itself. Each case asserts what an editor sees: the finding
(item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

VIRUSES = "antibiotics-for-viruses"
CIPRO_VIRUSES = "not-for-viral-infections"
CHILDREN = "safe-for-children"
INR = "inr-monitoring"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # -- an antibacterial clearing a viral illness --
    ("azithromycin", "A five-day course of azithromycin sees off colds and flu in no time.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "Honestly, a Z-Pak knocks out a viral sore throat faster than anything.", MISSTATEMENT, VIRUSES, "warning"),
    (
        "doxycycline",
        "Doxycycline clears up the chest infection and any flu you've got while you're at it.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    ("amoxicillin", "Amoxicillin wipes out most infections, colds included.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "This antibiotic may also help clear up a cold.", MISSTATEMENT, VIRUSES, "warning"),
    ("ciprofloxacin", "Cipro will shift a winter bug in a couple of days.", MISSTATEMENT, CIPRO_VIRUSES, "error"),
    # ... the illness first, then the course clearing it too
    ("amoxicillin", "If the kids have the sniffles as well, the amoxicillin will see those off too.", MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "Had flu last winter and a course of doxy got rid of it in three days.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "Got a cold as well? The antibiotics will sort that out too.", MISSTATEMENT, VIRUSES, "warning"),
    (
        "azithromycin",
        "If the flu is doing the rounds at the same time, a Z-Pak will see that off as well.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # -- aspirin offered to children or teenagers --
    ("aspirin", "Aspirin is perfectly safe for kids with a temperature.", MISSTATEMENT, CHILDREN, "error"),
    (
        "aspirin",
        "When your teenager is laid up with flu, give him a couple of aspirin to bring the fever down.",
        MISSTATEMENT,
        CHILDREN,
        "error",
    ),
    ("aspirin", "We always give the children aspirin when they have chickenpox, to stop the itching.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "Bayer makes a kids' version that's great for fevers.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "A junior dose of aspirin works wonders for a feverish toddler.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "Kids can take it too when they're poorly with a cold.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "Half a tablet is fine for the little ones when they're burning up.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "Keep a kids' dose in the cupboard for when the youngest comes down with something.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "It's mild enough for the whole family.", MISSTATEMENT, CHILDREN, "warning"),
    ("aspirin", "Aspirin is fine for teens with the flu.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "When the little ones are burning up, give them half an aspirin.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "If your teenage son has chickenpox, give him an aspirin for the itch and the fever.", MISSTATEMENT, CHILDREN, "error"),
    # -- a DOAC said to need INR tests, or to be dosed by the INR --
    ("apixaban", "Eliquis needs regular INR checks at the anticoagulation clinic.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Like warfarin, apixaban means a trip to the clinic every month for a clotting test.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Your apixaban dose will be adjusted according to your INR result.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Anyone taking Eliquis has to have their blood clotting checked every fortnight.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "You'll have an INR check every four weeks while you're on apixaban.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Just as with warfarin, people on apixaban have to go for regular INR tests.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Like warfarin, you will need regular blood tests to keep an eye on it.", MISSTATEMENT, INR, "warning"),
    # -- more voices of each class: helped over a cold, put on it for the flu, the best thing for a bug; a
    # dose for a toddler, hidden in a drink; the INR kept in range or monitored on it --
    ("amoxicillin", "Amoxicillin helps you get over a cold faster.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "My GP always puts me on a Z-Pak when I get the flu.", MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "Doxycycline: perfect for colds, flu and chest infections.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "It'll see off any viral infection.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "Amoxicillin nips a cold in the bud.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "Best thing for a winter bug is a Z-Pak.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "If it's flu, a Z-Pak will have you back on your feet in three days.", MISSTATEMENT, VIRUSES, "warning"),
    ("aspirin", "Give your kids aspirin for fevers.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "A quarter of an aspirin is about right for a toddler.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "Crush an aspirin into your child's juice if they're running a temperature.", MISSTATEMENT, CHILDREN, "error"),
    ("aspirin", "For little ones with a fever, half a tablet does the trick.", MISSTATEMENT, CHILDREN, "error"),
    ("apixaban", "Eliquis patients should get their INR checked monthly.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Keep your INR between 2 and 3 while on apixaban.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "The anticoagulant clinic will monitor your INR on Eliquis.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Your INR will need checking regularly once you start apixaban.", MISSTATEMENT, INR, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # -- viral illnesses: denied, refuted, turned bacterial, another medicine's job --
    ("amoxicillin", "Antibiotics don't work on colds or flu.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "It won't help a cold.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "If your cold turns into a chest infection, the course will clear it.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "If you've had a cold and then get earache, amoxicillin will clear it.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Colds are caused by viruses, so amoxicillin won't knock them out.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin clears a bacterial chest infection that sometimes follows flu.", MISSTATEMENT, VIRUSES),
    ("azithromycin", "A Z-Pak won't clear up winter bugs like flu; those are viral.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "People think amoxicillin sorts out a cold. It doesn't.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Paracetamol will see off the aches of a cold; the amoxicillin is for the tooth.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "If you have a cold as well, the course will still clear the tooth infection.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "The course clears the infection, but it won't touch your cold.", MISSTATEMENT, VIRUSES),
    ("azithromycin", "Azithromycin treats the ear infections that can follow a cold.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Got a cold as well? The antibiotics won't touch it.", MISSTATEMENT, VIRUSES),
    # -- children: forbidden, refuted, another medicine, an age the label allows, "baby aspirin" for adults --
    ("aspirin", "Aspirin is not for children under 16.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Never give aspirin to children or teenagers with flu or chickenpox.", MISSTATEMENT, CHILDREN),
    ("aspirin", "For a child's fever, use a child's dose of paracetamol instead.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Adults and children 12 years and over: take 1 or 2 tablets every 4 hours.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Aspirin isn't safe for kids: it can cause Reye's syndrome.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Low-dose aspirin, sometimes called baby aspirin, is for adults at risk of heart attack.", MISSTATEMENT, CHILDREN),
    ("aspirin", "There is no children's dose of aspirin any more.", MISSTATEMENT, CHILDREN),
    ("aspirin", "For the little ones, stick to children's paracetamol or ibuprofen.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Some parents still think aspirin is fine for kids. It isn't.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Teenagers can take aspirin for period pain.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Children can take it from the age of 12.", MISSTATEMENT, CHILDREN),
    ("aspirin", "If your teenager gets period pain, give her an aspirin.", MISSTATEMENT, CHILDREN),
    # -- INR: denied, about warfarin, switching from warfarin, kidney blood tests --
    ("apixaban", "Unlike warfarin, apixaban does not need regular INR tests.", MISSTATEMENT, INR),
    ("apixaban", "No INR tests are needed with apixaban.", MISSTATEMENT, INR),
    ("apixaban", "Warfarin needs regular INR checks; apixaban doesn't.", MISSTATEMENT, INR),
    (
        "apixaban",
        "If you are switching from warfarin, your INR will be checked and apixaban started when it is below 2.",
        MISSTATEMENT,
        INR,
    ),
    (
        "apixaban",
        "Your doctor will check your kidney function with a blood test from time to time while you are on apixaban.",
        MISSTATEMENT,
        INR,
    ),
    ("apixaban", "Residents on warfarin need their INR checked; residents on apixaban do not.", MISSTATEMENT, INR),
    ("apixaban", "Apixaban works differently from warfarin, so you won't need INR checks.", MISSTATEMENT, INR),
    ("apixaban", "Before you switch from warfarin to Eliquis, you will need an INR test.", MISSTATEMENT, INR),
    ("warfarin", "Warfarin needs regular INR blood tests, every few weeks once you are stable.", MISSTATEMENT, INR),
    # -- more near misses: turned bacterial, refused, another treatment, what doctors used to do; another
    # medicine for a feverish child, a prohibition; the INR before the switch, or on warfarin --
    ("amoxicillin", "My GP gave me amoxicillin when my cold turned into an ear infection.", MISSTATEMENT, VIRUSES),
    ("azithromycin", "The doctor won't give you a Z-Pak for the flu.", MISSTATEMENT, VIRUSES),
    ("azithromycin", "The best treatment for flu is rest and fluids, not azithromycin.", MISSTATEMENT, VIRUSES),
    ("azithromycin", "If it's flu, a Z-Pak won't get you better.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin won't help you get over a cold.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Doctors used to give people amoxicillin for every cold; we now know it does nothing for them.", MISSTATEMENT, VIRUSES),
    ("aspirin", "For kids with a fever, a dose of children's paracetamol is the safer choice.", MISSTATEMENT, CHILDREN),
    ("aspirin", "Never crush an aspirin into your child's drink.", MISSTATEMENT, CHILDREN),
    ("apixaban", "Your INR will be checked before you start apixaban.", MISSTATEMENT, INR),
    ("apixaban", "Keep your INR between 2 and 3 while on warfarin; once on apixaban, you won't need to.", MISSTATEMENT, INR),
    ("apixaban", "Eliquis patients don't need INR checks.", MISSTATEMENT, INR),
]
