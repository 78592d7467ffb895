// Reporting's counters are kept by the database in the transaction that writes each session.
// Whatever writes the sessions (a bulk load, hand-written updates), the cells, the session
// counters, the patient counters and the quarters must say exactly what counting the sessions
// themselves says, and a cell that falls to zero disappears.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadYear } from '../../bench/care-data.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { PATIENT_GRAINS } from '../../src/reporting/domain/grains.ts';
import { type Month, monthsBetween } from '../../src/reporting/domain/months.ts';
import { newPatientsByMonth } from '../../src/reporting/domain/new-patients.ts';
import { foldPendingChanges } from '../../src/reporting/pending.ts';
import { countNewPatients, countSessions, UncountedGrouping } from '../../src/reporting/store.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';
import {
  countedCells,
  countedPatientCounts,
  countedQuarters,
  countedSessionCounts,
  keptCells,
  keptPatientCounts,
  keptQuarters,
  keptSessionCounts,
} from './support/cells.ts';
import { assertReadsMatchSessions } from './support/reads.ts';

async function assertCellsMatchSessions(database: Database, when: string) {
  const expected = await countedCells(database.pool);
  assert.ok(expected.length > 100, `${when}: the fixture has sessions`);
  assert.deepEqual(await keptCells(database.pool), expected, when);
  assert.deepEqual(await keptSessionCounts(database.pool), await countedSessionCounts(database.pool), when);
  assert.deepEqual(await keptPatientCounts(database.pool), await countedPatientCounts(database.pool), when);
  assert.deepEqual(await keptQuarters(database.pool), await countedQuarters(database.pool), when);
  await assertReadsMatchSessions(database.pool, when);
  // The kept* reads above folded every queued change.
  const zeros = await database.pool.query(
    'select count(*)::int as n from reporting_session_cells where sessions = 0',
  );
  assert.equal(zeros.rows[0].n, 0, `${when}: no empty cell is kept`);
}

for (const engine of testEngines()) {
  describe(`reporting counters (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
      await loadYear(database.pool, { sessions: 2500, patients: 700, clinicians: 30 }, 800);
      // Patients who gave their postcode (or not), on other dates, in zones (or none), so that
      // months, bands, communes and zones vary.
      await database.pool.query(
        `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date, bim,
           function, mode, network_type, functional_assessment, reimbursable, reason, session_number, cap,
           copay_cents, first_session_free, convention, fee_cents, residence_postcode, zone_id)
         select patient_key || '-lives', clinician_id, network_id, location_id, date + (seq % 90)::int,
           birth_date, bim, function, mode, network_type, functional_assessment, reimbursable, reason,
           session_number, cap, copay_cents, first_session_free, convention, fee_cents,
           (array['1000', '1030', '1080', '1210', null])[seq % 5 + 1],
           (array['north', 'south', null])[(seq / 3) % 3 + 1]
         from care_sessions where seq % 3 = 0`,
      );
    });
    after(() => database.close());

    it('counts every session recorded, by network, month, patient, function, mode, outcome, age band, BIM and postcode', async () => {
      await assertCellsMatchSessions(database, 'recorded');
    });

    it('follows cancellations and re-decisions, whoever writes them', async () => {
      await database.pool.query('update care_sessions set cancelled = true where seq % 11 = 0');
      await assertCellsMatchSessions(database, 'cancelled');
      await database.pool.query(
        `update care_sessions set reimbursable = false, reason = 'cap-reached', copay_cents = null,
           fee_cents = null where seq % 13 = 0 and not cancelled`,
      );
      await database.pool.query(
        `update care_sessions set reimbursable = true, reason = null where seq % 26 = 0 and not cancelled`,
      );
      // A re-decision that changes only money moves no cell.
      await database.pool.query(
        'update care_sessions set fee_cents = 5000 where seq % 17 = 0 and reimbursable',
      );
      await assertCellsMatchSessions(database, 're-decided');
    });

    it('drops the cells of a patient whose every session of a month is cancelled', async () => {
      const one = await database.pool.query(
        `select patient_key, date_trunc('month', date)::date as month from care_sessions
         where not cancelled order by seq limit 1`,
      );
      const { patient_key: patientKey, month } = one.rows[0];
      await database.pool.query(
        `update care_sessions set cancelled = true where patient_key = $1 and date_trunc('month', date)::date = $2`,
        [patientKey, month],
      );
      await foldPendingChanges(database.pool);
      const left = await database.pool.query(
        'select count(*)::int as n from reporting_session_cells where patient_key = $1 and month = $2',
        [patientKey, month],
      );
      assert.equal(left.rows[0].n, 0);
      await assertCellsMatchSessions(database, 'a month cancelled');
    });

    it('counts sessions written one at a time, in any order of months, as recording writes them', async () => {
      // One statement per session takes the trigger's path for a single session (migration 0034):
      // later and earlier months than those seen, the same month again, a month in between, and
      // another function, BIM status or age band on some of them.
      const sources = await database.pool.query<{ seq: number }>(
        'select seq from care_sessions where seq % 41 = 0 order by seq limit 50',
      );
      const days = [45, -40, 2, 100, -75, 60, -130, 15];
      for (const [i, { seq }] of sources.rows.entries()) {
        for (const shift of days.slice(0, 2 + (i % 7))) {
          await database.pool.query(
            `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date,
               bim, function, mode, network_type, functional_assessment, reimbursable, reason, session_number,
               cap, copay_cents, first_session_free, convention, fee_cents, residence_postcode, zone_id)
             select patient_key || '-one', clinician_id, network_id, location_id, date + $2::int, birth_date,
               bim <> ($2::int < 0), case when $2::int > 50 then 'treatment' else function end, mode,
               network_type, functional_assessment, reimbursable, reason, session_number, cap, copay_cents,
               first_session_free, convention, fee_cents, residence_postcode, zone_id
             from care_sessions where seq = $1`,
            [seq, shift],
          );
        }
      }
      await assertCellsMatchSessions(database, 'one at a time');
    });

    it('counts folds where most patients got one session, as shared recordings leave them', async () => {
      // Each fold gives most patients one session (their own steps, migration 0039): in a later
      // month, the same month again, an earlier one, with another function or BIM status on some;
      // a few patients get two, and one of them a cancellation, which pair their months instead.
      const sources = await database.pool.query<{ seq: number }>(
        'select seq from care_sessions where seq % 37 = 0 order by seq limit 60',
      );
      const copy = (suffix: string, shift: number) =>
        `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date,
           bim, function, mode, network_type, functional_assessment, reimbursable, reason, session_number,
           cap, copay_cents, first_session_free, convention, fee_cents, residence_postcode, zone_id)
         select patient_key || '${suffix}', clinician_id, network_id, location_id, date + ${shift}, birth_date,
           bim <> (${shift} < 0), case when ${shift} > 50 then 'treatment' else function end, mode,
           network_type, functional_assessment, reimbursable, reason, session_number, cap, copay_cents,
           first_session_free, convention, fee_cents, residence_postcode, zone_id
         from care_sessions where seq = $1`;
      for (const [round, shifts] of [[0], [45], [3], [-40], [100, -75]].entries()) {
        for (const [i, { seq }] of sources.rows.entries()) {
          const twice = i % 10 === 0;
          for (const shift of twice ? [...shifts, shifts[0]! + 31] : shifts.slice(0, 1)) {
            await database.pool.query(copy('-fold', shift), [seq]);
          }
        }
        if (round === 3) {
          await database.pool.query(
            `update care_sessions set cancelled = true
             where patient_key like '%-fold' and not cancelled and seq % 5 = 0`,
          );
        }
        await assertCellsMatchSessions(database, `fold ${round}`);
      }
    });

    it('counts new patients from the counters as the domain defines them from the sessions', async () => {
      for (const networkId of ['brumenta', 'bru-stars']) {
        const sessions = await database.pool.query(
          `select patient_key, to_char(date, 'YYYY-MM') as month from care_sessions
           where network_id = $1 and not cancelled`,
          [networkId],
        );
        const seen = new Map<string, Month[]>();
        for (const row of sessions.rows)
          seen.set(row.patient_key, [...(seen.get(row.patient_key) ?? []), row.month]);
        const months = monthsBetween('2025-01', '2026-03');
        const expected = newPatientsByMonth(seen, months);
        const counted = await countNewPatients(database.pool, { networkId, from: '2025-01', to: '2026-03' });
        assert.ok([...expected.values()].some((n) => n > 0));
        for (const month of months)
          assert.equal(counted.get(month) ?? 0, expected.get(month), `${networkId} ${month}`);
      }
    });

    it('refuses to change the postcode, commune or zone a session was recorded with, so no counter drifts', async () => {
      for (const change of [
        `residence_postcode = '1050'`,
        `residence_commune = '21001'`,
        `zone_id = 'elsewhere'`,
      ]) {
        await assert.rejects(
          database.pool.query(`update care_sessions set ${change} where seq = 1`),
          /cannot be changed/,
          change,
        );
      }
    });

    it('refuses a grouping no counter keeps rather than counting a patient twice', async () => {
      await assert.rejects(
        countSessions(database.pool, { networkId: 'brumenta', from: '2025-01', to: '2025-12' }, [
          'mode',
          'outcome',
        ]),
        UncountedGrouping,
      );
    });

    it('counts patients by the same grains as the domain names', async () => {
      const grains = await database.pool.query('select grain from reporting_grains order by grain');
      assert.deepEqual(grains.rows.map((row) => row.grain as string).sort(), [...PATIENT_GRAINS].sort());
    });

    it('puts every birthday in the same age band as the domain does', async () => {
      const dates = ['2000-02-29', '2006-03-01', '2012-12-31', '1981-06-15', '1961-01-01'];
      const on = [
        '2024-02-28',
        '2024-02-29',
        '2024-03-01',
        '2018-03-01',
        '2026-01-01',
        '2005-12-31',
        '2026-06-15',
      ];
      const { ageBand } = await import('../../src/reporting/domain/age-bands.ts');
      for (const birth of dates) {
        for (const day of on) {
          if (day < birth) continue;
          const result = await database.pool.query('select reporting_age_band($1, $2) as band', [birth, day]);
          assert.equal(result.rows[0].band, ageBand(birth, day), `${birth} on ${day}`);
        }
      }
    });
  });
}
