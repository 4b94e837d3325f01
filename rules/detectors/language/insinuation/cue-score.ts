/**
 * Cue score: a fallback for implicit derogation that no frame in this folder was written for. Frames are phrase lists and
 * do not generalise to new wordings (round 8 measured it); a bag-of-words classifier did generalise but fired on a fifth of
 * ordinary tweets naming a group. This sits between them: a sentence that names a protected identity collects points from
 * independent cue families (something bad said near the group, a generalising or knowing marker, a wish to keep the group
 * away) and fires only when the points reach a threshold, with broad vetoes for sympathy, news, counter-speech, praise,
 * the writer's own membership and honest questions. Every weight is written here, and the finding names the cues that
 * fired, so a reviewer can see why it fired and what to change.
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { GIVING, hasPraise, IDENTITY_THINGS, identityWord, lamentedInjustice, lastWord, negatedIn, writerIsMember, type Neighbour, type Words } from './shared';

/** What group-attack reads to let any other reading of the sentence win over this one. */
export const CUE_SCORE = 'cue score';

type Family =
  | 'generalising' | 'knowing' | 'distance' | 'opinion'
  | 'decline' | 'power' | 'crime' | 'dirt' | 'burden' | 'incompetence' | 'danger' | 'dehumanising' | 'pathologising' | 'character';

/** Bad things said near the group: the content of a derogation. The other three families only frame it. */
const CONTENT = new Set<Family>(['decline', 'power', 'crime', 'dirt', 'burden', 'incompetence', 'danger', 'dehumanising', 'pathologising', 'character']);

/**
 * Cue vocabulary, one family per entry, comma-separated words or phrases in folded form (contractions expanded: "can't" is
 * "can not"). Words with an ordinary sense that is not bad ("front", "free", "cost") are only listed inside phrases.
 */
const LEXICON: Record<Family, string> = {
  generalising: `always, every time, every single, all the same, everywhere, wherever, whenever, these people, those people, their kind, them lot,
    that lot, your lot, one of them, half of them, all of them, most of them, the lot of them, half the, never change, yet another, without fail, as usual, as ever, as always, every one of them, in their blood, in their nature, all they do, it is always,
    the usual, expect the, these days, on every corner, every weekend, every night, every morning, every day, every week, are all, they all, all these, all those, every last, every one, keep having, keep coming, keep getting, keep doing, keep on,
    the rest of us, while the rest of us, normal people, us normal, always seem to, always seems to, without exception,
    all over the, every single day, day in day out, once again, yet again, as per usual`,
  knowing: `no wonder, of course, typical, figures, funny how, funny that, wonder why, wonder how, surprise surprise, what a surprise, just saying,
    not being funny, not racist but, shocker, let me guess, guess what, who could have seen, who would have thought, mark my words, classic,
    unsurprisingly, obviously, predictably, naturally, could not make it up, make it make sense, coincidence, enough said, say no more,
    need i say more, everyone knows, everybody knows, just look at, tell me it is, sorry but, go figure, am i right, you know the type,
    you know what they are like, i am sure, i wonder, real safe, nice life, thanks a lot, cheers for that, you can guess, guess which,
    guess who, bet you can, give it a year, give it ten years, look at it now, look what happened, look where that got us,
    and now, ever since, since they, once they, the moment they, how do they even, why are they even, funny enough, what do you expect,
    no thanks, everyone can see, anyone can see, you can see, open your eyes, wake up,
    strange how, odd how, strange that, says it all, that says it all, tells you everything, tells you all you need, tells you all,
    nobody could have predicted, no one could have predicted, who could have predicted, could have predicted, colour me shocked,
    color me shocked, famously, what could possibly go wrong, sorry not sorry, makes sense, how they are wired, just what they are,
    just how they are, we all know, stop pretending, let us not pretend, must be nice, who knew, big surprise, quelle surprise,
    imagine my surprise, shocked, in other news, already know, i just know, you just know,
    as expected, as predicted, true to form, right on cue, like clockwork, nothing to see here, what a shock, not surprised, who saw that coming,
    can not be too careful, you can never be too careful, we all know where, we all know how, we all know what`,
  opinion: `i think, i believe, i reckon, i feel like, i just think, i honestly think, i honestly believe, i personally think, i personally believe, personally,
    in my opinion, imo, imho, my view is, my honest view, my two cents, unpopular opinion, hot take, controversial opinion, let us be honest, let us be real,
    to be honest, tbh, truth is, the truth is, call me old fashioned, i have nothing against, i am not racist but, i am not sexist but, i am all for`,
  distance: `keep away, keep them away, kept away, stay away, well away, away from our, away from my, anywhere near, not near, near my, near our,
    would not let, will not let, should not be allowed, should not be let, should never be allowed, not be allowed, belong in, belong at,
    stick to their own, stick to what, go back, send them back, moved out, moving out, move out, no go, next flight, not in my, stay home, stay at home,
    locked up, lock them up, keep them out, kept out, not welcome, take their licences, take away their, stop voting, let out alone,
    hide your, hide anything, lock your, lock up your, clutch your, cross the street,
    keep him away, keep her away, keep him off, keep her off, keep them off, keep them where, put them somewhere, ship them, send them off,
    take their keys, take away their keys, out of sight`,
  decline: `not my country, not even my country, which country i live in, do not recognise, do not recognize, a word of english, no english, not a word of english,
    ruined, ruin, ruining, ruins, tanked, downhill, gone to hell, went to hell, gone to the dogs, went to the dogs, look at it now,
    look at the state, look what happened, look where that got us, dead, collapsed, through the roof, it is over, the end of, used to be,
    declined, decline, worse, worst, not recognise, not recognize, unrecognisable, unrecognizable, chaos, we are broke, falling apart, going under, not the same, lost our, overrun, nobody can afford,
    the bins, can not walk`,
  power: `own everything, took over, take over the, taken over the, running the news, running the banks, running the bank, next they will want, next they will, owning everything, owns everything, run everything, running everything, runs everything, control the,
    controls the, controlling the, in control of, pull the strings, pulling the strings, run hollywood, run the banks, run the media,
    own the media, own the banks, take over, taking over, taken over, takes over, their plan, on purpose, replace us, replacing us,
    end up owning, end up running, own the road, like they own, enough of them, outnumber, outnumbers, outnumbered, outbreed,
    their numbers`,
  crime: `thefts, loot, looting, looters, mugging, muggers, mugger, carjacking, carjackings, knife crime, crime rate, crime rates, cry rape, cries rape, false accusations, cries assault, cry assault,
    steal, steals, stealing, stole, stolen, nicked, nick, rob, robs, robbing, robbed, robbery, thief, thieves, theft, scam, scams,
    scammer, scammers, scamming, scammed, fraud, fraudsters, cheat, cheats, cheating, liars, lying, faking, fiddle, grift, grifters, crime,
    crimes, criminal, criminals, gang, gangs, drug, drugs, dealers, shoplifting, smuggling, laundering, fronts, sneaky, shady, dodgy, tagging, graffiti,
    went missing, go missing, goes missing, ripping off, rip you off, ripping you off, rob you, squeeze, grooming, groomers, perverts,
    predators, pickpockets, pickpocketing, pyramid scheme, pyramid schemes, started disappearing, keep disappearing, bolting, bolt down,
    chain up, chaining up, hustle, on the make, begging, beggars, con artists, bent, corrupt, hide abusers, bolted down`,
  dirt: `smell, smells, smelt, stink, stinks, stinking, stench, smelly, dirty, filth, filthy, dirt, litter, overflowing, sticky, loud, noisy,
    noise, shouting, screaming, blasting, racket, mess, messy, unwashed, greasy, hygiene`,
  burden: `council housing, council house, council flat, council flats, free healthcare, housing list, my taxes, our taxes, benefit cheque, benefits cheque, lottery ticket, meal ticket, free ride, by the boatload, boatload, boatloads,
    benefits, handouts, handout, welfare, dole, free houses, free housing, free stuff, for free, freebies, scroungers, scrounging,
    sponging, spongers, living off, live off, lives off, drain, burden, costing, we pay, pay for it, taxpayer, taxpayers, handed to them,
    handed everything, entitled, hoard, hoarding, get everything, get houses, get a house, brand new phones, jump the queue, on the fiddle,
    milking, milk the system, freeloaders, freeloading, our jobs, the jobs, took all, hold up, holding up, holds up, slow down, slows down,
    slow everything, drag, drags, babysitting, to pay for, too many children, too many kids, blocking, in the way, holding everyone up,
    hold everyone up, while the queue, ~pay taxes, ~pay tax, ~contribute,
    holding everyone back, holding us back, holds everyone back, hold everyone back, dragging the country, dragging us, drag us down,
    dragging everyone, guess who pays, who pays for, we all pay, the rest of us pay, participation trophy, participation trophies,
    asking for aid, begging for aid, on benefits, latest iphone, latest iphones, latest phones, new iphone, new iphones, brand new iphones, brand new iphone, designer trainers, designer clothes, flash cars, taking up beds, taking up hospital beds, bed blocking, bed blockers,
    dead weight, deadweight, ballast, clogging up, clog up, slow everyone, slows everyone, slowing everyone, slow us all, everyone else has to, the rest of us have to`,
  incompetence: `hold up the line, holding up the line, fax machine, can not use a computer, can not learn, will not learn,
    useless, hopeless, incapable, incompetent, lazy, slow, thick, clueless, nonsense, can not park, can not drive, can not cook,
    can not read, can not count, can not speak, can not even, could not understand, can not understand, can not hold, can not handle,
    can not cope, can not be trusted, can not commit, can not control, can not season, can not run, never work, never works, do not work,
    will not work, will not learn, do not integrate, will not integrate, never integrate, never learn, never pay, do not pay, no idea,
    does not bother, do not bother, never bother, half done, doing nothing, do nothing, rude, sensitive, crybabies, whinge, whine,
    moan, moaning, emotional, hysterical, dramatic, drama, flaky, simple-minded, brains of, bad drivers, menace on, cowards, cowardly,
    brats, driving like, drive like, ~even bother, ~bother learning, ~bother to learn, ~learn english, ~learning english, ~speak english,
    ~speak a word, ~integrate, ~wash, ~shower, ~tip, ~do the same job, ~do the job, ~do the basics, ~do basic, left her brain, left his brain, left their brains,
    ~do anything right, ~do anything properly, ~keep up, ~cope with, ~handle the, ~follow, useless at, terrible at, hopeless at, rubbish at,
    no good at, half the work, half as much, twice as long, double check, double checking, redo their, redo his, redo her, hand holding,
    meltdown, meltdowns, tantrum, tantrums, mess it up, messes it up, mess everything up, break everything, break it, screw it up, screws it up,
    box ticking, tick a box, ticking a box, ticked a box, box ticked, tick the box, quota hire, quota to fill, diversity hire, token hire`,
  danger: `violent, violence, attack, attacks, dangerous, danger, threat, threats, menace, stab, stabbing, stabbings, knife, knives, daggers,
    bomb, bombs, bombing, terror, terrorist, terrorists, time bomb, time bombs, not safe, unsafe, aggressive, shooting, shootings, shooter,
    rape, rapes, rapists, start fights, fights, brawl, brawls, thugs, intimidating, creepy, trouble, troublemakers, fighting age, military age`,
  dehumanising: `belong in a zoo, a zoo, the jungle, in the trees, back in the trees, swinging from the trees, swinging from trees, multiply like, breed like, infest, infesting, like puppies, like pets, like animals, like cattle, like rats,
    rats, cockroaches, vermin, infested, a plague, a cancer, a disease, a virus, parasite, parasites, animals, savages, savage, feral, primitive,
    backward, breed, breeding, swarm, swarming, flooding in, flooding into, flooding our, flooding the country, flooding across, flood in, pouring in, invading, an invasion, invasion of, hordes, horde, creatures, beasts,
    livestock, cattle, monkeys, apes, someone's cat, eat dogs, bred, bred to`,
  pathologising: `not normal, unnatural, abnormal, perversion, perverted, degenerate, degenerates, slippery slope, marry their dogs,
    mentally ill, mentally unwell, sick in the head, sickness, disease, diseases, std, stds, phase, attention seeking,
    attention seekers, want attention, wants attention, grow out of it, confused, delusion, delusional, made-up,
    made up, agenda, recruit, recruiting, promiscuous, greedy, fashionable thing, trend, fad, brainwashed, gullible, cult, hypocrites,
    pushing their, push their, shoving, forcing their, playing pretend, play pretend, pretending to be, their fantasy, make believe,
    play dress up, playing dress up, dressing up as, hall pass, an excuse, just an excuse, excuse to, excuses, cop out, free pass,
    trendy, stops being trendy, detransition, jumped on the bandwagon, bandwagon, just a label, made up pronouns, special snowflakes,
    mental illness, a mental illness, mentally disturbed, ~make up their minds, ~make up their mind, ~make up his mind, ~make up her mind, excuse for,
    the new excuse, everyone else 's business, everything about being`,
  character: `angry, so angry, bitter, miserable, arrogant, smug, preachy, whiny, whining, complain about everything, complaining about everything,
    ungrateful, selfish, spoilt, spoiled, snowflakes, snowflake, soft as, fragile, pushy, nosy, stingy, tight fisted,
    penny pinching, money grabbing, grabby, two faced, sly, cunning, untrustworthy, play the race card,
    playing the race card, plays the race card, race card, victim card, make everything about, makes everything about, play the victim, playing the victim, gold diggers, gold digger,
    nightmare, nightmares, exhausting, insufferable, unbearable, mood swings, chip on the shoulder, chip on her shoulder, chip on his shoulder,
    chip on their shoulder, no personality, think they are smarter, think they are better, think they are superior, think they are special,
    think they are above, act like they are, acting like they are, bend over backwards, special treatment, the whole world has to,
    revolve around them, revolves around them, make it about, makes it about`,
};

/** Weights: content is what makes a sentence derogatory; the others make a neutral mention of something bad into a verdict. */
const WEIGHT = { content: 2, secondContent: 1, distance: 2, generalising: 1, knowing: 1, saidOf: 1 } as const;
/** Fires at this score; a question, or an identity given only by an adjective, must score one more. */
const THRESHOLD = 3;

/**
 * Vetoes, read in the whole window: the sentence sympathises, reports, condemns, praises or asks honestly. Broad on
 * purpose: a fallback that misses is better than one that fires on a news post about the same group.
 */
const GUARD: readonly string[] = `
  discrimination, discriminated, discriminate, racism, racist, racists, sexism, sexist, homophobia, homophobic, transphobia, transphobic,
  ableism, ableist, ageism, ageist, bigot, bigots, bigotry, bigoted, prejudice, xenophobia, xenophobic, islamophobia, antisemitism,
  antisemitic, misogyny, misogynist, abuse, abused, abusive, targeted, harassed, harassment, hate, hated, hatred, victim, victims, unfair,
  unfairly, underpaid, exploited, exploit, exploitation, bullied, bullying, scapegoat, scapegoated, scapegoating, persecuted, persecution,
  trafficked, trafficking, fleeing, fled, refuge, shelter, shelters, against, face, faced, faces, facing, suffer, suffered, survivors,
  jailed, imprisoned, detained, opposed, oppose, opposing, protest, protests, protested, protesting, caught, chased, stopped, fighting,
  tackling, campaign, campaigning, volunteer, volunteers, overwhelmed, war, treated, treatment, housing, care homes, cut, cuts, breeding ground,
  breeding grounds, talent, stick to the plan,
  fell, fallen, dropped, drop, decreased, reduced, lower, less likely, improved, improving, reopened, thrived, went down, gone down, is down,
  striker, match, title, league, squad, tournament, offsite, medal, trophy,
  myth, myths, stereotype, stereotypes, stereotyping, trope, tropes, narrative, misinformation, propaganda, meme, dated, tired, lazy trope,
  not true, is not true, are not true, untrue, nonsense claim, rubbish, debunked, condemn, condemned, condemns, reported, report, reports,
  study, studies, survey, data, research, researchers, statistics, figures show, according to, the report, found that, headline, news,
  coverage, article, journalist, documentary, history, historically, decades, century, centuries,
  support, supported, supporting, help, helped, helping, protect, protected, protection, rights, deserve, deserves, welcome, welcomed,
  welcoming, respect, proud, love, loved, loves, thank, thanks to, grateful, celebrate, celebrated, celebrating, congrats, congratulations,
  amazing, brilliant, wonderful, great, lovely, kindest, best, excellent, fantastic, beautiful, delicious, talented, inspiring, legends,
  legend, hero, heroes, brave, happier, thriving, stunning, incredible, sweetest, polite, politely, friendly, generous, warm, safer, equal,
  kind, as a, i am a, i am an, we are, speaking as, fellow, stop saying, stop calling, stop treating, people who say, people who think,
  people saying, saying that,
  called, calls them, claim, claims, claimed, accused, blamed, blame them, stereotyped, assume, assumed, assumption, assumptions,
  joke, jokes, funny that people, underfunded, neglect, neglected, poverty, poor, struggling, struggle, barriers, access,
  accessible, inaccessible, exclusion, excluded, denied, left with, homeless, freezing, starving, drowning, died, dying, killed, murdered,
  mourn, rest in peace, pray for, heartbreaking, heartbroken, tragic, tragedy, capsized, sank, rescued, rescue, lifeboat, attack on, attacks on, attacked, attackers, thoughts with, solidarity, justice, equality, inclusion, inclusive, diversity, diverse, ally, allies,
  so do i, so am i, as do i, me too, same here, guilty as charged, exhausting for them, exhausting for her, exhausting for him, have to justify,
  novel, my novel, short story, screenplay, script, fanfic, fan fiction, writing a, zombie, zombies, video game, the film, the movie, episode,
  stop blaming, blaming, ignorant
`.split(',').map((s) => s.trim()).filter(Boolean);

/** Superlatives of praise for people: "some of the hardest working people I know". */
const HIGH_PRAISE = new Set(['hardest', 'hardworking', 'nicest', 'kindest', 'bravest', 'smartest', 'funniest', 'warmest', 'sweetest', 'strongest', 'wisest', 'loveliest']);

/** A phrase of one family; `denied` phrases count only after a negator ("don't even bother learning English"). */
interface Entry { family: Family; parts: readonly string[]; denied: boolean }

/** Phrases indexed by first word, longest first, built once: a window is scanned once for every family at the same time. */
function indexOf(entries: readonly Entry[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = m.get(e.parts[0] as string);
    if (list) list.push(e);
    else m.set(e.parts[0] as string, [e]);
  }
  for (const list of m.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return m;
}

const entry = (family: Family, p: string): Entry => ({ family, parts: p.replace(/^~/, '').split(/\s+/), denied: p.startsWith('~') });
const CUES = indexOf((Object.keys(LEXICON) as Family[]).flatMap((f) => LEXICON[f].split(',').map((s) => s.trim()).filter(Boolean).map((p) => entry(f, p))));
const GUARDS = indexOf(GUARD.map((p) => entry('knowing', p)));

function matchAt(words: Words, i: number, index: Map<string, Entry[]>): Entry | undefined {
  for (const e of index.get(words[i] as string) ?? []) if (e.parts.every((x, j) => words[i + j] === x)) return e;
  return undefined;
}

/** Intensifiers a writer drops into a stock phrase: "make literally everything about", "holding us all back". */
const PHRASE_FILLERS = new Set(['literally', 'really', 'just', 'actually', 'basically', 'honestly', 'all', 'so', 'even', 'always', 'constantly', 'still', 'totally', 'fucking', 'bloody']);

/**
 * A cue phrase at i, with intensifiers allowed between its words (never before the first, never two in a row); the index
 * of its last word, or -1. Guards are matched exactly: a veto should not stretch.
 */
function cueAt(words: Words, i: number): [Entry, number] | undefined {
  const exact = matchAt(words, i, CUES);
  if (exact) return [exact, i + exact.parts.length - 1];
  for (const e of CUES.get(words[i] as string) ?? []) {
    if (e.parts.length < 2) continue;
    let k = i + 1;
    let ok = true;
    for (let j = 1; j < e.parts.length && ok; j++) {
      if (words[k] !== e.parts[j] && PHRASE_FILLERS.has(words[k] ?? '')) k++;
      ok = words[k] === e.parts[j];
      k++;
    }
    if (ok) return [e, k - 1];
  }
  return undefined;
}

/**
 * Openers that say the praise after them is sarcasm: "Love how ...", "Great news, ...", "Amazing how all these ...".
 * Read on the folded words of the sentence; an @mention may come first.
 */
const SARCASTIC_OPEN = /^(?:user )*(?:(?:i )?(?:just |really )?(?:love|loving) how|(?:got to|gotta|you have got to|you got to|you gotta) love|(?:great|good|fantastic|brilliant) news|nice of|oh great|(?:amazing|incredible) how|(?:so|how) brave)\b/;
/** What "our" before makes the writer's own people: "our community", "our Muslim colleagues" (not "our town"). */
const OUR_PEOPLE = new Set(['community', 'people', 'family', 'families', 'colleagues', 'friends', 'neighbours', 'neighbors', 'kids', 'team', 'staff', 'members', 'muslim', 'jewish', 'black', 'gay', 'trans', 'lgbt', 'lgbtq', 'queer', 'disabled', 'deaf', 'immigrant', 'refugee']);
/** Praise guards a sarcastic opener turns into mockery: "Amazing how ...", "Love how ...", "so brave". */
const MOCKED_PRAISE = new Set(['love', 'loved', 'loves', 'great', 'amazing', 'brilliant', 'wonderful', 'lovely', 'fantastic', 'incredible', 'brave', 'stunning', 'best', 'excellent', 'beautiful', 'inspiring']);

/** "their kind", "that kind of", "some kind of" are not the praise word. */
const NOT_PRAISE_BEFORE_KIND = new Set(['their', 'your', 'that', 'this', 'what', 'some', 'any', 'his', 'her', 'our', 'same', 'a', 'the', 'those', 'these']);

/**
 * The first guard found vetoes, except where the guard word plays another part: "not racist but" is a knowing cue,
 * "their kind" is othering, and praise of how things "used to be" is nostalgia for before the group came.
 */
function guarded(words: Words, sarcastic = false): boolean {
  for (let i = 0; i < words.length; i++) {
    const e = matchAt(words, i, GUARDS);
    if (!e) continue;
    const w = words[i] as string;
    // ("Great news, more ... moving in": the opener's own words are no report)
    // (only the opener's own words: "Love how Black Twitter takes over every awards night, the best commentary" praises)
    if (sarcastic && i < 3 && (MOCKED_PRAISE.has(w) || w === 'news')) continue;
    // "fighting age men" is no fight against anything
    if (w === 'fighting' && words[i + 1] === 'age') continue;
    if ((w === 'racist' || w === 'sexist') && words[i - 1] === 'not' && words[i + 1] === 'but') continue;
    if (w === 'kind' && NOT_PRAISE_BEFORE_KIND.has(words[i - 1] ?? '')) continue;
    if (words.slice(Math.max(0, i - 4), i).join(' ').includes('used to be')) continue;
    return true;
  }
  return false;
}

/** A negator shortly before the cue in its clause: "immigrants are not criminals", "no crime", "don't even bother". */
function negated(words: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k] as string;
    if (CLAUSE_BREAK.has(w) || CONJUNCTIONS.has(w)) return false;
    // "no go zone" names a place, it does not negate the next cue
    if (NEGATORS.has(w) && !(w === 'no' && words[k + 1] === 'go')) return true;
  }
  return false;
}

interface Found { family: Family; at: number; text: string; own: boolean }

/** Cues in a window, one entry per phrase: a content cue counts when it is said, a denied one when it is denied. */
function cuesIn(words: Words, own: boolean, out: Found[]): void {
  for (let i = 0; i < words.length; i++) {
    const m = cueAt(words, i);
    if (!m) continue;
    const [e, end] = m;
    // "entitled to asylum" is a right, not the vice
    if (e.parts.length === 1 && e.parts[0] === 'entitled' && words[i + 1] === 'to') continue;
    const counts = e.denied ? negated(words, i) : !(CONTENT.has(e.family) && negated(words, i));
    if (counts) out.push({ family: e.family, at: i, text: (e.denied ? 'not ' : '') + e.parts.join(' '), own });
    i = end;
  }
}

/** A negation does not reach past these: "they can't afford it and we pay for it". */
const CONJUNCTIONS = new Set([',', 'and', 'or', 'so', 'while', 'then', 'because', 'when', 'if']);
const FIRST_PERSON = new Set(['my', 'our', 'fellow']);
/** Openers that tie a sentence to the one before: "Then the Kurds arrived", "And now ...". */
const LINKS = new Set(['then', 'now', 'and', 'since', 'so', 'but', 'after', 'until']);
const VICTIM_SLOT = new Set(['for', 'towards', 'toward']);
const TEAMS = new Set(['team', 'teams', 'side', 'squad']);
const QUESTION_OPENERS = new Set(['are', 'is', 'do', 'does', 'did', 'why', 'how', 'what', 'who', 'when', 'where', 'should', 'can', 'could', 'would', 'will', 'have', 'has', 'which', 'were', 'was']);
const PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'he', 'she', 'his', 'her', 'him']);

/** Verbs whose object is a crime's victim: "scammers always target elderly people". */
const PREYED_ON = new Set(['target', 'targets', 'targeting', 'prey', 'preys', 'preying', 'rob', 'robs', 'robbing', 'scam', 'scams', 'scamming', 'con', 'cons', 'conning', 'fleece', 'fleeces', 'exploit', 'exploits', 'exploiting', 'cheat', 'cheats', 'defraud', 'defrauds']);
/** Verbs that attribute the sentence to the group: "..., says the Jewish student society". */
const SAYS = new Set(['says', 'said', 'warns', 'warned', 'writes', 'wrote', 'posted', 'tweeted', 'reminds', 'advises', 'announced', 'asks']);
const PASSIVE_AUX = new Set(['are', 'is', 'were', 'was', 'get', 'gets', 'got', 'getting', 'been', 'being']);
const PASSIVE_FILL = new Set(['all', 'always', 'still', 'often', 'constantly', 'again', 'just', 'really', 'routinely', 'regularly', 'being', 'been', 'usually', 'never', 'not']);

/**
 * Things done to the group, in the passive right after it ("refugees are always housed in ...", "pensioners are scammed
 * ..."): the sentence is about what happens to them. A participle that is itself a cue ("are entitled") stays a verdict.
 */
function passive(words: Words, g: GroupMention): boolean {
  let j = g.to + 1;
  while (PASSIVE_FILL.has(words[j] ?? '')) j++;
  if (!PASSIVE_AUX.has(words[j] ?? '')) return false;
  j++;
  while (PASSIVE_FILL.has(words[j] ?? '')) j++;
  const w = words[j] ?? '';
  return /[a-z]{3}(ed|en)$/.test(w) && w !== 'used' && !CUES.has(w);
}

/** The group as the subject of the clause that holds the content cue: "[group] ... [cue]" with no clause break between. */
function saidOf(words: Words, g: GroupMention, at: number): boolean {
  if (at <= g.to || at - g.to > 12) return false;
  for (let k = g.to + 1; k < at; k++) if (CLAUSE_BREAK.has(words[k] as string) || words[k] === ',' || words[k] === 'who') return false;
  return true;
}

/**
 * Emoji that sneer, raised eyebrows in text form: an eye-roll, a smirk, a thinking face, tears of laughter, a hand over the
 * mouth (not a wink or side-eyes: those hype and flirt as often). They are no
 * tokens, so they are read from the sentence's raw text, and count as one knowing marker, never as content: "Gen Z can't
 * even make a phone call 🙄" is framed by the eye-roll, "my mum called twice today 😂" has nothing bad to frame.
 */
const SNEER = /\u{1F644}|\u{1F914}|\u{1F643}|\u{1F602}|\u{1F923}|\u{1F60F}|\u{1F921}|\u{1F937}|\u{1F480}|\u{1F612}|\u{1F92D}/u;

/** Something bad said in the words, of any content family (crime, dirt, burden, danger ...), not denied. */
export function hasBadContent(words: Words): boolean {
  const found: Found[] = [];
  cuesIn(words, true, found);
  return found.some((f) => CONTENT.has(f.family));
}

export function cueScore(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour, raw = '', asked = false): Attack | null {
  // the scan is a map lookup per word, and most sentences stop here: nothing bad is said and nobody is kept away
  const found: Found[] = [];
  cuesIn(words, true, found);
  if (SNEER.test(raw)) found.push({ family: 'knowing', at: lastWord(words), text: 'a sneering emoji', own: true });
  // ("I love how we can marry and still be the same messy community": the writer's own people, fondly)
  const ours = words.some((w, k) => ['we', 'us'].includes(w) || (w === 'our' && OUR_PEOPLE.has(words[k + 1] ?? '')));
  const sarcastic = SARCASTIC_OPEN.test(words.slice(0, 8).join(' ')) && !ours;
  if (sarcastic) found.push({ family: 'knowing', at: 0, text: 'sarcastic praise', own: true });
  // "why do [group] never bother ...?" is read here as the statement it takes as given: asking for the reason of a
  // presumed fault presents the fault as known, which is what a knowing marker does in a statement
  if (asked) found.push({ family: 'knowing', at: lastWord(words), text: 'asked as given', own: true });
  // "feeds hundreds for free": what is given for free is generosity, not a burden
  const given = found.findIndex((f) => f.text === 'for free' && words.slice(Math.max(0, f.at - 4), f.at).some((w) => GIVING.has(w)));
  if (given >= 0) found.splice(given, 1);
  // a short knowing follow-up may pass the verdict on the sentence before: "Poles took all the jobs. Thanks a lot."
  if (!found.some((f) => CONTENT.has(f.family) || f.family === 'distance' || (f.family === 'knowing' && words.length <= 8))) return null;
  let group: GroupMention | null = groups.find((g) => !g.pronoun && g.unnamed !== 'bare') ?? null;
  for (let i = 0; i < tokens.length && !group; i++) group = identityWord(tokens, groups, i);
  // ("Anyone who calls [group] animals needs to take a long hard look at themselves": what someone else calls them, reproved)
  const g0 = group;
  if (g0 && !g0.pronoun && ['call', 'calls', 'called', 'calling', 'compare', 'compares', 'compared', 'label', 'labels', 'brand', 'brands'].includes(words[g0.from - 1] ?? '') && ['who', 'that', 'people', 'anyone', 'whoever', 'someone', 'somebody', 'those'].includes(words[g0.from - 2] ?? '') && !words.some((w) => ['right', 'correct', 'truth', 'honest', 'brave', 'hero', 'based', 'agree'].includes(w))) return null;
  // a group named in the sentence before, taken up by a pronoun or a short follow-up ("Entitled as ever.")
  let before: GroupMention | undefined;
  if (!group) {
    // ... or an order to keep away, with nobody named: "Old women at the checkout for ten minutes. Just stay home."
    if (!words.some((w) => PRONOUNS.has(w)) && words.length > 8 && !found.some((f) => f.family === 'distance' && f.at <= 2)) return null;
    before = prev.groups().find((g) => !g.pronoun && g.unnamed !== 'bare');
    if (!before) return null;
    group = { ...before, from: 0, to: 0, pronoun: true };
  }
  // the writer's own people ("my Muslim neighbours", "fellow immigrants"), the group denied ("not the immigrants", "was not
  // Mexican"), the group as whom things happen to ("went downhill for refugees"), or a sports or work team
  // ("lying to the American people", "crimes against Muslims": the group is who the bad thing is done to, unless the
  // sentence keeps it away: "keep your kids away from the Muslims")
  const objectOf = ['to', 'against'].includes(words[group.from - 1] ?? '') || (['to', 'against'].includes(words[group.from - 2] ?? '') && words[group.from - 1] === 'the');
  if (objectOf && !found.some((f) => f.family === 'distance')) return null;
  // the group as a crime's target ("scammers always target elderly people") or as the one speaking ("..., says the Jewish
  // student society"): the bad thing is done to them, or they warn of it
  const det = ['the', 'our', 'on', 'vulnerable', 'local'].includes(words[group.from - 1] ?? '') ? 2 : 1;
  if (!before && (PREYED_ON.has(words[group.from - det] ?? '') || SAYS.has(words[group.from - det] ?? ''))) return null;
  // "every single Jewish deli in this city is closing": an identity describing a business whose only bad news is its own
  // decline; "Sikh taxi firm ... rip you off" still counts
  const thing = !before && group.from === group.to && words.slice(group.to + 1, group.to + 3).some((w) => IDENTITY_THINGS.has(w));
  if (thing && found.every((f) => !CONTENT.has(f.family) || f.family === 'decline')) return null;
  if (!before && (FIRST_PERSON.has(words[group.from - 1] ?? '') || VICTIM_SLOT.has(words[group.from - 1] ?? '') || negatedIn(words, group.from - 2, group.from) || TEAMS.has(words[group.to + 1] ?? '') || passive(words, group))) return null;
  if (guarded(words, sarcastic) || lamentedInjustice(words)) return null;
  // "i'm trans so ...": the writer speaks of their own people
  if (!before && writerIsMember(words, group)) return null;
  // the sentence before may carry the rest of the verdict: when it named the group ("Another trans teacher ... Keep them
  // away from schools."), or when this one opens by linking back to it ("Our town used to be lovely. Then the Kurds
  // arrived."). Only then: a sentence that reads its neighbour is re-run when the neighbour is edited
  if (before || (LINKS.has(words[0] ?? '') && prev.groups().length === 0)) {
    const pw = prev.words();
    if (pw.length && pw.length <= 30) {
      // ("... are some of the hardest working people I know. My dad used to be one of them.": praised before)
      if (guarded(pw) || (before && (hasPraise(pw) || pw.some((x) => HIGH_PRAISE.has(x))))) return null;
      cuesIn(pw, false, found);
    }
  }
  // "every Hispanic family I know ...", "immigrants all cram into ...": the group taken as one
  // ... and "another [member]" counts one more of a kind: "another Black lad who can't do the basics"
  if (!before && words[group.from - 1] === 'another') found.push({ family: 'generalising', at: group.from, text: 'another [member]', own: true });
  if (!before && (['every', 'each'].includes(words[group.from - 1] ?? '') || (words[group.to + 1] === 'all' && !['of', 'the'].includes(words[group.to + 2] ?? '')))) found.push({ family: 'generalising', at: group.from, text: words[group.from - 1] === 'every' || words[group.from - 1] === 'each' ? `${words[group.from - 1]} [member]` : '[group] all', own: true });
  const content = [...new Set(found.filter((f) => CONTENT.has(f.family)).map((f) => f.family))];
  const has = (f: Family): boolean => found.some((x) => x.family === f);
  let score = 0;
  if (content.length) score += WEIGHT.content + (content.length > 1 ? WEIGHT.secondContent : 0);
  if (has('distance')) score += WEIGHT.distance;
  if (has('generalising')) score += WEIGHT.generalising;
  // an opinion marker frames what follows it only when the group opens the opinion ("I think [group] ..."): "I think he's
  // talking about [group] and their drugs" gives the writer's view of someone else's words
  const opinion = !before && found.some((f) => f.family === 'opinion' && f.at < group.from && group.from - f.at <= 6 && !words.slice(f.at, group.from).some((w) => PRONOUNS.has(w) || CLAUSE_BREAK.has(w)));
  if (has('knowing') || opinion) score += WEIGHT.knowing;
  const g = group;
  const subject = !before && found.some((f) => f.own && CONTENT.has(f.family) && saidOf(words, g, f.at));
  if (subject) score += WEIGHT.saidOf;
  const question = words[words.length - 1] === '?' && QUESTION_OPENERS.has(words[0] ?? '');
  const needed = THRESHOLD + (question ? 1 : 0);
  // a verdict needs something bad (or a wish to keep the group away) and a marker that makes it a verdict on the group:
  // said of the group alone is how news and sympathy read too ("illegals receiving benefits", "women are treated as ...")
  // dehumanising words are the one content said of the group that needs no marker ("Islam is a cancer")
  const framed = has('generalising') || has('knowing') || opinion || has('distance') || (subject && has('dehumanising'));
  if (score < needed || !framed || (!content.length && !has('distance'))) return null;
  // a follow-up with nothing bad of its own passes a verdict only on what the sentence before said of the group
  if (before && !found.some((f) => (f.own && (CONTENT.has(f.family) || f.family === 'distance')) || (!f.own && CONTENT.has(f.family) && saidOf(prev.words(), before, f.at)))) return null;
  const own = found.filter((f) => f.own);
  const from = before ? 0 : Math.min(g.from, ...own.map((f) => f.at));
  const to = Math.max(before ? 0 : g.to, ...own.map((f) => f.at));
  const list = found.map((f) => `${f.family} '${f.text}'${f.own ? '' : ' (sentence before)'}`).join(', ');
  return { from, to, group: g, kind: 'derogation', what: `${CUE_SCORE} ${score}: ${list}${subject ? ', said of the group' : ''}`, person: false, confidence: 0.6 };
}
