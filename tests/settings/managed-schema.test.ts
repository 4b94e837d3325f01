import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseManagedPolicy } from '@/utils/settings/managed-policy';

/** admin-endpoint.md, "What an admin configures": key -> JSON-schema type */
const CONTRACT: Record<string, string> = {
  packUrl: 'string',
  packPublicKeys: 'array',
  packRefreshMinutes: 'integer',
  statsEndpoint: 'string',
  statsToken: 'string',
  statsConsent: 'boolean',
  enabledSites: 'array',
  disabledSites: 'array',
  lockSettings: 'boolean',
};

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, { type: string; items?: { type: string }; description?: string }>;
  additionalProperties?: unknown;
};

describe('public/managed_schema.json', () => {
  it('describes exactly the contract keys with their types (Chrome refuses an invalid schema)', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, v.type]))).toEqual(CONTRACT);
    for (const [key, prop] of Object.entries(schema.properties)) {
      expect(prop.description, key).toBeTruthy();
      if (prop.type === 'array') expect(prop.items, key).toEqual({ type: 'string' });
    }
  });

  it('and the policy parser accepts every one of them', () => {
    const sample = {
      packUrl: 'https://p.example/v1/pack',
      packPublicKeys: ['A'.repeat(43) + '='],
      packRefreshMinutes: 360,
      statsEndpoint: 'https://s.example',
      statsToken: 't',
      statsConsent: false,
      enabledSites: ['x'],
      disabledSites: ['youtube'],
      lockSettings: false,
    };
    expect(Object.keys(sample).sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(parseManagedPolicy(sample)).toEqual({ policy: sample, problems: [] });
  });
});
