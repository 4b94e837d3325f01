/**
 * Threats against people outside the protected groups, read with the protected rules' last-resort threat reader
 * (threat-backstop.ts): "someone should just put a bullet in that tech billionaire", "string up the lot of them at
 * Westminster", "every banker who signed off on those bailouts should be hanging from a lamppost", "Republicans who voted
 * for this should be hunted down". The verb grammar of threat.ts reads a threat at "him" or "the referee"; a call for
 * violence against a class of people (bankers, ministers, landlords, rioters, a club's fans) or a role named with its
 * modifiers had no reader, and held-out sets of such calls were caught less than one time in five.
 *
 * The people are marked where the backstop marks a group, and the backstop's own stand-downs apply (news, history,
 * films, games, sport, protection, negation). Pure: no browser imports.
 */
import { findGroups, type GroupMention } from './find-groups';
import { mayBackstop, threatBackstop, type Backstop } from './threat-backstop';
import { PEOPLE_GROUP_WORDS, PERSON_WORDS, THING_WORDS } from './lexicon/words';
import type { Token } from './tokens';

/** Roles and classes of people a call for violence names, besides the shared people words. */
const ROLES = new Set(`
  billionaire billionaires millionaire minister ministers cabinet mp mps tory tories councillor councillors dealer
  dealers rioter rioters traitor traitors nonce nonces paedo paedos pedo pedos paedophile paedophiles pedophile
  pedophiles rapist rapists landlord slumlord slumlords bailiff bailiffs banker politician ceo ceos board executive judge
  judges jury ref refs referee referees journalist hack hacks reporter reporters fans fan voter voters sabs cyclist
  riders rider protester protesters protestor protestors operator operators influencer influencers agents diver shock
  jock warden wardens senator senators congressman congressmen congresswoman governor governors mayor president pm
  chancellor dictator tyrant tyrants oligarch oligarchs scammer scammers fraudster fraudsters thief thieves burglar
  burglars looter looters vandal vandals snitch snitches cop cops copper coppers officer officers bosses owner owners
  director directors shareholders lobbyist lobbyists lawyer lawyers doctor doctors nurse nurses teacher teachers activist
  activists trolls troll streamer streamers youtuber youtubers driver drivers motorist motorists neighbour neighbours
  neighbor neighbors ex exes traitorous scum scumbags scumbag bastards bastard lot whoever mogul moguls tycoon tycoons
  magnate magnates baron barons agent paparazzi builders builder scalpers scalper touts tout dodgers dodger cheats cheat
  crooks crook leaders councilman councilwoman commissioner commissioners chairman chairwoman chief chiefs bureaucrat
  bureaucrats officials official inspector inspectors
`.split(/\s+/).filter(Boolean));

/** Words that only point or qualify, at which a target's name stops when read backwards ("that | tech billionaire"). */
const FUNCTION = new Set(['the', 'a', 'an', 'that', 'this', 'those', 'these', 'every', 'each', 'all', 'any', 'some', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'my', 'our', 'your', 'his', 'her', 'their', 'is', 'are', 'was', 'were', 'be', 'should', 'must', 'will', 'would', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'up', 'out', 'down', 'off', 'with', 'by', 'from', 'who', 'just', 'so', 'then', 'last', 'single', 'one', 'next', 'first', 'whole']);

/** Pronouns (the verb grammar reads threats at them, with its idiom guards), and people words more often a team, a class or
 * a household in the everyday senses of these verbs ("the players deserve a beating drum section", "round up the kids"). */
const NOT_TARGETS = new Set(['he', 'she', 'they', 'his', 'hers', 'their', 'it', 'him', 'her', 'them', 'people', 'kid', 'kids', 'team', 'teammate', 'teammates', 'wife', 'husband', 'mom', 'mum', 'dad', 'friend', 'friends', 'bf', 'gf', 'bae', 'hubby', 'boyfriend', 'girlfriend', 'player', 'players', 'customers', 'customer', 'clients', 'client', 'employees', 'employee', 'colleagues', 'colleague', 'coworkers', 'coworker', 'everyone', 'folks', 'guys', 'guy', 'man', 'men', 'woman', 'women', 'lady', 'boy', 'girl', 'person', 'dude', 'bro', 'brother', 'sister', 'mother', 'father', 'intern', 'interns', 'family', 'user', 'users']);

function isTarget(t: Token, next: string): boolean {
  if (t.punct) return false;
  // ("the guy who runs that letting company", "the man who pushed her": one person, said which)
  if (['guy', 'man', 'woman', 'bloke', 'person', 'lad', 'lads', 'men', 'people', 'fella', 'idiot'].includes(t.w) && ['who', 'that'].includes(next)) return true;
  if (ROLES.has(t.w) || (PEOPLE_GROUP_WORDS.has(t.w) && t.w !== 'everyone') || (PERSON_WORDS.has(t.w) && !NOT_TARGETS.has(t.w) && !THING_WORDS.has(t.w))) return true;
  // (not names: a capital marks days, games, hymns and languages as often as people, and the grammar reads "him" and "you")
  return false;
}

/** The backstop's reading of a threat at the people a sentence names, or null. */
export function threatAtPeople(tokens: readonly Token[]): Backstop | null {
  // (the cheap tests first: this runs on every sentence the other threat readings found nothing in)
  if (!mayBackstop(tokens)) return null;
  const named = tokens.flatMap((t, i) => (isTarget(t, tokens[i + 1]?.w ?? '') ? [i] : []));
  if (!named.length) return null;
  const targets: GroupMention[] = [];
  // (a protected group's words are the protected rules' to read: "watching refugees drown while governments argue")
  const groupWords = new Set(findGroups(tokens).flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, k) => g.from + k)));
  for (const i of named) {
    if (groupWords.has(i)) continue;
    // the name runs back over up to two modifiers ("that tech billionaire", "every Tory voter")
    // (both readings are tried: "shoot bankers" has a verb before the name, not a modifier)
    targets.push({ from: i, to: i, characteristic: 'origin', pronoun: false, weak: false });
    let from = i;
    while (from > 0 && i - from < 2 && !FUNCTION.has(tokens[from - 1]?.w ?? '') && !tokens[from - 1]?.punct) from--;
    if (from < i) targets.push({ from, to: i, characteristic: 'origin', pronoun: false, weak: false });
  }
  const b = targets.length ? threatBackstop(tokens, targets, false) : null;
  // ("Cyclists, watch your backs on the canal path": said to people at large, it is a safety warning)
  return b && !b.what.includes('watch their backs') ? b : null;
}
