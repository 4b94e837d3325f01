/**
 * Round 31: shapes a new author's HateCheck-style set (hca: their own wording, read after its first score) used and
 * the readers missed, each read on the sentence with the group's name (or a pronoun standing for it) as GRP:
 * - a rhetorical "what have [group] ever brought us except bombs?";
 * - "[group] never have anything useful to say";
 * - "no [member] has ever put a penny into this country";
 * - "they blow up / poison everything they touch";
 * - "they would only damage the kids";
 * - "they want to take over and impose sharia";
 * - "they've turned it into a ghetto";
 * - "[group] should never be given citizenship / the vote";
 * - the sight of the group doing something ordinary called disgusting ("seeing two gay men holding hands is
 *   disgusting");
 * - a lobby or a cabal named by an identity that controls the government.
 * Each stands down when the sentence condemns or reports the remark, or when the writer counts themself in the group.
 */
import { findGroupPronouns, hasGroupPronoun, identityAt, type GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import type { Attack, AttackKind } from '../predicate';
import type { Token } from '../tokens';
import { condemned, namedOrMember } from './implicit-readers';
import { hit, markMember, writerIsMember, type Neighbour, type Words } from './shared';
import { ROUND33_DEVICES } from './round33-readers';
import { ROUND34_DEVICES } from './round34-readers';

export interface Device {
  re: RegExp;
  what: string;
  kind: AttackKind;
  /** one of these words must be in the sentence for the pattern to be tried */
  cues: readonly string[];
  /** read with a pronoun standing for a group named before ("they've turned it into a ghetto") */
  pronoun?: boolean;
  /** the device's own word condemns ("... is disgusting"): only a report or a word for bigotry stands it down */
  ownVerdict?: boolean;
  /** words in the sentence that give the shape an ordinary reading */
  unless?: RegExp;
}

const DET = '(?:the |those |these |a |an |all |most |some |our |local |any )?';
/** What "except ..." leaves a group to have brought: harm only ("except great food" is praise, however grudging). */
const HARMS = '(?:bombs?|bombings|crime|crimes|terror|terrorism|trouble|problems|disease|diseases|drugs|violence|debt|misery|chaos|rape|rapes|knife crime|knives|stabbings|gangs|poverty|filth|dirt|noise|litter|hate|hatred|grief|benefit claims|scrounging|sharia|grooming gangs|crack)';

const ROUND31_DEVICES: readonly Device[] = [
  {
    // "what exactly have Muslims brought to this country except bombs?", "what have immigrants ever done for us apart from crime?"
    re: new RegExp(String.raw`\bwhat (?:exactly |actually |really )?(?:have|has|did|do|does) ${DET}GRP (?:ever |actually |really )?(?:brought|bring|done|do|given|give|contributed|contribute|offered|offer|added|add)\b(?: \S+){0,5}? (?:except|apart from|other than|besides|but|beyond) (?:\S+ ){0,2}?${HARMS}\b`),
    what: 'a rhetorical question that leaves the group nothing but harm',
    kind: 'negated-positive',
    cues: ['except', 'apart', 'other', 'besides', 'but', 'beyond'],
  },
  {
    // "old people never have anything useful to say", "women have nothing intelligent to add"
    re: new RegExp(String.raw`\b${DET}GRP (?:\S+ )?(?:never (?:have|has|had) anything|(?:have|has) nothing|do not have anything|dont have anything|don t have anything) (?:useful|intelligent|worthwhile|interesting|smart|sensible|valuable|important|meaningful|of value|of worth|worth hearing|good) to (?:say|offer|contribute|add|bring)\b`),
    what: 'the group said never to have anything worth saying',
    kind: 'negated-positive',
    cues: ['anything', 'nothing'],
  },
  {
    // "no Somali has ever put a penny into this country", "not one of them has paid a cent in tax"
    re: new RegExp(String.raw`\b(?:no|not one|not a single|not one single) GRP (?:has|have) ever (?:put|paid|contributed|given) (?:a |one |a single |one single )?(?:penny|cent|dime|pound|dollar|thing|anything)\b`),
    what: 'the group said never to have contributed',
    kind: 'negated-positive',
    cues: ['ever'],
  },
  {
    // "Muslims say Islam is peaceful but they blow up everything they touch"
    re: /\bGRP (?:\S+ ){0,3}?(?:blow up|blows up|bomb|bombs|destroy|destroys|wreck|wrecks|trash|trashes|poison|poisons|infect|infects|contaminate|contaminates|taint|taints|spoil|spoils|burn down|burns down|ruin|ruins|rot|rots|corrupt|corrupts) everything (?:they|he|she) (?:touch|touches|get their hands on|gets his hands on|come near)\b/,
    what: 'the group said to ruin everything it touches',
    kind: 'stereotype',
    cues: ['everything'],
    pronoun: true,
  },
  {
    // "gay couples want to adopt, but they would only damage the kids"
    re: /\bGRP (?:would|will|could|can) (?:only |just |definitely |obviously )?(?:damage|harm|hurt|ruin|screw up|mess up|corrupt|confuse|abuse|traumatise|traumatize|groom|warp|pervert) (?:the |their |those |these |our |any |a )?(?:kids|children|child|baby|babies|kid)\b/,
    what: 'the group said to harm children in its care',
    kind: 'stereotype',
    cues: ['kids', 'children', 'child', 'baby', 'babies', 'kid'],
    pronoun: true,
  },
  {
    // "they want to take over and impose sharia", "Jews are trying to replace us"
    re: /\bGRP (?:\S+ ){0,2}?(?:want|wants|plan|plans|are trying|is trying|are planning|intend|intends|are out|re out|are going|re going|are scheming|scheme) to (?:take over(?! the (?:lease|shop|business|lead|shift|role|running|account|company|club|team|stall|franchise))|replace us|replace white|outbreed us|outbreed|convert us|convert everyone|impose sharia|impose their (?:religion|law|laws|culture|faith)|islamise|islamize|enslave us)\b/,
    what: 'a takeover plot pinned on the group',
    kind: 'stereotype',
    cues: ['take', 'replace', 'outbreed', 'convert', 'impose', 'islamise', 'islamize', 'enslave'],
    pronoun: true,
  },
  {
    // "black families moved onto our street. Now they've turned it into a ghetto"
    re: /\bGRP (?:have |has |ve |s |had |d |will |ll )?(?:\S+ )?(?:turned|turn|turning|made|make|making) (?:it|this place|the place|the street|our street|the area|our area|the neighbourhood|our neighbourhood|the neighborhood|our neighborhood|this town|the town|our town|this city|the city|this country|the estate|our estate|the block|our block|the school|our school) (?:into )?(?:a |an )?(?:ghetto|slum|dump|shithole|war zone|warzone|third world|third world country|cesspit|cesspool|tip|no go zone|no go area|hellhole|sewer)\b/,
    what: 'a place said to be ruined by the group',
    kind: 'stereotype',
    cues: ['ghetto', 'slum', 'dump', 'shithole', 'war', 'warzone', 'third', 'cesspit', 'cesspool', 'tip', 'no', 'hellhole', 'sewer'],
    pronoun: true,
  },
  {
    // "immigrants should never be given citizenship, no matter how long they've lived here"
    re: new RegExp(String.raw`\b${DET}GRP (?:should|must|shall|ought to) (?:never|not|n t|nt) (?:ever )?be (?:given|granted|handed|allowed|offered) (?:citizenship|the vote|a vote|the right to vote|passports?|asylum|custody|visas?|residency|rights|equal rights|a platform|a voice|council houses|benefits)\b`),
    what: 'the group refused citizenship or rights',
    kind: 'exclusion',
    cues: ['given', 'granted', 'handed', 'allowed', 'offered'],
  },
  {
    // "seeing two gay men holding hands is disgusting", "watching a woman preach is just wrong"
    re: new RegExp(String.raw`\b(?:seeing|watching|the sight of) (?:two |a |an |some |those |these |the )?GRP (?!(?:\S+ ){0,5}?(?:being|get|gets|getting|treated|denied|mocked|bullied|harassed|attacked|beaten|abused|excluded|ignored|struggle|struggling|suffer|suffering|begging|alone|hungry|homeless|turned|left|sleeping|hurt|cry|crying|killed|die|dying))(?:\S+ ){1,5}?(?:is|was|s) (?:just |so |absolutely |frankly |honestly |genuinely |really )?(?:disgusting|gross|revolting|repulsive|nauseating|vile|unnatural|sick|wrong|perverted|obscene)\b`),
    what: 'the group seen living its life called disgusting',
    kind: 'stereotype',
    cues: ['seeing', 'watching', 'sight'],
    ownVerdict: true,
  },
  // ---- functional-style shapes (hcg, a read set): where the group belongs, what it is only good for, what it cannot be
  // trusted with, how it ruins places, gratitude demanded, better before, backhanded praise, rhetorical doubt, likened to
  // things, suspicion, and the group as a problem to be managed ----
  {
    // "[group] would be happier back in their own part of the city", "[group] belong in care homes", "keep to their own bars"
    re: new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,3}?(?:would (?:honestly |really |probably |all )?be (?:happier|better off)|belong|should (?:stay|keep|stick)|need to (?:stay|keep|stick)|are better off) (?:back )?(?:in|at|with|to) (?:their own (?:part|parts|side|area|areas|street|streets|bars|neighbourhoods?|neighborhoods?|kind|countries|country|communities|schools|people)|home|the kitchen|care homes|homes|institutions|their (?:own )?countries|where they came from)\b`),
    what: 'the group told where it belongs',
    kind: 'exclusion',
    cues: ['happier', 'better', 'belong', 'stay', 'keep', 'stick'],
    // ("old people should stay at home during the heatwave": care, not a place assigned)
    unless: /\b(?:heatwave|heat|storm|covid|flu|virus|sick|ill|safe|safety|weather|snow|ice|icy|cold|warm|rest|recover|until|during|if they)\b/,
  },
  {
    // "as long as they do it somewhere my kids will never see them", "plenty of countries where they can do that"
    re: /\b(?:as long as|so long as|provided) (?:they|he|she) (?:\S+ ){0,4}?(?:somewhere|where) (?:\S+ ){0,3}?(?:will never|never|won t|can t|cannot|do not|don t) see\b|\bplenty of (?:other )?(?:countries|places) where (?:they|he|she) can\b|\b(?:have|has|got) (?:their|its) own country\b.*\bwhy (?:are|is) (?:they|he|she) still here\b|\bon the first (?:bus|boat|plane|flight|train) back\b/,
    what: 'the group wanted out of sight or sent away',
    kind: 'exclusion',
    cues: ['long', 'provided', 'plenty', 'country', 'first'],
    pronoun: true,
  },
  {
    // "[group] are only useful when you need someone to fix your laptop", "the only role a [member] can fill is ..."
    re: new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,2}?(?:are|is) only (?:useful|good|worth (?:\S+ ){0,2}?|valuable|fit|needed|wanted) (?:for|when|if|as|in)\b|\bthe only (?:role|job|use|purpose|thing) (?:a |an )?GRP (?:can |could |will )?(?:really |ever )?(?:fill|do|serve|be good for|is good for|has)\b|\bGRP (?:\S+ ){0,2}?exists? (?:mainly |only |just |purely )to\b|\bGRP (?:\S+ ){0,2}?(?:is|are) (?:great|good|handy|useful|fine) if you need (?:someone|somebody) to\b(?: \S+){0,8}? but\b`),
    what: 'the group reduced to a use',
    kind: 'stereotype',
    cues: ['only', 'exist', 'exists', 'need'],
  },
  {
    // "would you leave a [member] alone with your children?", "the last place you'd want a [member] working"
    re: new RegExp(String.raw`\bwould (?:you|anyone|any (?:sensible |sane |normal )?\S+) (?:really |actually |honestly |ever )?(?:leave|let|want|hire|allow) (?:a |an |any )?GRP (?:\S+ ){0,3}?(?:alone with|near your|around your|supervise|flying|fly|operate|operating|look after your|looking after your|in charge of)\b|\bthe last (?:place|job|person|thing) (?:you d|you would|anyone would|i d|i would) (?:want|hire|put|trust) (?:a |an )?GRP\b|\bcan not (?:hand|give|trust) (?:a |an |any )?GRP\b`),
    what: 'the group said not to be trusted',
    kind: 'stereotype',
    cues: ['would', 'last', 'hand', 'give', 'trust'],
  },
  {
    // "ever since [group] were let in, women's sport has stopped meaning anything", "once the [group] arrive, the pubs close"
    re: new RegExp(String.raw`\b(?:since|ever since|once|after|when) ${DET}GRP (?:\S+ ){0,4}?(?:arrived|arrive|moved in|move in|came|come|were let in|were allowed in(?:to)?|took over|bought|started|joined|got in|were bussed in|were forced on|retire to|retired to)\b(?: \S+){0,12}? (?:slipped|declined|gone downhill|went downhill|stopped meaning|lost (?:its|their|all)|pubs close|pubs closed|nobody (?:walks|goes|feels|dares)|went to pot|got worse|turned into a (?:waiting room|ghetto|slum|dump|no go))\b|\b(?:took in|let in|moved in|housed) ${DET}GRP\b(?: \S+){0,6}? (?:and )?now (?:nobody|no one|everyone|we|the|our) (?:\S+ ){0,3}?(?:walks|goes|feels|locks|dares|afraid|scared)\b|\bGRP (?:have|has) (?:taken over|bought up) (?:\S+ ){0,5}?(?:lost (?:its|their)|ruined|gone downhill)\b|\b(?:went downhill|declined|gone downhill) (?:once|since|after|when) ${DET}GRP\b`),
    what: 'a place or an institution said to be ruined by the group',
    kind: 'stereotype',
    cues: ['since', 'once', 'after', 'when', 'took', 'let', 'moved', 'housed', 'taken', 'bought', 'downhill', 'declined'],
  },
  {
    // "[group] ought to keep their heads down and be grateful", "should be happy with that", "should sit quietly"
    re: new RegExp(String.raw`\b${DET}GRP (?:\S+ ){0,6}?(?:should|ought to|need to|must|had better|d better|would be wise (?:not )?to|d be wise (?:not )?to) (?:just |all |really |simply )?(?:keep their heads down|be grateful|be thankful|be happy with|be content with|sit (?:down and be )?quiet(?:ly)?|stay quiet|stop demanding|stop asking for|stop going on about|stop reminding|remember who gave them|know their place|not push their luck|stop complaining|shut up about)\b|\bGRP (?:\S+ ){0,6}?(?:be |d be |would be )?wise not to push (?:their|his|her) luck\b`),
    what: 'gratitude or silence demanded of the group',
    kind: 'exclusion',
    cues: ['keep', 'grateful', 'thankful', 'happy', 'content', 'sit', 'quiet', 'stop', 'remember', 'know', 'push'],
    // ("refugees should be grateful to nobody, they have rights")
    unless: /\b(?:rights|nobody|no one|not have to|shouldn t have to|should not have to|never have to)\b/,
  },
  {
    // "the schools were excellent until the [group] kids started being bussed in", "before the [group] arrived, nobody locked doors"
    re: new RegExp(String.raw`\b(?:was|were|used to be|ran|felt|looked) (?:so |much |far |a lot )?(?:nicer|better|simpler|safer|excellent|fine|quieter|cleaner|smoother|more smoothly|great|lovely|peaceful)\b(?: \S+){0,4}? (?:before|until) ${DET}GRP (?:\S+ ){0,3}?(?:arrived|came|moved in|started (?:coming|moving|arriving|being bussed)|were bussed in|bought|took over|turned up|showed up|got here|were let in)\b|\b(?:before|until) ${DET}GRP (?:\S+ ){0,4}?(?:arrived|came|moved in|started|were bussed|bought|took over|turned up)\b(?: \S+){0,4}? (?:nobody|no one|everyone|we) (?:here )?(?:bothered|needed|had to|locked|felt)\b|\bwhen nobody had (?:heard of|seen) GRP\b|\bbefore the GRP\b(?: \S+){0,2}?$`),
    what: 'the past called better before the group',
    kind: 'stereotype',
    cues: ['before', 'until', 'nobody'],
  },
  {
    // "surprisingly well spoken for a [member]", "nothing like the other [group]", "say what you like about [group], they ..."
    re: new RegExp(String.raw`\b(?:surprisingly|remarkably|impressively|unusually|shockingly|very|so|quite) (?:well spoken|articulate|clean|smart|bright|honest|hard working|hardworking|polite|intelligent|capable|original|normal) (?:\S+ ){0,2}?(?:for|considering) (?:a |an |one of |where )?(?:\S+ ){0,2}?GRP\b|\bnothing like (?:the )?other GRP\b|\bsay what you (?:like|will|want) about ${DET}GRP ,? (?:they|he|she)\b|\bimpressive that (?:a |an )?GRP\b`),
    what: 'backhanded praise of a member against the group',
    kind: 'stereotype',
    cues: ['surprisingly', 'remarkably', 'impressively', 'unusually', 'shockingly', 'very', 'so', 'quite', 'nothing', 'say', 'impressive'],
  },
  {
    // "how many [group] have to move in before this neighbourhood stops being ours?", "when did a [group] country last invent anything?"
    re: new RegExp(String.raw`\bhow many ${DET}GRP (?:have to|need to|will it take to|must) (?:move in|arrive|come)\b|\bwhen did (?:a |an |any )?GRP (?:\S+ )?last (?:invent|create|build|achieve|produce)\b|\bwhy (?:do you think )?(?:it s|it is) always GRP\b|\bwhy do GRP (?:\S+ )?always end up\b|\bwho would (?:actually |really |ever )?(?:choose|want) to be raised by\b|\bwhat exactly (?:is|are|can|could) (?:a |an )?GRP (?:going to |gonna )?(?:add|bring|contribute|offer)\b`),
    what: 'a rhetorical question that doubts the group',
    kind: 'negated-positive',
    cues: ['many', 'last', 'always', 'raised', 'exactly'],
  },
  {
    // "[group] are basically tools", "closer to machines than to people", "a few rungs below the rest of us"
    re: new RegExp(String.raw`\b${DET}GRP (?:are|is) (?:basically |just |little more than |nothing more than |more )?(?:tools|objects|cargo|machines|robots|furniture|property|livestock|experiments?|science experiments?)\b|\bGRP (?:are|is) (?:\S+ ){0,2}?closer to (?:machines|animals|robots|objects) than\b|\bGRP (?:are|is) (?:\S+ ){0,2}?(?:a few |several |many )?rungs below\b|\bGRP (?:are not|aren t|arent) individuals\b|\bmore (?:\S+ ){0,2}?than (?:a )?person\b`),
    what: 'the group likened to things',
    kind: 'dehumanising',
    cues: ['tools', 'objects', 'cargo', 'machines', 'robots', 'furniture', 'property', 'livestock', 'experiment', 'experiments', 'closer', 'rungs', 'individuals', 'person'],
  },
  {
    // "a plan for stopping the [group] from overwhelming the town", "a cap on how many [group] are allowed to live there",
    // "figure out what to do about its [group]", "keep the number of [members] small"
    re: new RegExp(String.raw`\b(?:plan|strategy|system|policy|cap|limit|quota) (?:for|to|on) (?:\S+ ){0,3}?(?:(?:stopping|stop) ${DET}GRP from|(?:tracking|track) ${DET}GRP|how many ${DET}GRP (?:are|we|can|should|to|live|come|arrive|get|move|may|will))\b|\b(?:what to do|what we do|what should be done) (?:about|with) (?:its |our |the |all these |these )?GRP\b|\b(?:keep|keeping) the (?:number|numbers) of ${DET}GRP (?:small|low|down)\b|\blimit how many ${DET}GRP\b|\b(?:the )?GRP (?:issue|question|problem) (?:needs to be|has to be|must be) (?:dealt with|solved|handled|sorted)\b|\bhow to bring (?:their|the) numbers down\b`),
    what: 'the group treated as a problem to be managed',
    kind: 'exclusion',
    cues: ['plan', 'strategy', 'system', 'policy', 'cap', 'limit', 'quota', 'what', 'keep', 'keeping', 'issue', 'question', 'problem', 'numbers'],
  },
];

/** Round 31's devices and the ones later rounds added in the same form (round33-readers.ts, round34-readers.ts). */
const DEVICES: readonly Device[] = [...ROUND31_DEVICES, ...ROUND33_DEVICES, ...ROUND34_DEVICES];

/** "the Jewish lobby controls the government": a cabal named by an identity, said to rule. */
const CABAL = /\b(?:jewish|zionist|muslim|islamic|gay|lgbt|black|chinese) (?:lobby|cabal|elite|elites|bankers|money|interests|mafia|agenda) (?:\S+ ){0,2}?(?:controls|control|runs|run|owns|own|rules|rule|dominates|dominate|is behind|are behind|pulls the strings|pull the strings|secretly)\b/;

/** Words for bigotry and for a report: they stand down even a device whose own verdict is "disgusting". */
const BIGOTRY_OR_REPORT = new Set(['racist', 'racism', 'sexist', 'sexism', 'homophobic', 'homophobia', 'transphobic', 'transphobia', 'ableist', 'ageist', 'bigoted', 'bigotry', 'bigot', 'bigots', 'said', 'says', 'told', 'heard', 'overheard', 'claim', 'claims', 'claimed', 'apparently', 'reported', 'report', 'wrote', 'posted', 'tweeted', 'comment', 'comments']);
const CABAL_WORDS = ['lobby', 'cabal', 'elite', 'elites', 'bankers', 'money', 'interests', 'mafia', 'agenda'];
/** Words that name the cabal as a myth being discussed ("the antisemitic trope that a Jewish cabal runs the banks"). */
const NAMED_AS_TROPE = new Set(['myth', 'myths', 'conspiracy', 'conspiracies', 'trope', 'tropes', 'antisemitic', 'antisemitism', 'theory', 'theories', 'debunked', 'claim', 'claims']);

export function round31Devices(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  // (this runs on every sentence the insinuation frames read: the cue words first, the scans for condemnation only then)
  const present = new Set(w);
  const cued = DEVICES.filter((d) => d.cues.some((c) => present.has(c)));
  const cabal = CABAL_WORDS.some((x) => present.has(x));
  if (!cued.length && !cabal) return null;
  const condemning = condemned(w);
  const reported = w.some((x) => BIGOTRY_OR_REPORT.has(x));
  const devices = cued.filter((d) => (d.ownVerdict ? !reported : !condemning));
  if (cabal && !condemning && !w.some((x) => NAMED_AS_TROPE.has(x))) {
    const text = w.join(' ');
    const m = CABAL.exec(text);
    const at = m ? text.slice(0, m.index).split(' ').length - 1 : -1;
    const g = at >= 0 ? identityAt(tokens, groups, at) : null;
    if (m && g) return hit(at, at + m[0].split(' ').length - 1, g, 'stereotype', 'a cabal named by an identity said to rule');
  }
  if (!devices.length) return null;
  // (most sentences that reach this reader name no identity: then only a pronoun for a group named before can be read,
  // and only by the devices that take one)
  const identity = groups.some((g) => !g.pronoun) || w.some((x) => identityAdjective(x) !== undefined);
  const pronounDevices = devices.some((d) => d.pronoun) && hasGroupPronoun(tokens);
  if (!identity && !pronounDevices) return null;
  const named = identity ? namedOrMember(tokens, w, groups) : [];
  // ("... but they blow up everything they touch", "Now they've turned it into a ghetto": a pronoun for the group, read
  // only when a device that takes one is cued; the sentence before is read for it only then)
  const pronouns = pronounDevices ? findGroupPronouns(tokens, groups, prev.groups()) : [];
  for (const g of [...named, ...pronouns]) {
    if (writerIsMember(w, g)) continue;
    const marked = markMember(w, g);
    for (const d of devices) {
      if (g.pronoun && !d.pronoun) continue;
      const m = d.re.exec(marked.text);
      if (!m || d.unless?.test(marked.text)) continue;
      const [from, to] = marked.span(m);
      return hit(from, to, g, d.kind, d.what);
    }
  }
  return null;
}
