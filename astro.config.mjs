// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';
import { MAX_PHOTO_PIXELS } from './src/images/inspect-photo.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/csp.ts';
import { sitemapWithLastmod } from './src/integrations/sitemap.ts';
import { updatePermalinks } from './src/integrations/permalinks.ts';
import { contentReadReleased } from './src/integrations/content-read.ts';
import { siteAddress } from './src/model/site-address.ts';
import { site as siteSettings } from './src/site.ts';

// The public address is `url` in src/site.ts; SITE_URL (e.g. https://news.example.org) overrides
// it and BASE_PATH (e.g. /live-news for a sub-folder) sets the base for one deploy.
const site = siteAddress(siteSettings.url, process.env.SITE_URL).url;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // One permalink page per update, written from one rendered template (src/integrations/permalinks.ts);
  // sitemap-index.xml with a lastmod per page from the content (src/integrations/sitemap.ts).
  // The content tree the loaders read is let go once the sync is over (src/integrations/content-read.ts).
  integrations: [contentReadReleased(), updatePermalinks(), ...sitemapWithLastmod()],
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default Rust processor runs no rehype plugins: select unified explicitly, with
    // the options in src/markdown/pipeline.ts (the content loader's render workers use them too).
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // Photos: sharp never decodes more than the content check allows (src/images/inspect-photo.ts);
  // AVIF at effort 2 encodes several times faster than the default 4 for nearly the same size.
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { limitInputPixels: MAX_PHOTO_PIXELS, avif: { effort: 2 } },
    },
  },
  // Strict CSP in a <meta> on every page, with hashes of what Astro bundles (see src/security/csp.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // The content store in parts of at most 20 MiB instead of one file: a large archive's
  // store (about 1.2 KB per update: 480 MB at 10,000 articles x 40 updates) would come
  // near V8's longest string as one file, and the build reads it back as one module.
  experimental: { collectionStorage: 'chunked' },
  // Scripts always ship as files, never inlined into pages: one header policy then fits every page.
  vite: { build: { assetsInlineLimit: 0 } },
});
