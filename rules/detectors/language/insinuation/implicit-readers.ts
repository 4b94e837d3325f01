/**
 * Round 14's general readers. Earlier rounds added one frame per phrasing and fitted the sets they were written from;
 * each reader here stands for a whole family instead, built from a broad lexicon and a clause-distance rule:
 *
 * - precautionNear: a precaution against theft or harm ("lock everything", "count the tools", "put the jewellery in the
 *   safe", "hold on to your phone") in the sentence that names a member's presence, or in the one right after it.
 * - sarcasticOutcome: a knowing or mock-surprised marker ("of course", "cue the", "what a shock", "not surprised",
 *   "funny that", "no wonder", "there goes") with a member as the cause of what went wrong.
 * - creditedToIdentity: a member's success put down to identity ("only got the role cos she's Black", "box ticked",
 *   "diversity hire", "got promoted for being Latina").
 *
 * Each reader first tests a cheap anchor set and returns at once when none of its words occur, so a sentence without
 * them costs one pass over its words.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import { CRIME_NOUNS, PRAISE_WORDS, RUIN_OUTCOMES, VICTIMISED, VALUABLES } from '../lexicon/derogation';
import { INSULT_ADJECTIVES } from '../lexicon/words';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, type Token } from '../tokens';
import { IDENTITY_THINGS, addressedGroup, arrives, findAny, hit, identityWord, negatedIn, writerIsMember, type Neighbour, type Words } from './shared';

export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Counter-speech and reports: the remark is quoted to be condemned or passed on. */
export const CONDEMNING = words(`racist racism sexist sexism homophobic transphobic ableist ageist bigoted bigotry bigot bigots stereotype stereotypes
  trope tropes nonsense rubbish disgusting disgraceful unacceptable reported report said says told heard overheard claim claims claimed apparently`);

/** Harm to the member, or the member's own request: then the member is no suspect. */
const HARMED = words(`sentence sentenced harsher burgled robbed broken stolen vandalised vandalized target targets targeted scammed conned victim victims prey harassed abused attacked asked requested needs need needed
  safety welcome welcomed help helped helping`);
/** Harm to the member or care for them; "safe" only as "keep them safe", not "put it in the safe". */
const harmed = (w: Words): boolean => w.some((x, i) => HARMED.has(x) || VICTIMISED.has(x) || (x === 'safe' && !['the', 'a'].includes(w[i - 1] ?? '')));

export const condemned = (w: Words): boolean => w.some((x) => CONDEMNING.has(x));

/**
 * A member: a named group, or an identity adjective before a person ("the Black delivery guys"), not before a thing
 * ("the Polish shop"). Age has no adjective in identityWord, so "a 62 year old" and "over 60" are read here.
 */
export function member(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], from = 0, to = w.length): GroupMention | null {
  for (let i = Math.max(0, from); i < Math.min(to, w.length); i++) {
    const id = identityWord(tokens, groups, i);
    // ("inside the mosque": a place of worship is where members are, not one of them)
    if (id && !IDENTITY_THINGS.has(w[id.to + 1] ?? '') && !IDENTITY_THINGS.has(w[id.to + 2] ?? '') && !IDENTITY_THINGS.has(w[id.to] ?? '')) return id;
    const age = agedAt(w, i);
    if (age >= 0) return { from: i, to: age, characteristic: 'age', pronoun: false, weak: false };
    if (w[i] === 'wheelchair' && ['user', 'users', 'guy', 'girl', 'man', 'woman', 'bound'].includes(w[i + 1] ?? '')) return { from: i, to: i + 1, characteristic: 'disability', pronoun: false, weak: false };
  }
  return null;
}

/** Words for old people that no group list has in the singular. */
const OLD_NOUNS = words(`boomer boomers pensioner pensioners oap oaps oldie oldies geezer geezers`);

/** "a 62 year old", "someone over 60": the last index of the phrase, or -1. */
function agedAt(w: Words, i: number): number {
  if (OLD_NOUNS.has(w[i] ?? '')) return i;
  const n = Number(w[i]);
  if (!Number.isInteger(n) || n < 50 || n > 110) return -1;
  if ((w[i + 1] === 'year' || w[i + 1] === 'years' || w[i + 1] === 'yr') && w[i + 2] === 'old') return i + 2;
  if (w[i - 1] === 'over' && ['someone', 'anyone', 'applicants', 'candidates', 'people', 'staff', 'workers', 'hires'].includes(w[i - 2] ?? '')) return i;
  return -1;
}

/** A member in an earlier sentence, by its words only (the neighbour gives no tokens): a named group or an identity adjective before a person. */
/** The groups named in the sentence and a member named by an identity word, for the readers that mark each as GRP in turn. */
export function namedOrMember(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): GroupMention[] {
  const candidates = groups.filter((g) => !g.pronoun);
  const one = member(tokens, w, groups);
  if (one && !candidates.some((g) => g.from === one.from)) candidates.push(one);
  return candidates;
}

export function memberBefore(prev: Neighbour): GroupMention | null {
  const g = prev.groups().find((m) => !m.pronoun);
  if (g) return g;
  const pw = prev.words();
  for (let i = 0; i < pw.length; i++) {
    const c = identityAdjective(pw[i] ?? '');
    if (c && c !== 'age' && !IDENTITY_THINGS.has(pw[i + 1] ?? '') && /^[a-z]+$/.test(pw[i + 1] ?? '')) return { from: i, to: i, characteristic: c, pronoun: false, weak: true };
    if (agedAt(pw, i) >= 0) return { from: i, to: i, characteristic: 'age', pronoun: false, weak: false };
  }
  return null;
}

// --- precaution near a member ------------------------------------------------------------------------------------

/** Verbs that guard something. */
const GUARD_VERBS = words(`lock locking padlock padlocked bolt bolting chain chaining hide hiding count counting recount check checking guard guarding
  secure clutch clutching keep keeping put putting bring move moved moving grab stash`);
/** What is guarded: the shared valuables and what a workplace or a home has to lose. */
const GUARDED = new Set([...VALUABLES, ...words(`everything tools pallets jewellery jewelry copper keys key shed sheds garage location receipt receipts stock
  petty lot pipe pipes equipment gear drinks drink valuables belongings bags silver crockery boys girls fingers spoons forks knives van vans
  stuff purse handbag wallets phone`)]);
/** Where a moved or put thing is kept from reach: "put the jewellery in the safe", "moved my bag to the other side". */
const AWAY = words(`safe inside indoors away lap front other locked under behind upstairs home close`);
/** A guard verb needs its object near, or one of these: "keep an eye on", "lock up", "lock everything". */
const GUARD_PHRASES = ['locked away', 'locked up', 'keep an eye', 'keeping an eye', 'hold on to', 'hold onto', 'lock up', 'lock it all', 'lock the lot', "can't be too careful", 'can not be too careful', 'cannot be too careful', 'just in case',
  'my live location', 'shared my location', 'sent my location', 'lock your doors', 'lock the doors', 'doorbell camera', 'doorbell cam'];
/** Other reasons a precaution may have: weather, pests, an audit, a crime that is not pinned on the member. */
const OTHER_CAUSES = words(`windy wind storm weather rain cold foxes fox rats mice audit inspection stocktake stocktaking insurance fire drill
  burglaries burglary break-ins thefts theft`);

const GUARD_ANCHORS = new Set(GUARD_PHRASES.map((p) => p.split(' ')[0] as string));

/** What a watch is kept on against theft: "keep an eye on your bags" (not on the oven, the time, the baby or the cat). */
const WATCHED = words(`bag bags phone phones wallet wallets purse purses handbag handbags stuff things belongings valuables tools laptop laptops car cars bike bikes
  cash money till stock gear jewellery jewelry drinks drink pockets keys van loos loo toilets toilet bathroom bathrooms changing daughter daughters wife`);

function guardAt(w: Words): [number, number] | null {
  const p = findAny(w, GUARD_PHRASES);
  // "keep an eye on your bags": a watch counts only over what can be stolen
  const watch = p && (w[p[0]] === 'keep' || w[p[0]] === 'keeping') && w[p[1]] === 'eye';
  const watched = !watch || w.slice(p[1] + 1, p[1] + 6).some((x) => WATCHED.has(x)) || p[1] + 1 >= w.length || CLAUSE_BREAK.has(w[p[1] + 1] ?? '');
  if (p && !negatedIn(w, Math.max(0, p[0] - 3), p[0]) && watched) return p;
  for (let i = 0; i < w.length; i++) {
    const v = w[i] ?? '';
    // ("keep an eye on the cat": a watch is read as a phrase above, never as "keep" and a guarded thing)
    if (!GUARD_VERBS.has(v) || negatedIn(w, Math.max(0, i - 3), i) || w[i - 1] === 'need' || w[i - 2] === 'need' || w[i + 2] === 'eye') continue;
    for (let j = i + 1; j <= i + 5 && j < w.length && !CLAUSE_BREAK.has(w[j] ?? '') && w[j] !== ','; j++) {
      if (!GUARDED.has(w[j] ?? '')) continue;
      // "keep your receipts", "put the kids to bed", "bring the kids round": keeping or moving needs a place out of reach
      if (['keep', 'keeping', 'put', 'putting', 'bring', 'move', 'moved', 'moving', 'grab', 'stash'].includes(v) && !w.slice(j + 1, j + 5).some((x) => AWAY.has(x))) break;
      // "check your pockets before the wash": a chore, not a guard, when nothing else joins it to a member
      return [i, j];
    }
  }
  return null;
}

/**
 * "new Polish lads on site, count the tools tonight", "Albanians next door. Lock everything.", "Got a Nigerian cleaner
 * now, better put the jewellery in the safe". The member and the guard share the sentence, or the guard stands alone in
 * the next one. Not when another cause is named ("it's windy", "the audit is Friday", "there were burglaries"), when the
 * member was harmed or asked for the watch ("their shed was broken into", "asked us to keep an eye on their house"), when
 * the guarded thing is theirs, when the writer is a member, or when the remark is reported or condemned.
 */
export function precautionNear(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => GUARD_VERBS.has(x) || GUARD_ANCHORS.has(x))) return null;
  const g = guardAt(w);
  if (!g || condemned(w) || harmed(w) || w.some((x) => OTHER_CAUSES.has(x) || SINCERE.has(x) || PRAISE_WORDS.has(x)) || ['her', 'his', 'their'].some((x) => w.slice(g[0], g[1] + 4).includes(x))) return null;
  // "keep an eye on the group chat till she's home": a watch over the member's way home
  const till = w.findIndex((x) => x === 'till' || x === 'until');
  if (till > g[0] && w.slice(till + 1, till + 5).some((x) => ['home', 'back', 'there'].includes(x))) return null;
  // a cause after "because" or "as" that names no member is the reason: "lock up, as the Muslim staff have Eid" names one but no fault
  let id = member(tokens, w, groups);
  // ("Trans folks, lock your doors tonight, there are fascists marching": the member addressed is told, not watched)
  if (id && addressedGroup(w, id) && g[0] <= id.to + 3) {
    // ... unless another group is named after the warning: "Women, lock your doors, migrants are moving in"
    const other = groups.find((m) => !m.pronoun && m.from > g[1]);
    if (!other) return null;
    id = other;
  }
  if (id) {
    // "keep an eye on the new autistic hire": watching the member is care as often as suspicion
    // ("clutch your purse, a Black teenager just walked in": a clause between them, so the member is not what is watched)
    // (only when the member's clause says they are here: "... a Black teenager just walked in", not "the Chinese supermarket's
    // card machine double-charged me")
    if (id.from > g[0] && id.from <= g[1] + 3 && !(w.slice(g[1] + 1, id.from).some((x) => x === ',' || CLAUSE_BREAK.has(x)) && arrives(w, id))) return null;
    // "the Romanian builders start at 8 and lock the gate": the member does the locking
    if (w.slice(id.to + 1, id.to + 8).some((x, k, a) => GUARD_VERBS.has(x) && ['and', 'will', 'to', 'always'].includes(a[k - 1] ?? ''))) return null;
    // "Jewish or not": everyone
    if (w[id.to + 1] === 'or' || writerIsMember(w, id) || w.slice(id.to + 1, id.to + 4).some((x) => ['said', 'says', 'told', 'warned', 'have', 'has'].includes(x))) return null;
    return hit(Math.min(id.from, g[0]), Math.max(id.to, g[1]), id, 'stereotype', 'a precaution near a member');
  }
  // the guard alone after a sentence naming a member's presence: "Albanians next door. Lock everything."
  const pw = prev.words();
  if (!pw.length || condemned(pw) || harmed(pw) || pw.some((x) => OTHER_CAUSES.has(x) || PRAISE_WORDS.has(x))) return null;
  // ("Worried about my cousin who's just come out ... Sent him a spare key just in case": a safeguard given to someone)
  if (pw.some((x) => ['worried', 'worry', 'worrying', 'concerned', 'scared'].includes(x)) || w.some((x) => ['sent', 'send', 'gave', 'give', 'giving', 'sending', 'offered', 'spare'].includes(x))) return null;
  id = memberBefore(prev);
  return id ? hit(g[0], g[1], { ...id, from: g[0], to: g[0], pronoun: true }, 'stereotype', 'a precaution after a member is named') : null;
}

// --- sarcastic outcome with a member as the cause -----------------------------------------------------------------

/** Knowing or mock-surprised markers. */
const SARCASM = [
  'of course', 'typical', 'typically', 'cue the', 'cue', 'what a shock', 'what a surprise', 'shocker', 'shock horror', 'surprise surprise', 'not surprised',
  'no surprise', 'unsurprisingly', 'who could have guessed', 'who could have predicted', 'nobody could have predicted', 'who would have thought',
  'funny that', 'funny how', 'there goes', 'no wonder', 'sleep well', 'go figure', 'figures', 'shocked', 'what could possibly go wrong', 'what could go wrong',
  'must be nice', 'here we go', 'and so it begins', 'better budget for', 'good luck', 'for once',
];
const SARCASM_ANCHORS = new Set(SARCASM.map((p) => p.split(' ')[0] as string));
/** What going wrong is called, beyond the shared ruin words. */
const WENT_WRONG = words(`late short off missing scrape scraped dent dented accident accidents bugs bug buggy broken broke breaks complaints complaint
  crying sick relegated mess delays delayed drama meltdown meltdowns lost losing failed fail fell through overdue wrong error errors crashed crash
  disaster chaos stairs fire fired firing lawsuit lawsuits theft stolen gone leave leaving pregnant hip replacement double check checking rebrand blame excuses
  days walkout strike`);
/** Signs of a sincere report: a success or a kindness, not a sneer. */
export const SINCERE = words(`congratulations congrats proud deserved deserves deserve merit applause celebrate celebrating gorgeous thank thanks
  welcome welcomed love loved lovely amazing excellent incredible legend hero best fixed saved feed feeds fed friend friends bake baking cook cooking caught arrested chased
  beat winning brilliant married celebrations earned travels goals`);
/** A member's success, which a mock-surprised marker greets with delight: "who would have thought the 60 year old would win". */
const WON = words(`win wins won beat beats aced nailed smashed topped`);
/** Other causes of a mishap: illness going round, a breakdown, a delay named. */
const OUTCOME_CAUSES = words(`flu ferry fault bride breakdown traffic delayed roadworks storm rain weather snow`);

/**
 * "Not surprised the project failed, they put a woman in charge", "Promoted a woman, cue the crying", "Another trans
 * woman winning the women's race, what a shock", "Of course the scrape in the car park was a woman driver". A marker,
 * a member, and something gone wrong (the strongest markers carry that on their own). Not when the post is sincere
 * ("cue the applause", "well deserved", "she's brilliant"), names another cause, reports or condemns the remark, or
 * the member is the one harmed.
 */
export function sarcasticOutcome(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => SARCASM_ANCHORS.has(x))) return null;
  const m = findAny(w, SARCASM);
  // (and not when another cause is named: "the ferry was delayed by the storm", "flu's going round", "not their fault")
  if (!m || condemned(w) || w.some((x) => SINCERE.has(x) || VICTIMISED.has(x) || HARMED.has(x) || OUTCOME_CAUSES.has(x)) || negatedIn(w, Math.max(0, m[0] - 2), m[0]) && w[m[0]] !== 'not') return null;
  // "cue" and "for once" and "good luck" read as sarcasm only at a clause edge: "cue the crying", "for once ..., shame ..."
  const edge = m[0] === 0 || [',', '.', '!', 'and', 'so', 'now'].includes(w[m[0] - 1] ?? '');
  if (!edge && !['not', 'no', 'typical', 'typically', 'shocked', 'unsurprisingly'].includes(w[m[0]] ?? '')) return null;
  // "figures" and "shocked" are markers only as a clause of their own: "Figures.", not "viewing figures broke a record"
  if (['figures', 'shocked'].includes(w[m[0]] ?? '') && !(m[1] + 1 >= w.length || CLAUSE_BREAK.has(w[m[1] + 1] ?? '') || [',', 'lol', 'really'].includes(w[m[1] + 1] ?? ''))) return null;
  if (w[m[0]] === 'for' && !w.slice(m[1]).some((x) => ['shame', 'pity', 'unfortunately', 'sadly', 'if', 'just'].includes(x))) return null;
  // "Hired a Romanian as the cashier. Till's short again, who could have guessed.": the member may be named just before
  const before = prev.words();
  const here = member(tokens, w, groups);
  const named = here ?? (m[0] <= 1 || m[1] >= w.length - 3 ? memberBefore(prev) : null);
  if (!named || (here ? writerIsMember(w, here) : condemned(before) || harmed(before) || before.some((x) => SINCERE.has(x)))) return null;
  const id = here ?? { ...named, from: m[0], to: m[0], pronoun: true };
  // "of course the thief was not Nigerian": the member denied as the cause
  if (here && negatedIn(w, Math.max(m[1] + 1, here.from - 3), here.from)) return null;
  // "Cue the tears, my Jewish grandma just watched the video", "I'm a 62 year old disaster": the writer's own people or self
  if (here && (['my', 'our'].includes(w[here.from - 1] ?? '') || (w[here.from - 1] === 'a' && ['am', 'im'].includes(w[here.from - 2] ?? '')))) return null;
  // the strongest markers say things went wrong; the rest need a failure named
  // (only the markers that name the mishap themselves: "what could possibly go wrong", "must be nice", "sleep well", "shocker";
  // "there goes" only when what goes is not the member walking by: "there goes the deadline", not "there goes our colleague";
  // and a member outdoing the writer is praise: "the 75 year old teacher is more flexible than me")
  const goesBy = w[m[0]] === 'there' && here !== null && here.from > m[1] && here.from <= m[1] + 3;
  const outdoes = w.some((x, k) => (x === 'than' && ['me', 'us', 'i'].includes(w[k + 1] ?? '')) || WON.has(x));
  const strong = !goesBy && !outdoes && ['what', 'must', 'better', 'go', 'sleep', 'shocker', 'there', 'who', 'nobody'].includes(w[m[0]] ?? '');
  if (goesBy || outdoes) return null;
  const fails = (x: string): boolean => WENT_WRONG.has(x) || RUIN_OUTCOMES.has(x) || CRIME_NOUNS.has(x) || INSULT_ADJECTIVES.has(x);
  const failed = w.some(fails) || (!here && before.some(fails));
  if (!strong && !failed) {
    // "Of course the scrape was a woman driver": the member as the answer to "who did it" is the outcome named
    return null;
  }
  return hit(Math.min(m[0], id.from), Math.max(m[1], id.to), id, 'stereotype', `a member as the cause of what went wrong ('${w.slice(m[0], m[1] + 1).join(' ')}')`);
}

// --- a success put down to identity -------------------------------------------------------------------------------

/** Deeds a relative clause may credit a member with: "for being a wheelchair user who built the ramp campaign". */
const DEEDS = new Set(['built', 'founded', 'led', 'created', 'won', 'raised', 'ran', 'organised', 'organized', 'campaigned', 'started', 'designed', 'wrote', 'saved', 'rescued', 'invented', 'coached', 'mentored', 'taught']);

/** What a member gains. */
const GAINS = words(`job promotion promote promoted promoting role position place seat scholarship award grant contract keynote partner hired hire cast tenure
  raise offer interview nomination nominated elected election oxford cambridge university board lead chair spot gig`);
/** Phrases that call a gain a box ticked rather than earned. */
const BOX_TICKED = ['box ticked', 'boxes ticked', 'tick that box', 'tick the box', 'ticks every box', 'ticks all the boxes', 'ticked a box', 'ticking boxes',
  'quota filled', 'quota hire', 'diversity hire', 'diversity pick', 'token hire', 'inclusion badge', 'looks great on the', 'looks good on the',
  'for the photo', 'for the optics', 'double points', 'for being', 'for her skin', 'for his skin', 'for their skin', 'on her back', 'only reason',
  'which quota', 'tickbox', 'tick box', 'diversity target', 'diversity targets', 'diversity quota'];
const BOX_ANCHORS = new Set(BOX_TICKED.map((p) => p.split(' ')[0] as string));
/** Reasons that join a gain to the identity clause that follows them: "cos she's Black", "is that she's Indian". */
const REASON_LINKS = new Set(['because', 'cos', 'cause', 'coz', 'cuz', 'bc', 'since', 'as', 'that', 'is']);

/**
 * "The only reason she got the role is cos she's Black", "She's trans so of course they gave her the keynote, box
 * ticked", "Got promoted for being Latina", "Hired for her skin colour, not her CV". A gain and a member, joined by a
 * reason link to a bare identity clause or marked as a box ticked. Not when the gain is refused or denied ("didn't get
 * the role because he's deaf"), when merit is named ("on merit", "her talk was the best"), or when the claim is
 * reported or condemned ("people say she only got the job because she's Black. That's racist rubbish.").
 */
export function creditedToIdentity(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => BOX_ANCHORS.has(x) || REASON_LINKS.has(x) || x === 'so')) return null;
  const box = findAny(w, BOX_TICKED);
  if (!box && !w.some((x) => GAINS.has(x)) && !prev.words().some((x) => GAINS.has(x))) return null;
  // ("applied because she's Black and eligible", "as she is Indian and fluent in Hindi", "the play is about a Deaf family":
  // the identity is what the post or the scheme asks for)
  if (condemned(w) || w.some((x) => SINCERE.has(x) || VICTIMISED.has(x) || ['refused', 'rejected', 'denied', 'merit', 'skills', 'talent', 'grades', 'research', 'eligible', 'eligibility', 'fluent', 'authenticity', 'authentic', 'required', 'requirement', 'character', 'represent', 'representation', 'association'].includes(x))) return null;
  const gain = w.findIndex((x) => GAINS.has(x));
  if (gain >= 0 && negatedIn(w, Math.max(0, gain - 4), gain)) return null;
  const id = member(tokens, w, groups) ?? identityClauseAfter(tokens, w, groups);
  if (box && w[box[0]] === 'for' && w[box[0] + 1] === 'being') {
    // "promoted for being Latina": the identity right after, and a gain to credit it with ("sent to a psych ward for
    // being trans", "fired for being gay" are wrongs done to them)
    if (gain < 0 && !prev.words().some((x) => GAINS.has(x))) return null;
    const after = identityWord(tokens, groups, box[1] + 1) ?? identityWord(tokens, groups, box[1] + 2);
    // ("for being a wheelchair user who built the ramp campaign": the member is credited with a deed)
    if (after && ['who', 'that'].includes(w[after.to + 1] ?? '') && DEEDS.has(w[after.to + 2] ?? '')) return null;
    return after ? hit(Math.max(0, box[0] - 2), after.to, after, 'stereotype', 'a success put down to identity') : null;
  }
  if (box && w[box[0]] === 'only') {
    // "the only reason she got the role is cos she's Black": the identity must come after the gain
    const after = identityClauseAfter(tokens, w, groups, box[1]);
    return after ? hit(box[0], after.to, after, 'stereotype', 'a success put down to identity') : null;
  }
  if (box) {
    const target = id ?? (w.slice(box[0]).some((x) => x === 'skin') ? { from: box[0], to: box[1], characteristic: 'race' as const, pronoun: false, weak: false } : memberBefore(prev));
    return target ? hit(Math.min(box[0], target.from), Math.max(box[1], target.to), target, 'stereotype', `a success called a box ticked ('${w.slice(box[0], box[1] + 1).join(' ')}')`) : null;
  }
  // "she got the seat cos she's a woman", "He's Black, so obviously he got the scholarship"
  const reason = identityClauseAfter(tokens, w, groups);
  if (reason && gain >= 0) {
    const link = w.slice(0, reason.from).findLastIndex((x) => REASON_LINKS.has(x));
    if (gain < reason.from && link > gain) return hit(gain, reason.to, reason, 'stereotype', 'a success put down to identity');
    const so = w.indexOf('so', reason.to);
    if (so > reason.to && so < gain && so - reason.to <= 3) return hit(reason.from, gain, reason, 'stereotype', 'a success put down to identity');
  }
  return null;
}

/** "she's Black", "he is in a wheelchair", "she's a woman": a bare identity clause after `from`, as its identity. */
function identityClauseAfter(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], from = 0): GroupMention | null {
  for (let i = from; i + 2 < w.length; i++) {
    if (!['he', 'she', 'they'].includes(w[i] ?? '') || !['is', 'are', 'was'].includes(w[i + 1] ?? '')) continue;
    let j = i + 2;
    while (['a', 'an', 'just', 'obviously', 'clearly', 'in'].includes(w[j] ?? '')) j++;
    if (w[j] === 'wheelchair') return { from: i, to: j, characteristic: 'disability', pronoun: false, weak: false };
    const id = identityWord(tokens, groups, j);
    if (id && (id.to + 1 >= w.length || CLAUSE_BREAK.has(w[id.to + 1] ?? '') || [',', 'so', 'and', 'lol', 'obviously'].includes(w[id.to + 1] ?? ''))) return id;
  }
  return null;
}

/** Anchor words a sentence with no group noun needs to reach these readers through group-attack's prefilter. */
export const READER_CUES: readonly string[] = ['padlock', 'padlocked', 'bolting', 'tools', 'jewellery', 'jewelry', 'valuables', 'everything', 'cue', 'shocker', 'typical', 'surprised', 'wonder', 'ticked', 'quota', 'diversity', 'token'];
