import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authorFileText } from '../model/scaffold.ts';
import { SLUG_PATTERN } from '../model/update-id.ts';
import { AuthorSchema } from '../schemas/author.ts';
import { ScaffoldError } from './new-files.ts';

export interface NewAuthorOptions {
  name?: string;
  role?: string;
  url?: string;
}

/** Creates `content/authors/<id>.md` with the fields the author page needs; never overwrites. */
export async function createAuthor(contentDir: string, id: string, options: NewAuthorOptions) {
  if (!SLUG_PATTERN.test(id)) {
    throw new ScaffoldError(
      `"${id}" cannot be an author id; use lowercase letters, digits and hyphens, e.g. anna-peeters`,
    );
  }
  const fields = { name: options.name?.trim() ?? '', role: options.role?.trim() ?? '', url: options.url };
  if (!fields.name) throw new ScaffoldError('give the name printed in bylines: --name "Anna Peeters"');
  if (!fields.role) throw new ScaffoldError('give the job title: --role "Brussels correspondent"');
  // The same rules as the content check, so the command never writes a file the build refuses.
  const checked = AuthorSchema.safeParse(fields);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ScaffoldError(`--${String(issue.path[0])}: ${issue.message}`);
  }
  const dir = join(contentDir, 'authors');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${id}.md`);
  try {
    await writeFile(path, authorFileText(fields), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ScaffoldError(
      `content/authors/${id}.md already exists and was not overwritten; choose another id`,
    );
  }
  return { path };
}
