/**
 * CONTENT WARNING: original cases for identity offered as the reason for a fault, in one sentence or across two
 * (the fault first, then a bare "they're [group]"), and credit put down to identity. The near-misses give an identity
 * after a harm done to someone, a neutral fact, praise, a denied fault or a crime reported without a knowing word.
 */
export const IDENTITY_AS_REASON = [
  'Can\'t trust them. They\'re Jews.',
  'Lazy and stupid. That\'s women for you.',
  'They can\'t drive. They\'re Asian, what did you expect?',
  'They smell. Gypsies, obviously.',
  'He\'s a thief. Well, he\'s Romanian.',
  'I don\'t trust him, he\'s Muslim.',
  'They were rude to us. They are French, lol.',
  'She can\'t code. She\'s a woman, after all.',
  'He only got the job because he is Black.',
  'She got the promotion because she\'s a woman, obviously.',
  'He robbed me. He\'s Albanian, what did you expect.',
  'Filthy house, noisy kids. They\'re Roma, of course.',
  'Never trust her, she is Chinese.',
  'Useless at maths. She is a girl after all.',
  'They are greedy. They are Jewish after all.',
  'Can\'t manage a budget to save his life. He\'s Nigerian, lol.',
  'He won the award because he is trans, not because he is good.',
  'Cheats at every game. That\'s immigrants for you.',
  'They are violent. They are Muslims, after all.',
  'My boss hired a woman. She will be useless like the rest of them.',
  "We hired a Muslim guy. He'll be lazy like all the others.",
  'New family from Romania moved in. They will be thieves like the rest of them.',
  'Got a gay teacher this year. He will be creepy like all the others.',
];

/** The fault is also an insult at the person (or at "they" before the group is named): inflammatory as well. */
export const IDENTITY_AS_REASON_AT_PERSON = [
  'Of course they are thick. They are women after all.',
  'He is a total creep. He is gay, so.',
  'She\'s a liar. She\'s Mexican, what did you expect?',
];

export const IDENTITY_AS_REASON_NEAR_MISS = [
  'She was bullied at school. She is autistic.',
  'He gets abuse online because he is gay.',
  'They lost the final. They are Brazilian, so it hurts.',
  'She is tired all the time. She is pregnant.',
  'The kid is struggling. He is deaf and the school won\'t help.',
  'He got the job because he is brilliant.',
  'My grandad can\'t hear well. He is old, bless him.',
  'Thieves broke into the mosque. They are Muslims and are heartbroken.',
  'The guy who robbed me was caught. He is Polish, apparently.',
  'She can\'t drive, she\'s blind.',
  'They can\'t vote, they\'re immigrants.',
  'He can\'t read, he\'s dyslexic.',
  'She can\'t eat pork, she\'s Muslim.',
  'She\'s brilliant, she\'s Nigerian.',
  'He didn\'t get the job because he is Black, and that is discrimination.',
  'Chantel isn\'t lazy, she\'s just Spanish and takes a siesta.',
  'He was attacked because he is gay.',
  'People assume she is lazy because she is Mexican. She works two jobs.',
  'Our team is exhausted. They are nurses, after all.',
  'She is never rude. She is Canadian, after all.',
  'My neighbours are lovely. They are Somali.',
  'He was fired because he is trans, and he is suing.',
  'My new neighbour is Polish. She is lovely like the rest of them.',
  'I met a trans woman. She was kind like the rest of them.',
  'The new intern is useless like the rest of them.',
  'They hired a woman. She was harassed like the rest of them.',
  // from the review of this shape: a rule of faith, still learning, a report condemned, an echo answered
  "He can't lead the prayer tonight. He's a Catholic.",
  "She can't count to ten in French yet. She's English, give her time!",
  "People say he only got the job because he is Black. That's racist nonsense.",
  "Got the job because she's a woman? She has two PhDs.",
];
