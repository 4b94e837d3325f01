import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateKeyPair, signBytes } from '@/rules/pack/signature';
import { PackError, type ResolvedPack } from '@/rules/types';
import { parsePack } from '@/rules/pack/parse';
import { MAX_PACK_CHARS } from '@/rules/pack/limits';
import { fetchPack } from '@/utils/pack-update/fetch-pack';
import { createPackUpdater } from '@/utils/pack-update/pack-updater';
import type { PackSourceConfig } from '@/utils/pack-update/pack-source-config';
import { packUpdateStateItem } from '@/utils/pack-update/pack-state';
import { PACK_URL, bytesOf, orgPack, scriptedServer } from './fixtures';

let clock = 1_700_000_000_000;
const now = () => clock;

/** Stands in for the engine's compile step, which refuses some packs that validate (slow regexes...). */
const compile = (pack: ResolvedPack) => {
  const slow = pack.rules.find((r) => r.kind === 'regex' && r.pattern.includes('(a+)+'));
  if (slow) throw new PackError('the pattern can backtrack exponentially', { ruleId: slow.ruleId, field: 'pattern' });
};

function setup(config: Partial<PackSourceConfig> = {}) {
  const server = scriptedServer();
  const cfg: PackSourceConfig = { url: PACK_URL, publicKeys: [], requireSignature: false, source: 'url', managedBy: 'packs.acme.example', ...config };
  const updater = createPackUpdater({ fetch: server.fetch, now, compile, config: async () => cfg });
  const serve = (text: string, etag = '"v1"') => server.routes.set(PACK_URL, { status: 200, body: text, headers: { etag, 'content-type': 'application/json' } });
  return { server, cfg, updater, serve };
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_700_000_000_000;
});

describe('pack in force', () => {
  it('is builtin:default when no organisation pack is configured', async () => {
    const { updater, server } = setup({ url: '' });
    const status = await updater.refresh();
    expect(status.source).toBe('builtin');
    expect(status.packId).toBe('builtin');
    expect(server.requests).toHaveLength(0);
  });

  it('stays builtin:default until the first organisation pack loads, then switches', async () => {
    const { updater, server, serve } = setup();
    server.routes.set(PACK_URL, { status: 503 });
    let status = await updater.refresh();
    expect(status.source).toBe('builtin');
    expect(status.lastError).toEqual({ at: clock, reason: 'pack server answered HTTP 503' });

    serve(JSON.stringify(orgPack()));
    clock += 1000;
    status = await updater.refresh();
    expect(status).toMatchObject({ source: 'url', packId: 'acme', version: '2026.11.1', serial: 5, loadedAt: clock, managedBy: 'packs.acme.example' });
    expect(status.lastError).toBeUndefined();
    const { pack } = await updater.get();
    expect(pack.rules.map((r) => r.ruleId)).toContain('acme.codenames');
  });
});

describe('conditional GET', () => {
  it('sends If-None-Match with the stored ETag and keeps the pack on 304', async () => {
    const { updater, server, serve } = setup();
    serve(JSON.stringify(orgPack()), '"abc"');
    await updater.refresh();
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
    const loadedAt = clock;

    clock += 60_000;
    const status = await updater.refresh();
    expect(server.requests[1]!.headers['if-none-match']).toBe('"abc"');
    expect(status).toMatchObject({ packId: 'acme', loadedAt, lastCheckedAt: clock });
    expect((await packUpdateStateItem.getValue()).lastGood?.etag).toBe('"abc"');
  });

  it('loads the new pack when the ETag changed', async () => {
    const { updater, serve } = setup();
    serve(JSON.stringify(orgPack()), '"1"');
    await updater.refresh();
    serve(JSON.stringify(orgPack({ version: '2026.11.2', serial: 6 })), '"2"');
    expect(await updater.refresh()).toMatchObject({ version: '2026.11.2', serial: 6 });
  });
});

describe('every failure keeps the last good pack and says why', () => {
  async function loaded() {
    const s = setup();
    s.serve(JSON.stringify(orgPack()), '"good"');
    await s.updater.refresh();
    // a different ETag so the next request is a full GET
    return s;
  }

  it.each([
    ['network', (s: ReturnType<typeof setup>) => s.server.routes.set(PACK_URL, null), /network error fetching the pack/],
    ['HTTP status', (s: ReturnType<typeof setup>) => s.server.routes.set(PACK_URL, { status: 500 }), /HTTP 500/],
    ['not JSON', (s: ReturnType<typeof setup>) => s.serve('{ nope', '"x"'), /pack refused/],
    ['schema', (s: ReturnType<typeof setup>) => s.serve(JSON.stringify(orgPack({ rules: [{ id: 'r1', kind: 'terms', category: 'confidential', severity: 'loud', terms: ['a'], message: 'm' } as never] })), '"x"'), /rule 'r1'.*severity|severity.*r1/s],
    [
      'compile',
      (s: ReturnType<typeof setup>) =>
        s.serve(JSON.stringify(orgPack({ rules: [{ id: 'slow', kind: 'regex', category: 'confidential', severity: 'warn', pattern: '(a+)+b', message: 'm' }] })), '"x"'),
      /rule 'acme\.slow', field 'pattern'/,
    ],
    ['downgrade', (s: ReturnType<typeof setup>) => s.serve(JSON.stringify(orgPack({ serial: 4 })), '"x"'), /serial 4 is lower than the last good pack's 5/],
    ['oversize', (s: ReturnType<typeof setup>) => s.server.routes.set(PACK_URL, { status: 200, body: 'x', headers: { 'content-length': String(9 * 1024 * 1024) } }), /pack too large \(9\.0 MB; at most 5\.0 MB\)/],
  ])('%s', async (_name, breakIt, reason) => {
    const s = await loaded();
    breakIt(s);
    clock += 5000;
    const status = await s.updater.refresh();
    expect(status.lastError?.at).toBe(clock);
    expect(status.lastError?.reason).toMatch(reason);
    expect(status).toMatchObject({ source: 'url', packId: 'acme', serial: 5, version: '2026.11.1' });
    expect((await s.updater.get()).pack.rules.some((r) => r.ruleId === 'acme.codenames')).toBe(true);
  });

  it('clears lastError after the next successful check', async () => {
    const s = await loaded();
    s.server.routes.set(PACK_URL, { status: 500 });
    expect((await s.updater.refresh()).lastError).toBeDefined();
    s.serve(JSON.stringify(orgPack({ serial: 5 })), '"good"');
    expect((await s.updater.refresh()).lastError).toBeUndefined();
  });

  it('accepts an equal serial (a re-published pack)', async () => {
    const s = await loaded();
    s.serve(JSON.stringify(orgPack({ version: 'same-serial' })), '"again"');
    expect(await s.updater.refresh()).toMatchObject({ version: 'same-serial', serial: 5 });
  });
});

describe('signatures', () => {
  async function keys() {
    const [a, b, other] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair()]);
    return { a, b, other };
  }

  async function signedSetup(signer: string, publicKeys: string[], pack = orgPack(), tamper = false) {
    const s = setup({ publicKeys, requireSignature: true });
    const text = JSON.stringify(pack);
    const sig = await signBytes(signer, bytesOf(text));
    s.serve(tamper ? text.replace('Bluebird', 'Bluebirb') : text);
    s.server.routes.set(`${PACK_URL}.sig`, { status: 200, body: sig + '\n' });
    return s;
  }

  it('loads a pack signed by any configured key (rotation)', async () => {
    const { a, b } = await keys();
    const s = await signedSetup(b.privateKey, [a.publicKey, b.publicKey]);
    const status = await s.updater.refresh();
    expect(status).toMatchObject({ packId: 'acme', source: 'url' });
    expect(status.lastError).toBeUndefined();
    expect((await packUpdateStateItem.getValue()).lastGood?.signed).toBe(true);
  });

  it('refuses tampered bytes', async () => {
    const { a } = await keys();
    const s = await signedSetup(a.privateKey, [a.publicKey], orgPack(), true);
    const status = await s.updater.refresh();
    expect(status.source).toBe('builtin');
    expect(status.lastError?.reason).toMatch(/signature does not match/);
  });

  it('refuses a signature by a key that is not configured', async () => {
    const { a, other } = await keys();
    const s = await signedSetup(other.privateKey, [a.publicKey]);
    expect((await s.updater.refresh()).lastError?.reason).toMatch(/signature does not match/);
  });

  it('refuses a pack without its .sig file', async () => {
    const { a } = await keys();
    const s = await signedSetup(a.privateKey, [a.publicKey]);
    s.server.routes.delete(`${PACK_URL}.sig`);
    expect((await s.updater.refresh()).lastError?.reason).toMatch(/\.sig answered HTTP 404/);
  });

  it('refuses a signed pack without a serial', async () => {
    const { a } = await keys();
    const s = await signedSetup(a.privateKey, [a.publicKey], orgPack({ serial: undefined }));
    expect((await s.updater.refresh()).lastError?.reason).toMatch(/'serial' is required/);
  });

  it('refuses an older signed pack after a newer one (downgrade), keeping the newer', async () => {
    const { a } = await keys();
    const s = await signedSetup(a.privateKey, [a.publicKey], orgPack({ serial: 7, version: 'new' }));
    await s.updater.refresh();
    const old = JSON.stringify(orgPack({ serial: 6, version: 'old' }));
    s.serve(old, '"old"');
    s.server.routes.set(`${PACK_URL}.sig`, { status: 200, body: await signBytes(a.privateKey, bytesOf(old)) });
    const status = await s.updater.refresh();
    expect(status).toMatchObject({ version: 'new', serial: 7 });
    expect(status.lastError?.reason).toMatch(/downgrade/);
  });

  it('requires a signature when the policy lists keys but none is usable', async () => {
    const s = setup({ publicKeys: [], requireSignature: true });
    s.serve(JSON.stringify(orgPack()));
    s.server.routes.set(`${PACK_URL}.sig`, { status: 200, body: 'AAAA' });
    const status = await s.updater.refresh();
    expect(status.source).toBe('builtin');
    expect(status.lastError?.reason).toMatch(/signature does not match/);
  });

  it('does not keep an unsigned pack in force once keys are required', async () => {
    const s = setup();
    s.serve(JSON.stringify(orgPack()), '"u"');
    await s.updater.refresh();
    s.cfg.requireSignature = true;
    s.cfg.publicKeys = [(await keys()).a.publicKey];
    expect((await s.updater.get()).status.source).toBe('builtin');
    await s.updater.refresh();
    // no conditional request: a 304 must not revive the unsigned pack
    expect(s.server.requests.at(-2)!.headers['if-none-match']).toBeUndefined();
  });
});

describe('persistence', () => {
  it('a new worker starts with the stored last good pack', async () => {
    const first = setup();
    first.serve(JSON.stringify(orgPack()));
    await first.updater.refresh();
    const second = setup();
    const { pack, status } = await second.updater.get();
    expect(status).toMatchObject({ packId: 'acme', source: 'url' });
    expect(pack.rules.some((r) => r.ruleId === 'acme.codenames')).toBe(true);
    expect(second.server.requests).toHaveLength(0);
  });

  it("never lets a pack from the options stand in for the policy's, or block it as a downgrade", async () => {
    const s = setup({ source: 'options', url: 'https://mine.example/pack' });
    s.server.routes.set('https://mine.example/pack', { status: 200, body: JSON.stringify(orgPack({ serial: 999, version: 'mine' })) });
    await s.updater.refresh();
    expect((await s.updater.get()).status.version).toBe('mine');
    s.cfg.source = 'url';
    s.cfg.url = PACK_URL;
    expect((await s.updater.get()).status.source).toBe('builtin');
    s.serve(JSON.stringify(orgPack({ serial: 5 })));
    expect(await s.updater.refresh()).toMatchObject({ source: 'url', serial: 5 });
  });

  it('keeps the last good pack while a changed policy address has not loaded yet', async () => {
    const s = setup();
    s.serve(JSON.stringify(orgPack()));
    await s.updater.refresh();
    s.cfg.url = 'https://new.acme.example/pack';
    const status = await s.updater.refresh();
    expect(status).toMatchObject({ source: 'url', packId: 'acme' });
    expect(status.lastError?.reason).toMatch(/HTTP 404/);
  });

  it('falls back to builtin:default when the organisation stops configuring a pack', async () => {
    const s = setup();
    s.serve(JSON.stringify(orgPack()));
    await s.updater.refresh();
    s.cfg.url = '';
    expect((await s.updater.get()).status.source).toBe('builtin');
  });
});

describe('the same parser and limits as the command line (parsePack)', () => {
  const cliError = (text: string) => {
    try {
      parsePack(text, PACK_URL);
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('parsePack accepted it');
  };

  it("refuses an invalid pack with exactly the command line's message", async () => {
    const text = JSON.stringify(orgPack({ rules: [{ id: 'r1', kind: 'terms', category: 'confidential', severity: 'loud', terms: ['a'], message: 'm' } as never] }));
    const s = setup();
    s.serve(text);
    expect((await s.updater.refresh()).lastError?.reason).toBe(`pack refused: ${cliError(text)}`);
  });

  it('refuses a pack over the 5 MB limit even without a Content-Length, and stops reading it', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
        if (pulled > 50) controller.close();
      },
    });
    const s = setup();
    const updater = createPackUpdater({ fetch: async () => new Response(body, { status: 200 }), now, compile, config: async () => s.cfg });
    const reason = (await updater.refresh()).lastError?.reason;
    expect(reason).toMatch(/^pack refused: https:\/\/packs\.acme\.example\/v1\/pack: pack too large \(\d\.\d MB; at most 5\.0 MB\)$/);
    expect(pulled).toBeLessThan(10);
  });

  it('draws the line where the command line does: 5 MB accepted, one byte more refused', async () => {
    const base = JSON.stringify(orgPack());
    const padded = (n: number) => base + ' '.repeat(n - base.length);
    const s = setup();
    s.serve(padded(MAX_PACK_CHARS), '"at"');
    expect((await s.updater.refresh()).lastError).toBeUndefined();
    s.serve(padded(MAX_PACK_CHARS + 1), '"over"');
    expect((await s.updater.refresh()).lastError?.reason).toBe(`pack refused: ${PACK_URL}: pack too large (5.0 MB; at most 5.0 MB)`);
  });

  it('re-reads the stored pack with the same parser after a restart', async () => {
    const first = setup();
    first.serve(JSON.stringify(orgPack()));
    await first.updater.refresh();
    const state = await packUpdateStateItem.getValue();
    await packUpdateStateItem.setValue({ ...state, lastGood: { ...state.lastGood!, text: '{"format": 1' } });
    const second = setup();
    const status = (await second.updater.get()).status;
    expect(status.source).toBe('builtin');
    expect(status.lastError?.reason).toMatch(/^stored pack no longer loads: https:\/\/packs\.acme\.example\/v1\/pack: /);
  });
});

describe('transport', () => {
  it('gives every request an abort signal (a hung server cannot block updates for ever)', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const s = setup();
    s.serve(JSON.stringify(orgPack()));
    const updater = createPackUpdater({
      fetch: (input, init) => {
        signals.push(init?.signal);
        return s.server.fetch(input, init);
      },
      now,
      compile,
      config: async () => s.cfg,
    });
    await updater.refresh();
    expect(signals).toHaveLength(1);
    expect(signals[0]).toBeInstanceOf(AbortSignal);
  });

  it('reports an aborted (timed out) request as a network error and keeps the last good pack', async () => {
    const s = setup();
    const aborted = AbortSignal.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const outcome = await fetchPack(s.cfg, undefined, {
      fetch: async (_input, init) => {
        init?.signal?.throwIfAborted();
        return new Response('{}');
      },
      now,
      timeoutSignal: () => aborted,
    });
    expect(outcome).toEqual({ kind: 'failed', reason: 'network error fetching the pack: The operation timed out.' });
  });

  it('refuses a pack (or signature) that a redirect took off https', async () => {
    const s = setup();
    const redirected = (url: string, body: string) => {
      const res = new Response(body, { status: 200 });
      Object.defineProperty(res, 'redirected', { value: true });
      Object.defineProperty(res, 'url', { value: url });
      return res;
    };
    const outcome = await fetchPack(s.cfg, undefined, { fetch: async () => redirected('http://evil.example/pack', JSON.stringify(orgPack())), now, compile });
    expect(outcome).toEqual({ kind: 'failed', reason: "pack redirected to an address that is not allowed: 'http://evil.example' must use https (http only for localhost)" });
    const ok = await fetchPack(s.cfg, undefined, { fetch: async () => redirected('https://cdn.acme.example/pack', JSON.stringify(orgPack())), now, compile });
    expect(ok.kind).toBe('loaded');
  });
});

describe('downgrade', () => {
  it('compares serials across pack ids: an older signed pack of another id is refused too', async () => {
    const a = await generateKeyPair();
    const s = setup({ publicKeys: [a.publicKey], requireSignature: true });
    const publish = async (text: string, etag: string) => {
      s.serve(text, etag);
      s.server.routes.set(`${PACK_URL}.sig`, { status: 200, body: await signBytes(a.privateKey, bytesOf(text)) });
    };
    await publish(JSON.stringify(orgPack({ serial: 9 })), '"9"');
    expect((await s.updater.refresh()).serial).toBe(9);
    await publish(JSON.stringify(orgPack({ id: 'acme-old', serial: 3 })), '"3"');
    const status = await s.updater.refresh();
    expect(status).toMatchObject({ packId: 'acme', serial: 9 });
    expect(status.lastError?.reason).toMatch(/serial 3 is lower than the last good pack's 9 \(downgrade\)/);
  });

  it("an unsigned pack's serial does not block the first signed pack once keys are required", async () => {
    const a = await generateKeyPair();
    const s = setup();
    s.serve(JSON.stringify(orgPack({ serial: 1000 })), '"u"');
    expect((await s.updater.refresh()).serial).toBe(1000);
    s.cfg.requireSignature = true;
    s.cfg.publicKeys = [a.publicKey];
    const text = JSON.stringify(orgPack({ serial: 2, version: 'signed' }));
    s.serve(text, '"s"');
    s.server.routes.set(`${PACK_URL}.sig`, { status: 200, body: await signBytes(a.privateKey, bytesOf(text)) });
    const status = await s.updater.refresh();
    expect(status.lastError).toBeUndefined();
    expect(status).toMatchObject({ source: 'url', version: 'signed', serial: 2 });
  });
});
