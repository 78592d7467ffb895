import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEvent, closedBecause, type EventForm } from '../../src/events/domain/event.ts';
import { checkRegistration, placeFor } from '../../src/events/domain/registration.ts';
import { brusselsInstant, brusselsTime } from '../../src/events/domain/time.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const ZONES = ['east', 'south'];
const FORM: EventForm = {
  kind: 'knowledge-session',
  title: 'Techniques d’entretien',
  description: '',
  date: '17/12/2026',
  startTime: '12:30',
  endTime: '14:00',
  zoneId: 'east',
  language: 'fr',
  venue: 'Rue Haute 1',
  onlineUrl: '',
  topics: ['interview-techniques'],
  capacity: '10',
  audience: 'gps',
  leader: 'Dr Anne Martin',
  coLeader: '',
};
const fields = (form: EventForm) => {
  const checked = checkEvent(form, ZONES, NOW);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.field}:${issue.code}`).sort();
};

describe('events domain', () => {
  it('reads a Belgian date and clock times in Brussels time, winter and summer', () => {
    const checked = checkEvent(FORM, ZONES, NOW);
    assert.ok(checked.ok);
    assert.equal(checked.value.startsAt.toISOString(), '2026-12-17T11:30:00.000Z');
    assert.equal(brusselsInstant('2027-07-01', '12:30').toISOString(), '2027-07-01T10:30:00.000Z');
    assert.equal(brusselsTime(brusselsInstant('2027-03-28', '03:30')), '03:30');
  });

  it('names every field that is wrong', () => {
    assert.deepEqual(fields({ ...FORM, date: '31/02/2027', startTime: '9h', capacity: '0', topics: [] }), [
      'capacity:invalid',
      'date:invalid',
      'startTime:invalid',
      'topics:required',
    ]);
    assert.deepEqual(fields({ ...FORM, date: '01/12/2026' }), ['date:in-past']);
    assert.deepEqual(fields({ ...FORM, endTime: '12:00' }), ['endTime:ends-before-start']);
    assert.deepEqual(fields({ ...FORM, venue: '', onlineUrl: 'javascript:alert(1)' }), ['onlineUrl:invalid']);
    assert.deepEqual(fields({ ...FORM, venue: '', onlineUrl: '' }), ['venue:venue-or-link']);
    assert.deepEqual(fields({ ...FORM, zoneId: 'atlantis', kind: 'party' }), [
      'kind:invalid',
      'zoneId:invalid',
    ]);
  });

  it('refuses a national number in free text', () => {
    assert.deepEqual(fields({ ...FORM, description: 'Cas de M. X, NISS 85.07.30-033.28' }), [
      'description:holds-niss',
    ]);
    const checked = checkRegistration(
      { name: '85073003328', email: 'a@b.be', language: 'fr', practice: '' },
      'group-session',
      {
        practiceRequired: true,
      },
    );
    assert.deepEqual(checked.ok ? [] : checked.issues, [{ field: 'name', code: 'holds-niss' }]);
  });

  it('a group session for the public needs a venue and a co-leader, and no practice from who registers', () => {
    assert.deepEqual(
      fields({ ...FORM, kind: 'group-session', topics: [], venue: '', onlineUrl: 'https://meet.example/x' }),
      ['coLeader:co-leader-required', 'venue:venue-required'],
    );
    const checked = checkRegistration(
      { name: 'Nadia', email: 'NADIA@Example.be ', language: 'nl', practice: 'ignored' },
      'group-session',
      {
        practiceRequired: true,
      },
    );
    assert.ok(checked.ok);
    assert.deepEqual(checked.value, {
      name: 'Nadia',
      email: 'nadia@example.be',
      language: 'nl',
      practice: null,
    });
  });

  it('places people while there is room, then on the waiting list; closed when past or cancelled', () => {
    assert.equal(placeFor(9, 10), 'registered');
    assert.equal(placeFor(10, 10), 'waitlisted');
    assert.equal(closedBecause({ status: 'scheduled', startsAt: new Date(NOW.getTime() + 1) }, NOW), null);
    assert.equal(closedBecause({ status: 'scheduled', startsAt: NOW }, NOW), 'past');
    assert.equal(
      closedBecause({ status: 'cancelled', startsAt: new Date(NOW.getTime() + 1) }, NOW),
      'cancelled',
    );
  });
});
