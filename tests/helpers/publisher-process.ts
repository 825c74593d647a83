import { spawn } from 'node:child_process';

export interface PublisherProcess {
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, then its exit code once it stopped. */
  stop(): Promise<number | null>;
}

/** Starts `npm run publisher` in `cwd` and resolves once it says it is ready (fails if it exits first). */
export function startPublisher(cwd: string, env: Record<string, string> = {}): Promise<PublisherProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/publisher.ts'], {
      cwd,
      env: { ...process.env, CONTENT_DIR: '', OUT_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let ready = false;
    const closed = new Promise<number | null>((done) => child.on('close', done));
    const handle: PublisherProcess = {
      output: () => text,
      stop: () => {
        child.kill('SIGTERM');
        return closed;
      },
    };
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (!ready && /^Publisher ready in /m.test(text)) {
        ready = true;
        resolve(handle);
      }
    });
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    void closed.then((code) => {
      if (!ready) reject(new Error(`The publisher exited (${code}) before it was ready:\n${text}`));
    });
  });
}
