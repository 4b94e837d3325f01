import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../../server/server-process';

describe('npm run server (server/main.ts)', () => {
  it('exits with status 2 and the reason on a bad flag, before opening anything', async () => {
    await expect(startServerProcess(['--min-count', 'five'])).rejects.toThrow(/exited with 2 before listening: draftguard server: --min-count: expected a whole number/);
  });
});
