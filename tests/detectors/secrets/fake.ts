/**
 * Deterministic fake credentials: random bodies from a seeded generator, joined to real prefixes at run
 * time, so no well-formed token is written in the source (repository scanners stay quiet) and every run
 * tests the same strings.
 */
import { seededRandom } from '../../support/seeded-random';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = ALNUM + '+/';
export const URLSAFE = ALNUM + '_-';
export const DIGITS = '0123456789';

export const rng = seededRandom;

export function fakeString(rand: () => number, n: number, charset: string): string {
  let out = '';
  for (let i = 0; i < n; i++) out += charset[Math.floor(rand() * charset.length)];
  return out;
}

function b64url(s: string): string {
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** One generator per credential format: returns a fresh, well-formed, fake value. */
export function makeFakes(seed = 7) {
  const r = rng(seed);
  const s = (n: number, cs = ALNUM) => fakeString(r, n, cs);
  return {
    'aws-access-key-id': () => 'AK' + 'IA' + s(16, UPPER32),
    'aws-secret-access-key': () => s(40, B64),
    'gcp-api-key': () => 'AI' + 'za' + s(35, URLSAFE),
    'gcp-oauth-client-secret': () => 'GOC' + 'SPX-' + s(28, URLSAFE),
    'gcp-oauth-access-token': () => 'ya' + '29.' + s(80, URLSAFE),
    'azure-storage-key': () => s(86, B64) + '==',
    'azure-devops-pat': () => s(52, ALNUM) + 'JQQJ99' + s(18, ALNUM) + 'AZ' + 'DO' + s(4, ALNUM),
    'digitalocean-token': () => 'dop' + '_v1_' + s(64, HEX),
    'github-pat': () => 'gh' + 'p_' + s(36),
    'github-oauth': () => 'gh' + 'o_' + s(36),
    'github-server-to-server': () => 'gh' + 's_' + s(36),
    'github-fine-grained-pat': () => 'github' + '_pat_' + s(22) + '_' + s(59),
    'gitlab-pat': () => 'gl' + 'pat-' + s(20, URLSAFE),
    'bitbucket-app-password': () => 'AT' + 'BB' + s(32),
    'npm-token': () => 'np' + 'm_' + s(36),
    'pypi-token': () => 'pypi-' + 'AgEIcHlwaS5vcmc' + s(70, URLSAFE),
    'docker-hub-pat': () => 'dckr' + '_pat_' + s(27, URLSAFE),
    'vault-token': () => 'hv' + 's.' + s(90, URLSAFE),
    'databricks-token': () => 'da' + 'pi' + s(32, HEX),
    'slack-token': () => 'xo' + 'xb-' + s(12, DIGITS) + '-' + s(13, DIGITS) + '-' + s(24),
    'slack-webhook': () => 'https://hooks.' + 'slack.com/services/T' + s(10, UPPER32) + '/B' + s(10, UPPER32) + '/' + s(24),
    'discord-webhook': () => 'https://discord.com/api/' + 'webhooks/' + s(19, DIGITS) + '/' + s(68, URLSAFE),
    'telegram-bot-token': () => s(10, DIGITS).replace(/^0/, '7') + ':A' + 'A' + s(33, URLSAFE),
    'stripe-key': () => 'sk' + '_live_' + s(24),
    'square-access-token': () => 'sq0' + 'atp-' + s(22, URLSAFE),
    'shopify-token': () => 'shp' + 'at_' + s(32, HEX),
    'sendgrid-key': () => 'S' + 'G.' + s(22, URLSAFE) + '.' + s(43, URLSAFE),
    'openai-key': () => 'sk-' + 'proj-' + s(40, URLSAFE) + 'T3Blbk' + 'FJ' + s(40, URLSAFE),
    'anthropic-key': () => 'sk-' + 'ant-api03-' + s(93, URLSAFE) + 'AA',
    'huggingface-token': () => 'h' + 'f_' + s(34, ALNUM.replace(/[0-9]/g, '')),
    'twilio-key': () => 'S' + 'K' + s(32, HEX),
    'mailgun-key': () => 'key' + '-' + s(32, HEX),
    'postman-key': () => 'PM' + 'AK-' + s(24, HEX) + '-' + s(34, HEX),
    'new-relic-key': () => 'NR' + 'AK-' + s(27, UPPER32),
    'private-key': () => '-----BEGIN RSA ' + 'PRIVATE KEY-----\n' + [1, 2, 3].map(() => s(64, B64)).join('\n') + '\n-----END RSA ' + 'PRIVATE KEY-----',
    jwt: () => b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' })) + '.' + b64url(JSON.stringify({ sub: s(8), exp: 1900000000 })) + '.' + s(86, URLSAFE),
    'password-hash': () => '$2' + 'b$10$' + s(53, ALNUM + './'),
    'xai-key': () => 'xa' + 'i-' + s(80),
    'openrouter-key': () => 'sk-' + 'or-v1-' + s(64, HEX),
    'langsmith-key': () => 'lsv' + '2_pt_' + s(32, HEX) + '_' + s(10, HEX),
    'pinecone-key': () => 'pcs' + 'k_' + s(6) + '_' + s(64),
    'brevo-key': () => 'xkey' + 'sib-' + s(64, HEX) + '-' + s(16),
    'mailersend-token': () => 'mls' + 'n.' + s(64, HEX),
    'clickup-token': () => 'p' + 'k_' + s(8, DIGITS) + '_' + s(32, UPPER32),
    'hubspot-pat': () => 'pat-' + 'na1-' + [8, 4, 4, 4, 12].map((n) => s(n, HEX)).join('-'),
    'contentful-pat': () => 'CFP' + 'AT-' + s(43, URLSAFE),
    'readme-key': () => 'rdm' + 'e_' + s(70, HEX + 'ghijklmnopqrstuvwxyz'),
    'frameio-token': () => 'fio' + '-u-' + s(64, URLSAFE),
    'adobe-client-secret': () => 'p8' + 'e-' + s(32),
    'settlemint-token': () => 'sm_' + 'pat_' + s(16),
    'onepassword-service-account': () => 'ops' + '_eyJ' + s(300, ALNUM),
    'tailscale-key': () => 'tske' + 'y-api-' + s(12) + '-' + s(32),
    'prefect-key': () => 'pn' + 'u_' + s(36),
    'infracost-key': () => 'ic' + 'o-' + s(32),
    'shippo-token': () => 'shippo' + '_live_' + s(40, HEX),
    'duffel-token': () => 'duffel' + '_live_' + s(43, URLSAFE),
    'flutterwave-secret-key': () => 'FLW' + 'SECK-' + s(32, 'abcdefgh0123456789') + '-X',
    'plaid-access-token': () => 'access-' + 'production-' + [8, 4, 4, 4, 12].map((n) => s(n, HEX)).join('-'),
    'woocommerce-key': () => 'c' + 's_' + s(40, HEX),
    'clojars-token': () => 'CLOJ' + 'ARS_' + s(60, HEX + 'ghijklmnopqrstuvwxyz'),
    'packagist-token': () => 'packag' + 'ist_out_' + s(68, HEX),
    'artifactory-reference-token': () => 'cmVm' + 'dGtu' + s(56),
    'buildkite-token': () => 'bku' + 'a_' + s(40, HEX),
    'harness-pat': () => 'pa' + 't.' + s(22, URLSAFE) + '.' + s(24, HEX) + '.' + s(20),
    'octopus-deploy-key': () => 'AP' + 'I-' + s(26, UPPER32 + '01'),
    'scalingo-token': () => 'tk-' + 'us-' + s(48, URLSAFE),
    'netlify-pat': () => 'nf' + 'p_' + s(36),
    'supabase-pat': () => 'sb' + 'p_' + s(40, HEX),
    'render-key': () => 'rn' + 'd_' + s(32),
    'aws-bedrock-key': () => 'ABSK' + 'QmVkcm9ja0FQSUtleS' + s(100, B64),
    'gcp-oauth-refresh-token': () => '1/' + '/0' + s(100, URLSAFE),
    'tencent-secret-id': () => 'AK' + 'ID' + s(32),
    'yandex-api-key': () => 'AQ' + 'VN' + s(36, URLSAFE),
    'cloudflare-origin-ca-key': () => 'v1' + '.0-' + s(24, HEX) + '-' + s(146, HEX),
  } as const satisfies Record<string, () => string>;
}
