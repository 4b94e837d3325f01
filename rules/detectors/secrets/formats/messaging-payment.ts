/**
 * Chat, webhook and payment credentials. NOTICE: some prefixes and lengths follow gitleaks
 * (config/gitleaks.toml), MIT License, Copyright (c) 2019 Zachary Rice. Patterns are written for this project.
 */
import type { SecretFamily, SecretFormat } from '../format';
import { L, R, near, no, ok, prefixed, re } from './util';

const slackToken: SecretFormat = {
  id: 'slack-token',
  name: 'Slack token',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.'],
  pattern: re(`${L}(?<s>xox(?:[baprs]|e\\.xox[bp]|e)-\\d{0,3}-?[0-9A-Za-z]{8,14}(?:-[0-9A-Za-z]{8,64}){1,4})${R}`),
  confidence: 0.95,
  minEntropy: 3,
  prefixLength: 5,
};
const slackAppToken = prefixed('slack-app-token', 'Slack app-level token', 'xapp-', '\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-z0-9]{40,80}|xapp-[0-9A-Za-z/+-]{24,120}', {
  confidence: 0.9,
});
const slackWebhook: SecretFormat = {
  id: 'slack-webhook',
  name: 'Slack incoming webhook URL',
  keywords: ['hooks.slack.com'],
  pattern: re(`(?<s>https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{30,140})`),
  confidence: 0.95,
  minEntropy: 3.5,
  prefixLength: 31,
};

const discordWebhook: SecretFormat = {
  id: 'discord-webhook',
  name: 'Discord webhook URL',
  keywords: ['/api/webhooks/'],
  pattern: re(`(?<s>https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,70})`),
  confidence: 0.95,
  minEntropy: 3.5,
  prefixLength: 40,
};
const discordBotToken: SecretFormat = {
  id: 'discord-bot-token',
  name: 'Discord bot token',
  keywords: ['.'],
  // Three base64url parts; the first is a snowflake user ID encoded as base64 text, so it starts M, N or O.
  pattern: re(`${L}(?<s>[MNO][A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})${R}`),
  confidence: 0.85,
  minEntropy: 4,
  check: (s, m, text) => {
    const id = atobSafe(s.split('.')[0] ?? '');
    if (id && /^\d{17,20}$/.test(id)) return ok(0.95, 'first part decodes to a Discord user ID');
    const w = near(text, m.index, m.index + s.length, ['discord', 'bot token', 'bot_token'], 120);
    return w ? ok(0.75, `'${w}' nearby`) : no('three dotted parts, but the first is not a Discord user ID');
  },
};

const telegram: SecretFormat = {
  id: 'telegram-bot-token',
  name: 'Telegram bot token',
  keywords: [':aa'],
  pattern: re(`(?<![0-9])(?<s>\\d{8,10}:AA[A-Za-z0-9_-]{32,33})${R}`),
  confidence: 0.95,
  minEntropy: 3.5,
  prefixLength: 13,
};

const teamsWebhook: SecretFormat = {
  id: 'teams-webhook',
  name: 'Microsoft Teams webhook URL',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'logic.azure.com'],
  pattern: re(
    `(?<s>https://(?:[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{20,60})?` +
      `|https://[a-z0-9.-]{1,80}\\.logic\\.azure\\.com(?::443)?/workflows/[a-f0-9]{32}/triggers/[^\\s"'<>]{1,300}?[?&]sig=[A-Za-z0-9_-]{40,64})`,
  ),
  confidence: 0.95,
};

const stripe: SecretFormat = {
  id: 'stripe-key',
  name: 'Stripe secret or restricted key',
  keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'whsec_'],
  pattern: re(`${L}(?<s>(?:[sr]k_(?:live|test)_[A-Za-z0-9]{20,247}|whsec_[A-Za-z0-9]{32,64}))${R}`),
  confidence: 0.95,
  minEntropy: 3,
  prefixLength: 8,
  // A test-mode key cannot move money, but it still opens the account's test data and settings.
  check: (s) => (s.includes('_test_') ? ok(0.75, 'test-mode key') : ok()),
};

const square: SecretFormat[] = [
  prefixed('square-access-token', 'Square access token', 'sq0atp-', '[A-Za-z0-9_-]{22}'),
  prefixed('square-oauth-secret', 'Square OAuth secret', 'sq0csp-', '[A-Za-z0-9_-]{43}'),
  {
    id: 'square-production-token',
    name: 'Square production access token',
    keywords: ['square', 'eaaa'],
    pattern: re(`${L}(?<s>EAAA[A-Za-z0-9_-]{60})${R}`),
    confidence: 0.85,
    minEntropy: 4,
    prefixLength: 4,
  },
];

const braintree = prefixed('braintree-access-token', 'PayPal Braintree access token', 'access_token$production$', '[a-z0-9]{16}\\$[a-f0-9]{32}', {
  keywords: ['access_token$production$'],
});

const shopify: SecretFormat = {
  id: 'shopify-token',
  name: 'Shopify access token or app secret',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: re(`${L}(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})${R}`),
  confidence: 0.95,
  minEntropy: 3,
  prefixLength: 6,
};

function atobSafe(v: string): string | null {
  try {
    return atob(v.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

const twilio: SecretFormat = {
  id: 'twilio-key',
  name: 'Twilio API key or account credentials',
  keywords: ['twilio', 'sk', 'ac'],
  pattern: re(`${L}(?<s>(?:SK|AC)[a-f0-9]{32})${R}`),
  confidence: 0.85,
  minEntropy: 3,
  prefixLength: 2,
  // An account SID (AC…) is an identifier; it matters when the auth token sits next to it.
  check: (s, m, text) => {
    if (s.startsWith('SK')) return ok(0.85, 'API key SID');
    const w = near(text, m.index, m.index + s.length, ['auth_token', 'authtoken', 'auth token', 'twilio'], 160);
    return w ? ok(0.75, `account SID with '${w}' nearby`) : no('account SID alone is an identifier');
  },
};

export const MESSAGING_FORMATS: SecretFamily[] = [
  { id: 'slack', title: 'Slack tokens and webhooks', formats: [slackToken, slackAppToken, slackWebhook] },
  { id: 'chat-webhook', title: 'Discord, Telegram and Microsoft Teams bot tokens and webhooks', formats: [discordWebhook, discordBotToken, telegram, teamsWebhook] },
];

/** Payment and shipping keys recognised by their prefix. */
const paymentPrefixed: SecretFormat[] = [
  prefixed('shippo-token', 'Shippo API token', 'shippo_', '(?:live|test)_[a-f0-9]{40}'),
  prefixed('duffel-token', 'Duffel API token', 'duffel_', '(?:live|test)_[A-Za-z0-9_=-]{43}'),
  prefixed('flutterwave-secret-key', 'Flutterwave secret key', 'FLWSECK', '(?:_TEST)?-[a-h0-9]{32}-X', { keywords: ['flwseck'] }),
  prefixed('plaid-access-token', 'Plaid access token', 'access-', '(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', {
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  }),
  prefixed('woocommerce-key', 'WooCommerce REST API key', '', 'c[ks]_[a-f0-9]{40}', { keywords: ['ck_', 'cs_'], confidence: 0.85 }),
];

export const PAYMENT_FORMATS: SecretFamily[] = [
  { id: 'payment-key', title: 'Payment and shipping keys (Stripe, Square, Braintree, Shopify, Plaid, Shippo, …)', formats: [stripe, ...square, braintree, shopify, ...paymentPrefixed] },
  { id: 'twilio', title: 'Twilio credentials', formats: [twilio] },
];
