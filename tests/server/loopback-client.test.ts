import { describe, expect, it } from 'vitest';
import { assertLoopback, request } from '../../server/loopback-client';

describe('loopback-only client (used by the load script and these tests)', () => {
  it('accepts only http on 127.0.0.1, localhost or ::1', () => {
    for (const ok of ['http://127.0.0.1:8787/v1/stats', 'http://localhost:1', 'http://[::1]:8787/']) expect(() => assertLoopback(ok)).not.toThrow();
    for (const bad of ['http://example.com/', 'https://127.0.0.1/', 'http://10.0.0.1:8787/', 'http://127.0.0.1.nip.io/', 'http://0.0.0.0:8787/']) {
      expect(() => assertLoopback(bad), bad).toThrow(/only http on loopback/);
    }
  });

  it('refuses before opening any connection', async () => {
    await expect(request('http://example.com/v1/stats')).rejects.toThrow(/refusing http:\/\/example\.com/);
  });
});
