import { spawn } from 'node:child_process';

export interface ScriptResult {
  code: number | null;
  output: string;
}

/** Runs `node <args>` in `cwd` (tests run on the pinned Node) and collects its output. */
export function runNodeScript(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, CONTENT_DIR: '', OUT_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
