/**
 * Frames that state a stereotype in a fixed shape around a group subject: a habit ("[group] always / will never
 * ..."), aptitude denied or steered ("just aren't built for academics", "only good at sports"), what a group is known
 * for or has a talent for, the group as attention seekers or gold diggers, verdicts on its culture ("Muslim culture
 * is backward") and on places standing for it ("Black neighbourhoods are always dangerous"), and origin as a verdict
 * on conduct ("third-world habits").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import {
  CHILDREN, MORE_POSITIVE, VICTIMISED, BAD_HABITS, BAD_HABIT_PHRASES, GOOD_HABITS, GOOD_HABIT_PHRASES, HABIT_EXCUSES, KNOWN_QUALITIES, KNACK_ACTS,
  BELITTLING_LABELS, STEERED_FROM, CULTURE_NOUNS, CULTURE_VERDICTS, MORE_NEGATIVE, MORE_DEHUMANISING, IDENTITY_PLACES, PLACE_VERDICTS,
  PLACE_CONTENTS, PLACE_CAUSES,
} from '../lexicon/derogation';
import { readPredicate, type Attack } from '../predicate';
import { POSITIVE_ATTRIBUTES } from '../lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { asSubject, clauseEnd, find, GIVING, hasPraise, hit, identityWord, lastWord, SUBJECT_FILL, type Words } from './shared';

/** Habitual and modal words that make a predicate a habit: "always", "will", "never", "can't help". */
const HABIT_MARKERS = new Set(['always', 'will', "'ll", 'would', 'never', 'constantly', 'forever', 'invariably', 'usually', 'all', 'can', 'cannot', 'could', 'tend', 'tends', 'keep', 'rather', 'typically', 'generally', 'seem', 'to', 'do', 'does', 'did', 'ever', 'even']);

/** Days and rites of a faith, and exemptions, that explain a habit without faulting anyone ("free" is left out: "free houses" is the trope). */
const OBSERVANCES = new Set(['sabbath', 'shabbat', 'shabbos', 'ramadan', 'eid', 'lent', 'passover', 'diwali', 'yom', 'kippur', 'fast', 'fasting', 'holy', 'exempt', 'exemption', 'waived']);

/**
 * A stereotype stated as a habit: a group subject, a habitual or modal word ("always", "will", "never",
 * "can't"), and a habit from a stereotype domain: money ("know where the money is", "haggle over every penny"),
 * food ("eat anything that moves"), crime and violence ("start fights", "pull a knife"), hygiene ("never
 * shower"), sex ("sleep with anything that moves", "can't keep it in their pants"), fertility ("have ten
 * kids"), welfare ("live off the state", "milk the system"), temper ("can't control their emotions") or
 * humour ("can't take a joke"). A sympathetic or explained habit ("always face barriers", "never get to shower
 * in the camps", "can't pay rent without help") passes, and so do habits outside those domains ("always fast
 * during Ramadan", "always inspire me").
 */
export function habit(words: Words, groups: readonly GroupMention[]): Attack | null {
  // (a knowing tag is no condition: "..., if you know what I mean" ends what the excuses are read from)
  let knowingTag = words.length;
  if (words.includes('mean')) for (let k = 0; k + 5 < words.length + 1; k++) if (words.slice(k, k + 6).join(' ') === 'if you know what i mean') { knowingTag = k; break; }
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 12);
    const vp = words.slice(g.to + 1, e + 1);
    // an excuse anywhere after the group: "can't pay taxes because they aren't allowed to work"
    // "get blamed", "get to shower": a passive or a permission excuses too
    const after = words.slice(g.to + 1, Math.max(g.to + 1, knowingTag));
    const excused = after.some((w, k) => HABIT_EXCUSES.has(w) || (VICTIMISED.has(w) && w !== 'first' && w !== 'left') || (/^(get|gets|got|getting)$/.test(w) && (/ed$/.test(after[k + 1] ?? '') || after[k + 1] === 'to' || VICTIMISED.has(after[k + 1] ?? ''))));
    // "Jews never work on the Sabbath", "refugees don't pay rent in the shelter, it's free": a rule of faith or an exemption
    const ruled = after.some((w) => OBSERVANCES.has(w));
    // ("brought langar to the village and fed everyone for free": what is given for free is generosity)
    const giving = vp.some((w, n) => w === 'for' && vp[n + 1] === 'free') && vp.some((w) => GIVING.has(w));
    // ("'Immigrants take our jobs' is a myth": the quote's closing mark is lost, so the verdict on it joins the clause)
    const debunkedAfter = /\b(?:is|are|was) (?:a |an |just a |such a |the )?(?:myth|lie|stereotype|trope|lazy trope|racist trope|falsehood|fiction)\b/.test(vp.join(' '));
    if (vp.length < 2 || hasPraise(words) || excused || ruled || giving || debunkedAfter) continue;
    // a habitual or modal marker within the first few words
    const head = vp.slice(0, 5);
    const habitual = head.some((w) => HABIT_MARKERS.has(w));
    const negated = head.some((w) => NEGATORS.has(w) || w === 'cannot');
    // the verb: the first word after the markers ("never | pay taxes", "can not | take a joke")
    let v0 = 0;
    while (v0 < vp.length && ((HABIT_MARKERS.has(vp[v0] ?? '') && vp[v0] !== 'keep') || NEGATORS.has(vp[v0] ?? '') || SUBJECT_FILL.has(vp[v0] ?? ''))) v0++;
    const text = ` ${vp.join(' ')} `;
    const phrase = (list: readonly string[]): string | undefined => list.find((p) => text.includes(` ${p} `) || text.includes(` ${p}s `));
    // a generic present needs no marker when the habit is the verb itself: "[group] live off the state"
    const verbText = ` ${vp.slice(v0).join(' ')} `;
    // "[group] come here and expect everything for free", "come here to live off benefits"
    const comeHere = /^ (come|comes|coming) (here|over) (and|to|just|only|,) /.test(verbText) ? BAD_HABIT_PHRASES.find((p) => verbText.includes(` ${p} `)) : undefined;
    if (comeHere) return hit(g.from, g.to + vp.length, g, 'stereotype', `come here to ('${comeHere}')`);
    const generic = !habitual && vp.slice(0, v0).every((w) => ['just', 'all', 'only', 'really', 'basically', 'simply'].includes(w)) ? BAD_HABIT_PHRASES.find((p) => verbText.startsWith(` ${p} `)) : undefined;
    if (generic) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit ('${generic}')`);
    if (!habitual) continue;
    // "will eat anything that moves", "haggle over every penny": affirmed
    const bad = phrase(BAD_HABIT_PHRASES) ?? vp.find((w, k) => BAD_HABITS.has(w) && !(w === 'sleep' && !['with', 'around'].includes(vp[k + 1] ?? '')) && !(w === 'pop' && vp[k + 1] !== 'out') && !(w === 'rip' && vp[k + 1] !== 'off') && !(w === 'milk' && !['the', 'it', 'every'].includes(vp[k + 1] ?? '')));
    // "would rather sit on benefits than work" is affirmed even with "than work" after it
    if (bad && (!negated || head.includes('rather'))) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit ('${bad}')`);
    // "never shower", "never pay taxes", "can't take a joke": denied
    const good = GOOD_HABIT_PHRASES.find((p) => verbText.startsWith(` ${p} `)) ?? (GOOD_HABITS.has(vp[v0] ?? '') ? vp[v0] : undefined);
    if (good && negated) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit (never '${good}')`);
  }
  return null;
}

/** Harms one is not "built for": the group is the one who suffers them. */
const ENDURED = new Set(['abuse', 'harassment', 'hate', 'hatred', 'violence', 'racism', 'sexism', 'discrimination', 'poverty', 'trauma', 'cruelty', 'bullying', 'threats', 'trolling']);

/**
 * Aptitude denied by make: "[group] just aren't built / cut out / wired / made for academics", "girls were never
 * meant for science", "weren't meant to lead". "Offices aren't built for wheelchair users" (the group after
 * "for") and "women aren't meant to suffer in silence" pass.
 */
export function notBuiltFor(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    let neg = false;
    while (j < g.to + 7 && (SUBJECT_FILL.has(words[j] ?? '') || NEGATORS.has(words[j] ?? '') || ['biologically', 'genetically', 'mentally', 'physically', 'ever', 'even'].includes(words[j] ?? ''))) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    const w = words[j] ?? '';
    let at = -1;
    if (['built', 'made', 'wired', 'designed', 'equipped', 'suited', 'programmed', 'bred'].includes(w) && ['for', 'to'].includes(words[j + 1] ?? '')) at = j + 1;
    if (w === 'cut' && words[j + 1] === 'out' && ['for', 'to'].includes(words[j + 2] ?? '')) at = j + 2;
    if (w === 'meant' && words[j + 1] === 'for') at = j + 1;
    // "meant to lead / to think / to be in charge"; "meant to suffer" is a sympathy
    if (w === 'meant' && words[j + 1] === 'to' && ['lead', 'think', 'rule', 'run', 'vote', 'study', 'fly', 'drive', 'fight', 'govern', 'work', 'code', 'learn', 'compete', 'play', 'manage', 'teach', 'decide'].includes(words[j + 2] ?? '')) at = j + 2;
    if (at < 0 || !neg) continue;
    const o = words[at + 1] ?? '';
    if (!o || CLAUSE_BREAK.has(o) || ['suffer', 'struggle', 'be', 'hide', 'live', 'feel', 'die', 'wait'].includes(o)) continue;
    // "aren't built for the abuse they get": not made to endure a harm is a sympathy, and "nobody is" makes it no trait of the group
    const obj = words.slice(at + 1, at + 4);
    if (obj.some((x) => ENDURED.has(x) || VICTIMISED.has(x)) || find(words, 'nobody is') > at || find(words, 'no one is') > at) continue;
    return hit(g.from, Math.min(clauseEnd(words, at + 1, 4), words.length - 1), g, 'negated-positive', `not ${w} for`);
  }
  return null;
}

/**
 * Other stereotype shapes: "[group] aren't exactly known for their logic", "[group] are known for their thieving",
 * "have a real talent for making money off others", "wouldn't know hard work if it hit them in the face", "give
 * [group] an inch and they'll take a mile", "[group] have it too easy / have too many rights", "name one good
 * thing [group] have contributed", "ever seen a [member] do a day's work?", "I can't take [group] seriously",
 * "[group] can't be trusted".
 */
export function stereotypeShapes(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    let neg = false;
    while (j < g.to + 6 && (SUBJECT_FILL.has(words[j] ?? '') || NEGATORS.has(words[j] ?? '') || ['exactly', 'particularly', 'famously', 'well', 'have', 'has', 'a', 'real', 'special', 'natural', 'certain'].includes(words[j] ?? ''))) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    const w = words[j] ?? '';
    const e = clauseEnd(words, j, 10);
    const vp = words.slice(j, e + 1);
    // "not exactly known / famous for their logic"; "known for their thieving"
    if (['known', 'famous', 'renowned', 'celebrated', 'noted'].includes(w) && words[j + 1] === 'for') {
      const q = vp.slice(2);
      if (neg && words.slice(g.to + 1, j).includes('exactly') && q.some((x) => KNOWN_QUALITIES.has(x) || POSITIVE_ATTRIBUTES.has(x) || MORE_POSITIVE.has(x))) return hit(g.from, e, g, 'stereotype', 'not exactly known for');
      // ("known for being targeted by phone scams": a vice suffered, not done)
      const suffered = q[0] === 'being' && /(?:ed|en)$/.test(q[1] ?? '');
      if (!neg && !suffered && q.some((x) => KNACK_ACTS.has(x))) return hit(g.from, e, g, 'stereotype', 'known for a vice');
    }
    // "have a (real) talent / knack / gift for stealing / making money off others"
    if (['talent', 'knack', 'gift', 'flair', 'nose'].includes(w) && words[j + 1] === 'for' && !neg) {
      const q = vp.slice(2);
      if (q.some((x) => KNACK_ACTS.has(x)) || (q.includes('money') && q.some((x) => ['off', 'out'].includes(x)))) return hit(g.from, e, g, 'stereotype', `a ${w} for a vice`);
    }
    // "wouldn't know hard work if it hit them in the face"
    if (w === 'know' && neg && words.slice(g.to + 1, j).some((x) => x === 'would' || x === "'d")) {
      const f = find(vp, 'if it');
      if (f > 0 && ['hit', 'bit', 'slapped', 'smacked', 'punched', 'kicked', 'jumped'].includes(vp[f + 2] ?? '')) return hit(g.from, j + f + 2, g, 'negated-positive', "wouldn't know it if it hit them");
    }
    // "[group] have it too easy / so good", "have too many rights", "get away with everything"
    const have = words.slice(g.to + 1, j).some((x) => ['have', 'has'].includes(x)) || ['have', 'has', 'got'].includes(w);
    let t = ['have', 'has', 'got'].includes(w) ? j + 1 : j;
    // "far / way too much influence"
    if (['far', 'way', 'much'].includes(words[t] ?? '') && words[t + 1] === 'too') t++;
    // "[group] have it easy": no "too" needed when nothing but the clause end or what they have follows
    const easy = words[t] === 'it' && words[t + 1] === 'easy' && ['.', '!', ',', 'with', 'here', 'nowadays', 'now', undefined].includes(words[t + 2]);
    if (have && !neg && (easy || (words[t] === 'it' && ['too', 'so'].includes(words[t + 1] ?? '') && ['easy', 'good', 'cushy'].includes(words[t + 2] ?? '')) || (words[t] === 'too' && ['many', 'much'].includes(words[t + 1] ?? '') && ['rights', 'privileges', 'power', 'say', 'freedom', 'influence'].includes(words[t + 2] ?? '')))) {
      return hit(g.from, Math.min(words.length - 1, t + 2), g, 'derogation', 'have it too easy');
    }
    // "[group] can't / shouldn't be trusted"
    if (w === 'trusted' && neg && words[j - 1] === 'be' && !words.slice(j + 1, e + 1).some((x) => ['anymore', 'again', 'after', 'because'].includes(x))) return hit(g.from, j, g, 'negated-positive', "can't be trusted");
  }
  // "give [group] an inch (and they'll take a mile)"
  const gi = words.indexOf('give');
  if (gi >= 0 && words.includes('inch') && words.includes('mile')) {
    const at = ['a', 'an', 'the', 'those', 'these'].includes(words[gi + 1] ?? '') ? gi + 2 : gi + 1;
    const id = identityWord(tokens, groups, at);
    if (id) return hit(gi, lastWord(words), id, 'stereotype', 'give them an inch');
  }
  // "name one good thing [group] have contributed", "name one [member] who ..."
  const ni = find(words, 'name one') >= 0 ? find(words, 'name one') : find(words, 'name a single');
  if (ni >= 0) {
    let at = ni + 2;
    while (['good', 'useful', 'positive', 'worthwhile', 'decent', 'single'].includes(words[at] ?? '')) at++;
    if (['thing', 'contribution', 'invention', 'achievement'].includes(words[at] ?? '')) {
      at++;
      if (['that', 'which'].includes(words[at] ?? '')) at++;
      if (['the', 'a', 'an'].includes(words[at] ?? '')) at++;
      const id = identityWord(tokens, groups, at);
      if (id && !['my', 'our'].includes(words[at - 1] ?? '')) return hit(ni, id.to, id, 'negated-positive', 'name one good thing');
    }
  }
  // "ever seen a [member] do a day's work?", "[group] never do an honest day's work"
  const dw = words.findIndex((x, k) => x === 'day' && words[k + 1] === "'s" && words[k + 2] === 'work');
  if (dw >= 0 && words.slice(0, dw).some((x) => x === 'ever' || x === 'never' || NEGATORS.has(x))) {
    const g = groups.find((m) => !m.pronoun && m.to < dw && !['my', 'our'].includes(words[m.from - 1] ?? ''));
    if (g) return hit(g.from, dw + 2, g, 'negated-positive', "never a day's work");
  }
  // "I can't take [group] seriously", "hard to take [group] seriously"
  const si = words.indexOf('seriously');
  if (si > 2) {
    let k = si - 1;
    const id = groups.find((m) => !m.pronoun && m.to === k) ?? null;
    if (id) {
      k = id.from - 1;
      while (['the', 'any', 'a', 'an', 'those', 'these'].includes(words[k] ?? '')) k--;
      const lead = words.slice(Math.max(0, k - 4), k);
      const refused = words[k] === 'take' && ((lead.includes('i') && lead.some((x) => NEGATORS.has(x) || x === 'cannot')) || lead.includes('hard') || lead.includes('impossible'));
      if (refused) return hit(Math.max(0, k - 3), si, id, 'negated-positive', "can't take them seriously");
    }
  }
  return null;
}

/**
 * A group steered to a narrow aptitude or place: "[group] are only good at sports", "good at call centres and
 * not much else", "naturally better at running than thinking", "more suited to caring roles than leadership",
 * "should focus on having babies instead of careers", "women are happier in the home".
 */
export function steered(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 16);
    const vp = words.slice(g.to + 1, e + 1);
    if (vp.some((w) => NEGATORS.has(w) && w !== 'nothing' && w !== 'not') || hasPraise(vp)) continue;
    const text = ` ${vp.join(' ')} `;
    // "only good at X", "good at X and nothing / not much else"
    const at = vp.findIndex((w, k) => ['good', 'suited', 'fit', 'useful', 'talented'].includes(w) && ['at', 'for', 'to'].includes(vp[k + 1] ?? ''));
    if (at >= 0) {
      // "only good at whatever they are given a chance to try": an open object narrows nothing
      const only = vp.slice(0, at).some((w) => w === 'only' || w === 'just') && !['whatever', 'anything', 'everything'].includes(vp[at + 2] ?? '');
      const nothingElse = / and (nothing|not much|little|not a lot) else | but nothing else | and that is it | and that is about it /.test(text);
      if ((only && !['for'].includes(vp[at + 1] ?? '')) || nothingElse) return hit(g.from, e, g, 'stereotype', 'reduced to one aptitude');
    }
    // "better at / more suited to X than / instead of / rather than Y" with Y an intellectual or public role
    const than = vp.findIndex((w, k) => w === 'than' || (w === 'instead' && vp[k + 1] === 'of') || (w === 'rather' && vp[k + 1] === 'than' && k > 0));
    if (than > 0 && vp.slice(0, than).some((w) => ['better', 'suited', 'happier', 'focus', 'stick', 'designed', 'built', 'made'].includes(w))) {
      const y = vp.slice(than + 1, than + 5);
      if (y.some((w) => STEERED_FROM.has(w))) return hit(g.from, e, g, 'stereotype', 'steered from a role');
    }
    // "women are happier / better off in the home / in the kitchen"
    const hp = vp.findIndex((w, k) => ['happier', 'better', 'best', 'safer'].includes(w) && (vp[k + 1] === 'off' ? ['in', 'at'].includes(vp[k + 2] ?? '') : ['in', 'at'].includes(vp[k + 1] ?? '')));
    if (hp >= 0) {
      const place = vp.slice(hp + 1, hp + 5).find((w) => w === 'kitchen' || LOW_PLACE_WORDS.has(w) || (w === 'home' && g.characteristic === 'gender'));
      if (place) return hit(g.from, e, g, 'derogation', `happier in the ${place}`);
    }
  }
  return null;
}

const LOW_PLACE_WORDS = new Set(['kitchen', 'fields', 'field', 'plantation', 'plantations', 'jungle', 'trees', 'caves', 'cave', 'desert', 'slums', 'huts', 'bedroom', 'nursery']);

/** "Muslim culture is incompatible with Western values", "their religion is barbaric". */
export function cultureVerdict(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '') ?? groups.find((m) => !m.pronoun && m.to === i && (words[i + 1] === "'s" || CULTURE_NOUNS.has(words[i + 1] ?? '')))?.characteristic;
    if (!c) continue;
    const n = words[i + 1] === "'s" ? i + 2 : i + 1;
    if (!CULTURE_NOUNS.has(words[n] ?? '') || !['is', 'are'].includes(words[n + 1] ?? '')) continue;
    const e = clauseEnd(words, n + 2, 6);
    const vp = words.slice(n + 2, e + 1);
    if (vp.some((w) => NEGATORS.has(w)) || hasPraise(vp)) continue;
    const v = vp.findIndex((w) => CULTURE_VERDICTS.has(w) || MORE_NEGATIVE.has(w) || MORE_DEHUMANISING.has(w));
    if (v >= 0 && vp.slice(0, v).every((w) => ['just', 'simply', 'fundamentally', 'completely', 'totally', 'utterly', 'a', 'an', 'so', 'really', 'basically', 'inherently', 'deeply'].includes(w))) {
      return hit(i, n + 2 + v, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', 'a culture condemned');
    }
  }
  return null;
}

/**
 * Shapes read around a group mention anywhere in the sentence: "[group] are just attention seekers / gold
 * diggers", "[group] are welcome to leave", "nobody wants to sit next to a [member]", "my son turning out like
 * that", "[group] got the vote and look where that got us", "you never see [group] paying full price",
 * "[group] are just badly behaved kids with a label".
 */
export function moreShapes(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (g) {
    let j = g.to + 1;
    while (j < g.to + 6 && SUBJECT_FILL.has(words[j] ?? '')) j++;
    const fill = words.slice(g.to + 1, j);
    const text = ` ${words.slice(j, j + 4).join(' ')} `;
    // "[group] are (just / all / really) attention seekers", "are economic migrants, not real refugees"
    const label = BELITTLING_LABELS.find((l) => text.startsWith(` ${l} `));
    if (label && fill.some((w) => ['are', 'is'].includes(w)) && (fill.some((w) => ['just', 'all', 'really', 'basically', 'mostly', 'only', 'simply', 'actually'].includes(w)) || words.slice(j + 2).includes('real'))) {
      return hit(g.from, j + 1, g, 'derogation', `called ${label}`);
    }
    // "[group] are (more than) welcome to leave / go back"
    const w0 = words.indexOf('welcome', g.to);
    if (w0 > g.to && w0 <= g.to + 4 && words[w0 + 1] === 'to' && ['leave', 'go', 'get', 'move', 'emigrate', 'piss', 'fuck'].includes(words[w0 + 2] ?? '')) {
      const n = words[w0 + 3] ?? '';
      if (words[w0 + 2] !== 'go' || ['back', 'home', 'away', 'elsewhere', '.', '!', ''].includes(n)) return hit(g.from, w0 + 2, g, 'exclusion', 'welcome to leave');
    }
    // "[disability group] are just badly behaved kids with a label", "just an excuse"
    if (['disability', 'gender-identity'].includes(g.characteristic) && fill.includes('just')) {
      const rest = words.slice(j, clauseEnd(words, j, 10) + 1).join(' ');
      if (/ with a (label|diagnosis|note)$| with a (label|diagnosis|note) |^an excuse|^(lazy|spoiled|spoilt|naughty|confused|attention)/.test(` ${rest} `.replace(/^ /, '')) || / with a (label|diagnosis)\b/.test(rest)) return hit(g.from, j + 2, g, 'negated-positive', 'identity called a label');
    }
  }
  // "nobody wants to sit next to / live near a [member]"
  for (let i = 0; i + 4 < words.length; i++) {
    if (!['nobody', 'no-one'].includes(words[i] ?? '') && !(words[i] === 'no' && words[i + 1] === 'one')) continue;
    let k = words[i] === 'no' ? i + 2 : i + 1;
    if (!['wants', 'likes', 'would', 'enjoys'].includes(words[k] ?? '')) continue;
    k++;
    if (words[k] === 'want') k++;
    if (words[k] === 'to') k++;
    if (!['sit', 'live', 'work', 'stand', 'share', 'be', 'sleep', 'rent', 'date', 'marry'].includes(words[k] ?? '')) continue;
    for (let m = k + 1; m <= k + 5 && m < words.length; m++) {
      const id = identityWord(tokens, groups, m);
      if (id && ['to', 'near', 'with', 'beside', 'by', 'a', 'an', 'any', 'next', 'the', 'some'].includes(words[m - 1] ?? '') && !['my', 'our'].includes(words[m - 1] ?? '')) return hit(i, id.to, id, 'exclusion', 'nobody wants to be near a member');
    }
  }
  if (!g) return null;
  // "I don't want my son turning out like that"
  const ch = words.findIndex((w, k) => CHILDREN.has(w) && ['my', 'our'].includes(words[k - 1] ?? ''));
  if (ch >= 0 && !hasPraise(words)) {
    const t = words.slice(ch + 1, ch + 5).join(' ');
    if (/^(turning|turn|turns|ending|end|ends|growing|grow|grows) (out |up )?(like that|like them|that way|gay|trans|queer|lesbian)/.test(t) && words.slice(0, ch).some((w) => NEGATORS.has(w) || w === 'hope' || w === 'pray' || w === 'dread' || w === 'afraid')) {
      return hit(g.from, Math.min(words.length - 1, ch + 4), g, 'derogation', 'dreaded in the children');
    }
  }
  // "[group] got the vote and look where that got us"
  const lw = find(words, 'look where');
  const lw2 = lw >= 0 ? lw : find(words, 'and look what happened');
  // "... and look where that got us, a pay raise": a good outcome named after it turns the gibe into a boast
  const outcome = lw2 >= 0 ? words.slice(lw2 + 4) : [];
  const good = hasPraise(outcome) || outcome.some((w) => GOOD_OUTCOMES.has(w) || MORE_POSITIVE.has(w));
  if (lw2 > g.to && !good && (lw < 0 || ['got', 'gets', 'led', 'left'].includes(words[lw + 3] ?? ''))) return hit(g.from, Math.min(words.length - 1, lw2 + 4), g, 'derogation', 'look where that got us');
  // "you never see [group] paying full price / working / tipping"
  const ns = find(words, 'never see');
  if (ns >= 0 && g.from > ns && g.from <= ns + 3) {
    const v = words[g.to + 1] ?? '';
    if (/^(pay|paying|work|working|tip|tipping|queue|queueing|queuing|wash|washing|do|doing|say|saying|help|helping)$/.test(v) && !words.some((w) => VICTIMISED.has(w) || HABIT_EXCUSES.has(w))) return hit(ns, Math.min(words.length - 1, g.to + 2), g, 'stereotype', 'never see them do it');
  }
  return null;
}

/** What a place can be "full of" or "a den of" in praise: "dens of joy", "hotbeds of talent". */
const GOOD_CONTENTS = new Set(['joy', 'love', 'community', 'learning', 'talent', 'creativity', 'kindness', 'hope', 'music', 'fun', 'friendship', 'support', 'innovation', 'excellence', 'laughter', 'warmth', 'bright', 'art']);

/** Outcomes that answer "look where that got us" with a gain. */
const GOOD_OUTCOMES = new Set(['raise', 'progress', 'equality', 'peace', 'prosperity', 'growth', 'safer', 'fairer', 'healthier', 'success']);

const PLACE_FILL = new Set(['all', 'always', 'just', 'basically', 'literally', 'really', 'so', 'such', 'mostly', 'usually', 'generally', 'totally', 'complete', 'total', 'absolute', 'utter', 'real', 'actual', 'a', 'an', 'the', 'nothing', 'but', 'full', 'of', 'truly', 'simply', 'pretty', 'very', 'too', 'becoming', 'turning', 'into', 'now', 'little', 'glorified']);

/**
 * A place or an institution standing for the group: "Black neighbourhoods are always dangerous", "Muslim areas are
 * no-go zones", "gay bars are dens of disease", "immigrant estates are full of thieves". A cause named as neglect,
 * policing or discrimination ("... because of redlining"), danger to the group itself ("dangerous for Black kids"),
 * negation and praise pass.
 */
export function identityPlace(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '') ?? groups.find((g) => !g.pronoun && g.from === i && g.to === i)?.characteristic ?? (['womens', 'mens', 'ladies'].includes(words[i] ?? '') ? 'gender' : undefined);
    if (!c || c === 'age' || !IDENTITY_PLACES.has(words[i + 1] ?? '') || ['non', 'anti', 'pro'].includes(words[i - 1] ?? '')) continue;
    // the copula after the place ("Muslim areas of the city are ..."), or before it in a question ("why are gay bars so ...?")
    let j = i + 2;
    if (['of', 'in', 'around', 'near'].includes(words[j] ?? '')) {
      let k = j + 1;
      while (k < j + 5 && !['are', 'is', "'re"].includes(words[k] ?? '') && !CLAUSE_BREAK.has(words[k] ?? '')) k++;
      j = k;
    }
    let vs: number;
    if (['are', 'is', "'re", 'become', 'became', 'turn', 'turned', 'remain'].includes(words[j] ?? '')) vs = j + 1;
    // "have gone to hell", "have become war zones", "has turned into a slum"
    else if (['have', 'has'].includes(words[j] ?? '') && ['gone', 'become', 'turned'].includes(words[j + 1] ?? '')) vs = j + 2;
    else if (['are', 'is'].includes(words[i - 1] ?? '') && words[0] === 'why') vs = i + 2;
    else {
      // "Jewish banks run the world", "Muslim schools breed extremists": the place as the subject of a stereotype
      const r = j === i + 2 && !words.slice(i + 2).some((w) => PLACE_CAUSES.has(w)) ? readPredicate(tokens, i + 2) : null;
      if (r && (r.kind === 'stereotype' || r.kind === 'dehumanising' || r.kind === 'exclusion')) return hit(i, r.end, { from: i, to: i + 1, characteristic: c, pronoun: false, weak: false }, r.kind, `a place standing for a group ('${r.head}')`);
      continue;
    }
    const e = clauseEnd(words, vs, 10);
    const vp = words.slice(vs, e + 1);
    const rest = words.slice(vs);
    if (hasPraise(vp) || rest.some((w) => PLACE_CAUSES.has(w))) continue;
    // "dangerous for Black kids / for them / for residents": the group is the one at risk
    if (rest.some((w, k) => w === 'for' && (identityAdjective(rest[k + 1] ?? '') || ['them', 'their', 'residents', 'locals', 'kids', 'children', 'families', 'the'].includes(rest[k + 1] ?? '')))) continue;
    for (let k = 0; k < Math.min(vp.length, 6); k++) {
      const w = vp[k] ?? '';
      const nogo = (w === 'no' && vp[k + 1] === 'go') || (w === 'war' && (vp[k + 1] === 'zones' || vp[k + 1] === 'zone'));
      if (NEGATORS.has(w) && !nogo && !(w === 'nothing' && vp[k + 1] === 'but')) break;
      const container = w === 'full' || w === 'dens' || w === 'den' || w === 'hotbeds' || w === 'hotbed' || w === 'nests';
      // "dens of joy and community", "full of bright kids": what the place holds decides, not the container word
      if (container && vp[k + 1] === 'of' && vp.slice(k + 2, k + 4).some((x) => GOOD_CONTENTS.has(x) || POSITIVE_ATTRIBUTES.has(x) || MORE_POSITIVE.has(x)) && !PLACE_CONTENTS.has(vp[k + 2] ?? '')) break;
      const full = container && vp[k + 1] === 'of' && PLACE_CONTENTS.has(vp[k + 2] ?? '');
      if (nogo || full || PLACE_VERDICTS.has(w)) {
        return hit(i, vs + k + (full ? 2 : nogo ? 1 : 0), { from: i, to: i + 1, characteristic: c, pronoun: false, weak: false }, 'derogation', 'a place standing for a group condemned');
      }
      if (!PLACE_FILL.has(w) && !/^[a-z]+$/.test(w)) break;
    }
  }
  return null;
}

/** "Third-world migrants bring third-world habits": the origin used as a verdict on conduct. */
const CONDUCT = new Set(['habits', 'habit', 'behaviour', 'behavior', 'mentality', 'mindset', 'standards', 'manners', 'hygiene', 'values', 'ways', 'attitudes', 'customs', 'problems', 'culture', 'thinking']);

/** What the group is given or lives in: "third world standards of care / conditions / levels of support" is a complaint about its treatment. */
const TREATMENT = new Set(['care', 'healthcare', 'treatment', 'conditions', 'housing', 'support', 'services', 'service', 'pay', 'wages', 'access', 'infrastructure', 'provision', 'facilities', 'funding', 'schools', 'hospitals', 'poverty']);

/** Verbs that make the group the one receiving or enduring what is third-world: "get", "live in", "are treated to". */
const RECEIVING = new Set(['get', 'gets', 'got', 'getting', 'receive', 'receives', 'received', 'given', 'face', 'faces', 'endure', 'endures', 'suffer', 'suffers', 'live', 'lives', 'living', 'treated', 'left', 'stuck', 'forced', 'put', 'kept', 'housed']);

export function thirdWorld(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, k) => w === 'third' && words[k + 1] === 'world' && CONDUCT.has(words[k + 2] ?? ''));
  const g = t >= 0 ? groups.find((m) => !m.pronoun && m.to < t) : undefined;
  if (!g || words.slice(t + 3, t + 6).some((w) => TREATMENT.has(w))) return null;
  return !words.slice(g.to + 1, t).some((w) => NEGATORS.has(w) || VICTIMISED.has(w) || RECEIVING.has(w)) ? hit(g.from, t + 2, g, 'derogation', 'origin as a verdict on conduct') : null;
}
