/**
 * The HTML id of an update, from its file name: "2024-03-24 Expert.md" -> "update-2024-03-24-expert".
 * The prefix keeps update ids apart from the page's own ids and from heading ids in bodies.
 */
export function updateIdFromFileName(fileName: string): string {
  return `update-${fileNameSlug(fileName) || 'untitled'}`;
}

/** "2024-03-24 Zürich.md" -> "2024-03-24-zurich": accents folded, anything else a hyphen. */
export function fileNameSlug(fileName: string): string {
  return fileName
    .replace(/\.md$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Article slugs are folder names and URLs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
