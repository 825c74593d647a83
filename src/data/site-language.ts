import { pageLanguage, type PageLanguage } from '../i18n/language.ts';
import { site } from '../site.ts';

/** The site's own language (src/site.ts): pages that are not an article's, and articles without `lang`. */
export const SITE_LANGUAGE: PageLanguage = pageLanguage(undefined, site);
