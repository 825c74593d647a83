import type { AstroIntegration } from 'astro';
import { releaseContentReads } from '../loaders/shared-read.ts';

/**
 * Lets go of the content tree the loaders read, once the content sync is over: Astro
 * runs `astro:build:start` after the sync, and nothing in the build reads the tree after
 * it (see releaseContentReads). The dev server never starts a build, so it keeps its
 * read for the next change.
 */
export function contentReadReleased(): AstroIntegration {
  return {
    name: 'live-news:content-read-released',
    hooks: {
      'astro:build:start': () => releaseContentReads(),
    },
  };
}
