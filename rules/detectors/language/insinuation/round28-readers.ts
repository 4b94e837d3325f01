/**
 * Round 28: general shapes a template-built functional set (tmpl16, a new author's own templates across twenty
 * identities) showed the readers missed, each read on the sentence with the member's name as GRP:
 * - `strongestFeeling`: the group named as what the writer hates most ("nothing on this earth disgusts me more than
 *   [group]", "there's nothing I despise more than [group]").
 * - `nauseaNear`: a member's nearness told with the writer's nausea ("sat next to a [member] on the train and wanted
 *   to throw up"). Not when the nausea has its own cause (a hangover, a bumpy ride, the food).
 * - `placeKnown`: a time praised "when [group] knew their place".
 * - `civilityDenied`: "you can't expect [group] to behave like civilised people".
 * - `backToTheSewer`: the group sent back to a sewer, a hole or a gutter ("crawl back into the sewer they came from").
 * - `lessOfAPerson`: a member called less of a person than others.
 * - `troubleFindsThem`: "whenever there is trouble, look for the [group]".
 * Each stands down when the sentence condemns or reports the remark, or when the writer counts themself in the group.
 */
import type { GroupMention } from '../find-groups';
import { PERSON_NOUNS } from '../lexicon/groups';
import type { Attack, AttackKind } from '../predicate';
import type { Token } from '../tokens';
import { DEHUMANISING, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { condemned, member } from './implicit-readers';
import { hit, markMember, writerIsMember, type Neighbour, type Words } from './shared';

/** A word that names a fault: "greedy", "a thief", "violent". */
const FAULTY = (x: string): boolean => INSULT_ADJECTIVES.has(x) || NEGATIVE_ATTRIBUTES.has(x) || INSULT_NOUNS.has(x) || INSULT_NOUNS.has(`${x}s`) || ['greedy', 'violent', 'dishonest', 'thieving', 'lying', 'dangerous', 'rude', 'aggressive', 'criminal', 'thief', 'dim'].includes(x);

/** Identity adjectives that are everyday words before things: "the black mould", "the old shed". */
const COLOUR_AND_AGE = new Set(['black', 'white', 'brown', 'red', 'yellow', 'old', 'older', 'young', 'younger', 'native', 'straight']);

/** Things named after a group that a member-word before them does not make people. */
const GROUP_THINGS = new Set(['ban', 'bans', 'law', 'laws', 'policy', 'policies', 'rights', 'issue', 'issues', 'question', 'march', 'parade', 'festival', 'food', 'culture', 'history', 'month', 'flag', 'debate', 'bill', 'act', 'agenda', 'lobby', 'card', 'holiday', 'wedding', 'weddings', 'marriage', 'music', 'films', 'film', 'art', 'rock', 'pop', 'song', 'songs', 'takeaway', 'takeaways', 'restaurant', 'restaurants', 'cuisine', 'dish', 'dishes', 'band', 'bands', 'shop', 'shops']);

interface Device {
  re: RegExp;
  kind: AttackKind;
  what: string;
  /** one of these words must be in the sentence for the pattern to be tried */
  cues: readonly string[];
  /** the sentence gives the feeling another cause */
  other?: RegExp;
  /** the two words captured must both be faults */
  list?: boolean;
  /** the first word captured, when there is one, must be a fault */
  faults?: 1;
}

const DET = '(?:the |those |these |a |an |all |most |some |two |three |a couple of |a bunch of )?';
/** Not the group's plight: "nothing annoys me more than [group] being ignored / getting scammed / treated like ...". */
const NOT_PLIGHT = String.raw`(?! (?:being|getting|treated|left|ignored|denied|turned|talked|attacked|abused|harassed|scammed|mocked|bullied|excluded|refused|having|made|forced|called|spoken|overlooked|underestimated|paid|stereotyped|targeted|blamed|told|who(?! (?:think|thinks|believe|believes|act|acts|want|wants|expect|expects))|that|which|asking|saying))`;
/** Someone else's words or wish, or a report: "segregationists who longed for a time ...", "men who wanted ...". */
const REPORTED = /\b(?:wanted|want|wants|longed|long|longs|yearn|yearned|yearns|miss|misses|speech|speeches|fought|fight|fighting|against|quote|quoted|quoting|said|says|saying|told|claimed|claims|segregationists|racists|bigots|misogynists|sexists|homophobes|who)\b|['"‘“]/;

const DEVICES: readonly Device[] = [
  {
    re: new RegExp(String.raw`\b(?:nothing|no one|nobody|nothing else)(?: (?:on|in) (?:this|the|gods|god 's|god s) (?:green )?(?:earth|world|planet))? (?:disgusts|sickens|repulses|revolts|angers|enrages|infuriates|irritates|annoys|grosses|disturbs) me (?:out )?(?:more|as much) than ${DET}GRP\b${NOT_PLIGHT}|\bthere (?:is|s) nothing (?:that )?i (?:hate|despise|loathe|detest|can not stand|cannot stand) (?:more|as much) than ${DET}GRP\b${NOT_PLIGHT}|\bi (?:hate|despise|loathe|detest) (?:nothing|no one|nobody) (?:more|as much) than ${DET}GRP\b${NOT_PLIGHT}|\bGRP (?:are|is) (?:the )?(?:thing|things|people|group|ones?) i (?:hate|despise|loathe|detest) (?:the )?most\b`),
    kind: 'derogation',
    what: 'the group named as what the writer hates most',
    cues: ['more', 'most', 'much'],
  },
  {
    re: new RegExp(String.raw`\b(?:sat|sitting|sit|stood|standing|was|were|ended up|got stuck|stuck) (?:right )?(?:next to|near|beside|behind|opposite|across from|with) ${DET}GRP\b(?: \S+){0,12}? (?:and|i|and i|,) (?:genuinely |honestly |literally |actually |nearly |almost |just |instantly |immediately )?(?:(?:wanted|want|had) to (?:throw up|puke|vomit|be sick|retch|gag|heave)|(?:threw up|puked|vomited|gagged|retched)|felt (?:physically )?sick|my skin (?:was crawling|crawled))\b(?! (?:from|because|after|with|so))`),
    kind: 'derogation',
    what: "a member's nearness told with the writer's nausea",
    cues: ['throw', 'puke', 'vomit', 'sick', 'retch', 'gag', 'heave', 'threw', 'puked', 'vomited', 'gagged', 'retched', 'skin'],
    other: /\b(?:who felt|he felt|she felt|they felt|boy|girl|baby|child|kid|toddler|reading|kind|drop|rollercoaster|ride|ferry|crossing|landing|plane|flight|coach|hours|rough|twice|hungover|hangover|drunk|seasick|travel sick|motion sickness|carsick|bumpy|turbulence|food|ate|eaten|smell of (?:the )?(?:bins|drains|fish)|migraine|flu|covid|virus|pregnant|morning sickness|nerves|nervous|anxiety|chemo|perfume|cologne|aftershave|vape|smoke)\b/,
  },
  {
    // "the loathing I feel for [group] is hard to put into words", "being in the same room as a [member] makes me sick"
    re: new RegExp(String.raw`\b(?:the |my )?(?:loathing|hatred|hate|disgust|contempt|revulsion|disdain|detestation) (?:that )?i (?:feel|have|hold) (?:for|towards|toward) ${DET}GRP\b${NOT_PLIGHT}|\bbeing (?:in the same room as|near|around|next to|anywhere near|close to) ${DET}GRP (?:\S+ ){0,3}?makes me (?:physically |actually |genuinely )?(?:sick|ill|nauseous|want to (?:throw up|puke|vomit|scream))\b`),
    kind: 'derogation',
    what: 'strong hatred or disgust for the group told',
    cues: ['loathing', 'hatred', 'hate', 'disgust', 'contempt', 'revulsion', 'disdain', 'detestation', 'sick', 'ill', 'nauseous', 'throw', 'puke', 'vomit'],
    other: REPORTED,
  },
  {
    // "by filth I mean [group]", "when I say vermin I mean [group]": the dehumanising name explained as the group
    re: /\b(?:by|when i say|and by) (?:the )?(?:filth|vermin|scum|rats|trash|garbage|rubbish|cockroaches|parasites|animals|pests|infestation|disease|plague|cancer|rot|dirt|weeds|savages|subhumans|animals) (?:i |we )?(?:mean|meant|am talking about|mean of course) (?:the |all the |those )?GRP\b/,
    kind: 'dehumanising',
    what: 'a dehumanising name explained as the group',
    cues: ['mean', 'meant', 'talking'],
  },
  {
    // "[group] belong somewhere out of sight, not in normal society"
    re: /\bGRP (?:\S+ ){0,2}?(?:belong|belongs|should be|should live|should stay|need to be|needs to be|need to stay|must be|ought to be|are better|would be better) (?:kept )?(?:somewhere )?(?:out of sight|hidden away|locked away|behind closed doors|away from (?:normal|decent|civilised|civilized|regular|ordinary) (?:people|society|folk|families))\b|\bGRP (?:\S+ ){0,4}?,? not in (?:normal|decent|civilised|civilized|polite|regular) (?:society|company|life)\b/,
    kind: 'exclusion',
    what: 'the group kept out of sight of others',
    cues: ['sight', 'hidden', 'locked', 'closed', 'away', 'society', 'company'],
    other: /\b(?:do not|does not|did not|should not|must not|never|nobody|noone|no one|wanted|want|wants|longed|used to|speech|speeches|fought|against|quote|quoted|said|says|saying|told|claimed|claims|who)\b|['"‘“]/,
  },
  {
    // "[group] breed like cockroaches", "stop calling [group] human": beasts, or humanity denied
    re: /\bGRP (?:\S+ ){0,2}?(?:breed|breeds|multiply|multiplies|spread|spreads|swarm|swarms) like (?:rabbits|rats|cockroaches|roaches|flies|vermin|animals|locusts|insects|bacteria|mice|maggots|fleas|lice|germs)\b|\b(?:stop|quit) (?:calling|treating) GRP (?:like )?(?:as )?(?:human|humans|people|human beings|persons|equals)(?= *(?:[.!?,]|$))/,
    kind: 'dehumanising',
    what: 'the group likened to beasts or denied humanity',
    cues: ['breed', 'breeds', 'multiply', 'multiplies', 'spread', 'spreads', 'swarm', 'swarms', 'calling', 'treating'],
  },
  {
    // "Nothing on this earth fills me with more contempt than [group]"
    re: new RegExp(String.raw`\b(?:nothing|no one|nobody)(?: (?:on|in) (?:this|the|gods|god 's|god s) (?:green )?(?:earth|world|planet))? (?:fills|filled) me with (?:more |as much |such )?(?:contempt|disgust|hatred|hate|rage|revulsion|loathing|anger|fury) (?:than|as) ${DET}GRP\b${NOT_PLIGHT}`),
    kind: 'derogation',
    what: 'the group named as what the writer hates most',
    cues: ['fills', 'filled'],
  },
  {
    // "hiring a [member] means hiring incompetence"
    re: new RegExp(String.raw`\b(?:hiring|employing|promoting|renting to|letting to|dating|marrying) ${DET}GRP (?:means|is|equals) (?:hiring|employing|getting|inviting|asking for|signing up for) (?:incompetence|trouble|laziness|problems|a liability|liabilities|chaos|a lawsuit|drama|theft|crime|disaster)\b`),
    kind: 'stereotype',
    what: 'a member taken on said to bring a fault',
    cues: ['means', 'equals'],
  },
  {
    // "Good news: the new estate has no [group] at all"
    re: new RegExp(String.raw`\b(?:has|have|there are|there is|with|got) no GRP(?: at all| whatsoever| anywhere| living there| in it)?\b`),
    kind: 'exclusion',
    what: "a place praised for having none of the group",
    cues: ['good', 'finally', 'thankfully', 'thank', 'perfect', 'relief', 'decent', 'bliss', 'heaven', 'lovely', 'news', 'glad', 'happy', 'brilliant'],
    other: /\b(?:sadly|unfortunately|shame|pity|sad|need more|should have|lack|lacks|lacking|representation|diverse|diversity|welcome|inclusive|accessible|ramp|ramps|support|services|but|have to|nearby|travel|wish|miss|hard to find|nowhere|barbers|barber|shops|shop|restaurants|food|church|mosque|temple|synagogue|panel|board|committee|speakers|speaker|lineup|interpreter|noticed|point|staff|team|council|yet)\b/,
  },
  {
    // "You can always tell which houses on the road belong to [group]"
    re: new RegExp(String.raw`\b(?:you can|can|i can) (?:always )?tell (?:which|whose) (?:house|houses|home|homes|flat|flats|car|cars|garden|gardens|desk|desks|shop|shops|bins|door|doors) (?:\S+ ){0,4}?(?:belong to|belongs to|is|are|owned by|house|houses) ${DET}GRP(?:(?: [.!?,]| 😉)*$| , (?:just )?(?:look at|check|by) (?:the )?(?:front )?(?:gardens?|bins|windows|doors|cars|curtains|state|smell|mess|noise|rubbish))`),
    kind: 'stereotype',
    what: "the group's homes said to be known on sight",
    cues: ['tell'],
    other: /\b(?:diwali|hanukkah|christmas|eid|lights|diyas|menorah|decorations|gorgeous|beautiful|lovely|glowing|flowers|sunflowers|roses|music|bass|love|proud|best)\b/,
  },
  {
    // "Put a [member] in charge of the petty cash and watch it vanish"
    re: new RegExp(String.raw`\bput ${DET}GRP in charge of (?:\S+ ){0,4}?and (?:watch|see) (?:it|them|everything|the lot|the money|the cash) (?:vanish|disappear|go missing|burn|collapse|fall apart|go up in smoke)\b`),
    kind: 'stereotype',
    what: 'a member in charge said to lose what they keep',
    cues: ['vanish', 'disappear', 'missing', 'collapse', 'burn', 'apart', 'smoke'],
  },
  {
    // "Amazing how [group] always seem to turn up right around when the bikes start going missing"
    re: new RegExp(String.raw`\b(?:funny|amazing|interesting|strange|odd|weird|curious|noticed|notice) (?:how|that) GRP (?:\S+ ){0,10}?(?:when|just as|right as|the same week|the same day|and then|and suddenly) (?:\S+ ){0,4}?(?:go|goes|going|went|gone|start going|started going|starts going|go|turn up|turns up) missing\b`),
    kind: 'stereotype',
    what: 'things said to go missing when the group turns up',
    cues: ['missing'],
  },
  {
    // "[group]: dirty, dim and useless at anything"
    re: /^GRP : (?:\S+ ){0,1}?([a-z]+) (?:(?:at|in) \S+ )?,? (?:and )?([a-z]+)\b/,
    kind: 'generalisation',
    what: 'a list of faults under the group\'s name',
    cues: [':'],
    list: true,
  },
  {
    // "Nothing makes my blood boil quite like [group] do", "I'm sick to fucking death of [group] and their bullshit"
    re: new RegExp(String.raw`\bnothing (?:makes my blood boil|gets my back up|winds me up|boils my blood|triggers me) (?:quite |as much |more )?(?:like|as much as|more than|than) ${DET}GRP\b${NOT_PLIGHT}|\b(?:sick|tired) (?:and tired |to (?:fucking |bloody |flipping )?death |to the back teeth |to my back teeth )?of ${DET}GRP\b${NOT_PLIGHT}(?! (?:dying|drowning|suffering|struggling|losing|waiting|living))`),
    kind: 'derogation',
    what: 'the group named as what the writer is sick of or hates most',
    cues: ['boil', 'back', 'winds', 'triggers', 'sick', 'tired'],
    other: /\b(?:sick of (?:people|everyone|hearing|seeing|watching|reading) |racism|racist|bigots|bigotry|hate crimes|abuse|discrimination|prejudice)\b/,
  },
  {
    // "A [member] is about as human as a cockroach"
    re: /\bGRP (?:is|are|s|re) (?:about |roughly |just |only |barely )?as (?:human|intelligent|civilised|civilized|smart|useful|clean) as (?:a |an |the )?(?:cockroach|cockroaches|rat|rats|dog|dogs|pig|pigs|ape|apes|monkey|monkeys|animal|animals|insect|insects|worm|worms|slug|slugs|rock|rocks|brick|bricks|plank|potato|cabbage|virus|parasite|parasites)\b/,
    kind: 'dehumanising',
    what: 'the group likened to a beast or a thing',
    cues: ['as'],
  },
  {
    // "pest control for the [group] infesting this town", "a pack of [group] grunting at each other like pigs"
    re: /\bGRP (?:\S+ ){0,2}?(?:infesting|infest|infests)\b|\binfested (?:with|by) GRP\b|\bpest control for (?:the |all the |these |those )?GRP\b|\bGRP (?:\S+ ){0,5}?(?:grunting|squealing|howling|barking|braying|snarling|scurrying|sniffing|screeching|hooting) (?:\S+ ){0,3}?like (?:pigs|animals|dogs|apes|monkeys|rats|hyenas|beasts|cattle|a pack of \w+)\b/,
    kind: 'dehumanising',
    what: 'the group spoken of as pests or beasts',
    cues: ['infesting', 'infest', 'infests', 'infested', 'pest', 'grunting', 'squealing', 'howling', 'barking', 'braying', 'snarling', 'scurrying', 'sniffing', 'screeching', 'hooting'],
  },
  {
    // "Had to hire a [member] because of the quotas"
    re: new RegExp(String.raw`\b(?:had to|forced to|made to|have to|got to|were told to|was told to) (?:hire|employ|take on|promote|accept|interview|shortlist) ${DET}GRP (?:\S+ ){0,4}?(?:because of|for|to meet|to fill|due to|thanks to) (?:the |a |our |their |some )?(?:quota|quotas|diversity|dei|targets|box|boxes|woke)`),
    kind: 'stereotype',
    what: 'a member taken on called a quota filled',
    cues: ['quota', 'quotas', 'diversity', 'dei', 'targets', 'box', 'boxes', 'woke'],
    other: /\b(?:nobody|no one|noone|never|earned|merit|deserved|best candidate|qualified)\b/,
  },
  {
    // "I've never met a [member] who was worth a minute of my time"
    re: /\bnever (?:met|known|seen) (?:a|an|one|any) GRP (?:who|that) (?:was|is|were|has been) (?:worth (?:a|the|my|anything|shit|knowing|talking to)|any good|worth a damn|honest|decent|clean|trustworthy|polite|reliable|intelligent|hardworking|hard working|smart|civilised|civilized)\b/,
    kind: 'negated-positive',
    what: 'no member ever met found worth anything',
    cues: ['worth', 'good', 'honest', 'decent', 'clean', 'trustworthy', 'polite', 'reliable', 'intelligent', 'hardworking', 'hard', 'smart', 'civilised', 'civilized'],
    other: /\b(?:until|till|before|then i met|except|but then|used to)\b/,
  },
  {
    // "Is there any group more useless than [group]?", "genuine question: why are [group] allowed anywhere near children??"
    re: /\b(?:(?:any|a|one) (?:group|people|race|religion|bunch|lot|section of society)|anything(?: on (?:this |god s |the )?earth| in the world| alive)?) (?:more|as) (?:useless|stupid|lazy|worthless|disgusting|annoying|vile|pathetic|dangerous|violent|dirty|filthy|backward|parasitic) (?:than|as) (?:the |a |an )?GRP\b(?! (?:who|that))|\bwhy (?:are|is) (?:the )?GRP (?:even |still |ever )?allowed (?:(?:anywhere )?near (?:children|kids|our kids|schools|a school|babies|our children)|to (?:walk the streets|breed|vote|have kids|have children|exist|live here))\b|\bwhat (?:is|s) the point of (?:the |a |an )?GRP(?= (?:,|\?|\.|!|other|anyway|apart|exactly|again|then|except|besides)\b| [,?.!]|$)|\bwho (?:thought|decided) (?:letting|allowing|giving) (?:the )?GRP (?:vote|the vote|drive|adopt|teach|marry|in) was a good idea\b/,
    kind: 'derogation',
    what: 'a rhetorical question that ranks or suspects the group',
    cues: ['useless', 'stupid', 'lazy', 'worthless', 'disgusting', 'annoying', 'vile', 'pathetic', 'dangerous', 'violent', 'dirty', 'filthy', 'backward', 'parasitic', 'allowed', 'point', 'idea'],
  },
  {
    // "the sight of a [member] on my feed is enough to ruin my whole day"
    re: new RegExp(String.raw`\b(?:the )?(?:sight|smell|sound|thought) of ${DET}GRP (?:\S+ ){0,4}?(?:is enough to ruin|ruins|ruined|makes me (?:sick|ill|want to)|turns my stomach|disgusts me|puts me off)\b`),
    kind: 'derogation',
    what: "disgust at the sight of a member",
    cues: ['sight', 'smell', 'sound', 'thought'],
    other: /\b(?:being|bullied|drowning|drowned|sleeping rough|homeless|hurt|crying|suffering|abused|eat|eating|kitchen|food|langar|cooking|veteran|cry|sad|alone)\b/,
  },
  {
    // "You'll never meet an [member] who isn't greedy", "no [member] has ever been worth hiring"
    re: /\bnever (?:met|meet|known|know|seen|see|find|found|come across) (?:a|an|one|any|a single) GRP (?:who|that) (?:is not|isnt|was not|wasnt|are not|arent|were not) (?:a |an )?([a-z]+)\b|\b(?:have not|havent|have never|never) met (?:a single|one|a|an|any) GRP (?:who|that) (?:was|is|were) (?:decent|honest|kind|clean|trustworthy|polite|smart|civilised|civilized)()\b|\bno GRP (?:has|have) ever been (?:any good|worth a damn|worth (?:hiring|trusting|knowing|anything|the effort|the trouble))()/,
    kind: 'generalisation',
    what: 'every member ever met said to have a fault',
    cues: ['never', 'ever', 'met'],
    faults: 1,
  },
  {
    // "I refuse to believe [group] are intelligent", "can't say I've ever respected a [member]"
    re: /\brefuse to (?:believe|accept) (?:that )?GRP (?:are|is|can be|could be) (?:intelligent|smart|human|capable|honest|equal|decent|clever|people|trustworthy|competent)\b|\b(?:i have never|i ve never|ive never|i never|never once|can not say i have ever|cannot say i have ever|can not say i ve ever) (?:once )?(?:respected|trusted|liked) (?:a |an |any |one |a single )?GRP\b/,
    kind: 'negated-positive',
    what: 'worth or respect refused to the group',
    cues: ['refuse', 'respected', 'trusted', 'liked'],
    other: /\b(?:until|till|before|but now|changed my mind|was wrong|used to)\b/,
  },
  {
    // "a [member] is worth less than a dog"
    re: /\bGRP (?:is|are|s|re) worth (?:less than|no more than|about as much as) (?:a |an |the )?(?:dog|dogs|rat|rats|animal|animals|pig|pigs|cockroach|cockroaches|insect|insects|worm|worms|dirt|nothing|dog shit|shit)\b/,
    kind: 'dehumanising',
    what: 'a member valued below a beast',
    cues: ['worth'],
  },
  {
    // "house prices dropped the same month [group] moved in", "I'd count the cutlery after a [member] comes round"
    re: new RegExp(String.raw`\b(?:dropped|fell|crashed|plummeted|tanked|halved|collapsed) (?:\S+ ){0,2}?(?:(?:the same|the very|that same) (?:month|week|day|year|time)|(?:right |just |straight )?(?:after|when|once|as soon as)) (?:the )?GRP (?:started |began )?(?:moving in|moved in|arrived|came|turned up|showed up|moved)\b|\bcount (?:the |my |all the )?(?:cutlery|spoons|silver|silverware|valuables|fingers|change|knives|forks|tools) (?:after|when|whenever|once) ${DET}GRP\b`),
    kind: 'stereotype',
    what: 'a loss or a theft put down to the group',
    cues: ['dropped', 'fell', 'crashed', 'plummeted', 'tanked', 'halved', 'collapsed', 'count'],
  },
  {
    // "Nice to see the zoo is letting [group] out on day trips now"
    re: new RegExp(String.raw`\b(?:zoo|zoos|kennel|kennels|pound|asylum|enclosure) (?:\S+ ){0,3}?(?:letting|lets|let|allowing) ${DET}GRP out\b`),
    kind: 'dehumanising',
    what: 'the group spoken of as kept in a zoo',
    cues: ['zoo', 'zoos', 'kennel', 'kennels', 'pound', 'enclosure'],
  },
  {
    // "Good to see [group] finally found the one job they're qualified for: collecting benefits"
    re: /\bGRP (?:\S+ ){0,3}?(?:the )?(?:one|only) (?:job|thing|role) (?:they|they re|they are|theyre) (?:are |re )?(?:qualified|good|fit|suited|made) for\b/,
    kind: 'stereotype',
    what: 'the group said to be fit for one lowly role',
    cues: ['qualified', 'suited', 'fit', 'made', 'good'],
  },
  {
    // "[group] are too dim to be trusted with anything" ("dim" alone is also the lights: only "too dim to")
    re: /\bGRP (?:are|is) (?:far |way |much )?too (?:dim|dense|slow) (?:to|for)\b/,
    kind: 'generalisation',
    what: 'the group called too dim for a task',
    cues: ['dim', 'dense', 'slow'],
  },
  {
    // "Our company finally stopped hiring [group] and productivity went up"
    re: new RegExp(String.raw`\b(?:stopped|stop|quit) (?:hiring|employing|renting to|serving|letting in|taking on) ${DET}GRP\b(?: \S+){0,3}? (?:and|since then|now) (?:\S+ ){0,2}?(?:went up|improved|is better|got better|rose|doubled|soared|is up|has never been better)\b`),
    kind: 'stereotype',
    what: 'things said to improve once the group was kept out',
    cues: ['stopped', 'stop', 'quit'],
  },
  {
    // "[group] don't deserve any kindness", "a [member] is just a lower form of life"
    re: /\bGRP (?:do not|does not|dont|doesnt|never|shouldnt|should not) (?:get |receive )?(?:deserve|deserves) (?:any |an ounce of |a shred of |our )?(?:kindness|respect|sympathy|compassion|rights|love|help|dignity|mercy|pity)\b|\bGRP (?:is|are|s|re) (?:just |simply |basically |nothing but |nothing more than )?(?:a |an )?(?:lower|lesser|inferior|primitive) (?:form of life|life form|life forms|forms of life|species|being|beings|creature|creatures)\b/,
    kind: 'negated-positive',
    what: 'kindness refused, or the group ranked a lower form of life',
    cues: ['deserve', 'deserves', 'lower', 'lesser', 'inferior', 'primitive'],
  },
  {
    // "Every single [member] I meet makes my skin crawl"
    re: new RegExp(String.raw`\b(?:every|each|any) (?:single )?GRP (?:i (?:meet|see|know|pass|work with|come across|have met) )?(?:makes|make) (?:my skin crawl|me (?:sick|ill|want to (?:puke|vomit|throw up|scream)))\b`),
    kind: 'derogation',
    what: 'disgust at every member met',
    cues: ['crawl', 'sick', 'ill', 'puke', 'vomit', 'throw', 'scream'],
  },
  {
    // "Imagine letting [group] vote", "Evolution clearly skipped a few steps with [group]"
    re: new RegExp(String.raw`\bimagine (?:letting|allowing|giving) ${DET}GRP (?:to )?(?:vote|drive|lead|run|teach|adopt|marry|the vote|a vote|a job|rights|a gun|near)\b|\bevolution (?:\S+ ){0,3}?(?:(?:skipped|missed|forgot|stopped) (?:\S+ ){0,4}?(?:with|on|at)|gave up on|passed over|left behind|forgot about) ${DET}GRP\b`),
    kind: 'derogation',
    what: "the group's rights or humanity mocked",
    cues: ['imagine', 'evolution'],
  },
  {
    // "[group] are great at exactly one thing: taking what isn't theirs"
    re: /\bGRP (?:are|is) (?:only )?(?:good|great|brilliant|excellent) (?:at|for) (?:exactly |just |only |precisely )?one thing (?:: |, |- |— )?(?:\S+ ){0,2}?(?:taking|stealing|lying|breeding|begging|scrounging|cheating|complaining|crime|robbing|moaning|whining|sponging)\b/,
    kind: 'stereotype',
    what: 'the group said to be good only at a vice',
    cues: ['one'],
  },
  {
    // "You can always tell when a [member] has been in the room"
    re: new RegExp(String.raw`\btell when ${DET}GRP (?:has|have) been (?:in )?(?:the|a|this|your|my) (?:room|house|office|lift|car|bus|kitchen|toilet|bathroom|flat|shop)\b`),
    kind: 'stereotype',
    what: "the group's presence said to be known by the air after them",
    cues: ['tell'],
  },
  {
    // "Not a single [member] deserves kindness", "I refuse to believe [group] have anything useful to offer society"
    re: new RegExp(String.raw`\b(?:not a single|not one|no) GRP (?:deserves|deserve|is worth|merits|has earned|warrants) (?:any |our |your |their |my )?(?:kindness|respect|sympathy|compassion|rights|love|help|a chance|dignity|mercy|pity|kind words)\b|\brefuse to (?:believe|accept) (?:that )?GRP (?:have|has|could have) anything (?:useful|of value|worthwhile|good|positive|valuable) to (?:offer|contribute|give)\b`),
    kind: 'negated-positive',
    what: 'kindness or worth refused to every member',
    cues: ['deserves', 'deserve', 'worth', 'merits', 'earned', 'warrants', 'refuse'],
  },
  {
    // "Can someone explain why we still let [group] live among normal people?"
    re: /\b(?:why (?:do |does |would |should )?we (?:still |even |ever )?|who (?:thought|decided|said) it was (?:okay|ok|a good idea|fine|right) to )(?:let|allow) GRP (?:to )?(?:live|walk|work|mix|exist|stay|go) (?:among|with|alongside|next to|near|around) (?:normal|decent|real|regular|civilised|civilized|ordinary) (?:people|folk|humans|citizens|families)\b/,
    kind: 'exclusion',
    what: 'the group asked to be kept from others',
    cues: ['among', 'alongside', 'near', 'around', 'with'],
  },
  {
    // "There is nothing good about [group]. Nothing.", "nothing redeeming about [group]"
    re: new RegExp(String.raw`\b(?:there is|there s|theres|i see|i find|i can see|i can find) (?:absolutely |literally |simply )?nothing (?:remotely |even remotely |at all )?(?:good|positive|redeeming|decent|worthwhile|of value|likeable|admirable|valuable|useful|attractive|special|interesting) (?:at all )?(?:about|in) ${DET}GRP\b${NOT_PLIGHT}(?! (?:left|dying|drowning|scapegoated|demonised|demonized|attacked|treated))`),
    kind: 'negated-positive',
    what: 'nothing good allowed in the group',
    cues: ['nothing'],
  },
  {
    // "why do we keep pretending [group] are equal to the rest of us?", "who actually thinks [group] deserve the same rights as
    // normal people??"
    re: new RegExp(String.raw`\bpretend(?:ing|s)? (?:that )?GRP (?:are|is) (?:human|normal|people|our equals|equal to (?:the rest of )?us|equal to (?:normal|real|decent) (?:people|folk|humans)|real (?:women|men|people))\b|\bwho (?:actually |really |seriously |even |honestly )?(?:thinks|believes) ${DET}GRP (?:deserve|should have|should get|are owed|need) (?:the same|equal) rights as (?:normal|real|decent|regular) (?:people|humans|folk|citizens)\b`),
    kind: 'negated-positive',
    what: "the group's equality mocked as pretence",
    cues: ['pretend', 'pretending', 'pretends', 'rights'],
  },
  {
    re: new RegExp(String.raw`\b(?:when|back when|before|in the days when|the days when|a time when|times when) (?:the )?GRP (?:knew|kept to|stayed in|remembered) (?:their|her|his) place\b`),
    kind: 'derogation',
    what: 'a time praised when the group knew its place',
    cues: ['place'],
    other: REPORTED,
  },
  {
    re: new RegExp(String.raw`\b(?:can not|cannot|could not|do not|never|should not) (?:really )?expect ${DET}GRP to (?:behave|act|live|think|dress|speak|talk|conduct themselves|eat) (?:like|as) (?:civilised|civilized|normal|decent|real|proper|rational|sane|reasonable) (?:people|humans|human beings|adults|citizens|folk)\b|\bGRP (?:can not|cannot|do not|does not|never|will never) (?:behave|act|live) (?:like|as) (?:civilised|civilized|normal|decent|real|proper) (?:people|humans|human beings)\b`),
    kind: 'negated-positive',
    other: /\b(?:when|crammed|camps|tents|conditions|poverty|while|unless|housing|treated|denied)\b/,
    what: 'civilised conduct denied to the group',
    cues: ['civilised', 'civilized', 'normal', 'decent', 'real', 'proper', 'rational', 'sane', 'reasonable'],
  },
  {
    re: new RegExp(String.raw`\bGRP\b(?: \S+){0,6}? (?:crawl|slither|scurry|creep|go|get|run|slink|scuttle|fuck off|piss off) back (?:into|to|under|down) (?:the|their|whatever|what|that|which) (?:\w+ )?(?:sewer|sewers|hole|holes|gutter|gutters|rock|rocks|swamp|swamps|cave|caves|pit|cesspit|cesspool|slum|slums|dump|drain|drains|nest)\b`),
    kind: 'dehumanising',
    what: 'the group sent back to a sewer or a hole',
    cues: ['sewer', 'sewers', 'hole', 'holes', 'gutter', 'gutters', 'rock', 'rocks', 'swamp', 'swamps', 'cave', 'caves', 'cesspit', 'cesspool', 'slum', 'slums'],
  },
  {
    re: new RegExp(String.raw`\bGRP (?:is|are|s|re) (?:just |simply |basically |really |somehow )?(?:less of a (?:person|human|human being|man|woman|citizen)|less (?:human|worthy|deserving|valuable) than)\b`),
    kind: 'negated-positive',
    what: 'a member called less of a person',
    cues: ['less'],
  },
  {
    re: new RegExp(String.raw`\b(?:whenever|wherever|when|if|every time) there (?:is|s|are|was|re) (?:trouble|crime|a problem|problems|a fight|fights|violence|a riot|riots|a mess|drama|a scam|a stabbing|a theft|a robbery|a bombing)(?: ,)? (?:just )?(?:look for|look at|you will find|you ll find|you find|you always find|check|blame|bet it is|bet it s|guaranteed it is|it is always|it s always|there are always|look no further than) (?:the )?GRP\b`),
    kind: 'stereotype',
    what: 'trouble said to lead to the group',
    other: /\b(?:help|helping|helps|first to help|clean up|rescue|volunteer|volunteers|sort it|calm)\b/,
    cues: ['trouble', 'crime', 'problem', 'problems', 'fight', 'fights', 'violence', 'riot', 'riots', 'mess', 'drama', 'scam', 'stabbing', 'theft', 'robbery', 'bombing'],
  },
];

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND28_CUES: readonly string[] = ['retch', 'retching', 'gag', 'gagging', 'puke', 'vomit', 'infesting', 'sewer', 'sewers', 'gutter', 'cesspit', 'cesspool', 'breathe', 'breathing', 'loathing', 'revulsion'];

export function round28Devices(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const present = new Set(w);
  const devices = DEVICES.filter((d) => d.cues.some((c) => present.has(c)));
  if (!devices.length || condemned(w)) return null;
  const candidates = groups.filter((g) => !g.pronoun);
  const one = member(tokens, w, groups);
  // (an identity adjective alone names a member only before a person noun: "the black mould" is no one)
  const bareAdjective = one !== null && one.from === one.to && !groups.some((g) => g.from === one.from) && COLOUR_AND_AGE.has(w[one.from] ?? '') && !PERSON_NOUNS.has(w[one.to + 1] ?? '');
  if (one && !bareAdjective && !candidates.some((g) => g.from === one.from)) candidates.push(one);
  const text = w.join(' ');
  for (const g of candidates) {
    // ("the Muslim ban", "the gay marriage vote": a thing named after the group, not its members)
    if (writerIsMember(w, g) || GROUP_THINGS.has(w[g.to + 1] ?? '')) continue;
    const marked = markMember(w, g);
    for (const d of devices) {
      const m = d.re.exec(marked.text);
      if (!m || (d.other && d.other.test(text))) continue;
      if (d.list && ![m[1], m[2]].every((x) => FAULTY(x ?? ''))) continue;
      if (d.faults && m[1] && !FAULTY(m[1])) continue;
      const [from, to] = marked.span(m);
      return hit(from, to, g, d.kind, d.what);
    }
  }
  return null;
}

/** The air grudged: "let them breathe the same air as decent folk", "[group] breathing our air". */
const AIR_GRUDGED = /\b(?:let|allow|letting|allowing) (?:GRP|them|those people) (?:to )?(?:breathe|share) (?:the same air|our air)\b|\bGRP (?:breathing|breathe) (?:the same air as|our) (?:decent|normal|real|good|civilised)? ?(?:folk|people|air|humans)\b/;

/**
 * "Saw a news report about [group] last night. Can't believe we let them breathe the same air as decent folk.": the group
 * named here or, for "them", in the sentence before (read only then).
 */
export function airGrudged(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('breathe') && !w.includes('breathing')) return null;
  if (condemned(w) || w.some((x) => ['too', 'pollution', 'smoke', 'fumes', 'polluted', 'dirty'].includes(x))) return null;
  const here = groups.find((g) => !g.pronoun) ?? member(tokens, w, groups);
  if (here) {
    const m = AIR_GRUDGED.exec(markMember(w, here).text);
    return m && !writerIsMember(w, here) ? hit(here.from, here.to, here, 'dehumanising', 'the group grudged the air others breathe') : null;
  }
  const at = w.indexOf('them');
  if (at < 0 || !AIR_GRUDGED.test(w.join(' '))) return null;
  const before = prev.groups().find((g) => !g.pronoun);
  return before ? hit(at, at, { ...before, from: at, to: at, pronoun: true }, 'dehumanising', 'the group named before grudged the air others breathe') : null;
}

/** Food set out for the taking, where a likening to beasts is a joke about appetite. */
const FEAST = new Set(['buffet', 'food', 'cake', 'cakes', 'free', 'sale', 'sales', 'bargain', 'bargains', 'sandwiches', 'pizza', 'biscuits', 'snacks', 'canapes', 'party', 'dinner', 'lunch', 'barbecue', 'bbq']);

/** Words too common to tie two sentences together. */
const COMMON = new Set(['you', 'do', 'not', 'dont', 'a', 'an', 'the', 'with', 'i', 'we', 'they', 'is', 'are', 'to', 'of', 'and', 'it', 'that', 'either', 'too', '.', ',', '!', '?', 'my', 'our', 'had', 'has', 'have', 'found', 'one', 'in', 'on', 'at', 'last', 'week', 'yesterday', 'today', 'was', 'were', 'also', 'about', 'laughed', 'next', 'door', 'family', 'neighbour', 'neighbours']);

/**
 * "Saw a bunch of [group] hanging round outside Tesco. Like rats round a bin.": a fragment that likens what the sentence
 * before described to vermin. The sentence before is read only when this one opens with "like" and a dehumanising noun.
 */
export function likenedAfter(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (groups.some((g) => !g.pronoun) || w[0] !== 'like' && !(w[0] === 'just' && w[1] === 'like')) return null;
  const at = w[0] === 'like' ? 1 : 2;
  const k = [at, at + 1, at + 2, at + 3].find((j) => DEHUMANISING.has(w[j] ?? '') && w.slice(at, j).every((x) => ['a', 'an', 'the', 'bunch', 'of', 'pack', 'swarm', 'load', 'some', 'little', 'dirty', 'filthy'].includes(x)));
  if (k === undefined || w.length > 10 || condemned(w)) return null;
  const before = prev.groups().find((g) => !g.pronoun);
  // ("The teenagers at the buffet. Like a swarm of locusts.": greed at a spread, the stock joke)
  if (!before || condemned(prev.words()) || ['locusts', 'vultures', 'wolves', 'pigs', 'seagulls'].includes(w[k] ?? '') || [...w, ...prev.words()].some((x) => FEAST.has(x))) return null;
  return hit(0, k, { ...before, from: 0, to: 0, pronoun: true }, 'dehumanising', `the group named before likened to '${w[k]}'`);
}

/**
 * "You don't reason with a plague. You don't reason with [group] either.": the group put in the place a dehumanising noun
 * held in the sentence before, by the same words and "either" or "too".
 */
export function parallelLikened(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const last = w[w.length - 1] === '.' || w[w.length - 1] === '!' ? w[w.length - 2] : w[w.length - 1];
  if (last !== 'either' && last !== 'too') return null;
  const g = groups.find((x) => !x.pronoun) ?? member(tokens, w, groups);
  if (!g || condemned(w) || writerIsMember(w, g)) return null;
  const pw = prev.words();
  const noun = pw.find((x) => DEHUMANISING.has(x));
  if (!noun || condemned(pw)) return null;
  const shared = new Set(w.filter((x) => !COMMON.has(x) && pw.includes(x)));
  // (the same verb or frame, not a shared word of place or time: "We had rats in the shed. We had Polish builders in too.")
  return shared.size >= 1 && w.slice(0, 3).join(' ') === pw.slice(0, 3).join(' ') && pw.length <= 12 ? hit(g.from, g.to, g, 'dehumanising', `the group put where '${noun}' stood in the sentence before`) : null;
}

/** Words one of which every nausea phrase holds: the cheap test before the pattern. */
const NAUSEA_WORDS = new Set(['retch', 'retching', 'gag', 'gagging', 'puke', 'puking', 'throw', 'throwing', 'vomit', 'vomiting', 'sick', 'heave', 'heaving', 'skin', 'stomach']);

/** Nausea told after the sentence before put the writer beside a member. */
const NAUSEA = /\b(?:took (?:everything|all) (?:in me|i had) not to|had to (?:try )?not to|could not stop myself from|nearly|almost|wanted to|thought i was going to|tried not to) (?:retch|retching|gag|gagging|puke|puking|throw up|throwing up|vomit|vomiting|be sick|heave|heaving)\b|\bmy (?:skin|stomach) (?:was crawling|crawled|turned|churned)\b/;

/**
 * "Sat next to a [member] at the dentist's today. Took everything in me not to retch.": the writer's nausea told in the
 * sentence after one that put them beside a member. The sentence before is read only when this one tells the nausea.
 */
export function nauseaAfter(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (groups.some((g) => !g.pronoun) || w.length > 14 || !w.some((x) => NAUSEA_WORDS.has(x)) || !NAUSEA.test(w.join(' ')) || condemned(w)) return null;
  if (/\b(?:hungover|hangover|drunk|seasick|travel sick|food|ate|smell of|migraine|flu|pregnant|nerves|nervous|dentist|drill|needle|injection|blood|sea|rough|ferry|boat|waves|motion|bumpy|turbulence|swerving|lurching)\b/.test(w.join(' '))) return null;
  const pw = prev.words();
  const near = pw.join(' ').match(/\b(?:sat|sitting|stood|standing|was|ended up|got stuck|stuck) (?:right )?(?:next to|near|beside|behind|opposite|across from) /);
  const g = prev.groups().find((x) => !x.pronoun);
  if (!near || !g || condemned(pw) || g.from < pw.join(' ').slice(0, near.index).split(' ').length) return null;
  return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'derogation', "nausea told after sitting beside a member");
}

/** "Subhuman. That's the only word for [group].": the name given in the sentence before. */
const WORD_FOR = /\b(?:the only word for|only one word for|my word for|there is no other word for|no other word for|what i call|the word for) (?:the |all |those |these )?GRP\b/;

export function wordForThem(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('word') && !w.includes('call')) return null;
  const g = groups.find((x) => !x.pronoun) ?? member(tokens, w, groups);
  if (!g || condemned(w)) return null;
  const m = WORD_FOR.exec(markMember(w, g).text);
  // ("... the only word for the men who attacked that family": those who did a wrong, not the group)
  if (!m || ['who', 'that', 'which'].includes(w[g.to + 1] ?? '')) return null;
  const pw = prev.words().filter((x) => !['.', '!', '?', ','].includes(x));
  const name = pw.find((x) => DEHUMANISING.has(x) || INSULT_NOUNS.has(x) || INSULT_ADJECTIVES.has(x) || x === 'subhuman');
  return pw.length <= 3 && name ? hit(g.from, g.to, g, DEHUMANISING.has(name) || name === 'subhuman' ? 'dehumanising' : 'derogation', `the name '${name}' given to the group in the sentence before`) : null;
}

/** "... they'll have robbed her blind, that's what they do": a crime called the group's habit. */
const THEIR_HABIT = /\b(?:rob|robbed|robbing|steal|stole|stolen|stealing|nick|nicked|nicking|scam|scammed|scamming|con|conned|mug|mugged|cheat|cheated|lie|lied|lying|sponge|sponging|scrounge|scrounging|breed|breeding)\b.*\bthat (?:is|s) (?:just )?what (?:they|those people|them lot|their lot|these people) do\b/;

export function crimeAsHabit(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('what') || !w.includes('do') || !THEIR_HABIT.test(w.join(' ')) || condemned(w)) return null;
  const here = groups.find((x) => !x.pronoun);
  // (the crime's doer is "they" when the group was named before: "Magpies steal anything shiny, that's what they do" is birds)
  const theyDid = w.slice(0, Math.max(0, w.lastIndexOf('what') - 3)).some((x) => x === 'they' || x === 'them');
  const g = here ?? (theyDid ? prev.groups().find((x) => !x.pronoun) : undefined);
  if (!g) return null;
  const at = Math.max(0, w.lastIndexOf('what') - 2);
  return hit(at, w.length - 1, groups.includes(g) ? g : { ...g, from: at, to: at, pronoun: true }, 'stereotype', "a crime called the group's habit ('that's what they do')");
}

/** "I'll rent the flat to anyone. Well, anyone except a [member]." */
const ANYONE_EXCEPT = /\b(?:anyone|anybody|everyone|everybody) (?:but|except|apart from|other than|except for|bar) (?:a |an |the |any )?GRP\b/;
const OFFERS = new Set(['rent', 'hire', 'let', 'serve', 'date', 'marry', 'employ', 'trust', 'sell', 'welcome', 'help', 'invite', 'lend', 'work', 'house', 'sit']);

export function anyoneExcept(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('except') && !w.includes('but') && !w.includes('apart') && !w.includes('bar')) return null;
  const g = groups.find((x) => !x.pronoun) ?? member(tokens, w, groups);
  if (!g || condemned(w) || writerIsMember(w, g)) return null;
  const m = ANYONE_EXCEPT.exec(markMember(w, g).text);
  if (!m) return null;
  // (an offer made to anyone, here or in the sentence before: renting, hiring, serving, trusting)
  if (!w.some((x) => OFFERS.has(x)) && !prev.words().some((x) => OFFERS.has(x))) return null;
  return hit(g.from, g.to, g, 'exclusion', "an offer to anyone, except a member of the group");
}

/** "Black people? Subhuman trash.": the verdict given to a group named alone as a question just before. */
export function verdictOnNamed(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const words = w.filter((x) => !['.', '!', '?', ','].includes(x));
  if (groups.some((g) => !g.pronoun) || words.length === 0 || words.length > 4) return null;
  const name = words.find((x) => DEHUMANISING.has(x) || (INSULT_NOUNS.has(x) && !['joke', 'jokes'].includes(x)) || x === 'subhuman');
  if (!name || words.some((x) => ['not', 'no', 'never', 'love', 'heroes', 'legends'].includes(x))) return null;
  const pw = prev.words();
  const g = prev.groups().find((x) => !x.pronoun);
  if (!g || pw[pw.length - 1] !== '?' || pw.length > g.to - g.from + 3) return null;
  return hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, DEHUMANISING.has(name) || name === 'subhuman' ? 'dehumanising' : 'derogation', `the verdict '${name}' given to a group named alone just before`);
}

/** "Of course they hired a [member]. Had to fill a quota somehow.": the hire in the sentence before called a quota filled. */
const QUOTA_AFTER = /\b(?:fill|filled|filling|meet|met|meeting|tick|ticked|ticking|hit|hitting) (?:a |the |their |some |that )?(?:quota|quotas|box|boxes|diversity target|diversity targets|target)\b/;

export function quotaAfter(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (groups.some((g) => !g.pronoun) || !w.some((x) => x === 'quota' || x === 'quotas' || x === 'box' || x === 'boxes' || x === 'target' || x === 'targets') || !QUOTA_AFTER.test(w.join(' ')) || condemned(w)) return null;
  const pw = prev.words();
  if (!pw.some((x) => ['hired', 'hire', 'promoted', 'appointed', 'picked', 'chose', 'cast', 'elected', 'employed', 'recruited'].includes(x)) || condemned(pw)) return null;
  const g = prev.groups().find((x) => !x.pronoun);
  return g ? hit(0, w.length - 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', 'a hire in the sentence before called a quota filled') : null;
}
