/**
 * Round 26 readers of implicit derogation: devices, not phrases. Each reads a way of sneering that carries over from one
 * writer to the next, and each needs a group (or an identity word) in the sentence or in the one before:
 * - `sneerQuotes`: scare quotes around a word of praise or a name the group goes by ('Immigrants "enriching" our culture',
 *   "Funny how these 'disabilities' work", 'the "refugees" in the hotel') say the writer does not believe it;
 * - `letThemIn`: "this is what happens when you let everyone in", after fireworks at a festival or a group named;
 * - `culpritGuessed`: "wonder which Muslim is behind this one", "Another attack. Wonder what religion he is.";
 * - `quietWithout`: a place praised for the group's absence ("Nice and quiet, not many Black families yet").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned } from './implicit-readers';
import { hit, writerIsMember, type Neighbour, type Words } from './shared';

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND26_CUES: readonly string[] = ['happens', 'which', 'religion', 'nationality', 'quiet', 'yet', '"', '“'];

/**
 * Words of praise, or names a group goes by, that scare quotes turn into a sneer. Not words that are quoted as words
 * ("the word 'refugee' comes from French"): those come with a reporting or naming word, which stands the reading down.
 */
const SNEERED = new Set(['enriching', 'enrichment', 'enrich', 'enriched', 'diversity', 'diverse', 'vibrant', 'vibrancy', 'culture', 'cultural', 'peaceful', 'peace',
  'refugee', 'refugees', 'asylum seekers', 'asylum seeker', 'youths', 'youth', 'disability', 'disabilities', 'disabled', 'lone wolf', 'religion of peace',
  'woman', 'women', 'lady', 'ladies', 'community', 'tolerance', 'tolerant', 'skilled', 'doctors', 'engineers', 'children', 'kids', 'minors', 'teenagers',
  'gentlemen', 'lads', 'asian', 'asians', 'persecuted', 'fleeing', 'oppressed', 'marginalised', 'marginalized', 'valued', 'new neighbours', 'new neighbors',
  'newcomers', 'hard working', 'hardworking', 'contributing', 'integrated', 'integration', 'celebration', 'celebrating', 'pride', 'identity', 'gender',
  'transition', 'mental health', 'anxiety', 'autistic', 'autism', 'adhd', 'dyslexic', 'genius', 'queen', 'king', 'moderate', 'moderates', 'victims', 'victim']);
/** Words that quote a word as a word or report someone's own: "the word 'diversity'", "what they call 'culture'". */
const QUOTED_AS_WORD = new Set(['word', 'words', 'term', 'terms', 'phrase', 'label', 'labels', 'called', 'call', 'calls', 'calling', 'titled', 'named', 'name', 'says', 'said', 'say', 'headline', 'slogan', 'theme', 'hashtag', 'song', 'book', 'film', 'show', 'exhibition', 'festival', 'event', 'talk', 'course', 'module', 'workshop', 'panel', 'session', 'week', 'month', 'award', 'project', 'policy', 'team', 'network']);

/** Words that report someone else's sneer or slogan, which the writer holds up ("people sneering 'religion of peace' ..."). */
const REPORTED_SNEER = new Set(['sneer', 'sneers', 'sneering', 'sneered', 'mock', 'mocks', 'mocking', 'mocked', 'chant', 'chants', 'chanting', 'chanted', 'trolls', 'bigots', 'racists', 'islamophobes', 'homophobes', 'transphobes', 'xenophobes', 'claim', 'claims', 'claimed', 'quote', 'quotes', 'quoting', 'scare', 'sarcastic', 'sarcastically', 'ironic', 'ironically', 'shouted', 'yelled', 'wrote', 'tweeted', 'posted']);

/** Words before a quoted title: "reading 'Refugees'", "the album 'Vibrant'". */
const TITLE_LEADS = new Set(['reading', 'read', 'reads', 'watching', 'watched', 'watch', 'listening', 'album', 'novel', 'titled', 'entitled', 'play', 'poem', 'documentary', 'series', 'podcast', 'episode', 'exhibit', 'collection', 'anthology']);

const QUOTE = /(?:^|[\s(])["“'‘]([A-Za-z][A-Za-z -]{1,24}?)["”'’](?=[\s.,!?;:)]|$)/g;

export function sneerQuotes(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  if (!raw || !/["“'‘]/.test(raw) || condemned(w) || w.some((x) => REPORTED_SNEER.has(x))) return null;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(raw); m; m = QUOTE.exec(raw)) {
    const quoted = (m[1] ?? '').toLowerCase().trim();
    if (!SNEERED.has(quoted)) continue;
    // the token the quoted word starts at
    const first = quoted.split(/[\s-]+/)[0] ?? '';
    const at = tokens.findIndex((t) => t.w === first && t.start >= m.index);
    if (at < 0) continue;
    // ("the term 'diversity hire'", "a talk called 'Vibrant Communities'", "she said 'refugees' not 'migrants'")
    if (w.slice(Math.max(0, at - 4), at).some((x) => QUOTED_AS_WORD.has(x)) || w.slice(at + 1, at + 4).some((x) => ['is', 'means', 'meant'].includes(x) && w.includes('word'))) continue;
    // ('reading "Refugees" by Viet Thanh Nguyen', 'watched "Vibrant" last night': a title, capitalised, by someone or read)
    const afterQuote = w[at + quoted.split(/[\s-]+/).length] ?? '';
    if (/^[A-Z]/.test(m[1] ?? '') && (afterQuote === 'by' || w.slice(Math.max(0, at - 4), at).some((x) => TITLE_LEADS.has(x)))) continue;
    const g = groups.find((x) => !x.pronoun && !writerIsMember(w, x)) ?? identityHere(w) ?? (prev.groups().find((x) => !x.pronoun) ? { ...prev.groups().find((x) => !x.pronoun) as GroupMention, from: at, to: at, pronoun: true } : null) ?? quotedGroup(quoted, at);
    if (!g || writerIsMember(w, g)) continue;
    // (the span is the sentence, not the quoted word: a span inside quotes would read as a quotation of someone else's)
    return hit(0, w.length - 1, g, 'derogation', `scare quotes on '${quoted}'`);
  }
  return null;
}

/** A quoted word that names a group itself: "the 'refugees' in the hotel", "these 'youths'". */
function quotedGroup(quoted: string, at: number): GroupMention | null {
  const c: Characteristic | undefined = ['refugee', 'refugees', 'asylum seekers', 'asylum seeker', 'newcomers'].includes(quoted) ? 'origin' : ['disability', 'disabilities', 'disabled', 'autistic', 'autism', 'adhd', 'dyslexic'].includes(quoted) ? 'disability' : ['woman', 'women', 'lady', 'ladies'].includes(quoted) ? 'gender-identity' : undefined;
  return c ? { from: at, to: at, characteristic: c, pronoun: false, weak: true } : null;
}

/** An identity adjective in the sentence ("Diwali fireworks", "the Muslim lads"), as a weak mention. */
function identityHere(w: Words): GroupMention | null {
  for (let i = 0; i < w.length; i++) {
    const c = identityAdjective(w[i] ?? '');
    if (c) return { from: i, to: i, characteristic: c, pronoun: false, weak: true };
  }
  const d = w.findIndex((x) => FEASTS.has(x));
  return d >= 0 ? { from: d, to: d, characteristic: 'religion', pronoun: false, weak: true } : null;
}

/** Feasts and festivals that stand for the faith's people: "Diwali fireworks at 3am ...". */
const FEASTS = new Set(['diwali', 'eid', 'ramadan', 'hanukkah', 'chanukah', 'passover', 'vaisakhi', 'holi', 'navratri', 'purim']);

/** "this is what happens when you let everyone in", "that's what you get for letting them in". */
const LET_IN = /\b(?:this|that) is what (?:happens|you get|we get) (?:when|if|for) (?:you|we|they|u) (?:let|letting|allow|allowing|import|importing|invite|inviting|open the (?:doors|door|borders|border) to) (?:everyone|anyone|them|these people|those people|all of them|the whole world|GRP)(?: (?:in|into|here|over|inside))?\b/;

export function letThemIn(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('happens') && !w.includes('get')) return null;
  const g = groups.find((x) => !x.pronoun && x.characteristic !== 'age') ?? peopleOrFeast(w);
  const marked = g && !g.pronoun && groups.includes(g) ? [...w.slice(0, g.from), 'GRP', ...w.slice(g.to + 1)].join(' ') : w.join(' ');
  const m = LET_IN.exec(marked);
  if (!m || condemned(w)) return null;
  const at = marked.slice(0, m.index).split(' ').length - 1;
  const end = Math.min(w.length - 1, at + m[0].split(' ').length - 1);
  const before = prev.groups().find((x) => !x.pronoun && x.characteristic !== 'age');
  const pb = peopleOrFeast(prev.words());
  const id = g ?? (before ? { ...before, from: at, to: at, pronoun: true } : null) ?? (pb ? { ...pb, from: at, to: at, pronoun: true } : null);
  if (!id || writerIsMember(w, id)) return null;
  return hit(Math.max(0, Math.min(at, id.pronoun ? at : id.from)), end, id, 'derogation', "blamed on letting them in ('this is what happens when you let ... in')");
}

/** A feast, or an identity adjective before people or their doings ("Diwali fireworks", "the Polish lads"), not an age. */
function peopleOrFeast(w: Words): GroupMention | null {
  const d = w.findIndex((x) => FEASTS.has(x));
  if (d >= 0) return { from: d, to: d, characteristic: 'religion', pronoun: false, weak: true };
  for (let i = 0; i + 1 < w.length; i++) {
    const c = identityAdjective(w[i] ?? '');
    if (c && c !== 'age' && PEOPLE_AND_DOINGS.has(w[i + 1] ?? '')) return { from: i, to: i, characteristic: c, pronoun: false, weak: true };
  }
  return null;
}
const PEOPLE_AND_DOINGS = new Set(['family', 'families', 'people', 'lads', 'men', 'women', 'kids', 'youths', 'neighbours', 'neighbors', 'gangs', 'gang', 'festival', 'fireworks', 'wedding', 'weddings', 'music', 'parade', 'procession', 'shops', 'shop', 'crowd', 'community', 'migrants', 'workers']);

/** Incidents a guessed identity is pinned on. */
const INCIDENTS = new Set(['bomb', 'attack', 'attacks', 'stabbing', 'stabbings', 'shooting', 'bombing', 'explosion', 'riot', 'riots', 'robbery', 'murder', 'killed', 'stabbed', 'shot', 'bombed', 'crash', 'rampage', 'incident', 'assault', 'arrested', 'terror', 'terrorist']);
const GUESSED_CATEGORY: Readonly<Record<string, Characteristic>> = { religion: 'religion', nationality: 'origin', race: 'race', ethnicity: 'race', background: 'origin', faith: 'religion' };

export function culpritGuessed(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const q = w.findIndex((x) => ['wonder', 'wondering', 'guess', 'guesses', 'bet'].includes(x));
  if (q < 0 || w[q + 1] === 'why') return null;
  // "wonder which Muslim is behind this one", "bet it was a Somali again": one member guessed as the culprit
  const g = groups.find((x) => !x.pronoun && x.from > q && x.from <= q + 4 && ['which', 'what', 'a', 'an'].includes(w[x.from - 1] ?? ''));
  if (g && !writerIsMember(w, g)) {
    const after = w.slice(g.to + 1, g.to + 5).join(' ');
    if (/^(?:is|was|will be|s) (?:behind|responsible for) (?:this|it|that)\b|^(?:did|done) (?:this|it|that)\b|^(?:again|this time)\b/.test(after) && !w.some((x) => ['victim', 'victims', 'attacked', 'targeted'].includes(x))) return hit(q, g.to, g, 'stereotype', 'a member guessed as the culprit');
  }
  // "Another attack. Wonder what religion he is.": the category asked about after an incident
  const c = w.findIndex((x, k) => k > q && k <= q + 3 && Object.hasOwn(GUESSED_CATEGORY, x) && ['what', 'which', 'whose'].includes(w[k - 1] ?? ''));
  if (c < 0 || !['he', 'she', 'they', 'the', 'it', 'his', 'their', 'her'].includes(w[c + 1] ?? '')) return null;
  const pw = prev.words();
  if (!pw.some((x) => INCIDENTS.has(x)) || pw.some((x) => ['victim', 'victims', 'attacked', 'mosque', 'synagogue', 'church', 'temple'].includes(x))) return null;
  return hit(q, c, { from: c, to: c, characteristic: GUESSED_CATEGORY[w[c] ?? ''] as Characteristic, pronoun: false, weak: false }, 'stereotype', 'the identity of a culprit guessed after an incident');
}

/** Praise for a place ("nice and quiet", "safe") in the same sentence as the group's absence. */
const PLACE_PRAISE = new Set(['nice', 'quiet', 'safe', 'clean', 'lovely', 'peaceful', 'decent', 'respectable', 'civilised', 'civilized', 'proper']);

export function quietWithout(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => PLACE_PRAISE.has(x)) && !prev.words().some((x) => PLACE_PRAISE.has(x))) return null;
  for (const g of groups) {
    if (g.pronoun || writerIsMember(w, g)) continue;
    const b1 = w[g.from - 1] ?? '';
    const b2 = w[g.from - 2] ?? '';
    const absent = (b1 === 'many' && b2 === 'not') || (b1 === 'any' && b2 === 'hardly') || b1 === 'no' || (b1 === 'few' && b2 !== 'a');
    if (!absent) continue;
    const tail = w[g.to + 1] ?? '';
    // ("not many Black families yet", "no Roma around here, thank god"); not "no disabled parking" (a thing)
    if (!['yet', 'around', 'here', 'about', 'so', 'nearby', 'thank', 'thankfully', '.', '!', ',', ''].includes(tail)) continue;
    if (w.some((x) => ['sadly', 'unfortunately', 'shame', 'wish', 'lack', 'need', 'welcome', 'more', 'diverse', 'diversity'].includes(x))) return null;
    return hit(Math.max(0, g.from - 2), g.to + (tail === 'yet' ? 1 : 0), g, 'derogation', "a place praised for the group's absence");
  }
  return null;
}
