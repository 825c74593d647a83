// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins } from './src/markdown/pipeline.ts';

// Deploy-specific values come from the environment, never from code edits:
// SITE_URL (e.g. https://news.example.org) and BASE_PATH (e.g. /live-news for a sub-folder).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default Rust processor runs no rehype plugins: select unified explicitly.
    processor: unified({
      rehypePlugins,
      gfm: true,
      // Quotes are printed exactly as the editor wrote them.
      smartypants: false,
    }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
});
