import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs, UsageError } from '../../server/config';
import { ADMIN_TOKEN, TOKEN } from './helpers';

describe('parseArgs', () => {
  it('has the contract defaults', () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
    expect(DEFAULTS).toMatchObject({ host: '127.0.0.1', port: 8787, minCount: 5, retentionDays: 400, bodyLimitBytes: 256 * 1024 });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const c = parseArgs(['--port', '9000', '--host=0.0.0.0', '--db', 'x.db', '--pack', 'p.json', '--token', TOKEN, `--admin-token=${ADMIN_TOKEN}`, '--min-count', '0', '--retention-days', '30']);
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', db: 'x.db', pack: 'p.json', token: TOKEN, adminToken: ADMIN_TOKEN, minCount: 0, retentionDays: 30 });
  });

  it('takes tokens from the environment, flags winning', () => {
    expect(parseArgs([], { DRAFTGUARD_TOKEN: TOKEN, DRAFTGUARD_ADMIN_TOKEN: ADMIN_TOKEN })).toMatchObject({ token: TOKEN, adminToken: ADMIN_TOKEN });
    expect(parseArgs(['--token', `${TOKEN}2`], { DRAFTGUARD_TOKEN: TOKEN }).token).toBe(`${TOKEN}2`);
  });

  it.each([
    [['--port', '70000']],
    [['--port']],
    [['--min-count', '-1']],
    [['--retention-days', '1.5']],
    [['--token', 'short']],
    [['--verbose']],
    [['--token', TOKEN, '--admin-token', TOKEN]],
  ])('refuses %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
