/**
 * Frames that essentialise: a trait put in a group's nature ("it's in their DNA", "in the Irish blood to drink"), the
 * typical thing ("such a typical woman thing"), the knowing duo or tag ("[group] and X, name a better duo", "[group],
 * am I right?"), a group reduced to a use or restricted to something bad ("made to serve", "only understand force",
 * "the only thing Africans export is poverty", "only real talent is ..."), 'there's a reason [group] ...' and
 * stereotypes endorsed ("stereotypes exist for a reason"), incompatibility ("women and science, pick one"), and an
 * activity taken as proof of an identity ("men who cook are gay").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from '../lexicon/groups';
import {
  BLAMED_RESULTS, CRIME_NOUNS, SUSPECTED, ESSENCE, MORE_POSITIVE, KNOWING_TAGS, SERVILE, STEREOTYPE_NOUNS, STING, RULE_ITEMS, VICTIMISED, RESTRICTED_TO, RESTRICTING_VERBS,
  RESTRICTED_ACTS, STANDING, CRITIQUE_CAUSES, REFUSED_ACTS, MORE_NEGATIVE, PUT_DOWN_IDENTITY, DEFINING_ACTS,
} from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { POSITIVE_ATTRIBUTES } from '../lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { asSubject, bareNp, clauseEnd, clauseStartAt, CONTEMPT_ADJ, find, findAny, hasPraise, hit, identityWord, negatedIn, type Neighbour, QUESTION_OPENERS, roleQuestion, someGroup, type Words } from './shared';

const DUOS = ['better duo', 'more iconic duo', 'iconic duo', 'better pair', 'better combo', 'iconic combo', 'more iconic pair', 'better couple', 'match made in heaven', 'name a more iconic', 'name a better', 'name a more unlikely', 'unlikely pair', 'unlikely duo', 'name a rarer', 'rarer sight', 'name a worse', 'name a less likely'];

/** "It's in their DNA, Jews just love money", "Dishonesty is in their blood". */
export function essence(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const c = findAny(words, ESSENCE);
  if (!c || hasPraise(words) || negatedIn(words, 0, c[0])) return null;
  const g = someGroup(groups, prev, c[0]);
  return g ? hit(Math.min(c[0], g.pronoun ? c[0] : g.from), Math.max(c[1], g.pronoun ? c[1] : g.to), g, 'stereotype', `essentialised ('${words.slice(c[0], c[1] + 1).join(' ')}')`) : null;
}

/** "Such a typical woman thing to cry", "classic immigrant move", "that's so gay", "so Jewish of you". */
export function typicalThing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!['typical', 'classic', 'such', 'so', 'very', 'peak', 'textbook', 'total'].includes(w)) continue;
    let at = i + 1;
    if (['a', 'an'].includes(words[at] ?? '')) at++;
    if (words[at] === 'typical' || words[at] === 'classic') at++;
    const id = identityWord(tokens, groups, at);
    if (!id) continue;
    const n = words[id.to + 1] ?? '';
    // the span takes in "to say / to do", which would otherwise read as a report
    const tail = words[id.to + 2] === 'to' && ['say', 'do', 'wear', 'think', 'ask'].includes(words[id.to + 3] ?? '') ? id.to + 3 : id.to + 1;
    // "a typical woman thing to be underpaid / to get ignored": what is typical is a harm the group suffers
    const suffered = words[id.to + 2] === 'to' && ['be', 'get', 'being'].includes(words[id.to + 3] ?? '') && VICTIMISED.has(words[id.to + 4] ?? '');
    // "typical immigrant move, working two jobs and volunteering": the typical thing is a virtue
    const virtuous = words.slice(id.to + 2).some((x) => VIRTUOUS.has(x) || APPROVAL.has(x));
    if (STEREOTYPE_NOUNS.has(n) && !NEGATORS.has(words[i - 1] ?? '') && !suffered && !virtuous) return hit(i, tail, id, 'stereotype', `${w} ... ${n}`);
    // "so Jewish of you"; "that's so gay" said of a thing
    if (w === 'so' && (n === 'of' || ((words[i - 1] === 'is' || words[i - 1] === 'was') && ['that', 'this', 'it'].includes(words[i - 2] ?? '') && (!n || CLAUSE_BREAK.has(n) || n === 'lol' || n === ',')))) {
      if (id.characteristic !== 'age' && !hasPraise(words)) return hit(i, n === 'of' ? Math.min(words.length - 1, id.to + 2) : id.to, id, 'derogation', 'identity used as a put-down');
    }
  }
  // "female logic", "immigrant mentality" at a clause end or with "strikes again"
  for (let i = 0; i + 1 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '');
    const n = words[i + 1] ?? '';
    // "immigrant mentality of hard work is something I admire": a good trait named after "of", or admiration, is praise
    const goodOf = words[i + 2] === 'of' && words.slice(i + 3, i + 6).some((w) => w === 'hard' || MORE_POSITIVE.has(w) || POSITIVE_ATTRIBUTES.has(w));
    if (!c || !['logic', 'mentality', 'antics', 'hysterics', 'drama'].includes(n) || hasPraise(words) || goodOf || words.some((w) => APPROVAL.has(w))) continue;
    return hit(i, i + 1, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'stereotype', `${words[i]} ${n}`);
  }
  return null;
}

/** Conduct that makes a "typical [member] thing" a compliment. */
const VIRTUOUS = new Set(['volunteering', 'volunteer', 'volunteers', 'helping', 'donating', 'studying', 'saving', 'caring', 'sharing', 'feeding', 'hospitality', 'jobs']);

/** Approval beyond the praise words: "love it", "I admire", "they proved it". */
const APPROVAL = new Set(['love', 'loved', 'loving', 'admire', 'admired', 'respect', 'legends', 'legend', 'icons', 'queens', 'proved', 'proves', 'pioneers', 'heroes']);

/** "Black people and fried chicken, name a better duo", "Women and bad driving, iconic duo". */
export function duo(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const c = findAny(words, DUOS);
  // two groups paired ("Black people and white people, name a better duo") is no trait; approval after the
  // cue ("..., name a more iconic duo, love it", "Marie Curie proved it") makes the pairing a celebration
  if (!c || hasPraise(words) || groups.filter((m) => !m.pronoun).length > 1 || words.slice(c[1] + 1).some((w) => APPROVAL.has(w))) return null;
  const g = someGroup(groups, prev, c[0]);
  return g ? hit(g.pronoun ? c[0] : Math.min(g.from, c[0]), c[1], g, 'stereotype', 'group paired with a trait') : null;
}

/**
 * Sarcasm that says "as expected of them" without saying what: "Refugees arrive with nothing except brand new iPhones,
 * funny that", "Pakistani landlord, so we all know where the deposit's going", "kept one hand on his wallet the whole
 * time, true to form", "Jews running the bank, Jews running the news, nothing to see here".
 */
const SARCASM_TAGS: readonly string[] = [
  'funny that', 'funny how', 'true to form', 'we all know how that', 'we all know how it', 'we all know how this', 'we all know where',
  'we all know what', 'nothing to see here', 'what a shock', 'who could have guessed', 'who would have guessed', 'colour me shocked',
  'color me shocked', 'quelle surprise',
];
/** Harm, unfairness or disbelief that turns such sarcasm against those who wrong the group: "funny how Muslims always get searched". */
const SARCASM_AGAINST = new Set(['called', 'calling', 'nobody', 'never', 'not', 'media', 'press', 'police', 'cops', 'racist', 'racism', 'sexist', 'sexism', 'homophobic', 'transphobic', 'bigots', 'bigoted', 'double', 'standard', 'standards', 'unfair', 'blame', 'blamed', 'less', 'fewer', 'still', 'again', 'hate', 'attacks', 'attacked']);

/**
 * What the sarcasm must insinuate: a crime, a suspicion or money ill-got ("brand new iPhones ... except", "where the
 * deposit's going", "the tools went missing"). Without one, a tag beside a group is as often sincere ("true to form, the
 * Sikh volunteers fed the whole march"), so nothing is read.
 */
const SARCASM_FAULTS = new Set(['money', 'cash', 'deposit', 'iphone', 'iphones', 'except', 'offshore', 'wallet', 'purse', 'tools', 'laptops', 'scam', 'scams', 'scamming', 'cheating', 'cheat', 'fraud', 'bankrupt', 'overspent', 'benefits', 'jobs', 'nicked', 'vanished', 'disappeared', 'grooming', 'bomb', 'bombs', 'knife', 'knives']);

/** Warm doings that make the sarcasm fond: "funny how the Irish always find a reason to celebrate". */
const WARM_DOINGS = new Set(['raised', 'raise', 'raising', 'donated', 'donate', 'fundraiser', 'charity', 'top', 'topped', 'record', 'records', 'best', 'champion', 'legend', 'incredible', 'amazing', 'brilliant', 'proud', 'congrats', 'congratulations', 'deserved', 'unpaid', 'housework', 'celebrate', 'celebrating', 'party', 'partying', 'dance', 'dancing', 'sing', 'singing', 'laugh', 'laughing', 'feed', 'feeding', 'share', 'sharing', 'welcome', 'welcoming', 'help', 'helping', 'hug', 'hugs', 'love', 'loves', 'cook', 'cooking', 'win', 'wins', 'won']);

/** A sarcasm tag and a group in the sentence, or in the one before when the tag stands alone; not praise, not a wrong done to them. */
function sarcasmTagged(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const tag = findAny(words, SARCASM_TAGS);
  const faulted = (ws: Words): boolean => ws.some((w) => SARCASM_FAULTS.has(w) || SUSPECTED.has(w) || CRIME_NOUNS.has(w));
  if (!tag || hasPraise(words) || words.some((w, k) => (w === 'no' && words[k + 1] === 'one') || VICTIMISED.has(w) || SARCASM_AGAINST.has(w) || WARM_DOINGS.has(w) || /^(?:un)?(?:fair|just)$/.test(w))) return null;
  // a passive after the group is a wrong done to it: "funny how Black drivers get pulled over"
  const passive = (from: number): boolean => words.slice(from, from + 6).some((w, k, r) => ['get', 'gets', 'got', 'getting', 'are', 'is', 'were', 'was', 'being'].includes(w) && (/(?:ed|en)$/.test(r[k + 1] ?? '') || ['told', 'made', 'kept', 'shown', 'given', 'left', 'sent', 'held', 'thrown', 'seen', 'taught', 'paid', 'put', 'shot', 'hit', 'cut', 'let'].includes(r[k + 1] ?? '')));
  // ("funny how liberals change their tune about women", "the woman that brought Roe v. Wade": the group is not who is
  // mocked, or one person is picked out by a relative clause)
  const g = groups.find((m) => !m.pronoun && !['my', 'our', 'his', 'her', 'their', 'about', 'against', 'for', 'to', 'with', 'on', 'over'].includes(words[m.from - 1] ?? '') && !['who', 'that', 'which'].includes(words[m.to + 1] ?? ''));
  // the writer's own experience ("funny how every time I go to the mosque someone offers me tea") is a story
  if (words.some((w, k) => ['i', 'me', 'we', 'us'].includes(w) && (k < tag[0] || k > tag[1]))) return null;
  if (g && faulted(words) && !passive(g.to + 1)) return hit(Math.min(g.from, tag[0]), Math.max(g.to, tag[1]), g, 'stereotype', `sarcasm that it is as expected of them ('${words.slice(tag[0], tag[1] + 1).join(' ')}')`);
  if (words.length - (tag[1] - tag[0] + 1) <= 3) {
    const pw = prev.words();
    const pg = prev.groups().find((m) => !m.pronoun && !['my', 'our'].includes(pw[m.from - 1] ?? ''));
    if (pg && faulted(pw) && !hasPraise(pw) && !pw.some((w) => VICTIMISED.has(w) || SARCASM_AGAINST.has(w))) return hit(tag[0], tag[1], { ...pg, from: tag[0], to: tag[0], pronoun: true }, 'stereotype', 'sarcasm after a group named before');
  }
  return null;
}

/** "Women drivers, am I right?", "Immigrants. Need I say more?", "you know what they're like", "Mexicans being Mexicans". */
export function knowing(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const tag = findAny(words, KNOWING_TAGS);
  if (tag && !hasPraise(words)) {
    const strong = ['know', 'what', 'how'].includes(words[tag[0]] ?? '') || words[tag[0] + 1] === 'know';
    // the group stands alone ("Women drivers, am I right?") or "you know what they're like" refers to any group
    const bare = groups.find((g) => !g.pronoun && bareNp(words, g));
    if (bare) return hit(bare.from, tag[1], bare, 'stereotype', `knowing tag ('${words.slice(tag[0], tag[1] + 1).join(' ')}')`);
    const g = strong ? someGroup(groups, prev, tag[0]) : null;
    if (g) return hit(g.pronoun ? tag[0] : Math.min(g.from, tag[0]), tag[1], g, 'stereotype', 'you know what they are like');
    const pw = prev.words();
    const pg = prev.groups()[0];
    if (pg && pw.length && bareNp(pw, pg)) return hit(tag[0], tag[1], { ...pg, from: tag[0], to: tag[0], pronoun: true }, 'stereotype', 'knowing tag after a group');
  }
  const s = sarcasmTagged(words, groups, prev);
  if (s) return s;
  // "Mexicans being Mexicans", "women gonna be women"
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['being', 'gonna', 'going', 'to', 'will', 'be', 'just'].includes(words[j] ?? '') && j < g.to + 4) j++;
    if (j > g.to + 1 && words[j] === words[g.to] && ['being', 'be'].includes(words[j - 1] ?? '')) {
      const n = words[j + 1];
      if (n === undefined || CLAUSE_BREAK.has(n) || [',', 'lol', 'again', 'smh', 'as'].includes(n)) return hit(g.from, j, g, 'stereotype', '[group] being [group]');
    }
  }
  return null;
}

/** After a group, the words that lead to a purpose: "[group] were made / born / put on this earth to ...". */
const PURPOSE = new Set(['made', 'born', 'created', 'designed', 'meant', 'built', 'exist', 'exists', 'put', 'bred', 'here']);

/** "Women were made to serve men", "Immigrants exist to clean our houses", "Women are good for two things". */
export function reduction(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    let j = g.to + 1;
    while (['are', 'is', 'were', 'was', 'only', 'just', 'all', 'really', 'basically', 'solely', 'simply', 'clearly', 'obviously', 'literally'].includes(words[j] ?? '')) j++;
    const w = words[j] ?? '';
    if (PURPOSE.has(w)) {
      let k = j + 1;
      while (['on', 'this', 'earth', 'the', 'planet', 'only', 'just', 'solely', 'to', 'for', 'in', 'life'].includes(words[k] ?? '') && k < j + 6) k++;
      // "made to serve", "put on this earth to make babies"
      const servile = SERVILE.has(words[k] ?? '') || (['make', 'have', 'produce', 'pop', 'raise'].includes(words[k] ?? '') && ['babies', 'children', 'kids', 'sandwiches', 'out'].includes(words[k + 1] ?? ''));
      if (servile && words.slice(j + 1, k).some((x) => x === 'to' || x === 'for')) return hit(g.from, k, g, 'derogation', `${w} to ${words[k]}`);
    }
    // "women are baby machines / breeding stock"
    if (['baby', 'breeding', 'sex', 'birthing', 'cooking', 'cleaning'].includes(w) && ['machines', 'machine', 'factories', 'factory', 'objects', 'toys', 'dolls', 'stock', 'slaves'].includes(words[j + 1] ?? '')) {
      return hit(g.from, j + 1, g, 'dehumanising', `${w} ${words[j + 1]}`);
    }
    // "good for two things", "useful for one thing"
    if ((w === 'good' || w === 'useful' || w === 'great') && ['for', 'at'].includes(words[j + 1] ?? '') && ['two', 'three', 'a', '2', '3', 'just', 'only', 'one'].includes(words[j + 2] ?? '')) {
      const t = words.slice(j + 3, j + 6).findIndex((x) => x === 'thing' || x === 'things');
      if (t >= 0) return hit(g.from, j + 3 + t, g, 'derogation', `${w} for ... things`);
    }
  }
  // "a woman's place is in the kitchen"
  // "a woman's job / role / duty is raising kids": the role named as her only one
  const p = words.findIndex((w, i) => ['woman', 'women', 'wife', 'girl', 'womans'].includes(w) && words[i + 1] === "'s" && ['place', 'job', 'role', 'duty', 'purpose', 'work'].includes(words[i + 2] ?? '') && words[i + 3] === 'is');
  if (p >= 0) {
    const tail = words.slice(p + 4, p + 9);
    const place = tail.findIndex((w) => ['kitchen', 'home', 'bedroom', 'nursery', 'laundry', 'sink', 'stove', 'bed', 'children', 'kids', 'babies', 'husband', 'cooking', 'cleaning', 'housework'].includes(w) || (SERVILE.has(w) && w !== 'pick'));
    if (place >= 0 && !tail.some((w) => ['everywhere', 'anywhere', 'wherever'].includes(w))) {
      return hit(p, p + 4 + place, { from: p, to: p, characteristic: 'gender', pronoun: false, weak: false }, 'derogation', "a woman's place");
    }
  }
  return null;
}

const PICK_ONE = ['pick one', 'choose one', 'pick a lane', 'one or the other', 'you cannot have both', 'can not have both', 'never the twain'];

const DONT_MIX = [
  'do not mix', 'does not mix', 'never mix', 'will never mix', 'do not go together', 'do not belong together', 'do not match', 'go together like oil and water',
  'are like oil and water', 'like oil and water', 'are incompatible', 'is incompatible', 'are mutually exclusive', 'do not fit together', 'mix like oil and water',
  'go together like fire and water', 'like fire and water', 'like chalk and cheese', 'is an oxymoron', 'are an oxymoron', 'oxymoron', 'contradiction in terms', 'do not belong in the same sentence', 'in the same sentence lol',
];

/**
 * Incompatibility: "Women and science, pick one", "Arabs and democracy don't mix", "Female engineer is an
 * oxymoron". The other side must be a quality or field, not a second group or a religious rule ("Muslims and
 * alcohol don't mix"), so "Pineapple and pizza, pick one" and "Coffee and late nights don't mix" pass.
 */
export function incompatible(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const pick = findAny(words, PICK_ONE);
  // "pick one" closes the clause: "pick one favourite" asks for a choice
  const c = (pick && (words[pick[1] + 1] === undefined || CLAUSE_BREAK.has(words[pick[1] + 1] ?? '') || [',', 'lol', 'lmao', 'then'].includes(words[pick[1] + 1] ?? '')) ? pick : null) ?? findAny(words, DONT_MIX);
  if (!c || words.slice(0, c[0]).some((w) => NEGATORS.has(w) && w !== 'not') || hasPraise(words)) return null;
  let s = c[0] - 1;
  while (s > 0 && !CLAUSE_BREAK.has(words[s - 1] ?? '')) s--;
  const clause = words.slice(s, c[0]);
  const and = clause.indexOf('and');
  const real = groups.filter((g) => !g.pronoun && g.from >= s && g.to < c[0]);
  if (and > 0) {
    // one side a group, the other a thing: "[group] and science", "democracy and Arabs"
    const at = s + and;
    const g = real.find((m) => m.to < at) ?? real.find((m) => m.from > at);
    if (!g || real.length > 1) return null;
    const other = g.to < at ? words.slice(at + 1, c[0]) : words.slice(s, at);
    const content = other.filter((w) => /^[a-z-]+$/.test(w) && !['the', 'a', 'an', 'just', 'really', 'simply', 'do', 'not', 'are', 'is'].includes(w));
    if (!content.length || content.length > 3 || content.some((w) => RULE_ITEMS.has(w) || PERSON_NOUNS.has(w) || identityAdjective(w) !== undefined)) return null;
    return hit(Math.min(s, g.from), c[1], g, 'stereotype', `[group] and ${content.join(' ')}: incompatible`);
  }
  // "female engineer is an oxymoron", "a Muslim moderate? oxymoron"
  if (words.slice(c[0], c[1] + 1).includes('oxymoron') || words[c[0]] === 'contradiction') {
    // "A Muslim moderate? Oxymoron.": the pair may stand in the question before
    const s2 = words[s - 1] === '?' ? Math.max(0, s - 6) : s;
    const g = real[0] ?? groups.find((m) => !m.pronoun && m.from >= s2 && m.to < c[0]) ?? null;
    const id = g ?? (() => { for (let j = s2; j < c[0]; j++) { const x = identityWord(tokens, groups, j); if (x) return x; } return null; })();
    if (id) return hit(id.from, c[1], id, 'stereotype', 'identity and role called an oxymoron');
    // "A Muslim moderate? / Oxymoron." across the sentence break
    const pw = prev.words();
    const pg = c[0] <= 2 && pw[pw.length - 1] === '?' ? prev.groups()[0] : undefined;
    const pr = c[0] <= 2 ? roleQuestion(pw, pw.length - 1) : undefined;
    if (pg || pr) return hit(c[0], c[1], { from: c[0], to: c[0], characteristic: pg ? pg.characteristic : (pr as [number, Characteristic])[1], pronoun: true, weak: false }, 'stereotype', 'identity and role called an oxymoron');
  }
  return null;
}

/**
 * A group restricted to something bad or crude: "Immigrants bring nothing but problems", "Arabs only understand
 * force", "[group] are only here for the benefits", "[group] do nothing but take". "Refugees only want safety"
 * and "bring nothing but hard work" pass: the restricted thing must be a harm, money, force or a handout.
 */
export function restricted(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    // ("do women only get hired to fill quotas?", "is it just me or do ...": the subject of a yes-no question)
    const asked = ['do', 'does', 'did'].includes(words[g.from - 1] ?? '') && (g.from === 1 || clauseStartAt(words, g.from - 1) || words[g.from - 2] === 'or');
    if (g.pronoun || !(asSubject(words, g) || asked)) continue;
    const e = clauseEnd(words, g.to + 1);
    const vp = words.slice(g.to + 1, e + 1);
    if (vp.some((w) => NEGATORS.has(w) && w !== 'nothing') || hasPraise(vp)) continue;
    // the restriction: "only", "just", "nothing but", "nothing more than", "good for nothing but"
    const r = vp.findIndex((w, k) => w === 'only' || w === 'solely' || w === 'purely' || (w === 'nothing' && ['but', 'except'].includes(vp[k + 1] ?? '')) || (w === 'just' && k > 0 && vp[k - 1] !== 'are'));
    if (r < 0) continue;
    // a restricting verb on one side of the restriction: "bring nothing but", "only understand", "only here for"
    const verb = vp.slice(Math.max(0, r - 2), r + 3).find((w) => RESTRICTING_VERBS.has(w) || w === 'do' || w === 'does');
    if (!verb) continue;
    const bad = vp.findIndex((w, k) => k > r && (RESTRICTED_TO.has(w) || (verb.startsWith('do') && RESTRICTED_ACTS.has(w))));
    if (bad < 0) continue;
    // "only got the job to fill a quota": a job gained by identity; "refugees only get a little money" is a lack
    if (['got', 'get', 'gets', 'hired', 'promoted', 'elected'].includes(verb) && !['quota', 'quotas', 'diversity', 'pity', 'looks', 'tokenism'].includes(vp[bad] ?? '')) continue;
    // "free" only with the things it makes free: "free stuff", "free money", "free houses"
    if (vp[bad] === 'free' && !['stuff', 'money', 'houses', 'housing', 'things', 'ride', 'handouts', 'healthcare', 'benefits'].includes(vp[bad + 1] ?? '')) continue;
    return hit(g.from, g.to + 1 + bad + (vp[bad] === 'free' ? 1 : 0), g, 'stereotype', `restricted to '${vp[bad]}'`);
  }
  return null;
}

/**
 * "There's a reason [group] aren't in charge / end up in prison", "it's no coincidence [group] run the banks",
 * "[group] get profiled for a reason", "stereotypes about [group] exist for a reason": a hidden cause hinted. An
 * explanation by discrimination, fear or a religious rule ("there's a reason women leave tech: sexism", "a
 * reason Muslims don't eat pork") passes.
 */
export function forAReason(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words.some((w) => CRITIQUE_CAUSES.has(w) || RULE_ITEMS.has(w)) || blameShifted(words) || saidNoOne(words)) return null;
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  let c = find(words, 'there is a reason');
  if (c < 0) c = find(words, 'there is a good reason');
  if (c < 0) c = find(words, 'there are reasons');
  if (c < 0) c = find(words, 'no coincidence');
  if (c < 0) c = find(words, 'no accident');
  if (c < 0) c = find(words, 'not a coincidence');
  if (c >= 0 && g.from > c && g.from <= c + 9) {
    const e = clauseEnd(words, g.to + 1, 10);
    const vp = words.slice(g.to + 1, e + 1);
    const neg = vp.slice(0, 4).some((w) => NEGATORS.has(w));
    // denied standing ("aren't in charge", "don't become pilots"), or a bad place or power ("end up in prison", "run the banks")
    const denied = neg && vp.some((w) => STANDING.has(w) || w === 'important' || w === 'hire' || w === 'hires');
    // "there's a reason Black women run the best salons": a power or place praised is credit, not a hidden cause
    const pinned = !neg && !hasPraise(vp) && !vp.some((w) => MORE_POSITIVE.has(w)) && vp.some((w) => STANDING.has(w) && !['charge', 'lead', 'leaders', 'important', 'trusted', 'hired', 'promoted', 'allowed', 'vote', 'positions', 'top', 'decisions', 'serious', 'become', 'becoming'].includes(w));
    // "there's a reason nobody hires immigrants": a refusal before the group
    const refused = words.slice(c, g.from).some((w) => ['nobody', 'no', 'never'].includes(w)) && words.slice(c, g.from).some((w) => REFUSED_ACTS.has(w) || REFUSED_ACTS.has(w.replace(/s$/, '')));
    if (denied || pinned || refused) return hit(c, Math.max(g.to, e), g, 'stereotype', 'a hidden reason hinted');
  }
  // "[group] get profiled for a reason", "stereotypes about [group] exist for a reason"
  const r = find(words, 'for a reason');
  // "as an Irish lad, I'll admit stereotypes exist for a reason": the writer's own people
  const own = ['a', 'an'].includes(words[g.from - 1] ?? '') && words[g.from - 2] === 'as';
  if (r > g.to && r <= g.to + 8 && !own) {
    const n = words[r + 3];
    const ends = n === undefined || CLAUSE_BREAK.has(n) || [',', 'lol', 'you', 'folks', 'people'].includes(n);
    const mid = words.slice(Math.max(0, g.from - 3), r);
    if (ends && mid.some((w) => VICTIMISED.has(w) || ['stereotypes', 'stereotype', 'stereotyped', 'reputation', 'feared', 'avoided', 'hated', 'distrusted', 'mistrusted', 'banned', 'watched', 'followed', 'suspected', 'exist', 'exists', 'prejudices'].includes(w))) {
      return hit(Math.min(g.from, r), r + 2, g, 'stereotype', 'for a reason');
    }
  }
  return null;
}

/** "..., said no one ever", "said no serious researcher": the claim quoted to mock it. */
function saidNoOne(words: Words): boolean {
  return words.some((w, k) => w === 'said' && (['nobody', 'noone', 'none'].includes(words[k + 1] ?? '') || (words[k + 1] === 'no' && words.slice(k + 2, k + 6).some((x) => ['one', 'ever', 'researcher', 'scientist', 'expert', 'study', 'person', 'serious', 'sane'].includes(x)))));
}

/** A cause laid on someone else: "... when we ban them from working", "because employers won't hire them". */
function blameShifted(words: Words): boolean {
  return words.some((w, k) => ['when', 'because', 'since', 'if', 'as'].includes(w) && ['we', 'you', 'society', 'employers', 'landlords', 'nobody', 'no', 'the', 'they', 'politicians', 'government', 'governments'].includes(words[k + 1] ?? '') && k > 3);
}

/**
 * A stereotype endorsed: "stereotypes about [group] are true / accurate / there for a reason", "every stereotype about
 * [group] has a grain of truth". "Stereotypes about [group] are harmful / not true" and "are they true?" pass.
 */
export function stereotypeEndorsed(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w, k) => ['stereotypes', 'stereotype', 'cliches', 'clichés', 'generalisations', 'generalizations', 'prejudices'].includes(w) && ['about', 'of', 'on', 'regarding'].includes(words[k + 1] ?? ''));
  if (s < 0 || words[words.length - 1] === '?' && QUESTION_OPENERS.has(words[0] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from > s + 1 && m.from <= s + 4);
  if (!g) return null;
  const e = clauseEnd(words, g.to + 1, 12);
  const vp = words.slice(g.to + 1, e + 1);
  const text = ` ${vp.join(' ')} `;
  if (/ (not|never|rarely|hardly|n't) /.test(text) || / (harmful|hurtful|wrong|false|lazy|outdated|offensive|racist|sexist|dangerous|untrue|damaging|myths?) /.test(text)) return null;
  const endorsed = / (are|is) (all |mostly |usually |often |actually |totally |just |generally |pretty |largely |so |completely |absolutely |basically |frankly |honestly |sadly |unfortunately )*(true|accurate|correct|spot on|valid|justified|earned|deserved|real) /.test(text) || / (grain|kernel|ring) of truth | based (on|in) (truth|facts?|reality) /.test(text);
  return endorsed ? hit(s, e, g, 'stereotype', 'a stereotype endorsed') : null;
}

const ACTIVITY_SUBJECTS = new Set(['men', 'guys', 'boys', 'blokes', 'lads', 'dudes', 'man', 'guy', 'boy', 'bloke', 'lad', 'dude', 'women', 'girls', 'ladies', 'woman', 'girl', 'chicks', 'people', 'kids', 'anyone', 'anybody', 'someone']);

const FEMALE_SUBJECTS = new Set(['women', 'girls', 'ladies', 'woman', 'girl', 'chicks']);

const MALE_SUBJECTS = new Set(['men', 'guys', 'boys', 'blokes', 'lads', 'dudes', 'man', 'guy', 'boy', 'bloke', 'lad', 'dude']);

const LABEL_FILL = new Set(['all', 'basically', 'obviously', 'probably', 'definitely', 'just', 'secretly', 'clearly', 'totally', 'so', 'a', 'an', 'little', 'closet', 'closeted', 'massive', 'such', 'complete', 'total', 'low', 'key', 'lowkey', 'always', 'usually', 'mostly', 'literally', 'automatically', 'be', 'must', 'gotta', 'got', 'to', 'have', 'has', 'bunch', 'of', 'fucking', 'damn', 'super', 'lil', 'big']);

/**
 * An activity taken as proof of an identity used as a put-down: "Girls who play football are all lesbians anyway",
 * "Men who cook are gay", "any guy who does yoga is obviously gay", "boys who cry are little girls". A definition
 * ("women who love women are lesbians", "men who are gay ...") and a negation pass.
 */
export function activityLabel(words: Words): Attack | null {
  for (let w = 1; w + 3 < words.length; w++) {
    if (words[w] !== 'who' || !ACTIVITY_SUBJECTS.has(words[w - 1] ?? '')) continue;
    let c = w + 1;
    while (c < w + 9 && !['are', 'is', "'re"].includes(words[c] ?? '') && !CLAUSE_BREAK.has(words[c] ?? '') && words[c] !== ',') c++;
    // "men who cook must be gay": a modal instead of the copula
    if (!['are', 'is', "'re"].includes(words[c] ?? '')) {
      c = words.findIndex((x, k) => k > w + 1 && k < w + 9 && x === 'be' && ['must', 'gotta', 'to'].includes(words[k - 1] ?? ''));
      if (c < 0) continue;
    }
    const vp = words.slice(w + 1, c);
    if (!vp.length || vp.some((x) => DEFINING_ACTS.has(x) || identityAdjective(x) !== undefined || PUT_DOWN_IDENTITY.has(x))) continue;
    let p = c + 1;
    while (p < c + 5 && LABEL_FILL.has(words[p] ?? '')) p++;
    const label = words[p] ?? '';
    if (!PUT_DOWN_IDENTITY.has(label) || words.slice(c, p).some((x) => NEGATORS.has(x))) continue;
    const n = words[p + 1];
    if (n !== undefined && !CLAUSE_BREAK.has(n) && ![',', 'anyway', 'lol', 'lmao', 'too', 'af', 'haha', 'tbh', 'honestly', 'imo', 'period', 'end', 'in', 'deep', 'then'].includes(n)) continue;
    const gender = ['girls', 'girly', 'women', 'woman', 'ladies', 'sissy', 'sissies'].includes(label);
    if (gender && !MALE_SUBJECTS.has(words[w - 1] ?? '')) continue;
    // "women who lift are basically men": the opposite sex as the put-down
    const manly = ['men', 'man', 'dudes', 'blokes'].includes(label);
    if (manly && !FEMALE_SUBJECTS.has(words[w - 1] ?? '')) continue;
    const ch: Characteristic = gender || manly ? 'gender' : ['trans', 'tranny'].includes(label) ? 'gender-identity' : 'sexual-orientation';
    return hit(Math.max(0, w - 1), p, { from: w - 1, to: w - 1, characteristic: ch, pronoun: false, weak: false }, 'derogation', 'an activity taken as proof of an identity');
  }
  return null;
}

const ESSENTIAL_VICES = new Set([...RESTRICTED_ACTS, 'drink', 'fight', 'kill', 'hate', 'rob', 'scam', 'haggle', 'riot', 'violence', 'crime', 'laziness', 'greed', 'lying', 'stealing', 'cheating', 'drinking', 'fighting', 'terrorism', 'hatred', 'thieving']);

/** "It's in the Irish blood to drink": an essence named by an identity adjective. */
export function adjectiveEssence(words: Words): Attack | null {
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'in' || !['the', 'their', 'his', 'her'].includes(words[i + 1] ?? '')) continue;
    const c = identityAdjective(words[i + 2] ?? '');
    // the trait is a vice: "to drink", "to fight", "violence is in the Arab blood"; "to love a good story" is fond
    const to = words[i + 4] === 'to' ? words[i + 5] ?? '' : '';
    const vice = ESSENTIAL_VICES.has(to) || (to === 'be' && (CONTEMPT_ADJ.has(words[i + 6] ?? '') || MORE_NEGATIVE.has(words[i + 6] ?? ''))) || words.slice(0, i).some((w) => ESSENTIAL_VICES.has(w));
    if (c && c !== 'age' && vice && ['blood', 'dna', 'genes', 'nature', 'bones'].includes(words[i + 3] ?? '') && !hasPraise(words)) return hit(i, i + 3, { from: i + 2, to: i + 2, characteristic: c, pronoun: false, weak: false }, 'stereotype', 'a trait made an essence');
  }
  return null;
}

/** "The only thing Africans export is poverty": the group's whole output a harm. */
export function onlyThing(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = find(words, 'only thing') >= 0 ? find(words, 'only thing') : find(words, 'only things');
  if (o < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.from > o + 1 && m.from <= o + 4);
  if (!g) return null;
  const cop = words.findIndex((w, k) => k > g.to && k <= g.to + 5 && (w === 'is' || w === 'are'));
  const x = cop > 0 ? words.slice(cop + 1, cop + 4) : [];
  return x.some((w) => STING.has(w) || CRIME_NOUNS.has(w) || BLAMED_RESULTS.has(w) || ['poverty', 'misery', 'hate', 'hatred', 'babies', 'excuses', 'noise', 'trouble', 'problems', 'disease', 'violence', 'terror'].includes(w)) ? hit(o, cop + x.length, g, 'stereotype', 'the only thing they bring is a harm') : null;
}

/** "Women's only real talent is spending their husband's money": the group reduced to one use. */
export function onlyTalent(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = words.findIndex((w, k) => w === 'only' && ['talent', 'skill', 'use', 'purpose', 'value', 'job', 'contribution', 'function', 'gift'].includes(words[k + 1] === 'real' || words[k + 1] === 'true' ? words[k + 2] ?? '' : words[k + 1] ?? ''));
  const g = o > 0 ? groups.find((m) => !m.pronoun && m.to < o && o - m.to <= 2) : undefined;
  // "only real talent is whatever they choose": an open choice reduces nothing
  const open = words.slice(o + 2, o + 6).some((w) => ['whatever', 'anything', 'everything'].includes(w));
  return g && !open && (words[g.to + 1] === "'s" || words[g.to + 1] === 'only') && !hasPraise(words) ? hit(g.from, o + 2, g, 'derogation', "the group's only use") : null;
}
