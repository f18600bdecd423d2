import { describe, expect, it } from 'vitest';
import { redactUrl, selectState } from '../../src/state/select.js';
import { cli } from '../crawl/helpers.js';

describe('choosing the state', () => {
  it('--state, else COPYDESK_STATE, else the default file; a postgres:// URL names a server', () => {
    expect(selectState('postgres://u@h:5432/db', {}, '/w')).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(selectState(undefined, { COPYDESK_STATE: 'postgresql://u@h/db' }, '/w')).toEqual({ kind: 'postgres', url: 'postgresql://u@h/db' });
    expect(selectState('s.db', { COPYDESK_STATE: 'postgres://u@h/db' }, '/w')).toEqual({ kind: 'sqlite', path: '/w/s.db' });
    expect(selectState(undefined, { COPYDESK_STATE: 'other.db' }, '/w')).toEqual({ kind: 'sqlite', path: '/w/other.db' });
    expect(selectState(undefined, { HOME: '/home/a' }, '/w')).toEqual({ kind: 'sqlite', path: '/home/a/.local/state/copydesk/state.db' });
  });

  it('refuses an empty --state (it fell through to the default file) and a URL of another scheme (it became folders)', async () => {
    for (const named of ['', '  ', 'mysql://x/y']) expect(() => selectState(named, { COPYDESK_STATE: '/x.db' }, '/w'), named).toThrow(expect.objectContaining({ code: 'USAGE' }));
    const r = await cli(['state', 'stats', '--state', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--state is empty');
    const forget = await cli(['state', 'forget', '', '--state', '/nonexistent/s.db']);
    expect(forget.code).toBe(2);
    expect(forget.stderr).toContain('it would forget everything');
  });

  it('never shows a password', () => {
    expect(redactUrl('postgres://crawler:s3cret@db.example:5432/news')).toBe('postgres://crawler:***@db.example:5432/news');
    expect(redactUrl('postgres://crawler@db.example/news')).toBe('postgres://crawler@db.example/news');
  });

  it('a server that cannot be reached: one message, without the password, exit 1, nothing fetched', async () => {
    const r = await cli(['crawl', 'http://127.0.0.1:9/feed.xml', '--state', 'postgres://crawler:s3cret@127.0.0.1:1/news']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot reach the state database postgres:\/\/crawler:\*\*\*@127\.0\.0\.1:1\/news/);
    expect(r.stderr).not.toMatch(/s3cret/);
    const exp = await cli(['export'], { COPYDESK_STATE: 'postgres://crawler:s3cret@127.0.0.1:1/news' });
    expect(exp.code).toBe(1);
    expect(exp.stderr).not.toMatch(/s3cret/);
  });
});
