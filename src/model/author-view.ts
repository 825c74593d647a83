import type { AuthorData } from '../schemas/author.ts';

/** What an author page shows. */
export interface AuthorView<A> {
  id: string;
  name: string;
  role: string;
  url?: string;
  /** Articles they are credited on, or wrote an update in, in the order given (newest first). */
  articles: A[];
}

/** What attributing an article needs: its staff authors and its updates' authors. */
export interface Attributable {
  authors: readonly { id: string }[];
  updates: readonly { author?: { id: string } }[];
}

/** One view per author, with every article they wrote or contributed an update to. */
export function buildAuthorViews<A extends Attributable>(
  authors: readonly { id: string; data: AuthorData }[],
  articles: readonly A[],
): AuthorView<A>[] {
  return authors.map(({ id, data }) => ({
    id,
    name: data.name,
    role: data.role,
    ...(data.url && { url: data.url }),
    articles: articles.filter(
      (a) => a.authors.some((x) => x.id === id) || a.updates.some((u) => u.author?.id === id),
    ),
  }));
}
