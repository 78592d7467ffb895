import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isReference, newReference, normaliseReference } from '../../src/platform/cases/reference.ts';
import { type CaseAction, CaseLogError, decideAction, foldCase } from '../../src/platform/cases/workflow.ts';
import {
  compactEnterpriseNumber,
  isEnterpriseNumber,
} from '../../src/platform/identifiers/enterprise-number.ts';
import {
  addWorkingDays,
  belgianPublicHolidays,
  easterSunday,
  workingDaysBetween,
} from '../../src/platform/working-days.ts';
import { checkActionInput } from '../../src/requests/domain/actions.ts';
import { appointmentText } from '../../src/requests/domain/appointment.ts';
import { inboxOrder, waiting } from '../../src/requests/domain/inbox.ts';
import { firstContactTarget, networksForAgeGroups } from '../../src/requests/domain/routing.ts';
import { checkSupportRequest } from '../../src/requests/domain/support-request.ts';
import {
  REQUEST_ACTIONS,
  REQUEST_ALLOWS,
  REQUEST_STATUSES,
  WORKFLOWS,
} from '../../src/requests/domain/workflow.ts';
import { LookupLimiter } from '../../src/requests/lookup-limiter.ts';
import { GP_REQUEST } from './support/fixtures.ts';

const workflow = WORKFLOWS['support-request'];
const actor = { kind: 'staff' as const, id: 'a', label: 'A', zoneId: 'north-west' };

function log(...types: string[]): CaseAction<(typeof REQUEST_ACTIONS)[number]>[] {
  return types.map((type, index) => ({
    seq: index + 1,
    type: type as (typeof REQUEST_ACTIONS)[number],
    at: `2026-03-0${index + 2}T10:00:00.000Z`,
    actor,
    payload: type === 'submit' ? { zoneId: 'north-west' } : type === 'reassign' ? { toZoneId: 'east' } : {},
  }));
}

describe('the case log: status folded from actions, one table of allowed actions', () => {
  it('derives status, zone, version and first contact from the actions', () => {
    const state = foldCase(
      workflow,
      log('submit', 'note', 'acknowledge', 'reassign', 'assign-clinician', 'schedule'),
    );
    assert.equal(state.status, 'scheduled');
    assert.equal(state.zoneId, 'east');
    assert.equal(state.version, 6);
    assert.equal(state.respondedAt, '2026-03-04T10:00:00.000Z', 'a note is not a contact; acknowledging is');
  });

  it('refuses a log that does not start with submit, or takes an action its status forbids', () => {
    assert.throws(() => foldCase(workflow, log('acknowledge')), CaseLogError);
    assert.throws(() => foldCase(workflow, log('submit', 'close')), CaseLogError);
    assert.throws(() => foldCase(workflow, log('submit', 'decline', 'acknowledge')), CaseLogError);
  });

  it('every status’s allowed actions exist; closed and declined only take notes', () => {
    for (const status of REQUEST_STATUSES) {
      for (const action of REQUEST_ALLOWS[status]) assert.ok(REQUEST_ACTIONS.includes(action));
    }
    assert.deepEqual(REQUEST_ALLOWS.closed, ['note']);
    assert.deepEqual(REQUEST_ALLOWS.declined, ['note']);
  });

  it('decideAction() agrees with the fold for any sequence of actions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...REQUEST_ACTIONS.filter((a) => a !== 'submit')), { maxLength: 12 }),
        (types) => {
          let actions = log('submit');
          let state = foldCase(workflow, actions);
          for (const type of types) {
            const at = new Date(Date.UTC(2026, 2, 10, 0, actions.length)).toISOString();
            const payload = type === 'reassign' ? { toZoneId: 'south' } : {};
            const decision = decideAction(workflow, state, {
              type,
              actor,
              payload,
              at,
              expectedVersion: state.version,
            });
            assert.equal(decision.ok, (REQUEST_ALLOWS[state.status] as readonly string[]).includes(type));
            if (decision.ok) {
              actions = [...actions, decision.action];
              state = decision.state;
              assert.deepEqual(foldCase(workflow, actions), state);
            }
          }
        },
      ),
    );
  });

  it('refuses an action taken on a version the actor did not see', () => {
    const state = foldCase(workflow, log('submit', 'acknowledge'));
    const decision = decideAction(workflow, state, {
      type: 'start',
      actor,
      payload: {},
      at: '2026-03-09T00:00:00Z',
      expectedVersion: 1,
    });
    assert.deepEqual(decision, { ok: false, reason: 'stale' });
  });
});

describe('working days in Belgium', () => {
  it('knows Easter and the moving holidays', () => {
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2025), '2025-04-20');
    const holidays = belgianPublicHolidays(2026);
    for (const day of ['2026-04-06', '2026-05-14', '2026-05-25', '2026-07-21', '2026-11-11'])
      assert.ok(holidays.has(day), day);
  });

  it('counts five working days over a weekend and a holiday', () => {
    // Friday 2026-07-17 + 5 working days: Mon 20, (Tue 21 National Day), Wed 22, Thu 23, Fri 24, Mon 27.
    assert.equal(addWorkingDays('2026-07-17', 5), '2026-07-27');
    assert.equal(workingDaysBetween('2026-07-17', '2026-07-27'), 5);
    assert.equal(workingDaysBetween('2026-07-27', '2026-07-17'), 0);
  });
});

describe('requests domain', () => {
  it('checks Belgian enterprise numbers with their mod-97 check digits', () => {
    assert.equal(isEnterpriseNumber('0440.966.354'), true);
    assert.equal(isEnterpriseNumber('BE 0831.797.467'), true);
    assert.equal(isEnterpriseNumber('440966354'), true, 'the old nine-digit form');
    assert.equal(isEnterpriseNumber('0440.966.355'), false);
    assert.equal(isEnterpriseNumber('2440966354'), false, 'starts with 0 or 1');
    assert.equal(compactEnterpriseNumber('BE0440.966.354'), '0440966354');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), (base) => {
        const eight = String(base).padStart(8, '0');
        const check = String(97 - (base % 97)).padStart(2, '0');
        return isEnterpriseNumber(`${eight}${check}`);
      }),
    );
  });

  it('makes references people can read out, and tidies what they type back', () => {
    const reference = newReference('GP');
    assert.ok(isReference(reference), reference);
    assert.equal(normaliseReference(` ${reference.toLowerCase().replace(/-/g, ' - ')} `), reference);
    assert.equal(normaliseReference('gp 7k3m q9xd'), 'GP-7K3M-Q9XD');
  });

  it('maps age groups to networks: children → youth, 15–23 → both, adults → adult', () => {
    const networks = [
      { id: 'bru-stars', minAge: 0, maxAge: 23 },
      { id: 'brumenta', minAge: 15, maxAge: null },
    ];
    const ids = (groups: Parameters<typeof networksForAgeGroups>[1]) =>
      networksForAgeGroups(networks, groups).map((n) => n.id);
    assert.deepEqual(ids(['children']), ['bru-stars']);
    assert.deepEqual(ids(['young-people']), ['bru-stars', 'brumenta']);
    assert.deepEqual(ids(['adults']), ['brumenta']);
    assert.deepEqual(ids(['older-adults']), ['brumenta']);
    assert.deepEqual(ids(['children', 'adults']), ['bru-stars', 'brumenta']);
  });

  it('takes the strictest network’s first-contact target', () => {
    assert.equal(firstContactTarget(['bru-stars', 'brumenta'], new Map([['brumenta', 3]]), 5), 3);
    assert.equal(firstContactTarget(['bru-stars'], new Map([['brumenta', 3]]), 5), 5);
  });

  it('refuses free text that looks like a national number, and names every invalid field', () => {
    const checked = checkSupportRequest(
      { ...GP_REQUEST, description: 'Patient 85.07.30-033.28', ageGroup: 'x' },
      { form: false },
    );
    assert.equal(checked.ok, false);
    assert.deepEqual(!checked.ok && checked.issues.map((i) => `${i.field}:${i.code}`).sort(), [
      'ageGroup:unknown-value',
      'description:patient-identifier',
    ]);
  });

  it('checks staff action inputs: a reason to decline, a different known zone to reassign, a real date', () => {
    const context = {
      zoneIds: new Set(['east', 'north-west']),
      currentZoneId: 'north-west',
      today: '2026-12-01' as const,
    };
    assert.equal(checkActionInput('decline', {}, context).ok, false);
    const same = checkActionInput('reassign', { toZoneId: 'north-west' }, context);
    assert.deepEqual(!same.ok && same.issues.map((i) => i.code), ['same-zone']);
    const schedule = checkActionInput(
      'schedule',
      { date: '2026-12-08', time: '14:00', place: 'Praktijk' },
      context,
    );
    // Issue 12: written in the reader's language, not as "2026-12-08 14:00".
    assert.ok(schedule.ok);
    assert.equal(appointmentText('nl', schedule.payload), 'dinsdag 8 december 2026 om 14:00 – Praktijk');
    assert.equal(appointmentText('fr', schedule.payload), 'mardi 8 décembre 2026 à 14:00 – Praktijk');
    const belgian = checkActionInput('schedule', { date: '8/12/2026', time: '14:00' }, context);
    assert.deepEqual(belgian.ok && belgian.payload.date, '2026-12-08');
    for (const date of ['31/04/2026', '2026-02-31', 'next week']) {
      const refused = checkActionInput('schedule', { date }, context);
      assert.deepEqual(!refused.ok && refused.issues.map((i) => i.code), ['invalid-date'], date);
    }
    // Issue 12: an appointment cannot be set in the past; today is fine.
    const past = checkActionInput('schedule', { date: '30/11/2026' }, context);
    assert.deepEqual(!past.ok && past.issues.map((i) => i.code), ['date-in-past']);
    assert.ok(checkActionInput('schedule', { date: '01/12/2026' }, context).ok);
  });

  it('puts overdue cases first, most overdue on top', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const item = (opened: string, respondBy: string, responded: string | null) => ({
      id: opened,
      openedAt: new Date(`${opened}T09:00:00Z`),
      respondedAt: responded ? new Date(`${responded}T09:00:00Z`) : null,
      respondBy,
    });
    const items = [
      item('2026-03-18', '2026-03-25', null),
      item('2026-03-02', '2026-03-09', '2026-03-03'),
      item('2026-03-05', '2026-03-12', null),
      item('2026-03-01', '2026-03-06', null),
    ].map((i) => ({ ...i, ...waiting(i, now) }));
    assert.deepEqual(
      inboxOrder(items).map((i) => i.id),
      ['2026-03-01', '2026-03-05', '2026-03-18', '2026-03-02'],
    );
    assert.equal(items[3]!.overdue, true);
    assert.equal(items[1]!.daysWaiting, 1);
  });

  it('limits status look-ups per address per hour', () => {
    let now = 0;
    const limiter = new LookupLimiter(2, () => now);
    assert.equal(limiter.take('1.2.3.4'), true);
    assert.equal(limiter.take('1.2.3.4'), true);
    assert.equal(limiter.take('1.2.3.4'), false);
    assert.equal(limiter.take('5.6.7.8'), true);
    now = 3_600_001;
    assert.equal(limiter.take('1.2.3.4'), true);
  });
});
