/**
 * builtin:secrets: credentials by format family. One rule per family so a finding names what it found
 * (`builtin.secrets.github-token`) and an admin can switch a family off or down. Every rule blocks:
 * a credential in a public post is usable by anyone who reads it, and deleting the post does not
 * un-leak it.
 *
 * Example credentials below are random and fake. They are assembled from pieces (`fake(…)`) so that the
 * source file itself does not contain a well-formed token for repository secret scanners to trip over.
 */
import { PACK_FORMAT, type DetectorRule, type PackSource } from '../types';

const fake = (...parts: string[]) => parts.join('');

const NOTE =
  'Anyone who reads the post can use this credential, and deleting the post later does not undo that. ' +
  'If it was ever shared, revoke and rotate this credential.';
const SUGGESTIONS = ['[credential removed]'];

function rule(id: string, what: string, types: string[], flag: string[], pass: string[], extra: Partial<DetectorRule> = {}): DetectorRule {
  return {
    id,
    kind: 'detector',
    detector: 'secrets',
    options: { types },
    category: 'confidential',
    severity: 'block',
    tags: ['secret'],
    message: `This looks like ${what}. Remove it before posting.`,
    note: NOTE,
    suggestions: SUGGESTIONS,
    examples: { flag, pass },
    ...extra,
  };
}

export const SECRETS_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.secrets',
  name: 'DraftGuard built-in: secrets',
  version: '1.0.0',
  rules: [
    rule(
      'aws',
      'an AWS credential',
      ['aws'],
      [
        fake('Deploy is stuck, here are the keys: ', 'AKIA', 'AU4PCZL6HT4DTCBS', ' / secret ', 'wkEJ3PEVVIPcP4Y7p4tD14z4gzM/jppZxO4z7Kdc'),
        fake('aws_secret_access_key = ', 'wkEJ3PEVVIPcP4Y7p4tD14z4gzM/jppZxO4z7Kdc'),
      ],
      [fake('The docs use ', 'AKIA', 'IOSFODNN7EXAMPLE', ' as a sample key ID.'), 'aws_secret_access_key = <your secret here>'],
    ),
    rule(
      'google-cloud',
      'a Google Cloud credential',
      ['google-cloud'],
      [fake('maps key for the demo: ', 'AIza', 'wjOoGUI01iEFT059hgovC9JPna2EFygOged'), fake('client secret ', 'GOCSPX-', 'a9-neeMyJTVQmey7WuAP1X18_16O')],
      ['Set GOOGLE_API_KEY to your own key before running the sample.', 'AIza is how Google API keys begin.'],
    ),
    rule(
      'azure',
      'an Azure credential',
      ['azure'],
      [fake('DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=', 'apVpdSgY4v1uXHSwFr/GOhZF+4WO4APcP7cptH9LkYhtbN8VRhlURyH/rz1iXqn+9AYjtCCQymlAQ9JoM07Uyl', '==;')],
      ['AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;', 'We moved the storage account to Azure last week.'],
    ),
    rule(
      'cloud-platform',
      'a cloud platform token',
      ['cloud-platform'],
      [fake('DO token for the droplet: ', 'dop_v1_', '8abd4321a607b18096efb051b3a21b3d6ae57c4f71cbb51d5f81894f775fce97')],
      ['DigitalOcean tokens start with dop_v1_ and are 71 characters long.'],
    ),
    rule(
      'github-token',
      'a GitHub token',
      ['github-token'],
      [
        fake('use my token ', 'ghp_', 'Aw2PKEhaqvhZXWQFIIIPtYJPE5tWrXaxztNF', ' for the CI job'),
        fake('GITHUB_TOKEN=', 'github_pat_', 'tnWZpUMBC6xdcV1cQGWesq_jIzLiqk6J5mtEPWywWGLHm65TyzXLebxvTRf4w0Y1Q8oyiaijAdbd7mluWB'),
      ],
      ['GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'Fixed in commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39, see the PR.'],
    ),
    rule(
      'gitlab-token',
      'a GitLab token',
      ['gitlab-token'],
      [fake('GITLAB_TOKEN: ', 'glpat-', 'M79Ntow1Uxd1i_0c0pJ3')],
      ['Create a glpat- token under Settings > Access tokens.', 'GITLAB_TOKEN: ${CI_JOB_TOKEN}'],
    ),
    rule(
      'atlassian-token',
      'an Atlassian or Bitbucket credential',
      ['atlassian-token'],
      [fake('git clone https://ci-bot:', 'ATBB', 'XjjYRUUszBQjdJi9Bmrvij8nRqVyAuFh', '@bitbucket.org/acme/app.git')],
      ['Bitbucket app passwords start with ATBB.'],
    ),
    rule(
      'package-registry-token',
      'a package registry token',
      ['package-registry-token'],
      [
        fake('//registry.npmjs.org/:_authToken=', 'npm_', '7c94qR0D3QwrxmnaqiYb1VOJyTLHM25dPdz5'),
        fake('docker login -u acmebot -p ', 'dckr_pat_', '0jd0j8My4oy1OILnCw0Nkr9WoMU'),
      ],
      ['Run npm publish with an npm_ automation token stored in CI secrets.', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
    ),
    rule(
      'ci-devops-token',
      'a CI or infrastructure token',
      ['ci-devops-token'],
      [fake('VAULT_TOKEN=', 'hvs.', 'CAESIJ3kd8Xq2LmPz7Rt5Wv9Yb4Nc6Hf1Gs0Ae'), fake('databricks token ', 'dapi', 'c9fd48780fa801e59b7f5d57e3fd8d58')],
      ['Vault service tokens start with hvs. and should never be committed.', 'export VAULT_TOKEN=$(vault print token)'],
    ),
    rule(
      'slack',
      'a Slack token or webhook',
      ['slack'],
      [
        fake('bot token: ', 'xoxb-', '327714589602-5010209317247-4oLj24IrDBM53O9b2TJnZq4e'),
        fake('post alerts to ', 'https://hooks.slack', '.com/services/TO9WZRWUO7H/BB0LFVMET3R/4dW4Ffr1H5c95iomeivfDw1z'),
      ],
      ['SLACK_TOKEN=xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', 'Join us on Slack at acme.slack.com!'],
    ),
    rule(
      'chat-webhook',
      'a chat bot token or webhook',
      ['chat-webhook'],
      [
        fake('bot token ', '3825463257', ':AA', 'W9rSYzVsBE0lzkiHfvbbb4ZA1lf2kd0Ee'),
        fake('https://discord.com/api/', 'webhooks/0788957781919266753/', 'Lj3iMQ_Td2MhxSAjyHNaXObwJ6JRBCAYWtdzYdunJWQKjB6qQDvwq_c29IUgWoqgifXO'),
      ],
      ['Our Discord server is discord.gg/acme, come say hi.', 'Call 0800 123 456 at 10:30 for the bot demo.'],
    ),
    rule(
      'payment-key',
      'a payment provider key',
      ['payment-key'],
      [fake('Stripe.api_key = "', 'sk_live_', '5AgmjkVdBm3U5Lc5qrDFZP5j', '"'), fake('shopify token ', 'shpat_', '7ab39c4b01fa288e17a6f1d3044b94af')],
      ['Stripe secret keys start with sk_live_ in production.', 'STRIPE_KEY=sk_live_your_key_here'],
    ),
    rule(
      'twilio',
      'a Twilio credential',
      ['twilio'],
      [fake('TWILIO_API_KEY=', 'SK', 'd5fb5a6e0f3945b8e1021d7bb4148a31')],
      ['Twilio API key SIDs begin with SK.', 'ask 0123456789abcdef0123456789abcdef'],
    ),
    rule(
      'ai-api-key',
      'an AI provider API key',
      ['ai-api-key'],
      [
        fake('OPENAI_API_KEY=', 'sk-proj-', 'NBPurnwo3muVbrQJYoF7rKjqNA9AlE0_sV762NN1', 'T3BlbkFJ', 'NJ2uTy9cvHEc-yQQJzw8b4_1uAiUC0KufgJbSZmd'),
        fake('my HF token is ', 'hf_', 'EyUwnHfesUNQWLISnJZXdKavQvsYNJmxaR'),
      ],
      ['Anthropic keys look like sk-ant-api03-… and OpenAI keys like sk-proj-….', 'We ran the sk-learn pipeline overnight.'],
    ),
    rule(
      'email-service-key',
      'an email service API key',
      ['email-service-key'],
      [fake('SENDGRID_API_KEY=', 'SG.', 'NJYllIl7nzHBV9J7YICBsQ.', 'Cev5WfbC0iQE204ioyY4k-PdCEFSvz7H3gJHphzo8fs'), fake('mailgun: ', 'key-', '88f4836535719050ed0f3897e7440eda')],
      ['SendGrid keys start with SG. and are shown only once.', 'The key-value store is down again.'],
    ),
    rule(
      'productivity-token',
      'a SaaS API token',
      ['productivity-token'],
      [fake('x-api-key: ', 'PMAK-', '978ac38ce42ecc2c8a3bb9a4-60bd0ed0dd9b146f4ac019adfc754f28d8'), fake('LINEAR_API_KEY=', 'lin_api_', 'qNJLfKFHineuAqQuHOtnUnwiedLRNSFNSzDf4IX6')],
      ['Postman API keys start with PMAK-.', 'LINEAR_API_KEY=<paste your key>'],
    ),
    rule(
      'observability-key',
      'an observability service key',
      ['observability-key'],
      [fake('NEW_RELIC_API_KEY=', 'NRAK-', 'PM0VAU4FJTAITRFK1JPRKQXPTUK'), fake('DD_API_KEY=', 'c9fd48780fa801e59b7f5d57e3fd8d58')],
      ['DD_API_KEY=${DATADOG_API_KEY}', 'New Relic user keys start with NRAK-.'],
    ),
    rule(
      'saas-token',
      'a service token',
      ['saas-token'],
      [fake('age key: ', 'AGE-SECRET-KEY-1', 'Q8YD40YWVEVDF7U5BZM42H6NFJYP5L9566Q3KIF89U1GGIGT8MNL8HEYU2')],
      ['age secret keys start with AGE-SECRET-KEY-1.'],
    ),
    rule(
      'private-key',
      'a private key',
      ['private-key'],
      [
        fake(
          '-----BEGIN OPENSSH ', 'PRIVATE KEY-----\n',
          'fl+5jVAzMkXsczhrvsptposumel5pJ53Mk7Ne3Gho5+TOKLxuocvbOVAhWsFxLge\naYvdilVzkS5tu1bK/9s6SfNfzjhcrwnGJo4wEkxt0fMcHJLr5d021Ht4GqLVHLeJ\n',
          '-----END OPENSSH ', 'PRIVATE KEY-----',
        ),
        fake('[Interface]\nPrivateKey = ', 'gAcYXUrMkP97RhxZVf+TJAWxaDDA1gI/eJQ4kb2kJa4='),
      ],
      ['Paste your key between -----BEGIN RSA PRIVATE KEY----- and the END line.', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----'],
    ),
    rule(
      'jwt',
      'a signed access token (JWT)',
      ['jwt'],
      [fake('Authorization: Bearer ', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'eyJzdWIiOiJkcmFmdGd1YXJkLXRlc3QiLCJpYXQiOjE3NjQwMDAwMDB9.', 'GS-ajVbB0tEET4tf-PsRAEiiH7jxjuAWRmmL9FqdFZ3')],
      [fake('eyJoZWxsbyI6IndvcmxkIn0', '.eyJzdWIiOiJkcmFmdGd1YXJkLXRlc3QiLCJpYXQiOjE3NjQwMDAwMDB9.IVHYGHAxvFISG5bj-NorsGUM0FJB1hciX8IvXN-6F9O'), 'A JWT has three parts: header.payload.signature.'],
    ),
    rule(
      'password-hash',
      'a password hash',
      ['password-hash'],
      [fake('admin row: ', '$2b$12$', 'Dtp/EHmAceKUyNvoErrZbQdXjtTWLnAjf/iLyxKrlviVVPQKO7s6Q')],
      ['We hash passwords with bcrypt ($2b$ with cost 12).'],
    ),
    rule(
      'http-auth',
      'credentials in an HTTP header',
      ['http-auth'],
      [fake('curl -H "Authorization: Basic ', 'ZGVwbG95OmlKeDVFU1VrTHVFeUFhOEs=', '" https://ci.acme.test/api')],
      ['Use HTTP Basic auth over TLS only.', 'Authorization: Bearer <token>'],
    ),
    rule(
      'connection-string',
      'a password in a connection string or URL',
      ['connection-string'],
      [fake('DATABASE_URL=postgres://app:', 'cvMWh854lcpiUe', '@db.internal.acme.test:5432/app'), fake('mongodb+srv://svc:', 'Tq8#wLm2Zp', '@cluster0.acme.mongodb.net/prod')],
      ['DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app', 'postgres://user:password@localhost/mydb is the format.'],
    ),
    rule(
      'password',
      'a password',
      ['password'],
      [
        'the password for the staging box is hunter2!',
        'pw: Tr0ub4dor&3',
        'my passcode is 4821',
        'SMTP_PASSWORD="vX9!rLq2#Tm"',
      ],
      [
        'I forgot my password again, resetting it now.',
        'The password is required and must be 12 characters long.',
        'password = os.environ["DB_PASSWORD"]',
        'Never share your password with anyone.',
      ],
    ),
    rule(
      'generic-secret',
      'an API key or token',
      ['generic-secret'],
      [
        fake('api_key = "', '86KlTmf7ucJg6se6fu8XafdawoA7072Y', '"'),
        fake('client_secret: ', 'c9fd48780fa801e59b7f5d57e3fd8d58'),
        fake('my circleci token is ', '3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39'),
      ],
      ['api_key = "YOUR_API_KEY"', 'The token bucket refills every second.', 'client_id: 1234-abcd-widget', 'The token is valid for 24 hours.'],
    ),
  ],
};
