/**
 * The result for `key` in `results` (the last `limit` keys used, most recent last), or
 * `make`'s, kept in their place. A result that fails is not kept: the next caller makes it
 * again and reports its own error. Callers must not change what a result holds.
 */
export function recentResult<T>(
  results: Map<string, Promise<T>>,
  key: string,
  limit: number,
  make: () => Promise<T>,
): Promise<T> {
  let result = results.get(key);
  if (!result) {
    result = make();
    result.catch(() => results.delete(key));
  }
  // Most recently used last; the oldest goes once more than `limit` are kept.
  results.delete(key);
  results.set(key, result);
  for (const old of results.keys()) {
    if (results.size <= limit) break;
    results.delete(old);
  }
  return result;
}
