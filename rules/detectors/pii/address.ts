/**
 * `pii.address`: street addresses ("42 Elm Street", "221B Baker Street, London NW1 6XE", "1600 Maple
 * Ave Apt 4"). A house number, one to four name words and a street word is a street address; whose it is
 * decides whether it is personal data. Said as someone's home ("I live at", "my address is", "her
 * place is") it is; said of a business ("our office", "visit our store", "the venue") it is public.
 * Base confidence is low, so only an address with a personal context or a full postcode is reported at
 * the pack's default threshold.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, scoreContext, wordsBefore } from './context';
import { noOptions } from '../options';

const STREET_WORDS = [
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'way', 'place', 'pl',
  'terrace', 'close', 'crescent', 'cres', 'square', 'sq', 'parkway', 'pkwy', 'highway', 'hwy', 'circle', 'cir', 'trail', 'grove', 'gardens',
  'mews', 'row', 'walk', 'hill', 'strasse', 'straße', 'str', 'weg', 'gasse', 'allee', 'platz', 'rue', 'calle', 'via', 'avenida', 'laan', 'straat',
];
// Names must start with a capital, so the expression is case-sensitive; street words may be written
// "Street", "street" or "STREET".
const STREET = STREET_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
const NAME = "[A-Z][a-zà-ÿ'’]+";
/** "42 Elm Street", "221B Baker St.", "1600 Pennsylvania Avenue NW", optional unit, city and postcode. */
const ADDRESS_RE = new RegExp(
  `(?<![\\w/.-])(?<num>\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?)\\s+(?<name>(?:${NAME}\\s+){0,3}?${NAME}\\s+)?(?<street>${STREET})(?:\\.|\\b)` +
    `(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?` +
    `(?:,?\\s+(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ff]lat|#)\\.?\\s*[\\w-]{1,6})?` +
    `(?<city>,\\s+${NAME}(?:\\s+${NAME}){0,2})?` +
    `(?<post>,?\\s+(?:[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?|\\d{5}|[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}))?`,
  'g',
);

const CONTEXT = {
  support: [
    'live at', 'lives at', 'living at', 'my address', 'home address', 'address is', 'his address', 'her address', 'their address',
    'my place', 'my house', 'my flat', 'my apartment', 'staying at', 'moved to', 'come over to', 'pick me up at', 'send it to', 'ship it to',
    'mail it to', 'deliver to', 'her house', 'his house', 'her place', 'his place', 'home is', 'live on', 'lives on', 'living on',
    // not bare "live" or "address": "we go live with 3 Google Drive integrations", "address 12 Open Issues Way"
  ],
  oppose: [
    'office', 'offices', 'hq', 'headquarters', 'store', 'shop', 'restaurant', 'cafe', 'venue', 'hotel', 'museum', 'campus', 'clinic', 'branch',
    'warehouse', 'visit us', 'our new', 'open at', 'opening', 'located at', 'find us', 'conference', 'event', 'meetup', 'stadium', 'arena',
  ],
};

export function findAddresses(text: string): DetectorHit[] {
  if (!/\d/.test(text)) return [];
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(ADDRESS_RE)) {
    const g = m.groups ?? {};
    const street = (g.street ?? '').toLowerCase();
    // a street word needs a name before it ("42 Elm Street"), except words that are only street words
    if (!g.name && !['street', 'avenue', 'boulevard', 'strasse', 'straße'].includes(street)) continue;
    // "10 st" / "3 dr" / "5 way to improve": a lower-case abbreviation after a bare number is not a street
    if (!/^[A-Z]/.test((g.name ?? g.street ?? '').trim())) continue;
    const base = g.post ? 0.55 : g.city ? 0.4 : 0.3;
    const ctx = scoreContext(base, wordsBefore(text, m.index, 6), CONTEXT, 0.35, 0.65, 0.3);
    const shape = ['house number and street', g.city ? 'city' : '', g.post ? 'postcode' : ''].filter(Boolean).join(', ');
    // a full street word's '.' is the sentence's ("42 Elm Street."); an abbreviation keeps it ("Elm St.")
    const text0 = m[0];
    const trimmed = /(?:street|avenue|road|lane|drive|boulevard|court|way|place|terrace|close|crescent|square|parkway|highway|circle|trail|grove|gardens|mews|row|walk|hill)\.$/i.test(text0) ? 1 : 0;
    hits.push({
      start: m.index,
      end: m.index + text0.length - trimmed,
      confidence: ctx.confidence,
      explain: [`street address (${shape})`, describeContext(ctx)].filter(Boolean).join('; '),
    });
  }
  return hits;
}

export const addressDetector: DetectorSpec = {
  id: 'pii.address',
  description: "Street addresses; reported when given as someone's home or with a full postcode, not when they are a business's.",
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findAddresses(input.text),
};
