import type { Paragraph, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { findMarkdownPhotos, isPhotoParagraph } from './markdown-photos.ts';

/** Class of the empty figure that marks where the n-th photo of a body goes. */
export const PHOTO_SLOT_CLASS = 'photo-slot';

/** Finds the slots in rendered HTML: `<figure class="photo-slot" data-photo="N"></figure>`. */
export const PHOTO_SLOT_PATTERN = /<figure class="photo-slot" data-photo="(\d+)"><\/figure>/g;

/**
 * Replaces each paragraph of Markdown photos (`![alt](file "Caption | Photo: Credit")`)
 * with empty slots numbered in document order. The page fills each slot with the
 * responsive, credited figure (PhotoCredit.astro), which needs astro:assets and
 * so cannot be produced inside the Markdown pipeline. Running before
 * remark-rehype also keeps Astro's own single-format image handling away.
 */
export function remarkPhotos() {
  return (tree: Root) => {
    const numbers = new Map(findMarkdownPhotos(tree).map((photo, n) => [photo.node, n]));
    if (numbers.size === 0) return;
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined || !isPhotoParagraph(node.children)) return;
      const slots = node.children.flatMap((child) => {
        const n = numbers.get(child as never);
        return n === undefined ? [] : [slot(n)];
      });
      parent.children.splice(index, 1, ...(slots as RootContent[]));
      return [SKIP, index + slots.length];
    });
  };
}

function slot(n: number) {
  return {
    type: 'photoSlot',
    children: [],
    data: { hName: 'figure', hProperties: { className: [PHOTO_SLOT_CLASS], dataPhoto: String(n) } },
  };
}
