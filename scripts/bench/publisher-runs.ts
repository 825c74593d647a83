import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LARGE_HEAP } from '../large-heap.ts';

/** A running `npm run publisher` (the bench's and the tests'), started and measured from outside. */
export interface RunningPublisher {
  /** Seconds from spawn until it said it was ready, and its CPU seconds by then. */
  readyS: number;
  readyCpuS: number;
  /** Its CPU seconds so far (user + system, from /proc). */
  cpuS(): Promise<number>;
  /** Its peak resident memory so far, in MB (from /proc). */
  peakRssMb(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts `node scripts/publisher.ts` in `dir` and resolves when it is ready; rejects with
 * what it printed when it exits first. Linux only (/proc).
 */
export function startPublisherProcess(dir: string, env: Record<string, string>): Promise<RunningPublisher> {
  const started = performance.now();
  const child = spawn(process.execPath, [LARGE_HEAP, 'scripts/publisher.ts'], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = new Promise<void>((done) => child.on('close', () => done()));
  const proc = (file: string) => readFile(join('/proc', String(child.pid), file), 'utf8');
  const cpuS = async () => {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): utime and
    // stime, in clock ticks of 1/100 s on Linux.
    const stat = await proc('stat');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const peakRssMb = async () => Number(/VmHWM:\s+(\d+)/.exec(await proc('status'))?.[1] ?? 0) / 1024;
  return new Promise((resolve, reject) => {
    let text = '';
    let ready = false;
    child.stdout.on('data', async (chunk) => {
      text += chunk;
      if (ready || !/^Publisher ready in /m.test(text)) return;
      ready = true;
      const readyS = (performance.now() - started) / 1000;
      resolve({
        readyS,
        readyCpuS: await cpuS(),
        cpuS,
        peakRssMb,
        stop: () => {
          child.kill('SIGTERM');
          return closed;
        },
      });
    });
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    void closed.then(() => {
      if (!ready) reject(new Error(`The publisher exited before it was ready:\n${text}`));
    });
  });
}
