import { describe, expect, it } from 'vitest';
import { dateMs, parseDuration, parseSince } from '../../src/crawl/time.js';
import { isCopydeskError } from '../../src/errors.js';

describe('durations and --since', () => {
  it('reads durations', () => {
    expect(parseDuration('90d')).toBe(90 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration(' 30m ')).toBe(30 * 60_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    for (const bad of ['', '90', 'd', '-1d', '5 days', '1e3s']) {
      expect(() => parseDuration(bad)).toThrow(expect.objectContaining({ code: 'USAGE' }));
    }
  });

  it('reads --since as a duration back from now or as a date', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(parseSince('2d', now)).toBe(Date.parse('2026-11-27T12:00:00Z'));
    expect(parseSince('2026-11-01', now)).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseSince('2026-11-01T06:00:00+02:00', now)).toBe(Date.parse('2026-11-01T04:00:00Z'));
    try {
      parseSince('last tuesday', now);
      throw new Error('expected a usage error');
    } catch (err) {
      expect(isCopydeskError(err) && err.code).toBe('USAGE');
    }
  });

  it('refuses --since values Date.parse would guess at: a bare number, a day the month has not, nothing', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    for (const bad of ['5', '90', '2026-02-30', '2026-13-01', '', '  ', 'yesterday']) {
      expect(() => parseSince(bad, now), bad).toThrow(expect.objectContaining({ code: 'USAGE' }));
    }
    expect(parseSince('2026-11-01 08:00', now)).toBe(Date.parse('2026-11-01T08:00:00Z'));
    expect(parseSince('2024-02-29', now)).toBe(Date.parse('2024-02-29T00:00:00Z'));
  });

  it('reads feed dates, bare dates as UTC midnight', () => {
    expect(dateMs('2026-11-20')).toBe(Date.parse('2026-11-20T00:00:00Z'));
    expect(dateMs('2026-11-20T08:30:00+00:00')).toBe(Date.parse('2026-11-20T08:30:00Z'));
    expect(dateMs(null)).toBeNull();
    expect(dateMs('garbage')).toBeNull();
  });
});
