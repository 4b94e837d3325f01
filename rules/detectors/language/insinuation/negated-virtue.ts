/**
 * Hate phrased by denying the group a virtue or an ability, in the many forms the predicate grammar's lists do not reach
 * (a new author's plain templates, imp2, missed more than half): "[group] are incapable of telling the truth", "[group]
 * lack any sense of common decency", "I've yet to meet a [member] with a shred of honesty", "you won't find a [member] who
 * respects the law", "there's no such thing as a [member] you can rely on", "not one [member] I know has ever paid their
 * fair share", "can't remember the last time a [member] contributed anything useful", "[group] just don't have what it
 * takes to lead".
 *
 * Read on the sentence with the member's name as GRP. The denied thing must be a virtue or an ability of character
 * (honesty, decency, loyalty, common sense, a work ethic, leading, raising children, paying one's way ...): what the
 * group is denied by others (access, support, rights, housing, representation) is the group's plight and passes, and so
 * does a vice denied ("incapable of violence"). It stands down when the sentence condemns, reports or rejects the claim
 * ("it's a myth that ...", "people who say ...", "I don't think ..."), and when the writer counts themself in the group.
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned, namedOrMember } from './implicit-readers';
import { hit, markMember, writerIsMember, type Words } from './shared';

/** Virtues and abilities of character, as nouns. */
const VIRTUE = String.raw`(?:honesty|integrity|decency|common decency|morals|morality|loyalty|dignity|class|manners|respect|self respect|self control|self-control|restraint|empathy|compassion|kindness|humanity|gratitude|humility|patience|intelligence|brains|brain cells|common sense|logic|judgement|judgment|talent|skill|skills|creativity|ambition|discipline|work ethic|shame|conscience|honour|honor|courage|backbone|leadership|responsibility|hygiene|culture|taste|humour|humor|credibility|competence|character|values|principles|what it takes|the brains|the intelligence|the ability|the capacity|the discipline|the skills|the talent|the guts|the decency|the balls|the stomach)`;
/** Virtuous acts and abilities, as verb phrases after "to", "of ...ing", "who" or "you can". */
const ACT = String.raw`(?:tell(?:s|ing)? the truth|be(?:ing)? honest|keep(?:s|ing)? (?:a |their |his |her )?(?:promise|promises|word|job|jobs)|hold(?:s|ing)? (?:down )?(?:a |their |his |her )?(?:proper |real |steady |decent |full time )?(?:job|jobs|conversation)|kn(?:ew|ow|ows) what (?:they|he|she) (?:was|were|are|is) doing|pull(?:ed|s|ing)? (?:their|his|her) (?:own )?weight|look(?:s|ed|ing)? after (?:themselves|himself|herself|their own|anyone)|put(?:ting|s)? (?:anything|something) (?:in|back)|giv(?:e|ing|es) (?:anything|something) back|(?:say(?:s|ing)? )?anything (?:worth listening to|sensible|intelligent|useful|smart|worth hearing)|ma(?:ke|kes|de) (?:a )?(?:decent|good|competent|half decent) (?:leader|boss|parent|doctor|teacher|manager|politician|pilot|soldier|employee|neighbour)|pay(?:s|ing)? (?:their|his|her) (?:way|fair share|taxes|tax|bills|rent)|pa(?:y|id|ys|ying) (?:their|his|her|thier) (?:fair )?share|pay(?:s|ing)? tax(?:es)?|follow(?:s|ing)? (?:the )?rules|obey(?:s|ing)? (?:the )?law|respect(?:s|ing)? (?:the )?law|respects? (?:anyone|anything|women|authority)|rais(?:e|es|ing) (?:children|kids|a family)|be(?:ing)? (?:a )?good (?:parent|parents|mother|mothers|father|fathers|neighbour|neighbours|citizen|citizens|employee|employees|friend|friends)|lead(?:s|ing)? (?:anything|a team|a country|anyone|us|a company|the country)|lead(?:s|ing)?(?= ?[.!?]* ?$)|think(?:s|ing)? for (?:themselves|himself|herself)|mak(?:e|es|ing) (?:a |good )?decisions?|run(?:s|ning)? (?:a |the )?(?:business|country|company|household|home)|run(?:s|ning)? anything|contribut(?:e|es|ed|ing) (?:anything|something)?(?: useful| good| positive)?|buil(?:d|ds|t|ding) (?:anything|something)(?: that lasts)?|be(?:ing)? trusted|be(?:ing)? relied (?:on|upon)|rel(?:y|ied) on|count on|trust(?:ed)?(?! (?:a|an|the|banks?|their|his|her|any|that|this|doctors|police|government|politicians|media|science|vaccines|institutions))|be(?:ing)? (?:loyal|reliable|faithful|decent|civil|polite|grateful|on time)|learn(?:s|ing)? (?:english|anything|the language)|integrat(?:e|es|ing)|fit(?:s|ting)? in|do(?:es|ing)? (?:anything|their job|a job|a good job|an honest day(?: 's| s|s)? work|honest work|a day(?: 's| s|s)? work) (?:right|properly|well)?|work(?:s|ing)? hard|make(?:s|ing)? (?:this|the) country better|ma(?:de|ke|kes) (?:this|the|our) (?:country|world|town) better|improv(?:e|ed|es) anything|achiev(?:e|ed|es) anything|invent(?:ed|s)? anything|create(?:d|s)? anything|love (?:anyone|their (?:kids|children|country))|loving (?:anyone|their (?:kids|children)))`;

const DET = '(?:the |those |these |a |an |all |most |any |our |local )?';

/** A vice or a harm denied is praise or reassurance ("incapable of violence", "never met a [member] who was rude"). */
const VICE_AFTER = /^(?:of )?(?:violence|hate|hatred|harm|cruelty|lying|evil|crime|crimes|hurting|malice|deceit|rudeness|racism|sexism|anger|greed|theft|stealing|cheating|murder)\b/;

const SHAPES: readonly RegExp[] = [
  // "[group] are incapable of telling the truth", "[group] are unable to hold down a job", "[group] are not capable of love"
  new RegExp(String.raw`\b${DET}GRP (?:are|is|re|s|were|will always be|will be) (?:\S+ ){0,2}?(?:incapable of|unable to|not capable of|not able to|too stupid to|too dim to|too thick to|never going to be able to|not fit to|unfit to|not smart enough to|not good enough to|not clever enough to|not trustworthy enough to|physically incapable of|genetically incapable of|born unable to) (?:(?:even |ever |actually |properly )?(?:${ACT}|${VIRTUE})|(?!(?:hearing|seeing|walking|standing|climbing|lifting|reading|speaking|breathing|eating|swallowing|moving|sitting|running|jumping|getting)\b)[a-z]+ing)\b`),
  // "[group] lack any sense of common decency", "[group] have no shred of honesty", "[group] just don't have what it takes"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:lack|lacks|lacked|have no|has no|had no|have zero|has zero|don t have|do not have|dont have|doesn t have|does not have|haven t got|have never had|will never have|never have|simply lack|totally lack|completely lack) (?:any |a |the |basic |an ounce of |a shred of |one shred of |a single |any sense of |a sense of |any kind of |the slightest |a scrap of |a hint of |common )?(?:sense of |kind of )?(?:\S+ )?${VIRTUE}\b`),
  // "I've yet to meet a [member] with a shred of honesty", "never met a [member] who could tell the truth"
  new RegExp(String.raw`\b(?:i (?:have|ve) (?:yet to|never) (?:meet|met|see|seen|know|known|find|found)|i (?:have|ve) never (?:met|seen|known|found)|never met|yet to meet|you (?:will|ll) never (?:meet|find|see)|you (?:won t|wont|will not) (?:ever )?(?:meet|find|see)|show me|find me|name (?:me )?one|there (?:is|s) no such thing as|there (?:is|s) not a single|not one|no|zero|not a single|there (?:are|re) no) (?:a |an |one |single |a single )?GRP (?:who|that|with|you can|worth|capable of|i know|in history)\b(?: \S+){0,6}? (?:${ACT}|${VIRTUE}|(?:a shred|an ounce|a scrap|a hint) of \S+)\b`),
  // "not one [member] I know has ever paid their fair share", "zero [group] have ever made this country better"
  new RegExp(String.raw`\b(?:not one|not a single|no|zero|none of the|never has a|never has an) GRP\b(?: \S+){0,4}? (?:has|have|had|ever|will|would|could|can) (?:ever |once |actually )?(?:${ACT}|(?:been|be) (?:honest|decent|loyal|reliable|trustworthy|useful|grateful|a good \S+))\b`),
  // "can't remember the last time a [member] contributed anything useful", "nothing [group] build ever lasts"
  new RegExp(String.raw`\b(?:can t|cant|cannot|can not|do not|don t|dont) (?:remember|recall|think of) (?:the last time |a single time |one time |a time )?(?:a |an |any )?GRP (?:\S+ ){0,2}?(?:${ACT}|did (?:anything|something) (?:useful|good|right|positive))\b|\bnothing ${DET}GRP (?:\S+ ){0,2}?(?:build|built|builds|make|made|makes|create|created|creates|run|runs|touch|touches) (?:\S+ ){0,2}?(?:ever )?(?:lasts|works|last|work|succeeds|survives|turns out well)\b`),
  // "it's not like [group] could run a business without someone holding their hand"
  new RegExp(String.raw`\b(?:it s|its|it is) not like ${DET}GRP (?:could|can|would|are able to|know how to|ever) (?:ever |actually |even )?(?:${ACT})\b(?: \S+){0,3}? without\b`),
  // "[group] can't even look after themselves", "[group] just aren't cut out to be teachers", "aren't as bright as everyone else"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:can not|cannot|cant|can t) (?:even )?(?:look after|take care of|feed|dress|wash|clean up after|support|manage|organise|organize|govern) (?:themselves|their own|a family|their kids|anything|anyone)\b|\b${DET}GRP (?:\S+ )?(?:are not|aren t|arent|is not|isn t|were not|weren t) (?:\S+ )?cut out (?:to be|for)\b|\b${DET}GRP (?:\S+ )?(?:are not|aren t|arent|is not|isn t) (?:as|that|so) (?:bright|smart|intelligent|clever|capable|honest|hardworking|hard working|trustworthy|competent|civilised|civilized|talented) as (?:everyone|everybody|the rest|us|normal people|other people|others|the rest of us)\b`),
  // "[group] have never invented a single thing worth mentioning"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ )?(?:have|has|had) (?:never|not once|not ever|never once) (?:invented|built|created|achieved|contributed|produced|made|discovered|done|given us|written|won) (?:a single thing|anything|one thing|something|a thing)\b`),
  // "you will never catch a [member] doing an honest day's work", "not a single one of the [group] I've worked with ever pulled their weight"
  new RegExp(String.raw`\byou (?:will|ll|would) never (?:catch|see|find) (?:a |an |any )?GRP (?:\S+ ){0,2}?(?:${ACT})\b|\bnot (?:a single )?one of (?:the |those |these |my )?GRP\b(?: \S+){0,5}? (?:has |have |had |ever |once |actually )+(?:${ACT})\b`),
  // "[group] will never be real members of society", "you will never convince me that [group] have any value"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:will never be|can never be|are never going to be|will never truly be|will never really be|will never count as) (?:real |proper |properly |truly |really |fully |true |full |actual |genuine )?(?:members of (?:society|this country|our society)|citizens|women|men|people|human|humans|british|english|american|americans|part of (?:this|our|the) (?:country|society|community|nation))\b|\b(?:you (?:will|ll) never|nobody (?:will|can) ever|no one (?:will|can) ever|you (?:can t|cannot|can not)) convince me (?:that )?${DET}GRP (?:have|has|are|is|can|could|deserve|bring|add) (?:any |anything of )?(?:value|worth|decent|good|smart|capable|honest|anything (?:of value|useful|good)|a place|respect)\b`),
  // "what is it about [group] that makes them completely incapable of telling the truth?"
  new RegExp(String.raw`\bGRP (?:\S+ ){0,3}?makes? them (?:\S+ )?(?:incapable of|unable to|so bad at|unfit (?:for|to)) (?:(?:${ACT}|${VIRTUE})|[a-z]+ing)\b`),
  // "not a single one of the [group] I know has an ounce of decency"
  new RegExp(String.raw`\bnot (?:a single )?one of (?:the |those |these |my )?GRP\b(?: \S+){0,5}? (?:has|have|had|shows|showed) (?:an ounce of |a shred of |any |a scrap of |one ounce of |a hint of )?${VIRTUE}\b`),
  // "[group] haven't had a single original idea between them", "there's never been a [member] who made this country better"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ )?(?:have not|haven t|havent|have never|has never|never) (?:had|come up with|produced|invented|created) (?:a single|one|an|any) (?:original |new |good |decent |useful )?(?:idea|thought|invention|achievement|contribution)\b|\bthere (?:has|s|have|is) never been (?:a|an|one) GRP (?:who|that) (?:\S+ ){0,2}?(?:${ACT})\b|\b(?:never|can t say i ve ever|cant say ive ever|can t say i have ever|can not say i have ever|cannot say i have ever|i ve never|ive never|i have never) (?:heard|met|had|seen|known) (?:a|an|one|any) GRP\b(?: as (?:my|a|our) \S+)?(?: \S+){0,3}? (?:who|that|say|saying)\b(?: \S+){0,4}? (?:${ACT})\b`),
  // "[group] don't know the meaning of an honest day's work", "[group] can't cope with anything more stressful than ..."
  new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:don t|do not|dont|doesn t|does not|doesnt|never) know the meaning of (?:an honest day(?: 's| s|s)? work|hard work|honesty|respect|manners|decency|loyalty|gratitude|work|the word (?:work|honesty|respect))\b|\b${DET}GRP (?:\S+ ){0,2}?(?:can not|cannot|cant|can t) (?:even )?(?:cope with|handle|manage) (?:anything|much|the simplest|basic|simple|the slightest)\b`),
  // "can't think of a [member] anywhere who'd make a decent leader", "try to educate [group], it never sinks in"
  new RegExp(String.raw`\b(?:can t|cant|cannot|can not) (?:think of|name) (?:a|an|one|any|a single) GRP\b(?: \S+){0,3}? (?:who|that)\b(?: \S+){0,3}? (?:${ACT})\b|\b(?:educate|teach|explain (?:anything )?to|reason with) ${DET}GRP\b(?: \S+){0,6}? (?:never (?:really )?sinks in|doesn t sink in|does not sink in|goes in one ear|waste of (?:time|breath))\b`),
  // "if you think a [member] could ever be a good parent, you haven't been paying attention"
  new RegExp(String.raw`\bif (?:you|anyone|u) (?:\S+ )?(?:think|thinks|believe|believes) (?:a |an |any )?GRP (?:could|can|would|will) (?:ever )?(?:${ACT})\b(?: \S+){0,3}? (?:you (?:have|ve|haven t|have not) (?:not )?been paying attention|you (?:are|re) (?:dreaming|deluded|kidding yourself|naive)|think again|you need your head (?:examined|checked)|good luck|lol|lmao)\b`),
];

/** The claim reported, rejected or condemned. */
const REJECTED = /\b(?:struggle|struggling|should not have to|shouldn t have to|often|sometimes|until|back then|in the past|historically|legally|opportunities|opportunity|access|barriers|barrier|representation|funding|discrimination|discriminated|denied access|myth|stereotype|stereotypes|nonsense|rubbish|untrue|false|wrong|ridiculous|people who say|anyone who says|those who say|claim|claims|claimed|say that|says that|saying that|said that|think that|believe that|i do not think|i don t think|i dont think|not true|is a lie|bigot|bigots|bigoted|racist|racists|sexist|sexists|homophobic|transphobic|ableist|ageist|assume|assumes|assumption|prove them wrong|proving them wrong|proved them wrong|disproves|told me|was told|they told|tell you|i hear|heard that|heard it)\b/;

export function negatedVirtue(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => GATE.has(x))) return null;
  const text = w.join(' ');
  // ("never heard a [member] say ..." is the writer's own experience, not a report)
  if (condemned(w.filter((x, k) => !(x === 'heard' && ['ever', 'never'].includes(w[k - 1] ?? '')))) || REJECTED.test(text)) return null;
  for (const g of namedOrMember(tokens, w, groups)) {
    if (writerIsMember(w, g)) continue;
    const marked = markMember(w, g);
    for (const re of SHAPES) {
      const m = re.exec(marked.text);
      if (!m) continue;
      // ("[group] are incapable of violence", "never met a [member] who was rude": a vice denied is praise)
      const tail = marked.text.slice(Math.max(m.index, m.index + m[0].length - 14), m.index + m[0].length);
      if (VICE_AFTER.test(marked.text.slice(marked.text.indexOf(' of ', m.index) + 4)) && /incapable of|capable of/.test(m[0])) continue;
      if (/\b(?:rude|violent|dishonest|mean|cruel|lazy|late|aggressive)\b/.test(tail)) continue;
      // ("[group] are not incapable of empathy", "never met a [member] who didn't love their mum": the denial denied)
      if (/\b(?:not|never|aren t|isn t|arent|isnt|wasn t|weren t) (?:\S+ )?(?:incapable|unable|lack|lacking)\b/.test(m[0]) || /\b(?:who|that) (?:didn t|didnt|doesn t|doesnt|don t|dont|wasn t|wasnt|isn t|isnt|weren t|couldn t|wouldn t|did not|does not|was not|is not|could not|would not|can not|cannot|can t|cant|will not|won t) /.test(m[0])) continue;
      const [from, to] = marked.span(m);
      return hit(from, to, g, 'negated-positive', 'a virtue or an ability denied to the group');
    }
  }
  return null;
}

/** Words without one of which no shape above can match: the reader's own gate (group-attack calls it last). */
const GATE = new Set(['meaning', 'cope', 'sinks', 'sink', 'waste', 'heard', 'been', 'had', 'haven', 'havent', 'convince', 'makes', 'make', 'real', 'members', 'never', 'like', 'even', 'cut', 'as', 'invented', 'catch', 'not', 'one', 'find', 'meet', 'met', 'think', 'believe', 'incapable', 'unable', 'capable', 'able', 'lack', 'lacks', 'lacked', 'no', 'zero', 'yet', 'never', 'such', 'single', 'remember', 'recall', 'nothing', 'unfit', 'enough', 'too', 'takes']);
