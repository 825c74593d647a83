/**
 * Zone names readers know, for the zones where news usually happens. Intl in an English
 * locale only names a few zones ("CET", "BST"; en-GB writes New York as "GMT-5"), so the
 * names come from this table, and Intl is only the fallback for zones not listed here.
 *
 * `names` maps a UTC offset in minutes to the name used at that offset: the name at an
 * instant follows the offset actually in force (standard or daylight), and an offset the
 * table does not know (a zone that changed its rules) falls back to "UTC+4"-style text.
 *
 * `source` says where the names come from:
 * - "tzdata": the abbreviation in the IANA tz database (FORMAT column of the northamerica,
 *   europe, asia, australasia and africa files), which newsrooms also use;
 * - a locale such as "en-IN": the CLDR metazone short name in that locale (tests check each
 *   against the CLDR data Node ships);
 * - "tzdata<2017a": the abbreviation the tz database used until release 2017a replaced it with
 *   a number, still the one in press and airline use (BRT, ART).
 * A zone with no name in common English use ("none") keeps the numeric offset but still gets
 * its words ("Nepal time (UTC+5:45)"). China and Taiwan stay numeric on purpose: their tzdata
 * name "CST" reads as US Central time.
 */
export interface KnownZone {
  /** How the top of an article says it: "Times are Moscow time (MSK)". */
  words: string;
  /** Name by offset from UTC in minutes, e.g. { [-300]: 'EST', [-240]: 'EDT' }. */
  names: Readonly<Record<number, string>>;
  source: 'tzdata' | 'tzdata<2017a' | 'none' | `${string}-${string}`;
}

type Names = KnownZone['names'];
type Source = KnownZone['source'];

const US_EASTERN: Names = { [-300]: 'EST', [-240]: 'EDT' };
const US_CENTRAL: Names = { [-360]: 'CST', [-300]: 'CDT' };
const US_MOUNTAIN: Names = { [-420]: 'MST', [-360]: 'MDT' };
const US_PACIFIC: Names = { [-480]: 'PST', [-420]: 'PDT' };
const CENTRAL_EUROPE: Names = { 60: 'CET', 120: 'CEST' };
const EASTERN_EUROPE: Names = { 120: 'EET', 180: 'EEST' };
const AUSTRALIA_EAST: Names = { 600: 'AEST', 660: 'AEDT' };
const AUSTRALIA_CENTRAL: Names = { 570: 'ACST', 630: 'ACDT' };

const zone = (words: string, names: Names, source: Source): KnownZone => ({ words, names, source });
/** Zones named for their city: "Paris time". */
const cities = (ids: string[], names: Names, source: Source) =>
  ids.map((id): [string, KnownZone] => [id, zone(`${cityOf(id)} time`, names, source)]);

/** "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export function cityOf(id: string): string {
  return (id.split('/').pop() ?? id).replaceAll('_', ' ');
}

export const KNOWN_ZONES: ReadonlyMap<string, KnownZone> = new Map([
  // North America: tzdata, also CLDR "en" (en-US), which en-GB leaves out.
  ...['America/New_York', 'America/Detroit', 'America/Toronto', 'America/Indiana/Indianapolis'].map(
    (id): [string, KnownZone] => [id, zone('Eastern time', US_EASTERN, 'en-US')],
  ),
  ['America/Chicago', zone('Central time', US_CENTRAL, 'en-US')],
  ['America/Winnipeg', zone('Central time', US_CENTRAL, 'en-CA')],
  ['America/Mexico_City', zone('Mexico City time', US_CENTRAL, 'en-US')],
  ['America/Denver', zone('Mountain time', US_MOUNTAIN, 'en-US')],
  ['America/Edmonton', zone('Mountain time', US_MOUNTAIN, 'en-CA')],
  ['America/Phoenix', zone('Arizona time', { [-420]: 'MST' }, 'en-US')],
  ['America/Los_Angeles', zone('Pacific time', US_PACIFIC, 'en-US')],
  ['America/Vancouver', zone('Pacific time', US_PACIFIC, 'en-CA')],
  ['America/Anchorage', zone('Alaska time', { [-540]: 'AKST', [-480]: 'AKDT' }, 'en-US')],
  ['Pacific/Honolulu', zone('Hawaii time', { [-600]: 'HST' }, 'en-US')],
  ['America/Halifax', zone('Atlantic time', { [-240]: 'AST', [-180]: 'ADT' }, 'en-CA')],
  ['America/Puerto_Rico', zone('Puerto Rico time', { [-240]: 'AST' }, 'en-US')],
  ['America/St_Johns', zone('Newfoundland time', { [-210]: 'NST', [-150]: 'NDT' }, 'en-CA')],
  // South America: tz database names before 2017a.
  ['America/Sao_Paulo', zone('Brasília time', { [-180]: 'BRT', [-120]: 'BRST' }, 'tzdata<2017a')],
  ['America/Argentina/Buenos_Aires', zone('Argentina time', { [-180]: 'ART' }, 'tzdata<2017a')],
  // Europe: CLDR en-GB, except Ireland's summer IST (CLDR en-IE) and Moscow (tzdata only).
  ['Europe/London', zone('UK time', { 0: 'GMT', 60: 'BST' }, 'en-GB')],
  ['Europe/Dublin', zone('Irish time', { 0: 'GMT', 60: 'IST' }, 'en-IE')],
  ['Europe/Lisbon', zone('Lisbon time', { 0: 'WET', 60: 'WEST' }, 'en-GB')],
  ...cities(
    ['Amsterdam', 'Belgrade', 'Berlin', 'Brussels', 'Budapest', 'Copenhagen', 'Luxembourg', 'Madrid']
      .concat(['Oslo', 'Paris', 'Prague', 'Rome', 'Stockholm', 'Vienna', 'Warsaw', 'Zurich'])
      .map((city) => `Europe/${city}`),
    CENTRAL_EUROPE,
    'en-GB',
  ),
  ...cities(
    ['Athens', 'Bucharest', 'Helsinki', 'Kyiv', 'Riga', 'Sofia', 'Tallinn', 'Vilnius'].map(
      (c) => `Europe/${c}`,
    ),
    EASTERN_EUROPE,
    'en-GB',
  ),
  ['Africa/Cairo', zone('Cairo time', EASTERN_EUROPE, 'en-GB')],
  ['Europe/Moscow', zone('Moscow time', { 180: 'MSK' }, 'tzdata')],
  // Middle East and Asia.
  ['Asia/Jerusalem', zone('Israel time', { 120: 'IST', 180: 'IDT' }, 'tzdata')],
  ['Asia/Dubai', zone('UAE time', { 240: 'GST' }, 'en-GB')],
  ['Asia/Karachi', zone('Pakistan time', { 300: 'PKT', 360: 'PKST' }, 'tzdata')],
  ['Asia/Kolkata', zone('India time', { 330: 'IST' }, 'en-IN')],
  ['Asia/Kathmandu', zone('Nepal time', {}, 'none')],
  ['Asia/Dhaka', zone('Bangladesh time', {}, 'none')],
  ['Asia/Jakarta', zone('Jakarta time', { 420: 'WIB' }, 'tzdata')],
  ['Asia/Shanghai', zone('Beijing time', {}, 'none')],
  ['Asia/Taipei', zone('Taipei time', {}, 'none')],
  ['Asia/Hong_Kong', zone('Hong Kong time', { 480: 'HKT' }, 'en-HK')],
  ['Asia/Singapore', zone('Singapore time', { 480: 'SGT' }, 'en-SG')],
  ['Asia/Kuala_Lumpur', zone('Malaysia time', { 480: 'MYT' }, 'en-MY')],
  ['Asia/Tokyo', zone('Japan time', { 540: 'JST' }, 'tzdata')],
  ['Asia/Seoul', zone('South Korea time', { 540: 'KST' }, 'tzdata')],
  // Australia and New Zealand: CLDR en-AU (the same names as tzdata).
  ...cities(['Australia/Sydney', 'Australia/Melbourne', 'Australia/Hobart'], AUSTRALIA_EAST, 'en-AU'),
  ['Australia/Brisbane', zone('Brisbane time', { 600: 'AEST' }, 'en-AU')],
  ['Australia/Adelaide', zone('Adelaide time', AUSTRALIA_CENTRAL, 'en-AU')],
  ['Australia/Darwin', zone('Darwin time', { 570: 'ACST' }, 'en-AU')],
  ['Australia/Perth', zone('Perth time', { 480: 'AWST' }, 'en-AU')],
  ['Pacific/Auckland', zone('New Zealand time', { 720: 'NZST', 780: 'NZDT' }, 'en-NZ')],
  // Africa: CLDR in the countries' English locales (the same names as tzdata).
  ['Africa/Johannesburg', zone('South Africa time', { 120: 'SAST' }, 'en-ZA')],
  ...cities(['Africa/Nairobi', 'Africa/Addis_Ababa', 'Africa/Kampala'], { 180: 'EAT' }, 'en-KE'),
  ...cities(['Africa/Lagos', 'Africa/Kinshasa'], { 60: 'WAT' }, 'en-NG'),
  ...cities(['Africa/Harare', 'Africa/Maputo', 'Africa/Lusaka', 'Africa/Kigali'], { 120: 'CAT' }, 'en-ZW'),
  ['UTC', zone('UTC', { 0: 'UTC' }, 'en-GB')],
]);
