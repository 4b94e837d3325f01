/**
 * Frames that mock the identity itself: "imagine being gay lol", "nothing good ever came out of Africa", "never met
 * an honest Mexican", "rather dead than gay", sarcastic thanks, praise with a sting ("great, if you like bombs"),
 * jokes on a group and their answers, proverbs and idioms, scare quotes on a member's role ("female 'engineer'"),
 * mock surprise or praise at an ordinary feat ("a Mexican who actually pays taxes, frame it"), a member praised as
 * unlike the rest, and a sarcastic tag on "[group] and [a quality]".
 */
import { identityAt, type GroupMention } from '../find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from '../lexicon/groups';
import { BLAMED_RESULTS, CRIME_NOUNS, PLACES, PRAISE_WORDS, STING, MORE_POSITIVE, VICTIMISED, PROVERB_TAINTS, RUIN_OUTCOMES } from '../lexicon/derogation';
import { readPredicate, type Attack } from '../predicate';
import { POSITIVE_ATTRIBUTES } from '../lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { bareNp, clauseEnd, clauseStartAt, find, findAny, hasPraise, hit, identityWord, lastWord, negatedIn, type Neighbour, ROLE_NOUNS, type Words } from './shared';

/** "Imagine being gay lol", "Imagine dating a trans woman lmao". */
export function imagineBeing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const i = words.findIndex((w, k) => w === 'imagine' && ['being', 'dating', 'marrying', 'kissing', 'having'].includes(words[k + 1] ?? ''));
  if (i < 0) return null;
  let at = i + 2;
  if (words[at] === 'born') at++;
  if (['a', 'an', 'one'].includes(words[at] ?? '')) at++;
  const id = identityAt(tokens, groups, at);
  if (!id || id.pronoun) return null;
  const n = words[id.to + 1];
  const laugh = ['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'xd', 'ew', 'eww', 'yikes', 'cringe', 'gross'];
  const ends = n === undefined || ((n === '.' || n === '!' || n === '?') && id.to + 2 >= words.length) || laugh.includes(n);
  // "imagine being a woman and thinking you deserve respect": the member mocked for expecting what anyone expects
  const expects = !words.some((x) => ['government', 'told', 'proved', 'policy', 'ministers', 'only', 'but'].includes(x)) && words[id.to + 1] === 'and' && ['thinking', 'believing', 'expecting', 'acting'].includes(words[id.to + 2] ?? '') && /^(?:(?:that )?(?:you|u) (?:deserve|matter|are (?:equal|human|a real|normal|smart|important)|have (?:rights|a say|a voice)|can (?:lead|vote|drive|think|run|do|be))|(?:like )?(?:you|u) (?:are )?(?:owed|entitled))/.test(words.slice(id.to + 3).join(' '));
  return ends || expects || words.slice(id.to + 1).some((w) => laugh.includes(w)) ? hit(i, id.to, id, 'derogation', `imagine ${words[i + 1]} ...`) : null;
}

/** "Nothing good has ever come out of Africa", "Name one good thing Islam gave the world". */
export function nothingGood(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "what good has ever come from Africa?" asks the same rhetorically
  const i = words.findIndex((w, k) => (w === 'nothing' || (w === 'what' && words[words.length - 1] === '?')) && ['good', 'useful', 'worthwhile', 'decent', 'of'].includes(words[k + 1] ?? '') && !(w === 'what' && words[k + 1] === 'of'));
  if (i < 0) return null;
  for (let j = i + 2; j < Math.min(words.length, i + 9) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
    if (!['from', 'of'].includes(words[j] ?? '') || !['came', 'come', 'comes', 'coming', 'out'].includes(words[j - 1] ?? '')) continue;
    const at = words[j + 1] === 'the' ? j + 2 : j + 1;
    // "nothing good came out of Africa's colonial history": a thing of the place's, not the place or its people
    if (words[at + 1] === "'s") continue;
    const pair = ['middle east', 'third world', 'eastern europe', 'latin america', 'south america', 'west africa', 'east africa'].includes(`${words[at]} ${words[at + 1]}`);
    const place = PLACES.has(words[at] ?? '') || pair ? 'origin' : undefined;
    const id = identityWord(tokens, groups, at);
    const group: GroupMention | null = id ?? (place ? { from: at, to: pair ? at + 1 : at, characteristic: place as Characteristic, pronoun: false, weak: false } : null);
    if (group) return hit(i, group.to, group, 'derogation', 'nothing good comes from ...');
  }
  return null;
}

/** What a member is said never to have: "never met a [member] with a brain". */
const FACULTIES = new Set(['brain', 'brains', 'sense', 'manners', 'morals', 'class', 'integrity', 'talent', 'intelligence', 'conscience', 'decency', 'honesty', 'iq', 'clue', 'spine']);

/** "I've never met an honest Mexican", "never met a woman who could drive". */
export function neverMet(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const i = words.findIndex((w, k) => (w === 'met' || w === 'meet' || w === 'seen') && [words[k - 1], words[k - 2]].some((x) => x === 'never' || x === 'yet'));
  if (i < 0 || !['a', 'an', 'one', 'any'].includes(words[i + 1] ?? '')) return null;
  let at = i + 2;
  const praise = PRAISE_WORDS.has(words[at] ?? '') || ['single', 'good', 'honest', 'smart', 'clean', 'decent', 'hardworking'].includes(words[at] ?? '');
  if (praise) at++;
  const id = identityWord(tokens, groups, at);
  if (!id) return null;
  // praise before the member, or a relative clause that denies ("who could drive", "i could trust")
  const rel = ['who', 'that', 'i'].includes(words[id.to + 1] ?? '');
  // "who could drive", "I could trust" deny by capability; "who didn't love Diwali" says something else
  const clause = words.slice(id.to + 1, id.to + 6);
  // ("never met any [members] with a brain / with any sense / with manners": a faculty denied to every member)
  const faculty = words[id.to + 1] === 'with' && words.slice(id.to + 2, id.to + 5).some((w) => FACULTIES.has(w));
  if (praise || faculty || (rel && clause.some((w) => ['could', 'can', 'trust', 'liked', 'respect'].includes(w)) && !clause.some((w) => NEGATORS.has(w)))) {
    return hit(i - 1, id.to, id, 'negated-positive', 'never met a ...');
  }
  // "never met a Muslim who wasn't a liar / hiding something": the double negative makes every member one
  if (rel && words[id.to + 1] !== 'i') {
    const r = readPredicate(tokens, id.to + 2);
    const hiding = clause.some((w) => NEGATORS.has(w)) && clause.some((w) => ['hiding', 'lying', 'scamming', 'stealing', 'plotting', 'cheating', 'begging', 'complaining', 'whining'].includes(w));
    if ((r && r.kind === 'negated-attack') || hiding) return hit(i - 1, r ? r.end : id.to + 4, id, 'generalisation', 'never met a [member] who was not ...');
  }
  return null;
}

/** "Rents went up again. Thanks, immigrants.": sarcastic thanks for a bad result. */
export function sarcasticThanks(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const t = words.findIndex((w, i) => w === 'thanks' || (w === 'thank' && words[i + 1] === 'you'));
  if (t < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t && m.from <= t + 3 && bareNp(words, m));
  if (!g) return null;
  const before = [...prev.words(), ...words.slice(0, t)];
  // "rents went up again", "crime is rising"
  const rising = before.some((w) => ['prices', 'rent', 'rents', 'taxes', 'crime', 'bills'].includes(w)) && before.some((w) => ['up', 'rising', 'rose', 'higher', 'doubled', 'tripled', 'soaring'].includes(w));
  const bad = rising || before.some((w) => BLAMED_RESULTS.has(w) && w !== 'nice');
  return bad ? hit(t, g.to, g, 'derogation', 'sarcastic thanks') : null;
}

/** "I'd rather be dead than gay", "better dead than disabled". */
export function ratherDead(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const than = words.indexOf('than');
  if (than < 1 || !words.slice(Math.max(0, than - 5), than).some((w) => ['dead', 'die', 'death', 'myself'].includes(w))) return null;
  if (!words.slice(Math.max(0, than - 6), than).some((w) => w === 'rather' || w === 'better' || w === 'sooner')) return null;
  let at = than + 1;
  while (['be', 'being', 'become', 'a', 'an', 'have', 'live', 'as', 'married', 'to', 'date'].includes(words[at] ?? '') && at < than + 4) at++;
  const id = identityWord(tokens, groups, at);
  return id ? hit(Math.max(0, than - 4), id.to, id, 'derogation', 'rather dead than ...') : null;
}

/** Words that lead from praise to its price: "great, if you like bombs", "lovely, as long as you enjoy ...". */
const LIKING = new Set(['like', 'love', 'enjoy', 'adore', 'fancy', 'want', 'prefer', 'mind', 'into']);

/** A member or group praised in the clause before: "[group] are great", "[group] are such a blessing". */
function praisedGroup(words: Words, groups: readonly GroupMention[], before: number): GroupMention | null {
  for (const g of groups) {
    if (g.pronoun || g.from >= before) continue;
    const between = words.slice(g.to + 1, before);
    if (between.some((w) => PRAISE_WORDS.has(w) || POSITIVE_ATTRIBUTES.has(w) || MORE_POSITIVE.has(w) || ['blessing', 'gift', 'asset', 'treasure', 'delight', 'joy', 'nice', 'good', 'smart', 'honest', 'generous', 'hardworking', 'peaceful', 'clean', 'safe', 'tolerant', 'civilised', 'civilized', 'polite', 'trustworthy', 'enriching', 'lovely', 'charming', 'fun', 'delightful', 'pleasant', 'friendly', 'sweet', 'wholesome', 'welcoming', 'best', 'perfect', 'ideal', 'excellent', 'brilliant', 'reliable'].includes(w))) return g;
  }
  return null;
}

/**
 * Praise with a sting: "Muslims are great, if you like bombs", "[group] are lovely as long as you enjoy
 * being robbed", "[group] are so honest, said no one ever", "[group], the gift that keeps on taking",
 * "[group]: come for the X, stay for the crime". The price named must be a harm, so "the office is great, if
 * you like plants" and "Lisbon: come for the food, stay for the people" pass.
 */
export function sting(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (!groups.some((g) => !g.pronoun)) return null;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    // "..., if you like bombs", "as long as you enjoy getting robbed", "if you are into crime"
    if ((w === 'if' || (w === 'as' && words[i + 1] === 'long' && words[i + 2] === 'as')) && ['you', 'u', 'we', 'one'].includes(words[w === 'if' ? i + 1 : i + 3] ?? '')) {
      const v = w === 'if' ? i + 2 : i + 4;
      let j = v;
      while (['really', 'do', 'are', 'just', 'happen', 'to', 'not'].includes(words[j] ?? '') && j < v + 3) j++;
      if (!LIKING.has(words[j] ?? '')) continue;
      const tail = words.slice(j + 1, j + 6);
      const bad = tail.findIndex((x) => STING.has(x) || CRIME_NOUNS.has(x));
      const g = praisedGroup(words, groups, i);
      if (g && bad >= 0) return hit(g.from, j + 1 + bad, g, 'derogation', 'praise with a sting');
    }
    // "said no one ever", "said nobody ever"
    if (w === 'said' && ['no', 'nobody', 'noone'].includes(words[i + 1] ?? '')) {
      const g = praisedGroup(words, groups, i);
      if (g) return hit(g.from, Math.min(words.length - 1, i + (words[i + 1] === 'no' ? 3 : 2)), g, 'derogation', 'praise with a sting (said no one ever)');
    }
    // "the gift that keeps on taking": any verb but giving
    if (w === 'gift' && words[i + 1] === 'that' && ['keeps', 'keep'].includes(words[i + 2] ?? '')) {
      const v = words[i + 3] === 'on' ? i + 4 : i + 3;
      const verb = words[v] ?? '';
      const g = groups.find((m) => !m.pronoun && m.from < i);
      if (g && /ing$/.test(verb) && verb !== 'giving' && !hasPraise(words)) return hit(g.from, v, g, 'derogation', `the gift that keeps on ${verb}`);
    }
    // "come for the benefits, stay for the crime"
    if (w === 'stay' && words[i + 1] === 'for' && words.slice(Math.max(0, i - 8), i).includes('come')) {
      const tail = words.slice(i + 2, i + 6);
      const bad = tail.findIndex((x) => STING.has(x) || CRIME_NOUNS.has(x));
      const g = groups.find((m) => !m.pronoun && m.from < i);
      if (g && bad >= 0) return hit(g.from, i + 2 + bad, g, 'derogation', 'come for ..., stay for the crime');
    }
  }
  return null;
}

/** Verbs a "how many [group] does it take to ..." joke pins on the group. */
const JOKE_CRIMES = new Set(['steal', 'rob', 'loot', 'break', 'mug', 'stab', 'shoot', 'bomb', 'blow', 'scam', 'cheat', 'ruin', 'wreck', 'crash', 'burn', 'pick', 'kill', 'rape', 'hijack', 'smuggle', 'beg', 'sponge', 'leech', 'dodge', 'skip', 'fail', 'complain', 'whine', 'ruin']);

/**
 * Joke and rhetorical questions: "How many [group] does it take to steal a car?", "Do [group] really think
 * anyone cares?". A light-bulb joke ("how many engineers does it take to change a light bulb") passes; so
 * does a question about a belief ("do Christians really believe in the Trinity?").
 */
export function jokeQuestion(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  if (words[g.from - 1] === 'many' && words[g.from - 2] === 'how') {
    const t = find(words, 'does it take to', g.to);
    const t2 = t < 0 ? find(words, 'do it take to', g.to) : t;
    // "break a fast / the record / bread": an idiom, not a crime
    const idiom = words[t2 + 4] === 'break' && ['fast', 'record', 'records', 'bread', 'ice', 'news'].includes(words[t2 + 6] ?? words[t2 + 5] ?? '');
    if (t2 === g.to + 1 && !idiom && JOKE_CRIMES.has(words[t2 + 4] ?? '')) return hit(g.from - 2, t2 + 4, g, 'stereotype', 'how many [group] does it take to ...');
  }
  // "do [group] really think anyone cares?", "do [group] honestly believe we want them here?"
  if (['do', 'does'].includes(words[g.from - 1] ?? '') && (g.from === 1 || clauseStartAt(words, g.from - 1)) && words[words.length - 1] === '?') {
    let j = g.to + 1;
    if (!['really', 'honestly', 'seriously', 'actually', 'genuinely', 'truly'].includes(words[j] ?? '')) return null;
    j++;
    if (!['think', 'believe', 'expect', 'imagine'].includes(words[j] ?? '')) return null;
    if (['anyone', 'anybody', 'we', 'they', 'people', 'everyone', 'everybody', 'someone', 'somebody', 'their', 'it', 'you', 'that'].includes(words[j + 1] ?? '')) {
      return hit(g.from - 1, j + 1, g, 'derogation', `do [group] really ${words[j]} ...?`);
    }
  }
  return null;
}

/** Partners a "haven't met the right man" frame offers to a sexual orientation. */
const MALE_PARTNER = new Set(['man', 'guy', 'boy', 'bloke', 'dude', 'fella', 'husband', 'dick', 'cock']);

const FEMALE_PARTNER = new Set(['woman', 'girl', 'lady', 'wife', 'gal', 'pussy']);

/**
 * Proverbs and idioms that carry the derogation: "You can take the [member] out of the camp but not the camp
 * out of the [member]" (a fond "girl out of Texas" passes: the place must taint), "Lesbians just haven't met
 * the right man", "Old people had their turn, time for them to go", "a leopard can't change its spots, and
 * neither can a [member]".
 */
export function proverb(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "take the X out of the Y ... (take) the Z out of the X"
  const t = words.indexOf('take');
  if (t >= 0 && words.slice(t + 1, t + 5).includes('out')) {
    const outs = words.map((w, k) => (w === 'out' && words[k + 1] === 'of' ? k : -1)).filter((k) => k > t);
    if (outs.length >= 2) {
      const ids = groups.filter((m) => !m.pronoun && m.from > t);
      const second = outs[1] as number;
      const taint = words.slice(outs[0] as number, second).some((w) => PROVERB_TAINTS.has(w)) || words.slice(second).some((w) => PROVERB_TAINTS.has(w)) || words.slice(t, second).some((w, k) => PROVERB_TAINTS.has(w) && k > 0);
      const id = ids[0] ?? (() => { for (let j = t + 1; j < words.length; j++) { const x = identityWord(tokens, groups, j); if (x && !['girl', 'boy', 'woman', 'man', 'lady', 'gal'].includes(words[x.from] ?? '')) return x; } return null; })();
      if (id && taint) return hit(t, lastWord(words), id, 'stereotype', 'you can take the [member] out of ...');
    }
  }
  for (const g of groups) {
    if (g.pronoun) continue;
    const head = words[g.to] ?? '';
    // "[group] just haven't met the right man (yet)", "all a lesbian needs is a good man"
    const m = words.slice(g.to + 1, g.to + 9);
    const right = m.findIndex((w, k) => (w === 'right' || w === 'good' || w === 'real') && (m[k - 1] === 'the' || m[k - 1] === 'a') && m.slice(0, k).some((x) => ['met', 'meet', 'found', 'find', 'needs', 'need', 'is', 'tried'].includes(x)));
    if (right >= 0 && g.characteristic === 'sexual-orientation') {
      const partner = m[right + 1] ?? '';
      const lesbian = /^lesbians?$/.test(head) || /wom[ae]n|girls?|ladies/.test(head);
      const gayMan = /^(men|man|guys|guy|boys|gays|gay)$/.test(head);
      const asexual = words.slice(g.from, g.to + 1).some((w) => /^(asexual|aces?|aro)/.test(w));
      if ((lesbian && MALE_PARTNER.has(partner)) || (gayMan && FEMALE_PARTNER.has(partner)) || (asexual && (MALE_PARTNER.has(partner) || FEMALE_PARTNER.has(partner) || partner === 'person'))) {
        return hit(g.from, g.to + 2 + right, g, 'negated-positive', 'orientation denied (the right partner)');
      }
    }
    // "[group] had their turn / time / day, time for them to go"
    const had = m.indexOf('had');
    // "had their turn, ..." closes there: "had their turn at karaoke" was an activity
    const closes = (w: string | undefined): boolean => w === undefined || CLAUSE_BREAK.has(w) || [',', 'now', 'so', 'and', 'already', '-'].includes(w);
    if (had >= 0 && had <= 2 && m[had + 1] === 'their' && ['turn', 'time', 'day', 'chance', 'run', 'innings', 'go', 'fun', 'shot', 'say'].includes(m[had + 2] ?? '') && closes(m[had + 3])) {
      const rest = words.slice(g.to + had + 4).join(' ');
      const exit = /(time (for them )?to (go|leave|die|step aside|step down|move on|get out|clear out|make way)|should (just )?(go|leave|die|step aside|get out|make way|disappear)|(get|step) out of the way|move over|make way|make room|die off|step aside|pass away|kick the bucket|bow out|time to let the rest of us|let the rest of us (live|breathe|have))(?! to| on to| for| in)/.exec(rest);
      if (exit) return hit(g.from, Math.min(words.length - 1, g.to + had + 4 + rest.slice(0, exit.index + exit[0].length).split(' ').length - 1), g, 'exclusion', 'had their turn, time to go');
    }
  }
  // "a leopard can't change its spots, and neither can a [member]"; "..., but a bigot can change his mind about gay
  // people" turns the proverb against someone else
  if (words.includes('spots') && words.includes('leopard')) {
    const sp = words.indexOf('spots');
    const id = groups.find((m) => !m.pronoun && !words.slice(sp, m.from).some((w) => ['but', 'yet', 'though', 'although', 'unlike'].includes(w))) ?? null;
    if (id) return hit(0, Math.max(id.to, words.indexOf('spots')), id, 'stereotype', 'a leopard cannot change its spots');
  }
  return null;
}

/** What a group's members are doubted to be in scare quotes after an identity: "Syrian 'children'", "Muslim 'victims'". */
const STANDING = new Set(['children', 'kids', 'minors', 'teens', 'teenagers', 'victims', 'families', 'boys', 'girls', 'women', 'mothers', 'refugees', 'asylum', 'couple', 'marriage', 'family', 'parents', 'wife', 'husband']);
/** Nouns after a quoted identity that make the quotes a sneer: "the 'peaceful Muslim' act", "your 'they/them' thing". */
const SNEER_AFTER = new Set(['act', 'thing', 'nonsense', 'stuff', 'crap', 'lot', 'crowd', 'brigade', 'phase', 'routine', 'business', 'rubbish', 'garbage', 'bs', 'bullshit', 'shtick', 'schtick', 'card']);
/** Words that make quotes a mention of the word, not a sneer: "the word 'gay'", "stop calling them 'trans' kids". */
const MENTIONING = new Set(['word', 'words', 'term', 'terms', 'label', 'labels', 'called', 'calling', 'call', 'calls', 'say', 'said', 'saying', 'says', 'means', 'meant', 'spelled', 'spell', 'pronounce', 'wrote', 'write', 'writes', 'tag', 'tagged', 'hashtag']);
/** Things a quoted group noun may describe: 'another "migrant" boat', 'a "refugee" family'. */
const MEMBER_THINGS = new Set(['boat', 'boats', 'family', 'families', 'crisis', 'camp', 'camps', 'centre', 'center', 'status', 'children', 'kids', 'policy', 'hotel', 'hostel', 'crossing', 'crossings', 'route', 'routes', 'council', 'charity', 'visa', 'visas', 'label', 'tag']);
/** News of harm and welcomes, beside which a quoted group noun is a label held up, not a sneer. */
const NEWS_OR_WELCOME = new Set(['welcomed', 'welcome', 'welcoming', 'love', 'dead', 'died', 'drowned', 'capsizes', 'capsized', 'rescued', 'sank', 'killed', 'missing']);
/** Words before a quoted group noun that pick out members, making the quotes doubt them: 'another "refugee"'. */
const PICKS_MEMBERS = new Set(['another', 'these', 'those', 'half', 'more', 'new', 'so-called', 'supposed', 'alleged', 'real', 'her', 'his', 'your', 'their', 'desperate', 'poor', 'persecuted']);
/**
 * Coded words a writer puts in scare quotes to mean a race or origin without naming it: 'another "youth" stabbing',
 * 'the same "demographic"', 'our "vibrant" high street', 'the "religion of peace"'. Quoted, they are hardly ever
 * meant plainly; unquoted they are (youth clubs, demographic data).
 */
const CODED_QUOTES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['youth', 'race'], ['youths', 'race'], ['yoof', 'race'], ['yoofs', 'race'], ['demographic', 'race'], ['demographics', 'race'], ['vibrant', 'race'],
  ['enriched', 'race'], ['enrichment', 'race'], ['enriching', 'race'], ['culturally enriched', 'race'], ['culturally enriching', 'race'],
  ['new neighbours', 'origin'], ['new neighbors', 'origin'], ['religion of peace', 'religion'],
]);

/** Words before a coded quote that point at people or at a place changed by them. */
const CODED_BEFORE = new Set(['another', 'the', 'same', 'certain', 'particular', 'usual', 'those', 'these', 'that', 'more', 'all', 'how', 'so', 'very', 'been', 'become', 'becoming', 'being', 'getting', 'got', 'some', 'local', 'our']);
/** Nouns after a coded quote that make it a programme, a team or a column: "the 'youth' team", "'demographic' data". */
const CODED_THINGS = new Set(['team', 'teams', 'club', 'clubs', 'centre', 'center', 'services', 'service', 'worker', 'workers', 'program', 'programme', 'data', 'survey', 'category', 'categories', 'breakdown', 'group', 'groups', 'league', 'orchestra', 'choir', 'festival', 'council', 'theatre', 'theater', 'football', 'squad', 'ministry', 'work', 'section', 'column', 'field', 'split', 'sarcasm', 'joke', 'jokes', 'meme', 'memes', 'trope', 'tropes', 'line', 'lines', 'comment', 'comments', 'jab', 'dig', 'label', 'vote', 'votes', 'voters', 'climate', 'strike', 'strikes', 'hostel', 'hostels', 'parliament', 'ambassador', 'ambassadors', 'marketing', 'market', 'segment', 'audience', 'campaign']);

/** Crimes and places that make a coded quote mean people: a stabbing, a gang, a town, a high street. */
const CODED_CONTEXT = new Set(['stabbing', 'stabbings', 'stabbed', 'stab', 'knife', 'knives', 'machete', 'machetes', 'gang', 'gangs', 'crime', 'crimes', 'robbed', 'robbery', 'mugged', 'mugging', 'riot', 'riots', 'looting', 'shooting', 'attack', 'attacks', 'town', 'street', 'streets', 'estate', 'neighbourhood', 'neighborhood', 'area', 'city', 'centre', 'center', 'country', 'road', 'school', 'schools', 'police', 'news', 'lol']);
/** Condemnation and welcome beside a coded quote (the quote is the bigots' word, held up), and marketing, whose word it is. */
const CODED_CONDEMNED = new Set(['islamophobes', 'islamophobia', 'islamophobic', 'racist', 'racists', 'racism', 'bigots', 'bigotry', 'trolls', 'sneer', 'sneers', 'welcome', 'welcomed', 'thanks', 'thank', 'dog', 'whistle',
  'ad', 'ads', 'advert', 'adverts', 'campaign', 'campaigns', 'marketing', 'targets', 'audience', 'brand', 'product', 'sales', 'customers', 'survey', 'census']);

/** A coded word in scare quotes (see CODED_QUOTES); a mention of the word ("the term 'youth'") passes. */
function codedQuote(text: string, tokens: readonly Token[]): Attack | null {
  for (let i = 0; i < tokens.length; i++) {
    const open = text[(tokens[i] as Token).start - 1] ?? '';
    if (!OPENING.has(open) || /\w/.test(text[(tokens[i] as Token).start - 2] ?? '')) continue;
    for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
      if (text[(tokens[j] as Token).end] !== CLOSING[open]) continue;
      const c = CODED_QUOTES.get(tokens.slice(i, j + 1).map((t) => t.w).join(' '));
      // ("which kind", "that kind of": the noun, not the praise word)
      if (!c || tokens.slice(Math.max(0, i - 4), i).some((t) => MENTIONING.has(t.w)) || tokens.some((t, n) => PRAISE_WORDS.has(t.w) && !(t.w === 'kind' && ['which', 'what', 'that', 'this', 'some', 'any', 'their', 'the', 'of'].includes(tokens[n - 1]?.w ?? '')))) break;
      // picked out as people ("another 'youth'", "the same 'demographic'", "how 'culturally enriched'"), not a programme
      // or a column ("our 'youth' team", "split by 'demographic'")
      const b = beforeQuote(tokens, i);
      const a = afterQuote(tokens, j);
      if (!CODED_BEFORE.has(tokens[b]?.w ?? '') || CODED_THINGS.has(tokens[a]?.w ?? '') || tokens[a]?.w === 'of') break;
      // ... and what makes the code a people: a crime or a place in the sentence ('another "youth" stabbing', 'how
      // "vibrant" my town centre has become'), a people pointed at ('the same "demographic"'), or the faith's nickname;
      // not beside condemnation ("the trolls bring up the 'religion of peace' again")
      const key = tokens.slice(i, j + 1).map((t) => t.w).join(' ');
      const people = key === 'religion of peace' || ['same', 'certain', 'particular', 'usual'].includes(tokens[b]?.w ?? '') || tokens.some((t) => CODED_CONTEXT.has(t.w));
      if (!people || tokens.some((t) => CODED_CONDEMNED.has(t.w))) break;
      // the span takes in a word outside the quotes: the words inside alone would read as a quotation
      return hit(Math.max(0, b), Math.min(tokens.length - 1, a), { from: i, to: j, characteristic: c, pronoun: false, weak: false }, 'derogation', 'a coded word in scare quotes');
    }
  }
  return null;
}

/** Verbs that make the quoted words a slogan or a claim rather than an identity: "'women can't drive' brigade". */
const SLOGAN_VERBS = new Set(['are', 'is', 'hate', 'hates', 'love', 'loves', 'ruin', 'ruins', 'should', 'can', 'cant', 'dont', 'do', 'does', 'will', 'want', 'wants', 'take', 'takes', 'steal', 'steals', 'need', 'needs', 'have', 'has', 'matter', 'matters', 'deserve', 'deserves']);
const OPENING = new Set(["'", '"', '‘', '“']);
const CLOSING: Readonly<Record<string, string>> = { "'": "'", '"': '"', '‘': '’', '“': '”' };
const CLOSING_TOKENS = new Set(["'", '"', '’', '”']);
/** The index of the word before a quoted span starting at i, and after one ending at j: a double quote is a token of its own. */
const beforeQuote = (tokens: readonly Token[], i: number): number => (OPENING.has(tokens[i - 1]?.w ?? '') ? i - 2 : i - 1);
const afterQuote = (tokens: readonly Token[], j: number): number => (CLOSING_TOKENS.has(tokens[j + 1]?.w ?? '') ? j + 2 : j + 1);

/**
 * An identity itself in scare quotes, before a person or a dismissive noun: "all these 'trans' teens", "nobody's buying
 * the 'peaceful Muslim' act", "your 'they/them' thing". The quotes say the identity is put on. A mention of the word
 * ("the word 'queer'", "stop calling them 'trans' kids") passes, and so does a quoted identity on its own ("she
 * came out as 'queer'"), which is as often the person's own word.
 */
function quotedIdentity(text: string, tokens: readonly Token[], groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < tokens.length; i++) {
    const open = text[(tokens[i] as Token).start - 1] ?? '';
    if (!OPENING.has(open) || /\w/.test(text[(tokens[i] as Token).start - 2] ?? '')) continue;
    for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
      if (text[(tokens[j] as Token).end] !== CLOSING[open]) continue;
      const span = tokens.slice(i, j + 1).map((t) => t.w);
      const pronouns = span.join('/') === 'they/them' || span.join('/') === 'she/they' || span.join('/') === 'he/they' || span.join('/') === 'xe/xem';
      let c: Characteristic | undefined = pronouns ? 'gender-identity' : undefined;
      for (let k = i; k <= j && !c; k++) c = identityAdjective(tokens[k]?.w ?? '') ?? groups.find((g) => !g.pronoun && g.from <= k && g.to >= k)?.characteristic;
      const after = tokens[j + 1]?.w ?? '';
      // ... or the group noun itself doubted after a word that picks out members: 'another "refugee" with a new
      // iPhone', 'half the "women" on these apps', 'he\'s "gay" and ...'
      const p = beforeQuote(tokens, i);
      const pw = tokens[p]?.w ?? '';
      const pick = PICKS_MEMBERS.has(pw) || (pw === 'the' && tokens[p - 1]?.w === 'half') || (['is', 'was'].includes(pw) && ['he', 'she'].includes(tokens[p - 1]?.w ?? ''));
      // (not before a thing of theirs, "another 'migrant' boat", nor in news of harm or a welcome)
      const q = afterQuote(tokens, j);
      const thingAfter = MEMBER_THINGS.has(tokens[q]?.w ?? '');
      const picked = c !== undefined && j === i && (groups.some((g) => !g.pronoun && g.from <= i && g.to >= i) || identityAdjective(tokens[i]?.w ?? '') !== undefined) && pick && !thingAfter && !tokens.some((t) => NEWS_OR_WELCOME.has(t.w));
      if (!c || !(PERSON_NOUNS.has(after) || SNEER_AFTER.has(after) || picked)) break;
      // "the 'feminists hate men' crowd": a slogan quoted, naming those who say it, not an identity doubted
      if (span.some((w) => SLOGAN_VERBS.has(w))) break;
      if (tokens.slice(Math.max(0, i - 4), i).some((t) => MENTIONING.has(t.w))) break;
      // "our 'Gen Z' intern taught us ...": a label worn with praise
      if (tokens.some((t) => PRAISE_WORDS.has(t.w))) break;
      return picked && !(PERSON_NOUNS.has(after) || SNEER_AFTER.has(after)) ? hit(p, Math.min(tokens.length - 1, q), { from: i, to: j, characteristic: c, pronoun: false, weak: false }, 'derogation', 'scare quotes on members') : hit(i, j + 1, { from: i, to: j, characteristic: c, pronoun: false, weak: false }, 'derogation', 'scare quotes on an identity');
    }
  }
  return null;
}

/**
 * Scare quotes on a role after an identity: "Another female 'engineer', lol", "our Black \\"doctor\\"",
 * "another \\"doctor\\" from India". Needs the original text: the tokenizer drops single quotes.
 */
export function scareQuotes(text: string, tokens: readonly Token[], groups: readonly GroupMention[]): Attack | null {
  if (!/['"‘’“”]/.test(text)) return null;
  const quoted = quotedIdentity(text, tokens, groups) ?? codedQuote(text, tokens);
  if (quoted) return quoted;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // the folded word may have taken in the closing quote ("'boss'" reads "bossy"): the raw word decides
    const raw = t.raw.replace(/^['"‘’“”]+|['"‘’“”]+$/g, '').toLowerCase();
    if (!ROLE_NOUNS.has(raw) && !ROLE_NOUNS.has(raw.replace(/s$/, '')) && !STANDING.has(raw)) continue;
    const lead = t.raw.length - t.raw.replace(/^['"‘’“”]+/, '').length;
    const open = text[t.start - 1 + lead] ?? '';
    const close = text[t.start + lead + raw.length] ?? '';
    const straight = (open === "'" && close === "'") || (open === '"' && close === '"');
    const curly = (open === '‘' && close === '’') || (open === '“' && close === '”');
    if (!straight && !curly) continue;
    // the identity outside the quotes, just before: "female 'engineer'", or after: '"doctor" from India'
    let k = i - 1;
    if (tokens[k]?.w === '"' || tokens[k]?.w === '“') k--;
    const colour = ['black', 'brown'].includes(tokens[k]?.w ?? '') ? 'race' : undefined;
    const before = identityAdjective(tokens[k]?.w ?? '') ?? colour ?? (groups.find((g) => !g.pronoun && g.to === k) ? groups.find((g) => g.to === k)?.characteristic : undefined);
    let a = i + 1;
    if (['"', '”'].includes(tokens[a]?.w ?? '')) a++;
    const from = tokens[a]?.w === 'from' ? (PLACES.has(tokens[a + 1]?.w ?? '') || identityAdjective(tokens[a + 1]?.w ?? '') ? 'origin' : undefined) : undefined;
    const c = before ?? from;
    if (!c) continue;
    return hit(before ? k : i, before ? i : a + 1, { from: before ? k : a + 1, to: before ? k : a + 1, characteristic: c, pronoun: false, weak: false }, 'derogation', 'scare quotes on a role');
  }
  return null;
}

/** "You're not like other Muslims", "she's not like most women": a member praised by setting the group below. */
export function unlikeOthers(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 7), g.from).join(' ');
    if (!/(you are|you|he is|she is|they are|he|she) not like (other|most|the other|the rest of the|typical|your typical|regular|normal|all the other)( of the)?$/.test(b)) continue;
    // "not like other women I've dated": a relative clause narrows the comparison to people the writer knew, not the group
    if (['i', "i've", 'we', 'who', 'that', 'you', 'he', 'she'].includes(words[g.to + 1] ?? '')) continue;
    return hit(Math.max(0, g.from - 5), g.to, g, 'derogation', 'not like other [group]');
  }
  return null;
}

/** Surprise that makes praise a put-down: "I'm amazed a Mexican managed to write this", "surprised how well-spoken the Black candidate was". */
const SURPRISE = new Set(['surprised', 'amazed', 'shocked', 'astonished', 'stunned', 'gobsmacked', 'flabbergasted']);

/**
 * Competences whose presence surprises only someone who expected the member to lack them: literacy, articulacy and basic
 * manners. A real achievement ("won the election by a landslide", "beat the incumbent") surprises anyone and is no put-down.
 */
const COMPETENCES = new Set([
  'articulate', 'spoken', 'eloquent', 'clean', 'polite', 'write', 'wrote', 'written', 'read', 'reads', 'spell', 'spelled', 'spelt', 'speak', 'speaks',
  'fluent', 'fluently', 'punctual', 'sober', 'civilised', 'civilized', 'normal', 'grammar', 'on', 'literate', 'coherent', 'coherently', 'properly',
]);

/** Counts that make a competence an achievement: "speaks five languages". */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'multiple', 'dozens', 'hundreds']);

export function surprisedBy(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w) => SURPRISE.has(w));
  // "not surprised" is a different insinuation; "surprised how many Muslims live here" counts, it praises no competence
  if (s < 0 || NEGATORS.has(words[s - 1] ?? '') || words[s + 1] === 'by' && words[s + 2] === 'how' && words[s + 3] === 'many') return null;
  // "amazed the refugee kids learned English so fast after everything they went through": a hardship explains the surprise
  if (words.some((w) => ['despite', 'after', 'through', 'given', 'although', 'though', 'considering'].includes(w))) return null;
  for (let i = s + 1; i < Math.min(words.length, s + 8); i++) {
    if (CLAUSE_BREAK.has(words[i] ?? '')) return null;
    const id = identityWord(tokens, groups, i);
    if (!id) continue;
    const rest = words.slice(s + 1, Math.min(words.length, id.to + 10));
    // "surprised the Black candidate didn't win": a loss or a denial is no competence
    if (words.slice(id.to + 1, id.to + 6).some((w) => NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    // "managed to write" counts by what was managed ("managed to win gold" is an achievement), and a count makes a
    // competence an achievement too ("speaks five languages", "wrote three novels")
    const c = rest.find((w, k) => (COMPETENCES.has(w) || (w === 'managed' && rest[k + 1] === 'to' && COMPETENCES.has(rest[k + 2] ?? ''))) && !(w === 'on' && rest[k + 1] !== 'time') && !COUNTS.has(rest[k + 1] ?? '') && !/^[0-9]/.test(rest[k + 1] ?? ''));
    return c ? hit(s, Math.min(words.length - 1, id.to + 1), id, 'stereotype', `surprise at a member's competence ('${c}')`) : null;
  }
  return null;
}

/** Punchlines that put the member down: "A myth.", "Unemployed.", "A miracle.", "Nothing." (crime nouns count too). */
const PUNCHLINES = new Set([
  'myth', 'myths', 'unicorn', 'unicorns', 'nothing', 'nobody', 'none', 'unemployed', 'jobless', 'miracle', 'impossible', 'fiction', 'fantasy', 'liar',
  'liars', 'extinct', 'imaginary', 'fairy', 'fairytale', 'oxymoron', 'never', 'ghost', 'bigfoot', 'illegal', 'illegals', 'mistake', 'welfare', 'dole',
  'hoax', 'joke', 'lie', 'what', 'lost', 'lazy', 'rare', 'cheater', 'cheat', 'freeloader', 'sponger', 'leech', 'parasite', 'deported', 'pregnant',
]);

/** Answers that praise or include everyone: "A hero.", "Broke, like everyone else." */
const KIND_ANSWERS = new Set(['hero', 'heroes', 'legend', 'legends', 'saint', 'champion', 'champions', 'genius', 'winner', 'lifesaver', 'everyone', 'everybody', 'neighbour', 'neighbor', 'friend', 'doctor', 'us']);

/** The answer to a joke set up on a group: "What do you call a Mexican with a job? A myth." */
export function jokeAnswer(words: Words, prev: Neighbour): Attack | null {
  const n = words.filter((w) => /^[a-z]/.test(w)).length;
  // a punchline is a few words; "An apostate, according to some." answers a real question
  if (n === 0 || n > 4 || words.some((w) => ['according', 'apparently', 'called', 'known', 'technically', 'officially'].includes(w))) return null;
  // "What do you call a Muslim who saves a life? A hero.": an answer that praises or includes us is no put-down
  if (hasPraise(words) || words.some((w) => KIND_ANSWERS.has(w))) return null;
  const p = prev.words();
  if (p[p.length - 1] !== '?') return null;
  // "What happens when you let disabled people run a company? Bankruptcy."
  if ((find(p, 'what happens when') === 0 || find(p, 'what happens if') === 0) && words.some((w) => RUIN_OUTCOMES.has(w) || BLAMED_RESULTS.has(w))) {
    const pg0 = prev.groups().find((m) => !m.pronoun);
    if (pg0) return hit(0, words.length - 1, { ...pg0, from: 0, to: 0, pronoun: true }, 'derogation', 'a ruin given as the answer');
  }
  if (!(find(p, 'what do you call') === 0 || find(p, 'what do you get when') === 0 || find(p, 'what is the difference between') === 0)) return null;
  // the set-up describes its member ("a Mexican with a job"); "someone from the Philippines?" asks a real question
  const pg = prev.groups().find((m) => !m.pronoun && ['with', 'who', 'that', 'in', 'and'].includes(p[m.to + 1] ?? ''));
  // the punchline must put the member down: "A myth.", "Unemployed.", "A thief."
  const down = words.some((w) => PUNCHLINES.has(w) || CRIME_NOUNS.has(w) || RUIN_OUTCOMES.has(w) || (BLAMED_RESULTS.has(w) && w !== 'nice'));
  return pg && down ? hit(0, words.length - 1, { ...pg, from: 0, to: 0, pronoun: true }, 'derogation', 'the punchline of a joke on a group') : null;
}

/** Tags that mark praise of a member as mock surprise: "a Mexican who actually pays taxes, frame it". */
const MOCK_TAGS = ['frame it', 'how refreshing', 'color me shocked', 'colour me shocked', 'color me surprised', 'colour me surprised', 'will wonders never cease',
  'wonders never cease', 'stop the presses', 'alert the media', 'call the press', 'mark the date', 'mark the calendar', 'what a time to be alive', 
  'never thought i would see', 'never thought i would see the day', 'first time for everything', 'there is a first time', 'a unicorn',
  'i am shook', 'good for him i guess', 'good for her i guess', 'gold star', 'give him a medal', 'give her a medal'];

/** People an act is done for: what makes "the Muslim volunteers who feed the homeless" a deed. */
const BENEFICIARIES = new Set(['people', 'homeless', 'families', 'children', 'kids', 'neighbours', 'neighbors', 'refugees', 'patients', 'hundreds', 'thousands', 'strangers', 'everyone', 'others', 'victims', 'elderly', 'community']);

/** Ordinals that make a member's feat a milestone, not mock surprise: "the first Black woman on the Supreme Court". */
const MILESTONES = new Set(['first', 'second', 'third', 'youngest', 'oldest']);

/** Trivial acts whose success only mock surprise remarks on. */
const TRIVIAL_ACTS = new Set(['order', 'tie', 'dress', 'use', 'park', 'read', 'spell', 'count', 'open', 'turn', 'feed', 'button', 'find', 'walk', 'speak', 'answer', 'follow', 'cross', 'pay', 'pays', 'paid', 'wash', 'washes', 'washed', 'shower', 'showers', 'showered', 'work', 'works', 'worked', 'tip', 'tips', 'queue', 'queues', 'type', 'write', 'writes', 'wrote', 'writing', 'speaks', 'spoke', 'reads', 'drive', 'drives', 'cook', 'cooks', 'tell', 'make', 'get']);

/** Ordinary acts that only mock surprise praises in a member: "the deaf guy managed to order his own coffee". */
const MOCK_FEATS = new Set(['actually', 'managed', 'finally', 'even']);

/**
 * A member doing a trivial act ("a Mexican who actually pays taxes", "a Pakistani writing code"): what a mock tag mocks.
 * A milestone ("the first deaf woman to win gold") and a real deed ("volunteers who fed 500 people") are no trivial act.
 */
function trivialFeat(words: Words, m: GroupMention): boolean {
  // "never thought I'd see my Muslim dad cook Christmas dinner": one's own people are teased fondly, not mocked as a type
  if (words.slice(Math.max(0, m.from - 3), m.from).some((w) => MILESTONES.has(w) || w === 'my' || w === 'our')) return false;
  for (let k = m.to + 1; k < Math.min(words.length, m.to + 5); k++) {
    const w = words[k] ?? '';
    if (CLAUSE_BREAK.has(w) || w === ',') return false;
    // "who feed the homeless", "who fed 500 people": an act done for others is a deed, not a trivial feat
    if (TRIVIAL_ACTS.has(w)) return !words.slice(k + 1, clauseEnd(words, k + 1, 7) + 1).some((x) => BENEFICIARIES.has(x) || /^[0-9]/.test(x));
  }
  return false;
}

export function mockPraise(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const tag = findAny(words, MOCK_TAGS);
  // "Gold star to the Muslim volunteers who fed 500 people", "never thought I would see a gay couple married in ...":
  // the tag mocks only a trivial act next to the member, and praise means it
  const g = groups.find((m) => !m.pronoun && trivialFeat(words, m));
  if (tag && g && !hasPraise(words) && !negatedIn(words, Math.max(0, tag[0] - 2), tag[0])) return hit(Math.min(g.from, tag[0]), Math.max(g.to, tag[1]), g, 'derogation', 'mock surprise at a member');
  // "Honestly a Pakistani writing code this clean? Color me shocked.": the tag in the next sentence
  if (tag && !groups.some((m) => !m.pronoun) && tag[0] <= 1) {
    const pw = prev.words();
    const pg = prev.groups().find((m) => !m.pronoun && trivialFeat(pw, m));
    if (pg && !hasPraise(pw) && !hasPraise(words)) return hit(tag[0], tag[1], { ...pg, from: tag[0], to: tag[0], pronoun: true }, 'derogation', 'mock surprise at a member named before');
  }
  // "a Mexican who actually pays taxes", "look at that, the deaf guy managed to order his own coffee", "I didn't expect a girl to understand ..."
  for (const m of groups) {
    if (m.pronoun) continue;
    const b = words[m.from - 1] ?? '';
    // "the deaf guy" is read as the group noun "the deaf": its article is part of the mention
    const det = ['a', 'an', 'the'].includes(b) ? m.from - 1 : words[m.from] === 'the' ? m.from : -1;
    if (det < 0) continue;
    const after = words.slice(m.to + 1, m.to + 4);
    // the feat mocked is a trivial act ("managed to order his own coffee", "actually pays taxes"), not a real one
    const feat = after.findIndex((w, k) => MOCK_FEATS.has(w) && TRIVIAL_ACTS.has(after[k + 1] === 'to' ? words[m.to + k + 3] ?? '' : after[k + 1] ?? ''));
    const opener = words.slice(0, det).join(' ');
    const mocking = /^(wow|look at that|look|omg|oh look|well well|lol|whoa|would you look at that)\b/.test(opener) || (words[m.to + 1] === 'who' && after[1] === 'actually');
    if (feat >= 0 && mocking && !hasPraise(words)) return hit(det, m.to + 1 + feat + 1, m, 'derogation', 'mock surprise at a member');
    // "Wow, a Black guy who actually knows his dad": after a mocking opener, "who actually" marks any act as rare for the group
    const opened = /^(wow|look at that|omg|oh look|well well|whoa|would you look at that)\b/.test(opener);
    if (opened && words[m.to + 1] === 'who' && after[1] === 'actually' && /^[a-z]+s$/.test(after[2] ?? '') && !['is', 'was', 'has', 'does', 'gets'].includes(after[2] ?? '') && !['character', 'characters', 'lead', 'protagonist', 'role'].includes(words[m.to] ?? '') && !hasPraise(words)) return hit(det, m.to + 3, m, 'derogation', 'mock surprise at a member');
    const ex = words.lastIndexOf('expect', det);
    if (ex >= 0 && det - ex <= 2 && NEGATORS.has(words[ex - 1] ?? '') && words[m.to + 1] === 'to' && COMPETENCES.has(words[m.to + 2] ?? '') === false && /^[a-z]+$/.test(words[m.to + 2] ?? '') && ['understand', 'know', 'get', 'grasp', 'read', 'write', 'speak', 'code', 'drive', 'fix', 'lead', 'cook', 'win', 'pass', 'follow', 'use'].includes(words[m.to + 2] ?? '')) {
      return hit(ex - 1, m.to + 2, m, 'stereotype', "didn't expect a [member] to ...");
    }
  }
  return null;
}

/** Sarcastic remarks after "[group] and [a quality]": "Jews and generosity, the world's shortest book". */
const PAIR_TAGS = new Set(['shortest', 'fantasy', 'waiting', 'myth', 'myths', 'unicorn', 'unicorns', 'fiction', 'fairy', 'fairytale', 'oxymoron', 'impossible', 'joke', 'lol', 'lmao', 'never', 'progress', 'contradiction', 'dream', 'dreams', 'thin', 'nope', 'yeah', 'sure', 'hilarious', 'comedy', 'mystery', 'mission', 'miracle', 'crossover', 'doomed', 'disaster', 'nightmare', 'tragedy', 'strangers', 'enemies', 'allergic']);

const PAIR_QUALITIES = new Set(['logic', 'generosity', 'commitment', 'honesty', 'hygiene', 'science', 'maths', 'math', 'democracy', 'peace', 'work', 'punctuality', 'driving', 'parking', 'electricity', 'leadership', 'intelligence', 'loyalty', 'monogamy', 'sobriety', 'manners', 'tolerance', 'humour', 'humor', 'engineering', 'technology', 'soap', 'deodorant', 'taxes', 'reading', 'directions', 'sports', 'football', 'swimming', 'queueing', 'queuing', 'rationality', 'reason', 'competence', 'civilisation', 'civilization', 'freedom', 'modesty', 'integrity', 'progress', 'fidelity', 'cleanliness', 'money', 'truth', 'facts']);

/** A tail that tells a history or celebrates: "Women and science, a story of pioneers", "a dream come true". */
const KIND_TAILS = new Set(['history', 'histories', 'pioneers', 'pioneer', 'legacy', 'heroes', 'hero', 'true', 'success', 'celebrate', 'celebrating', 'champions', 'breakthrough', 'forgotten', 'overlooked', 'untold', 'hidden']);

/** What "never" must say of the pairing to be a tag: "a love story that never works out"; "never got told" is sympathy. */
const NEVER_FAILS = new Set(['works', 'work', 'worked', 'mix', 'mixes', 'mixed', 'happens', 'happened', 'happen', 'gonna', 'going', 'will', 'ends', 'ended', 'lasts', 'lasted', 'goes', '.', '!', '?']);

export function pairTag(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && clauseStartAt(words, m.from));
  if (!g || words[g.to + 1] !== 'and' || hasPraise(words) || groups.filter((m) => !m.pronoun).length > 1) return null;
  const q = words[g.to + 2] ?? '';
  if (!PAIR_QUALITIES.has(q) || ![',', ':', '-', '.', '?', '...'].includes(words[g.to + 3] ?? '')) return null;
  const tail = words.slice(g.to + 4);
  if (tail.some((w) => KIND_TAILS.has(w))) return null;
  // "nothing is impossible", "strangers no more": a negated tag; "the myth that girls can't do it" names the stereotype to debunk it
  const t = tail.findIndex((w, k) => PAIR_TAGS.has(w) && !tail.slice(Math.max(0, k - 2), k).some((x) => NEGATORS.has(x)) && !(tail[k + 1] === 'no' && ['more', 'longer'].includes(tail[k + 2] ?? '')) && (w !== 'never' || tail[k + 1] === undefined || NEVER_FAILS.has(tail[k + 1] ?? '')) && !(['myth', 'myths'].includes(w) && ['that', 'about', 'of'].includes(tail[k + 1] ?? '')));
  return t >= 0 ? hit(g.from, g.to + 4 + t, g, 'stereotype', `[group] and ${q}, with a sarcastic tag`) : null;
}
