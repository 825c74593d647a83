import { formatNewsTime, type FormattedTime } from './format-time.ts';

/** One item of a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeedItem {
  id: string;
  url: string;
  title?: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified?: string;
  authors?: { name: string; url?: string }[];
  tags?: string[];
  image?: string;
  /** The item's language, when it is not the feed's (an article with its own `lang`). */
  language?: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  icon?: string;
  authors?: { name: string; url?: string }[];
  items: JsonFeedItem[];
}

export function buildJsonFeed(feed: Omit<JsonFeed, 'version'>): JsonFeed {
  return { version: 'https://jsonfeed.org/version/1.1', ...feed };
}

/**
 * JSON Feed dates must be RFC 3339 date-times. A date-only value ("2024-03-24")
 * becomes the start of that day in the article's zone, with its offset.
 */
export function toRfc3339(time: FormattedTime, zone: string): string {
  if (time.datetime.includes('T')) return time.datetime;
  return formatNewsTime({ kind: 'instant', value: '', epochMs: time.epochMs }, zone, 'en-GB').datetime;
}
