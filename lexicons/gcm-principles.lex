# GCM guiding principles lexicon: the ten cross-cutting and interdependent guiding principles
# of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195, paragraph 15).
# Tags follow ../shared/CODING-RULES.md (rule 1: migration context is required).
#
# Conventions used below:
#   S = [^\w.!?;]++          the separator between two words inside one sentence;
#   (?:\w++S){0,N}?          a bounded gap of at most N words inside one sentence (possessive,
#                            so it cannot backtrack badly), for "X near Y" patterns;
#   weight 1                 a phrase that on its own shows the principle;
#   weight 0.5               a signal that needs a second one (threshold 1).

lexicon  gcm-principles
title    Global Compact for Safe, Orderly and Regular Migration: the 10 guiding principles
version  2026.11
language en

# Rule 1: the passage must talk about people moving. Any one of these anywhere will do.
context  \b(?:im|e)?migra(?:nt|nts|nt's|nts'|tion|tions|tory|te|tes|ted|ting)\b
context  \bmigrant[- ](?:workers?|women|children|communit\w+|labou?r)\b
context  \bdiasporas?\b
context  \bremittances?\b
context  \brefugees?\b
context  \b(?:internally )?displace(?:d|ment)\b
context  \bIDPs?\b
context  \basylum[- ]seekers?\b|\bseek(?:ing)? asylum\b|\basylum (?:procedures?|systems?|applications?|claims?|policy|policies)\b
context  \bpeople on the move\b|\bhuman mobility\b|\blabou?r mobility\b|\bcircular mobility\b
context  \btrafficking in (?:persons|human beings|people|humans|women|children|girls|migrants)\b
context  \b(?:human|people)[- ]traffick\w+|\btrafficked (?:persons|people|women|children|girls|victims)\b|\bvictims? of (?:human )?trafficking\b
context  \bsmuggl\w* of (?:migrants|people|persons|human beings)\b|\b(?:human|people|migrant)[- ]smuggl\w+
context  \breturnees?\b|\bstateless(?:ness)?\b|\bundocumented\b|\bdeport(?:ed|ation|ations|ees?)\b
context  \b(?:nationals|citizens|compatriots|workers) (?:\w+ )?(?:abroad|overseas)\b|\boverseas (?:\w+ )?workers\b|\b(?:foreign|guest|expatriate|seasonal) workers\b
context  \bbrain drain\b|\bexodus\b|\bboat people\b|\b(?:free )?movement of (?:people|persons|workers)\b|\bmixed (?:movements|flows)\b
context  \bfle(?:e|eing|d) (?:from )?(?:their|the|our|his|her) (?:homes?|homelands?|countr\w+|villages)\b|\bforced to flee\b
threshold 1


# =======================================================================================
# GP1. People-centred: the human dimension of migration; the well-being of migrants and of
# communities; individuals at the core.
# =======================================================================================
category GP1  People-centred
pattern  \bpeople[- ]cent(?:red|ered|ric)\b|\bhuman[- ]cent(?:red|ered|ric)\b|\bperson[- ]cent(?:red|ered)\b
pattern  \bhuman (?:dimension|face|side|element|aspect|reality|experience|story|stories|beings?)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,4}?(?:of\W++)?(?:\w++[^\w.!?;]++){0,2}?(?:(?:im|e)?migra\w*|migrants|displacement|mobility)
pattern  \b(?:(?:im|e)?migra\w*|migrants|refugees)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:human beings|human faces?|people like us|persons like|individuals with|not (?:just |merely |mere )?(?:numbers|statistics|figures|a problem|a threat))\b
pattern  \b(?:behind|each of|every one of) (?:every|each|these|those|the) (?:\w+ ){0,2}(?:numbers?|figures?|statistics?)\b|\b(?:not|never) (?:just |merely |mere )?(?:numbers|statistics|figures)\b
pattern  \b(?:at the (?:centre|center|heart|core) of)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:(?:im|e)?migra\w*|mobility)|\b(?:migrants|people|individuals|human beings|persons)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,5}?at the (?:centre|center|heart|core)\b
pattern  \bwell-?being of (?:\w+ ){0,3}(?:migrants|migrant workers|refugees and migrants|diasporas?|communities of origin)\b
pattern  \bmigration is (?:a |an )?(?:\w+ )?(?:human|natural) (?:reality|phenomenon|experience|story|condition|dynamic)\b|\bhuman mobility is\b|\bas old as (?:humanity|humankind|mankind)\b
pattern  0.5 \bhuman beings\b|\b(?:humane|humanity|compassion\w*|empathy)\b|\bhuman dignity\b|\bmothers, fathers\b|\b(?:their|our) (?:brothers and sisters|fellow human beings)\b
# dignity, shared humanity, compassion: the human side of migration named as such
pattern  \bdignit(?:y|ies)\b|\bdignified\b|\bcommon humanity\b|\bfellow human beings\b|\bbrothers and sisters\b|\bcompassion\w*|\bempathy\b
pattern  0.5 \bsuffering\b|\bhuman lives\b|\bdesperate\b|\bplight\b|\bthose in need\b|\bhuman tragedy\b|\bvoices?\b
example  Migration is above all a human reality, and migrants are human beings with hopes and dreams, not numbers.
example  Behind every statistic on migration there is a person and a family.
example  The Global Compact places migrants and their well-being at the centre of our policies.
example  Refugees and displaced persons must be able to return home in safety and dignity.
counter  Our people-centred health reform reached every village.


# =======================================================================================
# GP2. International cooperation: no State can address migration alone; international,
# regional and bilateral cooperation and dialogue; collective ownership and implementation.
# =======================================================================================
category GP2  International cooperation
pattern  \b(?:im|e)?migra\w*+[^\w.!?;]++(?:\w++[^\w.!?;]++){0,12}?(?:cooperat\w*|collaborat\w*|partner\w*|shared responsibilit\w*|collective\w*|together|multilateral\w*|dialogue|solidarity|concerted)
pattern  \b(?:im|e)?migra\w*+[^\w.!?;]++(?:\w++[^\w.!?;]++){0,12}?(?:joint(?:ly)?|coordinated|burden[- ]sharing|responsibility[- ]sharing|alone|single-handedly|no (?:single )?(?:country|State|nation))\b
pattern  \b(?:cooperat\w*|collaborat\w*|partner\w*|shared responsibilit\w*|collective\w*|together|multilateral\w*|dialogue|solidarity|concerted)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,12}?(?:im|e)?migra\w*
pattern  \b(?:joint(?:ly)?|coordinated|burden[- ]sharing|responsibility[- ]sharing|no (?:single )?(?:country|State|nation))[^\w.!?;]++(?:\w++[^\w.!?;]++){0,12}?(?:im|e)?migra\w*
pattern  \bno (?:single )?(?:country|State|nation|Government)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:alone|by itself|on its own|single-handedly|in isolation)\b
pattern  \bcountries of origin, transit and destination\b|\bcountries of origin,? transit,? and destination\b|\borigin, transit and destination\b
pattern  \b(?:bilateral|regional|international|multilateral|global) (?:cooperation|partnerships?|dialogue|agreements?)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:(?:im|e)?migra\w*|mobility|trafficking|smuggling|remittances|diasporas?|return)
pattern  \bnon-legally binding cooperative framework\b|\bcooperative framework\b|\bcollective ownership\b|\bjoint implementation\b
# a call for help, partnership or shared responsibility in the same sentence as the people who move
pattern  \b(?:co-?operat\w*|collaborat\w*|partners?|partnerships?|multilateral\w*|solidarity|together|collectively|joint(?:ly)?|concerted|international community|world community|donors?|shared responsibilit\w*|share (?:of |in )?(?:the )?(?:responsibilit\w+|burden)|burden[- ]sharing|responsibility[- ]sharing|no (?:single )?(?:country|State|nation)|in isolation|alone)\b[^.!?;]{0,160}?\b(?:(?:im|e)?migra\w*|refugees?|displace\w*|asylum[- ]seekers?|IDPs|people on the move|mobility|diasporas?|remittances|traffick\w* in persons|human trafficking|returnees?)
pattern  \b(?:(?:im|e)?migra\w*|refugees?|displace\w*|asylum[- ]seekers?|IDPs|people on the move|mobility|diasporas?|remittances|traffick\w* in persons|human trafficking|returnees?)[^.!?;]{0,160}?\b(?:co-?operat\w*|collaborat\w*|partners?|partnerships?|multilateral\w*|solidarity|together|collectively|joint(?:ly)?|concerted|international community|world community|donors?|shared responsibilit\w*|share (?:of |in )?(?:the )?(?:responsibilit\w+|burden)|burden[- ]sharing|responsibility[- ]sharing|no (?:single )?(?:country|State|nation)|in isolation|alone)\b
# support for the agencies and the instruments of international cooperation on migration and refugees
pattern  \b(?:support\w*|help\w*|assist\w*|aid|fund\w*|financ\w*|contribut\w*|appeal\w*)\b[^.!?;]{0,100}?\b(?:UNHCR|UNRWA|IOM|High Commissioner for Refugees|Relief and Works Agency|International Organization for Migration)\b
pattern  \bGlobal Compacts?\b|\bglobal compacts? (?:on|for) (?:refugees|migration)\b|\bNew York Declaration\b|\bGlobal Forum on Migration and Development\b|\bGFMD\b|\bMobility Partnership\b|\bHigh-level Dialogue\b|\bInternational Migration Review Forum\b
# cooperation named elsewhere in a passage about migration: a signal that needs a second one
pattern  0.5 \b(?:(?:international|global|regional|collective|common|coordinated) (?:action|responses?|efforts|approach(?:es)?|solutions?)|co-?operat\w*|collaborat\w*|partners?|partnerships?|multilateral\w*|solidarity|together|collectively|joint(?:ly)?|concerted|international community|world community|donors?|shared responsibilit\w*|share (?:of |in )?(?:the )?(?:responsibilit\w+|burden)|burden[- ]sharing|responsibility[- ]sharing|no (?:single )?(?:country|State|nation)|in isolation|alone)\b
# the world, donors or partners asked to help
pattern  \b(?:world|international community|donors?|partners|countries)\b[^.!?;]{0,40}?\b(?:must|should|to|will) (?:\w+ )?(?:help|support|assist|aid)\b|\b(?:assistance|support|help) of (?:the )?(?:world|international community|donors|partners)\b|\bwith the (?:support|assistance|help) of\b[^.!?;]{0,60}?\b(?:partners|international community|donors|United Nations)\b
example  No country can address migration alone; we need cooperation among countries of origin, transit and destination.
example  Migration requires international cooperation and shared responsibility.
example  We call on donors to support UNHCR, which cares for the refugees in our region.
example  Migration, climate change and terrorism are global problems. No single country can tackle them in isolation.
counter  International cooperation on climate finance must be scaled up; we host refugees.


# =======================================================================================
# GP3. National sovereignty: the sovereign right of States to determine national migration
# policy and to govern migration within their jurisdiction; regular vs irregular status.
# =======================================================================================
category GP3  National sovereignty
pattern  \bsovereign (?:right|rights|prerogative|prerogatives|decision|competence|authority|responsibility|power)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:(?:im|e)?migra\w*|borders?|entry|admission|who (?:enters|may enter|can enter|comes)|determine|decide|control|regulate|manage|govern)
pattern  \bsovereign\w*[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:(?:im|e)?migra\w*|borders?|who (?:enters|may enter|can enter|comes)|immigra\w*)
pattern  \b(?:(?:im|e)?migra\w*|immigra\w*|borders?)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?sovereign\w*
pattern  \bright of (?:each|every|all|the) States? to (?:determine|decide|control|regulate|manage|govern|choose)\b|\bprerogative of (?:each |every |the )?States?\b
pattern  \b(?:non-legally|legally non-|not legally) ?binding\b|\bdoes not (?:create|impose) (?:any )?(?:legal )?obligations?\b|\bnot (?:an )?(?:international )?(?:treaty|obligation)\b
pattern  \b(?:decide|determine|choose|control) (?:for ourselves )?who (?:enters|may enter|can enter|comes|should come|we admit|to admit|lives)\b|\bon our own terms\b|\bnational (?:prerogative|competence|interest)\w*[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:im|e)?migra\w*
pattern  \b(?:national|domestic) (?:migration |immigration )?(?:legislation|laws?|realities|priorities|circumstances|jurisdiction)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:(?:im|e)?migra\w*|immigra\w*)
pattern  \b(?:(?:im|e)?migra\w*|immigra\w*)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:national|domestic) (?:legislation|laws?|realities|priorities|circumstances|jurisdiction)\b
pattern  0.5 \bsovereign\w*\b|\bnational (?:interests?|security|identity)\b|\bnon-?interference\b
exclude  \bsovereignty,? (?:and |,)?(?:territorial integrity|independence|unity)\b|\b(?:territorial integrity|independence) and sovereignty\b|\bsovereignty over (?:the )?(?:\w+ ){0,2}(?:islands?|territor\w+|Malvinas|Chagos|Golan|resources)\b|\bsovereign (?:debt|wealth|bonds?|default|ratings?|equality)\b
example  Each State has the sovereign right to determine its own national migration policy.
example  The Global Compact is not legally binding and fully respects national sovereignty over migration.
counter  We defend the sovereignty and territorial integrity of Ukraine, whose refugees we host.


# =======================================================================================
# GP4. Rule of law and due process: access to justice, due process, procedural
# safeguards, accountability, in all aspects of migration governance.
# =======================================================================================
category GP4  Rule of law and due process
pattern  \bdue process\b|\bprocedural (?:safeguards|guarantees|rights|fairness)\b|\bfair (?:trial|hearing)s?\b
pattern  \baccess to (?:justice|legal (?:aid|assistance|counsel|representation|remedies)|(?:a |the )?courts?|remed(?:y|ies)|redress)\b
pattern  \brule of law\b[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?(?:(?:im|e)?migra\w*|migrants|borders?|asylum|trafficking|smuggling)|\b(?:(?:im|e)?migra\w*|migrants|borders?|asylum)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?rule of law\b
pattern  \bnon-?refoulement\b|\bcollective expulsions?\b|\barbitrary (?:detention|arrest|expulsion|deprivation)\b|\bjudicial (?:review|oversight|remed\w+|proceedings|guarantees)\b
pattern  \b(?:impunity|accountab\w+|prosecut\w+|punish\w*|bring\w* (?:\w+ )?to justice|held (?:to )?account)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:traffickers|smugglers|abus\w*|exploit\w*|violations? against migrants|crimes? against migrants)
pattern  \b(?:traffickers|smugglers|perpetrators)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:impunity|accountab\w+|prosecut\w+|punish\w*|to justice)
pattern  \blegal safeguards\b|\blegal remed\w+\b
pattern  0.5 \bin (?:full )?(?:accordance|compliance|conformity) with (?:\w+ ){0,3}(?:international|national|human rights|refugee) law\b|\blegal certainty\b
pattern  0.5 \brule of law\b|\blegal (?:aid|assistance|representation)\b|\bindividual (?:\w+ )?assessments?\b|\bdecriminali[sz]\w*\b|\bcriminali[sz]ation of (?:\w+ )?(?:(?:im|e)?migra\w*|migrants|humanitarian)\b
example  Migrants must have access to justice and due process, whatever their status.
example  Return decisions must respect procedural safeguards and the principle of non-refoulement for asylum seekers.
counter  The rule of law is the foundation of our democracy and our fight against corruption.


# =======================================================================================
# GP5. Sustainable development: the 2030 Agenda; migration as a multidimensional reality of
# major relevance for the sustainable development of countries of origin, transit and
# destination; leveraging migration for the SDGs.
# =======================================================================================
category GP5  Sustainable development
pattern  \b(?:2030 Agenda|Agenda 2030|Sustainable Development Goals?|SDGs?|sustainable development)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?(?:(?:im|e)?migra\w*|migrants|diasporas?|remittances|mobility)
pattern  \b(?:(?:im|e)?migra\w*|migrants|diasporas?|remittances|mobility)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?(?:2030 Agenda|Agenda 2030|Sustainable Development Goals?|SDGs?|sustainable development)\b
pattern  \b(?:target|SDG) 10\.7\b|\b(?:well-managed|planned and well-managed) migration polic\w+\b|\bmigration and (?:sustainable )?development\b|\bmigration[- ](?:development )?nexus\b
pattern  \bmigration (?:\w+ ){0,3}(?:as )?(?:a |an )?(?:driver|engine|enabler|source|force|catalyst|factor) (?:of|for) (?:\w+ ){0,3}(?:development|growth|prosperity)\b|\bmultidimensional reality\b
pattern  \b(?:(?:im|e)?migra\w*|migrants|diasporas?)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:contribut\w*|benefit\w*)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,5}?development\b
pattern  0.5 \bsustainable development\b|\b2030 Agenda\b|\bSustainable Development Goals\b|\bAddis Ababa Action Agenda\b|\bdevelopment cooperation\b|\bpolicy coherence\b
exclude  \bHigh-level Dialogue on (?:International )?Migration and Development\b|\bGlobal Forum on Migration and Development\b
example  Well-managed migration is a powerful enabler of the Sustainable Development Goals.
example  The 2030 Agenda recognizes the positive contribution of migrants to sustainable development.
counter  We are committed to the 2030 Agenda for Sustainable Development and to the Paris Agreement on climate change.


# =======================================================================================
# GP6. Human rights: the human rights of all migrants regardless of status, across all
# stages of migration; non-regression and non-discrimination.
# =======================================================================================
category GP6  Human rights
pattern  \b(?:human )?rights of (?:all |the |our |these |those |undocumented |irregular )?(?:\w+ )?(?:migrants|migrant workers|immigrants|refugees and migrants|migrants and refugees|people on the move|migrant women|migrant children|asylum[- ]seekers)\b
pattern  \b(?:migrants|migrant workers|immigrants)['’]? (?:human )?rights\b|\bmigrants? rights\b
pattern  \bhuman rights[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:(?:im|e)?migra\w*|migrants|immigrants|people on the move|asylum[- ]seekers)\b
pattern  \b(?:(?:im|e)?migra\w*|migrants|immigrants|people on the move)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:human rights|fundamental rights|fundamental freedoms|dignity|rights-based)\b
pattern  \bregardless of (?:their )?(?:\w+ )?(?:\w+ or )?(?:migration|immigration|migratory|legal|residence|administrative) status\b|\bnon-?regression\b
pattern  \bConvention on the (?:Protection of the )?Rights of (?:All )?Migrant Workers\b|\bSpecial Rapporteur on the human rights of migrants\b|\bhuman rights[- ]based approach\b
pattern  \bmigration is (?:a |not a )?(?:human )?right\b|\bright to (?:migrate|emigrate|leave any country|freedom of movement|seek asylum)\b
pattern  0.5 \bhuman rights\b|\bnon-?discrimination\b|\bdignity\b|\bfundamental freedoms\b
example  We must protect the human rights of all migrants, regardless of their migration status.
example  Migrants' rights are human rights.
counter  Human rights are universal and indivisible, and we condemn every violation of them.


# =======================================================================================
# GP7. Gender-responsive: the human rights of women, men, girls and boys at all stages of
# migration; a gender perspective; migrant women as agents of change, not only victims.
# =======================================================================================
category GP7  Gender-responsive
pattern  \bgender[- ](?:responsive|sensitive|perspective|lens|dimension\w*|mainstreaming|transformative|specific)\b
pattern  \bmigrant (?:women|girls|mothers)\b|\bwomen migrant workers\b|\bfemale (?:im|e)?migra\w*|\bfemini[sz]ation of migration\b|\b(?:women|girls) (?:and girls )?(?:who )?(?:migrate|are migrants|on the move)\b
pattern  \b(?:women|girls|gender)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:(?:im|e)?migra\w*|migrants|on the move|trafficking|smuggl\w*|displaced|refugees)
pattern  \b(?:(?:im|e)?migra\w*|migrants|trafficking|displace\w*)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:women|girls|gender)\b
pattern  \b(?:sexual and )?gender-based violence\b|\bempowerment of (?:\w+ ){0,2}women\b|\bgender equality\b
pattern  0.5 \bwomen\b|\bgirls\b|\bgender\b
exclude  \bwomen and children first\b|\bTrafficking in Persons,? Especially Women and Children\b
example  Migration policies must be gender-responsive and protect migrant women from abuse.
example  Migrant women and girls face particular risks of trafficking and gender-based violence.
counter  Gender equality is a priority of our foreign policy.


# =======================================================================================
# GP8. Child-sensitive: the rights of the child and the best interests of the child as a
# primary consideration in all situations concerning children in international migration,
# including unaccompanied and separated children.
# =======================================================================================
category GP8  Child-sensitive
pattern  \bchild[- ]sensitive\b|\bbest interests? of (?:the |every |each |all )?child(?:ren)?\b|\brights of the child\b|\bConvention on the Rights of the Child\b
pattern  \bmigrant (?:children|minors|youth|adolescents|child)\b|\bchild(?:ren)? (?:on the move|migrants|refugees)\b|\bunaccompanied\b|\bseparated children\b
pattern  \b(?:children|minors|boys and girls|girls and boys|child)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:(?:im|e)?migra\w*|migrants|on the move|displaced|refugees|asylum|detention|trafficking|smuggl\w*|border)
pattern  \b(?:(?:im|e)?migra\w*|migrants|displace\w*|detention|trafficking)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,6}?(?:children|minors|boys and girls|girls and boys|child)\b
pattern  \b(?:child|children['’]?s?) detention\b|\bseparat\w+ (?:of )?(?:\w+ )?(?:children|families)\b|\bfamily (?:separation|unity|reunification)\b
pattern  0.5 \bchildren\b|\bminors\b|\byoung people\b|\byouth\b
exclude  \bTrafficking in Persons,? Especially Women and Children\b|\bchildren of (?:God|Abraham)\b|\bour children and grandchildren\b|\bfuture generations\b
example  The best interests of the child must guide every decision about migrant children.
example  Unaccompanied migrant children crossing the border must never be detained.
counter  Our children deserve quality education and health care.


# =======================================================================================
# GP9. Whole-of-government approach: migration cannot be addressed by one policy sector
# alone; horizontal and vertical policy coherence across all sectors and levels of government.
# =======================================================================================
category GP9  Whole-of-government approach
pattern  \bwhole[- ]of[- ]government\b|\bpolicy coherence\b|\bcoheren\w+ (?:across|between|among) (?:\w+ ){0,3}(?:sectors|ministries|levels of government|policies)\b
pattern  \b(?:inter-?ministerial|interministerial|inter-?agency|interagency|multi-?sectoral|cross-?sectoral|inter-?institutional|intersectoral) (?:\w+ )?(?:coordination|committee|council|commission|task ?force|mechanism|approach|working group|body|board|cooperation)\b
pattern  \bnational (?:migration|immigration|labou?r migration|diaspora) (?:polic\w+|strateg\w+|plans?|councils?|commissions?|institutes?|offices?|authorit\w+|agenc\w+|laws?|frameworks?|coordination)\b|\bnational (?:policy|strategy|plan|action plan|law) on (?:\w+ ){0,2}(?:im|e)?migra\w*
pattern  \b(?:all|every|different) (?:levels|sectors|branches|tiers) of government\b|\blocal (?:and|,) (?:regional|national) (?:authorities|governments?|levels)\b|\b(?:local authorities|local governments?|municipalities|mayors|cities)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:im|e)?migra\w*
pattern  \b(?:im|e)?migra\w*+[^\w.!?;]++(?:\w++[^\w.!?;]++){0,8}?(?:local authorities|local governments?|municipalities|mayors|cities)\b
pattern  \bmigration (?:\w+ ){0,3}(?:cannot|can not|can't) be (?:addressed|managed|dealt with|tackled) (?:\w+ ){0,3}(?:one|a single|any single) (?:\w+ ){0,2}(?:sector|ministry|policy area|department)\b|\bmainstream\w* migration\b|\bcomprehensive (?:migration|immigration) polic\w+\b
pattern  0.5 \b(?:comprehensive|holistic|integrated|coordinated) (?:approach|response|strategy|policy|policies)\b|\bministr(?:y|ies) of (?:\w+ ){0,3}(?:labou?r|foreign affairs|interior|health|education|migration)\b
example  A whole-of-government approach ensures policy coherence on migration across all sectors.
example  We created a national migration council and an inter-ministerial committee on migrant workers.
counter  Our inter-agency task force on cybersecurity met last week.


# =======================================================================================
# GP10. Whole-of-society approach: broad multi-stakeholder partnerships with migrants,
# diasporas, local communities, civil society, academia, the private sector,
# parliamentarians, trade unions, National Human Rights Institutions and the media.
# =======================================================================================
category GP10  Whole-of-society approach
pattern  \bwhole[- ]of[- ]society\b|\bmulti-?stakeholder\w*\b|\ball (?:relevant )?stakeholders\b|\bstakeholders? (?:engagement|participation|consultations?)\b
pattern  \b(?:migrant|migrants['’]?|diaspora|refugee-led|community-based) (?:and diaspora )?(?:organi[sz]ations|associations|groups|networks|communities|leaders)\b|\bhometown associations\b
pattern  \b(?:civil society|private sector|trade unions?|academia|employers|faith[- ]based organi[sz]ations|religious leaders|parliamentarians|parliaments|National Human Rights Institutions|the media|local communities)[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?(?:im|e)?migra\w*
pattern  \b(?:im|e)?migra\w*+[^\w.!?;]++(?:\w++[^\w.!?;]++){0,10}?(?:civil society|private sector|trade unions?|academia|employers|faith[- ]based organi[sz]ations|religious leaders|parliamentarians|parliaments|National Human Rights Institutions|the media|local communities)\b
pattern  \b(?:civil society|private sector|trade unions?|academia|employers['’]? organi[sz]ations)(?:,| and) (?:\w+ ){0,3}(?:civil society|private sector|trade unions?|academia|employers|faith[- ]based organi[sz]ations|parliamentarians|the media|local communities)\b
pattern  \b(?:faith[- ]based organi[sz]ations|parliamentarians|the media|local communities)(?:,| and) (?:\w+ ){0,3}(?:civil society|private sector|trade unions?|academia|employers|faith[- ]based organi[sz]ations|parliamentarians|the media|local communities)\b
pattern  0.5 \bcivil society\b|\bprivate sector\b|\btrade unions?\b|\bacademia\b|\bparliamentarians\b|\bNGOs?\b|\bnon-governmental organi[sz]ations\b|\bvolunteers\b
example  A whole-of-society approach brings migrants, diasporas, civil society and the private sector into migration governance.
example  We drew up our migration policy with trade unions, employers and civil society.
counter  Civil society and the private sector joined our campaign against plastic pollution.
