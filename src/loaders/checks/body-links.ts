import type { Html, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

/** A link in a Markdown body, with its line in the whole file. */
export interface BodyLink {
  url: string;
  line: number;
}

interface Source {
  text: string;
  body: string;
}

/** A body as the Markdown parser sees it (so code examples are never taken for links or images). */
export interface ParsedBody {
  tree: Root;
  /** Turns a line of the body into a line of the whole file. */
  fileLine: (bodyLine: number | undefined) => number;
}

const cache = new WeakMap<Source, ParsedBody>();

export function parseBody(source: Source): ParsedBody {
  const cached = cache.get(source);
  if (cached) return cached;
  // The body is the end of the text, after the front matter.
  const first = source.text.slice(0, source.text.length - source.body.length).split('\n').length;
  const parsed: ParsedBody = {
    tree: fromMarkdown(source.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
    fileLine: (bodyLine) => first + (bodyLine ?? 1) - 1,
  };
  cache.set(source, parsed);
  return parsed;
}

const ANCHOR = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Links written in Markdown (inline, reference definitions, autolinks) or as raw `<a href>`. */
export function bodyLinks(source: Source): BodyLink[] {
  const { tree, fileLine } = parseBody(source);
  const links: BodyLink[] = [];
  visit(tree, (node: Nodes) => {
    const line = fileLine(node.position?.start.line);
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    if (node.type === 'html') links.push(...rawAnchors(node, line));
  });
  return links;
}

function rawAnchors(node: Html, line: number): BodyLink[] {
  return [...node.value.matchAll(ANCHOR)].map((match) => ({
    url: match[1] ?? match[2] ?? match[3] ?? '',
    line: line + node.value.slice(0, match.index).split('\n').length - 1,
  }));
}
