/** What picking key events needs to know. */
export interface KeyEventCandidate {
  keyEvent: boolean;
  title?: string;
}

/** The key events among updates, in the order given; the schema guarantees each has a title. */
export function pickKeyEvents<T extends KeyEventCandidate>(updates: readonly T[]): (T & { title: string })[] {
  return updates.filter((u): u is T & { title: string } => u.keyEvent && u.title !== undefined);
}
