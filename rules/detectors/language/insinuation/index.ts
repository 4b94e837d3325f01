/**
 * Insinuation: implicit derogation carried by the frame around a group rather than by anything said
 * of it. A warning set off by a group's presence ("hide your wallets, the Romanians are in town"),
 * identity offered as the explanation of a crime ("of course the thief was Mexican", "another immigrant
 * stabbing"), essentialising ("it's in their DNA", "typical woman thing", "[group] and X, name a better
 * duo", "[group], am I right?"), reduction to a use ("made to serve", "good for two things"), keeping a
 * group from children or roles, resentment ("[group] get free houses while our veterans sleep
 * rough"), mockery of the identity itself ("imagine being gay lol", "nothing good comes out of
 * Africa"), and a handful of related shapes.
 *
 * Every frame needs a protected identity AND a cue that only insinuation uses: neutral sentences that
 * share the cue ("lock your doors, there were burglaries", "of course the winner was Maria") or the
 * group ("refugees get free language classes") do not match. Called by group-attack, whose context
 * pass (quotation, reporting, condemnation) then applies as to any other attack.
 *
 * The frames live in this folder, one module per theme (warnings-and-crime, essentialising, stereotype-shapes,
 * dehumanising-and-insults, exclusion, mockery, denial, decline-and-burden, questions, and round 9's word-class shapes in
 * general-shapes and outcomes-and-distance), with what they share in shared and
 * group-attack's prefilter cues in prefilter. This module holds the two registries, whose order decides which attack wins,
 * and the API group-attack uses.
 */
import { SINGULAR_GENDER, type GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import type { Neighbour, Words } from './shared';
import {
  allTheCriminals, alwaysThem, anotherDay, blamedIdentity, crimeInvolved, crimePunchline, dealingRefused, followsThem, guessIdentity, hireExpect,
  nextCrime, notAllBut, noticed, reaction, suspicion, traces, vanishNear, warning, wonderWhy,
} from './warnings-and-crime';
import {
  activityLabel, adjectiveEssence, duo, essence, forAReason, incompatible, knowing, onlyTalent, onlyThing, reduction, restricted, stereotypeEndorsed,
  typicalThing,
} from './essentialising';
import { cultureVerdict, habit, identityPlace, moreShapes, notBuiltFor, steered, stereotypeShapes, thirdWorld } from './stereotype-shapes';
import {
  damning, fusedInsult, identityInsult, likeVermin, perceived, smellTrope, spoiledThing, stillInTrees, swarm, tellApart, worstThing, worthless,
} from './dehumanising-and-insults';
import {
  autoReject, becameOkay, begrudging, childrenRemoved, conditionalTolerance, dieAlready, favour, guests, keptFrom, keptFromLearning, loveItLeave,
  neverBorn, notUs, paternalism, prescription, rankedBelow, segregated, tolerance, voiceDismissed, welcomeButNot, welcomeIf, wordWorth,
} from './exclusion';
import {
  imagineBeing, jokeAnswer, jokeQuestion, mockPraise, neverMet, nothingGood, pairTag, proverb, ratherDead, sarcasticThanks, sting, surprisedBy,
  unlikeOthers,
} from './mockery';
import {
  atrocityMinimised, belittledActivity, disguise, explainedAway, fauxConcern, genderDenied, motive, notReal, pathologised, pretending, realFamily,
  sameSexVerdict,
} from './denial';
import {
  arrivalBlame, betterBefore, burden, consequence, declineSinceHiring, everSince, fedUp, moreMeansMore, noUntouched, resentment, ruinTouch,
  whereMoney,
} from './decline-and-burden';
import {
  challenge, contemptManner, contributeAnything, downMyThroat, evenQuestion, everBother, everDone, everSeen, everyonesProblem, flaunting, forcing,
  noPoint, obsessed, onlyAbout, singleException, soHard, stopDoing, thinkTheyCan, whatItTakes, whereAreThey, whoDecided, whoWants, wrongWith,
} from './questions';
import { identityAsReason, judgedByTheRest } from './identity-as-reason';
import { begrudgedShare, carersRefused, fineIf, genderJeer, genderRole, reducedToUse } from './roles-and-conditions';
import { cueScore } from './cue-score';
import { creditedToIdentity, precautionNear, sarcasticOutcome } from './implicit-readers';
import { diagnosisExcuse, fakedFaculty, misgendered } from './excuses';
import {
  arrivalTrouble, backhandedPraise, breedingTrope, confinedRole, costumeTrope, likenedPlainly, limitedTolerance, mockPity, politeExclusion, rankedAbove,
  ratherThanMember, sardonicReply, spottedBy, stillCannot, surprisedDecency, unwantedNeighbour,
} from './round19-readers';
import { alwaysNeverHabit, butNotTrait, forAMember, mockSurprise, neverKnow, oneOfTheGood, pleasantlySurprised, verdictOnThem, worthDenied } from './round20-readers';
import { dreadedInFamily } from './round22-readers';
import { builtForLabour, conditionDenied, contagionTrope, disclaimedBigotry, genderDeniedAfter, groomerTrope, periodJibe, refusedIfMember, replacementFeared, unsaidConclusion, voteRegretted } from './round23-readers';
import { stereotypeAffirmed } from './round24-readers';
import { justOnce, onMerit, sarcasticEcho, sarcasticSure } from './round25-readers';
import { culpritGuessed, guessTheColour, letThemIn, lookAtItNow, nameOne, nativeOnly, ordersRefused, quietWithout, refugeeRiches, sneerQuotes, theySaid } from './round26-readers';
import { emojiSneer, exceptionMember, identityThenStigma, interchangeable, singleWithout } from './round27-readers';
import { airGrudged, anyoneExcept, crimeAsHabit, likenedAfter, nauseaAfter, parallelLikened, quotaAfter, round28Devices, verdictOnNamed, wordForThem } from './round28-readers';
import { afterNotSaying, round29Devices } from './round29-readers';
import { round31Devices } from './round31-readers';
import { punchline, slide, trivialised, wornOut } from './slides-and-punchlines';
import { arrivalDreaded, burdenPinned, cultureOutput, feignedPraise, habitForetold, likenedToThing, taskForeseen, trustRanked } from './feigned-and-foretold';
import {
  anotherSeries, childDanger, compulsion, expectFromWho, hormones, lastThing, normalContrast, notBadFor, onceAlways, outOfTheWay, parasiteTrail,
  placedInCharge, spaceRefused, ulteriorMotive,
} from './general-shapes';
import {
  deniedPlace, frontFor, madeInto, hierarchy, hiringCalled, hogging, justAnother, likeChildren, mannerLike, playActed, precaution, presenceConsequence, setApart,
  taughtVice, thenWonder, thereGoes, toldApartBy, walkAwayReply, withdrawal,
} from './outcomes-and-distance';

export { identityThing, INSINUATION_CUES } from './prefilter';
export { neighbour, type Neighbour } from './shared';
export { consequenceOpen } from './decline-and-burden';
export { identityInsultAt } from './dehumanising-and-insults';
export { scareQuotes } from './mockery';
export { CUE_SCORE } from './cue-score';

/** `asked`: the sentence is the statement a rhetorical question takes as given ("why do [group] always ...?"). */
type Frame = (tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string, asked: boolean) => Attack | null;

/** Frames that can match with no identity in the sentence: the group was named before, or is a place or a condition. */
const ANYWHERE: readonly Frame[] = [
  // (round 31's devices read a pronoun for a group named in the sentence before, so they run without an identity too)
  round31Devices,
  warning, (_t, w, g, p) => essence(w, g, p), (_t, w, g, p) => duo(w, g, p), (_t, w, g, p) => knowing(w, g, p), (_t, w, g, p) => reaction(w, g, p),
  nothingGood, (_t, w, g) => pathologised(w, g), incompatible, (_t, w, g, p) => consequence(w, g, p), (_t, w) => activityLabel(w),
  (_t, w) => sameSexVerdict(w), (_t, w) => guessIdentity(w), (_t, w, g, p) => wonderWhy(w, g, p),
  (_t, w) => atrocityMinimised(w), smellTrope, (_t, w, _g, p) => jokeAnswer(w, p), challenge, childrenRemoved, mockPraise, (_t, w) => adjectiveEssence(w),
  (_t, w) => loveItLeave(w), (_t, w, _g, p) => crimePunchline(w, p), (_t, w, g, p) => downMyThroat(w, g, p), (t, w) => allTheCriminals(t, w),
  childDanger, outOfTheWay, walkAwayReply, playActed, diagnosisExcuse, misgendered,
  judgedByTheRest, genderJeer, precautionNear, sarcasticOutcome, creditedToIdentity,
  slide, trivialised, punchline, wornOut,
  feignedPraise, (_t, w, g) => habitForetold(_t, w, g), (t, w, g) => taskForeseen(t, w, g), arrivalDreaded, (t, w, g) => trustRanked(t, w, g),
  (t, w, g) => cultureOutput(t, w, g), (t, w, g) => likenedToThing(t, w, g), (t, w, g) => burdenPinned(t, w, g),
  // ("there goes the neighbourhood, the new family wear headscarves": a group named by its headwear has no group noun)
  thereGoes, cueScore, sardonicReply, (_t, w, g) => costumeTrope(w, g), politeExclusion, mockSurprise, oneOfTheGood, neverKnow, verdictOnThem,
  disclaimedBigotry, replacementFeared, groomerTrope, builtForLabour, conditionDenied, contagionTrope, periodJibe, genderDeniedAfter, unsaidConclusion,
  stereotypeAffirmed, sarcasticSure, sarcasticEcho, sneerQuotes, letThemIn, culpritGuessed, quietWithout, theySaid, nameOne, guessTheColour, refugeeRiches, (t, w) => nativeOnly(t, w),
  identityThenStigma, interchangeable, airGrudged, likenedAfter, nauseaAfter, crimeAsHabit, verdictOnNamed, quotaAfter, afterNotSaying,
];

/** Frames that need an identity (a group, a gender noun or an identity adjective) in the sentence itself. */
const WITH_IDENTITY: readonly Frame[] = [
  blamedIdentity, typicalThing, (_t, w, g) => reduction(w, g), keptFrom, (_t, w, g) => resentment(w, g), (_t, w, g) => arrivalBlame(w, g),
  imagineBeing, neverMet, (_t, w, g) => genderDenied(w, g), (_t, w, g) => tolerance(w, g), hireExpect, suspicion, notAllBut,
  (_t, w, g) => fedUp(w, g), (_t, w, g, p) => sarcasticThanks(w, g, p), ratherDead, (_t, w, g) => traces(w, g), (_t, w, g) => worthless(w, g),
  (_t, w, g) => sting(w, g), noticed, (_t, w, g) => jokeQuestion(w, g), proverb,
  (_t, w, g) => restricted(w, g), (_t, w, g) => habit(w, g), (_t, w, g) => notBuiltFor(w, g), perceived, (_t, w, g) => forAReason(w, g),
  (_t, w, g) => conditionalTolerance(w, g), (_t, w, g) => paternalism(w, g), (_t, w, g) => disguise(w, g), (_t, w, g) => belittledActivity(w, g),
  stereotypeShapes, (_t, w, g) => steered(w, g), (_t, w, g) => cultureVerdict(w, g), moreShapes, identityPlace,
  (_t, w, g) => prescription(w, g), (_t, w, g) => stereotypeEndorsed(w, g),
  rankedBelow, (_t, w, g) => moreMeansMore(w, g), (_t, w, g) => fauxConcern(w, g), begrudging, burden, (_t, w, g) => followsThem(w, g),
  (_t, w, g) => wordWorth(w, g), (_t, w, g) => unlikeOthers(w, g), anotherDay,
  surprisedBy, (_t, w, g) => motive(w, g), (_t, w, g, p) => betterBefore(w, g, p), (_t, w, g) => swarm(w, g), (_t, w, g) => evenQuestion(w, g), everSeen,
  singleException, (_t, w, g) => stopDoing(w, g), (_t, w, g) => obsessed(w, g), (_t, w, g) => alwaysThem(w, g), noPoint, (_t, w, g) => segregated(w, g),
  (_t, w, g) => notReal(w, g), (_t, w, g) => welcomeIf(w, g), (_t, w, g) => likeVermin(w, g), (_t, w, g) => autoReject(w, g), dealingRefused,
  whereAreThey, (_t, w, g) => notUs(w, g), (_t, w, g) => thirdWorld(w, g), (_t, w, g) => pairTag(w, g), (_t, w, g) => spoiledThing(w, g),
  (_t, w, g) => everSince(w, g), (_t, w, g) => favour(w, g), (_t, w, g) => explainedAway(w, g), (_t, w, g) => realFamily(w, g), (_t, w, g) => noUntouched(w, g),
  everDone, (_t, w, g) => thinkTheyCan(w, g), (_t, w, g) => forcing(w, g), (_t, w, g) => soHard(w, g), (_t, w, g) => contributeAnything(w, g),
  voiceDismissed, (_t, w, g) => whoWants(w, g), (_t, w, g) => contemptManner(w, g), worstThing, (_t, w, g) => crimeInvolved(w, g),
  (_t, w, g) => becameOkay(w, g), (_t, w, g) => keptFromLearning(w, g), (_t, w, g) => dieAlready(w, g), (_t, w, g) => guests(w, g), (_t, w, g) => welcomeButNot(w, g),
  (_t, w, g) => pretending(w, g), (_t, w, g) => ruinTouch(w, g), (_t, w, g) => damning(w, g), (_t, w) => identityInsult(w),
  (_t, w, g) => onlyThing(w, g), (_t, w, g) => neverBorn(w, g), (_t, w, g) => onlyAbout(w, g), (_t, w, g) => whatItTakes(w, g), (_t, w, g) => whoDecided(w, g),
  nextCrime, (_t, w, g) => everyonesProblem(w, g), vanishNear, (_t, w, g) => declineSinceHiring(w, g), (_t, w, g) => stillInTrees(w, g),
  (_t, w, g) => onlyTalent(w, g), (_t, w, g) => everBother(w, g), (_t, w, g) => wrongWith(w, g), tellApart, (_t, w, g) => whereMoney(w, g),
  (_t, w, g) => flaunting(w, g), (_t, w, g) => fusedInsult(w, g),
  placedInCharge, lastThing, spaceRefused, expectFromWho, compulsion, (_t, w, g) => parasiteTrail(w, g), normalContrast, onceAlways,
  (_t, w, g) => anotherSeries(w, g), notBadFor, (_t, w, g) => ulteriorMotive(w, g), hormones,
  presenceConsequence, withdrawal, precaution, setApart, hierarchy, (_t, w, g) => deniedPlace(w, g), (_t, w, g) => hiringCalled(w, g),
  (_t, w, g) => hogging(w, g), (_t, w, g) => likeChildren(w, g), mannerLike, (_t, w, g) => thenWonder(w, g), (_t, w, g) => taughtVice(w, g),
  (_t, w, g) => justAnother(w, g), toldApartBy, (_t, w, g) => frontFor(w, g), (_t, w, g) => madeInto(w, g),
  identityAsReason, fakedFaculty,
  (_t, w, g) => genderRole(w, g), (_t, w, g) => reducedToUse(w, g), begrudgedShare, carersRefused, fineIf,
  backhandedPraise, confinedRole, ratherThanMember, spottedBy, surprisedDecency, breedingTrope, stillCannot, limitedTolerance, mockPity, arrivalTrouble,
  likenedPlainly, rankedAbove, unwantedNeighbour, butNotTrait, forAMember, pleasantlySurprised, alwaysNeverHabit, worthDenied,
  dreadedInFamily, voteRegretted, refusedIfMember, (t, w, g) => justOnce(t, w, g), onMerit, (t, w, g) => ordersRefused(t, w, g), (t, w, g) => lookAtItNow(t, w, g),
  singleWithout, emojiSneer, exceptionMember, round28Devices, parallelLikened, wordForThem, anyoneExcept, round29Devices,
];

/** Both registries in order, built once: a sentence naming an identity runs every frame. */
const ALL: readonly Frame[] = [...ANYWHERE, ...WITH_IDENTITY];

/** Every insinuation frame that matches the sentence (at most one per frame). */
export function insinuations(tokens: readonly Token[], groups: readonly GroupMention[], prev: Neighbour, raw = '', asked = false): Attack[] {
  const words = tokens.map((t) => t.w);
  const out: Attack[] = [];
  // most sentences name no identity: only the few frames that can do without one are tried. A possessive "'s" alone
  // does not open the gate: every WITH_IDENTITY frame needs a group, a gender noun or an identity adjective too, so
  // "my dog's bowl" would run them all for nothing (checked: no difference over 69,106 corpus sentences)
  const identity = groups.some((g) => !g.pronoun) || words.some((w) => SINGULAR_GENDER.has(w) || identityAdjective(w) !== undefined || w === 'woman');
  for (const f of identity ? ALL : ANYWHERE) {
    const a = f(tokens, words, groups, prev, raw, asked);
    if (a) out.push(a);
  }
  return out;
}

