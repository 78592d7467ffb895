// A deterministic year of care for the benchmark: patients of every age, most with a few
// sessions and some with many (they reach the caps), with 5,000 clinicians in the two Brussels
// networks. Decisions are made by the product's own rules, patient by patient, in date order.

import { createHmac } from 'node:crypto';
import type pg from 'pg';
import {
  addDays,
  type CareFunction,
  decideFromScratch,
  type NetworkType,
  type ProposedSession,
  type SessionMode,
} from '../src/care/domain/index.ts';

/** mulberry32: a small seeded generator, so every run loads the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const YEAR = { from: '2025-01-01', until: '2026-01-01' };
const KINDS: [CareFunction, SessionMode, number][] = [
  ['support', 'individual', 0.55],
  ['treatment', 'individual', 0.2],
  ['support', 'group', 0.1],
  ['community', 'group', 0.08],
  ['treatment', 'group', 0.07],
];

/** The kind of session whose share of KINDS contains `draw` (0 ≤ draw < 1). */
function pickKind(draw: number): [CareFunction, SessionMode] {
  let left = draw;
  for (const [fn, mode, share] of KINDS) {
    if (left < share) return [fn, mode];
    left -= share;
  }
  return [KINDS[0]![0], KINDS[0]![1]];
}

export const clinicianId = (index: number) =>
  `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
const locationId = (index: number) => `00000000-0000-4000-9000-${index.toString(16).padStart(12, '0')}`;

const COLUMNS = [
  ['patient_key', 'text'],
  ['clinician_id', 'uuid'],
  ['network_id', 'text'],
  ['location_id', 'uuid'],
  ['date', 'date'],
  ['birth_date', 'date'],
  ['bim', 'bool'],
  ['function', 'text'],
  ['mode', 'text'],
  ['network_type', 'text'],
  ['functional_assessment', 'bool'],
  ['reimbursable', 'bool'],
  ['reason', 'text'],
  ['session_number', 'int4'],
  ['cap', 'int4'],
  ['copay_cents', 'int4'],
  ['first_session_free', 'bool'],
  ['convention', 'text'],
  ['fee_cents', 'int4'],
] as const;

/** One multi-row INSERT … SELECT FROM unnest(arrays): one statement and 19 parameters per batch. */
const INSERT = `insert into care_sessions (${COLUMNS.map(([name]) => name).join(', ')})
  select * from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

export interface LoadPlan {
  sessions: number;
  patients: number;
  clinicians: number;
}

/** Loads the plan's sessions in batches of about `batch` rows; returns the number loaded. */
export async function loadYear(pool: pg.Pool, plan: LoadPlan, batch = 20_000): Promise<number> {
  const next = random(20_240_501);
  const perPatient = new Int32Array(plan.patients).fill(1);
  // Everyone comes once; the other sessions go mostly to a minority who come often.
  for (let extra = plan.sessions - plan.patients; extra > 0; extra--) {
    perPatient[Math.floor(plan.patients * next() ** 1.3)]!++;
  }
  await pool.query(
    `insert into care_clinicians (id, given_name, family_name, inami)
     select id, 'Clinicien', 'N° ' || n, lpad(n::text, 11, '0')
     from unnest($1::uuid[]) with ordinality as c(id, n)`,
    [Array.from({ length: plan.clinicians }, (_, i) => clinicianId(i))],
  );
  let columns: unknown[][] = COLUMNS.map(() => []);
  let loaded = 0;
  const flush = async () => {
    if (columns[0]!.length === 0) return;
    await pool.query(INSERT, columns);
    loaded += columns[0]!.length;
    columns = COLUMNS.map(() => []);
  };
  for (let patient = 0; patient < plan.patients; patient++) {
    const age = 8 + Math.floor(next() * 70);
    const networkType: NetworkType = age <= 14 || (age <= 23 && next() < 0.7) ? 'youth' : 'adult';
    const birthDate = addDays(YEAR.from, -(age * 365 + Math.floor(next() * 365)));
    const bim = next() < 0.2;
    const key = createHmac('sha256', 'bench').update(String(patient)).digest('hex');
    // Clinicians have conventions with one network, some with both: the first 40% work with
    // Bru-Stars (youth), the last 70% with Brumenta (adults).
    const [low, high] = networkType === 'youth' ? [0, 0.4] : [0.3, 1];
    const pickClinician = () => Math.floor((low + next() * (high - low)) * plan.clinicians);
    const main = pickClinician();
    // Individual care follows a path: support only, support then treatment, or treatment only.
    const path = next();
    const treatmentFrom =
      path < 0.6 ? '9999-12-31' : path < 0.85 ? addDays(YEAR.from, Math.floor(next() * 365)) : YEAR.from;
    const sessions = Array.from({ length: perPatient[patient]! }, () => {
      const [kind, mode] = pickKind(next());
      const date = addDays(YEAR.from, Math.floor(next() * 365));
      const fn = mode === 'individual' ? (date < treatmentFrom ? 'support' : 'treatment') : kind;
      return {
        date,
        clinician: next() < 0.85 ? main : pickClinician(),
        proposed: { birthDate, bim, function: fn, mode, networkType, functionalAssessment: next() < 0.9 },
      };
    }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const decisions = decideFromScratch(
      sessions.map((s): ProposedSession => ({ ...s.proposed, date: s.date })),
    );
    sessions.forEach((session, i) => {
      const d = decisions[i]!;
      const p = session.proposed;
      const row = [
        key,
        clinicianId(session.clinician),
        networkType === 'youth' ? 'bru-stars' : 'brumenta',
        locationId(session.clinician),
        session.date,
        birthDate,
        bim,
        p.function,
        p.mode,
        networkType,
        p.functionalAssessment,
        d.reimbursable,
        d.reason,
        d.sessionNumber,
        d.cap,
        d.copayCents,
        d.firstSessionFree,
        d.convention,
        d.feeCents,
      ];
      row.forEach((value, column) => {
        columns[column]!.push(value);
      });
    });
    if (columns[0]!.length >= batch) await flush();
  }
  await flush();
  return loaded;
}
