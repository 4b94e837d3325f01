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
const ACT = String.raw`(?:tell(?:s|ing)? the truth|be(?:ing)? honest|keep(?:s|ing)? (?:a |their |his |her )?(?:promise|promises|word|job|jobs)|hold(?:s|ing)? (?:down )?(?:a |their )?(?:job|jobs|conversation)|pay(?:s|ing)? (?:their|his|her) (?:way|fair share|taxes|tax|bills|rent)|pa(?:y|id|ys|ying) (?:their|his|her|thier) (?:fair )?share|pay(?:s|ing)? tax(?:es)?|follow(?:s|ing)? (?:the )?rules|obey(?:s|ing)? (?:the )?law|respect(?:s|ing)? (?:the )?law|respects? (?:anyone|anything|women|authority)|rais(?:e|es|ing) (?:children|kids|a family)|be(?:ing)? (?:a )?good (?:parent|parents|mother|mothers|father|fathers|neighbour|neighbours|citizen|citizens|employee|employees|friend|friends)|lead(?:s|ing)? (?:anything|a team|a country|anyone|us)?|think(?:s|ing)? for (?:themselves|himself|herself)|mak(?:e|es|ing) (?:a |good )?decisions?|run(?:s|ning)? (?:a |anything|the )?(?:business|country|company|anything)?|contribut(?:e|es|ed|ing) (?:anything|something)?(?: useful| good| positive)?|buil(?:d|ds|t|ding) (?:anything|something)(?: that lasts)?|be(?:ing)? trusted|be(?:ing)? relied (?:on|upon)|rel(?:y|ied) on|count on|trust|be(?:ing)? (?:loyal|reliable|faithful|decent|civil|polite|grateful|on time)|learn(?:s|ing)? (?:english|anything|the language)|integrat(?:e|es|ing)|fit(?:s|ting)? in|do(?:es|ing)? (?:anything|their job|a job|a good job|an honest day s work|honest work) (?:right|properly|well)?|work(?:s|ing)? hard|make(?:s|ing)? (?:this|the) country better|ma(?:de|ke|kes) (?:this|the|our) (?:country|world|town) better|improv(?:e|ed|es) anything|achiev(?:e|ed|es) anything|invent(?:ed|s)? anything|create(?:d|s)? anything|love|loving)`;

const DET = '(?:the |those |these |a |an |all |most |any |our |local )?';

/** A vice or a harm denied is praise or reassurance ("incapable of violence", "never met a [member] who was rude"). */
const VICE_AFTER = /^(?:of )?(?:violence|hate|hatred|harm|cruelty|lying|evil|crime|crimes|hurting|malice|deceit|rudeness|racism|sexism|anger|greed|theft|stealing|cheating|murder)\b/;

const SHAPES: readonly RegExp[] = [
  // "[group] are incapable of telling the truth", "[group] are unable to hold down a job", "[group] are not capable of love"
  new RegExp(String.raw`\b${DET}GRP (?:are|is|re|s|were|will always be|will be) (?:\S+ ){0,2}?(?:incapable of|unable to|not capable of|not able to|too stupid to|too dim to|too thick to|never going to be able to|not fit to|unfit to|not smart enough to|not good enough to|not clever enough to|not trustworthy enough to|physically incapable of|genetically incapable of|born unable to) (?:(?:even |ever |actually |properly )?(?:${ACT}|${VIRTUE})|[a-z]+ing)\b`),
  // "[group] lack any sense of common decency", "[group] have no shred of honesty", "[group] just don't have what it takes"
  new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:lack|lacks|lacked|have no|has no|had no|have zero|has zero|don t have|do not have|dont have|doesn t have|does not have|haven t got|have never had|will never have|never have|simply lack|totally lack|completely lack) (?:any |a |the |basic |an ounce of |a shred of |one shred of |a single |any sense of |a sense of |any kind of |the slightest |a scrap of |a hint of |common )?(?:sense of |kind of )?(?:\S+ )?${VIRTUE}\b`),
  // "I've yet to meet a [member] with a shred of honesty", "never met a [member] who could tell the truth"
  new RegExp(String.raw`\b(?:i (?:have|ve) (?:yet to|never) (?:meet|met|see|seen|know|known|find|found)|i (?:have|ve) never (?:met|seen|known|found)|never met|yet to meet|you (?:will|ll) never (?:meet|find|see)|you (?:won t|wont|will not) (?:ever )?(?:meet|find|see)|show me|find me|name (?:me )?one|there (?:is|s) no such thing as|there (?:is|s) not a single|not one|no|zero|not a single|there (?:are|re) no) (?:a |an |one |single |a single )?GRP (?:who|that|with|you can|worth|capable of|i know|in history)\b(?: \S+){0,6}? (?:${ACT}|${VIRTUE}|(?:a shred|an ounce|a scrap|a hint) of \S+)\b`),
  // "not one [member] I know has ever paid their fair share", "zero [group] have ever made this country better"
  new RegExp(String.raw`\b(?:not one|not a single|no|zero|none of the|never has a|never has an) GRP\b(?: \S+){0,4}? (?:has|have|had|ever|will|would|could|can) (?:ever |once |actually )?(?:${ACT}|(?:been|be) (?:honest|decent|loyal|reliable|trustworthy|useful|grateful|a good \S+))\b`),
  // "can't remember the last time a [member] contributed anything useful", "nothing [group] build ever lasts"
  new RegExp(String.raw`\b(?:can t|cant|cannot|can not|do not|don t|dont) (?:remember|recall|think of) (?:the last time |a single time |one time |a time )?(?:a |an |any )?GRP (?:\S+ ){0,2}?(?:${ACT}|did (?:anything|something) (?:useful|good|right|positive))\b|\bnothing ${DET}GRP (?:\S+ ){0,2}?(?:build|built|builds|make|made|makes|create|created|creates|run|runs|touch|touches) (?:\S+ ){0,2}?(?:ever )?(?:lasts|works|last|work|succeeds|survives|turns out well)\b`),
  // "if you think a [member] could ever be a good parent, you haven't been paying attention"
  new RegExp(String.raw`\bif (?:you|anyone|u) (?:\S+ )?(?:think|thinks|believe|believes) (?:a |an |any )?GRP (?:could|can|would|will) (?:ever )?(?:${ACT})\b(?: \S+){0,3}? (?:you (?:have|ve|haven t|have not) (?:not )?been paying attention|you re (?:dreaming|deluded|kidding yourself|naive)|think again|you need your head (?:examined|checked)|good luck|lol|lmao)\b`),
];

/** The claim reported, rejected or condemned. */
const REJECTED = /\b(?:myth|stereotype|stereotypes|nonsense|rubbish|untrue|false|wrong|ridiculous|people who say|anyone who says|those who say|claim|claims|claimed|say that|says that|saying that|said that|think that|believe that|i do not think|i don t think|i dont think|not true|is a lie|bigot|bigots|bigoted|racist|racists|sexist|sexists|homophobic|transphobic|ableist|ageist|assume|assumes|assumption|prove them wrong|proving them wrong|proved them wrong|disproves|told me|was told|they told|tell you|hear|heard)\b/;

export function negatedVirtue(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => GATE.has(x))) return null;
  const text = w.join(' ');
  if (condemned(w) || REJECTED.test(text)) return null;
  for (const g of namedOrMember(tokens, w, groups)) {
    if (writerIsMember(w, g)) continue;
    const marked = markMember(w, g);
    for (const re of SHAPES) {
      const m = re.exec(marked.text);
      if (!m) continue;
      // ("[group] are incapable of violence", "never met a [member] who was rude": a vice denied is praise)
      const tail = marked.text.slice(m.index + m[0].length - 14);
      if (VICE_AFTER.test(marked.text.slice(marked.text.indexOf(' of ', m.index) + 4)) && /incapable of|capable of/.test(m[0])) continue;
      if (/\b(?:rude|violent|dishonest|mean|cruel|lazy|late|aggressive)\b/.test(tail)) continue;
      // ("[group] are not incapable of empathy", "never met a [member] who didn't love their mum": the denial denied)
      if (/\b(?:not|never|aren t|isn t|arent|isnt|wasn t|weren t) (?:\S+ )?(?:incapable|unable|lack|lacking)\b/.test(m[0]) || /\b(?:who|that) (?:didn t|didnt|doesn t|doesnt|don t|dont|wasn t|wasnt|isn t|isnt|weren t|couldn t|wouldn t|did not|does not|was not|is not) /.test(m[0])) continue;
      const [from, to] = marked.span(m);
      return hit(from, to, g, 'negated-positive', 'a virtue or an ability denied to the group');
    }
  }
  return null;
}

/** Words without one of which no shape above can match: the reader's own gate (group-attack calls it last). */
const GATE = new Set(['not', 'one', 'find', 'meet', 'met', 'think', 'believe', 'incapable', 'unable', 'capable', 'able', 'lack', 'lacks', 'lacked', 'no', 'zero', 'yet', 'never', 'such', 'single', 'remember', 'recall', 'nothing', 'unfit', 'enough', 'too', 'takes']);
