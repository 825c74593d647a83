/** A credit line split into who took the photo and for whom. */
export interface ParsedCredit {
  /** The photographer (or the only name given). */
  name: string;
  /** The agency or publication after the slash, e.g. "Reuters" in "Jane Doe/Reuters". */
  agency?: string;
}

/** Reads the newsroom convention "NAME/AGENCY" ("Jane Doe/Reuters"); a credit without a slash is one name. */
export function parseCredit(credit: string): ParsedCredit {
  const slash = credit.indexOf('/');
  const name = (slash < 0 ? credit : credit.slice(0, slash)).trim();
  const agency = slash < 0 ? '' : credit.slice(slash + 1).trim();
  if (!name) return { name: agency || credit.trim() };
  return agency ? { name, agency } : { name };
}

/** "Photo credits: A, B": every distinct credit once, in the order the photos appear. */
export function summariseCredits(credits: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const credit of credits) {
    const value = credit?.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}
