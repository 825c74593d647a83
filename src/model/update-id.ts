/**
 * The HTML id of an update, from its file name: "2024-03-24 Expert.md" -> "update-2024-03-24-expert".
 * The prefix keeps update ids apart from the page's own ids and from heading ids in bodies.
 */
export function updateIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.md$/i, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `update-${slug || 'untitled'}`;
}

/** Article slugs are folder names and URLs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
