/**
 * CONTENT WARNING: original insults, written for this file (no public test suite was used), after a black-box dev set of
 * tweet-style insults (ins9) found these shapes missed: insults stretched for emphasis or spelt by sound, plural names
 * after describing words for groups placed by a clause ("critics who panned it are ..."), nouns for busybodies,
 * cranks and man-children, and the internet's stock put-downs ("nobody would miss you if you left", "your parents must
 * be so disappointed", "the lowest form of life").
 *
 * The near-misses: birthdays, best friends and rounds bought, stretched words that insult nobody, and groups praised.
 */
export const ROUND19_INSULTS = [
  '@kev ur such a looooser',
  'you are a complete MORONNNN',
  '@sam ur stoopid mate',
  'shut it u idjit',
  'ur so pathetik it hurts',
  'he is a lier and everyone knows it',
  'u r a discrace to this club',
  'Our new neighbour is a nosy busybody.',
  'The founder is a whiny manchild.',
  "you're a conspiracy crank",
  'Critics who trashed this album are pretentious idiots.',
  'Mods on this forum are power-hungry losers.',
  'Football pundits are overpaid clowns.',
  'Estate agents are lying weasels.',
  'Youtubers who do reaction videos are talentless leeches.',
  '@jo stooopid take as usual',
  'that ref is a corrupt idiooot',
  'the streamer is a lazy manchild',
  'our landlord is a greedy crook',
  'politicians in this town are useless parasites',
  '@jen nobody would miss you if you left',
  '@USER your parents must be so ashamed',
  '@dan crawl back into whatever hole you crawled out of',
  "@USER you're the lowest form of life on here",
  "@USER you're not worth the oxygen it takes to reply",
  "@USER you're living proof that evolution can go backwards",
  "@USER I'd explain it to you but I left my crayons at home",
  '@USER my toaster has more going on upstairs than you',
];

export const ROUND19_INSULTS_NEAR_MISS = [
  'happy birthday you old goat, drinks on me tonight',
  "my best friend is a clown and I wouldn't have it any other way",
  'I looooove this new office coffee machine',
  'sooooo proud of the team this week',
  'the goooal in the 90th minute was unreal',
  'Football pundits are brilliant on this channel, great analysis.',
  'Critics who loved this album were spot on.',
  'Mods on this forum are doing a great job, thank you.',
  'Estate agents on our high street were really helpful.',
  'dum dum da dee, humming the jingle again',
  'walk the plank, pirate party on Friday',
  'my bum hurts after that spin class',
  'hack day is next week, sign up!',
  'The fans were electric tonight, what a noise.',
  'Reviewers who tested the beta were generous with their time.',
  'Presenters on the morning show are so warm, love them.',
  'happy retirement you absolute legend, the round is on me',
  'noooo the printer jammed again',
  'yessss we shipped it',
  'Commentators at the final were superb.',
  'Nobody would miss you at the party if you skipped it, honestly, come when you can.',
  'My parents must be so proud, first graduate in the family!',
  'Log off forever? No, I will just take a week off Slack.',
  'The lowest form of wit is sarcasm, said my English teacher.',
  "I'd explain it to you but you already know more than me about this.",
];
