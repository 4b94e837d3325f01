/**
 * The last reading of a threat to a protected group, after the verb grammar (threat.ts), its shapes (threat-shapes.ts)
 * and the scored cues (threat-scored.ts) found nothing: a violent act with the group as the one it is done to, and the
 * writer's stance towards it - intent ("I'm going to ..."), a call ("someone should ...", "string up every ..."), a wish
 * or delight ("would be great if ...", "can't wait for the day ..."), praise of an attack done, or a warning said to the
 * group ("you [group] ... leave in body bags").
 *
 * New authors' threats (held-out template sets) were missed more often than caught, each in a phrasing of its own; this
 * reader trades the exact shape for three things that must all stand in the sentence: the act, the group as its object
 * or its passive subject, and the stance. It stands down wherever the sentence condemns, reports, quotes, remembers or
 * plays (news, history, films, games, "people who say ..."), and where the stance is negated ("nobody should ...").
 *
 * Pure: no browser imports. Read on the sentence's words joined by single spaces, the group's words replaced by GRP.
 */
import type { GroupMention } from './find-groups';
import type { Token } from './tokens';

/** Violent acts in the active voice, as said after a stance ("going to kill", "should string up"). */
const ACT = String.raw`(?:kill|killing|kills|murder|murdering|shoot|shooting|stab|stabbing|knife|knifing|gas|gassing|hang|hanging|lynch|lynching|string up|stringing up|burn|burning|torch|torching|firebomb|firebombing|petrol bomb|bomb|bombing|blow up|blowing up|nuke|nuking|exterminate|exterminating|eradicate|eradicating|wipe out|wiping out|slaughter|slaughtering|massacre|massacring|behead|beheading|execute|executing|run over|running over|mow down|mowing down|drown|drowning|poison|poisoning|beat up|beating up|batter|battering|curb stomp|curbstomp|strangle|strangling|butcher|butchering|torture|torturing|maim|maiming|hunt down|hunting down|round up|rounding up|put down|putting down|cull|culling|gun down|gunning down|set fire to|setting fire to|throw acid (?:on|at|over|in the face of|in the faces of)|throwing acid (?:on|at|over|in the face of|in the faces of)|put a bullet in|putting a bullet in|put bullets in|break every bone in|smash the skulls? of|cave in the skulls? of|kick the shit out of|kicking the shit out of|beat the shit out of|beating the shit out of|skin|skinning|glass|glassing|deck|decking|stamp on|stamping on|set (?:the )?dogs on|open fire on|opening fire on|start shooting at|start stabbing)`;
/** The acts as orders, in the plain form. */
const ORDER = String.raw`(?:kill|murder|shoot|stab|gas|hang|lynch|string up|burn|torch|firebomb|bomb|nuke|exterminate|eradicate|wipe out|slaughter|massacre|behead|execute|run over|mow down|drown|poison|beat up|round up|put down|cull|gun down|set fire to|hunt down|throw acid (?:on|at|over|in the face of))`;
/** The same acts as done to someone ("should be gassed", "get rounded up"). */
const DONE = String.raw`(?:killed|murdered|shot|stabbed|knifed|gassed|hanged|hung|strung up|lynched|burned|burnt|burned alive|burnt alive|torched|firebombed|bombed|blown up|nuked|exterminated|eradicated|wiped out|wiped off the map|wiped off the face of the earth|slaughtered|massacred|beheaded|executed|run over|mown down|mowed down|drowned|poisoned|beaten|beaten up|beaten to death|battered|kicked to death|curb stomped|strangled|butchered|tortured|maimed|hunted down|hunted|rounded up|put down|culled|purged|gunned down|set on fire|set alight|shot on sight|put in the ground|put up against a wall|lined up and shot|sterilised|sterilized|thrown off (?:a |the )?(?:roof|bridge|cliff)s?|pushed (?:onto|under|in front of) (?:the |a )?(?:tracks|train|bus|tube)|knocked off the road|knocked off their bikes|shoved under (?:a |the )?(?:\S+ )?(?:train|bus|tube|lorry)|thrown in the canal|thrown in the river|sorted out|dealt with properly|taken out|chased out of town|stoned|stoned to death|beaten half to death|guillotined|hanging from (?:a |the )?(?:lamp ?posts?|lampposts?|trees?|the nearest tree|a rope|the gallows)|swinging from (?:a |the )?(?:rope|lamp ?posts?|lampposts?|trees?|gallows)|dragged (?:\S+ ){0,4}?and (?:beaten|shot|hanged|hung|lynched|stoned|strung up)|tarred and feathered|tarred|castrated|driven over|strung from (?:a |the )?(?:lamp ?posts?|lampposts?|trees?)|dragged behind (?:a |their |his |her )?(?:own )?(?:car|cars|truck|horse)|chucked off|pushed off|thrown off the top of|beaten within an inch of (?:their|his|her) li(?:fe|ves)|first up against (?:a|the) wall|up against (?:a|the) wall|given a (?:good |proper )?(?:hiding|kicking|beating|thrashing)|hosed down and (?:then )?given a (?:good |proper )?(?:hiding|kicking|beating)|locked in (?:one|a hot car|a cage|a burning)|rammed off the road|kneecapped|lined up against (?:a|the) wall|put against (?:a|the) wall|taken out (?:back )?and shot)`;
/** Past attacks, praised or mourned too little. */
const DID = String.raw`(?:killed|shot|stabbed|firebombed|bombed|torched|burned|burnt|attacked|beat up|battered|kicked in|glassed|smashed|ran over|run over|drove into|shot up|gassed|lynched|hanged|set fire to|blew up|bottled|decked|jumped|knifed|chucked acid at|threw acid at|threw acid on|chucked acid on|beat to death|kicked to death)`;
/** Harm that befalls, said of the group as its subject ("watching [group] burn alive", "a bus full of [group] drove off a cliff"). */
const BEFALL = String.raw`(?:hang(?! up| out| around| about| on| with)|hanging(?! up| out| around| about| on| with)|swing|swinging|scream|screaming|bleed out|burns|burn in|burned in|burnt in|six feet under|in the ground|dead and buried|gone for good|wiped out|dies|burn alive|burning alive|burn to death|die|dying|died|drown|drowning|drove off a cliff|went off a cliff|go off a cliff|go up in flames|went up in flames|disappear|disappeared|disappearing|choke|choking|bleed|bleeding|suffer|suffering|starve|starving|rot|rotting|set on fire|set alight|strung up|lynched|got (?:hit by a (?:bus|train|truck|car)|pushed (?:onto|under|in front of) (?:the |a )?(?:tracks|train|bus|tube)))`;

/**
 * Round 32: harm that a wish or a call names in plainer words than DONE's ("I hope [group] get attacked", "the sooner
 * [group] are trampled, the better"). These words also report harm ("[group] were attacked last night"), so only the
 * patterns that need a wish, a call or "should be" before them read them.
 */
const DONE_PLAIN = String.raw`(?:attacked|assaulted|punched|kicked(?! out| off| around| about| upstairs| into touch)|trampled|trampled to death|crushed to death|hurt(?! by| in the| on the| when)|injured|raped|mutilated|whipped(?! up| into| cream)|flogged|starved(?! of| for)|starved to death|bashed|maimed|disfigured|blinded|bludgeoned|crucified|scalped|skinned alive|slapped|smacked|thumped|headbutted|set upon|knocked down|knocked over|knocked unconscious|stamped on|stomped on|dragged (?:out of|from) (?:their|your|his|her) (?:homes?|houses?|beds?|cars?)|(?:their|his|her) (?:throats?|heads?|faces?|skulls?|legs|arms|hands|necks?|kneecaps|teeth|bones) (?:cut|slit|slashed|smashed in|smashed|kicked in|caved in|blown off|chopped off|cut off|broken|snapped|stamped on))`;
/** The same acts as done by the writer or by those called on ("someone should attack ..."). */
const ACT_PLAIN = String.raw`(?:attack|attacking|assault|assaulting|punch|punching|trample|trampling|rape|raping|mutilate|mutilating|whip|whipping|flog|flogging|maim|maiming|bash|bashing|slap|slapping|thump|thumping|headbutt|headbutting|hurt|hurting|injure|injuring|bludgeon|crucify|scalp|disfigure|kick the (?:shit|crap|hell|life) out of|kicking the (?:shit|crap|hell|life) out of)`;
/** A wish, a wanting or a call, strictly: what must stand before DONE_PLAIN ("may" and "shame" are too often fear and pity). */
const WANT = String.raw`(?:i (?:really |truly |honestly |sincerely )?hope|hoping|here s hoping|heres hoping|lets hope|let s hope|let us hope|i (?:really )?pray|i am praying|im praying|i m praying|pray that|i (?:really )?want|we want|i wish|i d love to see|id love to see|i would love to see|d love to see|would love to see|love to see|love seeing|would love it if|d love it if|would be (?:great|nice|good|lovely|brilliant|amazing|fantastic|hilarious|funny|a treat|a blessing|a mercy) if|d be (?:great|nice|good|lovely|brilliant|funny|a blessing) if|the sooner|can not wait (?:for|till|until|to see)|cant wait (?:for|till|until|to see)|looking forward to seeing|fingers crossed|(?:i|we) (?:will|ll) make sure|(?:i|we) am going to make sure|(?:i|we) re going to make sure|i m going to make sure|im going to make sure)`;

/** What may stand between an act and the group it is done to: quantifiers, articles, places and kin of theirs. */
const FILL = String.raw`(?:(?:all|every|each|any|the|those|these|that|this|some|a|an|few|of|them|last|one|single|first|next|whole|group|bunch|lot|load|gang|crowd|bus|coach|van|full|on|in|at|to|face|faces|house|houses|home|homes|family|families|kids|children|street|road|estate|block|local|nearest|filthy|dirty|bloody|fucking|stinking|damn)\s)*`;

/** What may stand between the group and what it is said to deserve: a clause saying which of them ("every banker who signed
 * off on the bailouts ...") or a few words ("[group] on my estate ..."). */
const WHICH_OF_THEM = String.raw`(?:(?:who|that) (?:\S+ ){1,10}?|(?:\S+ ){0,3}?)`;

/** The writer's stance before an act: intent, a call, a wish. */
const STANCE = String.raw`(?:\bi say we|\b(?:we|i) ?'?d (?:gladly|happily|love to|like to|all|just)|\bi (?:will|would|am going to|am gonna|m gonna|shall|swear i will|swear i ll|am about to|want to|wanna|am gonna go|plan to|intend to)|\bwe (?:will|would|are going to|are gonna|shall|should|need to|must|ought to|have to|gotta)|\bgonna|\bgoing to|\bwanna|\bwould (?:love|like) to|\bd (?:love|like) to|\bcan not wait to|\bcant wait to|\blets|\blet us|\btime to|\btime we|\bsomeone (?:should|needs to|has to|ought to|must|gotta|better)|\bsomebody (?:should|needs to|has to|ought to|must|gotta|better)|\beveryone (?:should|needs to|must)|\bpeople (?:should|need to|must)|\byou (?:should|need to|must)|\bwish (?:someone|somebody|they|we|people|i could|i could just)(?: would)?|\bhope (?:someone|somebody|they|we)(?: \w+)?|\bwhy (?:has|have) (?:not|nobody|no one) ?(?:anyone|anybody|we|they|someone)?(?: yet)?|\bwhy (?:hasnt|havent) (?:anyone|anybody|we|they|someone)|\bshould(?: just| all| really| finally)?|\bmust)`;

/** A wish or delight before the group's harm. */
const WISH = String.raw`(?:seeing|please me|pleases me|pleased|peaceful|quieter|nicer|cleaner|safer|great|good|nice|funny|hilarious|amazing|fantastic|brilliant|better|best|happier|happy|glad|love to see|love watching|like to see|enjoy|enjoyed|watching|watch|cheer|celebrate|laugh|wish|hope|pray|can not wait|cant wait|the day|shame|pity|dream|fantasise|fantasize|a treat|lovely|satisfying|fun)`;

/** Said to the group: a warning of what they will leave in or get. */
const FATE = String.raw`(?:getting|get|gonna get|will get|are getting|going to get|leave|leaving|will leave|go home|going home|end up|ending up|will end up|be carried out|come out|coming out)`;
const FATE_END = String.raw`(?:skull|skulls|body bag|body bags|bodybags|coffin|coffins|box|boxes|hospital|intensive care|caved in|kicked in|smashed in|stabbed|shot|burned|burnt|hanged|in the ground|in pieces|on a stretcher|in an ambulance|in ambulances|a bullet|bullets|the rope)`;

/** The acts of ACT said of someone else doing them ("I hope someone runs over ...", "fingers crossed a fire burns down ..."). */
const ACT3 = String.raw`(?:kills|murders|shoots|stabs|gasses|hangs|lynches|burns|burns down|torches|firebombs|bombs|blows up|nukes|wipes out|slaughters|massacres|drowns|poisons|runs over|mows down|guns down|beats up|sets fire to|opens fire on|drives into|drives through|ploughs into|plows into|rams|rams into|takes out|finishes off|smashes into)`;
/** Wishes and hopes before an act ("here's hoping someone torches ...", "it would be a mercy if ..."). */
const HOPE = String.raw`(?:i hope|i really hope|hope|hoping|let s hope|lets hope|let us hope|here s hoping|heres hoping|fingers crossed|i pray|praying|pray that|may|would be (?:a mercy|a blessing|nice|great|good|lovely|fitting|funny|hilarious|amazing|brilliant) if|d be (?:a mercy|a blessing|nice|great|good|funny) if|would love it if|d love it if)`;
/** Wishes and intents added in round 31 to STANCE's (the verb then follows in the plain form). */
const STANCE_MORE = String.raw`(?:looking forward to|look forward to|i am looking forward to|im looking forward to|it is (?:high |about )?time (?:we|someone|somebody)|(?:high|about) time (?:we|someone|somebody)|i will see to it that (?:we|i)|somebody has to|someone has to|somebody needs to|someone needs to)`;
/** Acts in the -ing form, as "looking forward to" takes them. */
const ACT_ING = String.raw`(?:killing|murdering|shooting|stabbing|gassing|hanging|lynching|burning|torching|bombing|blowing up|drowning|poisoning|running over|mowing down|gunning down|beating up|burying|strangling|slaughtering|butchering|setting fire to|hunting down|rounding up)`;

const PATTERNS: readonly [RegExp, string][] = [
  // round 32 (a new author's functional set, its read half, and my own variations of verb and frame): plainer harm
  // after a strict wish or call. "I hope every [member] at that march gets attacked", "the sooner the [group] in this
  // country are wiped out, the better", "I want [group] punched", "I'll make sure every [member] gets hurt"
  // (not a relative clause: "I hope the [members] who were attacked get justice")
  [new RegExp(String.raw`\b${WANT} (?:that )?(?:(?!no |none |not |never |nobody )\S+ ){0,2}?GRP (?:(?!who |which |that (?:were|was|are|is|got|get|had|have|been) |no |not |never )\S+ ){0,5}?(?:(?:all |each |both )?(?:get|gets|got|getting|are|is|were|was|be|being) )?(?:all )?(?:${DONE}|${DONE_PLAIN})\b`), 'harm to the group wished for'],
  // "[group] should be attacked", "[group] need to be punched", "[group] deserve to get their throats cut"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,3}?(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to) (?:all |just |simply |really |honestly |finally |\S+ly )?(?:be |get |all be |all get )(?:all )?${DONE_PLAIN}\b`), 'the group said to deserve or need violence'],
  // "[group] deserve every punch they get", "[group] have earned every kick"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,3}?(?:deserve|deserves|deserved|earned|have earned|has earned) (?:every|each|all the|any) (?:punch|punches|blow|blows|kick|kicks|bullet|bullets|beating|beatings|slap|slaps|kicking|kickings|lash|lashes|stone|stones|brick|bricks)\b`), 'the group said to deserve violence'],
  // "[group] deserve everything that happened to them, and more", "[group] deserve what's coming to them"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,3}?(?:deserve|deserves|deserved) (?:everything|all|what|whatever) (?:that )?(?:happened|happens|is coming|'?s coming|was coming) to (?:them|em)\b`), 'harm to the group said to be deserved'],
  // "somebody needs to start a new pogrom against the [group]", "time for another purge of [group]"
  [new RegExp(String.raw`(?:${STANCE}|${WANT}|\btime for) (?:\S+ ){0,2}?(?:(?:start|starting|launch|launching|organise|organize|organising|organizing|begin|carry out|unleash|have|see) )?(?:a |an |another |the |some )?(?:new |fresh |proper |real |second |final )?(?:pogrom|pogroms|massacre|genocide|holocaust|purge|lynching|lynch mob|ethnic cleansing|final solution|race war|bloodbath|kristallnacht|crusade) (?:against|on|of|for) ${FILL}GRP\b`), 'a massacre of the group called for'],
  // "someone ought to tip all those [members] into the canal", "I'd throw every [member] off the pier"
  [new RegExp(String.raw`(?:${STANCE}|${WANT}) (?:\S+ ){0,2}?(?:tip|tipping|throw|throwing|push|pushing|shove|shoving|chuck|chucking|dump|dumping|toss|tossing|drag|dragging) ${FILL}GRP (?:\S+ ){0,3}?(?:into|in|off|under|in front of|over) (?:the |a |an |that |this )?(?:canal|river|sea|ocean|lake|fire|furnace|oven|ovens|ditch|pit|traffic|train|trains|tube|bus|lorry|cliff|bridge|roof|pier|quarry|volcano|channel|incinerator|flames|harbour|harbor|well)\b`), 'the group to be thrown to their death'],
  // "[group] holding hands in public are asking to be stabbed", "[members] who dress like that are asking for it"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:are|is|re|s) (?:just |really |basically |practically )?asking (?:to (?:be|get) (?:${DONE}|${DONE_PLAIN})|for (?:it|a (?:beating|kicking|slap|smack|punch|bullet|hiding))(?= *$| *[.!,;]))`), 'violence against the group said to be asked for'],
  // "a few [places] going up in flames would teach the rest of the [group]", "hang a few and the rest of them will learn"
  [new RegExp(String.raw`\b(?:going up in flames|burn|burned|burnt|burning|torched|firebombed|shot|hanged|strung up|beaten|killed|lynched|${DONE}) (?:\S+ ){0,10}?(?:would|will|should|might|d|ll) (?:soon )?teach (?:the rest|the others|all the others|the lot) (?:of )?(?:the |those |these )?(?:GRP|them)\b`), 'violence against some of the group as a lesson to the rest'],
  // "someone should go to that [group] hotel and burn it down with them in it"
  [new RegExp(String.raw`\b(?:burn|burning|torch|torching|set fire to|firebomb|firebombing|blow up|blowing up) (?:it|the place|the building|the lot|that place) (?:down |up )?with (?:them|em|the lot of them|all of them|everyone|every one of them|the \S+) (?:still )?(?:in it|inside|in there|in)\b`), 'arson with the group inside called for'],
  // "[group], I'm coming for you with a baseball bat", "we're coming for you lot with petrol"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:i m|im|i am|we re|we are|i ll be|we ll be|i will be|we will be) coming (?:for|after) (?:you|ya|yous|you lot|them|em|every one of you|all of you|each of you) (?:\S+ ){0,3}?with (?:a |an |my |the |some |our )?(?:\S+ )?(?:bat|bats|knife|knives|gun|guns|rifle|rifles|machete|machetes|axe|hammer|crowbar|petrol|gasoline|rope|shotgun|pistol|blade|acid|matches|torch|torches|pitchforks?|bricks?)\b`), 'violence promised to the group'],
  // "[group], I'm coming to your centre tomorrow and nobody is walking out alive"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,10}? (?:i m|im|i am|we re|we are|i ll|ill|i will|we ll|we will) (?:\S+ ){0,8}?(?:nobody|no one|noone|none of (?:you|them|em)) (?:is |are |will |s |re |gonna |going to )?(?:be )?(?:walk|walking|get|getting|come|coming|make|making|leave|leaving|go|going) (?:it )?(?:out|home|out of there) alive\b`), 'death promised to the group'],
  // "I'll make sure the [group] on my street wake up to their houses burning"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:wake up|wakes up|come home|comes home|woke up) to (?:their|the|his|her) (?:\S+ )?(?:house|houses|home|homes|car|cars|shop|shops|flat|flats|mosque|church|temple|synagogue|centre|center|doors?) (?:burning|on fire|in flames|ablaze|burnt out|burned out|burnt down|burned down|in ashes|smashed in)\b`), 'harm to the group promised or wished'],
  // "I know which hotel the [group] are staying in, and I'm going to set it on fire tonight"
  [new RegExp(String.raw`\b(?:i|we) know (?:where|which \S+|what \S+) (?:\S+ ){0,6}?GRP\b(?: \S+){0,12}? (?:i m|im|i am|i ll|ill|i will|we ll|we will|we re|we are) (?:\S+ ){0,3}?(?:set (?:it|them) on fire|set fire to (?:it|them)|burn (?:it|them) down|torch (?:it|them)|firebomb (?:it|them)|blow (?:it|them) up|shoot (?:it|them|the place) up|coming with (?:a |my |some |the )?(?:gasoline|petrol|matches|a lighter|gun|guns|rifle|shotgun|bomb|bombs|machete|knife|knives)|be there with (?:a |my |some |the )?(?:gun|guns|rifle|shotgun|bomb|bombs|machete|knife|knives|petrol|gasoline|bat|bats))\b`), 'an attack on the group where they are, promised'],
  // round 31 (new authors' functional sets, their read halves): hopes and praise in more words, vehicles, ends of life
  // "I hope somebody runs over the crowd leaving the [place]", "here's hoping a fire burns down every [member]'s house"
  [new RegExp(String.raw`\b${HOPE} (?:\S+ ){0,4}?(?:${ACT3}|${ACT}) ${FILL}(?:crowd of |crowds of )?GRP\b`), 'harm to the group hoped for'],
  // "I'm looking forward to drowning the old women at the swimming club", "it's high time we started gassing [group]"
  [new RegExp(String.raw`\b${STANCE_MORE} (?:\S+ ){0,2}?(?:${ACT_ING}|${ACT}) ${FILL}GRP\b`), 'an act of violence the writer intends or calls for, done to the group'],
  // "I can't wait to plough my car into that crowd of [group]", "I'll drive my van through the [group] march"
  [new RegExp(String.raw`${STANCE} (?:\S+ ){0,2}?(?:plough|plow|drive|ram|smash|steer|aim|floor it) (?:my |a |the |our |his |this )?(?:car|truck|van|lorry|suv|motor|4x4|jeep|bus|tractor)? ?(?:straight |right |full speed )?(?:into|through|at) ${FILL}(?:crowd of |crowds of |group of |line of )?GRP\b`), 'a vehicle driven at the group'],
  // "what [group] need is a good beating", "what the [group] deserve is another Holocaust"
  [new RegExp(String.raw`\bwhat ${FILL}GRP (?:really |actually |all )?(?:need|needs|deserve|deserves|want|are owed) is (?:a |an |another |the |some )?(?:good |proper |real |right |short )?(?:beating|kicking|hiding|thrashing|bullet|bullets|holocaust|genocide|rope|noose|gas chamber|gas chambers|firing squad|lynching|lynch mob|hanging|massacre|pogrom|final solution|purge|cull|bomb)\b`), 'the group said to deserve violence'],
  // "it's high time [group] were rounded up and exterminated"
  [new RegExp(String.raw`\b(?:high|about|long past|past) time ${FILL}GRP (?:were|was|got|get|are|be) (?:all )?(?:\S+ and )?${DONE}\b`), 'violence against the group called overdue'],
  // "[group] have earned every bullet the police fire at them"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,2}?(?:have|has|had|ve|s) (?:earned|asked for|deserved) (?:every|each|the|a|all the) (?:bullet|bullets|beating|kicking|blow|punch|noose|rope|bomb)\b`), 'violence said to be earned by the group'],
  // "the world would be a better place with every [member] wiped off the map"
  [new RegExp(String.raw`\bbetter (?:place|world|country|off) (?:with|if) ${FILL}GRP (?:\S+ ){0,2}?(?:${DONE}|dead|gone for good|six feet under|in the ground)\b`), 'the world called better with the group killed'],
  // "[group] deserve to freeze to death this winter", "[group] deserve to starve"
  [new RegExp(String.raw`\bGRP ${WHICH_OF_THEM}(?:deserve|deserves|should|ought to|need to) (?:to )?(?:freeze|starve|burn|rot|choke|bleed|drown|suffocate)(?: to death| slowly| alive| in the street| in a ditch)?\b(?! (?:for|at|with|in the (?:sun|heat)|their own))`), 'the group said to deserve death'],
  // "the nurse who killed those disabled patients was doing the country a favour", "whoever beat that [member] did society a favour"
  [new RegExp(String.raw`\b(?:whoever|anyone who|the (?:guy|man|bloke|lad|woman|person|nurse|shooter|bomber|driver|gunman|attacker|killer|lads|boys|one) (?:who|that)) (?:\S+ ){0,3}?(?:${DID}|drove into|drove through|ploughed into|mowed down|robbed and beat|beat up|killed off) (?:\S+ ){0,5}?GRP\b(?: \S+){0,8}? (?:(?:was |is |were )?doing (?:the country|this country|society|humanity|the world|us all|everyone|us|the nhs|the taxpayer) a (?:favour|favor|service|kindness)|did (?:the country|this country|society|humanity|the world|everyone|the taxpayer) a (?:favour|favor|service)|did what (?:needed|had|needs) to be done|(?:is|was|are|were) (?:a |an )?(?:hero|heroes|legend|legends|patriot|saint|role model|inspiration))\b`), 'an attack on the group praised'],
  // "every disabled person I meet on the platform, I'm going to push in front of the train", "watch me tip the next [member] down the stairs"
  [new RegExp(String.raw`\b(?:every|each|any|the next|one more|another) GRP\b(?: \S+){0,8}? (?:i am|im|i m|i will|i ll|ill|we are|we will|we ll) (?:\S+ ){0,2}?(?:push|shove|throw|tip|kick|chuck|boot) (?:them |him |her |em )?(?:in front of|under|off|down|onto|into) (?:a |the )?(?:train|tracks|bus|lorry|stairs|bridge|cliff|canal|river|platform)\b|\bwatch me (?:push|shove|throw|tip|kick|chuck|boot) ${FILL}GRP (?:\S+ ){0,3}?(?:in front of|under|off|down|onto|into)\b`), 'the group threatened with a fall or a vehicle'],
  // "every [member] in this city will feel my blade"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:will|are going to|re going to|gonna|shall) (?:all )?(?:feel|taste|meet) (?:my|our|the) (?:blade|knife|knives|fists?|boot|boots|bullets?|bat|bats|hammer|machete|rope|noose|wrath)\b`), 'violence promised to the group'],
  // "[group], we will hunt you through the streets like animals"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,6}? (?:we|i) (?:will|ll|are going to|re going to|am going to|m going to|are gonna|am gonna|gonna) (?:hunt|chase|track) (?:you|ya|yous|you lot|them|em|every one of you|all of you) (?:down |through (?:the |our )?streets |like (?:animals|dogs|rats|vermin) )`), 'the group threatened with a hunt'],
  // "me and the lads are going [member] hunting", "who's up for some [member] bashing"
  [new RegExp(String.raw`\b(?:going|go|went|out|time for|up for|fancy|fancies|some|a bit of|night of|weekend of) GRP (?:hunting|bashing|bashin|stomping|kicking)\b`), 'violence against the group as sport'],
  // "the [group] on my street will never wake up again, I'll see to that"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:will never|won t ever|wont ever|will not|won t|wont|never) (?:wake up|make it home|walk again|see (?:another|the next) (?:day|christmas|birthday|summer)|leave (?:that|this|the) (?:place|building|street) alive)\b(?: \S+){0,3}? (?:i|we) (?:ll|will|shall) (?:see to (?:that|it)|make sure)\b|\bmake sure (?:no|not one|none of the|every) GRP (?:\S+ ){0,3}?(?:makes it home|make it home|gets home alive|wakes up|has a fatal accident|have a fatal accident|has an accident|have an accident|survives|lives to see)\b`), 'death promised to the group'],
  // "I'm going to kick the old man next door until he stops breathing", "hold the two [members] under the water until they stop moving"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,10}? until (?:they|he|she|each of them|every one of them) (?:stop|stops) (?:moving|breathing|twitching|screaming|kicking)\b`), 'violence to the group until death'],
  // "I can't wait to bury the [members] from that school out in the woods", "soon I'll bury them in their own garden"
  [new RegExp(String.raw`${STANCE} (?:\S+ ){0,2}?bury ${FILL}GRP\b(?: \S+){0,6}? (?:alive|in the woods|in (?:a |their |the )?(?:own )?(?:garden|back garden|shallow grave|shallow graves|ditch|field|concrete)|under (?:the|my) (?:patio|floorboards|decking))\b`), 'the group threatened with burial'],
  // "my machete is sharpened and ready for the [members] across the street", "my rifle is loaded and waiting for the next [member]"
  [new RegExp(String.raw`\b(?:machete|knife|blade|gun|rifle|shotgun|pistol|bat|axe|hammer|rope|noose|crossbow)s? (?:is |are |s )?(?:sharpened|sharp|loaded|oiled|cleaned|ready|waiting|primed)(?: and (?:ready|waiting|loaded|primed))? for ${FILL}(?:\S+ )?GRP\b`), 'a weapon readied for the group'],
  // "torch the hotel where they're housing the [group]", "burn down the hostel full of [group]"
  [new RegExp(String.raw`\b(?:torch|torching|burn|burning|burn down|burning down|firebomb|firebombing|petrol bomb|set fire to|setting fire to|blow up|blowing up|shoot up|shooting up|bomb|bombing|open fire (?:in|at|on)) (?:the |that |this |their |every )?(?:hotel|hostel|hotels|hostels|centre|center|home|homes|building|block|flats|camp|camps|shelter|shelters|house|houses|school|workshop) (?:where|that|which|full of|housing) (?:they (?:re |are )?|we (?:re |are )?)?(?:\S+ ){0,3}?GRP\b`), "arson called for at the group's home"],

  // "I'm going to kill every [member] on this street", "someone should throw acid in the face of every [member]"
  // (and round 32's plainer acts: "someone ought to attack every [member] they see", "I'm going to punch the next [member]")
  [new RegExp(String.raw`${STANCE} (?:(?:\S+ ){0,3}?${ACT}|(?:\S+ ){0,2}?${ACT_PLAIN}) ${FILL}GRP\b`), 'an act of violence the writer intends or calls for, done to the group'],
  // "String up every [member] you see.", "Gas the lot of them, [group]" (an order opening the sentence)
  // (the plain form only: "Beating up blind guys is over the top!" is a gerund, not an order)
  [new RegExp(String.raw`^(?:just |now |go |go and |lets |please |pls |seriously |honestly )?${ORDER} ${FILL}GRP\b`), 'an order to do violence to the group'],
  // "shooting [group] at the border is the only answer"
  [new RegExp(String.raw`^(?:just |simply )?(?:killing|shooting|gassing|hanging|lynching|stringing up|burning|bombing|nuking|exterminating|eradicating|wiping out|slaughtering|executing|drowning|rounding up|culling|gunning down) ${FILL}GRP\b(?: \S+){0,6}? (?:is|would be|s|will be) (?:the (?:only |best |real |final |obvious )?(?:answer|solution|way|option|fix)|justified|fine|okay|ok|necessary|what we need|the way forward|overdue)\b`), 'violence against the group called the answer'],
  // "[group] should all be gassed", "[group] deserve to be hanged", "[group] need to be put down"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,3}?(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to|are going to|are gonna|gonna|will|can not just|cant just|could just|need|needs) (?:all |just |simply |really |honestly |finally |quickly |\S+ly )?(?:be |get |all be |just be |all get )(?:all )?(?:(?:found|caught|tracked down|hunted down|dragged out|taken outside) and )?${DONE}\b`), 'the group said to deserve or need violence'],
  // (the same after a clause saying which of them: "every banker who signed off on the bailouts should be strung up"; only
  // what they should or deserve to suffer, since "any [member] who runs here will get shot by the cops" is a fear told)
  [new RegExp(String.raw`\bGRP (?:who|that) (?:\S+ ){1,10}?(?:should|must|need to|needs to|ought to|deserve to|deserves to) (?:all |just |simply |really |honestly |finally |quickly |\S+ly )?(?:be |get |all be |just be |all get )(?:all )?(?:(?:found|caught|tracked down|hunted down|dragged out|taken outside) and )?${DONE}\b`), 'the group said to deserve or need violence'],
  // "every politician who covered it up should swing from a rope", "[group] deserve to get their teeth kicked in"
  [new RegExp(String.raw`\bGRP ${WHICH_OF_THEM}(?:should|must|need to|needs to|ought to|deserve to|deserves to) (?:all |just |\S+ly )?(?:swing|hang) (?:from|by) (?:a |the |their )?(?:rope|ropes|lamp ?posts?|lampposts?|trees?|nearest tree|gallows|necks?)\b|\bGRP ${WHICH_OF_THEM}(?:deserve|deserves|need|needs|should) (?:to )?(?:get|have) (?:their|his|her) (?:teeth|heads?|faces?|skulls?|legs|kneecaps) (?:kicked in|smashed in|caved in|knocked out|broken|snapped|stamped on)\b`), 'the group said to deserve violence'],
  [new RegExp(String.raw`\bGRP ${WHICH_OF_THEM}(?:deserve|deserves|deserved|earned|have earned|has earned) (?:to die|to be ${DONE}|death|a bullet|bullets|the rope|the noose|a beating|a kicking|to burn|to hang|to suffer|to rot|(?:a |the )?(?:proper |good |real |right )?(?:noose|public execution|execution|public hanging|boot (?:in|to) the (?:teeth|face|head)|fist (?:in|to) the (?:face|teeth|mouth)|slap|smack|punch in the (?:face|mouth)|firing squad|wall|guillotine|gallows|brick (?:through|to|in) the (?:skull|head|face)|bullet (?:to|in|through|between) the (?:head|skull|face|eyes)|hiding|thrashing|clothesline|torching|burning|lynching|stringing up|kicking|beating)\b(?! (?:drum|tee|session|heart)))`), 'the group said to deserve violence'],
  // "whoever smashed up the memorial deserves to have both hands broken", "[they] deserve to have their faces slashed"
  [new RegExp(String.raw`\bGRP ${WHICH_OF_THEM}(?:deserve|deserves|should|need|needs) (?:to )?(?:have|get) (?:\S+ ){0,4}?(?:faces?|hands|legs|arms|fingers|kneecaps|knees|teeth|necks?|skulls?|heads?) (?:slashed|broken|smashed|snapped|cut off|chopped off|kicked in|smashed in|caved in|stamped on)\b`), 'the group said to deserve violence'],
  // "dealers on my estate need dragging out and hanging", "the hacks at that rag need a good hiding"
  [new RegExp(String.raw`\bGRP ${WHICH_OF_THEM}(?:need|needs|want|wants) (?:\S+ ){0,3}?(?:hanging|stringing up|shooting|torching|lynching|kneecapping|stabbing|drowning|gassing|putting down|(?:a )?(?:good |proper |real |right )?(?:hiding|kicking|thrashing|beating|leathering|shoeing|slap|smack|fist to the face|punch in the face|boot up the arse))\b(?! out| around| about| on| with| up| down| off| baskets| lessons| practice| drum| session)`), 'the group said to need violence'],
  // "would be great if a bus full of [group] drove off a cliff", "can't wait for the day [group] get rounded up", "nothing
  // would make me happier than watching [group] burn alive", "it's a shame [group] can't just be wiped off the map"
  [new RegExp(String.raw`\b${WISH}\b(?: \S+){0,8}? GRP (?:\S+ ){0,4}?(?:(?:get|got|gets|getting|were|was|be|are|is|being) (?:all )?${DONE}|${BEFALL})\b`), 'harm to the group wished for or enjoyed'],
  // "whoever firebombed that shelter full of [group] deserves a medal"
  [new RegExp(String.raw`\b(?:whoever|anyone who|the (?:guy|man|bloke|lad|woman|person|shooter|bomber|driver|hero|lads|boys) (?:who|that)) (?:\S+ ){0,2}?${DID} (?:\S+ ){0,5}?GRP (?:\S+ ){0,8}?(?:(?:deserves|deserved|is|was|should get|gets|got|you are|you re|ur|youre) (?:a |an |the )?(?:medal|hero|legend|knighthood|award|pint|statue|saint|national hero|patriot|true patriot|real one|king|queen|goat)|did (?:nothing wrong|the right thing|us all a favour|us a favour|god (?:'s |s )?work)|had the right idea)\b`), 'an attack on the group praised'],
  // "fair play to the lads who battered a [member] outside the chippy, more of that please"
  [new RegExp(String.raw`\b(?:fair play to|respect to|well done to|hats off to|props to|cheers to|good on|big up|shout out to|legends?|heroes|kudos to) (?:the |those |that |these )?(?:lads|boys|guys|men|bloke|blokes|lad|guy|man|person|people|kids|youths|group|crew|gang|whoever) (?:who|that) (?:\S+ ){0,2}?${DID} (?:\S+ ){0,3}?GRP\b`), 'an attack on the group praised'],
  // "if someone torched the flats where all the [group] live I wouldn't lose a minute's sleep"
  [new RegExp(String.raw`\bif (?:someone|somebody|they|anyone|a bomb|a fire) (?:\S+ ){0,2}?${DID} (?:\S+ ){0,6}?GRP\b(?: \S+){0,6}? (?:i|we) (?:would not|wouldnt|wouldn t|would never|d not|wouldn t even|would not even) (?:lose (?:a minute s |a minutes |any |a wink of |a second s )?sleep|shed a tear|cry|care|mind|be sad|bat an eyelid|blink)\b`), 'harm to the group said not to be mourned'],
  // "real shame nobody chucked acid at an Asian lad when they had the chance", "pity the bomb didn't take out more [group]"
  [new RegExp(String.raw`\b(?:shame|pity|gutted|sad|unlucky) (?:that )?(?:nobody|no one|noone|they didn t|we didn t|they didnt|we didnt|they did not|we did not) (?:\S+ ){0,2}?(?:${DID}|chucked acid at|threw acid at|put in the ground|finished off|finish off|finish them off|get rid of) (?:\S+ ){0,3}?GRP\b|\b(?:shame|pity|gutted|sad|unlucky) (?:that )?the (?:bomb|bomber|shooter|attack|attacker|fire|gunman|truck|lorry|van|driver|blast) (?:did not|didn t|didnt|never) (?:take out|kill|get|hit|finish off|wipe out|catch) (?:more |all |any more )?(?:of )?(?:the |those )?GRP\b`), 'harm to the group regretted as too little'],
  // "[group] getting their heads kicked in is the only news I want to read", "a [member] getting shot would make my week"
  [new RegExp(String.raw`\bGRP (?:getting|being|get) (?:their |his |her )?(?:heads? kicked in|heads? smashed in|${DONE})\b(?: \S+){0,8}? (?:only news|best news|good news|what i want|make my (?:day|week|year|month)|makes my (?:day|week|year)|made my (?:day|week|year)|love to see|love it|music to my ears|my favourite|my favorite|cheer me up|cheers me up|warms my heart|dream)\b`), 'harm to the group enjoyed'],
  // "bring back the guillotine for bankers", "about time someone punched that journalist"
  [new RegExp(String.raw`\bbring back (?:public |the )?(?:guillotines?|hangings?|lynchings?|gallows|noose|stocks|floggings?|firing squads?|rope|public executions?|executions?|birch|whipping posts?|public whippings?|whippings?|the lash|the whip|slavery|chain gangs|stonings?|burning at the stake|the electric chair|the chair) (?:just |only |especially |purely )?for ${FILL}GRP\b`), 'killings called for against the group'],
  [new RegExp(String.raw`\babout (?:bloody |damn |fucking )?time (?:someone|somebody|they|we|you|the lads|people) (?:\S+ ){0,2}?(?:${DID}|punched|slapped|smacked|thumped|egged|lamped|chinned|headbutted|kneecapped) ${FILL}GRP\b|\b(?:fair play|respect|well done|hats off|props|cheers|kudos|legend|hero) (?:to )?whoever (?:\S+ ){0,1}?(?:${DID}|punched|slapped|smacked|thumped|lamped|chinned|headbutted|kneecapped) ${FILL}GRP\b`), 'an attack on the group cheered'],
  // "[group] have had it coming for years"
  [new RegExp(String.raw`\bGRP (?:\S+ ){0,2}?(?:have|has|had|ve|s) (?:had |got )?it coming\b`), 'harm to the group said to be deserved'],
  // "[group] at the bottom of the Channel. Every last one.", "every [member] six feet under"
  [new RegExp(String.raw`(?<!\b(?:were|was|died|lie|lies|lay|rest|resting|found|buried|lost|sank|drowned) (?:\S+ ){0,2})\bGRP (?:\S+ ){0,2}?(?:at|on) the bottom of the (?:channel|sea|ocean|river|canal|lake|thames|mersey|med|mediterranean|atlantic)\b`), 'the group wished drowned'],
  // "if any more [group] move onto our estate I swear down I'll start shooting"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,12}? (?:i|we) (?:will|ll|am going to|are going to|am gonna|are gonna|swear i will|swear down i will|swear down i ll) (?:\S+ ){0,2}?start (?:shooting|stabbing|killing|swinging|burning|firing|bombing|cutting)\b`), 'violence promised over the group'],
  // "any [group] crossing in front of my van tomorrow, I'm not braking"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? (?:crossing|cross|walking|walk|in front of|on the road|in the road)\b(?: \S+){0,8}? (?:i am|im|i m|i will|i ll|ill) (?:not|never) (?:braking|brake|stopping|stop|slowing|slow)\b`), 'the group threatened with a vehicle'],
  // "me and the lads are giving a [member] a proper kicking tonight"
  [new RegExp(String.raw`\b(?:me and the (?:lads|boys)|we|i|the lads|the boys) (?:are|am|will|ll|re|m|are going to|are gonna|am gonna)? ?(?:be )?(?:giving|give) (?:a |an |the |some |those |these |every |any )?GRP (?:\S+ ){0,2}?(?:a )?(?:proper |good |right |real |sound )?(?:kicking|beating|hiding|slap|thrashing|leathering|battering|pasting|shoeing|doing)\b`), 'a beating promised to the group'],
  // "any [group] on our side of town better pray we don't find them"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,8}? better (?:pray|hope) (?:we|i) (?:do not|don t|dont|never) (?:find|catch|see|get) (?:them|you|em)\b`), 'a veiled threat to the group'],
  // "keep pushing your luck [group], we'll drown the lot of you in the canal"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,4}? (?:we|i) (?:will|ll|are going to|re going to|am going to|are gonna|am gonna|gonna) (?:(?:find|catch|get|hunt) (?:you|ya|yous|you all|every one of you) and )?(?:${ACT}|break every bone) (?:the lot of |all of |every one of |each of )?(?:you|yous|ya|you lot|youse|you ve got|in your body)\b`), 'violence promised to the group, said to them'],
  // "be a shame if the building went up with you lot inside"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,14}? (?:be a |would be a |it d be a )?(?:shame|pity) if (?:\S+ ){0,4}?(?:went up|burned down|burnt down|caught fire|blew up|collapsed|exploded|went up in flames) with (?:you|you lot|yous|them|em|all of you|all of them) (?:still )?(?:inside|in it|in there)\b`), 'a veiled threat of fire or a bomb to the group'],
  // "by summer we'll have cleared every last one of the [group] out of this town, by force if we have to"
  [new RegExp(String.raw`\b(?:clear|cleared|clearing|drive|driven|driving|run|running|kick|kicked|kicking|force|forced|forcing|burn|burned|burnt|smoke|smoked) (?:every last one of |all of |the lot of |all )?(?:the |those |these )?GRP out\b(?: \S+){0,8}? (?:by force|with force|by any means|with fists|with bats|with fire|whatever it takes)\b`), 'the group to be driven out by force'],
  // "one more [member] on my train and I'm shoving them under the next one"
  [new RegExp(String.raw`\b(?:one more|another|any more|next|any) GRP\b(?: \S+){0,8}? (?:and )?(?:i am|im|i m|i will|i ll|ill|we are|we re|we will|we ll) (?:\S+ ){0,1}?(?:${ACT}|shoving|pushing|throwing|chucking|booting|kicking|lamping|decking|flooring|glassing|beating|punching|battering|hitting|choking|strangling|smashing) (?:them|him|her|em|it)\b`), 'violence promised to the next member'],
  // "we'll finish what should've been done to [group] years ago. Gas is cheap and the showers are ready."
  [new RegExp(String.raw`\bfinish (?:what|the job)\b(?: \S+){0,4}? (?:hitler|the nazis|should have been done|should ve been done|shoulda been done|was started|they started)\b(?: \S+){0,4}? GRP\b|\bGRP\b.*\b(?:the showers are (?:ready|on|waiting)|gas is cheap|the ovens are (?:ready|on|warm|waiting)|the trains are (?:ready|waiting))\b`), 'a genocide called for again'],
  // "dear [group], sleep with one eye open. we've got your addresses"
  [new RegExp(String.raw`^(?:dear |oi |hey |to all (?:the )?|attention )?GRP ?[,:!.]? (?:\S+ ){0,3}?(?:sleep with one eye open|we (?:have|ve) got your addresses|we know where you (?:live|sleep|pray|meet)|your days are numbered|your time is up|count your days)\b`), 'a veiled threat said to the group'],
  // "if I was one of the [group] round here I'd stay indoors this weekend. just saying"
  [new RegExp(String.raw`\bif i (?:was|were) (?:one of )?(?:the |those |a |an )?GRP\b(?: \S+){0,6}? (?:i d|id|i would) (?:stay (?:indoors|inside|home|in)|keep (?:my|your) head down|leave town|get out|move|lock (?:my|the) doors?)\b(?: \S+){0,3}? (?:this weekend|tonight|tomorrow|this week|for a while|friday|saturday|sunday)\b`), 'a veiled threat to the group'],
  // "why has nobody put [group] in the ground yet?", "put every [member] six feet under"
  [new RegExp(String.raw`${STANCE} (?:\S+ ){0,3}?(?:put|putting) (?:all |every |the |those |these |each )?GRP (?:\S+ )?(?:in the ground|six feet under|in body bags|in coffins|in a box|in boxes)\b`), 'the group to be killed'],

  // "you [group] better stay off my block or you're getting your skull caved in", "heads up [group]: ... you leave in body bags"
  [new RegExp(String.raw`\byou (?:lot |\S+ )?GRP\b(?: \S+){0,14}? (?:you|u|ya|ur|you are|you re|u r)? ?${FATE} (?:\S+ ){0,4}?${FATE_END}\b`), 'a warning of violence said to the group'],
  [new RegExp(String.raw`\bGRP (?::|,) (?:\S+ ){0,12}?(?:you|u|ya) (?:will |ll |are |re )?${FATE} (?:\S+ ){0,4}?${FATE_END}\b`), 'a warning of violence said to the group'],
  // "if you see a [member] walking alone at night, you know what to do"
  [new RegExp(String.raw`\bif (?:you|u) (?:ever )?(?:see|spot|catch|meet|find|come across) (?:a |an |any |some |one of (?:those|these|the) )?GRP\b(?: \S+){0,8}? (?:(?:you|u) (?:all )?know what to do|(?:just )?(?:floor it|run (?:them|em) (?:over|down)|hit (?:them|em)|knock (?:them|em) (?:down|out)|punch (?:them|em)|deck (?:them|em)|go for (?:them|em)|put (?:them|em) down))\b`), 'a call to attack any member met'],
  // "if I ever catch a [member] near my kids I will break every bone in their body"
  [new RegExp(String.raw`\bif (?:i|we) (?:ever )?(?:\S+ ){0,2}?(?:see|catch|find|meet|spot) (?:a |an |any |one more |another |the next |one of (?:those|these|the) )?GRP\b(?: \S+){0,10}? (?:i|we) (?:will|am going to|are going to|am gonna|are gonna|swear i will|ll|shall)? ?(?:\S+ ){0,2}?${ACT} (?:them|him|her|their|his|em|every one of them)\b`), 'violence promised to any member met'],
  // "bring back public hangings and start with the [group]"
  [new RegExp(String.raw`\b(?:hangings?|executions?|the gallows|the noose|gas chambers?|firing squads?|the death penalty|camps|culls?|culling|purges?|lynchings?|the rope|floggings?|the stocks|the birch|guillotines?|the guillotine)\b(?: \S+){0,6}? (?:start|starting|begin|beginning) (?:with|by) ${FILL}GRP\b`), 'killings called for, the group first'],
  // "[group] are the first ones we put in the ground"
  [new RegExp(String.raw`\bGRP (?:are|will be|re) (?:the )?first (?:ones |to go |in line |on the list )?(?:\S+ ){0,3}?(?:we|i|they) (?:put in the ground|kill|shoot|hang|bury|burn|string up|take out|put down|round up)\b`), 'the group named first to be killed'],
  // "how long do you [group] think you'll last once I get my hands on you?"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,10}? once (?:i|we) get (?:my|our) hands on (?:you|u|them|em)\b`), 'violence promised on catching the group'],
  // euphemisms of violence, with the group in the sentence (British comment-section idiom as much as American):
  // "going down the mosque to sort them out properly", "sort the [group] out once and for all"
  [new RegExp(String.raw`\b(?:sort|sorted|sorting) (?:them|em|GRP|the lot of them|(?:those|these|the|all the) GRP) out\b(?: \S+){0,3}? (?:properly|once and for all|for good|permanently|good and proper|the old fashioned way|the old way|with (?:bats|boots|fists|a bat|petrol|knives|a knife))\b`), 'violence in other words: the group "sorted out" for good'],
  // "any more of these [group] on my street and there'll be blood", "there'll be bodies in the street if [group] ..."
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,12}? (?:there (?:will|is going to|are going to|s going to|re going to|is gonna|are gonna) be|there ?'?ll be|therell be) (?:blood|bodies|bloodshed|a bloodbath|a massacre|hell to pay)\b|\b(?:there (?:will|is going to|are going to) be|there ?'?ll be|therell be) (?:blood|bodies|bloodshed|a bloodbath|a massacre)\b(?: \S+){0,6}? (?:if|when|once) (?:\S+ ){0,6}?GRP\b`), 'violence in other words: blood promised over the group'],
  // "they won't know what hit them", "watch what happens to the next [member] that moves in", "let one of them try it, see
  // what happens"
  [new RegExp(String.raw`\bGRP\b(?: \S+){0,14}? (?:will not|wont|never|will never) know what hit (?:them|em|him|her)\b|\bwatch what happens (?:to|when) (?:the next |any |the |a |an )?GRP\b|\b(?:let|if|when) (?:one of (?:them|those|these) |a |an |any |one more )?GRP\b(?: \S+){0,10}? (?:try|tries|dare|dares|again|comes near|come near|touches|touch|looks at|look at|sets foot|set foot|shows up|show up)\b(?: \S+){0,8}? (?:and )?(?:see|watch|you ll see|then see) what (?:happens|happens next)\b`), 'violence in other words: what will happen to the group'],
  // "watch your backs, [group]", "[group]: watch your backs"
  [new RegExp(String.raw`^(?:\S+ ){0,2}?watch (?:your|ur|yer) backs?\b(?: \S+){0,2}? ,? ?GRP\b|^GRP ?[,:] (?:\S+ ){0,2}?watch (?:your|ur|yer) backs?\b`), 'violence in other words: the group told to watch their backs'],
  // "a slap he won't forget", "[group] who talk back get a slap"
  [new RegExp(String.raw`\bgive (?:the next |a |an |any |every |that )?GRP\b(?: \S+){0,4}? (?:a )?(?:slap|kicking|beating|hiding|smack|punch|clout|thrashing) (?:he|she|they|that they|they ll|he ll|she ll) (?:will not|wont|will never|ll never|never) forget\b|\bGRP (?:who|that) (?:\S+ ){1,4}?(?:get|gets|will get|deserve|deserves) (?:a )?(?:slap|slapping|kicking|beating|hiding|smack|punch|clout|thrashing)\b`), 'violence in other words: a beating promised to the group'],
  // "[group] reading this, stay indoors friday night", "[group]: you've got until christmas to leave"
  [new RegExp(String.raw`^(?:\S+ ){0,1}?GRP (?:\S+ ){0,2}?[,:]? ?(?:\S+ ){0,1}?(?:stay|keep) (?:indoors|inside|home|in|off the streets) (?:\S+ ){0,3}?(?:night|tonight|tomorrow|friday|saturday|sunday|monday|this weekend|weekend|from now on)\b|^(?:\S+ ){0,1}?GRP ?[,:] (?:\S+ ){0,2}?(?:you (?:have|ve) got|you have|you got|u got) (?:until|till|til|\d+ (?:days|hours|weeks)|a week|one week|24 hours) (?:\S+ ){0,3}?to (?:leave|get out|pack|go|clear out)\b`), 'a warning to the group to hide or leave'],
  // "i'm keeping a list of every [member] in this server"
  [new RegExp(String.raw`\b(?:i am|im|i m|we are|we re|been) (?:keeping|making|writing|compiling) (?:a |the )?list of (?:every |all (?:the )?|the )?GRP\b(?! (?:owned|run|led|authors|writers|businesses|shops|restaurants|artists|books|films|charities|founders))(?!.*\b(?:who need|needs|need|lifts|invite|invites|rota|register|volunteer|volunteers|party|christmas|cards)\b)`), 'a list of the group kept, with menace'],
  // "fire up the ovens, boys. [group] go in first."
  [new RegExp(String.raw`\b(?:ovens|gas chambers?|showers|trains|camps|the gas)\b(?: \S+){0,8}? GRP (?:go|going|are going|will go|get to go|in|go in) (?:in )?first\b`), 'a genocide called for again'],
  // "another [member] got beaten half to death. hope they finish the job next time"
  [new RegExp(String.raw`\bGRP (?:got|was|were|getting) ${DONE}\b(?: \S+){0,10}? (?:hope|hopefully|wish|praying) (?:they|someone|somebody|the lads) (?:finish(?:es)? the job|finish (?:them|it) off|do it properly|go further|kill)\b|\b(?:best|good|great|brilliant) news\b(?: \S+){0,4}? GRP (?:got|was|were) ${DONE}`), 'an attack on the group cheered'],
  // "the next [member] who looks at me funny is getting glassed", "any [member] who ... gets a bullet"
  [new RegExp(String.raw`\b(?:the )?(?:next|first|any|every) GRP\b(?: \S+){0,10}? (?:is|s|will be|gets|is getting|getting|gonna get|is gonna get|will get|is going to get|is going|s going|going) (?:\S+ )?(?:${DONE}|in hospital|to hospital|in a box|in the ground|glassed|decked|battered|bottled|floored|slapped|a slap|a kicking|a beating|a hiding|a bullet|a knife|a brick)(?= *$| *[.!,?;]| (?:tonight|tomorrow|next|when|if|mate|lads|simple|guaranteed|i swear|swear down|mark my words|lol|haha|no questions|end of|during (?!the war|the blitz|ww))\b)`), 'violence promised to the next member'],
  // "they'll be carrying [group] out of that estate in bags", "I'm gonna do a [member] in"
  [new RegExp(String.raw`\bcarrying (?:the )?GRP out (?:\S+ ){0,4}?in (?:bags|body bags|bodybags|boxes|coffins|pieces)\b|\b(?:gonna|going to|will|ll|wanna|want to|should) do (?:a |an |the |some |every |one of (?:the|those|these) |that )?GRP in\b(?! (?:the|a|an|my|our|their|his|her|this|that|\d))`), 'violence in other words: the group killed'],
];

/** The sentence condemns, reports, quotes, remembers, protects or plays: no threat of the writer's. */
const STAND_DOWN = /\b(?:bullet point|bullet points|bullet journal|final boss|boss fight|npc|gauntlets|weak point|regime|puzzle|puzzles|best of three|best of five|next round|condemn|condemns|condemned|condemning|horrific|horrifying|appalling|tragic|tragedy|victim|victims|mourn|mourning|rip|vigil|memorial|anniversary|prayers|police|arrested|charged|sentenced|jailed|convicted|trial|court|investigation|news|reported|reports|report|headline|article|documentary|history|historically|holocaust|genocide|pogrom|wwii|ww2|1940s|1930s|museum|film|movie|book|novel|game|games|character|characters|episode|series|zombie|zombies|level|quest|saying|said|says|quote|quoted|threatened|threat|threats|threatening|received|message|messages|dm|dms|comment|comments|tweet|tweets|posted|troll|trolls|blocked|stop|stopped|protect|protecting|protected|safe|safety|defend|defending|solidarity|support|supporting|wrong|unacceptable|disgrace|shameful|racist|racism|sexist|homophobic|transphobic|bigot|bigots|bigoted|hate crime|hatred|kkk|photo|photos|photograph|photographs|photographer|photography|photoshoot|camera|cameras|video|videos|footage|magazine|cover|portrait|portraits|picture|pictures|pics|gallery|galleries|exhibition|exhibit|newspaper|assignment|lens|selfie|artwork|paintings|painting|silence|neglect|cuts|policy|policies|system|poverty|austerity|hunger|heatwave|cold|pandemic|covid|virus|cancer|disease|euros|cup|league|tournament|olympics|twickenham|wembley|six nations|championship|semi final|fixture|season|scored|goal|goals|wicket|innings|bingo|quiz|darts|poker|cards|chess|scrabble|monopoly|karaoke|fortnite|fifa|minecraft|roblox|halo|cod|warzone|valorant|films|movies|lighting|close up|angle|horror|bride|brides|wedding|weddings|books me|booking|dish|dishes|menu|food|volunteers|volunteer|charity|ice cream|cake|chocolate|gifts|presents|compliments|kisses|hugs|glitter|sweets|candy|wars|during|schools|taught|teach|teaching|classroom|lessons|flags|flag|banners|bunting|decorations|basketball|football|netball|hockey|percent|points|bonfire|pressure cooker|pay rise|like a bomb|da bomb|bomb proof|rugby|cricket|match|matches|five a side|sunday league|netball|squash|tennis|remember|remembering|heal|heals|healing|recover|recovery|condolences|deserve better|deserves better|better than being|council|housing|boilers|repairs|polls|election|elections|ballot|voting|speak up|speaks up|speaking up|degrees|heat|heatwave|smoke|storm|weather|snow|icy|flood|floods|wind|pollution|air quality|flu|scammers|scam|scams|fraudsters|pickpockets|wish me luck|wish us luck|hate watching|hate seeing|hate to see|sad to see|heartbreaking|heartbroken|breaks my heart|because of)\b/;
/** Policy, politics and swindlers among the stand-down words, which a call for violence against people names as its reason or its target. */
const POLICY_WORDS = /\b(?:cuts|policy|policies|system|council|housing|austerity|poverty|election|elections|polls|ballot|voting|scammers|scam|scams|fraudsters|pickpockets)\b/g;
/** Patterns whose negation is their meaning: regret that harm was too little, harm not mourned, no braking, never forgotten. */
const NEGATION_MEANT = /\b(?:out alive|shame|pity|gutted|unlucky|lose|shed a tear|bat an eyelid|blink|cry|care|mind|be sad|know what hit|braking|brake|stopping|forget|pray we)\b/;
/** A negator inside a match. */
const INNER_NEGATION = /\b(?:not|never|no longer|didn t|didnt|don t|dont|doesn t|doesnt|won t|wont|wouldn t|wouldnt|shouldn t|shouldnt|can t|cant|isn t|aren t|nobody|no one)\b/;
/** Negations just before the stance or the act: "nobody should ...", "I would never ...", "we must not ...". */
const NEGATED = /\b(?:not|never|no|none|neither|nobody|noone|dont|doesnt|wouldnt|shouldnt|wont|cant|didnt|stop|prevent|against)\s+(?:\S+\s+){0,2}$/;

/** Places of a group's own, after its possessive. */
const GROUP_PLACES = new Set(['shelter', 'shelters', 'centre', 'center', 'hostel', 'refuge', 'church', 'mosque', 'synagogue', 'temple', 'gurdwara', 'club', 'bar', 'bars', 'school', 'home', 'homes', 'houses', 'march', 'parade', 'vigil', 'clinic', 'group', 'meeting', 'camp']);
/** Wrongdoers a group word may describe, who are then the ones meant. */
const WRONGDOERS = new Set(['terrorist', 'terrorists', 'extremist', 'extremists', 'rapist', 'rapists', 'paedophile', 'paedophiles', 'pedophile', 'pedophiles', 'murderer', 'murderers', 'killer', 'killers', 'criminal', 'criminals', 'gang', 'gangs', 'gangsters', 'bomber', 'bombers', 'attacker', 'attackers', 'thugs', 'abusers', 'groomers', 'grooming', 'traffickers', 'smugglers', 'jihadists', 'militants', 'soldiers', 'troops', 'army', 'regime', 'government']);

export interface Backstop {
  group: GroupMention;
  what: string;
}

/** Whether any act word stands in the sentence: the cheap gate before the patterns. */
const ACT_WORDS = new Set(['bats', 'bat', 'petrol', 'picks', 'pick', 'batters', 'batter', 'push', 'boot', 'teeth', 'fist', 'smack', 'punch', 'noose', 'execution', 'slashed', 'broken', 'punched', 'slapped', 'egged', 'driven', 'chucked', 'locked', 'hosed', 'slap', 'guillotines', 'hangings', 'floggings', 'birch', 'guillotined', 'guillotine', 'wall', 'castrated', 'tarred', 'rammed', 'clothesline', 'brick', 'squad', 'lamppost', 'lampposts', 'kneecapped', 'kneecapping', 'hiding', 'thrashing', 'leathering', 'shoeing', 'torching', 'lynching', 'stringing', 'burns', 'six', 'hangs', 'swing', 'swinging', 'scream', 'kill', 'killing', 'kills', 'killed', 'murder', 'murdering', 'murdered', 'shoot', 'shooting', 'shot', 'stab', 'stabbing', 'stabbed', 'knife', 'knifed', 'gas', 'gassing', 'gassed', 'hang', 'hanging', 'hanged', 'hung', 'hangings', 'lynch', 'lynching', 'lynched', 'string', 'stringing', 'strung', 'burn', 'burning', 'burned', 'burnt', 'torch', 'torching', 'torched', 'firebomb', 'firebombed', 'firebombing', 'bomb', 'bombing', 'bombed', 'blow', 'blown', 'nuke', 'nuking', 'nuked', 'exterminate', 'exterminated', 'exterminating', 'eradicate', 'eradicated', 'wipe', 'wiped', 'wiping', 'slaughter', 'slaughtered', 'massacre', 'massacred', 'behead', 'beheaded', 'execute', 'executed', 'executions', 'execution', 'run', 'mow', 'mown', 'mowed', 'drown', 'drowned', 'drowning', 'poison', 'poisoned', 'beat', 'beaten', 'batter', 'battered', 'stomp', 'stomped', 'curbstomp', 'strangle', 'strangled', 'butcher', 'butchered', 'torture', 'tortured', 'maim', 'maimed', 'hunt', 'hunted', 'round', 'rounded', 'put', 'cull', 'culled', 'culling', 'gun', 'gunned', 'fire', 'acid', 'bullet', 'bullets', 'bone', 'skull', 'skulls', 'skin', 'glass', 'deck', 'stamp', 'dogs', 'kills', 'murders', 'shoots', 'stabs', 'runs', 'drives', 'ploughs', 'plough', 'plow', 'drive', 'ram', 'rams', 'mows', 'guns', 'opens', 'drowns', 'poisons', 'burying', 'bury', 'freeze', 'blade', 'machete', 'rifle', 'shotgun', 'pistol', 'crossbow', 'sharpened', 'loaded', 'breathing', 'moving', 'hunting', 'bashing', 'earned', 'holocaust', 'genocide', 'pogrom', 'tip', 'mercy', 'die', 'dying', 'died', 'cliff', 'flames', 'disappear', 'disappeared', 'choke', 'bleed', 'suffer', 'starve', 'rot', 'gallows', 'noose', 'rope', 'chambers', 'chamber', 'purge', 'purged', 'hands', 'bags', 'coffin', 'coffins', 'hospital', 'caved', 'pushed', 'alight', 'sterilised', 'sterilized',
  // round 32's plainer harm, massacres, throws and fires
  'attacked', 'assaulted', 'punched', 'kicked', 'trampled', 'crushed', 'hurt', 'injured', 'raped', 'mutilated', 'whipped', 'flogged', 'starved', 'bashed', 'disfigured', 'blinded', 'bludgeoned', 'crucified', 'scalped', 'smacked', 'thumped', 'headbutted', 'knocked', 'dragged', 'throats', 'throat', 'attack', 'assault', 'trample', 'rape', 'mutilate', 'whip', 'flog', 'hurting', 'injure', 'massacre', 'purge', 'lynching', 'cleansing', 'kristallnacht', 'tip', 'throw', 'shove', 'chuck', 'dump', 'toss', 'bat', 'petrol', 'gasoline', 'alive', 'ablaze', 'whipping', 'lash', 'slavery', 'stoning', 'stonings', 'stake', 'happened', 'coming', 'kicks', 'blows', 'punches', 'bullets', 'asking', 'teach', 'stamped', 'stomped']);

/**
 * The group a threat in the sentence is aimed at, if any: each named group (not a pronoun) is marked in turn and the
 * patterns read. `words` are the tokens' words (lower case, contractions split).
 */
/** Words of the euphemisms above, for the same gate. */
const EUPHEMISM_WORDS = new Set(['hero', 'heroes', 'patriot', 'patriots', 'drove', 'push', 'pushed', 'shove', 'shoved', 'throw', 'thrown', 'attacked', 'sorted', 'dealt', 'stoned', 'ran', 'over', 'string', 'indoors', 'inside', 'leave', 'list', 'ovens', 'news', 'floor', 'wrong', 'favour', 'idea', 'coming', 'bottom', 'braking', 'brake', 'pray', 'showers', 'cheap', 'ovens', 'finish', 'shame', 'pity', 'eye', 'addresses', 'indoors', 'ground', 'giving', 'give', 'cleared', 'clear', 'force', 'start', 'legend', 'legends', 'play', 'sleep', 'hospital', 'kicked', 'shoving', 'pushing', 'throwing', 'chucked', 'threw', 'decked', 'bottled', 'floored', 'slapped', 'sort', 'blood', 'bodies', 'bloodshed', 'bloodbath', 'hit', 'happens', 'backs', 'forget', 'slap', 'slapping', 'kicking', 'beating', 'hiding', 'smack', 'punch', 'clout', 'thrashing', 'bags', 'do']);

/** Whether a sentence holds any word of an act or a euphemism: the cheap test before marking anyone. */
export function mayBackstop(tokens: readonly Token[]): boolean {
  return tokens.some((t) => ACT_WORDS.has(t.w) || EUPHEMISM_WORDS.has(t.w));
}

export function threatBackstop(tokens: readonly Token[], groups: readonly GroupMention[], cues = true): Backstop | null {
  if (!mayBackstop(tokens)) return null;
  const words = tokens.map((t) => t.w);
  const plain = words.join(' ');
  // (help, protection, escape and care stand every reading down: "better ways to help refugees who are drowning")
  // ("a pogrom against [group]" is not protection)
  if (PROTECTIVE.test(plain.replace(/\b(?:pogroms?|massacres?|genocide|holocaust|purge|lynching|ethnic cleansing|race war|crusade|kristallnacht) against\b/g, ''))) return null;
  // (policy words stand a threat to a group down, whose hardship they usually report; a call to string up the councillors
  // "who voted for the cuts" names the policy as the reason: threat-at-people.ts reads without them)
  // ("what the [group] deserve is another Holocaust": the atrocity wished again, not history told)
  const standing = (cues ? plain : plain.replace(POLICY_WORDS, '')).replace(/\b(?:deserve|deserves|need|needs) is (?:a |an |another )?(?:holocaust|genocide)\b|\b(?:start|starting|launch|launching|organise|organize|carry out|unleash|time for) (?:a |an |another |the |some )?(?:new |fresh |proper |real |second |final )?(?:pogrom|massacre|genocide|holocaust|purge)\b|\b(?:would|will|should|might|d|ll) (?:soon )?teach (?:the rest|the others|all the others|the lot)\b/g, '').replace(WHEN_AND_WHERE, '');
  if (STAND_DOWN.test(standing) || tokens.some((t) => /^['"‘“’”]/.test(t.raw))) return null;
  // ("execute every Black woman's business plan": the group's thing is the object)
  // (but the group's own place is theirs: "I know where the [group]'s shelter is")
  const named = groups.filter((g) => !g.pronoun && !g.unnamed && !WRONGDOERS.has(words[g.to + 1] ?? '') && (!["'s", 's'].includes(words[g.to + 1] ?? '') || GROUP_PLACES.has(words[g.to + 2] ?? '')));
  for (const g of named) {
    // ("Islamist terrorists should be hanged", "[group] rapists deserve ...": wrongdoers, whom the group word only describes)
    // ("whoever dumped the rubbish deserves ...": whoever is one of them and the clause that says which)
    const marked = [...words.slice(0, g.from), g.from === g.to && words[g.from] === 'whoever' ? 'GRP who' : 'GRP', ...words.slice(g.to + 1)].join(' ');
    for (const [re, what] of PATTERNS) {
      const m = re.exec(marked);
      if (!m) continue;
      // (a negator before the match or inside it: "people should not shoot ...", "we must never again gas ...", "I wish
      // [group] didn't have to suffer")
      // ("can't wait to ..." is eagerness, and "why has nobody ... yet?" a call: their negators deny nothing)
      const inner = m[0].replace(/\b(?:can not|cannot|cant|can t) wait\b|\bwhy (?:has|have) (?:nobody|no one|noone)\b|\bwhy (?:has not|have not|hasnt|havent)\b/g, '');
      if (NEGATED.test(marked.slice(0, m.index)) || (INNER_NEGATION.test(inner) && !NEGATION_MEANT.test(inner))) continue;
      return { group: g, what };
    }
  }
  // (people outside the protected groups are read by the patterns alone: threat-at-people.ts)
  if (!cues) return null;
  // the cues, when no pattern read the sentence: the writer's intent or call, a strong word of violence and the group,
  // with no negation, no protector's "anyone who ...", and none of violence's everyday senses
  // (not the writer's own kin, nor someone else as the one harmed: "if my trans daughter gets bullied again I'll kill him")
  const g = named.find((x) => !['my', 'our'].includes(words[x.from - 1] ?? '') && !['my', 'our'].includes(words[x.from - 2] ?? ''));
  if (!g || PROTECTOR.test(plain) || FIGURATIVE.test(plain) || OTHER_ONE.test(plain) || BENIGN_AFTER.test(plain) || /\b(?:bamboo|hedge|hedges|weeds|brambles|firewood|jungle|trees|undergrowth|coconut|coconuts|watermelon)\b/.test(plain)) return null;
  const violent = STRONG_HARM.exec(plain);
  if (!violent || negatedBefore(plain, violent.index) || /\b(?:no|nobody|no one|noone|never)\b/.test(plain.slice(0, violent.index))) return null;
  const intent = INTENT_CUE.exec(plain);
  if (intent && !negatedBefore(plain, intent.index) && !negatedAfter(plain, intent.index + intent[0].length)) return { group: g, what: `the writer's intent ('${intent[0]}') beside violence ('${violent[0]}') and the group` };
  const call = CALL_CUE.exec(plain);
  if (call && !negatedBefore(plain, call.index) && !negatedAfter(plain, call.index + call[0].length)) return { group: g, what: `a call or a wish ('${call[0]}') beside violence ('${violent[0]}') and the group` };
  return null;
}
/**
 * Round 34: the time and the place of a planned attack, whose words also report and remember: "gets bombed during Ramadan",
 * "open fire at Friday prayers", "the hotel where they're housing the migrants".
 */
const WHEN_AND_WHERE = /\b(?:during|at|on|before|after) (?:the |their |this |next )?(?:friday prayers|prayers|ramadan|eid|diwali|passover|hanukkah|yom kippur|the service|sunday service|pride|mass)\b|\b(?:where|which) (?:they|the council|the government|the home office) (?:are|re|is|s) housing\b/g;
/** One person besides the group, the likelier target: "... I'll kill him". */
const OTHER_ONE = /\b(?:him|her|he|she|his)\b/;
/** A negator in the few words before a cue ("nobody should", "I would never"), or right after it ("should not", "will never"). */
const NEGATOR = /\b(?:not|never|no one|noone|nobody|dont|don t|doesnt|doesn t|wouldnt|wouldn t|shouldnt|shouldn t|wont|won t|isnt|isn t|arent|aren t|cant|can t|didnt|didn t)\b/;
function negatedBefore(text: string, at: number): boolean {
  // ("can't wait to torch ...": eagerness, whose negator denies nothing)
  return NEGATOR.test(text.slice(Math.max(0, at - 24), at).replace(/\b(?:can not|cannot|cant|can t) wait\b/g, ''));
}
function negatedAfter(text: string, at: number): boolean {
  return /^ (?:not|never|n t|ever)\b/.test(text.slice(at, at + 8));
}

/** Words of strong violence, for the cue reading (not "die", "dead", "hurt" or "hospital", said as often of illness and care). */
const STRONG_HARM = /\b(?:kill|kills|killing|killed|murder|murdering|murdered|shoot|shooting|shot|stab|stabbing|stabbed|gas|gassing|gassed|hang|hanging|hanged|lynch|lynching|lynched|strung up|string up|torch|torching|torched|firebomb|firebombed|petrol bomb|bomb|bombing|bombed|acid|bullet|bullets|machete|machetes|shotgun|rifle|crowbar|beat up|beating|beaten|kicking|kicked in|battered|glassed|drown|drowning|drowned|run over|running over|ran over|mow down|exterminate|exterminated|wipe out|wiped out|slaughter|slaughtered|massacre|behead|beheaded|execute|executed|executions|cull|culled|rope|noose|gallows|firing squad|gas chamber|gas chambers|put down|burn alive|burned alive|burnt alive|burn them|burn down|burned down|burnt down|burning down|set fire|set alight|skull|skulls|body bag|body bags|bloodbath|bleed|bleeding|poison|poisoning|poisoned|bury them|buried alive|bury alive|suffocate|suffocated|strangle|strangled|strangling|blade|hunt down|hunting down|plough into|ploughing into|plow into|drive into|drove into|drive through|ram into|rammed into|truck into|car into|van into|open fire|opened fire|opening fire|shoot up|shot up|blow up|blew up|blown up|pipe bomb|grenade|grenades|molotov|molotovs|machine gun|gun down|gunned down|beat to death|kick to death|kicked to death|curb stomp|freeze to death|wiped off the map|wipes out|finish off|finish them off|fatal accident|stop breathing|stops breathing|stop moving|stops moving|pillow over|life support|off the map|gassed|exterminating|incinerate|incinerated|torched|runs over|run them over|drive a truck through|drive my truck through|with petrol|can of petrol|cans of petrol|pig s blood|set (?:\S+ ){1,3}?on fire|push (?:them|em|him|her) (?:down|off|under|in front of)|batters? (?:them|em|him|her)|picks? off|pick (?:them|em) off)\b/;
/** The writer's own intent to act. */
const INTENT_CUE = /\b(?:i (?:will|ll|am going to|am gonna|m gonna|am about to|swear|want to|wanna|plan to|intend to|m coming|am coming|m bringing|am bringing|am taking|m taking)|we (?:will|ll|are going to|are gonna|re gonna|re going to|are coming|re coming|are bringing|re bringing|swear)|gonna|watch me|mark my words|consider (?:yourselves|yourself) warned|you (?:have|ve) been warned|final warning|last warning|not even joking|i mean it|swear down|swear on my|i am going to|i m going to|im going to|looking forward to|i (?:will|ll) make sure|i (?:will|ll) see to|we (?:will|ll) see to|i am heading|i m heading|im heading|on my way to|we (?:will|ll) be waiting|i (?:will|ll) be waiting|i have listed|i ve listed|i know where|(?:tomorrow|tonight|this weekend|this (?:friday|saturday|sunday)|on (?:friday|saturday|sunday)|come (?:friday|saturday|sunday)|next (?:friday|saturday|sunday)) (?:morning |night |evening )?(?:i|we)|(?:i|we) (?:am|m|are|re) (?:going in|walking in|driving|burning|torching|gassing|bombing|poisoning|blowing up|setting fire|opening fire|shooting up|loading up|coming for))\b/;
/** A call on others, a wish or a cheer. */
const CALL_CUE = /\b(?:should|must|need to|needs to|ought to|deserve|deserves|deserved|hope|hoping|wish|would be (?:great|nice|good|better|lovely|brilliant|amazing|fun|a treat)|d be (?:great|nice|good|better|lovely)|can not wait|cant wait|lets|let us|time to|about time|why (?:has|have) (?:not|nobody|no one)|why hasnt|why havent|love to see|make my (?:day|week|year)|more of (?:this|that)|fair play|legend|legends|well done|good riddance|bring back|fingers crossed|here s hoping|heres hoping|let s hope|praying|pray|may the|a mercy|a blessing|high time|earned|got it right|did what needed|a favour|a favor|public service|a service to|hero|heroes|patriot|patriots|more like him|his example|her example|somebody has to|someone has to)\b/;
/** Words of protection and escape: "we must protect [group] from being killed", "[group] fleeing the bombing". */
const PROTECTIVE = /\b(?:check on|checking on|look in on|housed|visa|visas|without|against|stop|prevent|prevented|protect|protects|protecting|safe|safety|survive|survived|survivor|survivors|escape|escaped|fled|flee|fleeing|rescue|rescued|help|helping|helped|care|caring)\b/;
/** A protector's threat at whoever harms the group: "I'll kill anyone who touches a trans kid". */
const PROTECTOR = /\b(?:anyone who|anybody who|people who|men who|thugs who|whoever|if anyone|if anybody|if someone|if somebody|the people who|those who|the guy who|the man who|the men who|the bloke who|the person who|the bastard who|the bastards who|the scum who|the thugs who|the idiots who|the coward who|the cowards who|the ones who)\b/;
/** Violence's everyday senses. */
const FIGURATIVE = /\b(?:kill(?:s|ing|ed)? it|killer|killers|slay|slayed|slaying|shoot(?:ing)? (?:photos|pics|pictures|a video|the video|videos|footage|for|hoops|the breeze|some hoops|pool)|bomb(?:ed)? (?:the|my|an|that) (?:exam|test|interview|audition|gig)|burn(?:ing)? (?:calories|the midnight oil|rubber)|knock (?:them|em) dead|smash(?:ed)? it|dying (?:to|for|of)|bath bomb|bath bombs|photo bomb|photobomb|stag do|hen do|hangover|hanging out|hang out|hung out|hang with|hanging with|hang around|hung up|hang on|beat (?:them|us|you|me) (?:at|in|to)|gas (?:bill|prices|price|station|mark|hob|cooker|leak|boiler)|petrol (?:station|prices|price)|rope (?:swing|course|bridge)|acid (?:test|reflux|house|jazz)|shot (?:glass|glasses|of|at the title|on goal)|shots|(?:a|the same|same|fair|good|real|decent|equal|second|another|first|one|long|big|mug|flu|booster|best|proper) shot|shot at (?:a|an|the|getting|being|making|winning|it)|bullet points?|bullet journal|fire (?:drill|alarm|pit|brigade|station|fighter|fighters|safety|exit)|cull (?:the|my) (?:wardrobe|list|backlog))\b/;

/**
 * A threat in a sentence of its own after one that names the group ("Keep talking, [group]. The rope is already in the
 * back of my truck.", "Saw a crowd of [group] by the station. Bring the bats, lads.", "[group] moved in next door. They
 * won't make it to Christmas."): the sentence names no group, aims at no one else, and holds a threat the grammar found
 * or a veiled one (arms at hand, a fate for "them" or "you"). Not after a sentence that reports harm done to the group or
 * condemns ("Our Muslim neighbours were attacked. If I find who did it ..."), and not for success or appetite ("They'll
 * kill it on stage", "I'd kill for one").
 */
export function threatAfterGroup(tokens: readonly Token[], prevGroups: readonly GroupMention[], prevTokens: readonly Token[], threats: () => readonly { explain: string }[]): Backstop | null {
  const prevWords = prevTokens.map((t) => t.w);
  const g = prevGroups.find((x) => !x.pronoun && !x.unnamed);
  if (!g) return null;
  const words = tokens.map((t) => t.w);
  const text = words.join(' ');
  if (tokens.some((t) => t.mention) || words.some((x) => AIMED_ELSEWHERE.has(x)) || AFTER_STAND_DOWN.test(text) || STAND_DOWN.test(text)) return null;
  const before = prevWords.join(' ');
  if (HARM_REPORTED.test(before) || STAND_DOWN.test(before) || AFTER_STAND_DOWN.test(before)) return null;
  // (a fate that is weather, money or praise: "they won't last long in that damp", "I know where they live, lovely flat")
  if (FATE_BENIGN.test(text) || WELL_WISHED.test(text) || DEPARTURE.test(before)) return null;
  const veiled = VEILED_AFTER.exec(text);
  // (arms at hand, but not a knife for the roast or cricket bats)
  const arms = veiled !== null && ARMS_WORD.test(veiled[0]);
  if (veiled && !(arms && BENIGN_AFTER.test(`${before} ${text}`))) return { group: g, what: `a veiled threat ('${veiled[0]}') after a sentence naming the group` };
  const found = threats()[0];
  if (found) return { group: g, what: `${found.explain}, after a sentence naming the group` };
  // the two sentences read as one ("Keep talking, [group]. We'll drown the lot of you.")
  return joined(prevTokens, prevGroups, tokens);
}

/**
 * The backstop on two sentences read as one: the group named in the first, the threat in the second, or the other way
 * round ("Rope's in the boot. Any [group] round here better pray we don't find them." reads in one sentence anyway).
 */
export function joined(first: readonly Token[], firstGroups: readonly GroupMention[], second: readonly Token[], secondGroups: readonly GroupMention[] = []): Backstop | null {
  const shift = first.length;
  const tokens = [...first, ...second];
  const groups = [...firstGroups.filter((x) => !x.pronoun && !x.unnamed), ...secondGroups.filter((x) => !x.pronoun && !x.unnamed).map((x) => ({ ...x, from: x.from + shift, to: x.to + shift }))];
  if (WELL_WISHED.test(second.map((t) => t.w).join(' '))) return null;
  const b = groups.length ? threatBackstop(tokens, groups) : null;
  return b ? { group: b.group, what: `${b.what} (over two sentences)` } : null;
}
/** Someone else the threat may be aimed at: a man, a woman, whoever did something. */
const AIMED_ELSEWHERE = new Set(['him', 'her', 'he', 'she', 'his', 'whoever', 'who', 'perpetrators', 'perpetrator', 'attacker', 'attackers', 'cowards', 'coward', 'bully', 'bullies', 'abuser', 'abusers']);
/** Success, appetite and play: "they'll kill it on stage", "I'd kill for one", "smashed every record". */
const AFTER_STAND_DOWN = /\b(?:bonfire|campfire|barbecue|bbq|candles|candle|birthday|fireworks|fair|rounders|cricket|softball|baseball game|training|practice|pitch|club|team|kill it|killed it|killing it|kill for|killed for|to die for|dying to|smash it|smashed it|smashed every|nailed it|slay|slayed|match|final|game|games|quiz|bingo|exam|stage|show|gig|concert|party|recipe|dinner|cake|snacks|vigil|safe|safety|protect|support|police|report|reported)\b/;
/** The sentence before reports harm done to the group or mourns it. */
const HARM_REPORTED = /\b(?:someone|somebody|some idiot|some thug|some thugs|spray painted|spray-painted|swastika|swastikas|daubed|desecrated|defaced|attacked|assaulted|abused|abuse|harassed|harassment|bullied|vandalised|vandalized|beaten|hurt|threatened|targeted|killed|murdered|stabbed|shot|died|dead|victim|victims|hate crime|slurs|spat at|graffiti|arson|firebombed|injured)\b/;
/** Arms named in a veiled threat. */
const ARMS_WORD = /\b(?:rope|ropes|noose|bat|bats|knife|knives|machete|machetes|gun|guns|shotgun|rifle|petrol|lighter|matches|crowbar|hammer|axe|acid|bricks|molotov|molotovs)\b/;
/** Everyday reasons for a knife, a rope or matches, and fates that are weather or money. */
const BENIGN_AFTER = /\b(?:prop|props|costume|costumes|wardrobe|rehearsal|actors|cast|opposition|playing|borrowed|roast|kitchen|cooking|cook|carving|carve|chopping|ladder|sparklers|cricket|rounders|softball|baseball|garden|gardening|bbq|barbecue|camping|fishing|diy|boiler|heating|candles|birthday|cake|fireworks|bonfire|festival|diwali|hanukkah)\b/;
/** Weather, money, housing, play and praise beside a fate or a whereabouts. */
/** A farewell or a trip: "... fly home tomorrow. Enjoy your last night, lads!" */
const DEPARTURE_WORDS = String.raw`fly home|flying home|going home|leaving|goodbye|farewell|exchange|holiday|trip`;
const DEPARTURE = new RegExp(String.raw`\b(?:${DEPARTURE_WORDS})\b`);
const FATE_BENIGN = new RegExp(String.raw`\b(?:${DEPARTURE_WORDS}|holidays|damp|mould|mold|cold|heat|weather|rent|prices|boiler|heating|winter|in that (?:flat|job|house|weather)|lovely|nice|beautiful|gorgeous|cosy|cozy|playing|play|game|match|cookout|party|borrowed|bringing back|lent|return|returning)\b`);
/** A fate wished well: "I hope every family is okay", "they won't make it through the winter without a boiler". */
const WELL_WISHED = /\bhope (?:every|everyone|they|all|the)\b.*\b(?:okay|ok|safe|alright|well)\b|\bwithout (?:a |an |the |proper |decent )?(?:boiler|heating|help|support|food|money|shelter|a home|housing|care)\b/;
/** Arms at hand or a fate for "them" or "you", told in a sentence of its own. */
const VEILED_AFTER = /\b(?:i ve got|ive got|i have got|i have|got|there s|there is|i am bringing|im bringing|i m bringing|bringing|bring|grab|grabbing|packed|packing|loaded|sharpened|sharpening|filled|fuelled|fueled) (?:\S+ ){0,3}?(?:a |the |my |some |our |a can of |a jerry can of )?(?:rope|ropes|noose|bat|bats|baseball bat|baseball bats|knife|knives|machete|machetes|gun|guns|shotgun|rifle|petrol|lighter|matches|crowbar|hammer|axe|acid|bricks|molotov|molotovs)\b|\bthe (?:rope|noose|petrol|gun|guns|knife|knives|bats|shotgun|rifle) (?:is|are|s) (?:already |all )?(?:ready|waiting|loaded|in the|in my|packed|sharpened)\b|\b(?:they|them|you|u|ya|em) (?:\S+ ){0,2}?(?:will not|wont|won t|are not|aren t|will never|ll never) (?:be )?(?:walk(?:ing)? (?:home|again|out)|make it (?:home|to|through|out|past)|see (?:tomorrow|christmas|the morning|another|next|the new year)|know what hit (?:them|em|you)|last (?:long|the week|the night|the year)|wake up)\b|\b(?:they|you|u) (?:will not|wont|won t|are not|aren t) (?:be )?(?:safe|laughing|around|here) (?:for long|much longer|long)\b|\benjoy (?:your|ur|their) last (?:night|weekend|week|day|days|christmas|summer)\b|\b(?:tonight|tomorrow|this weekend|next week|soon) we (?:finish (?:it|them|this)|end (?:it|them|this)|come for (?:you|them)|clean (?:house|up|the streets))\b|\bi know where (?:you|they) (?:live|sleep|pray|meet|work|hang out|drink)\b|\bwhere (?:is|s) (?:a |the )?(?:good old )?(?:lynch mob|pitchfork|firing squad|noose|rope) when (?:you|u) need (?:one|it)\b/;
