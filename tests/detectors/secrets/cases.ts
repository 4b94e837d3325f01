/**
 * The project's own secret-detection suite (fake, well-formed credentials; see fake.ts). Used by the unit
 * tests and by `npm run eval` (section secrets). `expect` names the format that must be reported; for
 * negatives nothing may be reported.
 */
import { ALNUM, B64, DIGITS, HEX, URLSAFE, fakeString, makeFakes, rng } from './fake';

export interface SecretCase {
  text: string;
  /** format id that must be found, or null for a negative */
  expect: string | null;
  why?: string;
}

const CONTEXTS: ((v: string) => string)[] = [
  (v) => `Quick fix for the build: use ${v} until the new one arrives`,
  (v) => `export TOKEN_VALUE=${v}`,
  (v) => `anyone know why "${v}" gets a 401?? driving me nuts`,
];

/** Formats with no prefix of their own are recognised only where the text names them. */
const CONTEXT_ONLY: Record<string, ((v: string) => string)[]> = {
  'aws-secret-access-key': [
    (v) => `aws_secret_access_key = ${v}`,
    (v) => `AWS_SECRET_ACCESS_KEY="${v}"`,
    (v) => `here is the aws secret access key: ${v}`,
  ],
  'azure-storage-key': [
    (v) => `DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${v};EndpointSuffix=core.windows.net`,
    (v) => `AccountKey=${v}`,
    (v) => `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${v}`,
  ],
};

function positives(): SecretCase[] {
  const fakes = makeFakes(11);
  const out: SecretCase[] = [];
  for (const [id, make] of Object.entries(fakes)) {
    const contexts = CONTEXT_ONLY[id] ?? CONTEXTS;
    for (const ctx of contexts) out.push({ text: ctx(make()), expect: id });
  }
  const f = makeFakes(12);
  out.push(
    { text: `aws_access_key_id = ${f['aws-access-key-id']()}\naws_secret_access_key = ${f['aws-secret-access-key']()}`, expect: 'aws-secret-access-key' },
    { text: 'DATABASE_URL=postgres://app:Vq7rT2mLp9@db.acme.test:5432/orders', expect: 'url-credentials' },
    { text: 'redis://default:9Xk2pLmQ7w@cache.acme.test:6379', expect: 'url-credentials' },
    { text: 'mongodb+srv://svc:Tq8%23wLm2Zp@cluster0.acme.mongodb.net/prod', expect: 'url-credentials' },
    { text: 'amqp://guest2:Rb6tYw3Qz@mq.acme.test:5672/', expect: 'url-credentials' },
    { text: 'mysql://root:Kd93!mzQ@10.2.3.4/app', expect: 'url-credentials' },
    { text: 'Our staging db: postgres://admin:S3cretPass@db.internal:5432/app', expect: 'url-credentials' },
    { text: 'login is jdoe, password hunter2', expect: 'credential-pair' },
    { text: 'user admin / pass Winter2023 for the demo box', expect: 'credential-pair' },
    { text: 'the password for the staging box is hunter2!', expect: 'password-disclosure' },
    { text: 'pw: Tr0ub4dor&3', expect: 'password-disclosure' },
    { text: 'my passcode is 4821', expect: 'password-disclosure' },
    { text: 'Wifi password is "sunflower-2024" btw', expect: 'password-disclosure' },
    { text: "The admin password was changed to 'Qw8#vBn2' yesterday", expect: 'password-disclosure' },
    { text: 'the door code is 7391, see you at 9', expect: 'password-disclosure' },
    { text: 'SMTP_PASSWORD="vX9!rLq2#Tm"', expect: 'password-assignment' },
    { text: 'db_password: n8Vq2!zR', expect: 'password-assignment' },
    { text: '<add key="MailPassword" value="Zt4$kq9Lm" />', expect: 'config-file-secret' },
    { text: 'curl -u deploy:Hq7vN2xLk https://ci.acme.test/job/build', expect: 'command-line-password' },
    { text: 'machine api.acme.test login bot password Jm4kQ9zXt2', expect: 'command-line-password' },
    { text: `api_key = "${makeFakes(13)['aws-secret-access-key']().replace(/[+/]/g, 'Q')}"`, expect: 'secret-assignment' },
    { text: 'client_secret: 8f3c2a91d04b7e65c1f9a0d3b8e27c46', expect: 'secret-assignment' },
    { text: 'WEBHOOK_SECRET=Lr7Qx2Vn9Tb4Kz8Wm3Hp6Jd1', expect: 'secret-assignment' },
    { text: 'SIGNING_SECRET=Lr7Q-x2Vn-9Tb4-Kz8W-p3Hq', expect: 'secret-assignment' },
    { text: 'my circleci token is 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39', expect: 'token-disclosure' },
    { text: 'the API key for staging: Lr7Qx2Vn9Tb4Kz8Wm3Hp6Jd1.', expect: 'token-disclosure' },
    { text: 'Authorization: Basic ' + btoa('deploy:Zr8qLm2Vx9'), expect: 'http-basic-auth' },
    { text: 'curl -X POST https://thingsboard.cloud/api/v1/Q7kz2Rm9Xw4Tp8Lc3Vn6/telemetry -d "{temp:21}"', expect: 'thingsboard-token' },
    { text: `{"msg": "method", "method": "auth.login_with_api_key", "params": ["3-${'Qm8zR2kX7wT4pL9cV3nB6hJ1dF5gY0sA'.repeat(2)}"]}`, expect: 'truenas-api-key' },
    { text: 'keys for the demo account: AKIA7Q2ZX9RT4WXYZ8QP / Xk9PqR2sT7vWmZ3nB8cD4fGhJ6kL1mN5oP0qR3sT', expect: 'aws-secret-near-key-id' },
    { text: 'curl -H "Authorization: Bearer Tk9mQ2vLx8Zr4Wn7Hb3Jp6Yc" https://api.acme.test', expect: 'bearer-token' },
    { text: '<apiKey>Zr8qLm2Vx9Tb4Kz8Wm3Hp6Jd1Qc7Nf5</apiKey>', expect: 'secret-argument' },
    { text: "define('MAILER_API_KEY', 'Vn3Kq8Zr2Lm9Xw4Tb7Hp6Jd1');", expect: 'secret-argument' },
    { text: 'deploy.sh --api-token Lr7Qx2Vn9Tb4Kz8Wm3Hp6Jd1 --env prod', expect: 'secret-argument' },
    { text: `secret_key_base: ${'9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a393f2a'.repeat(3)}`, expect: 'secret-assignment' },
    { text: 'key = Tq8wLm2Zp4Rx9Vn3Kb7Hd6Jc1Yf5', expect: 'secret-assignment' },
    { text: 'credentials: Hd6Jc1Yf5Tq8wLm2Zp4Rx9Vn3Kb7', expect: 'secret-assignment' },
    { text: 'x_auth=Rx9Vn3Kb7Hd6Jc1Yf5Tq8wLm2Zp4', expect: 'secret-assignment' },
    { text: 'zendesk api token Kb7Hd6Jc1Yf5Tq8wLm2Zp4Rx9Vn3 in case anyone needs it', expect: 'token-disclosure' },
    { text: 'here is the key: Yf5Tq8wLm2Zp4Rx9Vn3Kb7Hd6Jc1', expect: 'token-disclosure' },
  );
  return out;
}

/** Formats and settings beyond the per-format generators: cloud config, webhooks, keys in JSON, URLs. */
function structured(): SecretCase[] {
  const r = rng(4242);
  const s = (n: number, cs = ALNUM) => fakeString(r, n, cs);
  const uuid = () => [8, 4, 4, 4, 12].map((n) => s(n, HEX)).join('-');
  const b64u = (o: object) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const pem = (kind: string) => `-----BEGIN ${kind} ` + `PRIVATE KEY-----\n${s(64, B64)}\n${s(64, B64)}\n-----END ${kind} ` + 'PRIVATE KEY-----';
  return [
    { expect: 'azure-sas-token', text: `https://acmelogs.blob.core.windows.net/exports?sv=2022-11-02&ss=b&sp=rl&se=2026-12-31&spr=https&sig=${s(43)}%3D` },
    { expect: 'gcp-service-account', text: `{"type": "service_account", "project_id": "acme-prod", "private_key_id": "${s(40, HEX)}", "private_key": "-----BEGIN ` + `PRIVATE KEY-----\\n${s(64, B64)}\\n-----END PRIVATE KEY-----\\n"}` },
    { expect: 'alibaba-access-key-id', text: `aliyun key LT` + `AI${s(20)}` },
    { expect: 'secret-assignment', text: `AccessKeySecret: ${s(30)}` },
    { expect: 'heroku-api-key', text: `heroku api key: ${uuid()}` },
    { expect: 'terraform-cloud-token', text: `TFE_TOKEN=${s(14)}.atlas` + `v1.${s(67, URLSAFE)}` },
    { expect: 'secret-assignment', text: `CIRCLE_TOKEN=${s(40, HEX)}` },
    { expect: 'secret-assignment', text: `travis token: ${s(22)}` },
    { expect: 'discord-bot-token', text: `bot.run("${btoa('80351110224678912').replace(/=+$/, '')}.${s(6, URLSAFE)}.${s(38, URLSAFE)}")` },
    { expect: 'teams-webhook', text: `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/Incoming` + `Webhook/${s(32, HEX)}/${uuid()}` },
    { expect: 'square-oauth-secret', text: `app secret sq0` + `csp-${s(43, URLSAFE)}` },
    { expect: 'braintree-access-token', text: `access_token$production$` + `${s(16, HEX)}$${s(32, HEX)}` },
    { expect: 'twilio-key', text: `TWILIO_ACCOUNT_SID=A` + `C${s(32, HEX)}\nTWILIO_AUTH_TOKEN=${s(32, HEX)}` },
    { expect: 'openai-key', text: `OPENAI_KEY=sk-${s(48)}` },
    { expect: 'notion-token', text: `notion: nt` + `n_${s(11, DIGITS)}${s(35)}` },
    { expect: 'datadog-key', text: `DD_APP_KEY=${s(40, HEX)}` },
    { expect: 'new-relic-key', text: `license_key: ${s(36, HEX)}NR` + 'AL' },
    { expect: 'private-key', text: `-----BEGIN PGP ` + `PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n${s(64, B64)}\n${s(64, B64)}\n-----END PGP PRIVATE KEY BLOCK-----` },
    { expect: 'private-key', text: pem('OPENSSH') },
    { expect: 'private-key', text: `-----BEGIN EC ` + `PRIVATE KEY-----\nMHcCAQEEI${s(55, B64)}` },
    { expect: 'jwt', text: `here's my session cookie lol ${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: '1234567890', name: 'Jo' })}.${s(43, URLSAFE)}` },
    { expect: 'url-credentials', text: `rediss://:${s(24)}@cache.acme.io:6380` },
    { expect: 'url-credentials', text: `https://deploy:${s(14)}@git.acme.io/app.git` },
    { expect: 'password-assignment', text: `jdbc:postgresql://db.acme.io:5432/app?user=app&password=${s(12)}` },
    { expect: 'password-disclosure', text: 'fyi the root password on prod-db-3 is Summer2026!' },
    { expect: 'password-disclosure', text: 'zoom passcode is 839201' },
    { expect: 'registry-auth', text: `{"auths":{"https://index.docker.io/v1/":{"auth":"${btoa('acme:' + s(20))}"}}}` },
    { expect: 'vault-unseal-key', text: `Unseal Key 1: ${s(44, B64)}` },
    { expect: 'kubernetes-bootstrap-token', text: `kubeadm join --bootstrap-token ${s(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${s(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}` },
  ];
}

/** Every format's fake with its random body replaced by 'x': the placeholder people paste in docs. */
function placeholders(): SecretCase[] {
  return Object.entries(makeFakes(14)).map(([id, make]) => {
    const v = make();
    return { text: `TOKEN=${v.slice(0, 4)}${v.slice(4).replace(/[A-Za-z0-9]/g, 'x')}`, expect: null, why: `placeholder ${id}` };
  });
}

const HANDWRITTEN_NEGATIVES: string[] = [
  'mysql://root:mypass@localhost/db',
  'Forgot my login and password again, classic Monday.',
  'Your account is password-protected.',
  'We moved every user to password-less login with passkeys.',
  'postgres://admin:pgpassword@db/app',
  'Email and password are required to sign in.',
  'postgres://admin:dbpassword1@db:5432/app',
  'Excited to share that our team just shipped v2.14.3 of the mobile app!',
  'Fixed in commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39, thanks everyone for the reviews.',
  'git cherry-pick 9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a393f2a',
  'Request ID 7d9f0c2e-4b1a-4e8f-9a3b-2c6d8e1f0a57 failed, can someone look?',
  'order 550e8400-e29b-41d4-a716-446655440000 shipped',
  'I forgot my password again, resetting it now.',
  'The password is required and must be 12 characters long.',
  'Never share your password with anyone, not even IT.',
  'Password managers are the best investment you can make.',
  'My password is too weak according to the new policy lol',
  'The password is in the team vault under "staging".',
  'password = os.environ["DB_PASSWORD"]',
  'DB_PASSWORD=${DB_PASSWORD}',
  'password: {{ vault_db_password }}',
  'api_key = "YOUR_API_KEY"',
  'API_KEY=<your-api-key>',
  'export GITHUB_TOKEN=$GITHUB_TOKEN',
  'token: "changeme"',
  'secret_key = "dummy-secret-for-tests"',
  'Set STRIPE_KEY to sk_live_your_key_here before running.',
  'GitHub tokens start with ghp_ and fine-grained ones with github_pat_.',
  'Slack bot tokens look like xoxb-… and should live in a vault.',
  'AWS docs use AKIAIOSFODNN7EXAMPLE as a sample access key.',
  'okta: 00Qm8zR2kX7w-T4pL-9cV3nB6hJ1dF-5gY0sA-Xk9Pq--',
  'commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b fixed the AKIA key check',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'The token bucket algorithm refills every second.',
  'Key takeaway: ship smaller PRs.',
  'Our API is rate-limited to 100 requests per minute per key.',
  'Please rotate your SSH keys before Friday.',
  'We use JWTs for session auth; they have three base64url parts.',
  'Paste your key between -----BEGIN RSA PRIVATE KEY----- and the END line.',
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----',
  '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----',
  'Connection string format: postgres://user:password@host:5432/db',
  'postgres://app:${DB_PASS}@db:5432/app',
  'Visit https://acme.example/careers for open roles.',
  'https://user@github.com/acme/app.git',
  'ssh://git@github.com:acme/app.git',
  'Build 4.2.0-rc.1+sha.5114f85 is live on staging.',
  'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'The checksum is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 for the empty file.',
  'Tracking number 1Z999AA10123456784 arrives Thursday.',
  'Our Discord is discord.gg/acme, come hang out!',
  'New blog post: why we moved from REST to gRPC https://blog.acme.example/grpc',
  'Meeting ID 845 2931 0042, passcode on the invite.',
  'Use the PIN pad at the door, code is on the whiteboard.',
  'The pin is 3.5mm, standard headphone jack.',
  'Security code: check the back of your card.',
  'It took 4821 attempts to get the model converging.',
  'Temperature: 21C, humidity: 45%, wind: 12km/h',
  'Score: 3-1, what a match!',
  'ratio: 16:9, resolution: 3840x2160',
  'Our secret sauce? Talking to customers every week.',
  "It's no secret that we're hiring!",
  'Secret Santa sign-ups close Friday!',
  'The key to success is consistency.',
  'Keynote slides: https://slides.acme.example/keynote-2026',
  'public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3fJjK8mN2pR5tV7xZ9bC1dE3fG5hJ7kL9mN1pQ3rT dev@laptop"',
  'client_id: 1234-abcd-widget',
  'token_url: https://auth.acme.example/oauth/token',
  'passwordLabel: "Password:", usernameLabel: "Email:"',
  'password_min_length = 12',
  'password_reset_url = "https://acme.example/reset"',
  'session_timeout: 3600',
  'cache_key = "user:42:profile:v3"',
  'primary_key: order_id',
  'ENV=production',
  'if (password.length < 12) throw new Error("too short")',
  'const token = await getToken(scope);',
  'headers["Authorization"] = `Bearer ${accessToken}`',
  'Authorization: Bearer <token>',
  'Use HTTP Basic auth over TLS only.',
  'Released 2026.11.2 with the new dashboard.',
  'Call me at 555-0142 about the offsite.',
  'The hex color #1f2937 looks great on dark mode.',
  'Docker image acme/api@sha256:4bd3c8b2c1d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3',
  'npm i left-pad@1.3.0 --save-exact',
  'pip install requests==2.32.3',
  'Our office wifi is AcmeGuest, ask reception for access.',
  'Reset your password at https://acme.example/reset',
  'Two-factor codes expire after 30 seconds.',
  'My login is jane.doe, ping me on Slack.',
  'Passwords must contain at least one symbol.',
  'pw reset link expired, can IT help?',
  'The sk-learn pipeline finished overnight.',
  'We use the AIza prefix check in our linter.',
  'See ticket OPS-4821 for the outage timeline.',
  'The Base64 of "hello" is aGVsbG8=',
  'eyJ is what every JWT header starts with.',
  'mongodb://localhost:27017/test',
  'http://localhost:3000/api/health',
  'Just passed my AWS Solutions Architect exam!',
  'Kudos to the security team for rotating all tokens this week.',
  'Our new secret-scanning hook blocks tokens at commit time.',
  'The API key field in settings now hides its value.',
  'We moved the storage account to Azure last week.',
  'password strength meter now shows entropy in bits',
  'The vault operator unseal step needs three key holders.',
  'bootstrap token rotation is documented on the wiki',
  'Twilio account SIDs start with AC; API keys with SK.',
  'Stripe test mode is great for demos.',
  'What is your favourite password manager?',
  'pk_live_ keys are publishable and safe to embed in the page.',
  'Authorization: Basic ' + btoa('Aladdin:password'),
  'Season pass: Platinum, renews in May',
  'Day pass: $25 at the gate',
  'Password: 123456 is still the most common password in the leak lists',
  "Passwords: we'll cover them at the all-hands",
  'The Wi-Fi password is posted at reception',
  'Secret: we love our customers',
  'Tokens: 5 left in the jar',
  'API key: rotate quarterly',
  'Password = Security. Simple.',
  'token: ETH-USD-2024-Q4-REPORT',
  'secret: acme.prod.eu-west-1.cluster',
  'Your password is your responsibility.',
  'Set your password to something long, like a passphrase.',
  'The token is valid for 24 hours',
  'Secret is out: we are hiring!',
  'API keys: https://docs.acme.example/keys/overview',
  'The secret is consistency and patience over many years',
  'Key: Q3PlanningDocumentFinalV2',
  'key = user_profile_1234',
  '{"key": "homepage.hero.title"}',
  '{"key": "pk_live_51HqLm2Vx9Tb4Kz8Wm3Hp6Jd1"}',
  '<title>Quarterly results for 2025</title>',
  '<sessionId>8f3c2a91d04b7e65c1f9a0d3b8e27c46</sessionId>',
  'run it with --config-file /etc/acme/config.yaml --verbose',
  'my token expired yesterday, asking IT for a new one',
  'the key is under the mat, see you Friday',
  'Key takeaway: ship smaller changes more often',
  'token economics is the buzzword of the year',
];

export function secretCases(): { positives: SecretCase[]; negatives: SecretCase[] } {
  return {
    positives: [...positives(), ...structured()],
    negatives: [...HANDWRITTEN_NEGATIVES.map((text) => ({ text, expect: null })), ...placeholders()],
  };
}
