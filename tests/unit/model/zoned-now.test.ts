import { describe, expect, it } from 'vitest';
import { formatFileStamp, formatZonedDateTime } from '../../../src/model/zoned-now.ts';

// Around the 2024 spring change: Europe moves its clocks on 31 March at 01:00 UTC,
// the United States on 10 March at 02:00 local time.
describe('formatZonedDateTime and formatFileStamp', () => {
  it.each([
    ['2024-03-31T00:59:59Z', 'Europe/Brussels', '2024-03-31T01:59:59+01:00', '2024-03-31-0159'],
    ['2024-03-31T01:00:00Z', 'Europe/Brussels', '2024-03-31T03:00:00+02:00', '2024-03-31-0300'],
    ['2024-03-31T00:30:00Z', 'Europe/London', '2024-03-31T00:30:00+00:00', '2024-03-31-0030'],
    ['2024-03-31T01:30:00Z', 'Europe/London', '2024-03-31T02:30:00+01:00', '2024-03-31-0230'],
    ['2024-10-27T00:30:00Z', 'Europe/London', '2024-10-27T01:30:00+01:00', '2024-10-27-0130'],
    ['2024-10-27T01:30:00Z', 'Europe/London', '2024-10-27T01:30:00+00:00', '2024-10-27-0130'],
    ['2024-03-10T06:59:00Z', 'America/New_York', '2024-03-10T01:59:00-05:00', '2024-03-10-0159'],
    ['2024-03-10T07:00:00Z', 'America/New_York', '2024-03-10T03:00:00-04:00', '2024-03-10-0300'],
    ['2024-03-24T12:00:00Z', 'Asia/Kolkata', '2024-03-24T17:30:00+05:30', '2024-03-24-1730'],
    ['2024-03-24T23:30:00Z', 'UTC', '2024-03-24T23:30:00+00:00', '2024-03-24-2330'],
  ])('%s in %s is %s (file %s)', (instant, zone, dateTime, stamp) => {
    const epoch = Date.parse(instant);
    expect(formatZonedDateTime(epoch, zone)).toBe(dateTime);
    expect(formatFileStamp(epoch, zone)).toBe(stamp);
    // The written value means exactly the same instant.
    expect(Date.parse(dateTime)).toBe(epoch);
  });
});
