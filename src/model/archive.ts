export interface MonthGroup<T> {
  /** "2024" */
  year: string;
  /** "03" */
  month: string;
  /** "March 2024", in the site's locale. */
  label: string;
  articles: T[];
}

/**
 * Groups articles by the month they were published in, in each article's own time zone
 * (`published.day` is already the local calendar day). Newest month first; articles
 * keep the order they came in.
 */
export function groupByMonth<T extends { published: { day: string } }>(
  articles: readonly T[],
  locale: string,
): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  for (const article of articles) {
    const [year = '', month = ''] = article.published.day.split('-');
    const key = `${year}-${month}`;
    const group = groups.get(key) ?? { year, month, label: monthLabel(year, month, locale), articles: [] };
    group.articles.push(article);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([, group]) => group);
}

export function monthLabel(year: string, month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
}
