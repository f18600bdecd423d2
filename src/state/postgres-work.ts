/**
 * The statements every item costs on a shared state, in batched form (one array per
 * column, unnest on the server): the item's claim and the host's turn taken and ended, all
 * three in one statement on the leases connection; and the item marked done with its
 * record on the ledger's. A worker's calls made while the previous statement is on its way
 * go to the server together (postgres-batch.ts); alone, a call is a batch of one.
 */
import { pgJson } from './pg-json.js';
import { Batcher } from './postgres-batch.js';
import type { PgRunner } from './postgres-pool.js';
import type { ItemUpdate } from './store.js';

/** A call on the leases connection: claim an item, take a host's turn, or end it. */
export type LeaseCall = { kind: 'claim'; url: string; leaseMs: number } | { kind: 'take'; host: string; holdMs: number } | { kind: 'end'; host: string; quietMs: number };

export interface Finish {
  url: string;
  update: ItemUpdate;
}

// All three kinds in one statement, each kind from its own arrays (empty when it has no call).
// A new item's row is created already claimed; a known one is claimed when it is open (not
// done), and its lease is free, over, or already this worker's. A row another worker is
// claiming this instant is skipped, not waited for: it is theirs. A turn is taken when the
// host's row is new or its quiet time is over (a holder that died is over too: holdMs); it
// is ended only while the holder field says it is still ours (not taken over after holdMs),
// and the quiet time starts then.
const LEASE_CALLS = `
WITH q AS (SELECT * FROM unnest($1::text[], $2::bigint[]) AS q(url, lease)),
ins AS (INSERT INTO items(url, status, attempts, first_seen, updated_at, lease_owner, lease_until)
        SELECT url, 'pending', 0, $3, $3, $4, copydesk_now_ms() + lease FROM q ON CONFLICT (url) DO NOTHING RETURNING url),
c AS (SELECT i.url FROM items i JOIN q ON q.url = i.url WHERE i.status NOT IN ('done', 'duplicate')
        AND (i.lease_until IS NULL OR i.lease_until < copydesk_now_ms() OR i.lease_owner = $4) FOR UPDATE OF i SKIP LOCKED),
upd AS (UPDATE items t SET lease_owner = $4, lease_until = copydesk_now_ms() + q.lease FROM c JOIN q ON q.url = c.url WHERE t.url = c.url RETURNING t.url),
took AS (INSERT INTO host_pace AS p (host, next_at, holder)
        SELECT host, copydesk_now_ms() + hold, $4 FROM unnest($5::text[], $6::bigint[]) AS t(host, hold)
        ON CONFLICT (host) DO UPDATE SET next_at = CASE WHEN p.next_at <= copydesk_now_ms() THEN excluded.next_at ELSE p.next_at END,
          holder = CASE WHEN p.next_at <= copydesk_now_ms() THEN $4 ELSE p.holder END
        RETURNING host, holder, greatest(next_at - copydesk_now_ms(), 0) AS wait),
ended AS (UPDATE host_pace p SET next_at = copydesk_now_ms() + e.quiet, holder = NULL
        FROM unnest($7::text[], $8::bigint[]) AS e(host, quiet) WHERE p.host = e.host AND p.holder = $4 RETURNING p.host)
SELECT 'claim' AS kind, url AS key, NULL AS holder, 0::bigint AS wait FROM ins
UNION ALL SELECT 'claim', url, NULL, 0 FROM upd
UNION ALL SELECT 'take', host, holder, wait FROM took
UNION ALL SELECT 'end', host, NULL, 0 FROM ended`;

// With records, one statement writes both (one statement, one transaction): a record is there exactly when its item is done.
const FINISH_ITEMS = `
WITH q AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
             AS q(url, status, source, canonical, body_hash, out_path, error, id, record)),
kept AS (INSERT INTO records(url, id, written_at, record) SELECT url, id, $10, record::jsonb FROM q WHERE record IS NOT NULL ON CONFLICT (url) DO NOTHING)
INSERT INTO items(url, status, source, canonical, body_hash, out_path, error, attempts, first_seen, updated_at)
SELECT url, status, source, canonical, body_hash, out_path, error, 1, $10, $10 FROM q
ON CONFLICT (url) DO UPDATE SET status = excluded.status, source = COALESCE(excluded.source, items.source),
  canonical = COALESCE(excluded.canonical, items.canonical), body_hash = COALESCE(excluded.body_hash, items.body_hash),
  out_path = COALESCE(excluded.out_path, items.out_path), error = excluded.error,
  attempts = items.attempts + 1, updated_at = excluded.updated_at, lease_owner = NULL, lease_until = NULL`;

export interface WorkBatches {
  /** Claims, turns taken and ended: 1 for a claim won, 0 for one lost; 0 for a turn taken, else the wait; 0 for a turn ended. */
  lease: Batcher<LeaseCall, number>;
  finish: Batcher<Finish, void>;
}

const callKey = (c: LeaseCall): string => (c.kind === 'claim' ? `item ${c.url}` : `host ${c.host}`);

/** The batched statements of one worker: leases and turns on `leases`, the ledger on `ledger`. */
export function workBatches(leases: PgRunner, ledger: PgRunner, owner: string, now: () => number): WorkBatches {
  return {
    lease: new Batcher(async (calls: LeaseCall[]) => {
      const claims = calls.filter((c) => c.kind === 'claim');
      const takes = calls.filter((c) => c.kind === 'take');
      const ends = calls.filter((c) => c.kind === 'end');
      const r = await leases.query<{ kind: LeaseCall['kind']; key: string; holder: string | null; wait: number }>(LEASE_CALLS, [
        claims.map((c) => c.url),
        claims.map((c) => c.leaseMs),
        now(),
        owner,
        takes.map((t) => t.host),
        takes.map((t) => t.holdMs),
        ends.map((e) => e.host),
        ends.map((e) => e.quietMs),
      ]);
      const rows = new Map(r.rows.map((row) => [`${row.kind} ${row.key}`, row]));
      return calls.map((c) => {
        if (c.kind === 'end') return 0;
        const row = rows.get(c.kind === 'claim' ? `claim ${c.url}` : `take ${c.host}`);
        if (c.kind === 'claim') return row ? 1 : 0;
        return row && row.holder === owner ? 0 : Math.max(1, row?.wait ?? 1);
      });
    }, callKey),
    finish: new Batcher<Finish, void>(
      async (fs: Finish[]) => {
        const col = (f: (u: ItemUpdate) => string | null | undefined): (string | null)[] => fs.map((x) => f(x.update) ?? null);
        await ledger.query(FINISH_ITEMS, [
          fs.map((x) => x.url),
          col((u) => u.status),
          col((u) => u.source),
          col((u) => u.canonical),
          col((u) => u.bodyHash),
          col((u) => u.outPath),
          col((u) => u.error),
          col((u) => (u.record ? (u.record.id ?? '') : null)),
          col((u) => (u.record ? pgJson(u.record) : null)),
          now(),
        ]);
        return fs.map(() => undefined);
      },
      (x) => x.url,
    ),
  };
}
