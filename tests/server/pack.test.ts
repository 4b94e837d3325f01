import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, verifyBytes } from '../../rules/pack/signature';
import { assertLoopback, request } from '../../server/loopback-client';
import { startApp, tempDir, type Running } from './helpers';

let running: Running | null = null;
let dir: string | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(assertLoopback(url));
  return Buffer.from(await res.arrayBuffer());
}

function packFile(): string {
  dir = tempDir();
  const file = path.join(dir, 'acme.pack.json');
  fs.writeFileSync(file, '{"format":"draftguard/pack@1","id":"acme","serial":1}');
  return file;
}

describe('GET /v1/pack and /v1/pack.sig', () => {
  it('serves the pack bytes with a strong ETag and 304 on a matching If-None-Match', async () => {
    const file = packFile();
    running = await startApp({ pack: file });
    const r = await request(`${running.url}/v1/pack`);
    expect(r.status).toBe(200);
    expect(r.body).toBe(fs.readFileSync(file, 'utf8'));
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const etag = r.headers.etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(r.headers['cache-control']).toBe('no-cache');

    const same = await request(`${running.url}/v1/pack`, { headers: { 'If-None-Match': etag } });
    expect(same.status).toBe(304);
    expect(same.body).toBe('');
    expect(same.headers.etag).toBe(etag);
    const inList = await request(`${running.url}/v1/pack`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(inList.status).toBe(304);
    const other = await request(`${running.url}/v1/pack`, { headers: { 'If-None-Match': '"other"' } });
    expect(other.status).toBe(200);
  });

  it('lets the extension read the pack and its ETag cross-origin, and no web page', async () => {
    running = await startApp({ pack: packFile() });
    const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const r = await request(`${running.url}/v1/pack`, { headers: { Origin: ext } });
    expect(r.headers['access-control-allow-origin']).toBe(ext);
    expect(r.headers['access-control-expose-headers']).toContain('ETag');
    const notModified = await request(`${running.url}/v1/pack`, { headers: { Origin: ext, 'If-None-Match': r.headers.etag! } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers['access-control-allow-origin']).toBe(ext);
    const page = await request(`${running.url}/v1/pack`, { headers: { Origin: 'https://evil.example' } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('re-reads the pack when it is replaced on disk, with a new ETag', async () => {
    const file = packFile();
    running = await startApp({ pack: file });
    const first = await request(`${running.url}/v1/pack`);
    // Replaced the way the admin guide says: write beside, then rename over.
    fs.writeFileSync(`${file}.tmp`, '{"format":"draftguard/pack@1","id":"acme","serial":2}');
    fs.renameSync(`${file}.tmp`, file);
    const second = await request(`${running.url}/v1/pack`, { headers: { 'If-None-Match': first.headers.etag! } });
    expect(second.status).toBe(200);
    expect(second.body).toContain('"serial":2');
    expect(second.headers.etag).not.toBe(first.headers.etag);
    // Rewritten in place, same length: still noticed.
    fs.writeFileSync(file, '{"format":"draftguard/pack@1","id":"acme","serial":3}');
    const third = await request(`${running.url}/v1/pack`, { headers: { 'If-None-Match': second.headers.etag! } });
    expect(third.status).toBe(200);
    expect(third.body).toContain('"serial":3');
  });

  it('serves the .sig beside the pack when it exists, else 404; HEAD has no body', async () => {
    const file = packFile();
    running = await startApp({ pack: file });
    expect((await request(`${running.url}/v1/pack.sig`)).status).toBe(404);
    fs.writeFileSync(`${file}.sig`, 'c2lnbmF0dXJl\n');
    const sig = await request(`${running.url}/v1/pack.sig`);
    expect(sig.status).toBe(200);
    expect(sig.body).toBe('c2lnbmF0dXJl\n');
    expect(sig.headers.etag).toBeDefined();
    expect((await request(`${running.url}/v1/pack.sig`, { headers: { 'If-None-Match': sig.headers.etag! } })).status).toBe(304);
    const head = await request(`${running.url}/v1/pack`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBe(fs.statSync(file).size);
  });

  it('serves the exact signed bytes: the engine verifier accepts what was fetched', async () => {
    const file = packFile();
    const keys = await generateKeyPair();
    fs.writeFileSync(`${file}.sig`, await signBytes(keys.privateKey, fs.readFileSync(file)));
    running = await startApp({ pack: file });
    const pack = await fetchBytes(`${running.url}/v1/pack`);
    const sig = (await request(`${running.url}/v1/pack.sig`)).body.trim();
    expect(await verifyBytes([keys.publicKey], pack, sig)).toBe(true);
    expect(await verifyBytes([keys.publicKey], Buffer.concat([pack, Buffer.from(' ')]), sig)).toBe(false);
  });

  it('answers 404 when no pack is configured or the file is gone, and 405 to POST', async () => {
    running = await startApp();
    const none = await request(`${running.url}/v1/pack`);
    expect(none.status).toBe(404);
    expect(JSON.parse(none.body)).toEqual({ error: 'no pack configured (--pack)' });
    await running.stop();
    const file = packFile();
    running = await startApp({ pack: file });
    fs.rmSync(file);
    expect((await request(`${running.url}/v1/pack`)).status).toBe(404);
    expect((await request(`${running.url}/v1/pack`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});
