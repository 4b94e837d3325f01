/**
 * CONTENT WARNING: original cases with slurs spelled with "q" for "g", a look-alike evasion ("faqqot"). Ordinary words
 * with a "q" ("queen", "Iraqi") are covered by the everyday-mentions near-misses. Thrown at someone ("you ...", "what a
 * ...", "that ...", "shut up, ..."), a slur is a personal insult as well.
 */
export const SLUR_Q_FOR_G = [
  'Those niqqers again.',
  'Filthy qooks everywhere.',
  'Daqos run this street now.',
  'Raqheads out.',
  'Sandniqqers everywhere you look.',
  "Qooks can't drive.",
  'Woqs should go back.',
  'The qooks stole it.',
  'No daqos allowed.',
  'A raqhead moved in next door.',
  'Typical niqqer behaviour.',
];

export const SLUR_Q_FOR_G_AT_PERSON = [
  'You faqqot.',
  'Bunch of faqqots, all of them.',
  'Shut up, faq.',
  'Go home, woq.',
  'Look at that raqhead.',
  'What a faqqot.',
  'Get lost, niqqer.',
  'That faqqot teacher.',
  'Stupid qook.',
];
