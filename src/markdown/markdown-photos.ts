import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** An image written in Markdown (`![alt](file "title")` or `![alt][ref]`), in document order. */
export interface MarkdownPhoto {
  node: Image | ImageReference;
  url: string;
  alt: string;
  title: string | null;
  /** 1-based line within the Markdown body. */
  line: number;
  /** The image is the only thing in its paragraph (a photo on a line of its own). */
  standalone: boolean;
}

/**
 * Every Markdown image of a body, in document order. The content reader and the
 * remark plugin both call this on the same Markdown, so the n-th photo found at
 * build time is the n-th photo the reader validated.
 */
export function findMarkdownPhotos(tree: Root): MarkdownPhoto[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const photos: MarkdownPhoto[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const target = node.type === 'image' ? node : definitions.get(node.identifier);
    // A reference without a definition is printed as plain text, not an image.
    if (!target) return;
    photos.push({
      node,
      url: target.url,
      alt: node.alt ?? '',
      title: target.title ?? null,
      line: node.position?.start.line ?? 1,
      standalone: parent?.type === 'paragraph' && isPhotoParagraph(parent.children),
    });
  });
  return photos;
}

/** A paragraph holding only images (several make a small gallery) and the line breaks between them. */
export function isPhotoParagraph(children: readonly Nodes[]): boolean {
  return (
    children.some((c) => c.type === 'image' || c.type === 'imageReference') &&
    children.every(
      (c) =>
        c.type === 'image' ||
        c.type === 'imageReference' ||
        c.type === 'break' ||
        (c.type === 'text' && c.value.trim() === ''),
    )
  );
}
