/**
 * `language.coded`: hate written in code so that word lists miss it: the antisemitic "echo" (triple
 * parentheses around a name), neo-Nazi numbers and slogans ("1488", "day of the rope", "6MWE"), and
 * monkey emoji thrown at someone (the racist abuse footballers get in their replies).
 *
 * Each code is specific enough to mean one thing; the ones that are also ordinary numbers ("88", "14")
 * need a second code or a white-power word next to them. Quoting or condemning lowers the confidence as
 * for the other language rules.
 *
 * Option `aim: 'person'` reports only codes thrown at someone (the emoji at an @mention or "you"), for
 * the inflammatory pack.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { tokenize, type Token } from './tokens';
import { unknownOption } from '../options';

interface Code {
  start: number;
  end: number;
  confidence: number;
  explain: string;
  tag: 'race' | 'religion';
  atPerson: boolean;
}

/** (((name))): three brackets on each side of a word or two. */
const ECHO_RE = /\({3}\s*\p{L}[\p{L}\p{N} .'’-]{2,40}?\s*\){3}/gu;
const ECHO_TARGETS = new Set(['they', 'them', 'globalists', 'globalist', 'bankers', 'banker', 'media', 'elites', 'elite', 'hollywood', 'neocons', 'financiers', 'zionists', 'banks', 'owners', 'lobby', 'jews', 'jew', 'academics', 'journalists', 'cosmopolitans']);
/** Numbers and slogans of white-supremacist movements, read on the lower-cased text. */
const SLOGANS: readonly { re: RegExp; explain: string; confidence: number; tag: Code['tag'] }[] = [
  { re: /\bday of (?:the )?rope\b/gi, explain: "'day of the rope': a white-supremacist call for mass lynching", confidence: 0.85, tag: 'race' },
  { re: /\b6\s?mwe\b|\bsix million wasn'?t enough\b|\b6 million wasn'?t enough\b/gi, explain: "'6MWE': an antisemitic Holocaust-celebrating code", confidence: 0.9, tag: 'religion' },
  { re: /\bzionist occupied government\b/gi, explain: "'ZOG': an antisemitic conspiracy code", confidence: 0.7, tag: 'religion' },
  { re: /\bsecure the existence of our people and a future for white children\b/gi, explain: 'the "fourteen words", a white-supremacist slogan', confidence: 0.85, tag: 'race' },
  { re: /\bhappy merchant\b/gi, explain: "'happy merchant': an antisemitic caricature meme", confidence: 0.75, tag: 'religion' },
];
/** "1488", "88" or "14" alone are ordinary numbers ("ticket 1488"); with a white-power word near they are codes. */
const NUMBER_CODE_RE = /(?<![\w/.,-])(?:14\s?[/|]?\s?88|88|14)(?![\w/-]|[.,]\d)/g;
/** ZOG in capitals: the lower-case word is too often something else (a name in a game). */
const ZOG_RE = /(?<![A-Za-z])ZOG(?![A-Za-z])/g;
/** Next to the number (within a few words): "sieg heil 1488", "14/88 white power". Not "hh" (happy hour), "Reich" (a surname) or "Hitler" (history). */
const WHITE_POWER_WORDS = /\b(?:heil|sieg|white power|white pride|wpww|aryan|rahowa|14 words|fourteen words)\b/i;
/** Monkey and orangutan emoji: at a person, the racist taunt aimed at Black people. Not the monkey face,
 * whose see-no-evil family is an everyday "oops", nor the gorilla, gym slang for strength. */
const APE_EMOJI_RE = /(?:\u{1F412}|\u{1F9A7})/gu;
const APE_EMOJI_TEST = /\u{1F412}|\u{1F9A7}/u;

function slogans(text: string): Code[] {
  const out: Code[] = [];
  for (const s of SLOGANS) {
    s.re.lastIndex = 0;
    for (const m of text.matchAll(s.re)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: s.confidence, explain: s.explain, tag: s.tag, atPerson: false });
    }
  }
  if (WHITE_POWER_WORDS.test(text)) {
    for (const m of text.matchAll(NUMBER_CODE_RE)) {
      if (!WHITE_POWER_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.75, explain: `'${m[0]}' next to white-power words: a neo-Nazi number code (the fourteen words, 'Heil Hitler')`, tag: 'race', atPerson: false });
    }
  }
  return out;
}

function zog(text: string): Code[] {
  return [...text.matchAll(ZOG_RE)].map((m) => ({ start: m.index, end: m.index + 3, confidence: 0.7, explain: "'ZOG': an antisemitic conspiracy code", tag: 'religion' as const, atPerson: false }));
}

function echoes(text: string): Code[] {
  // "(((LISTEN PLEASE)))" is emphasis: the echo marks a name or a noun, not a shouted phrase
  // "sending (((hugs)))", "((( Thank you )))": brackets as a hug or for emphasis
  if (/\b(?:hugs?|love|thanks?|thank you|prayers|cuddles?|sending)\b/i.test(text)) return [];
  const named = (m: RegExpMatchArray) => {
    const inner = m[0].replace(/[()]/g, '').trim();
    if (inner.includes(' ') && inner === inner.toUpperCase()) return false;
    if (inner.split(/\s+/).length > 3) return false;
    // a name ("(((Soros)))") or a word the echo is put around ("(((globalists)))", "(((they)))", "(((the media)))")
    return /^[A-Z]/.test(inner) || ECHO_TARGETS.has(inner.toLowerCase().replace(/^the /, ''));
  };
  return [...text.matchAll(ECHO_RE)].filter(named).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    confidence: 0.8,
    explain: 'triple parentheses around a name: the antisemitic "echo" that marks someone as Jewish',
    tag: 'religion' as const,
    atPerson: true,
  }));
}

/** Monkey emoji in a post addressed to someone (@mention or "you") that says little else. */
function apeEmoji(input: DetectorInput, tokens: readonly Token[]): Code[] {
  const text = input.text;
  const found = [...text.matchAll(APE_EMOJI_RE)];
  if (!found.length) return [];
  const addressed = tokens.some((t) => t.mention || t.w === 'you' || t.w === 'your');
  // a few words at most besides the emoji: a monkey emoji in a zoo story is not a taunt
  const words = tokens.filter((t) => !t.punct && !t.mention).length;
  if (!addressed || words > 6) return [];
  const first = found[0] as RegExpMatchArray & { index: number };
  const last = found[found.length - 1] as RegExpMatchArray & { index: number };
  return [{
    start: first.index,
    end: last.index + last[0].length,
    confidence: 0.7,
    explain: 'monkey emoji aimed at someone: a racist taunt',
    tag: 'race',
    atPerson: true,
  }];
}

/** A draft of nothing but codes gets at most this many hits: enough to show, bounded in cost. */
const MAX_CODES = 20;

/** The tokens of the sentence holding [start, end): between the nearest sentence-ending marks. */
function sentenceTokens(tokens: readonly Token[], start: number, end: number): readonly Token[] {
  let a = tokens.findIndex((t) => t.end > start);
  if (a < 0) return [];
  let b = a;
  while (a > 0 && !['.', '!', '?'].includes((tokens[a - 1] as Token).w)) a--;
  while (b < tokens.length && ((tokens[b] as Token).start < end || !['.', '!', '?'].includes((tokens[b] as Token).w))) b++;
  return tokens.slice(a, b);
}

function run(input: DetectorInput, aimPerson: boolean): DetectorHit[] {
  const text = input.text;
  if (!/[(\d\u{1F300}-\u{1FAFF}]|rope|zog|mwe|merchant|million|white/iu.test(text)) return [];
  // the codes are found on the raw text; the draft is tokenised (for context and the emoji's addressee) only when one is there
  const found = aimPerson ? echoes(text) : [...echoes(text), ...slogans(text), ...zog(text)];
  const hasApe = APE_EMOJI_TEST.test(text);
  if (!found.length && !hasApe) return [];
  const tokens = tokenize(input);
  const codes = hasApe ? [...found, ...apeEmoji(input, tokens)] : found;
  return codes.slice(0, MAX_CODES).map((c) => {
    // quoting, reporting or condemning is read in the hit's own sentence, not anywhere in the draft
    const sentence = sentenceTokens(tokens, c.start, c.end);
    const from = sentence.findIndex((t) => t.end > c.start);
    let to = from;
    while (to + 1 < sentence.length && (sentence[to + 1] as Token).start < c.end) to++;
    const ctx = from >= 0 ? applyContext(c.confidence, c.explain, mentionContext(text, sentence, from, to)) : { confidence: c.confidence, explain: c.explain };
    return { start: c.start, end: c.end, confidence: Math.round(ctx.confidence * 100) / 100, explain: ctx.explain, tags: ['coded', c.tag] };
  });
}

export const CODED: DetectorSpec = {
  id: 'language.coded',
  description: 'Coded hate: the antisemitic echo (((name))), neo-Nazi numbers and slogans, monkey emoji thrown at someone.',
  scope: 'text',
  validateOptions(options) {
    const unknown = unknownOption(options, ['aim']);
    if (unknown) return unknown;
    return options.aim === undefined || options.aim === 'any' || options.aim === 'person' ? null : "option 'aim' must be 'any' or 'person'";
  },
  create(options) {
    const aimPerson = options.aim === 'person';
    return (input) => run(input, aimPerson);
  },
};
