import { mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer, type StaticServer } from '../../tests/helpers/static-server.ts';
import { writeCorpus, articleSlug } from '../bench/corpus.ts';
import { copyProject, projectRoot } from '../bench/project-copy.ts';
import { measureNode } from '../bench/measure.ts';

export interface AuditSite {
  /** Front page, seed article, long live article (200 updates, paginated). */
  urls: { name: string; url: string }[];
  close(): Promise<void>;
}

const SEED = 'moscow-concert-hall-attack';
const COMPRESSIBLE = /\.(html|css|js|json|xml|svg|txt)$/;

/** As a static host or CDN serves it: precompressed text files (sirv picks .gz when asked). */
async function precompress(dist: string) {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
  }
}

/**
 * Builds the project's content plus a generated live article of 200 updates in a
 * temporary copy and serves it on 127.0.0.1 with compression.
 */
export async function startAuditSite(): Promise<AuditSite> {
  const dir = await mkdtemp(join(tmpdir(), 'live-news-audit-'));
  let server: StaticServer | undefined;
  try {
    await copyProject(dir);
    const content = join(dir, 'content');
    await cp(join(projectRoot, 'content'), content, { recursive: true });
    await writeCorpus(content, { articles: 1, updates: 200, photos: 0, seed: 3 });
    const result = await measureNode(dir, ['scripts/build.ts'], {
      CONTENT_DIR: content,
      OUT_DIR: '',
      ASTRO_CACHE_DIR: join(dir, '.cache'),
      BUILD_LOG_LEVEL: 'silent',
    });
    if (result.code !== 0) throw new Error(`The audit site did not build:\n${result.output}`);
    const dist = join(dir, 'dist');
    await precompress(dist);
    server = await startStaticServer(dist, '/', { gzip: true });
    const base = server.url;
    return {
      urls: [
        { name: 'front page', url: base },
        { name: 'seed article', url: `${base}articles/${SEED}/` },
        { name: 'live article, 200 updates', url: `${base}articles/${articleSlug(0)}/` },
      ],
      close: async () => {
        await server?.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
