import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOOK = join(import.meta.dirname, 'rusage-hook.ts');

export interface Measurement {
  /** Wall-clock seconds from spawn to exit. */
  wallS: number;
  /** User + system CPU seconds of the child (all its threads). */
  cpuS: number;
  /** Peak resident memory of the child, in MB. */
  maxRssMb: number;
}

export interface RunResult extends Measurement {
  code: number | null;
  output: string;
}

/**
 * Runs `node <args>` in `cwd` and measures it. The child reports its own
 * process.resourceUsage() on exit (see rusage-hook.ts), which counts every
 * worker thread; the builds spawn no further processes.
 */
export async function measureNode(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): Promise<RunResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-rusage-'));
  const file = join(scratch, 'usage.json');
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_RUSAGE_FILE: file, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output: text }));
  });
  const wallS = (performance.now() - started) / 1000;
  const usage = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as NodeJS.ResourceUsage)
    .catch(() => undefined);
  await rm(scratch, { recursive: true, force: true });
  if (!usage)
    throw new Error(`node ${args.join(' ')} exited (${code}) without reporting its usage:\n${output}`);
  return {
    code,
    output,
    wallS,
    cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMb: usage.maxRSS / 1024,
  };
}
