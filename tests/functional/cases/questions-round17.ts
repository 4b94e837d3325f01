/**
 * CONTENT WARNING: original cases with hate asked as a question, written for this file (no public test suite was used):
 * a fault asked after as if it came with the group ("what is it with [group] and being late?", "what is it about [group]
 * that makes them so angry?"). A merit asked after as if no member had it ("is there a single [member] who actually
 * pulls their weight?") was tried and taken out again: it fired on complaints about forms, apps and hiring.
 *
 * The near-misses ask the same questions about food, holidays, sleep and one person, and ask for a name ("is there a
 * single woman who actually applied?").
 */
export const QUESTIONS_ROUND17 = [
  'What is it with Black people and being late?',
  'what is it with Romanians and stealing',
  'What is it with Muslims and violence?',
  'What is it with Indians and the smell?',
  'what is it about Mexicans that makes them so lazy?',
  'What is it about trans people that makes them so aggressive?',
  'What is it with old people and their entitlement?',
  'what is it with gay men and drama',
  'What is it with Somalis and crime?',
  'what is it with Roma families and stealing?',
  'What is it about Muslims that makes them so violent?',
  'What is it with disabled people and entitlement?',
  'what is it with Chinese people and the noise',
  'What is it about lesbians that makes them so angry?',
  'What is it with Nigerians and scamming?',
  'What is it with Pakistanis and knives?',
  'what is it with lesbians and anger, seriously',
  'What is it with Albanians and crime?',
  'What is it about Jewish landlords that makes them so greedy?',
  'what is it about autistic kids that makes them so violent',
];

export const QUESTIONS_ROUND17_NEAR_MISS = [
  'What is it with Italians and amazing food?',
  'What is it with Priya lately? She seems tired.',
  'What is it with teenagers and sleeping till noon?',
  'What is it about Pride month that makes everyone so happy?',
  'what is it with cats and boxes',
  'Is there a single woman who actually applied? We need more candidates.',
  'Is there a single Muslim who actually attended the briefing? We need feedback.',
  'What is it with Brazilians and football? Obsessed, in the best way.',
  'what is it about Diwali that makes the office so cheerful',
  'Is there a single disabled employee who needs a parking space? Tell HR.',
  'What is it with Irish pubs and great music?',
  'what is it with grandmas and feeding everyone, bless them',
  'What is it with Koreans and skincare? Mine is a mess, teach me.',
  'What is it about Eid that makes the food so good?',
  'Is there a single woman who actually signed up for the hackathon? Asking for the organisers.',
  'what is it with dogs and postmen',
  'Is there a single wheelchair user who actually got into the venue? The ramp was broken all day.',
  'What is it with Scandinavians and gorgeous design?',
  'Is there a single immigrant who actually got their visa on time this year? The backlog is awful.',
  'what is it about trans athletes that the press keeps getting wrong? So much misinformation.',
];
