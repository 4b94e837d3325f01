/**
 * CONTENT WARNING: original cases of explicit hate, written for this file (no public test suite was used): a group told
 * off ("[group] can go to hell / fuck off / rot"), killings called for or wished ("slit the throats of", "see them
 * hanged", "lined up and shot"), a group called "full of shit / lies / disease", profane words fused to a group's name,
 * an insult noun after the name ("trans freaks should ..."), and "fuck off back to [country]".
 *
 * The near-misses use the same words for a place a person may go, a hardship a group suffers, a killing reported as
 * news, a refusal, a photo shoot, praise ("full of surprises"), a trip home suggested, a desk or a bed, and a condition named by its medical words.
 */
export const ROUND16_HATE = [
  'Muslims can go to hell.',
  'Immigrants can rot for all I care.',
  'Trans people can fuck right off.',
  'Jews can go fuck themselves.',
  'Gay people can go die.',
  'Refugees should fuck off back home.',
  'Old people can get fucked, honestly.',
  'Disabled people can piss off.',
  'I will slit the throat of every Jew I meet.',
  'We should cut the throats of all the immigrants.',
  'I want to see every Muslim hanged.',
  'I would love to watch the gays burned.',
  'All immigrants should be lined up and shot.',
  'I would love to see all the trans freaks lined up and shot.',
  'Women should be lined up against a wall.',
  'Jews are full of shit.',
  'Immigrants are full of disease.',
  'Muslims are full of hate.',
  'What a bunch of shitty Mexicans.',
  'Those crappy immigrants again.',
  'Trans freaks should be shot.',
  'Muslim scum should be deported.',
];

/** Told to a person: both a protected attack and an inflammatory one. */
export const ROUND16_HATE_AT_PERSON = [
  'Fuck off back to Pakistan.',
  'Piss off back to Poland, mate.',
  'fuck off back where you came from',
  '@sam go back to Pakistan',
  'Sod off back to Romania, nobody wants you here.',
];

export const ROUND16_HATE_NEAR_MISS = [
  'Women can go to the gym after work now the crèche is open.',
  'Immigrants can die of heat in those camps, it is a scandal.',
  'Disabled people can die waiting for benefits and nobody cares.',
  'Old people can choke on food easily, so cut it small.',
  'He slit the throats of three men in 1995, the court heard.',
  'I would never want to see refugees shot at the border.',
  'I would love to see women shot by a great photographer for the cover.',
  'Our team should be lined up for the photo at noon.',
  'Women are full of surprises.',
  'My Muslim neighbours are full of kindness.',
  'Jews are not full of shit, the conspiracy theorists are.',
  'You should go back to Poland for the wedding, it is lovely.',
  'You should go back to India and visit your grandma.',
  'I cannot wait to go back to Pakistan this summer.',
  'Fuck off back to your desk lol, the meeting is over.',
  'fuck off back to bed, you are sick',
  'Refugees cannot go home, their country is at war.',
  'Old people can fuck, they just do it less.',
  'Gay people can go anywhere they want now.',
  'Immigrants are full of hope when they arrive.',
  'Depression is a mental illness, not a weakness. Please reach out.',
  'ADHD is a disorder of attention, and our team supports anyone who has it.',
  'Can women ever get a fair deal in tech?',
  'Do refugees ever get to go home?',
  'Can trans people ever change their legal gender in Japan?',
  'Do women ever lead in this company? Rarely, and that must change.',
  'Do Muslims ever celebrate Christmas?',
  'Women are less likely to be promoted, and that is on us.',
  'These two drugs are incompatible.',
  'Women are suited to any job men do.',
  'Why do I even bother helping refugees if the council will not?',
  'Why bother learning Spanish when everyone speaks English?',
];

/** Round 16 questions and comparisons: "ever" doubting a merit, "less suited", "incompatible with our values". */
export const ROUND16_QUESTIONS = [
  'Can Christians ever think for themselves?',
  'Do women ever actually earn their promotions?',
  'Will immigrants ever integrate?',
  'Can Muslims ever assimilate, honestly?',
  'Do disabled people ever contribute anything?',
  'Will trans people ever behave like normal adults?',
  'Can old people ever learn anything new?',
  'Do Mexicans ever pay their taxes?',
  'Can gay men ever lead a team properly?',
  'Will Black people ever work for what they get?',
  'Black people are naturally less suited to academic work.',
  'Women are less suited to leadership.',
  'Muslims are incompatible with Western values.',
  'Immigrants are incompatible with our way of life.',
  'Gay people are less fit to raise children.',
  'Old people are less able to learn, full stop.',
  'Jews are unassimilable.',
  'Refugees are incompatible with a civilised society.',
  'Disabled people are less worthy of a job.',
  'Trans people are less sane than the rest of us.',
  'Why do we even bother interviewing anyone over 50?',
  'Why bother hiring women at all?',
  'Why bother promoting the Muslim guys?',
];
