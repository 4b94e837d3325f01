/**
 * Round 29: implicit derogation in shapes new authors' template sets (tmpl24, tmpl26: their own templates, read after
 * their held-out scores) used and the readers missed, each read on the sentence with the member's name as GRP:
 * - tolerance on a condition of distance: "[group] are fine ... as long as they stay in their own part of town";
 * - a doubt dressed as "not saying": "not saying [group] can't be doctors, I'd just ask for a second opinion";
 * - distrust by comparison: "I'd trust a [member] with my kids about as much as a fox with the chickens";
 * - a hire called a quota or a diversity week ("a [member] got the promotion. must be diversity week");
 * - backhanded praise of work: "nice to see [group] finally doing a bit of work for once";
 * - a habit mocked with "amazing how ... always ... but never ...";
 * - "had a [member] as a manager once. never again";
 * - "not saying [group] shouldn't be allowed to vote. just asking if it's wise".
 * Each stands down when the sentence condemns or reports the remark, or when the writer counts themself in the group.
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned, namedOrMember } from './implicit-readers';
import { hit, markMember, writerIsMember, type Neighbour, type Words } from './shared';

interface Device {
  re: RegExp;
  what: string;
  /** one of these words must be in the sentence for the pattern to be tried */
  cues: readonly string[];
}

const DET = '(?:the |those |these |a |an |all |most |some |our |local )?';

const DEVICES: readonly Device[] = [
  {
    // "[group] are fine... as long as they stay in their own part of town", "I don't mind [group] as long as they keep to themselves"
    re: new RegExp(String.raw`\b(?:${DET}GRP (?:are|is|re|s) (?:\S+ ){0,2}?(?:fine|ok|okay|alright|all right|welcome|no problem|tolerable|grand|lovely)|(?:i do not|i dont|i don t|dont|don t) mind ${DET}GRP)\b(?: \S+){0,4}? (?:as long as|so long as|provided|providing|if) (?:they|he|she|them) (?:\S+ ){0,2}?(?:stay|stays|keep|keeps|remain|remains|live|lives|go back|goes back|stick|sticks) (?:in their own|in his own|in her own|over there|away|out of|to themselves|to their own|quiet|behind|in their lane|in their place|where they belong|at home|in the kitchen|in the closet|separate|on their side|their distance)\b`),
    what: 'the group tolerated on a condition of distance',
    cues: ['long', 'provided', 'providing', 'mind'],
  },
  {
    // "not saying [group] can't be doctors, I'd just ask for a second opinion"
    re: new RegExp(String.raw`\bnot (?:saying|that) ${DET}GRP (?:can not|cannot|cant|can t|should not|shouldnt|shouldn t|are not|aren t|arent) (?:\S+ ){1,5}?(?:i d|id|i would|i ll|i will|i just|just|but)\b(?: \S+){0,4}? (?:second opinion|second look|double check|check their work|check his work|check her work|wise|a good idea|sensible|ask questions|be careful|keep an eye)\b`),
    what: 'a doubt about the group dressed as "not saying"',
    cues: ['saying', 'that'],
  },
  {
    // "I'd trust a [member] with my kids about as much as I'd trust a fox with the chickens", "as far as I could throw them"
    re: new RegExp(String.raw`\btrust (?:a |an |any |the |those |these )?GRP\b(?: \S+){0,5}? (?:about |roughly |just )?as (?:much|far) as (?:i d |id |i would |i could |you d |you could )?(?:trust (?:a |an )?(?:fox|snake|wolf|rat|shark|thief|crook|dog|cat|toddler|scorpion)|throw (?:them|him|her|em))\b`),
    what: 'distrust of the group told by comparison',
    cues: ['trust'],
  },
  {
    // "a [member] got the promotion. must be diversity week", "bet that had nothing to do with quotas"
    re: new RegExp(String.raw`\b(?:a |an |another |the )GRP (?:got|gets|landed|won|was given|has been given|was handed) (?:the |a |that |this )?(?:promotion|job|role|award|part|position|contract|seat|place|scholarship|lead|gig|post)\b(?: \S+){0,8}? (?:diversity|quota|quotas|box ticking|box-ticking|tick a box|ticking a box|token|tokenism|woke|dei)\b`),
    what: 'a member\'s appointment called a quota filled',
    cues: ['diversity', 'quota', 'quotas', 'box', 'token', 'tokenism', 'woke', 'dei'],
  },
  {
    // "nice to see [group] finally doing a bit of work for once"
    re: new RegExp(String.raw`\b(?:nice|good|great|amazing|refreshing|lovely|shocking|wow) to see ${DET}GRP (?:finally |actually |for once )?(?:doing|do|putting in|done) (?:a bit of |some |an honest day (?:'s |s )?|a day (?:'s |s )?|their share of |any )?(?:work|something useful|a day s work|their fair share|honest work|graft|a shift|some graft)\b`),
    what: 'backhanded praise of the group for working "for once"',
    cues: ['work', 'useful', 'graft', 'shift', 'share'],
  },
  {
    // "amazing how [group] always find money for new phones but never for the rent"
    re: new RegExp(String.raw`\b(?:amazing|funny|interesting|strange|weird|odd|curious|notice|remarkable|incredible|convenient) how ${DET}GRP (?:always|never|somehow|magically|suddenly|all|still) (?:\S+ ){1,8}?but (?:never|always|not|somehow)\b`),
    what: 'a habit of the group mocked ("amazing how ... always ... but never ...")',
    cues: ['how'],
  },
  {
    // "had a [member] as a manager once. never again, lesson learned."
    re: new RegExp(String.raw`\bhad (?:a |an )GRP (?:as|for) (?:a |my |our |the )?\S+(?: \S+)? (?:once|before|last year)\b(?: \S+){0,3}? never again\b`),
    what: 'one member made a reason to refuse the group ("never again")',
    cues: ['again'],
  },
  {
    // "not saying [group] shouldn't be allowed to vote, just asking if it's wise"
    re: new RegExp(String.raw`\bnot (?:saying|that) ${DET}GRP (?:should not|shouldnt|shouldn t) be allowed to \S+(?: \S+){0,4}? (?:just )?(?:asking|wondering|questioning) (?:if|whether) (?:it s|its|it is|that s|thats|it d be) (?:wise|a good idea|sensible|smart|safe|right)\b`),
    what: 'a right of the group questioned under "not saying"',
    cues: ['asking', 'wondering', 'questioning'],
  },
  // resentment told as a question or an opinion (a new author's plain templates, imp3):
  {
    // "is it just me or are [group] getting more demanding every year?", "why are [group] so obsessed with special treatment?"
    re: new RegExp(String.raw`\bGRP (?:are |re |is |s |seem |seem to be |keep |keeps |always |just |really )*(?:getting |becoming |so |too |more and more |really |ever more |increasingly )*(?:more )?(?:demanding|entitled(?! to)|obsessed with special treatment|obsessed with being victims|pushy|needy)\b|\bGRP (?:\S+ ){0,2}?(?:get|gets|getting|got) (?:away with (?:far |way )?(?:too much|murder|everything|anything)|(?:far |way )?more (?:than|then) (?:they|he|she) deserve|special treatment|everything handed to them|preferential treatment|to skip the queue|all the (?:breaks|handouts|perks))\b|\b(?:why do|why does|why should) ${DET}GRP (?:get to |always get to )?skip the queue\b`),
    what: 'resentment of the group as getting more than its due',
    cues: ['demanding', 'entitled', 'obsessed', 'pushy', 'needy', 'away', 'deserve', 'special', 'preferential', 'handed', 'skip', 'handouts', 'perks', 'breaks'],
  },
  {
    // "this country was better off before [group] got a say", "[group] would be happier somewhere else. Anywhere else."
    re: new RegExp(String.raw`\b(?:was|were|would be|d be|be) better off (?:before|without) ${DET}GRP\b|\bGRP (?:would|d) be (?:much |so |a lot )?happier (?:somewhere else|elsewhere|back home|in their own (?:country|countries|part of town)|anywhere (?:else|but here)|with their own kind)\b`),
    what: 'the country or the street said to be better without the group',
    cues: ['better', 'happier'],
  },
  {
    // "what exactly have [group] ever done for us?", "how many more [group] does this town need before someone says enough?"
    re: new RegExp(String.raw`\bwhat (?:(?:exactly|actually|really) (?:have|has) ${DET}GRP (?:ever )?|(?:have|has) ${DET}GRP (?:ever|actually|really) )(?:done|contributed|given|brought) (?:for|to) (?:us|this country|the country|society|anyone|this town)\b(?! (?:except|apart from|besides|other than|but)\b)(?!.*\b(?:plenty|loads|a lot|lots|so much)\b)|\bhow many more ${DET}GRP (?:\S+ ){0,4}?(?:before|until|till) (?:someone|somebody|we|people) (?:says?|say|said|shouts?|draws?|puts?) (?:enough|a stop|no|the line)\b`),
    what: 'the group asked what good it has ever done, or how many more must be borne',
    cues: ['done', 'contributed', 'given', 'brought', 'many'],
  },
  {
    // "let's be real, would you rent your flat to a [member]? exactly."
    re: new RegExp(String.raw`\bwould (?:you|anyone|u) (?:really |honestly |actually )?(?:rent|sell|let|lend|leave|trust) (?:your |a |my |the )?(?:\S+ ){0,2}?(?:to|with) (?:a |an |any )?GRP\b(?: \S+){0,3}? (?:exactly|thought so|didn t think so|no you wouldn t|me neither|case closed)\b`),
    what: 'a rhetorical question that the group is not to be trusted or housed',
    cues: ['exactly', 'thought', 'neither', 'closed'],
  },
  {
    // "I just don't think [group] fit in around here", "am I the only one who feels uneasy when a [member] sits next to me?"
    re: new RegExp(String.raw`\b(?:i|we) (?:just )?(?:don t|do not|dont) (?:think|feel|believe) ${DET}GRP (?:\S+ )?(?:fit in|belong|suit|fit) (?:around here|round here|here|in this (?:town|country|street|village|area|neighbourhood|neighborhood)|with (?:us|normal people|decent people))\b|\b(?:uneasy|nervous|uncomfortable|on edge|unsafe|scared|anxious|edgy) (?:\S+ ){0,2}?(?:when|whenever|if) (?:a |an |any |some )?GRP (?:sits|sit|walks|walk|moves|move|gets|get|comes|come|stands|stand) (?:on |in |into |next to |near |behind |beside )`),
    what: 'the group said not to belong, or a member\'s nearness called a threat',
    cues: ['fit', 'belong', 'suit', 'uneasy', 'nervous', 'uncomfortable', 'edge', 'unsafe', 'scared', 'anxious', 'edgy'],
  },
  {
    // "can someone explain why we keep putting [group] in positions of power?"
    re: new RegExp(String.raw`\bwhy (?:do |are |does )?(?:we|they|people) (?:still )?(?:keep |keeps )?(?:putting|letting|hiring|electing|appointing|promoting|allowing) ${DET}GRP (?:into |in |to )?(?:positions of (?:power|authority|trust)|charge|power|office|government|high places|management)\b`),
    what: 'the group questioned as unfit for power',
    cues: ['positions', 'charge', 'power', 'office', 'government', 'management'],
  },
];

export const ROUND29_CUES: readonly string[] = ['long', 'provided', 'providing', 'trust', 'diversity', 'quota', 'quotas', 'token', 'tokenism', 'dei', 'graft', 'again', 'asking', 'wondering', 'questioning', 'demanding', 'entitled', 'obsessed', 'skip', 'handouts', 'happier', 'contributed', 'exactly', 'uneasy', 'uncomfortable', 'positions'];

export function round29Devices(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const present = new Set(w);
  const devices = DEVICES.filter((d) => d.cues.some((c) => present.has(c)));
  // ("I'm not a bigot, I just don't think ...": a disclaimer, not a condemnation)
  if (!devices.length || condemned(w.filter((x, k) => !(w[k - 1] === 'a' && w[k - 2] === 'not')))) return null;
  for (const g of namedOrMember(tokens, w, groups)) {
    if (writerIsMember(w, g)) continue;
    const marked = markMember(w, g);
    for (const d of devices) {
      const m = d.re.exec(marked.text);
      if (!m) continue;
      const [from, to] = marked.span(m);
      return hit(from, to, g, 'stereotype', d.what);
    }
  }
  return null;
}

/**
 * The second sentence of two: "Had a [member] as a manager once. Never again." and "Not saying [group] shouldn't be
 * allowed to vote. Just asking if it's wise." (prev is read only at "never again" or "just asking").
 */
export function afterNotSaying(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (groups.some((g) => !g.pronoun)) return null;
  const text = w.join(' ');
  const neverAgain = /^(?:and )?never again\b/.test(text);
  const asking = /^(?:i m |im |i am )?(?:just )?(?:asking|wondering) (?:if|whether) (?:it s|its|it is|that s|thats|it d be) (?:wise|a good idea|sensible|smart|safe|right)\b/.test(text);
  if (!neverAgain && !asking) return null;
  const pw = prev.words();
  if (condemned(pw)) return null;
  const g = prev.groups().find((x) => !x.pronoun);
  if (!g) return null;
  const ptext = pw.join(' ');
  const ok = neverAgain ? /\bhad (?:a|an) \S+(?: \S+){0,2} (?:as|for) (?:a |my |our |the )?\S+(?: \S+)? (?:once|before|last year)\b/.test(ptext) : /\bnot (?:saying|that) (?:\S+ ){1,4}?(?:should not|shouldnt|shouldn t|can not|cant|can t) (?:be allowed to|\S+)\b/.test(ptext);
  return ok ? hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', neverAgain ? 'one member made a reason to refuse the group ("never again")' : 'a right of the group questioned under "not saying"') : null;
}
