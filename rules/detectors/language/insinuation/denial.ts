/**
 * Frames that deny what a group is or suffers: gender denied ("trans women are just men in dresses"), an identity
 * pathologised ("being gay is a choice", "dyslexia is an excuse"), belonging or a family denied as not real ("aren't
 * real Americans", "what a real family can"), a same-sex couple's ordinary act condemned, faux concern for their
 * children, orientation explained away ("no man wanted them"), suffering explained away as a motive, a pretence or a
 * disguise ("economic migrants in disguise"), an atrocity minimised ("the Holocaust is exaggerated"), and a group's
 * activity belittled as not the real thing.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { CHILDREN, PATHOLOGY, BELITTLED, ACTIVITIES } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS } from '../tokens';
import { asSubject, clauseEnd, clauseStartAt, FAITH_MARKS, find, findAny, hasPraise, hit, SUBJECT_FILL, type Words } from './shared';

/** "Trans women are just men in dresses", "trans men will always be women". */
export function genderDenied(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'gender-identity') continue;
    const head = words[g.to] ?? '';
    const MALE = ['men', 'man', 'males', 'male', 'boys', 'dudes', 'guys', 'blokes'];
    // "a man in a dress is still a man": a group named by the birth sex is restated as that sex
    const opposite = MALE.includes(words[g.from] ?? '') || MALE.includes(words[g.from + 1] ?? '') ? MALE : /wom[ae]n|girls?/.test(head) ? MALE : /^(trans)?m[ae]n$|boys?/.test(head) ? ['women', 'woman', 'females', 'female', 'girls', 'ladies'] : [];
    let j = g.to + 1;
    while (['are', 'is', 'will', 'always', 'be', 'just', 'only', 'still', 'really', 'basically', 'simply', 'actually', 'biologically', 'all', 'nothing', 'but', 'confused', 'mentally', 'ill', 'men', 'women', 'a', 'an'].includes(words[j] ?? '') && j < g.to + 7) {
      if (opposite.includes(words[j] ?? '')) return hit(g.from, j, g, 'negated-positive', 'gender denied');
      if (['men', 'women'].includes(words[j] ?? '') && ['in', 'pretending', 'playing', 'wearing', 'with'].includes(words[j + 1] ?? '')) return hit(g.from, j + 1, g, 'negated-positive', 'gender denied');
      j++;
    }
    if (opposite.includes(words[j] ?? '') && j > g.to + 1) return hit(g.from, j, g, 'negated-positive', 'gender denied');
  }
  // "Real women are born women", "real men don't wear dresses": womanhood defined by birth against trans people
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'real' || !['women', 'woman', 'men', 'man'].includes(words[i + 1] ?? '')) continue;
    const rest = words.slice(i + 2, i + 6);
    if ((rest.includes('born') || rest.includes('biological') || rest.includes('chromosomes')) && !rest.some((w) => NEGATORS.has(w))) {
      return hit(i, i + 2 + rest.findIndex((w) => ['born', 'biological', 'chromosomes'].includes(w)), { from: i, to: i + 1, characteristic: 'gender-identity', pronoun: false, weak: false }, 'negated-positive', "'real' womanhood by birth");
    }
  }
  return null;
}

/** Identities named as a concept: "bisexuality is just greed", "dyslexia is an excuse". */
const CONCEPTS: Readonly<Record<string, Characteristic>> = {
  homosexuality: 'sexual-orientation', bisexuality: 'sexual-orientation', transgenderism: 'gender-identity', gayness: 'sexual-orientation', autism: 'disability',
  asexuality: 'sexual-orientation', pansexuality: 'sexual-orientation', dyslexia: 'disability', adhd: 'disability', transness: 'gender-identity',
};

/** "Being gay is a choice", "Homosexuality is a disease", "Gay people can be cured", "Trans people need therapy." */
export function pathologised(words: Words, groups: readonly GroupMention[]): Attack | null {
  const subjects: GroupMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // "Gender identity is a fantasy", "Nonbinary is made up": the identity named as a concept opening its clause
    const concept = (w === 'gender' && words[i + 1] === 'identity') || (w === 'non' && words[i + 1] === 'binary' && clauseStartAt(words, i)) ? 'gender-identity' : clauseStartAt(words, i) && ['is', "'s"].includes(words[i + 1] ?? '') ? identityAdjective(w) : undefined;
    const c = w === 'being' ? identityAdjective(words[i + 1] ?? '') : concept ?? CONCEPTS[w];
    if (c && ['sexual-orientation', 'gender-identity', 'disability'].includes(c)) subjects.push({ from: i, to: w === 'being' || w === 'gender' || w === 'non' ? i + 1 : i, characteristic: c, pronoun: false, weak: false });
  }
  for (const g of groups) if (!g.pronoun && ['sexual-orientation', 'gender-identity'].includes(g.characteristic)) subjects.push(g);
  for (const g of subjects) {
    let j = g.to + 1;
    let neg = false;
    while (['is', 'are', 'just', 'only', 'a', 'an', 'simply', 'really', 'basically', 'all', 'clearly', 'obviously', 'can', 'could', 'should', 'must', 'need', 'needs', 'to', 'be', 'not', 'never', 'mental', 'lifestyle', 'temporary', 'passing', 'sexual', 'fancy', 'word', 'term', 'name', 'for', 'another', 'new'].includes(words[j] ?? '') && j < g.to + 9) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    // "made up", "made-up": one word of pathology
    const head = words[j] === 'made' && words[j + 1] === 'up' ? 'made-up' : words[j] ?? '';
    // "religion is a choice" is no attack; these identities are
    if (!neg && PATHOLOGY.has(head) && words[g.from] !== 'being' ? words.slice(g.to + 1, j).some((w) => ['is', 'are', 'be'].includes(w)) : !neg && PATHOLOGY.has(head)) {
      return hit(g.from, head === 'made-up' ? j + 1 : j, g, 'derogation', `identity pathologised ('${head}')`);
    }
    // "gay people need therapy." at a clause end
    if (!neg && ['therapy', 'fixing', 'curing', 'help'].includes(head) && words.slice(g.to + 1, j).some((w) => w === 'need' || w === 'needs')) {
      const n = words[j + 1];
      if (n === undefined || CLAUSE_BREAK.has(n) || n === ',') return hit(g.from, j, g, 'derogation', `needs ${head}`);
    }
  }
  return null;
}

/**
 * A group unmasked: "Refugees are just economic migrants in disguise", "Trans women are predators in disguise",
 * "[group] are all faking it". "A blessing in disguise" passes.
 */
export function disguise(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (j < g.to + 8 && SUBJECT_FILL.has(words[j] ?? '')) j++;
    const e = clauseEnd(words, j, 8);
    const vp = words.slice(j, e + 1);
    if (!words.slice(g.to + 1, j).some((w) => ['are', 'is', 'were', 'was', 'all', 'just', 'really', 'basically', 'mostly', 'actually', 'simply'].includes(w))) continue;
    const d = find(vp, 'in disguise');
    const wolves = find(vp, "in sheep 's clothing") >= 0 || find(vp, 'in sheeps clothing') >= 0;
    if ((d > 0 || wolves) && !vp.some((w) => ['blessing', 'blessings', 'gift', 'gifts', 'angel', 'angels', 'hero', 'heroes', 'treasure', 'opportunity', 'superheroes', 'costume', 'costumes', 'party'].includes(w))) {
      return hit(g.from, j + (d > 0 ? d + 1 : vp.length - 1), g, 'derogation', 'unmasked (in disguise)');
    }
    // "[group] are all faking it / just pretending / making it up"
    const fake = vp.findIndex((w, k) => (w === 'faking' && ['it', '.', undefined].includes(vp[k + 1])) || (w === 'making' && vp[k + 1] === 'it' && vp[k + 2] === 'up') || (w === 'putting' && vp[k + 1] === 'it' && vp[k + 2] === 'on'));
    if (fake === 0 && words.slice(g.to + 1, j).some((w) => ['all', 'just', 'mostly', 'only', 'basically', 'really', 'simply'].includes(w))) return hit(g.from, j + 2, g, 'derogation', 'called fakes');
  }
  return null;
}

/**
 * A group's activity belittled: "Women's football is just a charity event", "female comedy is basically a joke",
 * "women's chess isn't real chess", "a glorified hobby". Praise and a literal charity ("raised money for the
 * charity event") pass.
 */
export function belittledActivity(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 1 < words.length; i++) {
    // "women 's football", "womens football", "female comedy", "Black cinema"
    let a = -1;
    let c: Characteristic | undefined;
    const g = groups.find((m) => !m.pronoun && m.to === i);
    if (g && words[i + 1] === "'s" && ACTIVITIES.has(words[i + 2] ?? '')) {
      a = i + 2;
      c = g.characteristic;
    } else if ((identityAdjective(words[i] ?? '') || ['womens', 'mens', 'ladies'].includes(words[i] ?? '')) && ACTIVITIES.has(words[i + 1] ?? '')) {
      a = i + 1;
      c = identityAdjective(words[i] ?? '') ?? 'gender';
    }
    if (a < 0 || !c) continue;
    let j = a + 1;
    if (ACTIVITIES.has(words[j] ?? '') || ['cup', 'match', 'matches', 'games'].includes(words[j] ?? '')) j++;
    if (!['is', 'are', "'s", 'was', 'remains'].includes(words[j] ?? '')) continue;
    const e = clauseEnd(words, j + 1, 8);
    const vp = words.slice(j + 1, e + 1);
    if (hasPraise(vp) || words.some((w) => ['raised', 'raises', 'raising', 'funds', 'proceeds', 'donations', 'fundraiser', 'fundraising', 'getting'].includes(w))) continue;
    const neg = vp.slice(0, 3).some((w) => NEGATORS.has(w));
    const b = vp.findIndex((w) => BELITTLED.has(w));
    // "isn't real chess", "is not a real sport"
    const real = vp.findIndex((w) => w === 'real' || w === 'proper' || w === 'actual');
    const notReal = neg && real >= 0 && (ACTIVITIES.has(vp[real + 1] ?? '') || vp[real + 1] === words[a] || ['game', 'athletes', 'competition', 'art', 'job', 'work'].includes(vp[real + 1] ?? ''));
    if ((b >= 0 && !neg) || notReal) {
      const end = j + 1 + (b >= 0 && !neg ? b : vp.length - 1);
      return hit(i, end, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', "a group's activity belittled");
    }
  }
  return null;
}

/** Concern words that make "children raised by [group]" faux pity. */
const CONCERN = new Set(['worry', 'worried', 'worries', 'concerned', 'concern', 'sorry', 'pity', 'poor', 'pray', 'confused', 'damaged', 'messed', 'traumatised', 'traumatized', 'abuse', 'unnatural', 'wrong', 'sad', 'tragic']);

const RAISING = new Set(['raised', 'raise', 'raising', 'raises', 'adopted', 'adopt', 'adopting', 'adopts', 'brought', 'parented', 'parenting']);

/**
 * Faux concern for children of a group: "I just worry about the children when two gay men raise them", "I feel
 * sorry for kids raised by lesbians". A concern word, children, and the group raising them; "kids raised by
 * lesbians do just as well" (no concern) and "I worry about refugee children" (the children are the group) pass.
 */
export function fauxConcern(words: Words, groups: readonly GroupMention[]): Attack | null {
  const kid = words.findIndex((w) => CHILDREN.has(w));
  if (kid < 0 || !words.some((w) => CONCERN.has(w)) || hasPraise(words) || words.some((w) => NEGATORS.has(w))) return null;
  for (const g of groups) {
    if (g.pronoun || g.from <= kid || g.from > kid + 10) continue;
    const between = words.slice(kid + 1, g.from);
    const after = words.slice(g.to + 1, g.to + 3);
    if ((between.some((w) => RAISING.has(w)) && ['by', 'with'].some((w) => between.includes(w))) || after.some((w) => RAISING.has(w))) return hit(kid, g.to, g, 'derogation', 'faux concern for their children');
  }
  return null;
}

/** Verdicts on a same-sex couple's ordinary act: "two men kissing is just wrong". */
const ACT_VERDICTS = new Set(['wrong', 'disgusting', 'gross', 'unnatural', 'sick', 'sin', 'sinful', 'vile', 'nasty', 'revolting', 'repulsive', 'weird', 'abnormal', 'perverted', 'degenerate', 'immoral', 'ew', 'eww', 'yuck']);

export function sameSexVerdict(words: Words): Attack | null {
  const t = words.findIndex((w, k) => w === 'two' && ['men', 'women', 'guys', 'girls', 'dudes', 'lads', 'ladies', 'males', 'females'].includes(words[k + 1] ?? '') && /ing$/.test(words[k + 2] ?? ''));
  if (t < 0) return null;
  const cop = words.findIndex((w, k) => k > t + 2 && k < t + 9 && ['is', 'are', 'looks', 'look', 'seems', 'feels'].includes(w));
  if (cop < 0) return null;
  let j = cop + 1;
  while (['just', 'so', 'really', 'plain', 'simply', 'totally', 'a', 'an', 'absolutely', 'fucking', 'kind', 'of', 'pretty'].includes(words[j] ?? '')) j++;
  const v = words[j] ?? '';
  if (NEGATORS.has(words[cop + 1] ?? '') || !(ACT_VERDICTS.has(v) || PATHOLOGY.has(v))) return null;
  return hit(t, j, { from: t, to: t + 1, characteristic: 'sexual-orientation', pronoun: false, weak: false }, 'derogation', 'a same-sex couple judged');
}

/** Motives that dismiss a group's claim: "[group] just want attention / sympathy / free phones". */
const MOTIVES = new Set(['attention', 'sympathy', 'pity', 'handouts', 'handout', 'freebies', 'free', 'compensation', 'payout', 'payouts', 'clout', 'special', 'excuse', 'excuses', 'skip', 'jump', 'victim', 'victimhood', 'money', 'benefits']);

const WANTING = new Set(['want', 'wants', 'like', 'likes', 'love', 'loves', 'crave', 'craves', 'after', 'looking', 'need', 'needs', 'enjoy', 'enjoys', 'milk', 'milking']);

const SUFFERING = new Set(['suffer', 'suffering', 'oppressed', 'oppression', 'discriminated', 'discrimination', 'persecuted', 'persecution', 'racism', 'sexism', 'homophobia', 'transphobia', 'fleeing', 'victims', 'danger', 'poor', 'disabled', 'sick', 'ill', 'harassed', 'abused', 'bullied', 'targeted']);

const INVENTING = ['use it as an excuse', 'use it as a weapon', 'use racism as an excuse', 'hide behind it', 'use it to get', 'invent it', 'invent them', 'make it up', 'make it all up', 'making it up', 'made it up', 'exaggerate it', 'exaggerating it', 'exaggerate', 'fake it', 'faking it'];

/**
 * Suffering denied and a motive put in its place: "Trans people aren't really oppressed, they just like the attention",
 * "Refugees aren't fleeing anything, they just want free phones", "Muslims don't face discrimination, they invent it",
 * "Wheelchair users just want to skip the queue". "Refugees just want safety" and "women just want fair pay" pass.
 */
export function motive(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "Racism against Black people doesn't exist, they just use it as an excuse": the group named as a victim, then "they"
  const victim = groups.find((m) => !m.pronoun && SUFFERING.has(words[m.from - 2] ?? '') && words[m.from - 1] === 'against');
  const inv0 = victim ? findAny(words.slice(victim.to + 1), INVENTING) : null;
  if (victim && inv0 && words.slice(victim.to + 1, victim.to + 1 + inv0[0]).includes('they')) return hit(victim.from, victim.to + 1 + inv0[1], victim, 'derogation', 'suffering denied as an excuse');
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g || hasPraise(words)) return null;
  for (let i = g.to + 1; i < words.length; i++) {
    if (!['just', 'only', 'simply', 'really'].includes(words[i] ?? '') || !WANTING.has(words[i + 1] ?? '')) continue;
    let j = i + 2;
    while (['the', 'a', 'an', 'some', 'to', 'be', 'more', 'all', 'that', 'your', 'our'].includes(words[j] ?? '')) j++;
    if (MOTIVES.has(words[j] ?? '') && !(words[j] === 'special' && !['treatment', 'treatments', 'rights', 'privileges', 'status'].includes(words[j + 1] ?? '') && words[j - 1] !== 'be')) return hit(g.from, j, g, 'derogation', `a motive put on them ('${words[i + 1]} ${words[j]}')`);
  }
  const inv = findAny(words.slice(g.to + 1), INVENTING);
  if (inv && words.slice(g.to + 1).some((w) => SUFFERING.has(w))) return hit(g.from, g.to + 1 + inv[1], g, 'derogation', 'suffering denied as invented');
  return null;
}

/** Atrocities a group suffered, and the words that minimise them: "the Holocaust is exaggerated", "slavery wasn't that bad". */
const ATROCITIES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['holocaust', 'religion'], ['shoah', 'religion'], ['pogroms', 'religion'], ['slavery', 'race'], ['apartheid', 'race'], ['segregation', 'race'],
  ['lynchings', 'race'], ['lynching', 'race'], ['colonialism', 'race'], ['internment', 'origin'],
]);

const MINIMISING = ['exaggerated', 'overblown', 'overstated', 'a hoax', 'hoax', 'never happened', 'did not happen', 'not that bad', 'not so bad', 'was not bad', 'did them a favour', 'did them a favor', 'good for them', 'made up', 'a lie', 'fake', 'blown out of proportion', 'got fed', 'were fed', 'civilised them', 'civilized them', 'get over it', 'a myth'];

/** Talk about denial rather than denial: "Holocaust deniers claim it was exaggerated". */
const DENIAL_TALK = new Set(['deniers', 'denier', 'denial', 'deny', 'denies', 'denying', 'claim', 'claims', 'claimed', 'say', 'says', 'said', 'insist', 'insists', 'argue', 'argues', 'pretend', 'pretends', 'revisionist', 'revisionists', '"', "'", '“', '”']);

export function atrocityMinimised(words: Words): Attack | null {
  const a = words.findIndex((w) => ATROCITIES.has(w));
  if (a < 0 || words.some((w) => DENIAL_TALK.has(w))) return null;
  const m = findAny(words, MINIMISING);
  if (!m) return null;
  // "the Holocaust was not exaggerated", "it is not a hoax": the minimising is denied
  const before = words.slice(Math.max(0, m[0] - 2), m[0]);
  if (before.includes('not') && !['not that bad', 'not so bad'].includes(words.slice(m[0], m[1] + 1).join(' '))) return null;
  if (words[m[0]] === 'not' && ['no', 'not'].includes(words[m[0] - 1] ?? '')) return null;
  const c = ATROCITIES.get(words[a] as string) as Characteristic;
  return hit(Math.min(a, m[0]), Math.max(a, m[1]), { from: a, to: a, characteristic: c, pronoun: false, weak: false }, 'derogation', 'an atrocity against the group minimised');
}

export function notReal(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'origin' && g.characteristic !== 'race') continue;
    // "They're not really French, they just live in France": nationality denied to people pointed at
    // "they're not really French, they're Belgian" corrects a fact
    const corrected = words.slice(g.to + 1, g.to + 5).some((w) => identityAdjective(w) === 'origin' || identityAdjective(w) === 'race');
    if (!corrected && ['really', 'truly', 'properly', 'actually'].includes(words[g.from - 1] ?? '') && NEGATORS.has(words[g.from - 2] ?? '') && ['they', 'those', 'these', 'them', 'he', 'she'].includes(words[g.from - 4] ?? words[g.from - 3] ?? '')) return hit(g.from - 4 >= 0 ? g.from - 4 : 0, g.to, g, 'derogation', 'belonging denied');
    const r = words[g.from - 1] === 'real' || words[g.from - 1] === 'true' || words[g.from - 1] === 'proper' ? g.from - 1 : -1;
    if (r < 0) continue;
    // "Muslims aren't real Americans", "they'll never be true Brits": another group (or they) denied membership
    const neg = words.slice(Math.max(0, r - 4), r).some((w) => NEGATORS.has(w));
    const other = groups.find((m) => m !== g && m.to < r && m.characteristic !== g.characteristic);
    if (neg && other && !words.slice(0, other.from).some((w) => REPORTED_BEFORE.has(w))) return hit(other.from, g.to, other, 'derogation', 'belonging denied');
    // "real Americans don't wear turbans"
    if (clauseStartAt(words, r) || words[r - 1] === 'the') {
      const vp = words.slice(g.to + 1, g.to + 7);
      if (vp.some((w) => NEGATORS.has(w)) && vp.some((w) => FAITH_MARKS.has(w))) return hit(r, g.to + vp.length, { ...g, characteristic: 'religion' }, 'derogation', 'a faith made foreign');
    }
  }
  return null;
}

const REPORTED_BEFORE = new Set(['said', 'says', 'claim', 'claims', 'claimed', 'think', 'thinks']);

/** Orientation explained away: "Lesbians are only like that because no man wanted them", "gay because of daddy issues". */
const EXPLAINED_AWAY = ['no man wanted', 'no man would', 'no man will', 'no woman wanted', 'no woman would', 'no guy wanted', 'no girl wanted', 'could not get a man', 'could not get a woman', 'can not get a man', 'can not get a woman', 'daddy issues', 'mommy issues', 'mummy issues', 'were abused', 'got abused', 'bad experience', 'never had a real man', 'never had a real woman', 'never been with a real', 'too ugly to get'];

export function explainedAway(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  const e = findAny(words.slice(g.to + 1), EXPLAINED_AWAY);
  // "Lesbians are often told no man wanted them, which is a tired insult": the explanation reported
  if (e && words.slice(g.to + 1, g.to + 1 + e[0]).some((w) => ['told', 'say', 'says', 'said', 'accused', 'claim', 'claims', 'hear', 'assume', 'assumes'].includes(w))) return null;
  return e ? hit(g.from, g.to + 1 + e[1], g, 'derogation', 'identity explained away') : null;
}

/** A family denied by contrast: "Gay couples can't give a child what a real family can". */
export function realFamily(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  const r = words.findIndex((w, k) => k > g.to && ['real', 'proper', 'normal', 'natural', 'traditional'].includes(w) && ['family', 'families', 'parents', 'mother', 'father', 'mum', 'dad', 'mom', 'home', 'couple', 'couples', 'marriage'].includes(words[k + 1] ?? ''));
  return r > 0 && words.slice(g.to + 1, r).some((w) => NEGATORS.has(w) || w === 'cannot') ? hit(g.from, r + 1, g, 'derogation', 'a real family denied') : null;
}

/** "Refugees are economic migrants pretending to be victims": suffering unmasked as pretence. */
export function pretending(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  const p = words.findIndex((w, k) => k > g.to && ['pretending', 'pretend', 'pretends', 'faking', 'posing'].includes(w));
  if (p < 0 || words.slice(0, p).some((w) => NEGATORS.has(w) || ['accused', 'told', 'say', 'says', 'said', 'claim', 'claims', 'called', 'labelled', 'labeled', 'assume', 'assumed', 'think', 'thinks', 'suspected'].includes(w))) return null;
  const t = words[p + 1] === 'to' && words[p + 2] === 'be' ? p + 3 : words[p + 1] === 'as' ? p + 2 : p + 1;
  let k = t;
  while (['a', 'an', 'poor', 'real'].includes(words[k] ?? '')) k++;
  return ['victims', 'victim', 'refugees', 'refugee', 'disabled', 'sick', 'oppressed', 'persecuted', 'women', 'woman', 'children', 'kids', 'minors', 'poor', 'it', 'illness', 'disability', 'trauma'].includes(words[k] ?? '') ? hit(g.from, k, g, 'derogation', 'pretending to suffer') : null;
}
