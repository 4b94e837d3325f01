/** Runs the real command line (tsx cli/*.ts) as a child process, with standard input piped. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: 'check' | 'pack', args: readonly string[], stdin = ''): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = execFile(TSX, [join(ROOT, `cli/${script}.ts`), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      if (code === null) fail(err);
      else done({ code, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

export const fixture = (name: string) => join(ROOT, 'tests/fixtures/packs', name);

/** A scratch directory removed after the suite. */
export function scratch(): { dir: string; file: (name: string, text: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'draftguard-cli-'));
  return {
    dir,
    file: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  confidence: number;
  start: number;
  end: number;
  match: string;
  message: string;
}

export async function findingsOf(args: readonly string[], text: string): Promise<JsonFinding[]> {
  const r = await runCli('check', ['--format', 'json', ...args], text);
  if (r.code === 2) throw new Error(`check failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

/** Findings for many texts in one process (jsonl batch mode): one spawn instead of one per text. */
export async function batchFindings(args: readonly string[], texts: readonly string[]): Promise<JsonFinding[][]> {
  const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
  const r = await runCli('check', ['--format', 'jsonl', ...args], input);
  if (r.code !== 0) throw new Error(`check failed (${r.code}): ${r.stderr}`);
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: number; findings: JsonFinding[] });
  return lines.map((l, i) => {
    if (l.id !== i) throw new Error(`answer ${i} has id ${l.id}`);
    return l.findings;
  });
}
