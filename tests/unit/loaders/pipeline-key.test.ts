import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pipelineFiles, pipelineKey } from '../../../src/loaders/pipeline-key.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A small project: an entry importing a plugin, which imports a model file; and a file nothing imports. */
async function project(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'live-news-pipeline-key-'));
  dirs.push(root);
  const all: Record<string, string> = {
    'src/markdown/pipeline.ts': "import { plugin } from './plugin.ts';\nexport const plugins = [plugin];\n",
    'src/markdown/plugin.ts':
      "import type { Root } from 'hast';\nimport { words } from '../model/words.ts';\nexport const plugin = () => words;\n",
    'src/model/words.ts': "export const words = 'Play video';\n",
    'src/loaders/render-markdown.ts': "export const render = await import('./render-helper.ts');\n",
    'src/loaders/render-helper.ts': 'export const x = 1;\n',
    'src/styles/page.ts': "export const css = 'body {}';\n",
    'package-lock.json': '{"lockfileVersion": 3}\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  return root;
}

describe('the Markdown pipeline key', () => {
  it('covers the entries and what they import by relative paths, transitively, and nothing else', async () => {
    expect(pipelineFiles(await project())).toEqual([
      'src/loaders/render-helper.ts',
      'src/loaders/render-markdown.ts',
      'src/markdown/pipeline.ts',
      'src/markdown/plugin.ts',
      'src/model/words.ts',
    ]);
  });

  it('changes with a file the pipeline imports, however deep, and with the lockfile', async () => {
    const key = pipelineKey(await project());
    expect(pipelineKey(await project())).toBe(key);
    expect(pipelineKey(await project({ 'src/model/words.ts': "export const words = 'Play';\n" }))).not.toBe(
      key,
    );
    expect(pipelineKey(await project({ 'src/loaders/render-helper.ts': 'export const x = 2;\n' }))).not.toBe(
      key,
    );
    expect(pipelineKey(await project({ 'package-lock.json': '{"lockfileVersion": 3, "x": 1}\n' }))).not.toBe(
      key,
    );
  });

  it('stays the same when only code outside the pipeline changes', async () => {
    const key = pipelineKey(await project());
    expect(pipelineKey(await project({ 'src/styles/page.ts': "export const css = 'p {}';\n" }))).toBe(key);
  });

  it("covers this project's sanitizer, plugins and render workers' renderer", () => {
    const files = pipelineFiles(projectRoot);
    for (const file of [
      'src/markdown/pipeline.ts',
      'src/markdown/sanitize-schema.ts',
      'src/markdown/rehype-embeds.ts',
      'src/markdown/rehype-local-images.ts',
      'src/markdown/remark-photos.ts',
      'src/loaders/render-markdown.ts',
    ])
      expect(files).toContain(file);
    expect(files.every((file) => file.startsWith('src/'))).toBe(true);
  });
});
