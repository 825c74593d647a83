import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { projectRoot } from './project-copy.ts';

/** `default`: Astro's own Markdown processor, no sanitizing. `sanitized`: unified + rehype-raw + rehype-sanitize. */
export type BaselineKind = 'default' | 'sanitized';

const CONFIGS: Record<BaselineKind, string> = {
  default: `import { defineConfig } from 'astro/config';
export default defineConfig({ cacheDir: './.cache', devToolbar: { enabled: false } });
`,
  sanitized: `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
export default defineConfig({
  cacheDir: './.cache',
  devToolbar: { enabled: false },
  markdown: { processor: unified({ rehypePlugins: [rehypeRaw, rehypeSanitize] }) },
});
`,
};

const FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-baseline", "private": true, "type": "module" }\n',
  'build.mjs': `import { build } from 'astro';
await build({ root: import.meta.dirname, logLevel: 'error' });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = \`\${process.env.CONTENT_DIR}/articles\`;
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/index.md', base }),
    schema: ({ image }) =>
      z.object({ title: z.string(), photo: z.object({ file: image(), alt: z.string() }).optional() }),
  }),
  updates: defineCollection({ loader: glob({ pattern: '*/updates/*.md', base }) }),
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---
<html lang="en"><head><meta charset="utf-8" /><title>News</title></head>
<body><h1>News</h1><ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul></body></html>
`,
  'src/pages/articles/[slug].astro': `---
import { Image } from 'astro:assets';
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const updates = Map.groupBy(await getCollection('updates'), (u) => u.id.split('/')[0]);
  return (await getCollection('articles')).map((article) => ({
    params: { slug: article.id },
    props: { article, updates: updates.get(article.id) ?? [] },
  }));
}
const { article, updates } = Astro.props;
const { Content } = await render(article);
const rendered = await Promise.all(updates.map(async (u) => ({ u, Body: (await render(u)).Content })));
---
<html lang="en"><head><meta charset="utf-8" /><title>{article.data.title}</title></head>
<body><h1>{article.data.title}</h1>
{article.data.photo && <Image src={article.data.photo.file} alt={article.data.photo.alt} />}
<Content />
<ol>{rendered.map(({ u, Body }) => <li><article><h2>{u.data.title}</h2><Body /></article></li>)}</ol>
</body></html>
`,
};

/**
 * Writes a minimal plain Astro site into `dir` (glob loaders over CONTENT_DIR, one page
 * per article with its lead photo, if any, through astro:assets, listing its updates) using the project's node_modules,
 * so the baselines run the very same Astro.
 */
export async function writeBaselineSite(dir: string, kind: BaselineKind): Promise<void> {
  const files = { ...FILES, 'astro.config.mjs': CONFIGS[kind] };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
