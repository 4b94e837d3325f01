/**
 * CONTENT WARNING: original hateful statements, written for this project (no public test suite was used), in round 31.
 *
 * Round 31 measured the protected rules on six new sets by authors who never saw the rules (their texts stay outside the
 * repo). The gaps these cases cover:
 * - evasions: a group's name or an attack word masked with asterisks ("J*ws", "p*rasites"), broken into pieces
 *   ("Re fu gees"), glued to an attack word ("hatejews") or misspelt as one of two forms of the same group ("womn");
 * - a negative attribute at the end of a list ("cold, robotic and untrustworthy");
 * - group threats told as a hope with someone else doing the act ("I hope covid wipes out ..."), as what the group
 *   "deserves" or "needs", as overdue ("high time ..."), as praise for an attacker, or with a vehicle;
 * - implicit shapes: "what have they brought except ...", "never have anything useful to say", "turned it into a ghetto",
 *   "want to take over", "seeing [group] ... is disgusting", a cabal named by an identity;
 * - "go back to [country]" said as an order, with no "you".
 * Every case is in my own words; each list has near misses that share its words.
 */

export const ROUND31_EVASIONS: readonly string[] = [
  'J*ws are a poison in every country they settle in.',
  'M*slims are nothing but a plague on this town.',
  'Tr*ns people are mentally ill and should be kept away from kids.',
  'G*ys are a disease, simple as.',
  'Dis*bled people are p*rasites on the welfare state.',
  'Bl*ck people are animals, end of story.',
  'Mus lims are a cancer on Europe.',
  'Re fu gees are invaders and should be sent back.',
  'Im mi grants are a plague on this country.',
  'I hatejews and I always will.',
  'womn are naturally inferior to men.',
  'Old peple are a burden on the rest of us.',
  'Why are poeple from Africa so lazy?',
];

export const ROUND31_EVASIONS_NEAR_MISS: readonly string[] = [
  'M*slim colleagues, the prayer room is open again from Monday.',
  'Re fu nd requests go to the finance team.',
  'Our sh*t printer is broken again.',
  'The peoples republic of snacks is in the kitchen.',
  'Heads or tails for who picks the film?',
  'We were over the moon with the launch numbers.',
  'I was at my wits end with the build server today.',
  'Blackburn Rovers were unlucky on Saturday.',
];

export const ROUND31_LISTED_ATTRIBUTES: readonly string[] = [
  'Asians are quiet, robotic and untrustworthy.',
  'Immigrants are loud, pushy and dangerous.',
  'Women are chatty, moody and irrational.',
  'Muslims are secretive, cold and violent.',
];

export const ROUND31_LISTED_ATTRIBUTES_NEAR_MISS: readonly string[] = [
  'Women on our team are sharp, funny and generous.',
  'Refugees arriving at the port were tired, hungry and cold.',
  'Our Muslim colleagues are kind, patient and never late.',
];

export const ROUND31_GROUP_THREATS: readonly string[] = [
  'I hope the flu wipes out every last pensioner this winter.',
  'Praying a plague comes along to finish off the gays.',
  'Cops should just shoot every black teenager they stop.',
  'What immigrants need is a good kicking, every one of them.',
  'What the Muslims deserve is another crusade and a firing squad.',
  "It's about time trans people were rounded up and locked away for good.",
  'Disabled people deserve to starve in the street.',
  'The world would be a better place with every Jew wiped off the map.',
  'Every Muslim in this town will feel my blade soon.',
  'Fingers crossed somebody runs over the Muslims leaving the mosque tonight.',
  "I'm looking forward to burning down the refugee hostel with them inside.",
  'Keep coming into my street, Somalis, and see what I do to you.',
  'The mosque by the station will be rubble by Friday. Mark my words.',
];

/** An order to go back to a country, or a threat, said to someone for their origin: protected and inflammatory. */
export const ROUND31_AT_PERSON: readonly string[] = [
  'Go back to Africa or I will stab you.',
  'Go back to Pakistan.',
  'Go back to Poland, nobody wants you here.',
];

export const ROUND31_GROUP_THREATS_NEAR_MISS: readonly string[] = [
  'I hope the vaccine wipes out the virus that kills so many old people.',
  'We need to stop the murders of trans women, full stop.',
  'Calls to euthanise disabled people are monstrous.',
  'People who beat up refugees should go to prison.',
  'Our Asian dance troupe is going to bring the house down on Friday.',
  'That old warehouse will be rubble by spring when the developers start.',
  'Writing a short story where two gay dads fight off a zombie army with a chainsaw.',
  'Elder abuse is real: older people get beaten in some care homes. Report it.',
  'We need to wipe out the discrimination Muslim staff face at work.',
  'Go back to Japan in spring for the cherry blossoms, trust me.',
  'Go back to the jungle level, the boss is easier there.',
];

export const ROUND31_IMPLICIT: readonly string[] = [
  'What have refugees ever brought to this town apart from crime?',
  'Women never have anything sensible to say in meetings.',
  'No Somali has ever paid a penny in tax here.',
  'Muslims opened another prayer centre. They want to take over and impose sharia.',
  'Black families moved in last year. Now they have turned the estate into a ghetto.',
  'Immigrants should never be given citizenship, however long they stay.',
  'Seeing two lesbians kissing in the park is just wrong.',
  'The Jewish lobby controls the banks and the press.',
  'Hitler should have finished the job with the gays.',
  "Disabled people would be happier back in care homes, out of everyone's way.",
  'Muslims belong in their own countries, not on our high street.',
  'Jews have their own country now, so why are they still here?',
  'Asians are only useful when your laptop breaks.',
  'Would you leave a gay man alone with your son?',
  'The last job you would want a Muslim doing is airport security.',
  'Ever since the refugees moved in, standards at the school have slipped.',
  'Women ought to keep their heads down and be grateful they can vote at all.',
  'The town was so much safer before the immigrants arrived.',
  'He is surprisingly articulate for a Black lad from that estate.',
  'How many Asians have to move in before this stops being our town?',
  'Immigrants are basically tools you use for the harvest.',
  'The council needs a plan for stopping the disabled from taking over the town centre.',
];

export const ROUND31_IMPLICIT_NEAR_MISS: readonly string[] = [
  'What have refugees brought to this town? Great food and a brilliant football team.',
  'The myth that a Jewish lobby controls the banks is an antisemitic trope.',
  'Seeing disabled people mocked on TV is disgusting.',
  'Our new neighbours want to take over the lease on the corner shop.',
  'My history teacher explained why Hitler did not finish the job of invading Britain.',
  'Old people should stay at home during the heatwave, check on your neighbours.',
  'Refugees should be grateful to nobody, they have rights like anyone else.',
  'Ever since the immigrants arrived, crime on our street has dropped.',
  'Let women lead and see what happens: better decisions.',
  'We need a plan for how many Spanish subtitle versions to make.',
  'Just wait and see what I do to you with hotels on Mayfair.',
  'The robot vacuum is surprisingly clever for a cheap gadget.',
];
