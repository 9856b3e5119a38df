# A small lexicon for the end-to-end tests (not the shipped one).
lexicon  mini
title    Test lexicon
version  1
language en

context  \bmigra(?:nt|nts|tion|tory)\b
context  \b(?:remittances?|diasporas?|refugees?)\b

category O20  Promote faster, safer and cheaper transfer of remittances
pattern  2    \bremittances?\b
pattern       \btransfer costs?\b
context  none
example       Remittances sent home matter.
counter       Tax collection improved.

category O10  Prevent, combat and eradicate trafficking in persons
pattern       \btraffick(?:ing|ed|ers?)\b
exclude       \b(?:drugs?|arms|narcotics?)[- ]traffick\w*
example       Migrants fall victim to trafficking.
counter       Drug trafficking is a scourge for migrants.
counter       Trafficking harms us all.

category O17  Eliminate all forms of discrimination
pattern       \bxenophob\w*
pattern  0.5  \bhate speech\b
threshold 1
example       Xenophobia against migrants must end.
