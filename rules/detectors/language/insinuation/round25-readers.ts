/**
 * Round 25 readers of implicit derogation: sarcasm that answers a group named just before. Each needs the group in the
 * sentence or in the one before it, and each is a turn of phrase that only mocks:
 * - `sarcasticSure`: "Woman running the company? Sure, if you want it bankrupt by Christmas.", "Equal pay for women? Sure,
 *   once they start doing equal work." (a question about the group answered with a mocking condition);
 * - `sarcasticEcho`: "Another Black guy on the evening news. Shocking, I know.", "They let disabled people vote now? Bold
 *   choice.", "Women drivers. That's the whole joke." (a one-line verdict of mock surprise, mock praise or "the joke" after a
 *   sentence that names the group, and says nothing else about it);
 * - `justOnce`: "Just once I'd like to see a Jewish guy pay full price" (the member never does);
 * - `onMerit`: "She's a Black woman so obviously she got the job purely on merit 🙄" (merit doubted with a sarcasm marker).
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { member } from './implicit-readers';
import { hasPraise, hit, writerIsMember, type Neighbour, type Words } from './shared';

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND25_CUES: readonly string[] = ['sure', 'shocking', 'shock', 'shocked', 'surprise', 'guessed', 'bold', 'joke', 'once', 'merit'];

/** News of trouble a mock "Shocking, I know" answers. */
const TROUBLE_NEWS = new Set(['news', 'headlines', 'arrested', 'police', 'court', 'charged', 'jailed', 'crime', 'stabbing', 'stabbed', 'robbery', 'robbed', 'scam', 'scammed', 'benefits', 'riot', 'riots', 'trouble', 'caught', 'convicted', 'terror', 'attack', 'fraud']);
/** Everyday duties "just once I'd like to see a [member] ..." implies the member never does. */
const EVERYDAY_DUTIES = new Set(['pay', 'buy', 'tip', 'work', 'arrive', 'turn', 'show', 'speak', 'drive', 'park', 'clean', 'shower', 'wash', 'share', 'split', 'return', 'admit', 'apologise', 'apologize', 'integrate', 'contribute', 'give', 'lend', 'donate', 'spend', 'behave', 'obey']);

/** The duties a relative clause may deny: "... meet a [member] who works for a living"; not "who shares my love of jazz". */
const RELATIVE_DUTIES = new Set(['pay', 'tip', 'work', 'drive', 'park', 'clean', 'shower', 'wash', 'integrate', 'contribute', 'behave', 'obey', 'apologise', 'apologize']);

/** Outcomes a mocking "if you want it ..." wishes on whatever the group runs. */
const RUINED = /^(?:it |the (?:\w+ )?|your (?:\w+ )?|things |everything |them )?(?:\w+ )?(?:bankrupt|ruined|on fire|in flames|destroyed|gone|closed|broken|dead|burnt down|burned down|to fail|to collapse|to go bust|a disaster|a mess|run into the ground|in ruins|crashed)\b/;
/** What a mocking "once they ..." says the group has yet to do. */
const YET_TO = /^(?:they|she|he) (?:(?:start|begin) (?:doing|to do|pulling|earning|paying|working)|learn (?:to speak|english|to drive|to behave|manners|some manners|to work)|stop (?:being|complaining|whining|crying|lying|stealing|moaning|playing the victim)|actually (?:earn|deserve|work|contribute|pay)|pull (?:their|her|his) weight|earn it|deserve it)\b/;

/** The group a one-line retort answers: named in the sentence before, not the writer's own people nor a victim. */
function answered(prev: Neighbour): GroupMention | null {
  const g = prev.groups().find((m) => !m.pronoun && m.unnamed !== 'bare');
  const pw = prev.words();
  if (!g || writerIsMember(pw, g) || ['my', 'our'].includes(pw[g.from - 1] ?? '') || hasPraise(pw)) return null;
  if (pw.some((x) => ['attacked', 'harassed', 'abused', 'victims', 'victim', 'discrimination', 'racism', 'killed', 'died', 'murdered', 'injured', 'beaten'].includes(x))) return null;
  return g;
}

/** A stand-in for a group named in the sentence before, for the span of a hit on this sentence. */
function fromBefore(g: GroupMention, at: number): GroupMention {
  return { from: at, to: at, characteristic: g.characteristic, pronoun: true, weak: false };
}

export function sarcasticSure(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  let s = 0;
  while (['yeah', 'oh', 'yes', 'ah'].includes(w[s] ?? '')) s++;
  if (w[s] !== 'sure' || w.includes('not')) return null;
  let c = s + 1;
  while ([',', 'thing', 'sure', '.'].includes(w[c] ?? '')) c++;
  const rest = w.slice(c + 1).join(' ');
  // (the mocking clause is the whole answer: "Sure, once they learn the rules, I'll teach them" goes on sincerely)
  const oneClause = !w.slice(c + 1).some((x, n, a) => x === ',' && a.slice(n + 1).some((y) => ['i', 'we', 'they', 'you'].includes(y)));
  const mocked = oneClause && ((w[c] === 'if' && /^(?:you|u) (?:want|like|fancy) /.test(rest) && RUINED.test(rest.replace(/^(?:you|u) (?:want|like|fancy) /, ''))) || (w[c] === 'once' && YET_TO.test(rest)));
  if (!mocked) return null;
  const here = groups.find((g) => !g.pronoun && g.unnamed !== 'bare') ?? member(tokens, w, groups);
  if (here) return writerIsMember(w, here) ? null : hit(s, w.length - 1, here, 'derogation', "a mocking 'sure, if / once ...'");
  const pw = prev.words();
  const before = pw[pw.length - 1] === '?' ? answered(prev) : null;
  return before ? hit(s, w.length - 1, fromBefore(before, s), 'derogation', "a mocking 'sure, if / once ...' after a question about the group") : null;
}

/** One-line verdicts that mock the sentence before. */
const ECHOES: readonly RegExp[] = [
  /^(?:shocking|what a (?:shock|surprise)|surprise ,? surprise|who (?:would|could) have (?:guessed|thought)|colour me shocked|color me shocked|never saw that coming)(?: ,)?(?: (?:i know|right|eh|innit))?(?: [.!?])*$/,
  /^(?:bold|brave) (?:choice|move|idea|decision)(?: [.!?])*$/,
  /^(?:that is it (?:, )?)?that is the (?:whole |entire )?joke(?: [.!?])*$/,
];

export function sarcasticEcho(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const text = w.join(' ');
  const m = ECHOES.find((re) => re.test(text));
  if (!m || groups.some((g) => !g.pronoun)) return null;
  const g = answered(prev);
  if (!g) return null;
  const pw = prev.words();
  // the sentence before only names the group, or has it turn up again ("another ... on the news", "... again"), or asks
  // whether it is let in ("They let [group] vote now?")
  const bare = pw.filter((x) => !['.', '!', '?', ','].includes(x)).length <= g.to - g.from + 2;
  // (turning up again only in news of trouble: "Another [member] on the news", not "beat us at quiz night again")
  const again = (pw.includes('another') || pw.includes('again')) && pw.some((x) => TROUBLE_NEWS.has(x));
  const letIn = pw[pw.length - 1] === '?' && pw.some((x) => ['let', 'letting', 'allow', 'allowing', 'allowed'].includes(x));
  const fits = m === ECHOES[2] ? bare : m === ECHOES[1] ? letIn : again || bare;
  return fits ? hit(0, w.length - 1, fromBefore(g, 0), 'derogation', 'mock surprise or praise after a sentence about the group') : null;
}

export function justOnce(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const text = w.join(' ');
  const m = /\bjust once i (?:would |d )?(?:like|love|want) to (?:see|meet) (?:a |an |one )/.exec(text);
  if (!m) return null;
  const at = text.slice(0, m.index + m[0].length).split(' ').length - 1;
  const g = groups.find((x) => !x.pronoun && x.from === at) ?? member(tokens, w, groups);
  if (!g || g.from < at || writerIsMember(w, g)) return null;
  // (only an everyday duty the member is implied never to do: "pay full price", "buy a round"; "win", "lead", "play" wish
  // the group more of a part)
  // ("... meet a [member] who works for a living": the duty in a relative clause)
  const v = ['who', 'that'].includes(w[g.to + 1] ?? '') ? g.to + 2 : g.to + 1;
  const duties = v === g.to + 1 ? EVERYDAY_DUTIES : RELATIVE_DUTIES;
  const said = w[v] ?? '';
  // ("... who works", "... who washes": the verb with its -s or -es)
  const verb = [said, said.replace(/s$/, ''), said.replace(/es$/, '')].find((x) => duties.has(x)) ?? '';
  return duties.has(verb) ? hit(text.slice(0, m.index).split(' ').length - 1, v, g, 'stereotype', "'just once I'd like to see a [member] ...'") : null;
}

export function onMerit(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], _prev: Neighbour, raw: string): Attack | null {
  const at = w.findIndex((x, n) => x === 'merit' && w[n - 1] === 'on');
  if (at < 0) return null;
  // (an eye-roll or a laugh marks it: "purely on merit" and "obviously won on merit" are said sincerely too)
  const sarcasm = /🙄|😏|😂|🤣|\blol\b|\blmao\b/.test(raw) || w.slice(Math.max(0, at - 6), at).join(' ').includes('yeah right');
  if (!sarcasm || w.some((x) => ['deserved', 'deserves', 'congratulations', 'congrats', 'proud'].includes(x))) return null;
  const g = groups.find((x) => !x.pronoun && x.to < at) ?? member(tokens, w, groups);
  if (!g || writerIsMember(w, g)) return null;
  return hit(g.from, at, g, 'derogation', "merit doubted with sarcasm ('on merit')");
}
