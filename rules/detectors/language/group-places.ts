/**
 * Round 34: a group's places and gatherings as the target of a threat, and praise of those who attacked them.
 *
 * A threat to a protected group is often aimed at where its people are, with no plural noun for them: "Tomorrow I walk
 * into the kosher deli and open fire", "my rifle is loaded and I'm heading to the black church", "hope a tornado flattens
 * every mosque in the state". Held sets by other authors missed most of these. This module holds three readers:
 * - `groupPlaces` names the places that stand for a group's people, so that the threat backstop's patterns
 *   (threat-backstop.ts) read "the kosher deli" where they read "the Jews";
 * - `threatAtPlace` reads harm planned at such a place with the writer's stance, or a disaster wished on it;
 * - `attackerPraised` reads praise of whoever attacked such a place or the group.
 *
 * A place stands for its people when the words say whose it is: a place of worship of a faith (mosque, synagogue,
 * gurdwara, madrasa), an identity adjective before a place ("gay bar", "Polish shop", "black church"), a plural group's
 * possessive ("the women's march"), a care place after the word for its people ("care home", "disability day centre",
 * "refugee hostel"), a feast or a march of the group ("Eid crowd", "Pride parade") or a quarter named for it
 * ("Chinatown"). "Old school", "black market" and "the White House" are not places of a group.
 *
 * Pure: no browser imports.
 */
import type { GroupMention } from './find-groups';
import { identityAdjective, type Characteristic } from './lexicon/groups';
import { ARMS_ORDINARY, FIRE_USES } from './threat-scored';
import type { Token } from './tokens';

/** Places of worship that name their faith's people on their own. */
const WORSHIP: ReadonlySet<string> = new Set(['mosque', 'mosques', 'synagogue', 'synagogues', 'gurdwara', 'gurdwaras', 'mandir', 'mandirs', 'madrasa', 'madrasas', 'madrassa', 'madrassas', 'masjid', 'shul', 'temple', 'temples']);
/** Places and gatherings that an identity adjective before them makes a group's ("gay bar", "Chinese takeaway", "black church"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'bar', 'bars', 'club', 'clubs', 'nightclub', 'nightclubs', 'pub', 'pubs', 'cafe', 'cafes', 'café', 'deli', 'delis', 'takeaway', 'takeaways',
  'restaurant', 'restaurants', 'shop', 'shops', 'store', 'stores', 'butcher', 'butchers', 'bakery', 'bakeries', 'grocery', 'supermarket',
  'church', 'churches', 'temple', 'temples', 'school', 'schools', 'centre', 'center', 'centres', 'centers', 'hotel', 'hotels', 'hostel', 'hostels',
  'camp', 'camps', 'march', 'marches', 'parade', 'parades', 'float', 'floats', 'festival', 'festivals', 'wedding', 'weddings', 'reception',
  'spa', 'spas', 'salon', 'salons', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'estate', 'quarter', 'district',
  'businesses', 'crowd', 'crowds', 'congregation', 'community', 'cemetery', 'graveyard', 'event', 'party', 'rally', 'vigil', 'picnic',
  'meetup', 'gathering', 'procession', 'service', 'prayers', 'homes', 'flats', 'caravans', 'encampment', 'settlement', 'village',
  'hall', 'halls', 'basement', 'office', 'offices', 'kitchen', 'site', 'sites', 'bus', 'buses', 'ward', 'wards', 'group', 'groups',
  'picnic', 'iftar', 'sermon', 'class', 'classes', 'lessons', 'building', 'buildings', 'housing', 'brunch', 'mass', 'shelter', 'shelters',
  'barber', 'barbers', 'barbershop', 'clinic', 'clinics', 'gym', 'sauna', 'game', 'match', 'social', 'mural', 'library', 'hour', 'pitch', 'lights', 'prayers', 'site', 'refuge',
]);
/** Words that end an identity adjective's reach before a place: "gay people go to the bar" names people, not a bar. */
const NOT_BETWEEN: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'on', 'in', 'at', 'to', 'of', 'with', 'for', 'by', 'from', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'my', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'not', 'people', 'person', 'men', 'women', 'guy', 'guys', 'man', 'woman', 'friends', 'friend', 'go', 'went', 'at', 'near', 'next', ',', '.', '!', '?']);
/** Places that name their people through the word before: "care home", "retirement village", "disability day centre". */
const CARE_PLACES: ReadonlySet<string> = new Set(['home', 'homes', 'village', 'villages', 'centre', 'center', 'centres', 'centers', 'hostel', 'hostels', 'hotel', 'hotels', 'school', 'schools', 'camp', 'camps', 'unit', 'ward', 'shelter', 'shelters', 'refuge', 'housing', 'accommodation', 'flats']);
const CARE_PEOPLE: Readonly<Record<string, Characteristic>> = {
  care: 'age', nursing: 'age', retirement: 'age', pensioners: 'age', elderly: 'age', 'old people s': 'age',
  disability: 'disability', disabled: 'disability', 'special needs': 'disability',
  dementia: 'disability', refugee: 'origin', refugees: 'origin', asylum: 'origin', migrant: 'origin', migrants: 'origin', immigrant: 'origin', immigrants: 'origin',
  womens: 'gender', 'women s': 'gender', "women 's": 'gender', 'women': 'gender', "old people 's": 'age'
};
/** Feasts and marks of a group before a gathering: "Eid crowd", "Pride parade", "Diwali party", "Friday prayers". */
const FEASTS: Readonly<Record<string, Characteristic>> = {
  eid: 'religion', ramadan: 'religion', diwali: 'religion', hanukkah: 'religion', chanukah: 'religion', passover: 'religion', vaisakhi: 'religion',
  purim: 'religion', yom: 'religion', kosher: 'religion', halal: 'religion', hijab: 'religion', shabbat: 'religion', sabbath: 'religion',
  traveller: 'race', travellers: 'race', gypsy: 'race', pride: 'sexual-orientation', lgbt: 'sexual-orientation',
  lgbtq: 'sexual-orientation', queer: 'sexual-orientation', drag: 'gender-identity', wheelchair: 'disability', hijabi: 'religion', hajj: 'religion',
  romani: 'race', roma: 'race', sikh: 'religion', kingdom: 'religion',
};
/** Gatherings a feast may name: "the Eid crowd", "Pride parade", "the Diwali fair". */
const GATHERINGS: ReadonlySet<string> = new Set([...PLACE_NOUNS, 'fair', 'fairs', 'celebration', 'celebrations', 'show', 'shows', 'brunch', 'market', 'markets', 'dinner', 'quinceanera', 'quinceañera', 'lighting', 'prayer']);
/** Places of worship, feasts and gatherings named on their own. */
const NAMED_ALONE: Readonly<Record<string, Characteristic>> = { jcc: 'religion', langar: 'religion', shabbat: 'religion', iftar: 'religion', eid: 'religion', diwali: 'religion', hanukkah: 'religion', chanukah: 'religion', vaisakhi: 'religion', passover: 'religion', quinceanera: 'origin', 'quinceañera': 'origin', hajj: 'religion' };
/** Plural groups whose possessive names a place of theirs: "the women's clinic", "the refugees' football match". */
const POSSESSORS: Readonly<Record<string, Characteristic>> = { women: 'gender', girls: 'gender', gays: 'sexual-orientation', lesbians: 'sexual-orientation', muslims: 'religion', jews: 'religion', sikhs: 'religion', hindus: 'religion', immigrants: 'origin', refugees: 'origin', migrants: 'origin', pensioners: 'age' };
/** Quarters named for a people. */
const QUARTERS: Readonly<Record<string, Characteristic>> = { chinatown: 'origin', 'little italy': 'origin', 'little india': 'origin', 'little havana': 'origin', koreatown: 'origin', ktown: 'origin', 'little saigon': 'origin', barrio: 'origin' };
/** Identity adjectives that name no group before a place: "old school", "young farmers' market", "white house". */
const NOT_BEFORE_PLACE: ReadonlySet<string> = new Set(['old', 'young', 'older', 'younger', 'white', 'straight', 'native', 'local', 'national', 'international', 'male', 'female', 'man', 'men', 'women', 'woman', 'christian', 'catholic']);
/** Place nouns that an adjective of colour or age makes something else: "black market", "black bar" of a chart. */
const COLOUR_FIGURES: ReadonlySet<string> = new Set(['market', 'markets', 'bar', 'bars', 'spa', 'party', 'service']);

/** The words the place finder looks for first: a sentence with none of them has no group's place. */
const PLACE_GATE: ReadonlySet<string> = new Set([...WORSHIP, ...PLACE_NOUNS, ...CARE_PLACES, ...GATHERINGS, ...Object.keys(NAMED_ALONE), ...Object.keys(QUARTERS).filter((q) => !q.includes(' ')), 'italy', 'india', 'havana', 'saigon']);

/**
 * The places in a sentence that stand for a protected group's people, as group mentions spanning the place's words (a
 * group the sentence names may overlap one: "the Roma camp").
 */
export function groupPlaces(tokens: readonly Token[]): GroupMention[] {
  if (!tokens.some((t) => PLACE_GATE.has(t.w))) return [];
  const w = (i: number): string => tokens[i]?.w ?? '';
  const out: GroupMention[] = [];
  const add = (from: number, to: number, characteristic: Characteristic): void => {
    // (a group the sentence names at the place is kept as well: "the Roma camp" is the group's and its place)
    if (!out.some((g) => g.from <= to && g.to >= from)) out.push({ from, to, characteristic, pronoun: false, weak: false });
  };
  for (let i = 0; i < tokens.length; i++) {
    const x = w(i);
    // ("the mosque's fundraising target": a thing of the place, not the place)
    if (WORSHIP.has(x) && !["'s", 's'].includes(w(i + 1))) add(i, i, 'religion');
    // ("Eid" alone, unless a gathering follows that the feast names: "the Eid crowd")
    const alone = NAMED_ALONE[x];
    if (alone && !(FEASTS[x] && GATHERINGS.has(w(i + 1)))) add(i, i, alone);
    const quarter = QUARTERS[x] ?? QUARTERS[`${w(i - 1)} ${x}`];
    if (quarter) add(QUARTERS[x] ? i : i - 1, i, quarter);
    if (!PLACE_GATE.has(x) || i === 0) continue;
    // "care home", "special needs school", "women's shelter", "old people's home"
    if (CARE_PLACES.has(x)) {
      const one = CARE_PEOPLE[w(i - 1)];
      const two = CARE_PEOPLE[`${w(i - 2)} ${w(i - 1)}`];
      const three = CARE_PEOPLE[`${w(i - 3)} ${w(i - 2)} ${w(i - 1)}`];
      // ("disability day centre": one word may stand between)
      const skip = w(i - 1) === 'day' ? CARE_PEOPLE[w(i - 2)] : undefined;
      const c = three ?? two ?? one ?? skip;
      if (c) {
        add(i - (three ? 3 : two || skip ? 2 : 1), i, c);
        continue;
      }
    }
    // "Eid crowd", "Pride parade", "the kosher deli", "drag show"
    const feast = FEASTS[w(i - 1)];
    if (feast && GATHERINGS.has(x)) {
      add(i - 1, i, feast);
      continue;
    }
    // "gay bar", "Polish shop", "the black church", "Asian spas", "the Chinese family's takeaway" is read by its adjective
    // ("Friday prayers": the gathering of a faith)
    if ((x === 'prayers' || x === 'prayer') && w(i - 1) === 'friday') {
      add(i - 1, i, 'religion');
      continue;
    }
    if (!GATHERINGS.has(x)) continue;
    // ("the African hair salon", "the Pakistani corner shop", "the trans youth group": up to two words between)
    // (a possessive between is skipped: "the girls' school", "the autistic kids' summer camp")
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const adjective = w(k);
      if (["'s", "'", 's'].includes(adjective) && k < i - 1) continue;
      // ("the women's march": a plural group's possessive names its place, where "women" alone before a place would not)
      const possessive = ['\'s', "'", 's'].includes(w(k + 1)) ? POSSESSORS[adjective] : undefined;
      const c = possessive ?? (NOT_BEFORE_PLACE.has(adjective) ? undefined : identityAdjective(adjective) ?? FEASTS[adjective] ?? (k === i - 1 ? POSSESSORS[adjective] : undefined));
      if (c && !(c === 'race' && COLOUR_FIGURES.has(x) && k === i - 1)) {
        add(k, i, c);
        break;
      }
      if (NOT_BETWEEN.has(adjective) || GATHERINGS.has(adjective)) break;
    }
  }
  return out;
}

/** One regex alternation of phrases. */
const any = (list: readonly string[]): string => list.join('|');
/** What an attacker did to a place or its people. */
const DID = any(['shot', 'shot up', 'killed', 'murdered', 'bombed', 'blew up', 'firebombed', 'petrol bombed', 'torched', 'burned', 'burnt', 'burned down', 'burnt down',
  'set fire to', 'set alight', 'gassed', 'poisoned', 'stabbed', 'attacked', 'ran over', 'drove into', 'drove through', 'drove his car into', 'drove his truck into',
  'drove a truck into', 'rammed', 'ploughed into', 'plowed into', 'mowed down', 'opened fire', 'opened fire on', 'opened fire in', 'opened fire at', 'massacred',
  'slaughtered', 'took out', 'wiped out', 'smashed up', 'trashed', 'went after', 'went into', 'walked into', 'stormed', 'sprayed', 'hit',
  'set (?:\\S+ ){1,3}?(?:alight|on fire|ablaze)']);
/** Those who attacked. */
const ATTACKER_NOUNS = any(['shooter', 'shooters', 'gunman', 'gunmen', 'bomber', 'bombers', 'attacker', 'attackers', 'arsonist', 'arsonists', 'killer', 'killers', 'terrorist', 'terrorists', 'firebomber', 'driver', 'stabber', 'stabbers']);
/** Those who attacked: "the synagogue shooter", "that gunman", "the man who shot up the ...". */
const ATTACKER = new RegExp(String.raw`\b(?:the|that|this|those|these|a|one|our|my) (?:\S+ ){0,3}?(?:${ATTACKER_NOUNS})\b|\b(?:the|that|this|a|those|these|our|my) (?:guy|guys|man|men|bloke|blokes|lad|lads|kid|kids|dude|woman|nurse|driver|person|people|one|ones|boys|hero|heroes|legend|legends|brother|brothers|patriot|patriots|soldier) (?:who|that) (?:\S+ ){0,2}?(?:${DID})\b|\b(?:whoever|whomever|he|they) (?:\S+ ){0,2}?(?:${DID})\b|^(?:\S+ )?(?:${ATTACKER_NOUNS})\b`);
/** Praise that names its attacker in one breath: "legend who rammed the Pride parade", "shame he didn't finish the job at ...". */
const PRAISED_ATTACKER = new RegExp(String.raw`\b(?:legend|legends|hero|heroes|king|kings|saint|icon|patriot|patriots|goat|chad|brother|brothers|soldier|based) (?:who|that) (?:\S+ ){0,2}?(?:${DID})\b|\b(?:shame|pity|sad|gutted) (?:that )?(?:he|she|they|it) (?:did not|didnt|didn t|never|could not|couldnt|couldn t) (?:finish|finished|get|got|kill) (?:the|his|her|their|more|all|enough|them all)\b|\bnaming my (?:son|daughter|kid|child|baby|dog|cat) after\b|\b(?:${ATTACKER_NOUNS}) (?:did|done) (?:nothing wrong|the right thing|god s work|us a favour|us a favor)\b`);
/** Cities named for a massacre of a protected group, whose shooter the city names ("the Christchurch shooter"). */
const MASSACRE_CITIES: Readonly<Record<string, Characteristic>> = { christchurch: 'religion', charleston: 'race', pittsburgh: 'religion', 'el paso': 'origin', buffalo: 'race', poway: 'religion', halle: 'religion', orlando: 'sexual-orientation', pulse: 'sexual-orientation', utoya: 'origin', quebec: 'religion', hanau: 'origin', atlanta: 'race', 'colorado springs': 'sexual-orientation', 'club q': 'sexual-orientation', oslo: 'origin' };
/** Praise of an attacker or an attack. */
const PRAISE = new RegExp([
  String.raw`\b(?:is|was|s|are|were|remains|will always be|became|be|forever) (?:a |an |the |my |our |one of the |an absolute |a true |a real |a total |a national |truly a |truly an |the real |the only )?(?:great |true |real |total |absolute |national |modern |american |british |european |white |fucking |bloody |certified |genuine )?(?:hero|heroes|legend|legends|saint|saints|patriot|patriots|martyr|martyrs|king|kings|icon|icons|god|gods|role model|role models|inspiration|genius|chad|goat|idol|champion|based|legendary|heroic|a visionary|right|correct|onto something)\b`,
  String.raw`\b(?:my|our) (?:hero|heroes|idol|king|role model|inspiration|man)\b`,
  String.raw`\bdid (?:humanity|the world|us all|everyone|society|the country|this country|mankind|the town|the city|the nhs|the taxpayer|britain|america|god s work|the right thing|nothing wrong|no wrong|what (?:needed|had|has|needs|was needed) to be done|a good job|a great job|good work|great work|us a (?:favour|favor|service))\b`,
  String.raw`\b(?:a|the) (?:favour|favor|service|public service) (?:to|for) (?:humanity|the world|us all|society|the country|mankind|everyone)\b`,
  String.raw`\b(?:had|has) the right idea\b|\bgot it right\b|\b(?:he|she|they) (?:was|were|is|are) right\b|\bhad a point\b`,
  String.raw`\bdeserves? (?:a |an |his |her )?(?:medal|medals|statue|knighthood|award|pardon|nobel|parade|monument|thanks|holiday|raise|street named)\b`,
  String.raw`\b(?:should be|needs to be|must be|should have been) (?:freed|released|pardoned|celebrated|honoured|honored|knighted|thanked|rewarded|praised)\b|\bfree (?:him|her|them|the)\b|\bpardon (?:him|her|them)\b`,
  String.raw`\bneeds? (?:a few |a hundred |a thousand |many |more |ten |a dozen )(?:more )?(?:men |people |guys |lads |patriots |heroes )?like (?:him|her|them|the one|the guy|the man|that guy|that man|the lads)\b|\bmore (?:men |people |guys |lads )?like (?:him|her|them)\b`,
  String.raw`\bgive (?:him|her|them|that man|the man|the guy|that guy|the lads|whoever did it) (?:a |an )?(?:medal|knighthood|award|statue|pardon|parade|nobel|raise|pint|holiday)\b|\babsolute (?:king|legend|hero|chad|icon|unit)\b`,
  String.raw`\b(?:follow|followed|following|set) (?:his|her|their|an) (?:example|lead)\b|\bshame (?:he|she|they) (?:stopped|did not finish|didnt finish|only got|only killed|missed|got caught)\b`,
  String.raw`\b(?:finish|finished|finishing) (?:the|what|his|her) (?:job|work)\b|\b(?:do it|do that|happen) again\b|\bround two\b|\bsequel\b|\bmore please\b|\bmore of (?:that|this)\b|\bhigh score\b|\bnew record\b`,
  String.raw`\b(?:respect|salute|thank god for|thank you for|thanks for|bless|god bless|rip to a|rip king|long live|hail|cheers to|props to|hats off to|fair play to|respect to|big up) (?:the |that |this |our )?(?:man|guy|shooter|gunman|bomber|hero|legend|king|arsonist|driver|attacker|killer|lads|boys|brother|patriot|whoever|him|her)\b`,
  // (approval in a word, beside an attacker named with the group's place: "brave man", "based", "proud of him", "well done")
  String.raw`\b(?:brave|bravest|bravery|courage|courageous|heroic|legendary|iconic|based|goated|proud of|thank you|thanks|thankful|grateful|respect|salute|admire|admiration|inspiring|inspired|champion|blessed|well done|good job|great job|nice work|good work|nice one|top man|top bloke|good man|good lad|stood up|someone had to|somebody had to|about time|finally someone|finally somebody|cleaned up|clean up|cleaning up|cleanup|cleansed|pest control|took out the (?:trash|rubbish)|taking out the (?:trash|rubbish)|did his part|did their part|did his bit|should have (?:brought|used|waited|gone)|aim better|aimed better|only wish|just wish|wish he|wish they|wish i|if only he|copycat|copy him|inspire more|more to come|we need more|need more)\b`,
  String.raw`\b(?:low score|high score|10 10|ten out of ten|only complaint|(?:buy|buying|get|getting|owe) (?:him|her|them) (?:a )?(?:beer|pint|drink|drinks|pints)|pint s on me|pints on me|drinks on me|cheers mate|should be on (?:a |the )?(?:stamp|coin|banknote|note|money)|more of a man than|(?:a )?(?:statue|parade|medal|monument) (?:for|of) (?:the|that|him|her)|(?:i|we) call (?:him|her|them|the \S+ \S+|that \S+ \S+|the \S+) (?:a |an )?(?:hero|legend|visionary|saint|patriot|king|genius|martyr))\b`,
  String.raw`\b(?:best|funniest|greatest|happiest) (?:thing|day|news|moment|video|footage)\b|\bmade my (?:day|week|year)\b|\bhero of the\b|\b(?:look up to|idolise|idolize) (?:him|her|them)\b|\bnothing of value (?:was )?lost\b|\bno (?:great )?loss\b|\bgood riddance\b|\bhad it coming\b|\bgot what (?:they|it) deserved\b`,
].join('|'));
/** Praise said, quoted or denied: "calling him a hero is sick", "he was no hero", "he is not a hero". */
const PRAISE_DENIED = /\b(?:not|no|never|nt|n t|isnt|wasnt|calling|called|(?<!(?:i|we) )call|calls|say|says|saying|said|claim|claims|claiming|praise|praising|praised|glorify|glorifying|glorified|glorifies|celebrate|celebrating|celebrated|cheer|cheering|cheered|worship|worshipping|defend|defending|stans?|anyone who|people who|those who|whoever thinks|if you think)\b(?: \S+){0,6} ?$/;
/** Words that condemn or grieve the attack. */
const CONDEMNED = /\b(?:video|videos|photo|photos|footage|film|pics|picture|pictures|portrait|portraits|documentary|monster|monsters|evil|coward|cowards|cowardly|sick|sickening|disgusting|vile|horrific|horrifying|tragedy|tragic|victims|victim|mourn|mourning|vigil|memorial|rot|prison|jail|jailed|sentenced|life sentence|condemn|condemned|ashamed|shame on|shameful|terrorism|anniversary|never forget|heartbreaking|pathetic|loser|scum|thug|murderer|abuser|hateful|racist|bigot|bigoted|deranged|radicalised|radicalized|manifesto of hate|refuse to|never say his name|justice|arrest|arrested|caught|charged|trial|convicted|guilty)\b/;

/**
 * Praise of an attack on a group's people: "the synagogue shooter was a hero", "that shooter at the black church did what
 * needed to be done", "the Christchurch shooter is a saint". The attacker is named with the group, its place or the city
 * of a massacre of the group in the same sentence; praise said of it, not quoted, denied or condemned beside it.
 */
export function attackerPraised(tokens: readonly Token[], groups: readonly GroupMention[]): { group: GroupMention; explain: string } | null {
  if (!tokens.some((t) => ATTACKER_GATE.has(t.w))) return null;
  const words = tokens.map((t) => t.w);
  const text = words.join(' ');
  const self = PRAISED_ATTACKER.exec(text);
  const who = self ?? ATTACKER.exec(text);
  if (!who) return null;
  const praise = self ?? PRAISE.exec(text);
  if (!praise || PRAISE_DENIED.test(text.slice(0, praise.index)) || CONDEMNED.test(text)) return null;
  // the group: named, a place of theirs, or the city of the massacre, anywhere in the sentence
  const places = groupPlaces(tokens);
  // (the place first: "more men like the one who drove into the Pride crowd" is about Pride, not men)
  let group: GroupMention | undefined = [...places, ...groups].find((g) => !g.pronoun && !g.unnamed);
  if (!group) {
    for (let i = 0; i < words.length && !group; i++) {
      const c = MASSACRE_CITIES[words[i] as string] ?? MASSACRE_CITIES[`${words[i]} ${words[i + 1]}`];
      // (the city names the massacre only before its attacker: "the Christchurch shooter", "the El Paso gunman")
      if (c && /^(?:\S+ )?(?:shooter|shooters|gunman|gunmen|bomber|attacker|killer|massacre|shooting|attack)\b/.test(words.slice(i + 1).join(' '))) group = { from: i, to: i, characteristic: c, pronoun: false, weak: false };
    }
  }
  if (!group) return null;
  return { group, explain: `an attacker of the group praised ('${praise[0]}')` };
}
/** Words one of the attacker phrases holds: the gate before the patterns. */
const ATTACKER_GATE: ReadonlySet<string> = new Set(['shooter', 'shooters', 'gunman', 'gunmen', 'bomber', 'bombers', 'attacker', 'attackers', 'arsonist', 'arsonists', 'killer', 'killers', 'terrorist', 'terrorists', 'firebomber', 'driver', 'who', 'that', 'whoever', 'whomever', 'he', 'they', 'shame', 'pity', 'sad', 'gutted', 'naming']);

/** Harm done to a place or to those in it, in words with no everyday sense: fire set, explosives, gas, a vehicle driven in, doors shut on them. */
const PLACE_HARM = new RegExp(String.raw`\b(?:${any([
  // shooting
  'open fire', 'opening fire', 'open up on', 'shoot up', 'shooting up', 'shoot (?:them|em|everyone|everybody|every one|the lot|worshippers|people|anyone)', 'start shooting',
  'spray (?:the|them|em|bullets)', 'full mags', 'knives out', 'room by room', 'row by row', 'down the rows', 'pick them off', 'no survivors', 'body count', 'bloodbath', 'body bags',
  '(?:nobody|no one|none of them) (?:walks|walk|gets|get|comes|come|makes it) (?:back )?out', 'nobody leaves', 'no mercy',
  'kill (?:them|em|everyone|everybody|every|all|the lot|as many)', 'shot up', 'shooting (?:till|until|everyone|everybody|anyone|every)', 'open season', 'stabbed', 'stab (?:them|em|everyone|every)',
  'getting (?:stabbed|shot|burned|burnt|torched|bombed|gassed|firebombed)', 'jump (?:them|em)', 'leaves? standing', 'more of them that way',
  'as many (?:of them )?as (?:possible|we can|i can)', 'watch (?:\\S+ ){1,4}?burn', 'bottles (?:are )?(?:already )?(?:filled|full|ready)', 'drop a (?:plane|bomb|nuke) on', 'killing (?:them|em|everyone|everybody|every|all)', 'slaughter', 'massacre', 'wipe (?:it|them|em) out',
  // fire
  'torch (?:it|the|that|this|their|every|them|em)', 'torched', 'torching', 'burn (?:it|the|that|this|their|every|them|em) (?:down|out|to the ground)', 'burn (?:it|them|em)',
  'burns? down', 'burning down', '(?:burns|burn|goes up|go up) (?:tonight|tomorrow|this weekend|next|on (?:friday|saturday|sunday))',
  'burn (?:the|that|this|their|every) (?!leaf|leaves|pile|rubbish|garden|toast|cake|calories|midnight|candle)', 'needs? (?:bombing|torching|burning|gassing|burning down|shooting up|blowing up)', 'burn the place', 'set fire', 'sets fire', 'set it on fire', 'set it alight', 'on fire while', 'light it up', 'light (?:it|them|em)',
  'lights it', 'lighting (?:it|them|the place)(?: up)?', 'light the place', '(?:burn|burning|burns) (?:it|the place|them) down', 'start the fire', 'light em up', 'light them up', 'up in flames', 'to the ground', 'into ashes', 'to ashes', 'inferno', 'arson',
  'burn (?:them|em) out', 'smoke (?:them|em) out', '(?:a|the) fire (?:to start|will start)', 'start(?:ing)? a fire (?:in|at|inside)',
  // explosives
  'firebomb', 'firebombed', 'firebombing', 'petrol bombed', 'pipe bomb', 'nail bomb', 'petrol bomb', 'car bomb', 'ied', 'molotov', 'molotovs', 'explosives', 'dynamite', 'c4', 'grenade', 'grenades',
  'bomb (?:it|the|that|this|their|every|them|em)', 'bombing (?:it|the|that|this|their|every)', 'blow (?:it|the place|them|em) up', 'blow up (?:the|that|this|their|every)',
  'blowing up (?:the|that|this|their)', '(?:plant|planting|needs|need|leave|leaving|put|putting|drop|dropping) a bomb', 'a bomb (?:under|in|at|inside)', 'turn (?:it|the place|that \\S+) into a crater', 'crater',
  // gas and poison
  'gas (?:it|them|em|the place|the lot|the building)', 'gassing (?:it|them|the)', 'sarin', 'poison (?:the|their|it|them)', 'poisoned (?:the|their)', 'cyanide', 'arsenic', 'rat poison',
  'something in the (?:water|food|punch|drinks)', 'acid (?:on|at|over|in)', 'bottles with acid',
  // vehicles
  'floor it', '(?:do not|dont|don t|won t|wont|not) brake', '(?:drive|drives|driving|drove|driven|steer|aim|plough|ploughs|ploughing|plow|plows|plowing|smash|smashes|crash|crashes) (?:my |the |a |our |this )?(?:truck|car|van|lorry|suv|pickup)? ?(?:straight |right |full speed )?(?:into|through|onto) (?:the|them|that|their|a|it)',
  '(?:truck|car|van|lorry|bus|suv|pickup) (?:driven|ploughs|plows|ploughing|plowing|drives|driving|smashes|crashes|rams|ramming|goes|going|speeds|speeding) (?:straight |right |full speed )?(?:into|through|onto) (?:the|them|that|their|a|it)',
  'plough into', 'plow into', 'ploughing into', 'rams? (?:a |the |my |his |their )?(?:lorry|truck|car|van|suv|bus) (?:into|through)', 'run (?:them|em) (?:over|down)', 'ram (?:the|them|into)', 'ramming (?:the|them|into)', 'mow (?:them|em) down', 'mow down',
  // doors shut on them, and the place ended
  '(?:chain|chains|chained|chaining|lock|locks|locked|locking|seal|seals|sealing|bolt|bolts|block|blocks|blocking|bar|barricade) (?:the |its |their |all the )?(?:doors?|basement|exits?|fire exits?)(?: shut)?',
  'doors locked', 'storm the', 'storming the', 'raze', 'razed', 'level (?:it|the place)', 'bulldoze (?:it|the)', 'won t be standing', 'wont be standing',
  'exterminate', 'exterminating', 'cleanse', 'cleansing', 'purge', 'make an example',
])})\b`);
/** Arms that are harm only when taken to the place: "heading to the black church with my rifle", "waiting outside the gay bar with bats". */
const ARMS = any(['blades?', 'bat', 'ar', 'guns?', 'rifles?', 'shotguns?', 'pistols?', 'handguns?', 'glock', 'ar ?15', 'ak ?47', 'ammo', 'mags', 'crossbow', 'machetes?', 'petrol', 'gasoline',
  'jerry cans?', 'lighter fluid', 'lighters', 'matches', 'baseball bats?', 'bats', 'crowbars?', 'weapons']);
/** Arms carried to a place, readied or got. */
const ARMED = new RegExp(String.raw`\b(?:with|got|bought|bring|bringing|grab|grabbing|carrying|take|taking|loaded|load up|packing) (?:my |a |the |some |our |your |his |their |two |three |a few )?(?:\S+ ){0,2}?(?:${ARMS})\b|\b(?:${ARMS}) (?:is |are |s |'s |re )?(?:loaded|ready|sharpened|cleaned|oiled|in the (?:boot|car|truck|van))\b`);
/** Settings that make arms, fire and tools ordinary: photography, drinking water, the law on carrying, drama, hunting. */
const ARMS_SETTINGS = /\b(?:water|drinking|drinks|photos?|photograph\S*|video|videos|footage|portraits?|pictures?|pics|film|filming|drama|actors|casting|uniforms|legal|illegal|laws?|carry|hunting|season|deer|range|museum|history|chapter|learn|learning|flint|survival|bushcraft|whittle|whittling|carve|carving)\b/;
/** The writer's plan, promise or call: a time set, a threat of what a place "is getting", a call on someone. */
const PLACE_STANCE = new RegExp(String.raw`\b(?:${any([
  '(?:i|we) (?:will|ll|shall|swear|might|go in|go)', '(?:we|you|u) (?:should|need to|must|ought to|gotta)', '(?:can not|cant|can t) wait (?:to|for|till|until)', 'so (?:i|we) can', '(?:i|we) (?:floor|open|walk|drive|light|burn|torch|bomb|gas|storm|ram|run|chain|lock|pour|put)', '(?:i|we) (?:am|m|are|re) \\S+ing', '(?:i|we) (?:have|ve) (?:got|bought|made|built|planned|mapped|scouted|found)', 'ima', 'imma', 'gonna', 'going to', 'finna', 'about to', 'heading', 'headed',
  'on my way', 'on our way', 'tonight', 'tomorrow', 'at dawn', 'at noon', 'at midnight', 'this (?:weekend|week|friday|saturday|sunday|monday|thursday|year)',
  'next (?:week|month|friday|saturday|sunday|monday|thursday|time|year)', '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening)',
  '[0-9]+ ?(?:am|pm)', 'soon', 'not long now', 'countdown', 'when (?:it|they) opens?', '(?:is|are|s|re) getting', '(?:gets|get) it', 'needs? (?:\\S+ing|a|the|some)',
  '(?:someone|somebody|anyone|whoever|some hero|one of you) (?:should|needs to|has to|must|ought to|go|burn|bomb|torch|shoot|light|walk|drive|step up|do it|please)',
  'why (?:has|have) (?:nobody|no one|noone|not|nt)', 'why (?:hasnt|havent|hasn t|haven t)', '(?:perfect|ideal|good|easy|best) (?:time|place|target|spot|day|chance)',
  'the target', 'a target', 'imagine if', '(?:hope|hoping|wish|pray|praying) (?:someone|somebody|some hero|a patriot|that|a|an)', 'fingers crossed',
  '(?:grab|bring|fetch|get|got|buy|bought) (?:the |your |some |a )?(?:petrol|lighters|matches|bats|guns|knives|rope|ammo|mags)', 'ready', 'loaded', 'locked and loaded',
  'not joking', 'mark my words', 'watch this space', 'wait and see', 'you ll see', 'see you there', 'be there', 'plan', 'planning', 'the plan', 'planned', 'mapped',
  'scouted', 'stocking up', 'stockpiling', 'practising', 'practicing', 'storming', 'their last', 'the last (?:one|time|pride|eid|service)',
  'won t know what hit', 'wont know what hit', 'let s', 'lets', 'let us', 'time to', 'who s in', 'who is in', 'who s coming',
  '(?:bring|bringing|brings|take|taking|carry|carrying) (?:my|a|the|some|our) (?:own )?(?:kind of fire|rifle|gun|shotgun|crossbow|knife|machete|bomb|blade)', 'going in', 'next on (?:my|our|the) list', 'i ll be the one',
])})\b`);
/** Disasters wished on a place or a gathering: "hope a tornado flattens every mosque", "pray the roof caves in during Pride". */
const DISASTER_WISH = new RegExp(String.raw`\b(?:${any(['hope', 'hoping', 'wish', 'pray', 'praying', 'please let', 'fingers crossed', 'let s hope', 'lets hope', 'here s hoping', 'heres hoping',
  'would be (?:nice|great|funny|hilarious|karma|poetic|justice|a shame) if', 'd be (?:nice|great|funny|hilarious|poetic) if', 'd love (?:it )?if', 'would love (?:it )?if',
  'can not wait (?:for|till|until)', 'cant wait (?:for|till|until)', 'god willing', 'dream of', '(?:d|would) love (?:a|an|to see)', 'may (?:a|the|god|their|every)', 'one can dream', 'one day',
  'someday', 'please god'])})\b(?: \S+){0,10}? (?:${any(['earthquake', 'earthquakes', 'quake', 'flood', 'floods',
  'tsunami', 'tornado', 'tornadoes', 'hurricane', 'cyclone', 'typhoon', 'storm', 'lightning', 'meteor', 'asteroid', 'comet', 'sinkhole', 'avalanche', 'landslide', 'mudslide', 'volcano',
  'wildfire', 'fire', 'fires', 'blaze', 'gas leak', 'explosion', 'plague', 'virus', 'outbreak', 'pandemic', 'famine', 'bomb', 'drone', 'nuke', 'roof', 'ceiling', 'collapses?',
  'collapsed', 'caves? in', 'falls? in', 'fall in', 'falls? down', 'burns? down', 'burn to the ground', 'burns to the ground', 'go(?:es)? up', 'go(?:es)? off a cliff', 'off a cliff',
  'drops? dead', 'drop like flies', 'heatwave', 'stampede', 'food poisoning', 'takes? the lot', '(?:would|will) (?:just )?(?:blow|explode|collapse|burn|cave in)', 'all die', 'dies?', 'catch(?:es)? something', 'swallows?', 'flattens?', 'levels?', 'wipes?', 'wiped', 'sweeps?', 'crushed', 'buried', 'sinks?',
  'crash(?:es)?', 'explodes?', 'blows? up', 'no survivors', 'nobody survives', 'perish', 'perishes', 'rots?', 'burns? in hell', 'wrath', 'smites?', 'hellfire',
  'brimstone', 'rain(?:s)? fire', 'cancer', 'covid', 'disease', 'gets? sick', 'drowns?', 'freezes?', 'starves?', 'implodes?', 'topples?', 'gets? what', 'gets? (?:hit|struck|bombed|flattened|torched|burned|burnt|flooded|wiped|levelled|leveled|nuked)'])})\b`);
/** Reports, grief, care, security and play: what stands a place threat down. */
const PLACE_STAND_DOWN = /\b(?:victims?|vigil|memorial|mourn|mourning|condemn|condemns|condemned|police|arrested|charged|sentenced|jailed|prison|investigating|investigation|report|reported|reports|news|documentary|survivors?|security|guard|guarded|lockdown|drills?|safe|safety|protect|protecting|stay safe|after the (?:shooting|bombing|attack|fire|stabbing)|since the (?:shooting|bombing|attack|fire|stabbing)|following the|glitter|confetti|killed it|slayed|on fire with|sound system|dj|speakers|music|playlist|dance floor|tunes|softball|baseball game|cricket|hoops|rugby|league|quiz|karaoke|meringue|dropped bombs|bath bombs?|photo|photos|video|film|filming|shooting (?:a|the) (?:video|film|documentary|photos)|threats? (?:against|to)|received|evicted|eviction|rebuild|repair|fundraiser|fundraising|donate|donations|tarps|nearly|almost|accidentally|accident|oops|cooking|recipe|baking|skills|thoughts are with|thoughts go out|never forget|a year on|years on|the (?:shooting|bombing|attack|fire|stabbing) (?:was|at|in|last|killed|left|that|happened)|anniversary|remembering|honour|honor|in memory|rip|kill for|kill it|killing it|killed it|to die for|is the bomb|da bomb|system|understaffing|cuts)\b/;
/** Harm by fire, which festive fire words stand down. */
const FIRE_HARM = /(?:burn|torch|light|fire|flame|ash|inferno|arson|alight)/;
/** Fire in a festival, a kitchen or a party. */
const FESTIVE_FIRE = /\b(?:fireworks|sparklers|candles?|menorah|diyas?|lanterns?|bbq|barbecue|grill|oven|cake|chef|dj|bonfire night)\b/;
/** Verbs that open an order: "Put something in the water at ...", "Fill the bottles with petrol ...". */
const ORDERS: ReadonlySet<string> = new Set(['put', 'pour', 'fill', 'grab', 'bring', 'get', 'chain', 'lock', 'seal', 'block', 'burn', 'torch', 'light', 'gas', 'bomb', 'shoot', 'drive', 'ram', 'storm', 'go', 'poison', 'spike', 'blow']);
/** A negator before the stance or the harm: "nobody should torch ...", "I would never ...". */
const PLACE_NEGATED = /\b(?:not|never|no one|noone|nobody|dont|don t|wouldnt|wouldn t|shouldnt|shouldn t)\b(?: \S+){0,3} ?$/;

/**
 * The last reading of a threat at a group's place, when the threat readers found none: harm to the place or those in it
 * (arms, fire, explosives, a vehicle, doors shut on them) with the writer's plan, promise or call ("tonight", "is getting",
 * "someone should", "I'm bringing"), or a disaster wished on it. Reports, grief, security and play stand it down.
 */
export function threatAtPlace(tokens: readonly Token[], places: readonly GroupMention[]): { group: GroupMention; explain: string } | null {
  const place = places.find((g) => !g.pronoun && !g.unnamed);
  if (!place) return null;
  const text = tokens.map((t) => t.w).join(' ');
  if (PLACE_STAND_DOWN.test(text) || tokens.some((t) => /^['"‘“’”]/.test(t.raw))) return null;
  const wish = DISASTER_WISH.exec(text) ?? DISASTER_BLESSED.exec(text);
  if (wish && !PLACE_NEGATED.test(text.slice(0, wish.index)) && !/\b(?:not|nobody|no one|never|misses|miss|spares?|safe)\b/.test(wish[0])) return { group: place, explain: `a disaster wished on a group's place ('${wish[0]}')` };
  const harm = PLACE_HARM.exec(text) ?? (tokens.some((t) => ARMS_ORDINARY.has(t.w) || FIRE_USES.has(t.w)) || ARMS_SETTINGS.test(text) ? null : ARMED.exec(text));
  // (fire at a feast of lights, fireworks and cooking is festive: "the diyas were on fire", "the menorah lighting lit up the square")
  if (harm && FIRE_HARM.test(harm[0]) && FESTIVE_FIRE.test(text)) return null;
  // ("why has nobody torched ...?" asks for it: its negator denies nothing)
  // ("can't wait to watch it burn": eagerness, whose negator denies nothing)
  const asked = text.replace(/\bwhy (?:has|have) (?:nobody|no one|noone|not (?:anyone|anybody|someone|somebody))\b/g, 'why has anybody').replace(/\b(?:can not|cant|can t) wait\b/g, 'eager to');
  if (!harm || (PLACE_NEGATED.test(asked.slice(0, harm.index)) && !/brake/.test(harm[0]))) return null;
  // (an order opening the sentence is its own call: "Floor it.", "Gas it and be done", "Put something in the water at ...")
  const stance = harm.index === 0 || ORDERS.has(tokens[0]?.w ?? '') ? harm : PLACE_STANCE.exec(text);
  if (!stance || PLACE_NEGATED.test(asked.slice(0, stance.index))) return null;
  return { group: place, explain: `harm to a group's place ('${harm[0]}') with the writer's plan or call ('${stance[0]}')` };
}

/** Whether a sentence holds words of harm at a place, the cheap test before the sentence before is read for a place. */
export function mayThreatenPlace(tokens: readonly Token[]): boolean {
  const text = tokens.map((t) => t.w).join(' ');
  return PLACE_HARM.test(text) || ARMED.test(text);
}

/** Whether a sentence holds praise, the cheap test before the sentence before is read for an attacker ("... Absolute hero."). */
export function mayPraise(tokens: readonly Token[]): boolean {
  return PRAISE.test(tokens.map((t) => t.w).join(' '));
}

/** Whether a sentence holds harm, arms or a disaster wished that a group's place could be the target of: the gate before places are found. */
export function mayHarmPlace(tokens: readonly Token[]): boolean {
  const text = tokens.map((t) => t.w).join(' ');
  return PLACE_HARM.test(text) || ARMED.test(text) || DISASTER_WISH.test(text) || DISASTER_BLESSED.test(text);
}

/** A disaster that the sentence then calls a blessing: "a hurricane through the traveller site would be a blessing". */
const DISASTER_BLESSED = new RegExp(String.raw`\b(?:earthquake|flood|tsunami|tornado|hurricane|cyclone|storm|lightning|meteor|asteroid|sinkhole|avalanche|wildfire|fire|blaze|gas leak|explosion|plague|virus|outbreak|bomb|nuke)\b(?: \S+){0,10}? (?:would be|d be|is|will be) (?:a blessing|a mercy|a gift|nice|great|lovely|karma|justice|perfect|the best news|a good thing|no loss)\b|\b(?:can t|cant|can not) come soon enough\b`);
