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
import { CHILDREN, PATHOLOGY, BELITTLED, ACTIVITIES, VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS } from '../tokens';
import { asSubject, clauseEnd, clauseStartAt, FAITH_MARKS, find, findAny, hasPraise, hit, negatedIn, SUBJECT_FILL, type Words } from './shared';

/** "Trans women are just men in dresses", "trans men will always be women". */
export function genderDenied(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'gender-identity') continue;
    const head = words[g.to] ?? '';
    const MALE = ['men', 'man', 'males', 'male', 'boys', 'dudes', 'guys', 'blokes'];
    // "a man in a dress is still a man": a group named by the birth sex is restated as that sex
    // "trans men" names the gender, not the birth sex: its head decides ("trans men will always be women")
    const birthSex = !['trans', 'transgender', 'transsexual'].includes(words[g.from] ?? '') && (MALE.includes(words[g.from] ?? '') || MALE.includes(words[g.from + 1] ?? ''));
    const opposite = birthSex ? MALE : /wom[ae]n|girls?/.test(head) ? MALE : /^(trans)?m[ae]n$|boys?/.test(head) ? ['women', 'woman', 'females', 'female', 'girls', 'ladies'] : [];
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
  // round 12: conditions waved away as often as identities are ("depression is just an excuse")
  depression: 'disability', anxiety: 'disability', ocd: 'disability', ptsd: 'disability', dyspraxia: 'disability', dyscalculia: 'disability',
  fibromyalgia: 'disability', neurodivergence: 'disability',
};

/**
 * What a condition is said to be "really": "ADHD is just what we used to call bad parenting", "autism is a fancy word for
 * naughty". Read after a renaming frame ("what we (used to) call", "a (fancy / new) word / name for", "code for").
 */
const RENAMED_AS = new Set(['parenting', 'laziness', 'lazy', 'naughty', 'naughtiness', 'brats', 'spoilt', 'spoiled', 'weakness', 'weak', 'shyness', 'sadness', 'sulking', 'discipline', 'manners', 'attention', 'excuse', 'excuses', 'rude', 'rudeness', 'moody', 'stupid', 'thick', 'slow', 'greed', 'greedy', 'perverts', 'perversion', 'confused', 'confusion']);
const RENAMING = ['what we used to call', 'what we call', 'what they used to call', 'what people used to call', 'what used to be called', 'word for', 'name for', 'term for', 'code for', 'label for'];

/** Renamed as a fault: [start of the renaming, the fault] between the subject's end and two words past j, or null. */
function renamed(words: Words, from: number, j: number): [number, number] | null {
  for (const r of RENAMING) {
    const p = r.split(' ');
    for (let s = from; s <= j + 2; s++) {
      if (!p.every((x, k) => words[s + k] === x)) continue;
      const e = clauseEnd(words, s + p.length, 6);
      for (let k = s + p.length; k <= e; k++) if (RENAMED_AS.has(words[k] ?? '') && !NEGATORS.has(words[k - 1] ?? '')) return [s, k];
    }
  }
  return null;
}

/** What a condition medically is: said of a disability, these words describe it without attacking anyone. */
const MEDICAL = new Set(['illness', 'disease', 'disorder', 'condition', 'disability', 'syndrome', 'diagnosis']);

/** "Being gay is a choice", "Homosexuality is a disease", "Gay people can be cured", "Trans people need therapy." */
export function pathologised(words: Words, groups: readonly GroupMention[]): Attack | null {
  const subjects: GroupMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // "Gender identity is a fantasy", "Nonbinary is made up": the identity named as a concept opening its clause
    const concept = (w === 'gender' && words[i + 1] === 'identity') || (w === 'non' && words[i + 1] === 'binary' && clauseStartAt(words, i)) ? 'gender-identity' : clauseStartAt(words, i) && ['is', "'s"].includes(words[i + 1] ?? '') ? identityAdjective(w) : undefined;
    const c = w === 'being' ? identityAdjective(words[i + 1] ?? '') : concept ?? (Object.hasOwn(CONCEPTS, w) ? CONCEPTS[w] : undefined);
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
    if (echoed(words, g.from)) continue;
    const isCopula = words.slice(g.to + 1, j + 1).some((w) => ['is', 'are'].includes(w));
    // "ADHD is just what we used to call bad parenting"
    const r = !neg && isCopula ? renamed(words, g.to + 1, j) : null;
    if (r) return hit(g.from, r[1], g, 'derogation', `identity renamed as a fault ('${words[r[1]]}')`);
    // "Depression isn't a disability, it's an excuse": the standing denied, then a pathology put in its place
    if (neg && isCopula && ['disability', 'illness', 'condition', 'disorder', 'orientation', 'identity', 'thing', 'real'].includes(head)) {
      const it = words.findIndex((w, k) => k > j && w === 'it' && words[k + 1] === 'is' && (words[k - 1] === ',' || words[k - 1] === '.' || words[k - 1] === ';'));
      if (it > 0) {
        // "it's an excuse", "it's just bad parenting": the fault within a few words
        const h = words.findIndex((w, k) => k >= it + 2 && k <= it + 6 && (PATHOLOGY.has(w) || RENAMED_AS.has(w)));
        if (h > 0 && !negatedIn(words, it + 2, h)) return hit(g.from, h, g, 'derogation', `standing denied and pathologised ('${words[h]}')`);
      }
    }
    // "Depression is a mental illness", "ADHD is a disorder": of a condition, the medical words are the plain truth
    if (g.characteristic === 'disability' && MEDICAL.has(head)) continue;
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
    // "refugees are not economic migrants in disguise": the unmasking denied
    const denied = vp.slice(0, d > 0 ? d : vp.length).some((w) => NEGATORS.has(w));
    if ((d > 0 || wolves) && !denied && !vp.some((w) => ['blessing', 'blessings', 'gift', 'gifts', 'angel', 'angels', 'hero', 'heroes', 'treasure', 'opportunity', 'superheroes', 'costume', 'costumes', 'party'].includes(w))) {
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
    // a literal charity event: money raised or given ("all ticket money goes to the hospice")
    if (hasPraise(vp) || words.some((w) => ['raised', 'raises', 'raising', 'funds', 'proceeds', 'donations', 'donated', 'donate', 'fundraiser', 'fundraising', 'getting', 'hospice'].includes(w)) || find(words, 'money goes to') >= 0) continue;
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
  // "kids raised by lesbians who get bullied": a concern about what others do to the children is real concern
  // ("... or they'll be bullied" is the faux concern itself: only a relative clause describing the children counts)
  if (kid < 0 || !words.some((w) => CONCERN.has(w)) || hasPraise(words) || words.some((w) => NEGATORS.has(w)) || words.some((w, k) => VICTIMISED.has(w) && ['get', 'are', 'were', 'got', 'who', 'being'].includes(words[k - 1] ?? '') && words.slice(Math.max(0, k - 3), k).includes('who'))) return null;
  for (const g of groups) {
    if (g.pronoun || g.from <= kid || g.from > kid + 10) continue;
    const between = words.slice(kid + 1, g.from);
    const after = words.slice(g.to + 1, g.to + 3);
    if ((between.some((w) => RAISING.has(w)) && ['by', 'with'].some((w) => between.includes(w))) || after.some((w) => RAISING.has(w))) return hit(kid, g.to, g, 'derogation', 'faux concern for their children');
  }
  return null;
}

/**
 * A verdict repeated as a question, in statement word order from the sentence's start: "Being gay is a choice?",
 * "Two men kissing is just wrong?" echo a claim to doubt it (counter-speech), they do not make it; so does a verdict
 * "according to" someone.
 */
function echoed(words: Words, from: number): boolean {
  // "..., according to that 1970s textbook we burned": the verdict attributed to a source the writer sets apart
  // ("According to the Bible, being gay is a sin" asserts: only a trailing attribution sets the verdict apart)
  const a = words.indexOf('according');
  if (a > from + 2 && words[a - 1] === ',') return true;
  return from === 0 && words[words.length - 1] === '?' && !words.includes('right') && !words.includes('agree');
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
  if (NEGATORS.has(words[cop + 1] ?? '') || !(ACT_VERDICTS.has(v) || PATHOLOGY.has(v)) || echoed(words, t)) return null;
  return hit(t, j, { from: t, to: t + 1, characteristic: 'sexual-orientation', pronoun: false, weak: false }, 'derogation', 'a same-sex couple judged');
}

/** Motives that dismiss a group's claim: "[group] just want attention / sympathy / free phones". */
const MOTIVES = new Set(['attention', 'sympathy', 'pity', 'handouts', 'handout', 'freebies', 'free', 'compensation', 'payout', 'payouts', 'clout', 'special', 'excuse', 'excuses', 'skip', 'jump', 'victim', 'victimhood', 'money', 'benefits']);

const WANTING = new Set(['want', 'wants', 'like', 'likes', 'love', 'loves', 'crave', 'craves', 'after', 'looking', 'need', 'needs', 'enjoy', 'enjoys', 'milk', 'milking']);

const SUFFERING = new Set(['suffer', 'suffering', 'oppressed', 'oppression', 'discriminated', 'discrimination', 'persecuted', 'persecution', 'racism', 'sexism', 'homophobia', 'transphobia', 'fleeing', 'victims', 'danger', 'poor', 'disabled', 'sick', 'ill', 'harassed', 'abused', 'bullied', 'targeted']);

const INVENTING = ['use it as an excuse', 'use it as a weapon', 'use racism as an excuse', 'hide behind it', 'use it to get', 'invent it', 'invent them', 'make it up', 'make it all up', 'making it up', 'made it up', 'exaggerate it', 'exaggerating it', 'exaggerate', 'fake it', 'faking it'];

/** Material motives that are a need when a purpose follows: "money to feed their kids", "benefits that cover their rent". */
const MATERIAL = new Set(['money', 'benefits', 'compensation', 'payout', 'payouts', 'free']);

const PURPOSE = new Set(['to', 'that', 'which', 'for', 'so']);

/** Verbs that report a claim: "the tabloids claim they make it up" says who accuses, it does not accuse. */
const REPORTING = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'think', 'thinks', 'accuse', 'accused', 'accuses', 'insist', 'insists', 'argue', 'argues', 'assume', 'assumes', 'assumed', 'tell', 'told', 'suggest', 'suggests', 'believe', 'believes']);

/** Words between a subject and its verb: "they just make it up", "they conveniently invent it". */
const VERB_FILL = new Set(['just', 'all', 'simply', 'only', 'really', 'basically', 'totally', 'always', 'actually', 'conveniently', 'then', 'mostly', 'also', 'obviously', 'clearly', 'do', 'does', 'did', 'will', "'ll", 'would', 'love', 'like', 'to', 'even', 'often', 'usually', 'probably', 'must']);

/** A negator in the clause before `i`, back to a comma or "and": "refugees don't just want money, they want safety". */
function negatedBefore(words: Words, from: number, i: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const w = words[k] ?? '';
    if (w === ',' || w === 'and' || CLAUSE_BREAK.has(w)) return false;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}

/**
 * Whether the verb at `v` has the group (its head word) or "they" as its subject, not negated: "Muslims ... they invent
 * it" does, "refugees are fleeing wars that politicians exaggerate" and "they don't make it up" do not.
 */
function groupDoes(words: Words, g: GroupMention, v: number): boolean {
  let k = v - 1;
  while (k > g.to && VERB_FILL.has(words[k] ?? '')) k--;
  if (negatedIn(words, k + 1, v) || NEGATORS.has(words[k] ?? '')) return false;
  if (k === g.to) return true;
  // "they" refers to the group unless someone else's report stands between ("critics say they make it up");
  // the group's own claim ("gay people say they are oppressed but they exaggerate it") leaves it the group
  if (words[k] !== 'they') return false;
  for (let r = g.to + 1; r < k; r++) {
    if (!REPORTING.has(words[r] ?? '')) continue;
    let s = r - 1;
    while (s > g.to && VERB_FILL.has(words[s] ?? '')) s--;
    if (!(s === g.to || words[s] === 'who' || words[s] === 'they')) return false;
  }
  return true;
}

/**
 * Suffering denied and a motive put in its place: "Trans people aren't really oppressed, they just like the attention",
 * "Refugees aren't fleeing anything, they just want free phones", "Muslims don't face discrimination, they invent it",
 * "Wheelchair users just want to skip the queue". "Refugees just want safety", "women just want fair pay", a need
 * ("refugees just want money to feed their kids"), a denied motive ("refugees don't just want money") and suffering
 * others invent ("wars that politicians exaggerate") pass.
 */
export function motive(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "Racism against Black people doesn't exist, they just use it as an excuse": the group named as a victim, then "they"
  const victim = groups.find((m) => !m.pronoun && SUFFERING.has(words[m.from - 2] ?? '') && words[m.from - 1] === 'against');
  const inv0 = victim ? findAny(words.slice(victim.to + 1), INVENTING) : null;
  if (victim && inv0 && words.slice(victim.to + 1, victim.to + 1 + inv0[0]).includes('they') && groupDoes(words, victim, victim.to + 1 + inv0[0])) return hit(victim.from, victim.to + 1 + inv0[1], victim, 'derogation', 'suffering denied as an excuse');
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g || hasPraise(words)) return null;
  for (let i = g.to + 1; i < words.length; i++) {
    if (!['just', 'only', 'simply', 'really'].includes(words[i] ?? '') || !WANTING.has(words[i + 1] ?? '')) continue;
    let j = i + 2;
    while (['the', 'a', 'an', 'some', 'to', 'be', 'more', 'all', 'that', 'your', 'our'].includes(words[j] ?? '')) j++;
    const w = words[j] ?? '';
    if (!MOTIVES.has(w) || (w === 'special' && !['treatment', 'treatments', 'rights', 'privileges', 'status'].includes(words[j + 1] ?? '') && words[j - 1] !== 'be')) continue;
    // "disabled people aren't a burden and don't just want attention": the motive denied
    if (negatedBefore(words, g.to + 1, i)) continue;
    // "money to feed their kids", "benefits that cover their rent": a purpose makes it a need ("for free" is none)
    const after = words[w === 'free' ? j + 2 : j + 1] ?? '';
    if (MATERIAL.has(w) && PURPOSE.has(after) && !['free', 'nothing'].includes(words[(w === 'free' ? j + 2 : j + 1) + 1] ?? '')) continue;
    // "want attention to the violence they face", "attention on the issue": awareness for a cause, not attention-seeking
    if (w === 'attention' && ['to', 'on', 'paid', 'drawn'].includes(after)) continue;
    return hit(g.from, j, g, 'derogation', `a motive put on them ('${words[i + 1]} ${w}')`);
  }
  // "they invent it", "[group] exaggerate it": the group itself is said to invent its suffering
  if (!words.slice(g.to + 1).some((w) => SUFFERING.has(w))) return null;
  for (let from = g.to + 1; from < words.length; ) {
    const inv = findAny(words.slice(from), INVENTING);
    if (!inv) break;
    if (groupDoes(words, g, from + inv[0])) return hit(g.from, from + inv[1], g, 'derogation', 'suffering denied as invented');
    from += inv[0] + 1;
  }
  return null;
}

/** Atrocities a group suffered, and the words that minimise them: "the Holocaust is exaggerated", "slavery wasn't that bad". */
const ATROCITIES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['holocaust', 'religion'], ['shoah', 'religion'], ['pogroms', 'religion'], ['slavery', 'race'], ['apartheid', 'race'], ['segregation', 'race'],
  ['lynchings', 'race'], ['lynching', 'race'], ['colonialism', 'race'], ['internment', 'origin'],
]);

/** Minimisers said of the atrocity as a predicate: they need a copula ("the Holocaust is fake"), so "slavery made up a huge share" passes. */
const MINIMISING_PREDICATES = ['exaggerated', 'overblown', 'overstated', 'a hoax', 'hoax', 'not that bad', 'not so bad', 'good for them', 'made up', 'a lie', 'fake', 'a fake', 'blown out of proportion', 'a myth'];

/** Minimisers that are verbs of their own and need no copula: "the Holocaust never happened", "colonialism civilised them". */
const MINIMISING_ACTS = ['never happened', 'did not happen', 'did them a favour', 'did them a favor', 'was not bad', 'were not bad', 'got fed', 'were fed', 'civilised them', 'civilized them'];

const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", 'been', 'be', 'seems', 'seemed', 'sounds', 'gets', 'got', 'remains']);

/** Verbs that deny an atrocity named as their object: "they exaggerate the Holocaust", "Jews invented the Holocaust". */
const DENYING_VERBS = new Set(['exaggerate', 'exaggerates', 'exaggerated', 'exaggerating', 'overstate', 'overstates', 'overstated', 'overstating', 'inflate', 'inflates', 'inflated', 'inflating', 'invent', 'invents', 'invented', 'inventing', 'fake', 'faked', 'fakes', 'faking', 'fabricated', 'fabricate', 'fabricates']);

/** What may stand before an atrocity that opens its clause as the subject: "the Holocaust", "American slavery", "I think the Holocaust". */
const ATROCITY_LEAD = new Set(['the', 'this', 'that', 'whole', 'so', 'called', 'american', 'british', 'transatlantic', 'atlantic', 'chattel', 'racial', 'nazi', 'japanese', 'colonial', 'european', 'jim', 'crow', 'honestly', 'tbh', 'think', 'thinks', 'know', 'guess', 'bet', 'swear', 'because', 'cause', 'and']);

/** "Segregation of duties", "internment of Japanese Americans": only an "of" naming people keeps the atrocity's sense. */
const VICTIM_NOUNS = new Set(['jews', 'africans', 'slaves', 'natives', 'minorities', 'blacks', 'muslims', 'people', 'children', 'roma', 'gypsies', 'families']);

/** Talk about denial rather than denial: "Holocaust deniers claim it was exaggerated", "the idea that slavery was not that bad is a lie". */
const DENIAL_TALK = new Set(['deniers', 'denier', 'denial', 'deny', 'denies', 'denying', 'claim', 'claims', 'claimed', 'say', 'says', 'said', 'insist', 'insists', 'argue', 'argues', 'pretend', 'pretends', 'revisionist', 'revisionists', 'idea', 'notion', 'theory', 'theories', '"', "'", '“', '”']);

/**
 * An atrocity against a group minimised: "the Holocaust is exaggerated", "slavery wasn't that bad", "they exaggerate the
 * Holocaust", "slavery was 150 years ago, get over it". The atrocity must be the subject of the clause the minimiser
 * predicates, within a few words, or the object of a denying verb: "slavery made up a huge share of the colonial economy"
 * and "segregation of duties is a myth" pass.
 */
export function atrocityMinimised(words: Words): Attack | null {
  if (words.some((w) => DENIAL_TALK.has(w))) return null;
  for (let a = 0; a < words.length; a++) {
    const c = ATROCITIES.get(words[a] ?? '');
    if (!c) continue;
    const group: GroupMention = { from: a, to: a, characteristic: c, pronoun: false, weak: false };
    // "the Holocaust": the lead words back to the clause start; "nobody thinks the Holocaust ..." is denied before it
    let s = a - 1;
    while (s >= 0 && ATROCITY_LEAD.has(words[s] ?? '')) s--;
    const lead = words.slice(Math.max(0, s - 3), a);
    if (lead.some((w) => NEGATORS.has(w))) continue;
    // "Jews exaggerate the Holocaust", "they made up slavery": the atrocity as the object of a denying verb
    let v = a - 1;
    while (v >= 0 && ['the', 'this', 'whole', 'so', 'called'].includes(words[v] ?? '')) v--;
    const made = words[v] === 'up' && ['made', 'make', 'makes', 'making'].includes(words[v - 1] ?? '');
    if ((DENYING_VERBS.has(words[v] ?? '') || made) && !negatedIn(words, Math.max(0, v - 3), made ? v - 1 : v)) return hit(made ? v - 1 : v, a, group, 'derogation', 'an atrocity against the group minimised');
    if (!(s < 0 || clauseStartAt(words, s + 1) || ['think', 'thinks', 'know', 'guess', 'bet', 'swear', 'because', 'cause'].includes(words[s + 1] ?? ''))) continue;
    if (words[a + 1] === 'of' && !words.slice(a + 2, a + 5).some((w) => VICTIM_NOUNS.has(w) || identityAdjective(w) !== undefined)) continue;
    const e = clauseEnd(words, a + 1, 8);
    const clause = words.slice(a + 1, e + 1);
    const pred = findAny(clause, MINIMISING_PREDICATES);
    const act = findAny(clause, MINIMISING_ACTS);
    // within a few words of the atrocity; a predicate needs its copula ("is a myth", "was made up")
    const m = pred && pred[0] <= 5 && clause.slice(0, pred[0] + 1).some((w) => COPULAS.has(w)) ? pred : act && act[0] <= 4 ? act : null;
    if (m) {
      // "the Holocaust was not exaggerated", "slavery was never a myth": the minimising is denied
      const phrase = clause.slice(m[0], m[1] + 1).join(' ');
      const before = clause.slice(Math.max(0, m[0] - 2), m[0]);
      if (!(before.some((w) => NEGATORS.has(w)) && !['not that bad', 'not so bad'].includes(phrase)) && !(clause[m[0]] === 'not' && ['no', 'not', 'never'].includes(clause[m[0] - 1] ?? ''))) {
        return hit(a, a + 1 + m[1], group, 'derogation', 'an atrocity against the group minimised');
      }
    }
    // "slavery ended 150 years ago, get over it": the tag may close the sentence after the clause
    const tag = find(words, 'get over it', a + 1);
    if (tag > 0 && !NEGATORS.has(words[tag - 1] ?? '') && !['to', 'never', 'can', 'could', 'cannot'].includes(words[tag - 1] ?? '')) return hit(a, tag + 2, group, 'derogation', 'an atrocity against the group minimised');
  }
  return null;
}

export function notReal(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'origin' && g.characteristic !== 'race') continue;
    // "They're not really French, they just live in France": nationality denied to people pointed at
    // "they're not really French, they're Belgian" corrects a fact
    const corrected = words.slice(g.to + 1, g.to + 5).some((w) => identityAdjective(w) === 'origin' || identityAdjective(w) === 'race');
    if (!corrected && ['really', 'truly', 'properly', 'actually'].includes(words[g.from - 1] ?? '') && NEGATORS.has(words[g.from - 2] ?? '') && (POINTED.includes(words[g.from - 4] ?? '') || POINTED.includes(words[g.from - 3] ?? ''))) {
      // "they are not really", "they're not really": the pronoun stands three or four words back
      return hit(POINTED.includes(words[g.from - 4] ?? '') ? g.from - 4 : g.from - 3, g.to, g, 'derogation', 'belonging denied');
    }
    const r = words[g.from - 1] === 'real' || words[g.from - 1] === 'true' || words[g.from - 1] === 'proper' ? g.from - 1 : -1;
    if (r < 0) continue;
    // "Muslims aren't real Americans", "they'll never be true Brits": another group (or they) denied membership
    const neg = negatedIn(words, Math.max(0, r - 4), r);
    const other = groups.find((m) => m !== g && m.to < r && m.characteristic !== g.characteristic);
    if (neg && other && !words.slice(0, other.from).some((w) => REPORTED_BEFORE.has(w))) return hit(other.from, g.to, other, 'derogation', 'belonging denied');
    // "real Americans don't wear turbans"
    if (clauseStartAt(words, r) || words[r - 1] === 'the') {
      const vp = words.slice(g.to + 1, g.to + 7);
      const n = vp.findIndex((w) => NEGATORS.has(w));
      const f = vp.findIndex((w) => FAITH_MARKS.has(w));
      // "real Americans don't mind turbans": what is negated is an objection, not the faith
      if (n >= 0 && f > n && !vp.slice(n + 1, f).some((w) => TOLERANT.has(w))) return hit(r, g.to + 1 + f, { ...g, characteristic: 'religion' }, 'derogation', 'a faith made foreign');
    }
  }
  return null;
}

/** Pronouns that point at the people whose nationality is denied: "they're not really French". */
const POINTED = ['they', 'those', 'these', 'them', 'he', 'she'];

/** Objections whose denial is tolerance: "real Americans don't mind turbans", "don't care who prays at a mosque". */
const TOLERANT = new Set(['mind', 'care', 'judge', 'fear', 'hate', 'object', 'worry', 'notice', 'question', 'begrudge', 'resent', 'bother']);

const REPORTED_BEFORE = new Set(['said', 'says', 'claim', 'claims', 'claimed', 'think', 'thinks']);

/** Orientation explained away: "Lesbians are only like that because no man wanted them", "gay because of daddy issues". */
const EXPLAINED_AWAY = ['no man wanted', 'no man would', 'no man will', 'no woman wanted', 'no woman would', 'no guy wanted', 'no girl wanted', 'could not get a man', 'could not get a woman', 'can not get a man', 'can not get a woman', 'daddy issues', 'mommy issues', 'mummy issues', 'were abused', 'got abused', 'bad experience', 'never had a real man', 'never had a real woman', 'never been with a real', 'too ugly to get'];

/** A harm the group suffered: as an explanation it must explain the identity itself, or it is sympathy ("were abused by men who ..."). */
const HARM_EXPLANATIONS = new Set(['were abused', 'got abused', 'bad experience']);

/** Words that make what follows an explanation: "because", "only", "just" ("just women no man wanted"). */
const EXPLAINING = new Set(['because', 'cause', 'cuz', 'coz', 'since', 'only', 'just', 'due']);

/** What the explanation is about when it explains the identity: "only gay because", "like that because", "turned lesbian". */
const IDENTITY_EXPLAINED = new Set(['that', 'way', 'turned', 'became', 'become', 'chose', 'choose', 'gay', 'lesbian', 'lesbians', 'bi', 'bisexual', 'trans', 'queer', 'homosexual']);

export function explainedAway(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  const e = findAny(words.slice(g.to + 1), EXPLAINED_AWAY);
  if (!e) return null;
  const lead = words.slice(g.to + 1, g.to + 1 + e[0]);
  // "Lesbians are often told no man wanted them, which is a tired insult": the explanation reported
  if (lead.some((w) => ['told', 'say', 'says', 'said', 'accused', 'claim', 'claims', 'hear', 'assume', 'assumes'].includes(w))) return null;
  const phrase = words.slice(g.to + 1 + e[0], g.to + 2 + e[1]).join(' ');
  // "lesbians are just women no man wanted", "gay because of daddy issues"; "[group] (all) have daddy issues" says it outright
  const cue = lead.findIndex((w) => EXPLAINING.has(w));
  const outright = !HARM_EXPLANATIONS.has(phrase) && lead.length <= 3 && lead.every((w) => ['all', 'just', 'have', 'has', 'are', 'is', 'only', 'got', 'with', 'a', 'the'].includes(w)) && lead.some((w) => ['have', 'has', 'with'].includes(w));
  if (cue < 0 && !outright) return null;
  // "many lesbians left home because they were abused": a harm explains the identity only when the identity is what is explained
  if (HARM_EXPLANATIONS.has(phrase) && !lead.some((w) => IDENTITY_EXPLAINED.has(w))) return null;
  return hit(g.from, g.to + 1 + e[1], g, 'derogation', 'identity explained away');
}

/** Contrasts after which a family is affirmed, not denied: "cannot adopt, even though they make a real family". */
const CONTRAST = new Set(['though', 'although', 'but', 'yet', 'while', 'whereas', 'however']);

/** A family denied by contrast: "Gay couples can't give a child what a real family can". */
export function realFamily(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  // "don't let anyone tell you gay couples aren't a real family": the denial is refused
  const before = words.slice(0, g.from);
  if (before.some((w) => NEGATORS.has(w)) && before.some((w) => REPORTING.has(w))) return null;
  const r = words.findIndex((w, k) => k > g.to && ['real', 'proper', 'normal', 'natural', 'traditional'].includes(w) && ['family', 'families', 'parents', 'mother', 'father', 'mum', 'dad', 'mom', 'home', 'couple', 'couples', 'marriage'].includes(words[k + 1] ?? ''));
  const between = words.slice(g.to + 1, r);
  // "cannot adopt in some countries, even though they make a real family": a contrast turns to praise
  return r > 0 && !between.some((w) => CONTRAST.has(w)) && between.some((w) => NEGATORS.has(w) || w === 'cannot') ? hit(g.from, r + 1, g, 'derogation', 'a real family denied') : null;
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
