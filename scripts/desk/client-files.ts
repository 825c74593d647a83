// The desk's two static files: its stylesheet, and its script compiled from TypeScript
// (desk-client.ts) once at start with the project's own compiler; nothing else is served.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

export async function clientFiles(): Promise<Map<string, { type: string; text: string }>> {
  const source = await readFile(join(import.meta.dirname, 'desk-client.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return new Map([
    ['/desk.js', { type: 'text/javascript; charset=utf-8', text: outputText }],
    [
      '/desk.css',
      {
        type: 'text/css; charset=utf-8',
        text: await readFile(join(import.meta.dirname, 'desk.css'), 'utf8'),
      },
    ],
  ]);
}
