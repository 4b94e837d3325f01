/** `pack keygen`, `pack sign`, `pack verify`: Ed25519 over a built pack's exact bytes. */
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { base64ToBytes } from '../rules/pack/base64';
import { generateKeyPair, publicKeyOf, signBytes, verifyBytes } from '../rules/pack/signature';
import { PACK_FORMAT } from '../rules/types';
import type { ParsedArgs } from './args';
import { describeFsError, InputError, readInput } from './files';
import { EXIT_NEGATIVE, EXIT_OK } from './run';

const MAX_SIGNATURE_BYTES = 4096;

export async function keygenCommand(args: ParsedArgs): Promise<number> {
  const out = args.options.get('-o')?.[0] ?? '';
  // A key file is never overwritten: losing a signing key in use locks every browser to the old pack.
  if (existsSync(out)) throw new InputError(`${out}: already exists; not overwriting a key (choose another name or remove it)`);
  const pair = await generateKeyPair();
  try {
    writeFileSync(out, JSON.stringify(pair, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(out, 0o600); // the mode above is filtered by umask; make it exact
  } catch (e) {
    throw new InputError(`${out}: cannot write (${describeFsError(e)})`);
  }
  process.stdout.write(`${pair.publicKey}\n`);
  process.stderr.write(`wrote ${out} (mode 0600); the line above is the public key for packPublicKeys\n`);
  return EXIT_OK;
}

function readKeyFile(file: string): { publicKey?: string; privateKey?: string } {
  const text = readInput(file, 64 * 1024).toString('utf8');
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as { publicKey?: string; privateKey?: string };
  } catch {
    // handled below
  }
  throw new InputError(`${file}: not a key file (expected JSON {"publicKey": ..., "privateKey": ...})`);
}

export async function signCommand(args: ParsedArgs): Promise<number> {
  const file = args.positionals[0] ?? '';
  const keyFile = args.options.get('--key')?.[0] ?? '';
  const key = readKeyFile(keyFile);
  if (typeof key.privateKey !== 'string') throw new InputError(`${keyFile}: field 'privateKey': missing`);
  const bytes = readInput(file);
  requireSerial(file, bytes);
  let signature: string;
  let publicKey: string;
  try {
    signature = await signBytes(key.privateKey, bytes);
    publicKey = await publicKeyOf(key.privateKey);
  } catch (e) {
    throw new InputError(`${keyFile}: field 'privateKey': not a usable Ed25519 private key (${e instanceof Error ? e.message : String(e)})`);
  }
  if (key.publicKey !== undefined && key.publicKey !== publicKey) {
    throw new InputError(`${keyFile}: field 'publicKey' does not belong to the private key`);
  }
  try {
    writeFileSync(`${file}.sig`, signature);
  } catch (e) {
    throw new InputError(`${file}.sig: cannot write (${describeFsError(e)})`);
  }
  process.stdout.write(`wrote ${file}.sig (public key ${publicKey})\n`);
  return EXIT_OK;
}

/**
 * policy-pack.md: signed packs must carry `serial` (the browser refuses a signed pack without one, since
 * it could not tell a downgrade). Signing such a pack would publish a file no browser accepts.
 */
function requireSerial(file: string, bytes: Uint8Array): void {
  let pack: unknown;
  try {
    pack = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return; // not JSON: signed as plain bytes
  }
  if (typeof pack !== 'object' || pack === null || (pack as { format?: unknown }).format !== PACK_FORMAT) return;
  const serial = (pack as { serial?: unknown }).serial;
  if (typeof serial !== 'number' || !Number.isSafeInteger(serial) || serial < 0) {
    throw new InputError(`${file}: field 'serial': missing; a signed pack must carry a serial (a whole number raised with every release), or browsers refuse it`);
  }
}

/** PUBKEY is a base64 key itself, or a file holding one (a key file, or the bare base64 text). */
function readPublicKey(arg: string): string {
  if (existsSync(arg)) {
    const text = readInput(arg, 64 * 1024).toString('utf8').trim();
    const key = text.startsWith('{') ? readKeyFile(arg).publicKey : text;
    if (typeof key === 'string' && base64ToBytes(key)?.length === 32) return key.trim();
    throw new InputError(`${arg}: no public key in it (expected base64 of 32 bytes, or a key file with publicKey)`);
  }
  if (base64ToBytes(arg)?.length === 32) return arg.trim();
  throw new InputError(`--pub ${arg}: neither a file nor a base64 Ed25519 public key (32 bytes)`);
}

export async function verifyCommand(args: ParsedArgs): Promise<number> {
  const file = args.positionals[0] ?? '';
  const keys = (args.options.get('--pub') ?? []).map(readPublicKey);
  const bytes = readInput(file);
  const sigFile = `${file}.sig`;
  if (!existsSync(sigFile)) {
    process.stdout.write(`${file}: no signature (${sigFile} is missing)\n`);
    return EXIT_NEGATIVE;
  }
  // A signature is 88 characters of base64; a much larger .sig cannot hold a valid one (no need to read it).
  const signature = statSync(sigFile).isFile() && statSync(sigFile).size > MAX_SIGNATURE_BYTES ? '' : readInput(sigFile, MAX_SIGNATURE_BYTES).toString('utf8');
  if (await verifyBytes(keys, bytes, signature)) {
    process.stdout.write(`${file}: valid signature\n`);
    return EXIT_OK;
  }
  process.stdout.write(`${file}: INVALID signature (the file or ${sigFile} changed, or another key signed it)\n`);
  return EXIT_NEGATIVE;
}
