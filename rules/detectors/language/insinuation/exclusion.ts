/**
 * Frames that exclude a group or rank it down: kept from children or roles ("keep gay people away from our kids",
 * "since when do women get to decide"), children removed or kept from knowing the group exists, tolerance on
 * conditions ("fine as long as they keep it to themselves", "welcome, just not near my children", "welcome once they
 * leave their religion at the border"), segregation, automatic rejection, belonging withheld ("not our kind", "they
 * are guests here"), a presence begrudged, paternalism and condescending prescriptions, orders to leave or die ("go
 * back there", "should never have been born"), and a group ranked below an animal or its word and voice worth less.
 */
import { identityAt, SINGULAR_GENDER, type GroupMention } from '../find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from '../lexicon/groups';
import {
  CHILDREN, CRIME_NOUNS, PLACES, TOLERANCE_LIMITS, STANDING, GUARDIANS, REFUSED_ACTS, CULTURE_NOUNS, NORM_WORDS, DISMISSED_ACTS, LOWLY,
} from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { asSubject, clauseEnd, clauseStartAt, FAITH_MARKS, find, findAny, hasPraise, hit, HONEST_Q, identityWord, negatedIn, type Neighbour, ROLE_NOUNS, type Words } from './shared';

/** "Keep gay people away from our kids", "I wouldn't leave my kids alone with a gay man". */
export function keptFrom(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words[g.from - 1] ?? '';
    const b2 = words[g.from - 2] ?? '';
    // "keep [group] away / out": an order (clause start or after a modal)
    const kAt = b === 'keep' ? g.from - 1 : ['those', 'the', 'all', 'these'].includes(b) && b2 === 'keep' ? g.from - 2 : -1;
    // "keep refugees out of the hands of smugglers", "keep Roma kids out of poverty": kept from a harm, which protects them
    const place = ['of', 'from'].includes(words[g.to + 2] ?? '') ? words.slice(g.to + 3, clauseEnd(words, g.to + 3, 8) + 1) : [];
    const shielded = place.some((w) => SHIELDED_FROM.has(w)) || protectsThem(place);
    if (kAt >= 0 && !shielded && (clauseStartAt(words, kAt) || ['should', 'must', 'to', 'we', 'just', 'please', 'and'].includes(words[kAt - 1] ?? '')) && ['away', 'out', 'off'].includes(words[g.to + 1] ?? '') && !negatedIn(words, 0, kAt)) {
      return hit(kAt, g.to + 1, g, 'exclusion', 'keep ... away');
    }
  }
  // "never leave my kids alone with a [member]", "wouldn't let my daughter near a [member]"
  for (let i = 0; i < words.length; i++) {
    if (!CHILDREN.has(words[i] ?? '') || !['my', 'our', 'your', 'the'].includes(words[i - 1] ?? '')) continue;
    const v = words[i - 2] ?? '';
    if (!['leave', 'let', 'trust', 'send', 'allow'].includes(v) || !negatedIn(words, Math.max(0, i - 7), i - 2)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      if (!['alone', 'with', 'near', 'around', 'a', 'an', 'any', 'those', 'to'].includes(words[j] ?? '')) {
        const id = identityWord(tokens, groups, j);
        // "near a man who hates gay people": one person picked out by what they do, not by their gender
        if (id && SINGULAR_GENDER.has(words[id.to] ?? '') && PICKED_OUT.has(words[id.to + 1] ?? '')) break;
        if (id) return hit(i - 2, id.to, id, 'exclusion', `${v} my children with ...`);
        break;
      }
    }
  }
  return null;
}

/** Words before a tolerance limit that report it as imposed on the group: "had to", "were told / forced to". */
const IMPOSED = new Set(['told', 'forced', 'expected', 'ordered', 'pressured']);

/** Harms a group is kept away from for its own good: "keep refugees out of the hands of smugglers / out of poverty". */
const SHIELDED_FROM = new Set(['heat', 'sun', 'rain', 'weather', 'draught', 'draughts', 'crowds', 'queue', 'queues', 'traffic', 'poverty', 'danger', 'harm', 'hands', 'trouble', 'prison', 'jail', 'detention', 'debt', 'therapy', 'abuse', 'abusers', 'smugglers', 'traffickers', 'violence', 'cold', 'hunger', 'homelessness', 'harassment', 'predators', 'gangs', 'exploitation', 'bullies', 'war', 'camps', 'custody']);

/** Words after a gender noun that pick out one person by what they do: "a man who ...", "a woman that ...". */
const PICKED_OUT = new Set(['who', 'that', 'whose', 'with', 'i', 'you', 'he', 'she', 'they', 'from']);

/** "I don't mind gay people as long as they keep it to themselves", "fine with Muslims, just don't shove it in my face". */
export function tolerance(words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(words, TOLERANCE_LIMITS);
  if (!c) return null;
  const g = groups.find((m) => !m.pronoun && m.from < c[0]);
  // "gay couples had to keep it behind closed doors, which was cruel", "were told to know their place": the limit reported
  // as imposed on them, not set by the writer
  if (!g || words.slice(g.to + 1, c[0]).some((w, k, a) => IMPOSED.has(w) || (w === 'had' && a[k + 1] === 'to'))) return null;
  return hit(g.from, c[1], g, 'derogation', 'tolerated on conditions');
}

/** Words of a condition that protects the tolerated group rather than hiding it: "as long as nobody attacks them". */
const HARMS_TO_THEM = new Set(['attack', 'attacks', 'hurt', 'hurts', 'harass', 'harasses', 'bully', 'bullies', 'threaten', 'threatens', 'beat', 'beats', 'abuse', 'abuses', 'target', 'targets', 'insult', 'insults']);

/** Subjects that make a harm someone else's doing: "nobody attacks them", "the men who harass them". */
const OTHERS = new Set(['nobody', 'noone', 'one', 'anyone', 'anybody', 'someone', 'people', 'others', 'who', 'that']);

/** A harm done to "them" by others: "as long as nobody attacks them", "away from the men who harass them". */
function protectsThem(ws: Words): boolean {
  return ws.some((w, k) => HARMS_TO_THEM.has(w) && ws[k + 1] === 'them' && OTHERS.has(ws[k - 1] ?? ''));
}

/** What a tolerance is conditioned on when it keeps a group out of sight: "as long as I don't have to see it". */
const OUT_OF_SIGHT = new Set(['see', 'hear', 'look', 'watch', 'near', 'away', 'private', 'privately', 'closed', 'flaunt', 'flaunting', 'shove', 'quiet', 'hide', 'hidden', 'personality', 'public', 'sight', 'neighbourhood', 'neighborhood', 'street', 'door', 'kids', 'children', 'there', 'own',
  'desert', 'jungle', 'village', 'villages', 'country', 'countries', 'homeland', 'huts', 'caves', 'camps', 'ghetto', 'ghettos', 'reservation', 'reservations', 'closet', 'kitchen']);

/**
 * Conditional tolerance: "Gay men are fine as long as I don't have to see it", "I'm OK with trans people as long
 * as they stay away from my kids", "I have nothing against Jews, as long as they stay over there". The group is
 * tolerated (not the one who is fine with something: "Gay men are fine with the new schedule") and the condition
 * keeps it out of sight or away.
 */
export function conditionalTolerance(words: Words, groups: readonly GroupMention[]): Attack | null {
  let c = find(words, 'as long as');
  if (c < 0) c = find(words, 'so long as');
  if (c < 0) c = words.findIndex((w) => w === 'provided' || w === 'if');
  // "..., I just don't want to see it / them near my kids": the condition stated as the writer's wish
  if (c < 0) c = words.findIndex((w, k) => w === 'want' && NEGATORS.has(words[k - 1] ?? '') && k > 3 && words.slice(k - 5, k).some((x) => x === 'just' || x === 'but' || x === ','));
  if (c < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.to < c && m.from >= c - 10);
  if (!g) return null;
  const before = words.slice(Math.max(0, g.from - 5), g.from).join(' ');
  const after = words.slice(g.to + 1, c);
  // "[group] are fine / ok / alright" (not "fine with ..."), or "fine with / nothing against / don't mind [group]", "[group] can do what they want"
  const fineAfter = after.some((w, k) => ['fine', 'ok', 'okay', 'alright', 'acceptable', 'tolerable', 'welcome'].includes(w) && !['with', 'to', 'about', 'by'].includes(after[k + 1] ?? '')) && after.length <= 4;
  const fineBefore = /(fine|ok|okay|alright|cool) with( the| all)?$|nothing against( the| all)?$|(do not|don't|dont) mind( the| all)?$|no (problem|issue|issues) with( the| all)?$|(tolerate|accept)( the| all)?$/.test(before);
  const canDo = find(after, 'what they want') >= 0 || find(after, 'whatever they want') >= 0;
  if (!fineAfter && !fineBefore && !canDo) return null;
  const cond = words.slice(c, clauseEnd(words, c + 1, 14) + 1);
  // children keep a group out of sight only as a place it stays from ("away from my kids"), not as the condition's
  // subject ("provided the kids are loved")
  const away = cond.some((w, k) => OUT_OF_SIGHT.has(w) && (!CHILDREN.has(w) || ['my', 'our', 'from', 'near', 'around', 'the'].includes(cond[k - 1] ?? '') && k >= 2 && ['from', 'near', 'around', 'away', 'with', 'to'].some((x) => cond.slice(Math.max(0, k - 3), k).includes(x)))) || find(cond, 'keep it') >= 0 || find(cond, 'about it') >= 0;
  // "as long as nobody attacks them", "as long as they are safe": a condition on others' conduct towards the group protects it
  if (!away || hasPraise(cond) || protectsThem(cond)) return null;
  return hit(fineBefore ? Math.max(0, g.from - 3) : g.from, c + cond.length - 1, g, 'derogation', 'tolerated out of sight');
}

/**
 * Paternalism: "Muslim women need saving from their own men", "[group] need saving / protecting from themselves",
 * "[group] need someone / a man to think for them", "[group] need to be told what to do". "Refugees need
 * protecting from traffickers" and "need to be told what support is available" pass.
 */
export function paternalism(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['all', 'just', 'really', 'clearly', 'obviously', 'simply', 'still', 'desperately'].includes(words[j] ?? '')) j++;
    if (!['need', 'needs', 'require', 'requires'].includes(words[j] ?? '')) continue;
    const rest = words.slice(j + 1, clauseEnd(words, j + 1, 12) + 1);
    const text = ` ${rest.join(' ')} `;
    // "saving from themselves / from their own men"
    if (/^ (to be )?(saving|saved|rescuing|rescued|protecting|protected|civilising|civilizing|civilised|civilized|liberating|liberated|freeing|freed) from (themselves|their own|each other)/.test(text)) return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (saved from themselves)');
    // "need to be told what to do / think / wear", "need to be tamed / babysat / kept on a leash"
    if (/^ to be (told|shown) (what|how) to (do|think|wear|say|believe|act|behave|vote|live|dress) /.test(text) || /^ (to be )?(tamed|taming|babysat|babysitting|civilised|civilized|civilising|civilizing|domesticated|kept on a leash|put on a leash|leashed|handled) /.test(text)) return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (told what to do)');
    // "need someone / a man / a husband to think / decide / speak for them", "need adult supervision"
    const k = rest.findIndex((w) => GUARDIANS.has(w));
    if (k >= 0 && k <= 2 && (rest[k] === 'supervision' ? rest[k - 1] === 'adult' || rest[k - 1] === 'constant' : true)) {
      if (['supervision', 'leash', 'babysitter', 'keeper', 'handler', 'minder', 'master', 'owner'].includes(rest[k] ?? '') || / for them /.test(text) || / to (think|decide|tell|speak|make|run|manage|control|look after|keep) /.test(text)) {
        return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (need a guardian)');
      }
    }
  }
  return null;
}

/** What a group is told to stop when the telling casts it as imposing or whining: "need to stop forcing their pronouns on us". */
const IMPOSING = new Set(['blaming', 'shoving', 'forcing', 'pushing', 'ramming', 'whining', 'crying', 'begging', 'moaning', 'bitching', 'complaining', 'playing', 'making', 'flaunting', 'parading', 'demanding', 'expecting', 'pretending', 'acting', 'breeding', 'taking', 'milking', 'leeching', 'invading', 'lecturing', 'preaching', 'recruiting', 'grooming', 'indoctrinating']);

/** Words after a "should just learn to ..." that recommend the skill: "it's fun and pays well". */
const RECOMMENDED = new Set(['fun', 'rewarding', 'worth', 'pays', 'enjoy', 'enjoyable', 'empowering', 'satisfying']);

const PRESCRIBE_MODALS = new Set(['should', 'need', 'needs', 'ought', 'must', 'have', 'has', 'could', 'can', 'gotta']);

const PRESCRIBE_MARKERS = new Set(['just', 'simply', 'finally', 'already', 'all']);

/** Dismissals strong enough without "just": "[group] should get over it", "need to stop whining". */
const STRONG_DISMISSALS = new Set(['get over it', 'get over themselves', 'stop complaining', 'stop whining', 'stop moaning', 'stop bitching', 'toughen up', 'man up', 'grow a pair', 'suck it up', 'stop playing the victim', 'stop being so sensitive', 'stop making a fuss']);

/**
 * A condescending prescription with a group as its subject: "deaf people should just learn to read lips",
 * "immigrants should learn to speak properly", "autistic people need to learn to act normal", "women should just get
 * over it". "Refugees should be helped to learn English", "shouldn't have to learn to lip-read" and "old people should
 * stay at home during the heatwave" pass.
 */
export function prescription(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    // ("[group] at the shops today. They should just stay home": "they" for a group named before, passed by group-attack)
    if ((g.pronoun && words[g.from] !== 'they') || !asSubject(words, g)) continue;
    let j = g.to + 1;
    while (['all', 'really', 'honestly', 'seriously'].includes(words[j] ?? '')) j++;
    if (!PRESCRIBE_MODALS.has(words[j] ?? '')) continue;
    const m = j;
    j++;
    if (words[j] === 'to') j++;
    let marked = false;
    while (PRESCRIBE_MARKERS.has(words[j] ?? '') || ['really', 'seriously', 'honestly', 'maybe'].includes(words[j] ?? '')) {
      if (PRESCRIBE_MARKERS.has(words[j] ?? '')) marked = true;
      j++;
    }
    if (negatedIn(words, g.to + 1, j)) continue;
    const e = clauseEnd(words, j, 12);
    const vp = words.slice(j, e + 1);
    // "can just learn" offers, "could just" suggests: only with a norm ("could just learn to act normal")
    const offer = ['can', 'could'].includes(words[m] ?? '');
    if (vp[0] === 'learn') {
      const k = vp[1] === 'how' ? 2 : 1;
      // "women should just learn to code, it's fun and pays well": advice the sentence goes on to recommend
      if (vp[k] !== 'to' || words.slice(e + 1).some((w) => RECOMMENDED.has(w)) || hasPraise(words.slice(e + 1))) continue;
      const norm = vp.slice(k + 1).some((w) => NORM_WORDS.has(w));
      if ((marked && !offer) || norm) return hit(g.from, j + vp.length - 1, g, 'derogation', 'a condescending prescription');
      continue;
    }
    // "[group] need to stop blaming everyone / shoving it down our throats": an imposition or a complaint to give up
    if ((vp[0] === 'stop' || vp[0] === 'quit') && IMPOSING.has(vp[1] ?? '') && !offer) return hit(g.from, j + 1, g, 'derogation', `told to stop ${vp[1]}`);
    // "Muslims need to apologise for terrorism": collective guilt for a crime
    if (['apologise', 'apologize', 'answer', 'atone', 'pay'].includes(vp[0] ?? '') && vp[1] === 'for' && vp.slice(2).some((w) => CRIME_NOUNS.has(w) || ['terrorism', 'violence', 'extremism', 'extremists', 'slavery', 'holocaust', 'covid', 'sins', 'crimes'].includes(w))) return hit(g.from, j + 1, g, 'derogation', 'collective guilt');
    const text = `${vp.join(' ')} `;
    const d = DISMISSED_ACTS.find((a) => text.startsWith(`${a} `));
    if (d && !offer && (marked || STRONG_DISMISSALS.has(d))) return hit(g.from, j + d.split(' ').length - 1, g, 'derogation', 'a dismissive prescription');
  }
  return null;
}

/** Words that may stand between a ranking word ("than", "before", "over") and the member ranked below. */
const RANK_FILL = new Set(['i', 'would', 'trust', 'hire', 'work', 'for', 'with', 'report', 'answer', 'share', 'serve', 'obey', 'a', 'an', 'the', 'most', 'any', 'average', 'typical', 'some', 'every', 'your', 'date', 'marry', 'rent', 'to', 'employ', 'sit', 'next', 'live', 'all', 'those', 'these', 'of', 'than', 'take', 'trusting', 'hiring', 'working', 'dating', 'vote', 'rather', 'sooner']);

/** Preference words that turn "X over / than [member]" into a ranking. */
const PREFER = new Set(['rather', 'sooner', 'prefer', 'more', 'better', 'smarter', 'cleaner', 'nicer', 'safer', 'honest', 'useful']);

/**
 * A group ranked below an animal or an object, or refused in a preference: "my cat has more brains than most
 * women", "I'd trust a snake before I'd trust a Gypsy", "give me a robot over an old employee any day", "I'd
 * sooner eat glass than work for a woman". The member must follow the ranking word with only determiners and
 * refusal verbs between, so "my dog loves old people more than anyone" (the group before "than") passes.
 */
export function rankedBelow(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let c = g.from - 1;
    while (c >= 0 && c >= g.from - 6 && RANK_FILL.has(words[c] ?? '') && words[c] !== 'than') c--;
    const r = words[c] ?? '';
    if (!['than', 'before', 'over'].includes(r)) continue;
    let s = c;
    while (s > 0 && !CLAUSE_BREAK.has(words[s - 1] ?? '')) s--;
    const lead = words.slice(s, c);
    if (lead.some((w) => NEGATORS.has(w)) || hasPraise(lead)) continue;
    const lowly = lead.findIndex((w) => LOWLY.has(w));
    const prefer = lead.some((w) => PREFER.has(w) || /^[a-z]{3,}er$/.test(w));
    // "over" ranks only with "any day / every time" after the member or a preference before it
    if (r === 'over' && !(find(words, 'any day', g.to) > 0 || find(words, 'every time', g.to) > 0 || find(words, 'anytime', g.to) > 0 || lead.includes('prefer') || lead.includes('take'))) continue;
    // "trust a snake before I'd trust a [member]": a refusal verb on both sides of "before"
    if (r === 'before' && !(lowly >= 0 && words.slice(c + 1, g.from).some((w) => REFUSED_ACTS.has(w)))) continue;
    if (lowly >= 0 && (prefer || r !== 'than')) return hit(s, g.to, g, 'dehumanising', `${lead[lowly]} ranked above`);
    // "I'd sooner eat glass / starve than work for a [member]"
    if (r === 'than' && lead.some((w) => w === 'rather' || w === 'sooner') && words.slice(c + 1, g.from).some((w) => REFUSED_ACTS.has(w) || ['report', 'answer', 'obey', 'serve'].includes(w))) return hit(s, g.to, g, 'exclusion', 'rather ... than');
  }
  return null;
}

/** Roles and powers a rhetorical question begrudges a group: "since when do women get to decide ...". */
const BEGRUDGED = new Set([...STANDING, 'know', 'anything', 'understand', 'opinion', 'opinions', 'decide', 'deciding', 'tell', 'telling', 'teach', 'teaching', 'adopt', 'raise', 'drive', 'driving', 'say', 'thing', 'real', 'normal', 'qualified', 'entitled', 'rights', 'matter', 'count', 'boss', 'mayor', 'get', 'manager', 'judge', 'pilot', 'teacher', 'coach', 'priest', 'pope', 'senator', 'general', 'captain', 'fly', 'operate', 'govern', 'manage', 'make', 'makes', 'vote', 'voting', 'office']);

/** Openers of a question that invites the reader to refuse a group: "do we really want ...", "would you let your daughter ...". */
const REFUSING_OPENERS = ['should we really be trusting', 'should we be trusting', 'should we really trust', 'can we really trust', 'do we really trust', 'do we really want', 'do we really need', 'do you really want', 'are we really going to let', 'are we really letting', 'should we really let', 'are we seriously', 'would you let your', 'would you let a', 'would you let an', 'would you want', 'would you trust', 'would you hire', 'would you rent', 'would you really', 'can you imagine'];

/** What a question complains is let happen to a group: "who lets refugees sleep rough / starve?". */
const HARDSHIPS = new Set(['sleep', 'sleeping', 'starve', 'starving', 'freeze', 'freezing', 'drown', 'drowning', 'die', 'dying', 'rot', 'rotting', 'suffer', 'suffering', 'wait', 'waiting', 'beg', 'begging']);

const LETTING = new Set(['let', 'lets', 'letting', 'allow', 'allows', 'allowing', 'allowed', 'put', 'puts']);

/**
 * Rhetorical questions that begrudge or refuse a group a role, with nothing said of the group itself: "since when
 * do women get to decide ...?", "who lets Muslims run a school?", "when did we start letting Mexicans run things?",
 * "what's next, a trans president?", "how is a blind person supposed to be a manager?", "do we really want a Muslim
 * as mayor?", "would you let your daughter date an Arab?", "why do Black people get a whole month?". A victim or a
 * barrier word ("since when do refugees face ...", "how are disabled people supposed to get in when ...") or praise
 * makes the question honest.
 */
export function begrudging(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // (a "why" question often goes without its mark: "why do old people even get to vote when they'll be dead soon")
  if ((words[words.length - 1] !== '?' && words[0] !== 'why') || hasPraise(words) || words.some((w) => HONEST_Q.has(w))) return null;
  const qs = words.lastIndexOf('.', words.length - 2) + 1;
  const member = (from: number, to: number): GroupMention | null => {
    for (let i = from; i < Math.min(to, words.length); i++) {
      const id = identityWord(tokens, groups, i);
      if (id) return id;
    }
    return null;
  };
  const lead = words.slice(qs, qs + 4).join(' ');
  // "since when do [group] get to / are [group] in charge / is being trans a real thing"
  if (lead.startsWith('since when')) {
    const id = member(qs + 2, qs + 6);
    if (id && words.slice(id.to + 1).some((w) => BEGRUDGED.has(w))) return hit(qs, id.to, id, 'derogation', 'since when do [group] ...?');
  }
  // "who lets / allowed [group] ...?", "who thought it was a good idea to let [group] ...?", "when did we start letting [group] ...?"
  if (words[qs] === 'who' || lead.startsWith('when did we') || lead.startsWith('since when')) {
    const l = words.findIndex((w, k) => k > qs && k < qs + 10 && LETTING.has(w));
    const id = l > 0 ? member(l + 1, l + 3) : null;
    // "who lets refugees sleep in the park in winter?": a hardship let happen to them is a complaint on their behalf
    // ("who lets Gypsies sleep in our park?" is still a presence begrudged: the place is the writer's)
    const hardship = id ? words.slice(id.to + 1, id.to + 3).some((w) => HARDSHIPS.has(w)) && !words.some((w) => w === 'our' || w === 'my') : false;
    if (id && !hardship && !SINGULAR_GENDER.has(words[id.to] ?? '') && words.slice(id.to + 1).some((w) => BEGRUDGED.has(w) || ['in', 'into', 'near', 'run', 'running', 'lead', 'here'].includes(w))) return hit(qs, id.to, id, 'exclusion', 'who lets [group] ...?');
  }
  // "what's next, a trans president?"
  if (lead.startsWith('what is next') || lead.startsWith('whats next') || lead.startsWith('what next')) {
    const c = words.indexOf(',', qs);
    const id = c > 0 && c <= qs + 4 ? member(c + 1, c + 4) : null;
    if (id) return hit(qs, id.to + (/^[a-z]+$/.test(words[id.to + 1] ?? '') ? 1 : 0), id, 'derogation', "what's next, a [member] ...?");
  }
  // "how is a woman supposed to lead an army?": a role or a competence
  if (words[qs] === 'how' && ['is', 'are'].includes(words[qs + 1] ?? '') && !words.some((w) => w === 'when' || w === 'if')) {
    const id = member(qs + 2, qs + 5);
    const sup = id ? words.slice(id.to + 1, id.to + 4).findIndex((w) => w === 'supposed' || w === 'meant' || w === 'expected') : -1;
    if (id && sup >= 0) {
      const vp = words.slice(id.to + 3 + sup, id.to + 8 + sup);
      if (vp.some((w) => BEGRUDGED.has(w) || ['lead', 'run', 'command', 'manage', 'fight'].includes(w))) return hit(qs, id.to + 2 + sup, id, 'derogation', 'how is a [member] supposed to ...?');
    }
  }
  // "do we really want a Muslim as mayor?", "would you let your daughter date an Arab?"
  const o = REFUSING_OPENERS.find((p) => words.slice(qs, qs + 8).join(' ').startsWith(p));
  if (o) {
    const n = qs + o.split(' ').length;
    const id = member(n, n + 5);
    // "can you imagine a woman as president?": a member in a role, not "can you imagine being a refugee"
    // the member is a person, not a thing it describes ("would you trust a refugee charity?")
    const nx = id ? words[id.to + 1] ?? '' : '';
    const person = ['?', 'as', 'to', 'in', 'near', 'around', 'with', 'for', 'on', 'running', 'teaching', 'leading', 'living', 'next', 'babysit', 'teach', 'date', 'marry', 'coach', 'mind', 'raise', 'watch'].includes(nx) || ROLE_NOUNS.has(nx) || BEGRUDGED.has(nx);
    if (id && person && words[n] !== 'being' && words[n] !== 'to' && (o !== 'can you imagine' || words[id.to + 1] === 'as' || ROLE_NOUNS.has(words[id.to + 1] ?? ''))) return hit(qs, id.to, id, 'exclusion', `${o} ...?`);
  }
  // "why do Black people get a whole month?", "why do gay people need their own parade anyway?"
  if (words[qs] === 'why' && ['do', 'does', 'should'].includes(words[qs + 1] ?? '')) {
    const g = groups.find((m) => !m.pronoun && (m.from === qs + 2 || (m.from === qs + 3 && ['every', 'all', 'these', 'those'].includes(words[qs + 2] ?? ''))));
    const v = g ? words[skipWords(words, g.to + 1)] ?? '' : '';
    const rest = g ? words.slice(g.to + 1) : [];
    // "why do disabled people even have to fight for ramps?": an obligation put on them, not a thing they get
    const obliged = g !== undefined && v === 'have' && words[skipWords(words, g.to + 1) + 1] === 'to';
    if (g && !obliged && ['get', 'need', 'deserve', 'have', 'want', 'expect', 'receive'].includes(v) && rest.some((w) => ['anyway', 'anyways', 'whole', 'treatment', 'everything', 'even', 'extra', 'always', 'skip', 'jump'].includes(w))) return hit(qs, g.to + 1, g, 'derogation', 'why do [group] get ...?');
  }
  return null;
}

function skipWords(words: Words, i: number): number {
  let j = i;
  while (['even', 'still', 'always', 'all', 'really', 'just', 'now', 'suddenly'].includes(words[j] ?? '')) j++;
  return j;
}

/** What a member's word is worth: "a woman's opinion is worth half a man's", "a gay man's word means nothing". */
const VOICE = new Set(['opinion', 'opinions', 'word', 'words', 'vote', 'votes', 'voice', 'voices', 'testimony', 'life', 'lives', 'say', 'view', 'views', 'input', 'thoughts', 'feelings']);

const WORTHLESS = new Set(['nothing', 'less', 'half', 'little', 'zero', 'jack', 'shit', 'squat', 'worthless', 'meaningless', 'irrelevant']);

/** Words before a member's word that condemn its being worth less: "it is wrong that ...", "the scandal is that ...". */
const CONDEMNING = new Set(['wrong', 'unfair', 'unjust', 'injustice', 'shame', 'shameful', 'disgrace', 'disgraceful', 'outrage', 'outrageous', 'scandal', 'scandalous', 'absurd', 'appalling', 'sexist', 'racist', 'bigoted', 'bigotry', 'fight', 'fighting', 'protest', 'protesting']);

export function wordWorth(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.to + 1] !== "'s" || !VOICE.has(words[g.to + 2] ?? '')) continue;
    // "it is wrong / unfair that a disabled person's vote means less": the writer condemns the inequality
    if (words.slice(0, g.from).some((w) => CONDEMNING.has(w))) continue;
    const tail = words.slice(g.to + 3, g.to + 9);
    const worth = tail.findIndex((w) => ['worth', 'means', 'mean', 'counts', 'count', 'matters', 'matter'].includes(w));
    if (worth < 0) continue;
    const after = tail.slice(worth + 1, worth + 4);
    // "doesn't count", "don't matter" at the end of the clause; "counts for nothing / less", "worth half"
    const denied = tail.slice(0, worth).some((w) => NEGATORS.has(w)) && ['count', 'counts', 'matter', 'matters', 'mean'].includes(tail[worth] ?? '') && (after.length === 0 || CLAUSE_BREAK.has(after[0] ?? '') || after[0] === ',');
    if (denied || after.some((w) => WORTHLESS.has(w))) return hit(g.from, g.to + 3 + worth + (denied ? 0 : 1 + after.findIndex((w) => WORTHLESS.has(w))), g, 'negated-positive', "a member's word worth less");
  }
  return null;
}

/** Segregation: "shouldn't have to share a classroom with the disabled", "kept ... away from normal kids", "stay out of the ladies' room". */
const SHARED = new Set(['share', 'sit', 'study', 'work', 'live', 'sleep', 'shower', 'change', 'swim', 'eat', 'learn', 'compete', 'play', 'mix']);

const FACILITIES = new Set(['room', 'rooms', 'toilet', 'toilets', 'bathroom', 'bathrooms', 'loo', 'loos', 'changing', 'locker', 'showers', 'restroom', 'restrooms', 'spaces', 'sports', 'shelters', 'prisons', 'wards']);

const NORMAL_PEOPLE = new Set(['kids', 'children', 'people', 'folks', 'families', 'students', 'pupils', 'society', 'men', 'women', 'humans', 'ones']);

/** Auxiliaries of a reported passive: "were / have been / are being / got banned from" (a modal "should be banned" is a call). */
const PASSIVE_NEWS = new Set(['were', 'was', 'been', 'are', 'is', 'being', 'get', 'gets', 'got', "'re"]);

export function segregated(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "normal kids shouldn't have to share a classroom with the disabled"
  const h = find(words, 'have to');
  if (h > 0 && negatedIn(words, Math.max(0, h - 3), h) && SHARED.has(words[h + 2] ?? '')) {
    const w = words.indexOf('with', h + 3);
    const g = w > 0 && w - h <= 8 ? groups.find((m) => !m.pronoun && m.from > w && m.from <= w + 3) : undefined;
    if (g) return hit(h - 1, g.to, g, 'exclusion', 'refusing to share a space with [group]');
  }
  // "kept in their own schools, away from normal kids"
  const a = words.findIndex((x, k) => ['away', 'apart', 'separate', 'separated', 'segregated'].includes(x) && words[k + 1] === 'from' && words[k + 2] === 'normal' && NORMAL_PEOPLE.has(words[k + 3] ?? ''));
  const g = groups.find((m) => !m.pronoun);
  if (a >= 0 && g) return hit(Math.min(g.from, a), Math.max(g.to, a + 3), g, 'exclusion', 'kept away from normal people');
  // "men in skirts should stay away from the ladies' room", "trans women invading our changing rooms"
  for (const m of groups) {
    if (m.pronoun) continue;
    const vp = words.slice(m.to + 1, m.to + 12);
    const st = vp.findIndex((x, k) => (['stay', 'keep', 'kept', 'stays', 'banned', 'barred'].includes(x) && ['out', 'away', 'from'].includes(vp[k + 1] ?? '')) || x === 'invading' || x === 'invade');
    // "were barred from", "have been banned from": news of a harm done to the group, not a call for it ("should be banned")
    let a = st - 1;
    while (a >= 0 && ['recently', 'already', 'now', 'officially', 'effectively', 'quietly', 'just', 'also', 'still', 'often', 'routinely'].includes(vp[a] ?? '')) a--;
    const reported = st >= 0 && ['banned', 'barred', 'kept'].includes(vp[st] ?? '') && PASSIVE_NEWS.has(vp[a] ?? '');
    if (st >= 0 && !reported && vp.slice(st + 1).some((x) => FACILITIES.has(x)) && !vp.slice(0, st).some((x) => NEGATORS.has(x))) return hit(m.from, m.to + 1 + st + 1, m, 'exclusion', 'kept out of shared spaces');
  }
  return null;
}

/** "We got a trans teacher this year. I've pulled my son out." / "I won't let my daughter go to sleepovers at the lesbian couple's house." */
const REMOVING = new Set(['pull', 'pulled', 'pulling', 'take', 'took', 'taking', 'move', 'moved', 'moving', 'keep', 'keeping']);

/** Where a child is taken out of: "out of the school", "away from that nursery". */
const SCHOOLING = new Set(['school', 'schools', 'class', 'classes', 'nursery', 'lessons', 'club', 'team', 'daycare', 'kindergarten', 'preschool', 'playgroup', 'classroom', 'scouts', 'brownies', 'camp']);

/**
 * "out of / from school", or a bare "out" / "away" ending the clause after "pull" ("I've pulled my son out"); "took our
 * kids out for ice cream" and "took the kids out to the park" are outings, not removals.
 */
function removedFrom(words: Words, v: string, i: number): boolean {
  if (!['out', 'away'].includes(words[i + 1] ?? '')) return false;
  const n = words[i + 2];
  const pull = ['pull', 'pulled', 'pulling'].includes(v);
  // "pulled my kids out of it / there" points back to the school named before
  if (['of', 'from'].includes(n ?? '')) return words.slice(i + 3, i + 7).some((w) => SCHOOLING.has(w)) || (pull && ['it', 'there', 'that'].includes(words[i + 3] ?? ''));
  return pull && (n === undefined || CLAUSE_BREAK.has(n) || n === ',');
}

export function childrenRemoved(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  for (let i = 1; i < words.length; i++) {
    if (!CHILDREN.has(words[i] ?? '') || !['my', 'our'].includes(words[i - 1] ?? '')) continue;
    const v = words[i - 2] ?? '';
    if (REMOVING.has(v) && (removedFrom(words, v, i) || (words[i + 1] === 'to' && ['a', 'another'].includes(words[i + 2] ?? '') && words.slice(i + 3, i + 6).some((w) => ['school', 'class', 'different', 'nursery'].includes(w))))) {
      const g = groups.find((m) => !m.pronoun) ?? null;
      const pg = g ? null : prev.groups().find((m) => !m.pronoun);
      if (g) return hit(i - 2, Math.max(i + 1, g.to), g, 'exclusion', 'children taken away from a member');
      if (pg && i <= 5) return hit(i - 2, i + 1, { ...pg, from: i, to: i, pronoun: true }, 'exclusion', 'children taken away from a member named before');
    }
    // "I won't let my daughter go to sleepovers at the lesbian couple's house"
    if (['let', 'allow', 'send'].includes(v) && words.slice(Math.max(0, i - 6), i - 2).some((w) => NEGATORS.has(w) || w === 'won')) {
      // a relative clause ends the search: "near a man who hates gay people" keeps the children from the man, not the group
      for (let j = i + 1; j < Math.min(words.length, i + 10) && !CLAUSE_BREAK.has(words[j] ?? '') && !['who', 'whom', 'whose', 'that'].includes(words[j] ?? ''); j++) {
        if (SINGULAR_GENDER.has(words[j] ?? '') && PICKED_OUT.has(words[j + 1] ?? '')) break;
        const id = identityWord(tokens, groups, j) ?? (identityAdjective(words[j] ?? '') && PERSON_NOUNS.has(words[j + 1] ?? '') ? { from: j, to: j + 1, characteristic: identityAdjective(words[j] ?? '') as Characteristic, pronoun: false, weak: false } : null);
        if (id) return hit(i - 2, id.to, id, 'exclusion', `${v} my children near ...`);
      }
    }
  }
  return null;
}

/** "Muslims are welcome here once they leave their religion at the border." */
const SHED = new Set(['leave', 'drop', 'ditch', 'abandon', 'lose', 'shed', 'forget', 'give', 'stop', 'hide']);

export function welcomeIf(words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = words.indexOf('welcome');
  const g = w > 0 ? groups.find((m) => !m.pronoun && m.to < w) : undefined;
  if (!g) return null;
  const c = words.findIndex((x, k) => k > w && ['once', 'if', 'provided', 'long', 'when'].includes(x));
  if (c < 0 || c - w > 4) return null;
  const v = words.findIndex((x, k) => k > c && k < c + 5 && SHED.has(x));
  return v > 0 && words.slice(v + 1, v + 4).some((x) => CULTURE_NOUNS.has(x) || FAITH_MARKS.has(x) || ['language', 'accent', 'customs', 'baggage', 'god', 'identity'].includes(x)) ? hit(g.from, v + 2, g, 'derogation', 'welcome only without their identity') : null;
}

/** A member rejected unseen: "Anyone in a hijab gets an automatic no from me", "CVs with foreign names go straight in the bin". */
const AUTO_REJECT = ['automatic no', 'auto reject', 'automatic rejection', 'instant no', 'instant rejection', 'straight in the bin', 'straight into the bin', 'straight to the bin', 'straight in the trash', 'hard no from me', 'swipe left', 'auto decline', 'automatically rejected', 'automatically reject'];

/** Words that report or condemn a rejection rather than make it: "a study found", "illegal", "discrimination". */
const REPORTED_REJECTION = new Set(['study', 'studies', 'found', 'survey', 'research', 'researchers', 'report', 'reported', 'illegal', 'unlawful', 'discrimination', 'discriminatory', 'fined', 'sued', 'investigation']);

export function autoReject(words: Words, groups: readonly GroupMention[]): Attack | null {
  const r = findAny(words, AUTO_REJECT);
  const g = r ? groups.find((m) => !m.pronoun) : undefined;
  // "..., a study found", "it is illegal": a rejection reported or condemned
  if (!r || !g || negatedIn(words, Math.max(0, r[0] - 3), r[0]) || words.some((w) => REPORTED_REJECTION.has(w))) return null;
  return hit(Math.min(g.from, r[0]), Math.max(g.to, r[1]), g, 'exclusion', 'rejected for who they are');
}

/** "Those Eastern Europeans are not our kind of neighbours", "[group] will never be one of us". */
const NOT_US = ['not our kind', 'not our sort', 'not our type', 'not one of us', 'never be one of us', 'not like us', 'not really one of us', 'not our people'];

export function notUs(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  const r = g ? findAny(words.slice(g.to + 1, g.to + 6), NOT_US) : null;
  // "refugees are not our people to abandon": a duty to them, not a refusal of them
  if (g && r && words[g.to + 2 + r[1]] === 'to' && words[g.to + 3 + r[1]] !== 'begin') return null;
  return g && r ? hit(g.from, g.to + 1 + r[1], g, 'derogation', 'othered as not us') : null;
}

/** "Old people should do us all a favour and retire from voting": leaving as a favour. */
const FAVOUR_EXITS = new Set(['die', 'leave', 'retire', 'disappear', 'vanish', 'emigrate', 'croak', 'kys']);

/** Verbs that leave only with the word after them: "go away", "drop dead", "stop breathing", "kill themselves". */
const FAVOUR_EXIT_PHRASES = new Map<string, readonly string[]>([
  ['go', ['away', 'back', 'home', 'die', 'extinct']], ['move', ['away', 'out', 'abroad', 'back']], ['get', ['out', 'lost']], ['drop', ['dead']],
  ['stop', ['existing', 'breathing', 'living', 'voting', 'breeding', 'reproducing']], ['quit', ['existing', 'breathing', 'living', 'voting']],
  ['pack', ['up', 'off', 'their']], ['piss', ['off']], ['fuck', ['off']], ['kill', ['themselves', 'yourselves']], ['jump', ['off']],
  ['step', ['aside', 'down']], ['stay', ['away', 'out']], ['shuffle', ['off']], ['kick', ['the']],
]);

export function favour(words: Words, groups: readonly GroupMention[]): Attack | null {
  const f = words.findIndex((w, k) => (w === 'favour' || w === 'favor') && words[k - 1] === 'a' && words[k - 2] !== 'me' && ['us', 'everyone', 'world', 'all', 'country', 'society', 'planet', 'everybody'].includes(words[k - 2] ?? '') || ((w === 'favour' || w === 'favor') && words[k - 1] === 'a' && words[k - 3] === 'us' && words[k - 2] === 'all'));
  if (f < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.to < f);
  const v = words[f + 1] === 'and' ? words[f + 2] === 'just' ? f + 3 : f + 2 : -1;
  if (!g || v < 0) return null;
  // the favour is leaving, dying or vanishing ("and stop smoking" is a benign request), and not refused ("should not do us a favour")
  const w = words[v] ?? '';
  const exit = FAVOUR_EXITS.has(w) || (FAVOUR_EXIT_PHRASES.get(w) ?? []).includes(words[v + 1] ?? '');
  return exit && !words.slice(g.to + 1, f).some((x) => NEGATORS.has(x)) ? hit(g.from, v, g, 'exclusion', 'leaving as a favour to us') : null;
}

/** "Why should we care what old people think?": a group's voice dismissed. */
export function voiceDismissed(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let c = 1; c + 2 < words.length; c++) {
    if (words[c] !== 'what' || !DISMISS_VERBS.has(words[c - 1] ?? '')) continue;
    // "why/who should care what ...", "nobody cares what ...", "no one asked what ...", "I don't care what ..."
    const before = words.slice(0, c - 1);
    // ("nobody asked what refugees want" is as often a complaint that they were not consulted: 'asked' only after "who")
    const asked = words[c - 1] === 'asked';
    const dismissive = ['why', 'who'].includes(words[0] ?? '') || (!asked && (before.includes('nobody') || before.includes('noone') || (before.includes('no') && before.includes('one')) || (words[c - 1] === 'care' && words[c - 2] === 'not')));
    if (!dismissive) continue;
    let j = c + 1;
    while (VOICE_DETERMINERS.has(words[j] ?? '')) j++;
    // a group ("what women think") or one member ("what a woman thinks", "what some Muslim says")
    const g = identityAt(tokens, groups, j);
    // "a woman", "some immigrant": one member, whatever the noun's other senses ("the French" stays weak)
    const sure = g && (!g.weak || ONE_MEMBER.has(words[j - 1] ?? ''));
    // the dismissal must be the point of the sentence: "..., and that's the problem with this policy" complains for them
    if (g && sure && VOICES.has(words[g.to + 1] ?? '') && endsThere(words, g.to + 2)) return hit(c - 1, g.to + 1, g, 'derogation', 'a group\'s voice dismissed (\'nobody cares what [group] think\')');
  }
  return null;
}
const DISMISS_VERBS = new Set(['care', 'cares', 'asked']);
const VOICE_DETERMINERS = new Set(['a', 'an', 'some', 'the', 'these', 'those', 'any', 'random', 'single']);
const ONE_MEMBER = new Set(['a', 'an', 'some', 'any', 'random', 'single']);
const VOICE_TAILS = new Set(['lol', 'lmao', 'haha', 'tbh', 'honestly', 'anyway', 'anyways', 'frankly']);
const VOICES = new Set(['think', 'thinks', 'say', 'says', 'want', 'wants', 'feel', 'feels', 'believe', 'believes']);

/** Nothing after k but punctuation, a tail ("lol") or one vocative after a comma ("..., @sam."). */
function endsThere(words: Words, k: number): boolean {
  const rest = words.slice(k).filter((w) => !CLAUSE_BREAK.has(w) && w !== ',' && !VOICE_TAILS.has(w));
  return rest.length === 0 || (rest.length === 1 && words[k] === ',');
}

/** "When did it become okay for men in dresses to use our toilets?": a presence begrudged. */
export function becameOkay(words: Words, groups: readonly GroupMention[]): Attack | null {
  const b = find(words, 'when did it become');
  if (b !== 0 || !['okay', 'ok', 'acceptable', 'normal', 'fine', 'legal', 'allowed'].includes(words[4] ?? '') || words[5] !== 'for') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 6 && m.from <= 7);
  // "when did it become legal for women to vote?", "... okay for women to vote in Switzerland / in 1971?": a history
  // question about a law, a country or a date, not a presence begrudged in the writer's own spaces
  const history = !words.some((w) => w === 'our' || w === 'my') && (['legal', 'allowed'].includes(words[4] ?? '') || words.some((w, k) => PLACES.has(w) || /^(1[0-9]|20)[0-9]{2}s?$/.test(w) || (['in', 'across'].includes(words[k - 1] ?? '') && COUNTRY_WORDS.has(w))));
  return g && !history ? hit(0, g.to, g, 'derogation', 'when did it become okay for [group] ...?') : null;
}

/** Place words after "in" that make a question about history elsewhere: "in the US", "in Switzerland" (tokens are lowercased). */
const COUNTRY_WORDS = new Set(['switzerland', 'france', 'britain', 'england', 'scotland', 'ireland', 'america', 'us', 'usa', 'uk', 'europe', 'germany', 'italy', 'spain', 'japan', 'canada', 'australia', 'russia', 'saudi', 'history', 'law']);

/** "Why should my kids learn about gay families at school?": children kept from knowing the group exists. */
export function keptFromLearning(words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = words.findIndex((w, k) => CHILDREN.has(w) && ['my', 'our'].includes(words[k - 1] ?? '') && ['why', 'should', 'do'].includes(words[0] ?? ''));
  if (c < 0 || words[words.length - 1] !== '?' || words[1] !== 'should' && words[1] !== 'do' && words[1] !== 'must') return null;
  const l = words.findIndex((w, k) => k > c && ['learn', 'hear', 'taught', 'read', 'see', 'know', 'watch'].includes(w));
  const g = l > 0 && words[l + 1] === 'about' ? groups.find((m) => !m.pronoun && m.from > l + 1 && m.from <= l + 3) : undefined;
  return g ? hit(0, g.to, g, 'exclusion', 'children kept from learning about [group]') : null;
}

/** "Why do old people refuse to just die already?", "[group] should hurry up and die". */
export function dieAlready(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "old people who want to die already have the right ...": "already" goes with the verb after it
  const d = words.findIndex((w, k) => ['die', 'croak', 'disappear', 'leave'].includes(w) && ((words[k + 1] === 'already' && !['have', 'has', 'had', 'do', 'does', 'know', 'knew', 'can', 'are', 'is'].includes(words[k + 2] ?? '')) || (words[k - 1] === 'and' && words[k - 2] === 'up' && words[k - 3] === 'hurry')));
  const g = d > 0 ? groups.find((m) => !m.pronoun && m.to < d) : undefined;
  return g && !words.slice(g.to + 1, d).some((w) => NEGATORS.has(w) && w !== 'not') ? hit(g.from, d + 1, g, 'exclusion', 'wished to die already') : null;
}

/** "Immigrants should remember they are guests here": belonging withheld. */
const GUESTS = ['always be foreigners', 'always be outsiders', 'always be guests', 'always be strangers', 'always be immigrants', 'always be aliens', 'never be one of us', 'never really belong', 'never belong here', 'they are guests', 'they are only guests', 'they are just guests', 'are guests here', 'are guests in', 'are only guests', 'are just guests', 'are visitors here', 'are only visitors', 'are just visitors'];

/** Places that make someone a household's guest: "guests in our house / at the wedding". */
const HOUSEHOLD = new Set(['house', 'home', 'flat', 'apartment', 'wedding', 'party', 'hotel', 'show', 'dinner', 'studio', 'podcast']);

export function guests(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  const r = g ? findAny(words.slice(g.to + 1), GUESTS) : null;
  // "refugees are guests in our house this week": guests of a household, not of the nation
  const household = g && r ? ['my', 'our', 'his', 'her', 'their', 'the'].includes(words[g.to + 2 + r[1]] ?? '') && HOUSEHOLD.has(words[g.to + 3 + r[1]] ?? '') : false;
  return g && r && !household && !negatedIn(words, g.to + 1, g.to + 1 + r[0]) ? hit(g.from, g.to + 1 + r[1], g, 'derogation', 'guests, not members') : null;
}

/** "Gay people are welcome, just not near my children": tolerance with an exclusion attached. */
export function welcomeButNot(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const w = words.findIndex((x, k) => k > g.to && k <= g.to + 4 && ['welcome', 'fine', 'ok', 'okay', 'alright', 'tolerable', 'tolerated'].includes(x));
  if (w < 0) return null;
  let n = w + 1;
  if (words[n] === ',' || words[n] === '-') n++;
  if (['just', 'but', 'only'].includes(words[n] ?? '')) n++;
  // the exclusion is from the writer's own life: "not near my children", "not in my street"
  const own = words.slice(n + 2, n + 6).some((x) => CHILDREN.has(x) || ['street', 'neighbourhood', 'neighborhood', 'house', 'home', 'area', 'town', 'school', 'family', 'country', 'church', 'pub', 'road', 'building', 'office', 'club'].includes(x)) && words.slice(n + 2, n + 5).some((x) => ['my', 'our', 'me', 'us'].includes(x));
  if (words[n] === 'not' && (['near', 'around', 'next'].includes(words[n + 1] ?? '') || (['in', 'with', 'at'].includes(words[n + 1] ?? '') && own))) return hit(g.from, n + 2, g, 'exclusion', 'welcome, just not near us');
  return null;
}

/** "If you love Mexico so much, go back there": the love of an origin turned into an order to leave. */
export function loveItLeave(words: Words): Attack | null {
  const l = words.findIndex((w) => w === 'love' || w === 'like' || w === 'miss');
  if (l < 0 || words[l - 1] !== 'you' || !PLACES.has(words[l + 1] ?? '') && !['your', 'their'].includes(words[l + 1] ?? '')) return null;
  const place = PLACES.has(words[l + 1] ?? '') ? l + 1 : words[l + 2] === 'country' || words[l + 2] === 'culture' ? l + 2 : -1;
  if (place < 0 || words[place + 1] !== 'so' || words[place + 2] !== 'much') return null;
  const go = words.findIndex((w, k) => k > place + 2 && (w === 'go' || w === 'move' || w === 'leave' || w === 'piss' || w === 'fuck') && (['back', 'there', 'home', 'off'].includes(words[k + 1] ?? '') || w === 'leave' || w === 'move'));
  // "go back there on holiday", "go there for a visit": a trip recommended, not an order to leave
  if (go > 0 && words.slice(go + 1, go + 6).some((w) => ['holiday', 'holidays', 'vacation', 'visit', 'trip', 'honeymoon', 'sometime', 'someday'].includes(w))) return null;
  return go > 0 ? hit(l - 1, go + 1, { from: place, to: place, characteristic: 'origin', pronoun: false, weak: false }, 'exclusion', 'if you love it so much, go back') : null;
}

/** "Down syndrome kids should never have been born", "[group] shouldn't exist". */
export function neverBorn(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  const b = words.findIndex((w, k) => k > g.to && w === 'born' && words[k - 1] === 'been' && words[k - 2] === 'have' && words.slice(Math.max(g.to + 1, k - 5), k - 2).some((x) => NEGATORS.has(x)) && words.slice(g.to + 1, k).some((x) => ['should', 'ought', 'must'].includes(x)));
  return b > 0 ? hit(g.from, b, g, 'exclusion', 'should never have been born') : null;
}
