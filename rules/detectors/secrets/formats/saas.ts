/**
 * SaaS and AI provider keys. NOTICE: some prefixes and lengths follow gitleaks (config/gitleaks.toml),
 * MIT License, Copyright (c) 2019 Zachary Rice. Patterns are written for this project.
 */
import type { SecretFamily, SecretFormat } from '../format';
import { L, R, prefixed, re } from './util';

const ai: SecretFormat[] = [
  prefixed('anthropic-key', 'Anthropic API key', 'sk-ant-', '(?:api|admin|sid)\\d\\d-[A-Za-z0-9_-]{80,110}'),
  {
    id: 'openai-key',
    name: 'OpenAI API key',
    keywords: ['sk-'],
    // Project, service-account and admin keys carry 'T3BlbkFJ' (base64 of 'OpenAI'); legacy keys are sk- + 48.
    pattern: re(
      `${L}(?<s>sk-(?!ant-)(?:(?:proj|svcacct|admin|None)-)?(?:[A-Za-z0-9_-]{20,156}T3BlbkFJ[A-Za-z0-9_-]{20,156}|[A-Za-z0-9]{48}|[A-Za-z0-9_-]{100,200}))(?![A-Za-z0-9_-])`,
    ),
    confidence: 0.95,
    minEntropy: 4,
    prefixLength: 3,
  },
  prefixed('huggingface-token', 'Hugging Face access token', 'hf_', '[A-Za-z]{34}', { minEntropy: 3.5 }),
  prefixed('huggingface-org-token', 'Hugging Face organisation token', 'api_org_', '[A-Za-z]{34}', { minEntropy: 3.5 }),
  prefixed('groq-key', 'Groq API key', 'gsk_', '[A-Za-z0-9]{52}'),
  prefixed('replicate-token', 'Replicate API token', 'r8_', '[A-Za-z0-9]{37}', { minEntropy: 3.5 }),
  prefixed('perplexity-key', 'Perplexity API key', 'pplx-', '[A-Za-z0-9]{48}'),
  prefixed('tavily-key', 'Tavily API key', 'tvly-', '(?:dev-|prod-)?[A-Za-z0-9]{32}'),
  prefixed('firecrawl-key', 'Firecrawl API key', 'fc-', '[a-f0-9]{32}', { confidence: 0.85 }),
  prefixed('jina-key', 'Jina AI API key', 'jina_', '[a-f0-9]{32}[A-Za-z0-9_-]{28,32}'),
  prefixed('xai-key', 'xAI API key', 'xai-', '[A-Za-z0-9]{80}', { minEntropy: 4 }),
  prefixed('openrouter-key', 'OpenRouter API key', 'sk-or-v1-', '[a-f0-9]{64}'),
  prefixed('langsmith-key', 'LangSmith API key', 'lsv2_', '(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}'),
  prefixed('pinecone-key', 'Pinecone API key', 'pcsk_', '[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}', { minEntropy: 3.5 }),
];

const email: SecretFormat[] = [
  {
    id: 'sendgrid-key',
    name: 'SendGrid API key',
    keywords: ['sg.'],
    pattern: re(`${L}(?<s>SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${R}`),
    confidence: 0.97,
    minEntropy: 4,
    prefixLength: 3,
  },
  prefixed('mailgun-key', 'Mailgun API key', 'key-', '[a-f0-9]{32}', { confidence: 0.85 }),
  prefixed('mailgun-private-key', 'Mailgun private API key', '', '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}', { keywords: ['mailgun'], confidence: 0.85 }),
  {
    id: 'mailchimp-key',
    name: 'Mailchimp API key',
    keywords: ['-us'],
    pattern: re(`${L}(?<s>[a-f0-9]{32}-us\\d{1,2})${R}`),
    confidence: 0.9,
    minEntropy: 3,
  },
  {
    id: 'postmark-token',
    name: 'Postmark server token',
    keywords: ['postmark'],
    pattern: re(`postmark[A-Za-z0-9_ -]{0,25}["']?\\s*(?:[:=]>?|:=)\\s*["']?(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`, 'i'),
    confidence: 0.85,
    minEntropy: 3,
  },
  prefixed('brevo-key', 'Brevo (Sendinblue) API key', 'xkeysib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
  prefixed('mailersend-token', 'MailerSend API token', 'mlsn.', '[a-f0-9]{64}'),
];

const productivity: SecretFormat[] = [
  prefixed('postman-key', 'Postman API key', 'PMAK-', '[a-f0-9]{24}-[a-f0-9]{34}', { keywords: ['pmak-'] }),
  prefixed('linear-key', 'Linear API key', 'lin_api_', '[A-Za-z0-9]{40}'),
  prefixed('notion-token', 'Notion integration token', 'ntn_', '[0-9]{11}[A-Za-z0-9]{35}'),
  prefixed('notion-legacy-token', 'Notion integration token (legacy)', 'secret_', '[A-Za-z0-9]{43}', { confidence: 0.85, minEntropy: 4 }),
  prefixed('figma-token', 'Figma personal access token', 'figd_', '[A-Za-z0-9_-]{40}'),
  prefixed('airtable-pat', 'Airtable personal access token', 'pat', '[A-Za-z0-9]{14}\\.[a-f0-9]{64}', { minEntropy: 3.5 }),
  prefixed('dropbox-token', 'Dropbox access token', 'sl.', '[A-Za-z0-9_-]{130,1400}', { minEntropy: 4.5 }),
  prefixed('asana-pat', 'Asana personal access token', '', '[0-2]/[0-9]{16}:[a-f0-9]{32}', { keywords: ['asana'], confidence: 0.8 }),
  prefixed('clickup-token', 'ClickUp personal API token', 'pk_', '[0-9]{6,10}_[A-Z0-9]{32}'),
  prefixed('hubspot-pat', 'HubSpot private app token', 'pat-', '(?:na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', { keywords: ['pat-na', 'pat-eu', 'pat-ap'] }),
  prefixed('contentful-pat', 'Contentful personal access token', 'CFPAT-', '[A-Za-z0-9_-]{43}', { keywords: ['cfpat-'] }),
  prefixed('readme-key', 'ReadMe API key', 'rdme_', '[a-z0-9]{70}'),
  prefixed('frameio-token', 'Frame.io developer token', 'fio-u-', '[A-Za-z0-9_=-]{64}'),
  prefixed('adobe-client-secret', 'Adobe client secret', 'p8e-', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
  prefixed('settlemint-token', 'SettleMint token', 'sm_', '(?:pat|aat|sat)_[A-Za-z0-9]{16}', { keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'] }),
  prefixed('typeform-token', 'Typeform token', 'tfp_', '[A-Za-z0-9_.=-]{40,60}'),
];

const observability: SecretFormat[] = [
  {
    id: 'new-relic-key',
    name: 'New Relic key',
    keywords: ['nrak-', 'nrii-', 'nriq-', 'nrra-', 'nraa-', 'nral', 'nrjs-'],
    pattern: re(`${L}(?<s>NRAK-[A-Z0-9]{27}|NRI[IQ]-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}|NRAA-[a-f0-9]{27}|NRJS-[a-f0-9]{19}|[a-z0-9]{36}NRAL)${R}`),
    confidence: 0.9,
    minEntropy: 3,
  },
  {
    id: 'datadog-key',
    name: 'Datadog API or application key',
    keywords: ['datadog', 'dd_api', 'dd_app', 'dd-api', 'dd-application'],
    pattern: re(`(?:datadog|dd)[A-Za-z0-9_ -]{0,20}(?:api|app|application)[_ -]?key["']?\\s*(?:[:=]>?|:=)\\s*["']?(?<s>[a-f0-9]{32}|[a-f0-9]{40})${R}`, 'i'),
    confidence: 0.9,
    minEntropy: 3,
  },
  prefixed('sentry-token', 'Sentry auth token', 'sntrys_', 'eyJ[A-Za-z0-9+/=_-]{60,300}'),
  prefixed('sentry-user-token', 'Sentry user auth token', 'sntryu_', '[a-f0-9]{64}'),
  {
    id: 'dynatrace-token',
    name: 'Dynatrace token',
    keywords: ['dt0c01.'],
    pattern: re(`${L}(?<s>dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})${R}`),
    confidence: 0.95,
    minEntropy: 3.5,
  },
];

const other: SecretFormat[] = [
  prefixed('age-secret-key', 'age encryption secret key', 'AGE-SECRET-KEY-1', '[0-9A-Z]{58}', { keywords: ['age-secret-key-1'] }),
  prefixed('mapbox-secret-token', 'Mapbox secret token', 'sk.eyJ', '[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{20,100}', { keywords: ['sk.eyj'] }),
  prefixed('dependency-track-key', 'Dependency-Track API key', 'odt_', '[A-Za-z0-9]{32,40}'),
  prefixed('stackhawk-key', 'StackHawk API key', 'hawk.', '[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}'),
  prefixed('segment-token', 'Segment / Sourcegraph access token', 'sgp_', '(?:local_|[a-f0-9]{16}_)?[A-Za-z0-9]{40,64}'),
  prefixed('twitch-stream-key', 'Twitch stream key', 'live_', '\\d{6,12}_[A-Za-z0-9]{30}', { minEntropy: 3.5 }),
  {
    id: 'salesforce-token',
    name: 'Salesforce access token',
    keywords: ['00d'],
    pattern: re(`${L}(?<s>00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120})${R}`),
    confidence: 0.9,
    minEntropy: 4,
  },
  prefixed('adafruit-key', 'Adafruit IO key', 'aio_', '[A-Za-z0-9]{28}'),
  // ends on a token character and is not followed by one: "…vbGu--" is a longer string, not a token
  prefixed('okta-token', 'Okta API token', '00', '[A-Za-z0-9_-]{39}[A-Za-z0-9_](?![A-Za-z0-9_-])', { keywords: ['okta', 'ssws'], confidence: 0.8, minEntropy: 4 }),
  prefixed('kagi-key', 'Kagi API key', '', '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{43}', { keywords: ['kagi'], confidence: 0.8, minEntropy: 4 }),
  prefixed('easypost-key', 'EasyPost API key', 'EZAK', '[a-zA-Z0-9]{54}', { keywords: ['ezak'] }),
  prefixed('pulumi-token', 'Pulumi access token', 'pul-', '[a-f0-9]{40}'),
  prefixed('planetscale-token', 'PlanetScale token', 'pscale_tkn_', '[A-Za-z0-9_.-]{32,64}'),
  prefixed('supabase-key', 'Supabase secret key', 'sb_secret_', '[A-Za-z0-9_-]{20,80}'),
  prefixed('fly-token', 'Fly.io token', 'fo1_', '[A-Za-z0-9_-]{43}'),
  prefixed('onepassword-service-account', '1Password service account token', 'ops_eyJ', '[A-Za-z0-9+/_-]{250,}={0,3}', { keywords: ['ops_eyj'] }),
  prefixed('tailscale-key', 'Tailscale key', 'tskey-', '(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}'),
  prefixed('prefect-key', 'Prefect API key', 'pnu_', '[A-Za-z0-9]{36}'),
  prefixed('infracost-key', 'Infracost API key', 'ico-', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
  {
    id: 'thingsboard-token',
    name: 'ThingsBoard device access token',
    keywords: ['thingsboard'],
    // the device token is a path segment of the telemetry/attributes API
    pattern: re(`thingsboard[A-Za-z0-9.-]*/api/v1/(?<s>[A-Za-z0-9]{20})/(?:telemetry|attributes|rpc|claim|provision)`),
    confidence: 0.9,
    minEntropy: 3,
  },
  {
    id: 'truenas-api-key',
    name: 'TrueNAS API key',
    keywords: ['login_with_api_key'],
    pattern: re(`auth\\.login_with_api_key["']?[\\s\\S]{0,40}?params["']?\\s*:\\s*\\[\\s*["'](?<s>\\d{1,4}-[A-Za-z0-9]{64})["']`),
    confidence: 0.95,
    minEntropy: 4,
  },
];

export const SAAS_FORMATS: SecretFamily[] = [
  { id: 'ai-api-key', title: 'AI provider API keys (OpenAI, Anthropic, Hugging Face, Groq, …)', formats: ai },
  { id: 'email-service-key', title: 'Email service keys (SendGrid, Mailgun, Mailchimp, Postmark)', formats: email },
  { id: 'productivity-token', title: 'Productivity SaaS tokens (Postman, Linear, Notion, Figma, Airtable, Dropbox, …)', formats: productivity },
  { id: 'observability-key', title: 'Observability keys (New Relic, Datadog, Sentry, Dynatrace)', formats: observability },
  { id: 'saas-token', title: 'Other service tokens', formats: other },
];
