/**
 * Put-downs that carry no insulting word: the insult is in the frame. Read by `language.insult`.
 * - a faculty measured against something lowly: "has the IQ of a potato", "the spine of a jellyfish";
 * - the brain counted or missing: "two brain cells", "rocks for brains", "zero shame", "no spine";
 * - something lowly doing better than the person: "a ham sandwich would be a better senator",
 *   "you'd lose a debate with a fortune cookie";
 * - the fixed idioms of incompetence: "couldn't find his way out of a paper bag";
 * - mock titles said to the reader: "ok genius", "sure, Einstein", "ok boomer";
 * - a question that only asks how bad the reader is: "are you really this dense?".
 * Each needs the person it lands on (a pronoun, a name, an @mention, a person noun) or a reply.
 */
import { INSULT_ADJECTIVES, PERSON_NEGATIVE, PERSON_PREDICATE, PERSON_WORDS, PETS_AND_CHILDREN, THING_WORDS } from './lexicon/words';
import { subjectBefore } from './target';
import { CLAUSE_BREAK, NEGATORS, type Token } from './tokens';

export interface FramedPutDown {
  from: number;
  to: number;
  confidence: number;
  explain: string;
  tag: 'insult';
}

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** Faculties that, measured against something lowly, are found wanting ("the IQ of a potato"); against anything else they may be praise ("the backbone of a leader"). */
const FACULTIES = new Set(['comprehension', 'awareness', 'iq', 'attention', 'compass', 'brains', 'brain', 'intelligence', 'spine', 'backbone', 'morals', 'maturity', 'wit', 'wits', 'intellect', 'personality', 'charisma', 'judgment', 'judgement', 'skills', 'manners', 'sense', 'range', 'depth', 'memory', 'logic', 'reasoning', 'instincts', 'taste', 'class', 'integrity', 'honesty', 'courage', 'decency', 'empathy', 'appeal', 'emotional']);
const ANIMAL_OR_CHILD = PETS_AND_CHILDREN;
/** Lowly things and creatures a person may be compared down to. */
const LOWLY = new Set([
  'potato', 'rock', 'brick', 'houseplant', 'plant', 'goldfish', 'jellyfish', 'noodle', 'rat', 'cone', 'towel', 'toddler', 'gnat', 'slug', 'doorknob',
  'turnip', 'cabbage', 'lettuce', 'worm', 'snail', 'amoeba', 'sponge', 'squirrel', 'hamster', 'tree', 'stump', 'toaster', 'carrot', 'peanut',
  'walnut', 'pebble', 'spoon', 'mop', 'bucket', 'plank', 'donkey', 'fruit', 'fly', 'mosquito', 'bag', 'sandwich', 'cookie', 'loaf', 'salad',
  'sock', 'shoe', 'paperclip', 'stapler', 'lamp', 'chair', 'wall', 'fencepost', 'fence', 'oyster', 'clam', 'snake', 'weasel', 'cockroach',
  'roach', 'leech', 'tick', 'sloth', 'pigeon', 'monkey', 'chimp', 'five-year-old', 'kindergartener', 'vegetable',
  'toad',
  'bowling', 'ball', 'marble', 'block', 'box', 'bin', 'dumpster', 'sewer', 'cardboard', 'spreadsheet', 'screensaver', 'cactus', 'dial-up',
]);
/** Words of a noun phrase between "a" and its head: "a wet paper towel", "a sewer rat", "a goldfish on espresso". */
function isLowly(word: string): boolean {
  return LOWLY.has(word) || (word.endsWith('s') && LOWLY.has(word.slice(0, -1)));
}
function lowlyHead(tokens: readonly Token[], k: number): number {
  if (!['a', 'an', 'the'].includes(w(tokens, k))) return -1;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (isLowly(w(tokens, j))) return j;
    if (tokens[j]?.punct || CLAUSE_BREAK.has(w(tokens, j)) || ['of', 'and', 'or', 'than', 'who', 'that'].includes(w(tokens, j))) return -1;
  }
  return -1;
}

/** "has the IQ of a potato", "with the spine of a jellyfish", "the personality of a wet paper towel". */
function facultyOf(tokens: readonly Token[], i: number): FramedPutDown | null {
  const f = w(tokens, i);
  if (!FACULTIES.has(f)) return null;
  // "the attention span of", "the moral compass of", "the critical thinking skills of", "the emotional range of"
  let k = i + 1;
  if (['span', 'compass'].includes(w(tokens, k))) k++;
  if (w(tokens, k) !== 'of') return null;
  let d = i - 1;
  while (d >= 0 && ['intellectual', 'reading', 'self', 'spatial', 'moral', 'emotional', 'critical', 'thinking', 'common', 'decision', 'making', 'decision-making', 'basic', 'mental', 'political', 'social', 'fashion', 'comic', 'comedic', 'acting', 'leadership', 'people'].includes(w(tokens, d))) d--;
  if (w(tokens, d) !== 'the') return null;
  const lead = w(tokens, d - 1);
  if (!['has', 'have', 'had', 'got', 'with', 'possesses', 'possess', 'having'].includes(lead)) return null;
  const head = lowlyHead(tokens, k + 1);
  if (head < 0) return null;
  if (NEGATORS.has(w(tokens, d - 2))) return null;
  // "the book has the spine of a brick", "my beagle has the attention span of a squirrel": said of a thing or an animal
  if (subjectBefore(tokens, d - 1).kind === 'thing' || ANIMAL_OR_CHILD.has(w(tokens, d - 2)) || ANIMAL_OR_CHILD.has(w(tokens, d - 3))) return null;
  return { from: d - 1, to: head >= 0 ? head : k + 2, confidence: 0.7, explain: `puts a person down by comparison ('the ${f} of ${head >= 0 ? `a ${w(tokens, head)}` : w(tokens, k + 2)}')`, tag: 'insult' };
}

/** What a person is said to have none of ("no shame", "zero talent", "not a single brain cell"). */
const LACKED = new Set(['heart', 'research', 'principles', 'value', 'shame', 'spine', 'backbone', 'brain', 'brains', 'integrity', 'class', 'morals', 'dignity', 'talent', 'decency', 'soul', 'principles', 'self-respect', 'self-awareness', 'iq', 'personality', 'charisma']);

/** "two brain cells", "a single functioning brain cell", "rocks for brains", "zero shame", "has no spine". */
function brainAndLack(tokens: readonly Token[], i: number): FramedPutDown | null {
  const a = w(tokens, i);
  // "two brain cells", "zero brain cells", "a single functioning brain cell", "one brain cell"
  if (a === 'brain' && ['cell', 'cells'].includes(w(tokens, i + 1))) {
    let k = i - 1;
    if (['functioning', 'working', 'active', 'remaining'].includes(w(tokens, k))) k--;
    const count = w(tokens, k);
    let h = k - 1;
    if (['a', 'maybe', 'only', 'just', 'like'].includes(w(tokens, h))) h--;
    const owned = ['has', 'have', 'had', 'got', 'with', 'to', 'and'].includes(w(tokens, h)) || (k === 0 || CLAUSE_BREAK.has(w(tokens, k - 1)) || tokens[k - 1]?.mention === true);
    // "one brain cell can connect to thousands", "you lose two brain cells every time": biology, not a person's count
    const verbAfter = ['can', 'could', 'is', 'are', 'in', 'every', 'per', 'each', 'will', 'connect', 'connects', 'researchers', 'research', 'biology', 'count', 'counts', 'culture', 'cultures', 'study', 'studies', 'death'].includes(w(tokens, i + 2));
    if (owned && !verbAfter && !['my', 'our'].includes(w(tokens, k - 1)) && ['zero', 'no', 'one', 'two', 'three', 'single', 'few', 'both'].includes(count) && !['billions', 'millions', 'neurons'].includes(w(tokens, i + 2)) && !ANIMAL_OR_CHILD.has(w(tokens, h - 1)) && !ANIMAL_OR_CHILD.has(w(tokens, h - 2))) {
      // "kills brain cells" and biology talk have no number of them in a person
      return { from: k, to: i + 1, confidence: 0.7, explain: `puts a person down ('${count} ... brain cells')`, tag: 'insult' };
    }
  }
  // "rocks for brains", "mush for brains", "sawdust for brains"
  if (a === 'for' && ['brains', 'brain'].includes(w(tokens, i + 1)) && ['rocks', 'mush', 'sawdust', 'shit', 'straw', 'air', 'cotton', 'pudding', 'oatmeal', 'jelly', 'spaghetti'].includes(w(tokens, i - 1))) {
    return { from: i - 1, to: i + 1, confidence: 0.75, explain: `puts a person down ('${w(tokens, i - 1)} for brains')`, tag: 'insult' };
  }
  // "zero shame", "has no spine", "zero talent, zero class": a person said to lack what a person should have
  if ((a === 'zero' || (a === 'no' && ['has', 'have', 'got', 'with', 'had'].includes(w(tokens, i - 1)))) && LACKED.has(w(tokens, i + 1))) {
    // "no class on Friday", "zero talent agencies", "with no brain injury": the word is not a faculty there
    const nx = tokens[i + 2];
    const ends = !nx || (nx.punct && nx.w !== '-') || ['and', 'whatsoever', 'left', 'at', 'lol', 'either'].includes(nx.w);
    if (!ends) return null;
    // "danced at the wedding with zero shame": a manner, said in praise
    if (w(tokens, i - 1) === 'with') return null;
    // "being on time takes zero talent", "zero shame in asking for help": a saying, not a verdict on someone
    if (['takes', 'take', 'requires', 'require', 'needs'].includes(w(tokens, i - 1))) return null;
    let subj = i - 2;
    while (subj >= 0 && BETWEEN_SUBJECT.has(w(tokens, subj))) subj--;
    if (a === 'no' && (ANIMAL_OR_CHILD.has(w(tokens, subj)) || THING_WORDS.has(w(tokens, subj)) || /s$/.test(w(tokens, subj)) && !PERSON_WORDS.has(w(tokens, subj)) && w(tokens, subj) !== 'his')) return null;
    // ("zero heart, zero brain, zero value": a list of lacks is a verdict on someone even with no one named in the sentence)
    if (a === 'zero' && !tokens.some((t) => t.mention || ['you', 'u', 'your', 'he', 'she', 'his', 'her'].includes(t.w))) return null;
    if (a === 'zero' && tokens.some((t) => ['my', 'our', 'i', 'me'].includes(t.w))) return null;
    // "jellyfish have no brain", "starfish have no spine": a body part lacked is literal unless a person is said to lack it
    if (a === 'no' && ['brain', 'brains', 'spine', 'backbone'].includes(w(tokens, i + 1)) && !(['he', 'she', 'you', 'u', 'they'].includes(w(tokens, subj)) || tokens[subj]?.mention || (PERSON_WORDS.has(w(tokens, subj)) && !SELF.has(w(tokens, subj))))) return null;
    // only said of someone: a person subject before "has no", or a reply, checked by the caller
    return { from: i, to: i + 1, confidence: 0.6, explain: `says a person lacks ${w(tokens, i + 1)} ('${a} ${w(tokens, i + 1)}')`, tag: 'insult' };
  }
  return null;
}

/** "a ham sandwich would be a more effective senator", "my cat has better judgment than the front office",
 *  "a golden retriever would make better decisions than this coach", "you'd lose a debate with a fortune cookie". */
function lowlyBetter(tokens: readonly Token[], i: number): FramedPutDown | null {
  const a = w(tokens, i);
  if (a === 'lose' && ['a', 'an'].includes(w(tokens, i + 1)) && ['debate', 'argument', 'fight', 'battle', 'contest', 'race'].includes(w(tokens, i + 2)) && ['with', 'to', 'against'].includes(w(tokens, i + 3))) {
    const head = lowlyHead(tokens, i + 4);
    const who = w(tokens, i - 1) === 'would' || w(tokens, i - 1) === 'd' ? w(tokens, i - 2) : w(tokens, i - 1);
    if (head >= 0 && ['you', 'he', 'she', 'they', 'u', 'youd', 'hed', 'shed'].includes(who) && !(['in', 'with'].includes(w(tokens, head + 1)) && ['those', 'these', 'that'].includes(w(tokens, head + 2)))) return { from: i, to: head, confidence: 0.7, explain: `puts a person down ('would lose a ${w(tokens, i + 2)} to a ${w(tokens, head)}')`, tag: 'insult' };
  }
  // the lowly thing is the subject; "better ... than" or "more ... than" follows, and a person closes it
  if (!['would', 'could', 'has', 'makes', 'make', 'writes', 'does', 'is'].includes(a)) return null;
  let s = i - 1;
  const outdoes = (x: string): boolean => isLowly(x) || BETTER_THAN_US.has(x);
  while (s >= 0 && !outdoes(w(tokens, s)) && i - s <= 4 && !tokens[s]?.punct) s--;
  if (s < 0 || !outdoes(w(tokens, s))) return null;
  // "my cat", "a golden retriever": the subject opens with a determiner (a LOWLY word itself, or "retriever" after "golden")
  let det = s - 1;
  while (det >= 0 && !['a', 'an', 'my', 'the', 'his', 'her', 'thousand', 'hundred', 'million'].includes(w(tokens, det)) && s - det <= 3) det--;
  if (['thousand', 'hundred', 'million'].includes(w(tokens, det)) && w(tokens, det - 1) === 'a') det--;
  if (det < 0 || (det > 0 && !(CLAUSE_BREAK.has(w(tokens, det - 1)) || tokens[det - 1]?.mention || w(tokens, det - 1) === ',' || w(tokens, det - 1) === 'honestly'))) return null;
  let than = -1;
  let better = false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 9); j++) {
    if (['better', 'more', 'smarter', 'wiser'].includes(w(tokens, j))) better = true;
    if (w(tokens, j) === 'than') {
      than = j;
      break;
    }
    if (tokens[j]?.punct) break;
  }
  if (!better) return null;
  // "a plank is better than you think", "smarter than most people think": measured against expectations
  if (than >= 0 && tokens.slice(than + 1, than + 6).some((t) => ['think', 'thinks', 'thought', 'expect', 'expected', 'believe', 'realise', 'realises', 'realize', 'realizes', 'imagine', 'd', 'would', 'average', 'typical'].includes(t.w))) return null;
  // "more muscular", "more energy", "better night vision": bodies, not the job; only judgment, brains and the work itself
  if (!tokens.slice(i + 1, than < 0 ? i + 8 : than).some((t) => ['better', 'smarter', 'wiser', 'effective', 'competent', 'qualified', 'capable', 'honest', 'useful'].includes(t.w)) && !tokens.slice(i + 1, than < 0 ? i + 8 : than).some((t) => ['sense', 'brains', 'integrity', 'class', 'talent', 'charisma', 'personality', 'judgment', 'judgement', 'decisions'].includes(t.w))) return null;
  if (than >= 0 && tokens.slice(than + 1, than + 4).some((t) => PETS_AND_CHILDREN.has(t.w))) return null;
  const target = tokens[than + 1];
  const t2 = w(tokens, than + 2);
  // "a better senator" with no "than": the comparison is with whoever holds the role now
  if (than < 0) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      if (tokens[j]?.punct) break;
      const roleEnds = !tokens[j + 1] || tokens[j + 1]?.punct === true || ['than', 'and', 'lol'].includes(w(tokens, j + 1));
      if (better && roleEnds && ROLES.has(w(tokens, j)) && ['be', 'make'].includes(w(tokens, i + 1))) return { from: det, to: j, confidence: 0.6, explain: `puts a person down ('a ${w(tokens, s)} would be a better ${w(tokens, j)}')`, tag: 'insult' };
    }
    return null;
  }
  const aimed = target && (target.mention || ['you', 'him', 'her', 'them', 'u', 'this', 'that', 'the', 'our', 'their', 'his', 'most', 'half'].includes(target.w) || /^[A-Z][a-z]+$/.test(target.raw));
  if (!aimed || (['the', 'this', 'that', 'our', 'their', 'his'].includes(target.w) && !PERSON_WORDS.has(t2) && !tokens.slice(than + 2, than + 5).some((t) => PERSON_WORDS.has(t.w) || COLLECTIVE.has(t.w) || ROLES.has(t.w)))) return null;
  return { from: det, to: than + 1, confidence: 0.65, explain: `puts a person down ('a ${w(tokens, s)} ... better than ...')`, tag: 'insult' };
}

/** Roles a lowly thing is said to fill better than whoever holds them ("a potato would be a better chairman"). */
const ROLES = new Set(['senator', 'president', 'ceo', 'manager', 'coach', 'referee', 'ref', 'mp', 'minister', 'judge', 'owner', 'owners', 'chairman', 'chairwoman', 'captain', 'mayor', 'governor', 'commissioner', 'quarterback', 'qb', 'goalkeeper', 'columnist', 'editor', 'leader', 'spokesman', 'spokesperson']);
/** Creatures and children that may be said to do a grown-up's job better ("a golden retriever would make better decisions"). */
const BETTER_THAN_US = new Set(['cat', 'cats', 'dog', 'dogs', 'retriever', 'labrador', 'goat', 'horse', 'parrot', 'hamster', 'toddler', 'toddlers', 'child', 'teenager', 'kindergartener', 'chimp', 'monkey', 'monkeys']);
/** Bodies of people a comparison may land on ("than the entire front office"). */
const COLLECTIVE = new Set(['office', 'board', 'management', 'administration', 'cabinet', 'congress', 'senate', 'committee', 'council', 'staff', 'newsroom', 'leadership']);

/** The fixed idioms of incompetence. */
function incompetenceIdiom(tokens: readonly Token[], i: number): FramedPutDown | null {
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  const cant = ['couldnt', 'cant', 'couldn\'t', 'can\'t'].includes(a) || (['could', 'can'].includes(a) && b === 'not');
  if (!cant) return null;
  const k = ['could', 'can'].includes(a) ? i + 2 : i + 1;
  const v = w(tokens, k) === 'even' ? k + 1 : k;
  const verb = w(tokens, v);
  const seq = tokens.slice(v, v + 10).map((t) => t.w).join(' ');
  // "couldn't find his way out of a paper bag", "couldn't act her way out of ...", "couldn't pour water out of a boot",
  // "couldn't organize a two-car parade", "couldn't lead a horse to water", "can't even tie his own shoes"
  if (/^\w+ (his|her|their|your|ur) way out of a/.test(seq) || /^pour (water|piss) out of a boot/.test(seq) || /^organi[sz]e a (two|2)[ -]?car parade|^organi[sz]e a piss ?up|^find (his|her|their|your|ur) own (ass|arse|butt)|^find \w+( \w+)? on a map|^buy (a )?(personality|clue|brain|brains|vowel)( \.| !| \?| ,|$| if| to)/.test(seq)) {
    // "you can't pour water out of a boot without a hole in it, it's physics", "... and neither could I"
    if (/^pour/.test(seq) && !/boot( \.| !| \?| ,|$| if| with the)/.test(seq)) return null;
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => PETS_AND_CHILDREN.has(t.w))) return null;
    // "before this trip she couldn't find Bhutan on a map": a past the sentence has left behind
    if (tokens.some((t) => ['before', 'until', 'now', 'used'].includes(t.w))) return null;
    const end = tokens.findIndex((t, j) => j > v && (t.punct || ['paper', 'boot', 'parade', 'bath', 'shoes', 'shoe', 'water', 'ass', 'arse', 'butt', 'map', 'personality', 'clue', 'brain', 'brains', 'class', 'vowel', 'of'].includes(t.w) && (t.w !== 'water' || w(tokens, j - 1) === 'to')));
    return { from: i, to: end > 0 ? (tokens[end]?.punct ? end - 1 : end) : v, confidence: 0.7, explain: `puts a person down ('can't ${verb} ...')`, tag: 'insult' };
  }
  return null;
}

/** Fixed put-down idioms: the words alone say it ("if brains were dynamite", "the lights are on but nobody's home"). */
function putDownIdiom(tokens: readonly Token[], i: number): FramedPutDown | null {
  // (fourteen words: "I'd explain it to you but you wouldn't get it" runs past nine)
  const seq = tokens.slice(i, i + 14).map((t) => t.w).join(' ');
  const hit =
    /^if brains were \w+/.exec(seq) ??
    /^lights are on but (nobody|no one|noone) ?(is|'s|s)? home/.exec(seq) ??
    /^(is|are) the reason (shampoo|conditioner|hair dryers?|coffee cups?|bags?) (bottles? )?(has|have) (instructions|warning labels?|warnings)/.exec(seq) ??
    /^(thick|empty) (skull|skulls|head|heads)( of (yours|his|hers))?/.exec(seq) ??
    /^(makes|making|made) a fool of (himself|herself|yourself|yourselves|themselves)/.exec(seq) ??
    /^(has|have|had) never read a book/.exec(seq) ??
    /^(has|have|had) never had an original thought/.exec(seq) ??
    /^would sell (out )?(his|her|their|your) own (mother|mom|mum|grandmother|grandma|kids|children|voters|family)/.exec(seq) ??
    /^(in|from) (your|ur) (mom|moms|mother|mothers|parents|mum|mums) ?('s|s)? basement/.exec(seq) ??
    /^walking (disaster|joke|embarrassment|contradiction|red flag|dumpster fire|cliche|cliché)/.exec(seq) ??
    /^(your|his|her|their) (brain|brains|head) (is|are) (smaller|emptier|slower|dumber|thicker) than/.exec(seq) ??
    /^(your|his|her|their) (brain|brains) (has|have|is|are)( been)? running on dial( -)? ?up/.exec(seq) ??
    /^people like (you|him|her|them) (are|is) (why|the problem|what is wrong|whats wrong|ruining|destroying|the worst)/.exec(seq) ??
    /^(the )?(real )?problem (is|was) (you|u)( ,|$| \.| !|$)/.exec(seq) ??
    /^(is|was) there anything (you|u) (are|re)?( actually| even)? (good|competent|right) at/.exec(seq) ??
    /^(write|writes|talk|talks|argue|argues|think|thinks|reason|reasons|spell|spells) like a (toddler|child|five-year-old|5 year old|sixth grader|6th grader|fourth grader|kindergartener|third grader|middle schooler)/.exec(seq) ??
    /^(be|being) this (wrong|clueless|useless|dense|slow|dumb|stupid|embarrassing|pathetic|ignorant)/.exec(seq) ??
    /^as (bad|crooked|ugly|thin|fake|stale|tired|weak|dated|empty|greasy|receding|cheap) as (your|his|her) (hairline|face|teeth|haircut|jokes|politics|breath|hair|takes|music|ideas|brain|morals|wig|career)/.exec(seq) ??
    /^(a|got a|have a) face for radio/.exec(seq) ??
    /^smell like (you|he|she) look/.exec(seq) ??
    /^who let (you|him|her) out of the (house|asylum|basement)/.exec(seq) ??
    /^peaked in (high school|middle school|college|\d+(th|st|nd|rd)? grade|the \d+s)/.exec(seq) ??
    /^not even (your|his|her) (own )?(mother|mom|mum|family) (likes|like|loves|love|wants|can stand) (you|your|him|his|her)\b/.exec(seq) ??
    /^as( consistently| totally| completely| always)? (wrong|stupid|dumb|clueless|useless|dense|ignorant|pathetic) as (you|u|him|her)( \.|$| !| \?|$)/.exec(seq) ??
    /^(would|could) not know (the truth|a fact|a lie|the facts|common sense|decency|class|talent) if (it|they) (hit|bit|smacked|slapped)/.exec(seq) ??
    /^(is|are|was|were|being|be) wrong about (literally )?(everything|every single thing)/.exec(seq) ??
    /^(has|have|had) never (once )?been right( about anything)?/.exec(seq) ??
    /^(has|have|had) never (once )?(made|had) a (single )?(good|correct|right|smart|sensible|intelligent|coherent) (decision|idea|call)/.exec(seq) ??
    /^everything (he|she|you|u|they|this \w+|that \w+) (touch|touches|touched) (turns|turned) to (shit|crap|ash|ashes|dust|garbage|trash)/.exec(seq) ??
    /^the least (intelligent|competent|qualified|talented|capable|honest|informed|self-aware) (person|man|woman|human|president|senator|governor|coach|player|ceo|leader|politician|one)/.exec(seq) ??
    // round 19: the internet's stock put-downs
    /^nobody would (even |ever )?miss (you|u|him|her)( if (you|u|he|she) (left|died|disappeared|quit|vanished|were gone|was gone|deleted|logged off|stopped))?(?= [.,!?]|$)/.exec(seq) ??
    /^(your|ur|his|her) (parents|mum|mom|mother|dad|father|family) must be (so |very |really )?(disappointed|ashamed|embarrassed)/.exec(seq) ??
    /^whatever (hole|rock|swamp|cave|sewer) (you|u|he|she|they) crawled out of/.exec(seq) ??
    /^(the )?lowest form of (life|intelligence|human)/.exec(seq) ??
    /^not worth the (electricity|oxygen|air|breath|effort) (it takes )?to (block|reply|answer|argue)/.exec(seq) ??
    /^proof that evolution (can |does )?(go|goes|went|run|runs|work|works) (in )?(reverse|backwards)/.exec(seq) ??
    /^i would explain it to (you|u) but (i (do not|did not|didnt|dont|left|forgot) (have|bring|brought|my) (any )?(crayons|puppets)|(you|u) (would not|wouldnt|will not|wont|could not|can not) (get|understand|follow)|it would be wasted|i (do not|dont) have (the )?(time|crayons|puppets))/.exec(seq) ??
    /^(log|sign) off (forever|for good|permanently)(?= [.,!?]| and| the internet|$)/.exec(seq) ??
    /^(has|have|had|with) more (going on upstairs|going for (it|them)|brain cells|personality|sense|charisma) than (you|u|him|her)\b/.exec(seq) ??
    /^the bar was (on the floor|so low|already low) and (you|u|he|she|they) (brought|grabbed|found) a shovel/.exec(seq);
  if (!hit) return null;
  // ("makes me want to log off forever", "I'm going to sign off for good": the writer's own leaving)
  if (/^(log|sign) off/.test(hit[0])) {
    const lead = tokens.slice(Math.max(0, i - 4), i).map((t) => t.w);
    if (lead.some((x) => ['i', 'we', 'me'].includes(x)) && !lead.some((x) => ['you', 'u'].includes(x))) return null;
  }
  // "he made a fool of himself at karaoke and loved every minute", "the least qualified on paper and the best hire we made",
  // "the lights are on but nobody's home, should I call the police?", "Walking Disaster is a novel": fond, literal or a title
  const len0 = hit[0].split(' ').length;
  // ("people like you are why this job is worth it", "is there anything you are good at that you'd like to teach",
  // "so happy to be this wrong", "nobody is home at the Smiths' cabin")
  if (/^(is|was) there anything/.test(hit[0]) && (['that', 'which'].includes(w(tokens, i + len0)) || /ing$/.test(w(tokens, i + len0)))) return null;
  // "never read a book by Tolstoy", "a book she didn't finish": a particular book, not books
  if (/never read a book/.test(hit[0]) && tokens[i + len0] && !tokens[i + len0]?.punct && !['in', 'without', 'with', 'that', 'ever', 'lol'].includes(w(tokens, i + len0))) return null;
  if (/never read a book/.test(hit[0]) && w(tokens, i + len0) === 'that' && !tokens.slice(i + len0, i + len0 + 6).some((x) => x.w === 'pictures' || x.w === 'picture')) return null;
  // "walking disaster recovery drills": a compound; "in your mom's basement there's a box": a place
  if (/^walking/.test(hit[0]) && tokens[i + len0] && /^[a-z]/.test(tokens[i + len0]?.raw ?? '') && !['and', 'who', 'in', 'at', 'lol', 'of'].includes(w(tokens, i + len0))) return null;
  if (/basement/.test(hit[0]) && !tokens.some((x) => ['live', 'living', 'lives', 'typing', 'tweeting', 'posting', 'still', 'from'].includes(x.w))) return null;
  if (/^people like/.test(hit[0]) && ['i', 'we'].includes(w(tokens, i + len0))) return null;
  if (/problem (is|was) (you|u)/.test(hit[0]) && ['me', 'the', 'us', 'everyone'].includes(w(tokens, i + len0))) return null;
  if (/^as \w+ as/.test(hit[0]) && ['are', 'is', 'was', 'were'].includes(w(tokens, i + len0))) return null;
  if (/^(thick|empty) (skull|skulls|head|heads)/.test(hit[0]) && !['your', 'his', 'her', 'their', 'that', 'those', 'ur'].includes(w(tokens, i - 1)) && !/of (yours|his|hers)/.test(hit[0])) return null;
  if (/^the least/.test(hit[0]) && tokens.slice(i + len0).some((x) => x.w === 'me' || x.w === 'myself')) return null;
  if (/^(be|being) this/.test(hit[0]) && tokens.slice(Math.max(0, i - 3), i).some((x) => ['happy', 'glad', 'thrilled', 'delighted'].includes(x.w))) return null;
  if (/^lights are on/.test(hit[0]) && w(tokens, i + len0) === 'at') return null;
  // "my dad has never been right about the weather", "never made a good call on the grill": one topic, not the person
  if (/never (once )?(been right|made|had)|wrong about/.test(hit[0]) && ['about', 'on', 'with', 'at', 'when', 'in'].includes(w(tokens, i + len0)) && !/anything$/.test(hit[0]) && w(tokens, i + len0 + 2) !== 'life') return null;
  if (tokens.some((x, k) => (k < i || k >= i + len0) && ['love', 'loved', 'best', 'great', 'proud', 'police', 'neighbour', 'neighbor', 'novel', 'book', 'worth', 'thank', 'thanks', 'cheered', 'purpose', 'admission', 'admits', 'admit', 'memoir', 'own'].includes(x.w)) || (tokens[i + 1] && /^[A-Z]/.test(tokens[i]?.raw ?? '') && /^[A-Z]/.test(tokens[i + 1]?.raw ?? '') && i > 0 && tokens[i + 1]?.start !== tokens[i]?.start)) return null;
  if (/^[A-Z]/.test(tokens[i]?.raw ?? '') && /^[A-Z]/.test(tokens[i + 1]?.raw ?? '') && i === 0 && hit[0].startsWith('walking')) return null;
  // "my son writes like a sixth grader because he is one", "our puppy's brain is smaller than a walnut": fond or literal
  if (tokens.slice(Math.max(0, i - 3), i).some((x) => PETS_AND_CHILDREN.has(x.w))) return null;
  // "my kids would sell their own grandma for candy": a fond joke about one's own
  if (hit[0].startsWith('would sell') && ['kids', 'kid', 'son', 'daughter', 'children', 'dog', 'cat', 'brother', 'sister', 'toddler', 'nephew', 'niece'].includes(w(tokens, i - 1))) return null;
  // "thick head of hair", "empty heads of lettuce", "walking red flag" in a dating-advice list about oneself
  if (/^(thick|empty) head/.test(hit[0]) && ['of', 'start'].includes(w(tokens, i + 2)) && !/of (yours|his|hers)/.test(hit[0])) return null;
  const len = hit[0].split(' ').length;
  return { from: i, to: i + len - 1, confidence: 0.65, explain: `put-down idiom ('${hit[0]}')`, tag: 'insult' };
}

/** "you can't even spell 'their' and you want to lecture me", "u cant even tie ur own shoes and u want to run the country". */
function cantEvenButWant(tokens: readonly Token[], i: number): FramedPutDown | null {
  if (!['cant', 'couldnt', 'can', 'could'].includes(w(tokens, i))) return null;
  const k = ['can', 'could'].includes(w(tokens, i)) ? i + 1 : i;
  if (!(w(tokens, k) === 'not' || k === i) || w(tokens, k + 1) !== 'even') return null;
  const subj = w(tokens, i - 1);
  if (!['you', 'u', 'he', 'she', 'they'].includes(subj)) return null;
  // "she can't even see the screen from there", "you can't even drive yet": a body, an age or a place, not a failing
  if (['see', 'reach', 'walk', 'lift', 'drive', 'hear', 'stand', 'crawl', 'sit', 'move', 'feel', 'sleep', 'breathe', 'find', 'get', 'afford', 'vote'].includes(w(tokens, k + 2)) || tokens.some((t) => ['yet', 'surgery', 'kiddo', 'determined'].includes(t.w))) return null;
  for (let j = k + 2; j < Math.min(tokens.length, k + 14); j++) {
    if (w(tokens, j) === 'and' && ['you', 'u', 'he', 'she', 'they'].includes(w(tokens, j + 1)) && ['want', 'wants', 'think', 'thinks', 'expect', 'expects'].includes(w(tokens, j + 2))) {
      return { from: i - 1, to: j + 2, confidence: 0.65, explain: `puts a person down ('can't even ... and ${w(tokens, j + 1)} ${w(tokens, j + 2)} ...')`, tag: 'insult' };
    }
    if (tokens[j]?.punct && w(tokens, j) !== ',' && !/["“”']/.test(tokens[j]?.raw ?? '')) break;
  }
  return null;
}

/** Sarcastic similes: "as sharp as a bowling ball", "as honest as a three-dollar bill", "as useful as a chocolate teapot". */
const SIMILE_GOOD = new Set(['sharp', 'bright', 'smart', 'honest', 'useful', 'helpful', 'clever', 'quick', 'reliable', 'trustworthy', 'talented', 'competent', 'intelligent', 'deep', 'subtle']);
const SIMILE_DUD = new Set([...LOWLY, 'bill', 'teapot', 'hammers', 'rocks', 'door', 'spoon', 'knife', 'brick', 'bricks', 'marbles', 'pudding', 'puddle']);
function sarcasticSimile(tokens: readonly Token[], i: number): FramedPutDown | null {
  if (w(tokens, i) !== 'as' || !SIMILE_GOOD.has(w(tokens, i + 1)) || w(tokens, i + 2) !== 'as' || !['a', 'an'].includes(w(tokens, i + 3))) return null;
  for (let j = i + 4; j <= i + 7 && j < tokens.length; j++) {
    if (tokens[j]?.punct) return null;
    // "as sharp as a tack", "as bright as a button" are praise; only a dud ends the simile here
    if (SIMILE_DUD.has(w(tokens, j)) && !['butter', 'tack', 'button', 'whip', 'fox', 'owl'].includes(w(tokens, j))) {
      if (w(tokens, j) === 'knife' && w(tokens, j - 1) !== 'butter') return null;
      return { from: i, to: j, confidence: 0.65, explain: `sarcastic simile ('as ${w(tokens, i + 1)} as a ${w(tokens, j)}')`, tag: 'insult' };
    }
  }
  return null;
}

/** Mock titles said to someone: "ok genius", "sure, Einstein", "nice try, Sherlock", "ok boomer". */
// (not names or endearments a parent, teacher or friend uses: Karen, sweetie, princess, champ, professor)
export const MOCK_TITLES: ReadonlySet<string> = new Set(['genius', 'einstein', 'sherlock', 'boomer', 'snowflake', 'smartass', 'smartypants']);
const MOCK_LEADS = new Set(['ok', 'okay', 'sure', 'yeah', 'right', 'whatever', 'try', 'thanks', 'nice', 'cool', 'good', 'wow']);
function mockTitle(tokens: readonly Token[], i: number): FramedPutDown | null {
  const t = w(tokens, i);
  if (!MOCK_TITLES.has(t)) return null;
  let k = i - 1;
  if (w(tokens, k) === ',') k--;
  // "ok boomer": said as a dismissal even without a reply; the rest need a lead word and the end of a clause
  const lead = w(tokens, k);
  const closes = !tokens[i + 1] || tokens[i + 1]?.punct || CLAUSE_BREAK.has(w(tokens, i + 1)) || w(tokens, i + 1) === ',' || ['lol', 'lmao'].includes(w(tokens, i + 1));
  if (!MOCK_LEADS.has(lead) || !closes) return null;
  // "thanks, sweetie" and "good job, champ" are fond; among the fond-sounding leads only the mocking titles count
  if (['thanks', 'good', 'nice', 'cool', 'wow'].includes(lead) && !['genius', 'einstein', 'boomer', 'smartass'].includes(t)) return null;
  // "okay genius, the crossword is all yours", "thanks, genius, that fix worked", "ok Sherlock, you cracked the case": praise follows
  if (tokens.slice(i + 1).some((t) => ['yours', 'always', 'love', 'proud', 'congrats', 'amazing', 'right', 'solved', 'saved', 'cracked', 'worked', 'nailed', 'thank', 'thanks', 'book', 'class'].includes(t.w))) return null;
  const start = lead === 'try' && ['nice', 'good'].includes(w(tokens, k - 1)) ? k - 1 : k;
  return { from: start, to: i, confidence: 0.6, explain: `mock title said to someone ('${lead} ... ${t}')`, tag: 'insult' };
}

/** "are you really this dense?", "r u actually that stupid", "are you always this useless?" */
const DENSE = new Set(['dense', 'thick', 'slow', 'dim', 'clueless', 'daft', 'delusional', 'obtuse', 'gullible', 'naive', 'embarrassing', 'pathetic', 'ignorant']);
function denseQuestion(tokens: readonly Token[], i: number): FramedPutDown | null {
  if (!['are', 'r'].includes(w(tokens, i)) || !['you', 'u'].includes(w(tokens, i + 1))) return null;
  let k = i + 2;
  while (['really', 'actually', 'always', 'just', 'seriously', 'honestly', 'genuinely', 'truly'].includes(w(tokens, k))) k++;
  const degree = ['this', 'that', 'so'].includes(w(tokens, k));
  if (!degree) return null;
  k++;
  const adj = w(tokens, k);
  if (!(DENSE.has(adj) || INSULT_ADJECTIVES.has(adj))) return null;
  if (['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn', 'fat', 'lazy', 'ugly', 'dirty'].includes(adj)) return null;
  // "are you really that ignorant of the rules?" asks about knowledge
  if (['of', 'about', 'to'].includes(w(tokens, k + 1))) return null;
  const orAsk = w(tokens, k + 1) === 'or' && ['is', 'what', 'just', 'are', 'do', 'did', 'something', 'pretending', 'trolling', 'acting'].includes(w(tokens, k + 2)) && !['being', 'joking', 'kidding', 'nice', 'polite', 'kind'].includes(w(tokens, k + 3));
  if (!(tokens[k + 1]?.punct || !tokens[k + 1] || orAsk)) return null;
  // "Rex, are you really this dense? That's your own tail", "my teenager asked", "new puppy owners, are you ...": said to a pet,
  // a child or a crowd of readers, or reported
  if ((i >= 2 && w(tokens, i - 1) === ',' && !tokens[i - 2]?.mention) || tokens.some((t) => ['asked', 'asks', 'buddy', 'little', 'owners', 'lovingly'].includes(t.w) || PETS_AND_CHILDREN.has(t.w))) return null;
  // "are you really that clueless at mornings too? Same.": the writer owns the same fault
  if (tokens.some((t) => ['same', 'too', 'twins', 'me'].includes(t.w))) return null;
  return { from: i, to: k, confidence: 0.65, explain: `a question that only asks how bad the reader is ('are you ... ${adj}')`, tag: 'insult' };
}

/**
 * Taunts that tell the reader their reaction is pathetic or that they are a child among adults: "keep crying", "cry more",
 * "cope harder", "stay mad", "go cry to your safe space", "the adults are talking", "go back to your crayons".
 */
const TAUNT = /^(?:keep (?:crying|coping|seething|malding|whining)|cry (?:more|harder|me a river|about it)|go cry (?:to|in|about|somewhere|into|on)|cope (?:harder|more|and seethe)|stay (?:mad|pressed|salty)|seethe|(?:the|while the|when the) (?:adults|grown ?ups|grownups) are talking|let the (?:adults|grown ?ups|grownups) (?:talk|speak|handle)|go back to (?:your|ur) (?:crayons|bingo|sandbox|playpen|cartoons|colouring|coloring|video games|mom|mommy|mum|mummy)|not as (?:smart|clever|funny|tough|cool) as (?:you|u) think)\b/;
function taunt(tokens: readonly Token[], i: number): FramedPutDown | null {
  if (!TAUNT_FIRST.has(w(tokens, i))) return null;
  // a command or a tag opens its own clause: "I keep crying at this film" and "babies cry more at night" are not said to anyone
  const before = tokens[i - 1];
  const opens = !before || before.punct || before.mention || CLAUSE_BREAK.has(before.w) || ['lol', 'lmao', 'just', 'so', 'now', 'go', 'oh', 'ok', 'okay'].includes(before.w);
  // "you're not as smart as you think": only the reader's own verdict ("the phones are not as smart as you think" is advice)
  const toReader = w(tokens, i) === 'not' && ['you', 'u'].includes(w(tokens, i - 2)) && w(tokens, i - 1) === 'are';
  if (w(tokens, i) === 'not' ? !toReader : !opens) return null;
  const seq = tokens.slice(i, i + 7).map((t) => t.w).join(' ');
  const hit = TAUNT.exec(seq);
  if (!hit) return null;
  const len = hit[0].split(' ').length;
  // the same words are said of films, recipes, playlists and one's own tears ("Keep crying at the end of Up", "Stay salty: the
  // secret to caramel", "Keep crying wolf", "Stay mad is the worst advice"): the taunt must end its clause or go on to the one
  // taunted ...
  const after = tokens[i + len];
  if (after && !after.punct && !after.mention && !TAUNT_TAIL.has(after.w) && !/^(go cry|go back|not as)/.test(hit[0])) return null;
  if (after && [':', '?'].includes(after.w)) return null;
  // ... be said to someone (an @mention, "you", or a fan base called out) ...
  const fans = tokens.some((t, k) => t.w === 'fans' && w(tokens, k - 2) === ',' || (t.w === 'fans' && k === tokens.length - 1));
  if (!tokens.some((t) => t.mention || TAUNTED.has(t.w)) && !fans) return null;
  // ... and not with comfort, a joke owned, an endearment, a child or a pet, or the writer's own tears, nor asked
  if (tokens[tokens.length - 1]?.w === '?' || tokens.some((t, k) => PETS_AND_CHILDREN.has(t.w) || (COMFORT.has(t.w) && k !== i - 1) || (SELF_WORDS.has(t.w) && k > i + len - 1))) return null;
  if (['than', 'then'].includes(after?.w ?? '')) return null;
  return { from: i, to: i + len - 1, confidence: 0.6, explain: `taunt ('${hit[0]}')`, tag: 'insult' };
}
/** Words a taunt may run on with: "cry more lol", "cope harder, snowflake", "keep crying about it". */
const TAUNT_TAIL = new Set(['lol', 'lmao', 'lmfao', 'bro', 'snowflake', 'kid', 'kiddo', 'loser', 'little', 'buddy', 'pal', 'about', 'harder', 'more', 'you', 'u']);
/** The one a taunt is said to. */
const TAUNTED = new Set(['you', 'your', 'u', 'ur', 'yall', 'snowflake', 'loser', 'losers', 'kid', 'kiddo', 'buddy']);
/** Comfort, endearment, a joke owned, or a story: "keep crying, it's healthy", "go back to your bingo, Nan", "he joked". */
const COMFORT = new Set([
  'okay', 'ok', 'healthy', 'hug', 'hugs', 'better', 'allowed', 'valid', 'deserve', 'love', 'sorry', 'here', 'need', 'sending', 'honey', 'sweetie', 'hun',
  'babe', 'champ', 'nan', 'nana', 'grandma', 'mum', 'mom', 'dad', 'therapist', 'joked', 'joking', 'kidding', 'jk', 'rewatch', 'episode', 'film', 'movie',
  'scene', 'song', 'track', 'playlist', 'album', 'recipe', 'dinner', 'lunch', 'homework', 'winning', 'luck', 'proud',
]);
/** The writer in the rest of the sentence: "lol keep crying, me at every episode", "then I did". */
const SELF_WORDS = new Set(['me', 'i', 'im', 'my', 'myself', 'we', 'us']);
const TAUNT_FIRST = new Set(['keep', 'cry', 'go', 'cope', 'stay', 'seethe', 'the', 'while', 'when', 'let', 'not']);

/** Anchor words: a sentence with none of them cannot match any frame here (common words such as "is" would defeat the prefilter). */
export const FRAME_ANCHORS: readonly string[] = [
  'imagine',
  ...FACULTIES, ...LACKED, ...LOWLY, 'zero', 'cells', 'debate', 'better', 'smarter', 'wiser', 'argument', 'boot', 'parade', 'piss-up', 'bath', 'shoes',
  'water', 'ass', 'arse', 'butt', ...MOCK_TITLES, ...DENSE, 'brains', 'lights', 'shampoo', 'conditioner', 'skull', 'skulls', 'head', 'heads', 'fool',
  'book', 'thought', 'know', 'mother', 'brain', 'like', 'problem', 'anything', 'wrong', 'even', 'radio', 'smell', 'let', 'peaked', 'bad', 'crooked', 'stale', 'thin', 'dated', 'greasy', 'receding', 'hairline', 'haircut', 'mom', 'mum', 'grandmother', 'grandma', 'voters', 'basement', 'walking', 'least', ...SIMILE_GOOD, 'map', 'personality', 'clue',
  'everything', 'right', 'decision', 'idea', 'call',
  'crying', 'cry', 'cope', 'coping', 'seethe', 'seething', 'mad', 'pressed', 'salty', 'adults', 'grownups', 'grown', 'crayons', 'think',
  // round 19's stock put-downs
  'miss', 'disappointed', 'ashamed', 'crawled', 'lowest', 'electricity', 'oxygen', 'air', 'breath', 'evolution', 'explain', 'forever', 'upstairs', 'shovel',
];

// (not 'my' or 'our': "our landlord has the personality of ..." is about the landlord)
const SELF = new Set(['i', 'im', 'me', 'we', 'us', 'myself', 'ourselves']);
const SOMEONE = new Set(['you', 'u', 'he', 'she', 'they', 'him', 'her', 'them', 'his', 'your', 'ur', 'their', 'yall']);

/** Words between a subject and the frame ("I have maybe one brain cell", "we honestly couldn't ..."). */
const BETWEEN_SUBJECT = new Set(['a', 'an', 'the', 'such', 'total', 'complete', 'absolute', 'like', 'have', 'has', 'had', 'would', 'could', 'can', 'will', 'just', 'really', 'honestly', 'literally', 'maybe', 'probably', 'genuinely', 'still', 'also', 'only', 'even', 'totally', 'definitely', 'clearly', 'obviously', 'seriously', 'am', 'was', 'is', 'are', 'got', 'be', 'been', 'not', 'never', 'always', 'sometimes', 'now', 'today', 'apparently', 'basically', 'officially']);

/** About oneself it is self-mockery ("I have the attention span of a goldfish"): the frame's own subject is the writer. */
function selfBefore(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && BETWEEN_SUBJECT.has(w(tokens, k))) k--;
  return SELF.has(w(tokens, k));
}

/** Someone the put-down can land on: an @mention, a person pronoun, a person noun, or a capitalised name. */
function someoneInView(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.mention || SOMEONE.has(t.w) || PERSON_WORDS.has(t.w) || ROLES.has(t.w) || (k > 0 && /^[A-Z][a-z]+$/.test(t.raw) && !CLAUSE_BREAK.has(w(tokens, k - 1))));
}

/** "Imagine being as stupid as you", "imagine being so boring and thick as you are": the reader's fault as a thing to pity. */
function imagineBeingAs(tokens: readonly Token[], i: number): FramedPutDown | null {
  if (w(tokens, i) !== 'imagine' || w(tokens, i + 1) !== 'being' || !['as', 'so', 'this'].includes(w(tokens, i + 2))) return null;
  let k = i + 3;
  let bad = false;
  while (k < i + 8 && /^[a-z]+$/.test(w(tokens, k)) && !['as', 'you', 'u'].includes(w(tokens, k))) {
    if (INSULT_ADJECTIVES.has(w(tokens, k)) || PERSON_NEGATIVE.has(w(tokens, k)) || PERSON_PREDICATE.has(w(tokens, k)) || ['thick', 'boring', 'dense', 'dim'].includes(w(tokens, k))) bad = true;
    k++;
  }
  if (!bad || w(tokens, k) !== 'as' || !['you', 'u'].includes(w(tokens, k + 1))) return null;
  const to = ['are', 'r'].includes(w(tokens, k + 2)) ? k + 2 : k + 1;
  return { from: i, to, confidence: 0.75, explain: `puts the reader down ('imagine being as ... as you')`, tag: 'insult' };
}

/** The first frame that matches at token i, or null. */
export function framedPutDown(tokens: readonly Token[], i: number): FramedPutDown | null {
  const f = imagineBeingAs(tokens, i) ?? facultyOf(tokens, i) ?? brainAndLack(tokens, i) ?? lowlyBetter(tokens, i) ?? incompetenceIdiom(tokens, i) ?? cantEvenButWant(tokens, i) ?? putDownIdiom(tokens, i) ?? sarcasticSimile(tokens, i) ?? mockTitle(tokens, i) ?? denseQuestion(tokens, i) ?? taunt(tokens, i);
  // "... and neither could I", "me too": the writer shares it
  if (tokens.some((t, k) => (t.w === 'neither' && ['could', 'can', 'did', 'do', 'am'].includes(tokens[k + 1]?.w ?? '')) || (t.w === 'me' && tokens[k + 1]?.w === 'too'))) return null;
  // (a taunt is a command or a retort to the reader, so it needs nobody else named)
  if (!f || selfBefore(tokens, f.from) || (!someoneInView(tokens) && !f.explain.startsWith('taunt'))) return null;
  return f;
}
