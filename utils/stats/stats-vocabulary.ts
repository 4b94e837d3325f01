/**
 * The only values a stats count may carry (admin-endpoint.md). Everything is checked against closed
 * lists or strict shapes, so no free text from a page can reach a batch.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';

/** page-contract.md: the site adapter ids */
export const SITE_IDS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'bluesky', 'mastodon', 'youtube', 'generic'] as const;
export type SiteId = (typeof SITE_IDS)[number];
export const OUTCOMES: readonly Outcome[] = ['edited', 'posted', 'dismissed', 'discarded', 'warned'];

/** `<pack id>.<rule id>`: lowercase ids of up to 100 characters each, as validate.ts requires; rule ids are similar. */
const RULE_ID = /^[a-z0-9][a-z0-9.-]{0,99}\.[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export const isSiteId = (v: unknown): v is SiteId => (SITE_IDS as readonly unknown[]).includes(v);
export const isCategory = (v: unknown): v is Category => (CATEGORIES as readonly unknown[]).includes(v);
export const isSeverity = (v: unknown): v is Severity => (SEVERITIES as readonly unknown[]).includes(v);
export const isOutcome = (v: unknown): v is Outcome => (OUTCOMES as readonly unknown[]).includes(v);
export const isRuleIdShaped = (v: unknown): v is string => typeof v === 'string' && RULE_ID.test(v);
