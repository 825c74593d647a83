/** What a byline needs to show and link a staff author. */
export interface AuthorRef {
  /** The author's id (file name in content/authors/); the author page is /authors/<id>/. */
  id: string;
  name: string;
}

/**
 * The author behind an id. The content check has already refused unknown ids, so
 * a missing entry only happens in tests; the id then stands in for the name.
 */
export function resolveAuthor(id: string, authors?: ReadonlyMap<string, string>): AuthorRef {
  return { id, name: authors?.get(id) ?? id };
}
