/**
 * Runs `run` over `items` at most `size` at a time (enough to keep a disk busy, few
 * enough for the open-file limit); results come back in the items' order.
 */
export async function mapInBatches<T, R>(
  items: readonly T[],
  size: number,
  run: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)))));
  }
  return results;
}
