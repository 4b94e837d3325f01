/**
 * Deterministic generators for the benchmark: ordinary business posts in which every sentence is
 * distinct (so no sentence cache hides a cold cost), and a company pack of N codenames with regex and
 * phrase rules like the ones admins write.
 */
import { PACK_FORMAT, type PackSource, type Rule } from '../rules/types';
import { seededRandom } from '../tests/support/seeded-random';

export const rng = seededRandom;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const OPENERS = ['This week', 'Today', 'Last quarter', 'Over the summer', 'Since January', 'After months of work', 'Earlier this year', 'This morning', 'Yesterday', 'In the last sprint'];
const SUBJECTS = ['our support team', 'the design group', 'our engineers in Lisbon', 'the customer success crew', 'our new interns', 'the data platform team', 'our partners in Singapore', 'the marketing team', 'the finance office', 'our field sales team', 'the research lab', 'our volunteers'];
const VERBS = ['shipped', 'launched', 'celebrated', 'presented', 'redesigned', 'streamlined', 'hosted', 'completed', 'delivered', 'kicked off', 'wrapped up', 'tested'];
const OBJECTS = ['a faster onboarding flow', 'the community meetup', 'a new accessibility review', 'the mentoring programme', 'our sustainability report', 'a cleaner billing page', 'the hackathon demo day', 'a webinar on remote work', 'the regional roadshow', 'an open-source toolkit', 'the quarterly town hall', 'a charity fun run'];
const ENDINGS = ['for customers across Europe', 'with help from our friends at the city library', 'ahead of schedule', 'in record time', 'with zero downtime', 'for the third year running', 'alongside two local schools', 'together with our user group', 'on a shoestring budget', 'after great feedback from the beta'];
const EXTRAS = ['We are proud of everyone involved.', 'Thanks to all who joined us!', 'More details soon on our blog.', 'Come say hello at booth 12.', 'We are hiring, by the way.', 'Questions are welcome in the comments.'];

/** A post of about `length` characters made of distinct sentences (`salt` varies the sequence). */
export function businessPost(length: number, salt: number): string {
  const r = rng(1000 + salt);
  const seen = new Set<string>();
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < length) {
    let s: string;
    do {
      n++;
      s = `${pick(r, OPENERS)} ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, ENDINGS)}${r() < 0.3 ? ` (${n} attendees)` : ''}.`;
      if (r() < 0.15) s += ` ${pick(r, EXTRAS)}`;
    } while (seen.has(s));
    seen.add(s);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ').slice(0, length).replace(/\s+\S*$/, '.');
}

const SYLLABLES = ['ka', 'lo', 'mi', 'zu', 'ren', 'tal', 'vex', 'dor', 'qui', 'nar', 'bel', 'sho', 'tri', 'gan', 'pol', 'fyr', 'jen', 'wol', 'cra', 'ston', 'mar', 'lin', 'ox', 'ptr', 'ula'];

/** `count` distinct codename-like terms, some of them two words ("Project Kalomi"). */
export function codenames(count: number, seed = 7): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const word = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, SYLLABLES)).join('');
    const cap = word[0]!.toUpperCase() + word.slice(1);
    out.add(r() < 0.3 ? `${pick(r, ['Project', 'Operation', 'Codename', 'Team'])} ${cap}` : cap);
  }
  return [...out];
}

const PHRASES = [
  '(revenue|earnings|profit|sales) .{0,3} #Money',
  '(we|acme) (are|is) (acquiring|buying) #Noun',
  '(layoffs|redundancies) (next|this) (week|month|quarter)',
  'unannounced (product|feature|partnership)',
  '(merger|acquisition) with #Organization',
  'before the (announcement|launch|earnings call)',
  '(guidance|forecast) for (next|this) (quarter|year)',
  'internal (memo|roadmap|deck) says',
  '(customer|client) list',
  'not yet (public|announced)',
  '(board|investors) (approved|rejected) #Noun',
  '(pricing|price) (increase|change) (next|this) #Noun',
  '(security|data) (incident|breach) at #Noun',
  'confidential (deal|contract|agreement)',
  '(salary|pay) (bands|ranges) for #Noun',
  '(beta|preview) build of #Noun',
  '(ipo|listing) (date|plans)',
  'under (nda|embargo)',
  '(outage|downtime) (postmortem|post-mortem)',
  'leaked (numbers|figures|slides)',
];

export function companyPack(termCount: number, extendsDefault = true): PackSource {
  const rules: Rule[] = [
    {
      id: 'codenames',
      kind: 'terms',
      category: 'confidential',
      severity: 'block',
      terms: codenames(termCount),
      message: "'{match}' is an internal codename.",
      hash: false,
    },
  ];
  for (let i = 0; i < 50; i++) {
    const patterns = [
      `\\bPRJ-${i}\\d{3}\\b`,
      `\\b[a-z0-9.-]+\\.corp${i}\\.acme\\.example\\b`,
      `\\bTICKET-${i}[A-Z]{2}\\d{4}\\b`,
      `\\b(?:acct|account)[ #:]*${i}\\d{6}\\b`,
      `\\binternal-${i}-[a-z]+\\b`,
    ];
    rules.push({
      id: `pattern-${i}`,
      kind: 'regex',
      category: 'confidential',
      severity: 'warn',
      pattern: patterns[i % patterns.length]!,
      flags: 'i',
      message: 'Internal reference {match}',
    });
  }
  PHRASES.forEach((match, i) =>
    rules.push({ id: `phrase-${i}`, kind: 'phrase', category: 'confidential', severity: 'warn', match, message: 'Check before posting: {match}' }),
  );
  return {
    format: PACK_FORMAT,
    id: 'acme',
    name: `Acme (${termCount} terms)`,
    version: '1',
    policyUrl: 'https://intranet.acme.example/policies/social-media',
    ...(extendsDefault ? { extends: ['builtin:default'] } : {}),
    rules,
  };
}
