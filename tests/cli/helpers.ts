// Shared helpers for the CLI tests: run `tupu` as a child process and make throwaway corpora.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(REPO_ROOT, 'bin', 'tupu.mjs');

/** What one `tupu` run did. */
export interface TupuRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runTupu(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): TupuRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp directory, removed by the returned `cleanup`. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tupu-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (name → content) into `dir`, creating it. */
export function writeCorpus(dir: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** A short, readable report in UTF-8 that any working build accepts. */
export const GOOD_REPORT = [
  '大模型产业测试报告',
  '2023年3月，北京智谱华章科技有限公司（以下简称“智谱AI”）开源了ChatGLM-6B。',
  '阿里巴巴旗下的阿里云于2023年8月开源了Qwen-7B，总部位于杭州。',
  '',
].join('\n');
