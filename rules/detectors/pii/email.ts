/**
 * `pii.email`: personal email addresses. Role and service mailboxes (careers@, support@, noreply@) are
 * published on purpose, and documentation domains (example.com, *.test) hold nobody's mail, so neither
 * is reported; what remains is almost always one person's address.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { noOptions } from '../options';

const EMAIL_RE =
  /(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?)@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

/** Mailboxes that belong to a function, not a person. */
export const ROLE_LOCAL_PARTS = new Set([
  'careers', 'career', 'jobs', 'job', 'recruiting', 'recruitment', 'talent', 'hiring', 'hr', 'press', 'media', 'pr', 'news',
  'newsletter', 'support', 'help', 'helpdesk', 'servicedesk', 'service', 'services', 'customerservice', 'customercare', 'care',
  'info', 'information', 'contact', 'contactus', 'hello', 'hi', 'hey', 'sales', 'marketing', 'noreply', 'no-reply', 'donotreply',
  'do-not-reply', 'do_not_reply', 'admin', 'administrator', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'security', 'privacy',
  'legal', 'billing', 'accounts', 'accounting', 'finance', 'invoices', 'office', 'team', 'feedback', 'enquiries', 'inquiries',
  'enquiry', 'inquiry', 'events', 'partners', 'partnerships', 'investors', 'ir', 'orders', 'returns', 'bookings', 'reservations',
  'compliance', 'dpo', 'gdpr', 'it', 'ops', 'devops', 'notifications', 'alerts', 'mailer-daemon', 'root', 'git', 'community',
  'social', 'editor', 'editors', 'tips', 'membership', 'members', 'shop', 'store', 'orders', 'reception', 'frontdesk', 'mail',
  'email', 'general', 'studio', 'agency', 'bugs', 'report', 'reports', 'docs', 'api', 'dev', 'developers', 'team-lead', 'all',
]);

/** Domains reserved for documentation and tests (RFC 2606 / 6761) and common stand-ins. */
export function isPlaceholderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return (
    /(?:^|\.)example\.(?:com|org|net|edu)$/.test(d) ||
    /\.(?:example|test|invalid|localhost|local|internal|lan)$/.test(d) ||
    /^(?:test|domain|email|mail|yourdomain|yourcompany|company|mycompany|acme|foo|bar|sample|someplace|somewhere|website|site)\.(?:com|org|net|io)$/.test(d)
  );
}

const PLACEHOLDER_LOCAL = new Set(['name', 'you', 'your', 'yourname', 'your.name', 'firstname', 'first.last', 'firstname.lastname', 'user', 'username', 'someone', 'somebody', 'email', 'me', 'test', 'foo', 'bar']);

function roleOf(local: string): string | null {
  const l = local.toLowerCase().replace(/\+.*$/, '');
  if (ROLE_LOCAL_PARTS.has(l)) return l;
  // 'press.office', 'customer-care': every part a role word. 'dev.ravi' names a person.
  const parts = l.split(/[._-]/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => ROLE_LOCAL_PARTS.has(p) || p === 'customer' || p === 'no' || p === 'reply') ? l : null;
}

export function findEmails(text: string): DetectorHit[] {
  if (!text.includes('@')) return [];
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    const local = m.groups?.local ?? '';
    const domain = m.groups?.domain ?? '';
    if (isPlaceholderDomain(domain) || PLACEHOLDER_LOCAL.has(local.toLowerCase())) continue;
    if (roleOf(local)) continue;
    const start = m.index;
    // "scheme://user:password@host": the password and host of a URL, the secrets rules' business
    // (the password may itself hold an '@': "postgres://app:p@ss@db.acme.io")
    const token = text.slice(Math.max(0, start - 200), start).split(/\s/).pop() ?? '';
    if (/[a-z][a-z0-9+.-]*:\/\/[^\s/]*:/i.test(token)) continue;
    hits.push({ start, end: start + m[0].length, confidence: 0.85, explain: `email address; '${local.length > 1 ? local[0] + '…' : local}@' is not a role mailbox and ${domain.toLowerCase()} is not a documentation domain` });
  }
  return hits;
}

export const emailDetector: DetectorSpec = {
  id: 'pii.email',
  description: "A person's email address (role mailboxes such as careers@ or support@ and documentation domains are ignored).",
  scope: 'text',
  keywords: ['@'],
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findEmails(input.text),
};
