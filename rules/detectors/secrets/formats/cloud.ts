/**
 * Cloud provider credentials. NOTICE: some prefixes and lengths follow gitleaks (config/gitleaks.toml),
 * MIT License, Copyright (c) 2019 Zachary Rice. Patterns are written for this project.
 */
import type { SecretFamily, SecretFormat } from '../format';
import { L, R, near, no, ok, prefixed, re } from './util';

const awsAccessKeyId: SecretFormat = {
  id: 'aws-access-key-id',
  name: 'AWS access key ID',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  // real IDs use base-32 letters and digits 2-7; written examples use any digit, and still leak the shape
  pattern: re(`${L}(?<s>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})${R}`),
  confidence: 0.7,
  minEntropy: 2.5,
  prefixLength: 4,
  // The ID alone identifies a key without granting access; with a secret nearby the pair is a full credential.
  check: (s, m, text) => {
    if (s.endsWith('EXAMPLE')) return no("AWS documentation key (ends in 'EXAMPLE')");
    const w = near(text, m.index, m.index + m[0].length, ['secret', 'aws_secret', 'secretaccesskey'], 200);
    return w ? ok(0.95, `a secret ('${w}') is nearby`) : ok(0.7, 'key ID only: identifies the key; rotate it if its secret was ever shared');
  },
};

const awsSecretAccessKey: SecretFormat = {
  id: 'aws-secret-access-key',
  name: 'AWS secret access key',
  keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws secret', 'secret access key', 'aws_secret_key'],
  pattern: re(
    `(?:aws)?[_ .-]?secret[_ .-]?(?:access)?[_ .-]?key(?:[_ -]?id)?["']?\\s*(?:[:=]>?|:=|=>)?\\s*["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    'i',
  ),
  confidence: 0.9,
  minEntropy: 3.5,
};

/** The 40-character secret written next to its key ID without a label ("AKIA… / wJalr…"). */
const awsSecretNearKeyId: SecretFormat = {
  id: 'aws-secret-near-key-id',
  name: 'AWS secret access key',
  keywords: ['akia', 'asia'],
  pattern: re(`(?<![A-Za-z0-9/+=])(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`),
  confidence: 0.9,
  minEntropy: 3.5,
  generic: true,
  check: (s, m, text) => {
    // mixed case and a digit: a generated key, not a long word or a hash (hex hashes are one case)
    if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/[0-9]/.test(s)) return no('not a mixed-case generated value');
    const around = text.slice(Math.max(0, m.index - 120), Math.min(text.length, m.index + 40 + 120));
    return /(?:^|[^A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/.test(around) ? ok(0.9, 'next to an AWS access key ID') : no('no AWS key ID nearby');
  },
};

const awsSessionToken: SecretFormat = {
  id: 'aws-session-token',
  name: 'AWS session token',
  keywords: ['session_token', 'sessiontoken', 'security_token'],
  pattern: re(`(?:aws_)?(?:session|security)_?token["']?\\s*(?:[:=]>?|:=)\\s*["']?(?<s>[A-Za-z0-9/+=._-]{100,2000})`, 'i'),
  confidence: 0.85,
  minEntropy: 4,
};

const awsAppSync = prefixed('aws-appsync-key', 'AWS AppSync API key', 'da2-', '[a-z0-9]{26}', { minEntropy: 3.5, confidence: 0.85 });

const gcpApiKey = prefixed('gcp-api-key', 'Google API key', 'AIza', '[0-9A-Za-z_-]{35}', { keywords: ['aiza'] });
const gcpOauthSecret = prefixed('gcp-oauth-client-secret', 'Google OAuth client secret', 'GOCSPX-', '[A-Za-z0-9_-]{28}');
const gcpOauthToken = prefixed('gcp-oauth-access-token', 'Google OAuth access token', 'ya29.', '[0-9A-Za-z_-]{30,1000}', { confidence: 0.9 });
const gcpServiceAccount: SecretFormat = {
  id: 'gcp-service-account',
  name: 'Google Cloud service account key',
  keywords: ['service_account'],
  pattern: re(`"type"\\s*:\\s*"service_account"[\\s\\S]{0,400}?"private_key"\\s*:\\s*"(?<s>-----BEGIN[^"]{40,4000})"`),
  confidence: 0.98,
  noPlaceholderCheck: true,
};

const azureStorageKey: SecretFormat = {
  id: 'azure-storage-key',
  name: 'Azure storage account key / connection string',
  keywords: ['accountkey', 'sharedaccesskey', 'account_key'],
  pattern: re(`(?:AccountKey|SharedAccessKey|account_key)\\s*=\\s*(?<s>[A-Za-z0-9+/]{30,100}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
  confidence: 0.9,
  minEntropy: 3.8,
};

const azureSas: SecretFormat = {
  id: 'azure-sas-token',
  name: 'Azure shared access signature',
  keywords: ['sig='],
  pattern: re(`[?&]sv=\\d{4}-\\d\\d-\\d\\d[^\\s"'<>]{0,300}?[?&]sig=(?<s>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})`, 'i'),
  confidence: 0.9,
  minEntropy: 3.8,
};

const azureAppConfig: SecretFormat = {
  id: 'azure-app-config',
  name: 'Azure App Configuration connection string',
  keywords: ['azconfig.io'],
  pattern: re(`azconfig\\.io;Id=[^;\\s]{4,60};Secret=(?<s>[A-Za-z0-9+/]{30,80}={0,2})`, 'i'),
  confidence: 0.95,
  minEntropy: 3.8,
};

const azureDevopsPat: SecretFormat = {
  id: 'azure-devops-pat',
  name: 'Azure DevOps personal access token',
  keywords: ['azdo'],
  // Current format: 84 characters with the literal 'AZDO' at 76..79.
  pattern: re(`${L}(?<s>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})${R}`),
  confidence: 0.9,
  minEntropy: 4,
};

const azureAdClientSecret: SecretFormat = {
  id: 'azure-ad-client-secret',
  name: 'Microsoft Entra ID (Azure AD) client secret',
  keywords: ['q~'],
  pattern: re(`${L}(?<s>[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`),
  confidence: 0.85,
  minEntropy: 3.5,
};

const digitalOcean: SecretFormat = {
  id: 'digitalocean-token',
  name: 'DigitalOcean token',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: re(`${L}(?<s>do[por]_v1_[a-f0-9]{64})${R}`),
  confidence: 0.97,
  minEntropy: 3,
  prefixLength: 7,
};

const alibabaKeyId = prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey ID', 'LTAI', '[A-Za-z0-9]{12,20}', { confidence: 0.8, minEntropy: 3 });

const herokuKey: SecretFormat = {
  id: 'heroku-api-key',
  name: 'Heroku API key',
  keywords: ['heroku', 'hrku-'],
  pattern: re(
    `(?:heroku[A-Za-z0-9_ .-]{0,20}(?:key|token)["']?\\s*(?:[:=]>?|:=)\\s*["']?(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|${L}(?<t>HRKU-[A-Za-z0-9_-]{30,80})${R})`,
    'i',
  ),
  confidence: 0.9,
};

const cloudflareKey: SecretFormat = {
  id: 'cloudflare-api-token',
  name: 'Cloudflare API token / key',
  keywords: ['cloudflare', 'cf_api'],
  pattern: re(`(?:cloudflare|cf)[A-Za-z0-9_ .-]{0,20}(?:key|token)["']?\\s*(?:[:=]>?|:=)\\s*["']?(?<s>[A-Za-z0-9_-]{37,40})${R}`, 'i'),
  confidence: 0.85,
  minEntropy: 3.5,
};

const awsBedrockKey = prefixed('aws-bedrock-key', 'Amazon Bedrock API key', 'ABSKQmVkcm9ja0FQSUtleS', '[A-Za-z0-9+/]{40,300}={0,2}', { keywords: ['absk'] });
const gcpRefreshToken = prefixed('gcp-oauth-refresh-token', 'Google OAuth refresh token', '1//0', '[A-Za-z0-9_-]{40,300}', { confidence: 0.9, minEntropy: 4 });
/** Cloud platforms recognised by their prefix. */
const cloudPrefixed: SecretFormat[] = [
  prefixed('tencent-secret-id', 'Tencent Cloud SecretId', 'AKID', '[A-Za-z0-9]{32}', { confidence: 0.85, minEntropy: 3.5 }),
  prefixed('yandex-api-key', 'Yandex Cloud API key', 'AQVN', '[A-Za-z0-9_-]{35,38}', { minEntropy: 3.5 }),
  prefixed('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', 'v1.0-', '[a-f0-9]{24}-[a-f0-9]{146}'),
];

export const CLOUD_FORMATS: SecretFamily[] = [
  { id: 'aws', title: 'Amazon Web Services credentials', formats: [awsAccessKeyId, awsSecretAccessKey, awsSecretNearKeyId, awsSessionToken, awsAppSync, awsBedrockKey] },
  { id: 'google-cloud', title: 'Google Cloud credentials', formats: [gcpApiKey, gcpOauthSecret, gcpOauthToken, gcpRefreshToken, gcpServiceAccount] },
  { id: 'azure', title: 'Microsoft Azure credentials', formats: [azureStorageKey, azureSas, azureAppConfig, azureDevopsPat, azureAdClientSecret] },
  { id: 'cloud-platform', title: 'Cloud platform tokens', formats: [digitalOcean, alibabaKeyId, herokuKey, cloudflareKey, ...cloudPrefixed] },
];
