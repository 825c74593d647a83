import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOOK = join(import.meta.dirname, 'rusage-hook.ts');

export interface Measurement {
  /** Wall-clock seconds from spawn to exit. */
  wallS: number;
  /** User + system CPU seconds of the child (all its threads and, with GNU time, its own children). */
  cpuS: number;
  /** Peak resident memory of the child (with GNU time: of its largest process), in MB. */
  maxRssMb: number;
}

export interface RunResult extends Measurement {
  code: number | null;
  output: string;
  /**
   * Seconds from spawn to the first output line starting with "Online:" (`npm run
   * publish` prints it when the pages are live, before it updates the search index).
   */
  onlineS?: number;
}

const ONLINE = /^Online:/m;

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <args>` in `cwd` and measures it. With GNU time (Debian package
 * `time`) the figures include every process the build starts (Pagefind's
 * indexer runs as a separate binary); without it, the child reports its own
 * process.resourceUsage() on exit (see rusage-hook.ts), which misses them.
 */
export async function measureNode(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): Promise<RunResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-rusage-'));
  const file = join(scratch, 'usage.txt');
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const nodeArgs = ['--import', HOOK, ...args];
  const argv = withTime ? ['-f', '%e %U %S %M', '-o', file, process.execPath, ...nodeArgs] : nodeArgs;
  const started = performance.now();
  let onlineS: number | undefined;
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd,
      env: { ...process.env, ...env, BENCH_RUSAGE_FILE: withTime ? '' : file, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (onlineS === undefined && ONLINE.test(text)) onlineS = (performance.now() - started) / 1000;
    });
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output: text }));
  });
  const wallS = (performance.now() - started) / 1000;
  const report = await readFile(file, 'utf8').catch(() => '');
  await rm(scratch, { recursive: true, force: true });
  if (withTime) {
    // GNU time prints "Command exited with non-zero status N" before the figures.
    const figures = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(report);
    if (!figures)
      throw new Error(`node ${args.join(' ')} exited (${code}) without usage figures:\n${output}`);
    const [, , user, system, maxKb] = figures.map(Number) as [number, number, number, number, number];
    return { code, output, wallS, cpuS: user + system, maxRssMb: maxKb / 1024, ...(onlineS && { onlineS }) };
  }
  const usage = report ? (JSON.parse(report) as NodeJS.ResourceUsage) : undefined;
  if (!usage)
    throw new Error(`node ${args.join(' ')} exited (${code}) without reporting its usage:\n${output}`);
  return {
    code,
    output,
    wallS,
    cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMb: usage.maxRSS / 1024,
    ...(onlineS && { onlineS }),
  };
}
