/**
 * CONTENT WARNING: this module lists slurs against protected groups, in full, because the detector must
 * recognise them. It is data for matching only: no message, note or suggestion may repeat an entry.
 *
 * Each entry names the characteristic it attacks. `homonym` lists context words that mean the ordinary,
 * non-slur sense of the same spelling (a cigarette, a dam, a car's transmission), checked in a window of
 * a few words; `ordinaryAfter` / `ordinaryBefore` are the words that make a fixed ordinary phrase
 * ("chink in the armour"). `reclaimable` slurs are used by members of the group about themselves, which
 * is not a violation (at most a note that it may be misread).
 */
import type { Characteristic } from './groups';

export interface SlurEntry {
  /** base spelling, folded */
  form: string;
  /** extra accepted spellings and inflections (plurals are added automatically) */
  variants?: readonly string[];
  characteristic: Characteristic;
  /** how sure a bare occurrence is a slur (before context) */
  confidence: number;
  reclaimable?: boolean;
  homonym?: readonly string[];
  ordinaryAfter?: readonly string[];
  ordinaryBefore?: readonly string[];
  /** phrases that end just before the word and make it ordinary ("out for a" fag, "in the" gook): matched on whole words */
  ordinaryLead?: readonly string[];
  /** an everyday word too (a raccoon, a snack, a verb): counts only when aimed at someone or next to a derogatory word */
  needsContext?: boolean;
  /** also a mainstream identity word people use of themselves ("queer"): no reclaimed-use note */
  mainstream?: boolean;
  /** capitalised mid-sentence it is a proper name (the island of Lesbos) */
  properNoun?: boolean;
  /** also an ordinary verb ("would cripple our economy"): a verb reading is never a slur */
  verb?: boolean;
}

export const SLURS: readonly SlurEntry[] = [
  { form: 'nigger', variants: ['niggers', 'niggah', 'nigguh', 'negroid', 'niglet', 'niglets', 'nigglet'], characteristic: 'race', confidence: 0.95 },
  { form: 'nigga', variants: ['niggas', 'niggaz', 'nigg', 'nig', 'nigs', 'nicca', 'niccas', 'niqqa', 'niqqas'], characteristic: 'race', confidence: 0.75, reclaimable: true },
  { form: 'coon', variants: ['coons'], characteristic: 'race', confidence: 0.7, homonym: ['raccoon', 'raccoons', 'hunting', 'hunt', 'hound', 'hounds', 'skin', 'cap', 'tail', 'maine', 'cat', 'cats', 'possum', 'trash', 'bandit', 'bandits', 'critters', 'attic', 'loft', 'rabies', 'bins', 'digging', 'wildlife', '🦝'] , needsContext: true },
  { form: 'darkie', variants: ['darkies', 'darky'], characteristic: 'race', confidence: 0.9 },
  { form: 'boong', variants: ['boongs'], characteristic: 'race', confidence: 0.9 },
  { form: 'jigaboo', variants: ['jiggaboo'], characteristic: 'race', confidence: 0.95 },
  { form: 'porch monkey', characteristic: 'race', confidence: 0.95 },
  { form: 'jungle bunny', characteristic: 'race', confidence: 0.95 },
  { form: 'spear chucker', variants: ['spear chuckers', 'spearchuckers'], characteristic: 'race', confidence: 0.95 },
  { form: 'coloreds', variants: ['coloureds', 'colored folk', 'colored folks', 'coloured folk'], characteristic: 'race', confidence: 0.75 },
  { form: 'wigger', variants: ['wiggers', 'wigga', 'wiggas'], characteristic: 'race', confidence: 0.75 },
  { form: 'whitey', variants: ['whiteys'], characteristic: 'race', confidence: 0.6 },
  { form: 'spearchucker', characteristic: 'race', confidence: 0.95 },
  { form: 'sambo', characteristic: 'race', confidence: 0.7, homonym: ['restaurant', 'wrestling', 'martial', 'sport'] , needsContext: true },
  { form: 'pickaninny', characteristic: 'race', confidence: 0.95 },
  { form: 'golliwog', characteristic: 'race', confidence: 0.85 },
  { form: 'wog', variants: ['wogs'], characteristic: 'race', confidence: 0.85 },
  { form: 'negro', variants: ['negros', 'negroes'], characteristic: 'race', confidence: 0.55, ordinaryAfter: ['league', 'leagues', 'college', 'spiritual', 'spirituals', 'river'], ordinaryBefore: ['rio', 'united'] , needsContext: true },
  { form: 'cracker', variants: ['crackers'], characteristic: 'race', confidence: 0.5, homonym: ['cheese', 'eat', 'ate', 'eating', 'chips', 'animal', 'cheesy', 'savoury', 'savory', 'salty', 'peanut', 'butter', 'taco', 'soup', 'snack', 'snacks', 'box', 'graham', 'ritz', 'soup', 'crumbs', 'christmas', 'fire', 'nut', 'safe', 'password', 'jack', 'crackers', 'biscuits', 'dip', 'hummus', 'pate', 'salt', 'saltine', 'water', 'cream', 'barrel'] , needsContext: true },
  { form: 'honky', variants: ['honkies', 'honkey'], characteristic: 'race', confidence: 0.8, homonym: ['tonk'] , needsContext: true },
  { form: 'white trash', characteristic: 'race', confidence: 0.75 },
  { form: 'chink', variants: ['chinks', 'chinc', 'chincs', 'chinky', 'chinkies', 'chinkys'], characteristic: 'race', confidence: 0.75, homonym: ['armour', 'armor', 'light', 'curtain', 'wall', 'door', 'defence', 'defense', 'plan', 'argument', 'logic', 'fence', 'shield', 'clouds', 'sunlight', 'glass', 'strategy', 'theory', 'reasoning', 'security', 'system', 'contract', 'proposal', 'pitch', 'lineup', 'tactics', 'position', 'alibi', 'story', 'evidence', 'glasses', 'coins', 'cups', 'keys', 'toasted', 'toast', 'clink', 'chains']  },
  { form: 'gook', variants: ['gooks', 'guks'], homonym: ['gobbledy', 'gobbledygook', 'gobble', 'de', 'drain', 'drains', 'sink', 'plughole', 'pipe', 'pipes', 'plumber', 'gunk', 'goo', 'grime', 'sticky', 'filter', 'engine', 'gutter', 'gutters'], characteristic: 'race', confidence: 0.9  },
  { form: 'zipperhead', characteristic: 'race', confidence: 0.95 },
  { form: 'chinaman', variants: ['chinamen'], characteristic: 'race', confidence: 0.8 },
  { form: 'slant eye', variants: ['slant eyes', 'slanteye', 'slanteyes', 'slant eyed'], characteristic: 'race', confidence: 0.9 },
  { form: 'jap', variants: ['japs'], characteristic: 'race', confidence: 0.7 , needsContext: true },
  { form: 'spic', variants: ['spics', 'spick', 'spicks'], characteristic: 'race', confidence: 0.85, ordinaryAfter: ['and']  },
  { form: 'beaner', variants: ['beaners'], characteristic: 'race', confidence: 0.9 },
  // (a back boiler behind a fire or stove, in British and New Zealand homes)
  { form: 'polack', variants: ['polacks'], characteristic: 'origin', confidence: 0.9 },
  { form: 'wetback', variants: ['wetbacks'], characteristic: 'origin', confidence: 0.95, homonym: ['boiler', 'heats', 'fireplace', 'cottage', 'aga', 'rayburn', 'radiator', 'radiators', 'plumber', 'cylinder', 'woodburner', 'stove', 'burner'] },
  { form: 'pajeet', variants: ['pajeets', 'poojeet', 'poojeets', 'pajeeta'], characteristic: 'origin', confidence: 0.9 },
  { form: 'rapefugee', variants: ['rapefugees', 'rapugee', 'rapugees'], characteristic: 'origin', confidence: 0.95 },
  { form: 'sand nigger', characteristic: 'religion', confidence: 0.98 },
  { form: 'raghead', variants: ['ragheads', 'rag heads'], characteristic: 'religion', confidence: 0.95 },
  { form: 'towelhead', variants: ['towelheads', 'towel heads'], characteristic: 'religion', confidence: 0.95 },
  { form: 'camel jockey', characteristic: 'origin', confidence: 0.9 },
  { form: 'dune coon', characteristic: 'origin', confidence: 0.95 },
  { form: 'curry muncher', characteristic: 'origin', confidence: 0.9 },
  { form: 'dothead', variants: ['dotheads', 'dot head', 'dot heads'], characteristic: 'origin', confidence: 0.85 },
  { form: 'ching chong', characteristic: 'race', confidence: 0.85 },
  { form: 'half breed', variants: ['halfbreed', 'halfbreeds', 'half-breed'], characteristic: 'race', confidence: 0.8 },
  { form: 'carpet muncher', characteristic: 'sexual-orientation', confidence: 0.9 },
  { form: 'pillow biter', characteristic: 'sexual-orientation', confidence: 0.9 },
  { form: 'nancy boy', characteristic: 'sexual-orientation', confidence: 0.85 },
  { form: 'bulldyke', variants: ['bulldykes', 'bull dyke', 'bull dykes'], characteristic: 'sexual-orientation', confidence: 0.9 },
  { form: 'window licker', characteristic: 'disability', confidence: 0.9 },
  { form: 'paki', variants: ['pakis'], characteristic: 'origin', confidence: 0.85, reclaimable: true },
  { form: 'mooslim', variants: ['mooslims', 'muzrat', 'muzrats'], characteristic: 'religion', confidence: 0.9 },
  { form: 'jooz', variants: ['joos', 'jooish'], characteristic: 'religion', confidence: 0.85 },
  { form: 'muzzie', variants: ['muzzies', 'muzzys', 'muzzers'], characteristic: 'religion', confidence: 0.8, homonym: ['bite', 'bites', 'mosquito', 'spray', 'net', 'repellent']  },
  { form: 'kike', variants: ['kikes', 'kyke'], characteristic: 'religion', confidence: 0.95 },
  { form: 'jewboy', variants: ['jewboys'], characteristic: 'religion', confidence: 0.9 },
  { form: 'heeb', variants: ['heebs'], characteristic: 'religion', confidence: 0.8 },
  { form: 'papist', variants: ['papists'], characteristic: 'religion', confidence: 0.7, properNoun: true },
  { form: 'sperg', variants: ['spergs', 'sperglord', 'sperglords'], characteristic: 'disability', confidence: 0.8, reclaimable: true },
  { form: 'wrinklies', variants: ['wrinkly'], characteristic: 'age', confidence: 0.6, needsContext: true, reclaimable: true, homonym: ['club', 'themselves', 'ourselves', 'skin', 'shirt', 'clothes', 'linen', 'fabric', 'dog', 'pug', 'shar'] },
  { form: 'coffin dodger', variants: ['coffin dodgers'], characteristic: 'age', confidence: 0.7, reclaimable: true, homonym: ['club', 'themselves', 'ourselves', 'walking', 'running', 'team', 'choir', 'band'] },
  { form: 'yid', variants: ['yids'], characteristic: 'religion', confidence: 0.7, homonym: ['army', 'spurs', 'tottenham'] , needsContext: true },
  { form: 'christ killer', variants: ['christ killers'], characteristic: 'religion', confidence: 0.9 },
  { form: 'gyppo', variants: ['gyppos', 'pikey', 'pikeys'], characteristic: 'origin', confidence: 0.85 },
  { form: 'dago', variants: ['dagos', 'dagoes'], characteristic: 'origin', confidence: 0.85 },
  { form: 'wop', variants: ['wops'], homonym: ['pop', 'doo', 'bop'], characteristic: 'origin', confidence: 0.8 , needsContext: true },
  { form: 'faggot', variants: ['faggots', 'faggit', 'fagot', 'fagots', 'faggy', 'fagg'], characteristic: 'sexual-orientation', confidence: 0.95, reclaimable: true, homonym: ['meatball', 'meatballs', 'gravy', 'peas', 'mash', 'mushy', 'onions', 'tea', 'dinner', 'supper', 'pork', 'liver', 'oven', 'brown', 'butcher', 'firewood', 'sticks', 'kindling', 'bassoon', 'recipe', 'wood', 'twigs', 'bundle', 'bundles', 'hearth', 'stove', 'woodburner', 'bonfire', 'brushwood', 'bundle', 'hearth', 'bonfire', 'fireplace', 'stove', 'logs', 'branches', 'hazel', 'rods', 'birch', 'willow', 'straw', 'reeds', 'faggoting'] },
  { form: 'fag', variants: ['fags', 'fagz'], characteristic: 'sexual-orientation', confidence: 0.85, reclaimable: true, homonym: ['cigarette', 'cigarettes', 'smoke', 'smoked', 'smokes', 'smoking', 'cig', 'cigs', 'ciggy', 'lighter', 'packet', 'ash', 'break', 'end', 'rolled', 'roll', 'fags', 'tobacco', 'puff', 'light', 'ciggie', 'quit', 'pint', 'pints'], ordinaryLead: ['out for a', 'out for a quick', 'outside for a', 'outside for a quick', 'nipped out for a', 'popped out for a', 'time for a', 'go for a', 'have a', 'having a', 'had a', 'fancy a', 'need a', 'bum a', 'spare a', 'lend me a'] },
  { form: 'dyke', variants: ['dykes'], characteristic: 'sexual-orientation', confidence: 0.75, reclaimable: true, homonym: ['dam', 'flood', 'levee', 'water', 'sea', 'sand', 'sandcastle', 'estuary', 'tidal', 'rebuilt', 'reinforced', 'floodwater', 'flooded', 'burst', 'breached', 'farmland', 'lowland', 'fields', 'beach', 'built', 'build', 'building', 'breach', 'river', 'polder', 'dutch', 'netherlands', 'holland', 'van', 'finger', 'dig', 'embankment', 'march', 'tide', 'fens', 'path', 'trail', 'hike', 'hiking', 'walked', 'ditch', 'drainage', 'canal', 'marsh', 'coast', 'coastal', 'defences', 'defenses', 'flooding', 'storm', 'road', 'street', 'lane', 'avenue', 'roadworks', 'resurfacing', 'junction', 'brighton', 'diverted', 'divert', 'footpath', 'footpaths', 'cycling', 'pumps', 'pump', 'engineering', 'engineers', 'windmills', 'protected', 'lowlands'], ordinaryBefore: ["'s", 'offas', 'devils'], ordinaryLead: ['along the', 'top of the', 'on top of the', 'across the', 'over the', 'beside the', 'walked the', 'along a', 'on the old', 'down the'] },
  { form: 'queer', variants: ['queers'], characteristic: 'sexual-orientation', confidence: 0.6, reclaimable: true, needsContext: true, mainstream: true, homonym: ['house', 'cottage', 'room', 'little', 'place', 'thing', 'sort', 'feeling', 'fish', 'noise', 'smell', 'taste', 'tapping', 'scratching', 'knocking', 'creaking', 'rattling', 'loft', 'attic', 'weather', 'coincidence', 'street', 'shop', 'old', 'crooked', 'odd', 'strange', 'peculiar'] },
  { form: 'gaywad', variants: ['gaywads', 'gayboy', 'gaylord', 'gaylords'], characteristic: 'sexual-orientation', confidence: 0.8 },
  { form: 'homo', variants: ['homos'], characteristic: 'sexual-orientation', confidence: 0.7, reclaimable: true, ordinaryAfter: ['sapiens', 'erectus', 'habilis', 'neanderthalensis', 'floresiensis', 'economicus', 'ludens', 'deus'] , needsContext: true },
  { form: 'lesbo', variants: ['lesbos', 'lezzie', 'lezzies', 'lezbo', 'lezza'], characteristic: 'sexual-orientation', confidence: 0.75, reclaimable: true, properNoun: true, homonym: ['beach', 'beaches', 'weekend', 'trip', 'visit', 'island', 'greece', 'greek', 'holiday', 'ferry', 'refugee', 'camp', 'moria'] },
  { form: 'shirtlifter', variants: ['shirtlifters', 'shirt-lifter', 'shirt-lifters'], characteristic: 'sexual-orientation', confidence: 0.9 },
  // ("Poof! And it was gone": the sound of a vanishing, an exclamation of its own)
  { form: 'poof', variants: ['poofs', 'poofter', 'poofters'], characteristic: 'sexual-orientation', confidence: 0.6 },
  { form: 'fudge packer', variants: ['fudgepacker', 'fudgepackers', 'fudge packers'], characteristic: 'sexual-orientation', confidence: 0.9 },
  { form: 'batty boy', variants: ['battyboy', 'batty boys', 'batty man'], characteristic: 'sexual-orientation', confidence: 0.9 },
  { form: 'sodomite', variants: ['sodomites'], characteristic: 'sexual-orientation', confidence: 0.8 },
  { form: 'tranny', variants: ['trannies', 'trannys', 'trannie'], characteristic: 'gender-identity', confidence: 0.9, reclaimable: true, homonym: ['fluid', 'gearbox', 'gear', 'gears', 'car', 'truck', 'ford', 'rover', 'landie', 'van', 'vw', 'toyota', 'honda', 'transit', 'pickup', 'engine', 'manual', 'automatic', 'rebuild', 'rebuilt', 'shift', 'shifting', 'transmission', 'clutch', 'slipping', 'mechanic', 'radio', 'transistor'] },
  { form: 'shemale', variants: ['shemales', 'she male', 'she males'], characteristic: 'gender-identity', confidence: 0.85 },
  { form: 'troon', variants: ['troons'], characteristic: 'gender-identity', confidence: 0.9 },
  { form: 'ladyboy', variants: ['ladyboys'], characteristic: 'gender-identity', confidence: 0.6 },
  { form: 'retard', variants: ['retards', 'retarded', 'tard', 'tards', 'libtard', 'libtards'], characteristic: 'disability', confidence: 0.8, homonym: ['flame', 'fire', 'growth', 'ignition', 'timing', 'spark', 'rust', 'corrosion', 'chemical', 'coating', 'moisture', 'fading', 'uv', 'decay', 'rot', 'mould', 'mold', 'additive', 'treatment', 'varnish', 'sealant'] },
  { form: 'spastic', variants: ['spastics', 'spaz', 'spazz', 'spazzes', 'spazzy', 'spazzys', 'spazzies', 'spasticks', 'spastick', 'spacker', 'spack', 'spakka', 'spakkas', 'spacca'], characteristic: 'disability', confidence: 0.7, homonym: ['paralysis', 'cerebral', 'muscle', 'muscles', 'diplegia', 'colon', 'bladder', 'symptoms', 'patients', 'clinical'] },
  { form: 'mongoloid', variants: ['mongoloids', 'mong', 'mongs'], characteristic: 'disability', confidence: 0.7, homonym: ['db', 'mongodb', 'database', 'collection', 'query', 'cluster', 'atlas', 'race', 'skull', 'anthropology', 'kok', 'hong', 'kowloon', 'hk'] },
  { form: 'cripple', variants: ['cripples'], characteristic: 'disability', confidence: 0.6 , needsContext: true, verb: true },
  { form: 'midget', variants: ['midgets'], characteristic: 'disability', confidence: 0.55, homonym: ['car', 'racing', 'race', 'league', 'wrestling', 'gem', 'submarine', 'kit'] , needsContext: true },
];

/**
 * Ordinary words one swap or one deletion away from a slur spelling; never treated as a disguised slur.
 * (obscenity's whitelist idea: the near-miss must be a real word to be spared.)
 */
/** Every one-word spelling of a slur (its form and variants) with its entry: what other readers match slurs by. */
export const ONE_WORD_SLURS: readonly { word: string; entry: SlurEntry }[] = SLURS.flatMap((entry) =>
  [entry.form, ...(entry.variants ?? [])].filter((f) => !f.includes(' ')).map((word) => ({ word, entry })),
);

export const NEAR_WORDS = new Set(['muzzy', 'muzzier', 'muzziness',
  'packer', 'packers', 'packet', 'packets', 'stacker', 'slacker', 'snacker', 'spacer', 'spacers', 'niger', 'nigeria', 'faggot', 'fagot', 'dyke', 'tranny', 'retard', 'spastic', 'beaner', 'bean', 'reward', 'regard', 'retrad', 'tarred',
  'nigga', 'nigh', 'night', 'niggle', 'niggles', 'niggled', 'niggly', 'snigger', 'sniggers', 'ranny', 'trans', 'retar', 'treat', 'retread', 'beanie', 'banner', 'darkie', 'darker', 'darken', 'coon', 'shemale',
  'wetback', 'raghead', 'towelhead', 'jigaboo', 'honky', 'honk', 'spastic', 'plastic', 'spiced', 'cripple', 'ripple', 'crippled', 'mongol',
  'mongolia', 'mongolian', 'midget', 'midge', 'midges', 'sodomite', 'chinaman', 'lesbo', 'golliwog', 'zipperhead', 'sambo', 'samba', 'pickaninny',
  'spearchucker', 'poofter', 'ladyboy', 'troon', 'kikes', 'nigers', 'honey', 'honeys', 'chins', 'sicks', 'picks', 'sick', 'pick', 'pack', 'sack', 'packs', 'sacks', 'white', 'whites', 'darks', 'whitney', 'colored', 'coloured', 'colors', 'colours', 'digger', 'wiggle',
]);

/**
 * Spellings of a word with a letter written as it sounds put back: "z" for "s" ("muzlims"), "ph" for "f" ("phaggot"), a
 * final "t" for "d" in six letters or more ("retart"; "tart" and "restart" are words, so their spellings are left to the
 * caller's lexicon check). Shared by the slur lookup and the spelling repair of group names.
 */
export function soundAlikes(word: string): string[] {
  const out: string[] = [];
  if (word.includes('z')) out.push(word.replace(/z/g, 's'));
  if (word.includes('ph')) out.push(word.replace(/ph/g, 'f'));
  if (word.length >= 6 && word.endsWith('t')) out.push(`${word.slice(0, -1)}d`);
  return out;
}
