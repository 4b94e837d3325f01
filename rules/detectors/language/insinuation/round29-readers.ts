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
    re: new RegExp(String.raw`\b(?:a |an |another |the )GRP (?:got|gets|landed|won|was given|has been given|was handed) (?:the |a |that |this )?(?:promotion|job|role|award|part|position|contract|seat|place|scholarship|lead|gig|post)\b(?: \S+){0,8}? (?:diversity (?:hire|box|week|quota|points|tick)|quota|quotas|box ticking|box-ticking|tick a box|ticking a box|box ticked|token|tokenism|woke|dei hire)\b`),
    what: 'a member\'s appointment called a quota filled',
    cues: ['diversity', 'quota', 'quotas', 'box', 'token', 'tokenism', 'woke', 'dei'],
  },
  {
    // "nice to see [group] finally doing a bit of work for once"
    re: new RegExp(String.raw`\b(?:nice|good|great|amazing|refreshing|lovely|shocking|wow) to see ${DET}GRP (?:finally |actually |for once )?(?:doing|do|putting in|done) (?:a bit of |some |an honest day (?:'s |s )?|a day (?:'s |s )?|their share of |any )?(?:work|something useful|a day s work|their fair share|honest work|graft|a shift|some graft)\b(?: \S+){0,3}? for once\b|\b(?:nice|good|great|amazing|refreshing|lovely|wow) to see ${DET}GRP (?:finally|actually) (?:doing|do|putting in) (?:a bit of |some |an honest day (?:'s |s )?|a day (?:'s |s )?|any )?(?:work|graft|a shift)\b`),
    what: 'backhanded praise of the group for working "for once"',
    cues: ['work', 'useful', 'graft', 'shift', 'share'],
  },
  {
    // "amazing how [group] always find money for new phones but never for the rent"
    re: new RegExp(String.raw`\b(?:amazing|funny|interesting|strange|weird|odd|curious|notice|remarkable|incredible|convenient) how ${DET}GRP (?:always|never|somehow|magically|suddenly|all|still) (?!(?:get|gets|got|are|is|be) )(?:\S+ ){1,8}?but (?:never|not|somehow) (?:\S+ ){0,2}?(?:pay|pays|paid|work|works|help|helps|contribute|give|gives|thank|thanks|clean|learn|integrate|for (?:the )?(?:rent|bills|tax|taxes|food|council tax))\b`),
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
    re: new RegExp(String.raw`\bGRP (?:are |re |is |s |seem |seem to be |keep |keeps |always |just |really )*(?:getting |becoming |so |too |more and more |really |ever more |increasingly )*(?:more )?(?:demanding|entitled(?! to)|obsessed with special treatment|obsessed with being victims|pushy)\b|\bGRP (?:\S+ ){0,2}?(?:get|gets|getting|got) (?:away with (?:far |way )?(?:too much|murder|everything|anything)|(?:far |way )?more (?:than|then) (?:they|he|she) deserve|special treatment|everything handed to them|preferential treatment|to skip the queue|all the (?:breaks|handouts|perks))\b(?!.*\b(?:and (?:they|he|she) should|rightly|as they should|deserve it|they need it|quite right)\b)|\b(?:why do|why does|why should) ${DET}GRP (?:get to |always get to )?skip the queue\b`),
    what: 'resentment of the group as getting more than its due',
    cues: ['demanding', 'entitled', 'obsessed', 'pushy', 'needy', 'away', 'deserve', 'special', 'preferential', 'handed', 'skip', 'handouts', 'perks', 'breaks'],
  },
  {
    // "this country was better off before [group] got a say", "[group] would be happier somewhere else. Anywhere else."
    re: new RegExp(String.raw`\b(?:was|were|would be|d be|be) better off (?:before|without) ${DET}GRP\b|\bGRP (?:would|d) be (?:much |so |a lot )?happier (?:somewhere else|elsewhere|back home|in their own (?:country|countries|part of town)|anywhere (?:else|but here)|with their own kind)\b(?! (?:if|when|once|after|where)\b)`),
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
  // (imp3, plain templates)
  {
    // "house prices on a street don't drop by accident when [group] move in"
    re: new RegExp(String.raw`\b(?:prices|house prices|property values|values|rents) (?:\S+ ){0,5}?(?:drop|drops|dropped|fall|falls|fell|plummet|plummets|plummeted|crash|crashes|crashed|tank|tanks|tanked|go down|went down)\b(?: \S+){0,4}? (?:when|after|once|the minute|the moment|as soon as|whenever) ${DET}GRP (?:\S+ )?(?:move|moves|moved|moving|arrive|arrives|arrived|turn up|show up|showed up|start moving|started moving)\b`),
    what: 'the group blamed for prices falling where they live',
    cues: ['drop', 'drops', 'dropped', 'fall', 'falls', 'fell', 'plummet', 'plummets', 'plummeted', 'crash', 'crashed', 'tank', 'tanked', 'down'],
  },
  {
    // "[group] didn't build this country, they just showed up once it was finished"
    re: new RegExp(String.raw`\bGRP (?:did not|didn t|didnt|never|had nothing to do with) (?:build|built|make|made|create|created|founding|building) (?:this|our|the) (?:country|city|town|nation|place)\b(?: \S+){0,3}? (?:they |just |only )*(?:showed up|turned up|arrived|came|moved in|cashed in|took over)\b`),
    what: 'the group called latecomers who built nothing',
    cues: ['build', 'built', 'made', 'created', 'founding'],
  },
  {
    // "it's always a [member]", "of course it was a [member] again"
    re: new RegExp(String.raw`\bit (?:s|is|was) always (?:a |an |the |some )?GRP(?: (?:isn t it|innit|again|lol|smh|every time|isnt it))? ?[.!?]*$`),
    what: 'blame laid on the group by habit ("it\'s always a ...")',
    cues: ['always'],
  },
  {
    // "miss the days when a show could tell a story without shoving a [member] into the cast"
    re: new RegExp(String.raw`\bwithout (?:shoving|forcing|cramming|throwing|squeezing|sticking|jamming|wedging|parachuting) (?:a |an |some |the |another )?GRP (?:in|into|onto)\b`),
    what: 'the group\'s presence resented as forced in',
    cues: ['shoving', 'forcing', 'cramming', 'throwing', 'squeezing', 'sticking', 'jamming', 'wedging', 'parachuting'],
  },
  {
    // "[group] really are experts at playing the victim", "[group] always play the race card"
    re: new RegExp(String.raw`\bGRP (?:\S+ ){0,4}?(?:play|plays|playing|played) the (?:victim|victims|race|gender|religion|disability|trans|woman|women|age|holocaust|oppression|discrimination|poverty) ?(?:card)?\b`),
    what: 'the group said to play the victim',
    cues: ['victim', 'victims', 'card'],
  },
  // (imp5, a trust-and-safety annotator's posts)
  {
    // "every neighbourhood should have some [group]... just not mine"
    re: new RegExp(String.raw`\b(?:love|like|lovely|nice|welcome|fine|great|should have|should get|need more|all for)\b(?: \S+){0,10}? (?:just|but|only) not (?:mine|here|my street|my road|next door|next to me|near me|in my street|on my street|in my area|in my neighbourhood|my neighbourhood|near my kids|near my house|in my building|my building)\b`),
    what: 'the group welcomed anywhere but near the writer',
    cues: ['mine', 'here', 'street', 'road', 'door', 'near', 'neighbourhood', 'building'],
  },
  {
    // "imagine being a [member] and thinking you get a say in how this country is run"
    re: new RegExp(String.raw`\bimagine being (?:a |an )?GRP and (?:thinking|believing|expecting|acting like) (?:you|they|u) (?:get a say|deserve|should|can(?! not| t)|matter|count|are equal|belong|have rights|have a right|get a vote|get to vote|are qualified|are smart|are clever)\b(?!.*\b(?:representation|paralympics|inspired|inspiring|role model|then watching)\b)`),
    what: 'a member mocked for thinking they count',
    cues: ['imagine'],
  },
  {
    // "the [group] in my building seem nice enough, I just make sure my kids never go over there alone"
    re: new RegExp(String.raw`\bGRP\b(?: \S+){0,10}? (?:i|we) (?:just |always |still )?(?:make sure|keep|never let|don t let|do not let|wouldn t let|won t let) (?:my|our|the) (?:kids|children|daughter|daughters|son|sons|wife|girls|boys|little ones) (?:\S+ ){0,4}?(?:alone|away|close|near|over there|around them|with them|indoors|inside)\b`),
    what: 'children kept from the group as a precaution',
    cues: ['kids', 'children', 'daughter', 'daughters', 'son', 'sons', 'girls', 'boys'],
  },
  {
    // "love how [group] suddenly get 'offended' the second anyone notices a pattern"
    re: new RegExp(String.raw`\b(?:love|funny|amazing|interesting|notice|weird|strange|convenient) how ${DET}GRP (?:suddenly |always |immediately |instantly )?(?:get|gets|become|becomes|go|goes) (?:' )?(?:offended|upset|triggered|defensive|touchy|sensitive|quiet|silent)\b`),
    what: 'the group mocked as quick to take offence',
    cues: ['offended', 'upset', 'triggered', 'defensive', 'touchy', 'sensitive'],
  },
  {
    // "nothing against [group], I just prefer my kids' teachers to be, you know... normal"
    re: new RegExp(String.raw`\bnothing against ${DET}GRP\b(?: \S+){0,16}? (?:normal|proper|real people|english|british|white|straight|christian|one of us|like us|our own kind|our own)\b`),
    what: 'the group set apart from the "normal"',
    cues: ['against'],
  },
  {
    // "back in my day [group] knew their place"
    re: new RegExp(String.raw`^(?!.*\b(?:fought|fight|fighting|against|wanted|longed|miss|misses|who wanted|men who|people who|proud)\b).*\bGRP (?:\S+ )?knew (?:their|his|her) place\b`),
    what: 'a time praised when the group knew its place',
    cues: ['place'],
  },
  {
    // "letting [group] vote is how you end up with the country we've got now"
    re: new RegExp(String.raw`\b(?:letting|allowing|giving) ${DET}GRP (?:\S+ ){0,3}?(?:vote|votes|in|run things|lead|decide|a say|the vote|jobs|power) (?:is|was) (?:how|why) (?:you|we|they) (?:end up|ended up|got|get|lost)\b`),
    what: 'a right of the group blamed for the state of things',
    cues: ['how', 'why'],
  },
  {
    // "'a [member] walks into a job interview'... that's it, that's the whole joke"
    re: new RegExp(String.raw`\bGRP\b(?: \S+){0,10}? that s (?:it , that s )?the (?:whole |entire )?(?:joke|punchline)\b`),
    what: 'a member in a role told as the joke itself',
    cues: ['joke', 'punchline'],
  },
  {
    // "is it just me or are [group] getting way too comfortable around here", "the world would run smoother with fewer [group]"
    re: new RegExp(String.raw`\bGRP (?:are |re |is |s )?(?:getting|becoming|a bit|far|way) (?:way |far |a bit |rather )?too (?:comfortable|confident|bold|loud|cocky|big for their boots)\b|\b(?:better|smoother|nicer|safer|quieter|cleaner|happier|calmer) (?:place )?(?:with|if there were) (?:fewer|less|no|a lot fewer|far fewer) GRP\b|\bwhat is it with ${DET}GRP and (?:refusing|never|always|not|their)\b|\bshould ${DET}GRP (?:\S+ )?even be allowed (?:to|near|in|around)\b|\bGRP (?:should not|shouldn t|shouldnt|should never) be (?:in charge|allowed to (?:vote|lead|teach|work|drive|marry|adopt)|trusted|leading|in power|in positions|bosses|managers)\b|\bGRP (?:should|ought to) (?:have to )?prove (?:they|themselves) (?:deserve|are worth|are capable|are good enough|can)\b|\bGRP (?:were|was) (?:much )?happier (?:back )?when (?:nobody|no one|noone) (?:listened|cared|asked)\b`),
    what: 'resentment or doubt about the group put as an opinion',
    cues: ['comfortable', 'confident', 'bold', 'loud', 'cocky', 'fewer', 'less', 'with', 'allowed', 'charge', 'prove', 'happier', 'trusted', 'power'],
  },
  // (tmpl27, a linguist's coded templates)
  {
    // "I'm just worried about the kids, is it really safe having [group] working at a primary school?"
    re: new RegExp(String.raw`\b(?:safe|okay|ok|wise|appropriate|a good idea|right) (?:having|to have|letting|to let|to allow|allowing) ${DET}GRP (?:\S+ ){0,2}?(?:working|work|teach|teaching|near|around|with|look after|looking after|babysit|babysitting|coach|coaching) (?:\S+ ){0,3}?(?:school|schools|primary|nursery|kids|children|our kids|little ones|playground|classroom)\b`),
    what: 'the group called a danger to children, put as concern',
    cues: ['safe', 'wise', 'appropriate', 'okay'],
  },
  {
    // "[group] are living proof that evolution doesn't always move forward"
    re: new RegExp(String.raw`\bGRP\b(?: \S+){0,6}? (?:proof|evidence|reminder|example) (?:that )?(?:evolution|natural selection|darwin)\b|\bevolution (?:\S+ ){0,4}?(?:skipped|missed|forgot|gave up on|went backwards|backwards|stopped) (?:\S+ ){0,3}?GRP\b`),
    what: 'the group called less evolved',
    cues: ['evolution', 'darwin', 'selection'],
  },
  {
    // "has anyone ever met a [member] who wasn't a complete waste of oxygen?", "how do [group] manage to be this stupid?"
    re: new RegExp(String.raw`\bmet (?:a|an|one) GRP (?:who|that) (?:wasn t|was not|isn t|is not|weren t|were not) (?:a |an )?(?:complete |total |absolute |utter |massive )?(?:waste of (?:oxygen|space|air|skin)|idiot|moron|thief|liar|criminal|scrounger|parasite|freak|pervert|nutter|disgrace|joke|menace|problem|nightmare|cheat|layabout|leech|burden)\b|\bhow (?:do|does|can|are) ${DET}GRP (?:manage to |even )?(?:be )?(?:this|so) (?:stupid|dumb|thick|dim|lazy|ugly|dirty|useless|pathetic|clueless|ignorant|entitled|arrogant|greedy|loud|smelly)\b`),
    what: 'an insult to the group put as a question',
    cues: ['met', 'how'],
  },
];

/**
 * Words that let a sentence naming no group through to the readers here (group-attack's prefilter): only those of the
 * second sentence of a pair, which names no one ("Never again.", "From a distance.", "Somebody alert the news."). The
 * devices need a group named in their own sentence, which opens the sentence anyway.
 */
export const ROUND29_CUES: readonly string[] = ['again', 'asking', 'wondering', 'distance', 'afar', 'doses', 'moderation', 'elsewhere', 'theory', 'point', 'alert', 'newspapers', 'papers', 'calendar', 'miracles', 'wonders', 'pass', 'opinion', 'flight'];

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
  const taken = takenBack(text, w, prev);
  if (taken) return taken;
  const neverAgain = /^(?:and )?never again\b/.test(text);
  const asking = /^(?:i m |im |i am )?(?:just )?(?:asking|wondering) (?:if|whether) (?:it s|its|it is|that s|thats|it d be) (?:wise|a good idea|sensible|smart|safe|right)\b/.test(text);
  if (!neverAgain && !asking) return null;
  const pw = prev.words();
  if (condemned(pw)) return null;
  const g = prev.groups().find((x) => !x.pronoun);
  if (!g) return null;
  const ptext = pw.join(' ');
  if (neverAgain && /\b(?:curry|food|takeaway|restaurant|massage|film|movie|song|wedding|dish|meal|tea|shop|market|holiday|beer|wine|recipe|buffet|class|lesson)\b/.test(ptext)) return null;
  const ok = neverAgain ? /\b(?:had (?:a|an) \S+(?: \S+){0,2} (?:as|for) (?:a |my |our |the )?\S+(?: \S+)?|(?:hired|employed|dated|rented to|let to|worked with|worked for|married|trusted|lent money to|sold to|sat next to|roomed with|lived next to) (?:a|an) \S+(?: \S+){0,2}) (?:once|before|last year)\b/.test(ptext) : /\bnot (?:saying|that) (?:\S+ ){1,4}?(?:should not|shouldnt|shouldn t|can not|cant|can t) (?:be allowed to|\S+)\b/.test(ptext);
  return ok ? hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', neverAgain ? 'one member made a reason to refuse the group ("never again")' : 'a right of the group questioned under "not saying"') : null;
}

/** A take-back in a fragment of its own: "From a distance.", "For other people.", "Just not on my street." */
const TAKE_BACK = /^(?:but )?(?:from a distance|at a distance|from afar|for other people|for someone else|in small doses|in moderation|somewhere else|elsewhere|just not here|just not near me|just not on my street|just not mine|but not mine|just not in mine|not in my street|just not next door|on the telly|on tv|in theory|on paper)\s*[.!]*$/;
/** Praise the fragment takes back. */
const PRAISED = /\b(?:lovely|nice|great|good|fine|wonderful|welcome|brilliant|decent|charming|friendly|delightful|fantastic|amazing|excellent|should have|should get|needs more|need more|love|all for)\b/;
/** Advice reported in the sentence before and endorsed in this one: "... never do business with a [member]. Starting to think he had a point." */
const ENDORSED = /^(?:i m |im |i am )?(?:starting to think|beginning to think|i think|turns out|maybe|guess|honestly|and you know what)?,? ?(?:he|she|they|grandad|grandpa|my dad|my mum|my nan|my gran|dad|mum|the old man) (?:had a point|was right|were right|knew (?:what|best)|wasn t wrong|was not wrong|might have been right)\b/;

/** A member in a role refused in a sentence of its own. */
const REFUSAL = /^(?:yeah |nah |no |um |erm |so |well )?(?:i (?:think|reckon) )?(?:i ll|i will|i d|ill|think i ll|think i will) (?:wait for the next (?:one|flight|train|bus)|take the (?:next|stairs|bus|train)|pass|walk|stand|get a second opinion|find another|find a new one|go elsewhere)\b|^(?:hard pass|no thanks|no thank you|not a chance|nope|get me off)\b|\b(?:how to get|anyone know how to get|time for|need) a second opinion\b/;
/** Competence greeted as news in a sentence of its own. */
const SURPRISE = /^(?:somebody|someone|quick ,? somebody|quick) (?:alert|call|phone|ring|tell) the (?:news|papers|newspapers|press|bbc|media)\b|^(?:mark the calendar|miracles (?:do )?happen|wonders never cease|frame it|screenshot this|call the guinness (?:book|people))\b/;

function takenBack(text: string, w: Words, prev: Neighbour): Attack | null {
  const fragment = w.length <= 7 && TAKE_BACK.test(text);
  const endorsed = !fragment && w.length <= 12 && ENDORSED.test(text);
  const refusal = !fragment && !endorsed && w.length <= 14 && REFUSAL.test(text);
  const surprise = !fragment && !endorsed && !refusal && w.length <= 10 && SURPRISE.test(text);
  if (!fragment && !endorsed && !refusal && !surprise) return null;
  if (refusal || surprise) {
    const pw = prev.words();
    const g = prev.groups().find((x) => !x.pronoun);
    if (!g || condemned(pw)) return null;
    const ptext = pw.join(' ');
    // "an old man flying my plane? I'll wait for the next flight", "my new doctor is a boomer. second opinion, anyone?"
    if (refusal && /\b(?:a|an) \S+(?: \S+){0,3} (?:flying|driving|piloting|operating on|operating|teaching|running|in charge of|fixing|doing|handling|managing|treating|cutting|babysitting|looking after)\b|\b(?:my|our|the) (?:new )?(?:doctor|gp|surgeon|dentist|pilot|teacher|lawyer|accountant|boss|manager|driver|nurse|babysitter|nanny|builder|mechanic|landlord) (?:is|s) (?:a|an)\b/.test(ptext)) return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'a member in a role refused out of hand');
    // "a [member] who actually turned up on time? somebody alert the news"
    if (surprise && /\b(?:a|an) \S+(?: \S+){0,3} (?:who|that) (?:actually|finally|genuinely|really) \S+/.test(ptext)) return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'competence in a member mocked as news');
    return null;
  }
  const pw = prev.words();
  if (condemned(pw)) return null;
  const g = prev.groups().find((x) => !x.pronoun);
  if (!g) return null;
  const ptext = pw.join(' ');
  if (fragment && PRAISED.test(ptext)) return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'praise of the group taken back ("... from a distance")');
  if (endorsed && /\bnever (?:do business with|trust|marry|rent to|let to|lend (?:money )?to|hire|employ|date|turn your back on) (?:a|an|any)\b/.test(ptext)) return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'advice to shun the group, reported and then endorsed');
  return null;
}
