import type { Category } from '../../../rules/types';

export interface FunctionalCase {
  text: string;
  /** the categories a correct checker reports (findings of severity warn or block) */
  expect: Category[];
}

export interface Behaviour {
  id: string;
  /** what the behaviour checks, in a few words */
  title: string;
  family: 'inflammatory' | 'protected';
  /** 'flag': hateful/inflammatory cases; 'pass': must-not-fire (or must-not-fire-as-protected) cases */
  polarity: 'flag' | 'pass';
  /** count info-severity findings too (shouting is info by default) */
  countInfo?: boolean;
  cases: FunctionalCase[];
}

/** Protected groups used to fill templates, spread over every characteristic. */
export const GROUPS = [
  'women', 'trans people', 'gay men', 'lesbians', 'Black people', 'Mexicans', 'disabled people', 'Muslims', 'Jews', 'immigrants',
  'refugees', 'old people', 'Asians', 'bisexuals', 'Hindus', 'autistic people', 'Christians', 'trans women', 'Arabs', 'Gen Z',
  'Pakistanis', 'Latinos', 'the elderly', 'Sikhs', 'deaf people', 'nonbinary people', 'Africans', 'Chinese people',
] as const;

/** Fills `{G}` in each template with a group, rotating through GROUPS from `offset`. */
export function fill(templates: readonly string[], offset: number, expect: FunctionalCase['expect']): FunctionalCase[] {
  return templates.map((t, i) => {
    const g = GROUPS[(offset + i * 5) % GROUPS.length] as string;
    const text = t.replace(/\{G\}/g, g).replace(/^(\w)/, (c) => c.toUpperCase());
    return { text, expect };
  });
}
