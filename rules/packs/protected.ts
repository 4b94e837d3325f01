import { PACK_FORMAT, type PackSource } from '../types';

/**
 * builtin:protected: slurs and attacks on people for a protected characteristic (race, religion,
 * gender, gender identity, sexual orientation, disability, age, national origin). Neutral and positive
 * mentions of identities, counter-speech, negated hate, homonyms and reclaimed uses pass. Documented in
 * docs/default-pack/protected.md. Messages never repeat a slur (no `{match}`).
 *
 * CONTENT WARNING: the examples below contain slurs, as the tests of a slur rule must.
 */
export const PROTECTED_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.protected',
  name: 'DraftGuard built-in: protected',
  version: '0.2.0',
  lang: 'en',
  rules: [
    {
      id: 'slur',
      kind: 'detector',
      detector: 'language.slur',
      category: 'protected',
      severity: 'block',
      tags: ['slur'],
      message: 'This word is a slur against a protected group.',
      note: 'Slurs attack people for their race, religion, gender, gender identity, sexual orientation, disability, age or origin. Disguised spellings read the same way. Quoting one to condemn it is fine, but readers will still see the word. Remove the word, or name the group respectfully.',
      examples: {
        flag: ['Those dkyes moved in.', 'Those f*ggots should leave.', 'Look at the n*ggers over there.', 'Those f4gg0ts should stay away.', 'no n i g g e r s allowed', 'what a retard', 'Typical wetbacks.', 'He is a trannny.'],
        pass: ['I love trad jazz on Fridays.', 'The f*g machine at the party was cool.', 'Anyone fancy a fag break?', 'The Dutch built a dyke to hold back the sea.', 'Niger and Nigeria are neighbours.', 'There is a chink in the armour.', 'The Negro Leagues museum is worth a visit.'],
      },
    },
    {
      id: 'slur-reclaimed',
      kind: 'detector',
      detector: 'language.slur',
      options: { reclaimed: true },
      category: 'protected',
      severity: 'info',
      tags: ['slur', 'reclaimed'],
      message: 'A reclaimed word about yourself: fine, but readers outside the community may misread it.',
      note: 'Members of a group may use a reclaimed term about themselves; this note only says how it may be read.',
      examples: {
        flag: ["I'm a proud dyke and I'm marching on Saturday."],
        pass: ['Our LGBTQ+ group is marching on Saturday.'],
      },
    },
    {
      id: 'group-attack',
      kind: 'detector',
      detector: 'language.group-attack',
      category: 'protected',
      severity: 'block',
      override: 'allow',
      message: 'This attacks a group of people for a protected characteristic.',
      note: 'Negative generalisations, stereotypes, dehumanising comparisons and calls to exclude or harm people because of their race, religion, gender, gender identity, sexual orientation, disability, age or origin are discriminatory, even phrased as a question or an opinion. Talk about the specific behaviour or person, not a whole group.',
      examples: {
        flag: [
          'Women are too emotional to lead.',
          'Immigrants are vermin.',
          'Why are Muslims so violent?',
          'Trans women are not real women.',
          'I met some refugees yesterday. They are all criminals.',
          'Old people cannot learn new tech.',
          "She's pretty good at coding for a girl.",
          "He's only here because he's a diversity hire.",
          'Typical immigrants, always complaining.',
          'allmuslimsareterrorists',
          'Gays should be put in camps.',
          'Women are livestock, good for breeding.',
          "Don't you think women are too emotional?",
          "He's actually really sharp, you know, for an old man.",
          'Of course the Muslim guy showed up late again.',
          'What do you expect from a bunch of immigrants?',
        ],
        pass: [
          'Happy Pride month from our LGBTQ+ group!',
          'Our Muslim colleagues are hosting an iftar on Friday.',
          "I don't think women are inferior.",
          'Saying immigrants are criminals is racist and wrong.',
          'As a gay man in tech, I am grateful for this team.',
          'Disabled people are not a burden.',
          'It is pretty good for a first draft.',
          'Please tick the box to accept the terms.',
          'Happy #internationalwomensday to our team!',
          'Refugees should be kept safe.',
          'Why are women underrepresented in tech?',
          'Of course the Muslim holiday falls on a Friday this year.',
          'This laptop is surprisingly light for a gaming machine.',
          'What do you expect from a beta release?',
        ],
      },
    },
  ],
};
