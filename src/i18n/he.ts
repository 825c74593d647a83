import type { Translation } from './words.ts';

/**
 * Hebrew (עברית), written right to left. Partly translated on purpose: the words left out
 * fall back to English, and tests/unit/i18n/words.test.ts lists them for a translator.
 */
export const he: Translation = {
  skipToContent: 'דילוג לתוכן',
  search: 'חיפוש',
  topics: 'נושאים',
  archive: 'ארכיון',
  live: 'בשידור חי',
  ended: 'הסתיים',
  liveUpdates: 'עדכונים שוטפים',
  updates: 'עדכונים',
  coverageEnded: 'הסיקור החי הסתיים.',
  lastUpdated: 'עודכן לאחרונה: {time}',
  latest: 'האחרון',
  updateCount: { one: 'עדכון אחד', two: 'שני עדכונים', other: '{count} עדכונים' },
  latestUpdate: 'העדכון האחרון',
  published: 'פורסם: {time}',
  updatedAt: 'עודכן: {time}',
  by: 'מאת {names}',
  whatWeKnow: 'מה שידוע עד כה',
  keyEvents: 'אירועים מרכזיים',
  keyEvent: 'אירוע מרכזי',
  share: 'שיתוף',
  shareWhat: ' של העדכון',
  linkCopied: 'הקישור הועתק',
  newUpdates: { one: 'עדכון חדש אחד', two: 'שני עדכונים חדשים', other: '{count} עדכונים חדשים' },
  correction: 'תיקון:',
  pageOf: 'עמוד {number} מתוך {count}',
  newer: 'חדשים יותר',
  older: 'ישנים יותר',
  readUpdateInLive: 'לקריאת העדכון בסיקור החי',
  playVideo: 'הפעלת הסרטון',
  providerVideo: 'סרטון ב־{provider}',
  watchOn: 'צפייה ב־{provider}',
  viewOn: 'הצגה ב־{provider}',
  offline: 'לא מקוון',
  offlineNote: 'לא מקוון, עודכן לאחרונה ב־{time}',
  offlineTitle: 'אין חיבור לאינטרנט',
  offlineText:
    'הדף הזה לא נשמר במכשיר, ולכן אי אפשר להציג אותו בלי חיבור. דפים באתר הזה שפתחתם בעבר אפשר לקרוא גם בלי חיבור.',
  offlineRetry: 'נסו שוב כשהחיבור יחזור, או {link}.',
  goToFrontPage: 'עברו לעמוד הראשי',
};
