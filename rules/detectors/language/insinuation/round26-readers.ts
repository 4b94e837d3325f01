/**
 * Round 26 readers of implicit derogation: devices, not phrases. Each reads a way of sneering that carries over from one
 * writer to the next, and each needs a group (or an identity word) in the sentence or in the one before:
 * - `sneerQuotes`: scare quotes around a word of praise or a name the group goes by ('Immigrants "enriching" our culture',
 *   "Funny how these 'disabilities' work", 'the "refugees" in the hotel') say the writer does not believe it;
 * - `letThemIn`: "this is what happens when you let everyone in", after fireworks at a festival or a group named;
 * - `culpritGuessed`: "wonder which Muslim is behind this one", "Another attack. Wonder what religion he is.";
 * - `quietWithout`: a place praised for the group's absence ("Nice and quiet, not many Black families yet");
 * - `theySaid`: the "[advice about a group] they said" meme that answers a policy with its supposed cost ("Refugees welcome they
 *   said. Now my daughter can't walk home alone.");
 * - `nameOne`: a challenge to name one member or custom without a fault ("Name one Hindu festival that doesn't involve ...");
 * - `guessTheColour`: a guessing game about who is in a queue for benefits or a dock ("Guess what colour everyone in the
 *   queue was.").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned } from './implicit-readers';
import { hit, writerIsMember, type Neighbour, type Words } from './shared';

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND26_CUES: readonly string[] = ['iphone', 'iphones', 'orders', 'speakers', 'accent', 'mayor', 'treatment', 'know', 'happens', 'which', 'religion', 'nationality', 'quiet', 'yet', '"', '“', 'said', 'name', 'colour', 'color', 'guess', 'vibrancy', 'enrichment', 'enrichers', 'enriching', 'youths', 'youth', 'abled'];

/**
 * Words of praise, or names a group goes by, that scare quotes turn into a sneer. Not words that are quoted as words
 * ("the word 'refugee' comes from French"): those come with a reporting or naming word, which stands the reading down.
 */
const SNEERED = new Set(['them', 'those people', 'these people', 'chosen people', 'enriching', 'enrichment', 'enrich', 'enriched', 'diversity', 'diverse', 'vibrant', 'vibrancy', 'culture', 'cultural', 'peaceful',
  'refugee', 'refugees', 'asylum seekers', 'asylum seeker', 'youths', 'youth', 'disability', 'disabilities', 'disabled', 'lone wolf', 'religion of peace',
  'woman', 'women', 'lady', 'ladies', 'tolerance', 'tolerant', 'skilled', 'doctors', 'engineers', 'children', 'kids', 'minors', 'teenagers',
  'gentlemen', 'lads', 'asian', 'asians', 'persecuted', 'fleeing', 'oppressed', 'marginalised', 'marginalized', 'valued', 'new neighbours', 'new neighbors',
  'newcomers', 'hard working', 'hardworking', 'contributing', 'integrated', 'integration', 'identity', 'gender',
  'transition', 'mental health', 'anxiety', 'autistic', 'autism', 'adhd', 'dyslexic', 'genius', 'moderate', 'moderates', 'victims', 'victim']);
/** Words that make a quoted phrase a sneer: "peaceful protest", "fleeing war", "chosen people". */
const SNEERED_IN_PHRASE = new Set(['peaceful', 'fleeing', 'chosen', 'persecuted', 'refugee', 'refugees', 'vibrant', 'enriching', 'oppressed', 'asylum']);
/** Words that quote a word as a word or report someone's own: "the word 'diversity'", "what they call 'culture'". */
const QUOTED_AS_WORD = new Set(['marked', 'labelled', 'labeled', 'means', 'meaning', 'greets', 'greeting', 'sang', 'sing', 'crowned', 'watched', 'reads', 'signed', 'sign', 'door', 'toilet', 'toilets', 'word', 'words', 'term', 'terms', 'phrase', 'label', 'labels', 'called', 'call', 'calls', 'calling', 'titled', 'named', 'name', 'says', 'said', 'say', 'headline', 'slogan', 'theme', 'hashtag', 'song', 'book', 'film', 'show', 'exhibition', 'festival', 'event', 'talk', 'course', 'module', 'workshop', 'panel', 'session', 'week', 'month', 'award', 'project', 'policy', 'team', 'network']);

/** Words that report someone else's sneer or slogan, which the writer holds up ("people sneering 'religion of peace' ..."). */
const REPORTED_SNEER = new Set(['memes', 'antisemitic', 'antisemitism', 'islamophobic', 'islamophobia', 'xenophobic', 'shout', 'shouts', 'shouting', 'sarcasm', 'sarcastic', 'meme', 'trope', 'cliche', 'tired', 'line', 'jokes', 'sneer', 'sneers', 'sneering', 'sneered', 'mock', 'mocks', 'mocking', 'mocked', 'chant', 'chants', 'chanting', 'chanted', 'trolls', 'bigots', 'racists', 'islamophobes', 'homophobes', 'transphobes', 'xenophobes', 'claim', 'claims', 'claimed', 'quote', 'quotes', 'quoting', 'scare', 'sarcastic', 'sarcastically', 'ironic', 'ironically', 'shouted', 'yelled', 'wrote', 'tweeted', 'posted']);

/** Words that make a quote one said in sympathy ("The 'asylum seekers' in the news are kids. Let's be decent."). */
const SYMPATHY = new Set(['decent', 'kindness', 'compassion', 'donate', 'humane', 'welcome', 'welcoming']);
/** The old conspiracy's words that make a quoted "chosen people" a sneer. */
const CHOSEN_TROPE = new Set(['banks', 'bank', 'media', 'hollywood', 'money', 'shekels', 'shekel', 'control', 'running', 'run', 'own']);
/** Words before a quoted title: "reading 'Refugees'", "the album 'Vibrant'". */
const TITLE_LEADS = new Set(['reading', 'read', 'reads', 'watching', 'watched', 'watch', 'listening', 'album', 'novel', 'titled', 'entitled', 'play', 'poem', 'documentary', 'series', 'podcast', 'episode', 'exhibit', 'collection', 'anthology']);

/** Quoted words that are themselves a sneer at minorities, with no group named ("all the 'vibrancy' that's moved in"). */
const DOG_WHISTLES: Readonly<Record<string, Characteristic>> = { vibrancy: 'origin', vibrant: 'origin', enrichment: 'origin', enrichers: 'origin', enriching: 'origin', diversity: 'race', 'cultural enrichment': 'origin', youths: 'race', 'child refugee': 'origin', 'child refugees': 'origin', 'differently abled': 'disability', newcomers: 'origin', 'chosen people': 'religion' };
/** Words that place a dog-whistle among people who arrived: "moved in", "since", "arrived". */
const ARRIVED = new Set(['moved', 'arrived', 'since', 'came', 'another', 'looks', 'posh', 'brand', 'certain']);

const QUOTE = /(?:^|[\s(])["“'‘]([A-Za-z][A-Za-z -]{1,24}?)["”'’](?=[\s.,!?;:)]|$)/g;

export function sneerQuotes(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  // ("let's be decent": quotes said in sympathy; "people sneering 'religion of peace'": someone else's sneer held up)
  if (!raw || !/["“'‘]/.test(raw) || condemned(w) || w.some((x) => REPORTED_SNEER.has(x) || SYMPATHY.has(x))) return null;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(raw); m; m = QUOTE.exec(raw)) {
    const quoted = (m[1] ?? '').toLowerCase().trim();
    // (a capitalised quoted word is a title or a sign: 'reading "Refugees"', 'marked "Women"')
    if (/^[A-Z]/.test(m[1] ?? '') && (m.index ?? 0) > 0 && !Object.hasOwn(DOG_WHISTLES, quoted)) continue;
    // ("a 'youth' from a certain community": the unnamed community is the group)
    const certain = /\ba certain (?:community|background|area|persuasion|religion|culture|part of (?:town|the world))\b/.test(w.join(' '));
    const dog = Object.hasOwn(DOG_WHISTLES, quoted) ? DOG_WHISTLES[quoted] : certain && quoted === 'youth' ? 'race' : undefined;
    // (a phrase of praise or a pronoun of othering in quotes: 'a Muslim "peaceful protest"', 'one of "them" again')
    const phrase = quoted.includes(' ') && quoted.split(/\s+/).some((x) => SNEERED_IN_PHRASE.has(x));
    if (!SNEERED.has(quoted) && !dog && !phrase) continue;
    // the token the quoted word starts at, and the word after the quote
    const first = quoted.split(/[\s-]+/)[0] ?? '';
    const at = tokens.findIndex((t) => t.w === first && t.start >= m.index);
    if (at < 0) continue;
    const last = at + quoted.split(/[\s-]+/).length - 1;
    const afterWord = w[last + 1] ?? '';
    // ("what 'chosen people' means in Deuteronomy": the phrase glossed)
    if (['means', 'meant', 'refers', 'originally'].includes(afterWord)) continue;
    // ("the term 'diversity hire'", "a talk called 'Vibrant Communities'", "she said 'refugees' not 'migrants'")
    if (w.slice(Math.max(0, at - 4), at).some((x) => QUOTED_AS_WORD.has(x)) || w.slice(at + 1, at + 4).some((x) => ['is', 'means', 'meant'].includes(x) && w.includes('word'))) continue;
    // ('reading "Refugees" by Viet Thanh Nguyen', 'watched "Vibrant" last night': a title, capitalised, by someone or read)
    if (/^[A-Z]/.test(m[1] ?? '') && (afterWord === 'by' || w.slice(Math.max(0, at - 4), at).some((x) => TITLE_LEADS.has(x)))) continue;
    // the group: named apart from the quoted word ("a 'ladies' night", the "disabled" toilet are the word itself), or named
    // in the sentence before, or the quoted word itself, or the dog whistle's own with a word of arrival or of the trope
    const apart = (x: GroupMention | null): GroupMention | null => (x && (x.to < at || x.from > last) ? x : null);
    const before = (): GroupMention | null => {
      const b = prev.groups().find((x) => !x.pronoun);
      return b ? { ...b, from: at, to: at, pronoun: true } : null;
    };
    const whistled = dog && (w.some((x) => ARRIVED.has(x)) || (quoted === 'chosen people' && w.some((x) => CHOSEN_TROPE.has(x))));
    const g = groups.find((x) => !x.pronoun && !writerIsMember(w, x) && apart(x)) ?? apart(identityHere(w)) ?? before() ?? quotedGroup(quoted, at) ?? (whistled && dog ? { from: at, to: at, characteristic: dog, pronoun: false, weak: true } : null);
    if (!g || writerIsMember(w, g)) continue;
    // (the span is the sentence, not the quoted word: a span inside quotes would read as a quotation of someone else's)
    return hit(0, w.length - 1, g, 'derogation', `scare quotes on '${quoted}'`);
  }
  return null;
}

/** A quoted word that names a group itself: "the 'refugees' in the hotel", "these 'youths'". */
function quotedGroup(quoted: string, at: number): GroupMention | null {
  const c: Characteristic | undefined = ['refugee', 'refugees', 'newcomers'].includes(quoted) ? 'origin' : ['disabilities', 'autism', 'adhd'].includes(quoted) ? 'disability' : quoted === 'religion of peace' ? 'religion' : undefined;
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
const LET_IN = /\b(?:this|that) is what (?:happens|you get|we get) (?:when|if|for) (?:(?:you|we|they|u) )?(?:let|letting|allow|allowing|import|importing|invite|inviting|open the (?:doors|door|borders|border) to) (?:in )?(?:everyone|anyone|them|these people|those people|all of them|the whole world|millions of them|GRP)(?: (?:in|into|here|over|inside))?\b|\b(?:this|that) is what (?:happens|you get) when (?:you|we) open (?:the|our) borders\b/;

export function letThemIn(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('happens') && !w.includes('get')) return null;
  const g = groups.find((x) => !x.pronoun && x.characteristic !== 'age') ?? peopleOrFeast(w);
  const marked = g && !g.pronoun && groups.includes(g) ? [...w.slice(0, g.from), 'GRP', ...w.slice(g.to + 1)].join(' ') : w.join(' ');
  const m = LET_IN.exec(marked);
  if (!m) return null;
  const around = [...prev.words(), ...w];
  // (a crowd let in: "in for free", "open day", "packed", "queues round the block", "and I love it")
  if (condemned(w) || around.some((x) => ['free', 'tickets', 'packed', 'rammed', 'queues', 'queue', 'sold', 'love', 'loved'].includes(x)) || /\bopen day\b|\bearly access\b/.test(around.join(' '))) return null;
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
const INCIDENTS = new Set(['bomb', 'burglary', 'burgled', 'nicked', 'stolen', 'theft', 'mugged', 'mugging', 'vandalised', 'vandalized', 'scam', 'scammed', 'fraud', 'graffiti', 'raped', 'attack', 'attacks', 'stabbing', 'stabbings', 'shooting', 'bombing', 'explosion', 'riot', 'riots', 'robbery', 'murder', 'killed', 'stabbed', 'shot', 'bombed', 'crash', 'rampage', 'incident', 'assault', 'arrested', 'terror', 'terrorist']);
const GUESSED_CATEGORY: Readonly<Record<string, Characteristic>> = { religion: 'religion', nationality: 'origin', race: 'race', ethnicity: 'race', background: 'origin', faith: 'religion' };

export function culpritGuessed(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const q = w.findIndex((x) => ['wonder', 'wondering', 'guess', 'guesses', 'bet', 'know'].includes(x));
  if (q < 0 || w[q + 1] === 'why') return null;
  // "wonder which Muslim is behind this one", "bet it was a Somali again": one member guessed as the culprit
  const g = groups.find((x) => !x.pronoun && x.from > q && x.from <= q + 4 && ['which', 'what', 'a', 'an'].includes(w[x.from - 1] ?? ''));
  if (g && !writerIsMember(w, g)) {
    const after = w.slice(g.to + 1, g.to + 5).join(' ');
    const incident = [...w, ...prev.words()].some((x) => INCIDENTS.has(x) || ['behind', 'guesses'].includes(x));
    if (incident && /^(?:is|was|will be|s) (?:behind|responsible for) (?:this|it|that)\b|^(?:did|done) (?:this|it|that)\b|^(?:again|this time)\b/.test(after) && !w.some((x) => ['victim', 'victims', 'attacked', 'targeted', 'chef', 'builder', 'cook', 'fixed', 'amazing', 'perfect', 'lovely'].includes(x))) return hit(q, g.to, g, 'stereotype', 'a member guessed as the culprit');
  }
  // "Another attack. Wonder what religion he is.": the category asked about after an incident
  // (and "I already know which religion the guy will be" after an explosion in the same sentence)
  const k2 = w.findIndex((x, k) => x === 'know' && k < w.length - 2 && ['which', 'what'].includes(w[k + 1] ?? '') && Object.hasOwn(GUESSED_CATEGORY, w[k + 2] ?? ''));
  if (k2 >= 0 && w.some((x) => INCIDENTS.has(x) || ['explosion', 'explosions', 'stabbing', 'stabbings', 'shooting', 'shootings'].includes(x)) && !w.some((x) => ['victim', 'victims', 'racing', 'horse'].includes(x))) return hit(k2, k2 + 2, { from: k2 + 2, to: k2 + 2, characteristic: GUESSED_CATEGORY[w[k2 + 2] ?? ''] as Characteristic, pronoun: false, weak: false }, 'stereotype', 'the identity of a culprit known before the news');
  const c = w.findIndex((x, k) => k > q && k <= q + 3 && Object.hasOwn(GUESSED_CATEGORY, x) && ['what', 'which', 'whose'].includes(w[k - 1] ?? ''));
  if (c < 0 || !['he', 'she', 'they', 'his', 'their', 'her', 'the'].includes(w[c + 1] ?? '') || (w[c + 1] === 'the' && !['attacker', 'attackers', 'suspect', 'suspects', 'killer', 'shooter', 'bomber', 'driver', 'stabber', 'thief', 'thieves', 'rapist', 'gunman'].includes(w[c + 2] ?? '')) || [...w, ...prev.words()].some((x) => ['racing', 'racecourse', 'horse', 'horses', 'jockey', 'favourite', 'cheltenham', 'photographer', 'photo', 'shot'].includes(x))) return null;
  const pw = prev.words();
  if (!pw.some((x) => INCIDENTS.has(x)) || pw.some((x) => ['victim', 'victims', 'attacked', 'mosque', 'synagogue', 'church', 'temple'].includes(x))) return null;
  return hit(q, c, { from: c, to: c, characteristic: GUESSED_CATEGORY[w[c] ?? ''] as Characteristic, pronoun: false, weak: false }, 'stereotype', 'the identity of a culprit guessed after an incident');
}

/** Praise for a place ("nice and quiet", "safe") in the same sentence as the group's absence. */
const PLACE_PRAISE = new Set(['nice', 'quiet', 'safe', 'clean', 'lovely', 'peaceful', 'respectable', 'civilised', 'civilized']);

export function quietWithout(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  // (the sentence before is read only once this one holds a group said to be absent)
  if (!groups.some((g) => !g.pronoun && ['no', 'many', 'any', 'few'].includes(w[g.from - 1] ?? ''))) return null;
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
    if (w.some((x) => ['sadly', 'unfortunately', 'shame', 'wish', 'lack', 'need', 'welcome', 'more', 'diverse', 'diversity', 'but', 'though', 'odd', 'working', 'have', 'miss', 'missing', 'nearest'].includes(x))) return null;
    // (the absence welcomed: "yet", "thank god", "so far", "long may it last")
    if (!/\b(?:yet|thank god|thankfully|so far|long may it last|keep it that way|touch wood|for now|luckily|phew)\b/.test(w.join(' '))) continue;
    return hit(Math.max(0, g.from - 2), g.to + (tail === 'yet' ? 1 : 0), g, 'derogation', "a place praised for the group's absence");
  }
  return null;
}

/** "Refugees welcome they said.", "Hire a disabled person they said, it'll be inspiring they said.": the advice mocked by its cost. */
const THEY_SAID = /(?:^|[.!?] )(.{3,80}?) they said\b/;
/** What the meme says it cost: "now", "thanks for that", the writer's daughter or work. */
const COST = /\b(?:now|thanks for that|cheers for that|great idea|brilliant idea|what could go wrong|look how that turned out|how is that working out)\b/;

export function theySaid(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  const costHere = COST.test(w.join(' '));
  if (!w.includes('said') && !(w[0] === 'now' || costHere)) return null;
  // "Learn to code they said. Now ...": only advice about a group, answered with a cost, here or in the sentence after it
  const m = raw ? THEY_SAID.exec(raw.toLowerCase()) : null;
  if (m) {
    const g = groups.find((x) => !x.pronoun && !writerIsMember(w, x));
    const rest = raw.toLowerCase().slice((m.index ?? 0) + m[0].length);
    if (g && !condemned(w) && COST.test(rest)) return hit(0, w.length - 1, g, 'derogation', "the '[advice] they said' meme aimed at a group");
    return null;
  }
  if (!(w[0] === 'now' || costHere) || condemned(w)) return null;
  // (a cost, not a gain: "Now our team has never been stronger" thanks the advice)
  const said = w.join(' ');
  if (!COMPLAINT.test(said) || PRAISED.test(said)) return null;
  const pw = prev.words();
  if (!/\bthey said\b/.test(pw.join(' '))) return null;
  const before = prev.groups().find((x) => !x.pronoun && !writerIsMember(pw, x));
  if (!before || prev.words().some((x) => CONDEMNED_BEFORE.has(x))) return null;
  return hit(0, w.length - 1, { ...before, from: 0, to: 0, pronoun: true }, 'derogation', "the cost after an '[advice about a group] they said'");
}
const COMPLAINT = /\b(?:can not|cannot|cant|unable|afraid|scared|unsafe|worse|ruined|gone|lost|takes (?:two|three|four) of us|no longer|nobody|crime|robbed|stabbed|attacked|broke|broken|dirty|filthy|noise|thanks for that|cheers for that|never again|nightmare)\b/;
const PRAISED = /\b(?:stronger|better|great|love|loved|amazing|thriving|best|proud|brilliant|wonderful|happier|safer|grateful|fantastic|excellent|glad)\b/;
/** Words in the advice sentence that make the meme about someone else's bigotry, not the group. */
const CONDEMNED_BEFORE = new Set(['racist', 'racists', 'bigots', 'bigoted', 'trolls', 'homophobic', 'sexist']);

/** "Name one Hindu festival that doesn't involve blocking the roads", "name a single [member] who has ever ...". */
const NAME_ONE = /\bname (?:one|a single|me one|a) GRP(?: \w+)? (?:that|who|which) (?:does not|doesn t|do not|is not|isn t|has not|hasn t|did not|never|wasn t|was not|does|has ever|is)\b/;

export function nameOne(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('name')) return null;
  // (a group, or an identity word before a custom: "name one Hindu festival that doesn't ...")
  const identities = w.map((x, i) => (identityAdjective(x) ? { from: i, to: i, characteristic: identityAdjective(x) as Characteristic, pronoun: false, weak: true } : null)).filter((x): x is GroupMention => x !== null);
  for (const g of [...groups, ...identities]) {
    if (g.pronoun || writerIsMember(w, g)) continue;
    const text = [...w.slice(0, g.from), 'GRP', ...w.slice(g.to + 1)].join(' ');
    const m = NAME_ONE.exec(text);
    if (!m || condemned(w)) continue;
    // ("name one trans woman who has ever attacked anyone in a bathroom": the challenge defends the group)
    if (/\b(?:attacked|hurt|harmed|assaulted|abused|killed|threatened)\b/.test(text.slice(m.index))) continue;
    // (a fault the member or custom is said never to be without, or a merit never shown: not "that is not colourful")
    const tail = text.slice(m.index + m[0].length);
    const negForm = /(?:not|n t|never)$/.test(m[0]);
    if (negForm ? !/\b(?:block|blocking|blocks|fire|fires|noise|noisy|loud|mess|rubbish|litter|crime|crimes|violence|violent|killing|sacrific\w*|smell\w*|dirty|filthy|traffic|chaos|fight\w*|drunk\w*|trouble|police|scam\w*|steal\w*|benefits|bomb\w*|riot\w*)\b/.test(tail) : !/\b(?:honest|work|worked|contributed|contribute|invented|paid|useful|decent|integrated|learned|learnt|english|tax|taxes)\b/.test(tail)) continue;
    return hit(Math.max(0, g.from - 2), w.length - 1, g, 'derogation', "a challenge to name one without a fault ('name one ... that doesn't')");
  }
  return null;
}

/** Places where the guessed colour or faith is a slur: a benefits queue, a dock, a police line-up. */
const BLAMED_PLACES = new Set(['job', 'jobcentre', 'dole', 'benefits', 'queue', 'court', 'dock', 'prison', 'jail', 'cells', 'mugshot', 'mugshots', 'wanted', 'arrested', 'police', 'council', 'housing', 'food', 'bank', 'crime']);

export function guessTheColour(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const q = w.findIndex((x, k) => x === 'guess' && ['what', 'which'].includes(w[k + 1] ?? '') && ['colour', 'color', 'race', 'religion', 'nationality', 'skin'].includes(w[k + 2] ?? ''));
  if (q < 0) return null;
  const around = [...prev.words(), ...w];
  if (!around.some((x) => BLAMED_PLACES.has(x)) || condemned(around)) return null;
  const c: Characteristic = ['religion'].includes(w[q + 2] ?? '') ? 'religion' : w[q + 2] === 'nationality' ? 'origin' : 'race';
  return hit(q, Math.min(w.length - 1, q + 2), { from: q + 2, to: q + 2, characteristic: c, pronoun: false, weak: false }, 'derogation', "a guessing game about who is in the queue or the dock ('guess what colour')");
}

/** Phones and clothes a refugee is sneered at for owning: "Refugees with brand new iPhones. Clearly fleeing for their lives." */
const RICHES = /\b(?:iphone|iphones|brand new phones?|designer (?:trainers|clothes|gear|bags?)|gucci|rolex|nike trainers|new trainers)\b/;
const SNEER_MARK = /\b(?:clearly|sure|totally|obviously|yeah right|sure jan|lol|lmao|fleeing|persecuted|desperate|starving|poor things)\b|🙄|😂|🤔/;

export function refugeeRiches(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  const text = w.join(' ');
  // (the sentence before is read only for a sneer here that answers it: "Clearly fleeing for their lives.")
  if (!RICHES.test(text) && !(SNEER_MARK.test(text) && w.length <= 12 && RICHES.test(prev.words().join(' ')))) return null;
  const g = groups.find((x) => !x.pronoun && x.characteristic === 'origin') ?? prev.groups().find((x) => !x.pronoun && x.characteristic === 'origin');
  if (!g || condemned(w) || !(SNEER_MARK.test(text) || SNEER_MARK.test(raw))) return null;
  // ("refugees need phones to contact family, it's a lifeline": the phone defended)
  if (/\b(?:lifeline|need (?:a |their )?phones?|contact (?:their )?family|stay in touch|myth|myths|smear|racist)\b/.test(text)) return null;
  const here = groups.includes(g);
  return hit(0, w.length - 1, here ? g : { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'a refugee sneered at for owning a phone or good clothes');
}

/** "real men don't take orders from a woman", "I won't take orders from some Paki": authority refused to a member. */
export function ordersRefused(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const at = w.findIndex((x, k) => x === 'orders' && w[k + 1] === 'from' && ['take', 'taking', 'takes', 'took'].includes(w[k - 1] ?? ''));
  if (at < 0) return null;
  const g = groups.find((x) => !x.pronoun && x.from > at && x.from <= at + 4);
  const neg = w.slice(Math.max(0, at - 5), at).some((x) => ['not', 'never', 'no', 'refuse', 'refuses', 'wont', 'won'].includes(x));
  if (!g || !neg || writerIsMember(w, g) || condemned(w) || w.some((x) => ['boss', 'sergeant', 'officer', 'manager'].includes(x) && !['real', 'proper'].includes(w[0] ?? ''))) return null;
  return hit(Math.max(0, at - 3), g.to, g, 'exclusion', "authority refused to a member ('won't take orders from a ...')");
}

/** "native speakers only", "someone without an accent": a hiring bar on origin. */
export function nativeOnly(tokens: readonly Token[], w: Words): Attack | null {
  const text = w.join(' ');
  const m = /\b(?:native (?:english )?speakers only|no (?:foreign )?accents(?: please)?|(?:someone|candidates?|applicants?|people) without (?:an|a foreign) accent|british born only|(?:english|british) (?:people|applicants|candidates) only)\b/.exec(text);
  if (!m || /\b(?:illegal|discrimination|discriminatory|unlawful|racist|tribunal|shouldn t|should not|can not|cannot|never|group|session|sessions|class|classes|conversation|practice|club|level|beginners|tandem|exchange|advanced|tutor|tutors|translator|translators|casting|role|audiobook|voiceover)\b/.test(text)) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  return hit(at, Math.min(w.length - 1, at + m[0].split(' ').length - 1), { from: at, to: at, characteristic: 'origin', pronoun: false, weak: true }, 'exclusion', `a hiring bar on origin ('${m[0]}')`);
}

/** "they let a Muslim become mayor and now look at the city": a member given a role, and the place ruined since. */
export function lookAtItNow(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const text = w.join(' ');
  // (the place is what "now look at" points to, and nothing praised: not "now look at the wait times", "new library")
  if (!/\b(?:and )?now look at (?:the|this|our) (?:city|town|country|place|state of it|schools|streets|area|council|high street|neighbourhood|neighborhood|estate|party|club|nhs|company)\b(?: [.!?]| now| lol)*$|\band look what happened\b|\band look where (?:that|it) got us\b/.test(text)) return null;
  const g = groups.find((x) => !x.pronoun && !writerIsMember(w, x));
  if (!g || condemned(w)) return null;
  const given = /\b(?:let|elected|voted|voted in|hired|appointed|made|put)\b/.test(w.slice(0, g.from + 1).join(' ')) && /\b(?:become|be|as|in charge|run|running|mayor|boss|manager|president|prime minister|pm|ceo|head|captain|coach|leader)\b/.test(text);
  if (!given || /\b(?:thriving|better|great|amazing|proud|brilliant|improved|booming|new|fixed|balanced|best|record|cleaner|safer)\b/.test(text)) return null;
  return hit(Math.max(0, g.from - 2), w.length - 1, g, 'derogation', "a member given a role, and 'now look at it'");
}
