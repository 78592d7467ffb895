// Reporting's reads (store.ts), compared with counting the sessions themselves: sessions and
// distinct patients for groupings, runs of months and zones a dashboard or the API asks for.

import assert from 'node:assert/strict';
import type pg from 'pg';
import { type CellQuery, countSessions, type Dimension } from '../../../src/reporting/store.ts';
import { type SessionFacts, sessionFacts } from './cells.ts';

const VALUE: Record<Dimension, (s: SessionFacts) => string | boolean | null> = {
  month: (s) => s.month.slice(0, 7),
  function: (s) => s.function,
  ageBand: (s) => s.ageBand,
  commune: (s) => s.commune || null,
  mode: (s) => s.mode,
  outcome: (s) => s.outcome,
  bim: (s) => s.bim,
  zone: (s) => s.zone || null,
};

function straightCount(facts: SessionFacts[], query: CellQuery, groupBy: readonly Dimension[]) {
  const rows = new Map<string, { keys: Record<string, unknown>; sessions: number; patients: Set<string> }>();
  for (const s of facts) {
    const month = s.month.slice(0, 7);
    if (s.networkId !== query.networkId || month < query.from || month > query.to) continue;
    if (query.zoneId && s.zone !== query.zoneId) continue;
    const keys = Object.fromEntries(groupBy.map((dimension) => [dimension, VALUE[dimension](s)]));
    const key = JSON.stringify(keys);
    const row = rows.get(key) ?? { keys, sessions: 0, patients: new Set() };
    row.sessions++;
    row.patients.add(s.patientKey);
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ keys: row.keys, sessions: row.sessions, patients: row.patients.size }))
    .sort((a, b) => (JSON.stringify(a.keys) < JSON.stringify(b.keys) ? -1 : 1));
}

const ASKED: Array<[Omit<CellQuery, 'networkId'>, Dimension[]]> = [
  [{ from: '2025-03', to: '2025-08' }, []],
  [{ from: '2025-01', to: '2026-03' }, ['month']],
  [{ from: '2025-02', to: '2025-11' }, ['function']],
  [{ from: '2025-01', to: '2025-12' }, ['function', 'ageBand']],
  [{ from: '2025-05', to: '2025-09' }, ['month', 'function', 'ageBand', 'commune']],
  [{ from: '2025-04', to: '2025-06' }, ['commune']],
  [{ from: '2025-06', to: '2025-06' }, ['outcome']],
  [{ from: '2025-06', to: '2025-07' }, ['bim']],
  [{ from: '2025-10', to: '2025-10' }, ['mode']],
  [{ from: '2025-01', to: '2025-12' }, ['zone']],
  [{ from: '2025-01', to: '2025-12' }, ['zone', 'month']],
];

/** Every grouping of ASKED, for each network, and within a zone, equals the count from the sessions. */
export async function assertReadsMatchSessions(pool: pg.Pool, when: string) {
  const facts = await sessionFacts(pool);
  const zones = [...new Set(facts.map((s) => s.zone).filter((zone) => zone !== ''))].sort();
  assert.ok(zones.length > 0, `${when}: some sessions are in a zone`);
  for (const networkId of ['brumenta', 'bru-stars']) {
    for (const zoneId of [undefined, zones[0]]) {
      for (const [period, groupBy] of ASKED) {
        const query = { networkId, zoneId, ...period };
        const read = await countSessions(pool, query, groupBy);
        const sorted = read.sort((a, b) => (JSON.stringify(a.keys) < JSON.stringify(b.keys) ? -1 : 1));
        assert.deepEqual(
          sorted,
          straightCount(facts, query, groupBy),
          `${when}: ${JSON.stringify(query)} by ${groupBy}`,
        );
      }
    }
  }
}
