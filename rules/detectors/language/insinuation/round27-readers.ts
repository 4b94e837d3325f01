/**
 * Round 27 readers of derogation through a pronoun for one person:
 * - `identityThenStigma`: a person introduced by an identity alone, then called a name that stigmatises it ("There's a
 *   trans woman in my yoga class. She's a freak.", "Just found out the new vicar is a lesbian. She's an abomination.").
 *   The sentence before says nothing of the person but the identity, so the name lands on it. Only names that brand
 *   someone as unnatural or shameful: "my new boss is a woman. She's an idiot about spreadsheets" judges a person.
 * - `singleWithout`: "Is there a single immigrant in this country who isn't a leech?", "Name one [member] who doesn't
 *   lie": a search for one member without the fault says every member has it.
 * - `interchangeable`: members as a type, not people: "seen one Polish builder, you've seen them all", "they're all a bit
 *   samey", "we'll have to number them", "like they all came off the same production line".
 * - `emojiSneer`: an identity named beside an emoji that carries the sneer in a short post: apes and bananas, money bags
 *   for Jews, a bomb for Muslims, retching, padlocks, a clown ("City's first Jewish mayor sworn in today 💰💰🤑").
 * - `exceptionMember`: one member praised as unlike the rest ("my gay mate's sound, he doesn't shove it down your throat
 *   like the others", "an absolute gem, nothing like the ones you normally get", "he's Jewish but really generous, not
 *   what you'd expect"): the praise of one is the verdict on the rest.
 */
import type { GroupMention } from '../find-groups';
import { PERSON_WORDS } from '../lexicon/words';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned } from './implicit-readers';
import { DEHUMANISING, INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { hasPraise, hit, identityIn, markMember, type Neighbour, type Words } from './shared';

/** Names that brand a person as unnatural, diseased or shameful. */
const STIGMA = new Set(['abomination', 'freak', 'perversion', 'pervert', 'degenerate', 'sicko', 'abnormal', 'unnatural', 'subhuman', 'aberration', 'monstrosity']);

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND27_CUES: readonly string[] = [...STIGMA, 'samey', 'interchangeable'];

/** Words between the copula and the name: "she's an absolute freak". */
const BEFORE_NAME = new Set(['a', 'an', 'such', 'absolute', 'total', 'complete', 'utter', 'just', 'nothing', 'but', 'basically', 'literally', 'frankly', 'honestly', 'disgusting', 'sick', 'walking']);
/** Praise or fondness that makes "freak" a compliment: "she's a freak on the drums, love her". */
const FOND = new Set(['love', 'amazing', 'legend', 'talented', 'brilliant', 'best', 'lol', 'haha', 'drums', 'guitar', 'gym', 'fitness', 'nature', 'talent', 'genius', 'skill', 'skills']);

export function identityThenStigma(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if ((w[0] !== 'she' && w[0] !== 'he') || groups.length) return null;
  let i = 1;
  if (["'s", 'is', 'was'].includes(w[i] ?? '')) i++;
  else if ((w[i] === 'will' || w[i] === 'll') && w[i + 1] === 'be') i += 2;
  else return null;
  while (BEFORE_NAME.has(w[i] ?? '')) i++;
  // ("a freak on the track", "a freak about recycling", "a freak, trains 6 hours a day": a gift or a fuss, not the person
  // branded; the name ends the clause or runs on with "and" or a relative)
  if (!STIGMA.has(w[i] ?? '') || !['.', '!', '', 'and', 'who', 'that', 'in'].includes(w[i + 1] ?? '') || (w[i + 1] === 'in' && w[i + 3] !== 'eyes') || condemned(w) || w.some((x) => FOND.has(x))) return null;
  // the sentence before introduces one person by an identity alone: "there's a [member] in ...", "[the / my / our] (new) X is
  // (a / an) [identity]", "X came out as [identity]"
  const pw = prev.words();
  const g = prev.groups().find((m) => !m.pronoun);
  if (!g || pw.length > 16 || pw.some((x) => FOND.has(x)) || !introduces(pw, g)) return null;
  return hit(0, i, { ...g, from: 0, to: 0, pronoun: true }, 'derogation', `a person introduced by identity, then called '${w[i]}'`);
}

/** A sentence that introduces one person by an identity: "there's a trans woman in my class", "the new vicar is a lesbian". */
function introduces(pw: Words, g: GroupMention): boolean {
  const before = pw.slice(Math.max(0, g.from - 3), g.from).join(' ');
  if (/\bthere (?:is|s) (?:a|an|this|one)$/.test(before) || /^(?:there (?:is|s)|theres) (?:a|an) /.test(pw.join(' '))) return true;
  if (/\b(?:is|s) (?:a|an)$/.test(before) || /\b(?:is|s)$/.test(before) || /\bcame out as$/.test(before)) return /^(?:the|my|our|his|her|their|this|that|new|just)\b/.test(pw.join(' ')) || pw.slice(0, 4).some((x) => ['found', 'turns', 'turned', 'new'].includes(x));
  return g.from <= 2 && g.to - g.from <= 2 && pw.slice(0, 3).some((x) => x === 'new');
}

/** "is there a single GRP ... who isn't a X", "name one GRP that doesn't X", "show me one GRP who is not X". */
const SINGLE_WITHOUT = /\b(?:is there|are there|name|show me|find me|point to) (?:a single|one|even one|any|just one) GRP\b(?: \S+){0,6}? (?:who|that) (?:is not|isnt|are not|arent|was not|were not|does not|doesnt|do not|did not|has not|have not) (?:a |an |some kind of |ever )?([a-z]+)/;
/** Faults a member might be searched for without: "... who doesn't lie / steal / cheat". */
const FAULT_VERBS = new Set(['lie', 'steal', 'cheat', 'scrounge', 'complain', 'whine', 'beg', 'rob', 'sponge', 'leech', 'moan', 'lied', 'stolen', 'cheated', 'scrounged', 'robbed', 'begged', 'sponged']);

export function singleWithout(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('single') && !w.includes('one') && !w.includes('any')) return null;
  for (const g of groups) {
    if (g.pronoun) continue;
    const m = markMember(w, g);
    const r = SINGLE_WITHOUT.exec(m.text);
    const fault = r?.[1] ?? '';
    // ("who isn't angry about the pay gap", "confused by the visa rules": a feeling with a cause, not a fault)
    if (!r || ['at', 'about', 'by', 'with', 'over', 'for', 'that', 'when', 'to', 'of'].includes(w[m.span(r)[1] + 1] ?? '')) continue;
    // (a fault named in the singular is listed in the plural: "a thief", "a parasite")
    const plural = fault.endsWith('f') ? `${fault.slice(0, -1)}ves` : `${fault}s`;
    if (![fault, plural].some((x) => INSULT_NOUNS.has(x) || NEGATIVE_ATTRIBUTES.has(x) || DEHUMANISING.has(x)) && !FAULT_VERBS.has(fault)) continue;
    const [from, to] = m.span(r);
    return hit(from, to, g, 'generalisation', `every member said to have a fault ('${fault}')`);
  }
  return null;
}

/** Members as a type: "seen one [member], you've seen them all", "they're all a bit samey", "have to number them". */
const INTERCHANGEABLE = /\b(?:seen|met|know|known) one (?:\S+ ){0,3}?(?:you (?:have |ve )?)?(?:seen|met|know|known) (?:them|em) all\b|\b(?:they|you) (?:are |re )?all (?:a bit |kind of |pretty much |basically )?(?:samey|identical|interchangeable)\b|\b(?:are|re) (?:all )?(?:basically |pretty much )?interchangeable\b|\b(?:all )?look (?:the same|alike) to me\b|\bhave to (?:start )?number(?:ing)? them\b|\b(?:came|come|rolled) off the same (?:production|assembly) line\b|\bthe identical script\b/;
/** Things that are alike, not people: "the new laptops all look the same", "these flats are all identical". */
const ALIKE_THINGS = new Set(['laptop', 'laptops', 'phones', 'phone', 'cars', 'car', 'flats', 'houses', 'logos', 'logo', 'fonts', 'designs', 'slides', 'emails', 'forms', 'apps', 'films', 'songs', 'episodes', 'twins', 'suits', 'uniforms', 'shirts', 'shoes', 'sandwiches', 'cupcakes', 'bottles']);

export function interchangeable(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => ['seen', 'met', 'known', 'know', 'samey', 'same', 'identical', 'interchangeable', 'alike', 'number', 'line', 'script'].includes(x))) return null;
  const m = INTERCHANGEABLE.exec(w.join(' '));
  if (!m || condemned(w) || w.some((x) => ALIKE_THINGS.has(x))) return null;
  const here = groups.find((x) => !x.pronoun) ?? identityIn(tokens, groups, 0, tokens.length);
  const g = here ?? prev.groups().find((x) => !x.pronoun);
  const fromPrev = !here;
  if (!g) return null;
  const at = w.join(' ').slice(0, m.index).split(' ').length - 1;
  return hit(Math.max(0, at), at + m[0].split(' ').length - 1, fromPrev ? { ...g, from: 0, to: 0, pronoun: true } : g, 'stereotype', `members treated as interchangeable ('${m[0]}')`);
}

/** Emoji that carry a sneer at the identity beside them. */
const APE_EMOJI = /🐒|🦍|🐵|🍌/u;
const MONEY_EMOJI = /💰|🤑|💵|💲/u;
const BOMB_EMOJI = /💣|🧨/u;
const RETCH_EMOJI = /🤢|🤮/u;
const CLOWN_EMOJI = /🤡/u;
/** Words that give the emoji another job: food and heat for retching, fundraising for money, a comedy set for a bomb. */
const EMOJI_OTHER_JOB = new Set(['food', 'ate', 'eat', 'eating', 'dish', 'meal', 'restaurant', 'takeaway', 'curry', 'heat', 'hot', 'weather', 'hangover', 'sick', 'flu', 'raise', 'raised', 'raising', 'donate', 'donated', 'donation', 'fundraiser', 'fundraising', 'charity', 'salary', 'pay', 'paid', 'prize', 'won', 'comedy', 'comedian', 'gig', 'set', 'banana', 'bananas', 'smoothie', 'zoo', 'monkey', 'monkeys', 'gorilla', 'ape', 'apes', 'fireworks', 'diwali', 'sale', 'shop', 'deli', 'prices', 'price', 'sandwich', 'pork', 'scratchings', 'taste', 'country', 'overate', 'bike', 'bikes', 'stolen']);

export function emojiSneer(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], _prev: Neighbour, raw: string): Attack | null {
  if (!raw || !/[\u{1F300}-\u{1FAFF}]/u.test(raw) || tokens.length > 16) return null;
  const g = groups.find((x) => !x.pronoun && !x.unnamed) ?? personIdentity(tokens, groups);
  if (!g || hasPraise(w) || condemned(w) || w.some((x) => EMOJI_OTHER_JOB.has(x))) return null;
  const id = w.slice(g.from, g.to + 1).join(' ');
  let what = '';
  if (APE_EMOJI.test(raw) && (g.characteristic === 'race' || g.characteristic === 'origin')) what = 'apes or bananas';
  else if (MONEY_EMOJI.test(raw) && /\bjew|\bjewish/.test(id)) what = 'money bags';
  else if (BOMB_EMOJI.test(raw) && /\bmuslim|\bislam|\barab/.test(id)) what = 'a bomb';
  else if (RETCH_EMOJI.test(raw)) what = 'retching';
  else if ((raw.match(/🔒/gu) ?? []).length >= 2) what = 'padlocks';
  else if (CLOWN_EMOJI.test(raw)) what = 'a clown';
  if (!what) return null;
  return hit(g.from, g.to, g, what === 'apes or bananas' ? 'dehumanising' : 'derogation', `an identity named beside ${what} (emoji)`);
}

/** One member set apart from the rest. */
const EXCEPTION = /\b(?:nothing like|not like|unlike) (?:the others|the rest(?: of them)?|the ones you (?:normally|usually) (?:get|see|meet)|most of them|the usual ones)\b|\blike the others do\b|\b(?:does not|doesnt|never) (?:\w+ ){0,8}like the others\b|\bwish (?:the rest|all|more) of them were (?:like|as)\b|\bnot what you (?:would|d) expect\b|\bone of the (?:good|decent|nice|sensible|normal|clean|honest) ones\b/;
/** Praise for the one member: the other half of the device. */
const ONE_PRAISED = new Set(['sound', 'gem', 'lovely', 'generous', 'sensible', 'nice', 'decent', 'alright', 'great', 'honest', 'clean', 'polite', 'normal', 'respectable', 'hardworking', 'good', 'fine', 'ok', 'okay', 'kind', 'smart', 'reliable']);

export function exceptionMember(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => ['like', 'unlike', 'wish', 'expect', 'ones'].includes(x))) return null;
  const m = EXCEPTION.exec(w.join(' '));
  if (!m || condemned(w) || !w.some((x) => ONE_PRAISED.has(x))) return null;
  const g = groups.find((x) => !x.pronoun) ?? personIdentity(tokens, groups);
  if (!g) return null;
  const at = w.join(' ').slice(0, m.index).split(' ').length - 1;
  return hit(Math.min(g.from, at), Math.max(g.to, at + m[0].split(' ').length - 1), g, 'stereotype', `one member praised as unlike the rest ('${m[0]}')`);
}

/** An identity word before a word for a person ("my gay mate", "our Polish cleaner"), not before a thing ("a Jewish deli"). */
function personIdentity(tokens: readonly Token[], groups: readonly GroupMention[]): GroupMention | null {
  const id = identityIn(tokens, groups, 0, tokens.length);
  if (!id) return null;
  const next = tokens[id.to + 1]?.w ?? '';
  return PERSON_WORDS.has(next) || ['mate', 'mates', 'cleaner', 'nurse', 'neighbour', 'neighbor', 'colleague', 'landlord', 'friend'].includes(next) ? id : null;
}
