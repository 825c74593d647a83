/** What a build's log says about its Markdown: [rendered, of them while the content was read] per loader. */
export function renderedBodies(output: string): [number, number][] {
  return [
    ...output.matchAll(/(\d+) Markdown file\(s\) rendered, (\d+) of them while the content was read/g),
  ].map((m) => [Number(m[1]), Number(m[2])]);
}

/** How many bodies a build's log says were rendered while the content was read. */
export const earlyRendered = (output: string) =>
  renderedBodies(output).reduce((sum, [, early]) => sum + early, 0);
