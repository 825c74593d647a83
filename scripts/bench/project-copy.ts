import { cp, mkdir, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a copy of the project needs to build; content comes from CONTENT_DIR or is copied in. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the project into `dir` and links the shared node_modules, so a build
 * there never races other builds over `.astro/`. Callers should point
 * ASTRO_CACHE_DIR inside `dir` too: the default cache sits in node_modules.
 */
export async function copyProject(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of PROJECT_FILES) await cp(join(projectRoot, file), join(dir, file), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
