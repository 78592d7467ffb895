// The applications' pure rules: file sniffing and names, the bodies'
// decisions on dual applications, enterprise and INAMI numbers, the treatment criteria.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStaffInput } from '../../src/applications/case-work.ts';
import { decisionsOf, overallOutcome, waitingNetworks } from '../../src/applications/domain/decisions.ts';
import { checkDeclarationSection } from '../../src/applications/domain/declaration.ts';
import { APPLICATION_ALLOWS, APPLICATION_WORKFLOW } from '../../src/applications/domain/workflow.ts';
import { foldCase } from '../../src/platform/cases/workflow.ts';
import { badFileName, checkUpload, sniffType } from '../../src/platform/files/index.ts';
import { Checker } from '../../src/platform/forms/checker.ts';

describe('uploaded files', () => {
  it('knows PDF, PNG and JPEG by their first bytes, whatever the name says', () => {
    assert.equal(sniffType(Buffer.from('%PDF-1.7 ...')), 'application/pdf');
    assert.equal(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffType(Buffer.from('<html><script>')), null);
    const part = (filename: string, data: Buffer, tooLarge = false) => ({ filename, data, tooLarge });
    assert.deepEqual(checkUpload(part('cv.pdf', Buffer.from('MZ')), 100), {
      ok: false,
      problem: 'wrong-type',
    });
    assert.deepEqual(checkUpload(part('a.pdf', Buffer.from('%PDF-'), true), 100), {
      ok: false,
      problem: 'too-large',
    });
    assert.deepEqual(checkUpload(part('', Buffer.alloc(0)), 100), { ok: false, problem: 'missing' });
    assert.equal(checkUpload(part('scan.pdf', Buffer.from('%PDF-1.4')), 100).ok, true);
  });
  it('refuses names that try to leave their folder or hide control characters', () => {
    for (const name of ['../x.pdf', '..\\x.pdf', 'a/b.pdf', 'x\u0000.pdf', 'a..b.pdf'])
      assert.equal(badFileName(name), true, name);
    assert.equal(badFileName('diplôme 2019.pdf'), false);
  });
});

describe('decisions on an application asked for both networks', () => {
  const action = (seq: number, type: string, payload: Record<string, unknown> = {}) => ({
    seq,
    type,
    at: new Date(2026, 0, seq).toISOString(),
    actor: { kind: 'staff' as const, id: 'x', label: 'x', zoneId: null },
    payload,
  });
  const log = [
    action(1, 'submit', { zoneId: 'east' }),
    action(2, 'send-to-decision'),
    action(3, 'body-decision', {
      networkIds: ['bru-stars'],
      outcome: 'reject',
      bodyId: 'bru-stars-cre',
      reasons: 'no',
    }),
  ] as Parameters<typeof decisionsOf>[0];
  it('waits for the second network, then approves where approved', () => {
    const first = decisionsOf(log);
    assert.deepEqual(waitingNetworks(['bru-stars', 'brumenta'], first), ['brumenta']);
    assert.equal(overallOutcome(['bru-stars', 'brumenta'], first), null);
    const both = decisionsOf([
      ...log,
      action(4, 'body-decision', {
        networkIds: ['brumenta'],
        outcome: 'approve',
        bodyId: 'brumenta-crr',
        reasons: 'yes',
      }),
    ] as typeof log);
    assert.deepEqual(overallOutcome(['bru-stars', 'brumenta'], both), {
      outcome: 'approve',
      approvedNetworkIds: ['brumenta'],
    });
    assert.deepEqual(overallOutcome(['bru-stars'], first), { outcome: 'reject', approvedNetworkIds: [] });
  });
  it('forgets decisions of an earlier round', () => {
    assert.deepEqual(decisionsOf([...log, action(4, 'send-to-decision')] as typeof log), []);
  });
});

describe('the workflow table', () => {
  it('lets nothing happen after a rejection or withdrawal but notes', () => {
    assert.deepEqual(APPLICATION_ALLOWS.rejected, ['note']);
    assert.deepEqual(APPLICATION_ALLOWS.withdrawn, ['note']);
    assert.throws(() =>
      foldCase(APPLICATION_WORKFLOW, [
        {
          seq: 1,
          type: 'submit',
          at: '2026-01-01T00:00:00Z',
          actor: { kind: 'system', id: null, label: 'x', zoneId: null },
          payload: { zoneId: 'east' },
        },
        {
          seq: 2,
          type: 'approve',
          at: '2026-01-02T00:00:00Z',
          actor: { kind: 'system', id: null, label: 'x', zoneId: null },
          payload: {},
        },
      ]),
    );
  });
});

describe('field checks', () => {
  it('checks enterprise numbers (mod 97) and INAMI numbers', () => {
    const c = new Checker({
      good: 'BE 0123.456.749',
      bad: '0123.456.748',
      old: '123.456.749',
      inami: '5.12345.09.890',
      wrongCheck: '5.12345.67.890',
      short: '123',
    });
    assert.equal(c.enterpriseNumber('good'), '0123456749');
    assert.equal(c.enterpriseNumber('old'), '0123456749');
    assert.equal(c.enterpriseNumber('bad'), undefined);
    assert.equal(c.inami('inami'), '51234509890');
    // Eleven digits are not enough: the check digits must fit (97 − 512345 mod 97 = 09, not 67).
    assert.equal(c.inami('wrongCheck'), undefined);
    assert.equal(c.inami('short'), undefined);
    assert.deepEqual(
      c.issues.map((i) => i.code),
      ['invalid-enterprise-number', 'invalid-inami', 'invalid-inami'],
    );
  });
  it('asks treatment for the network’s years of experience or a long training', () => {
    const context = { criteria: { treatmentMinYears: 5 }, served: () => true, documents: new Set<string>() };
    const answers = (years: string, longTraining: string) => ({
      functions: ['treatment'],
      experienceYears: years,
      longTraining,
    });
    assert.equal(
      checkDeclarationSection('functions', answers('3', 'no'), context)[0]?.code,
      'treatment-criteria',
    );
    assert.deepEqual(checkDeclarationSection('functions', answers('3', 'yes'), context), []);
    assert.deepEqual(checkDeclarationSection('functions', answers('5', 'no'), context), []);
    assert.equal(checkDeclarationSection('documents', {}, context).length, 2);
  });
});

describe('staff action dates', () => {
  it('reads a date the Belgian way and refuses a day that does not exist', () => {
    const belgian = checkStaffInput('log-contact', { date: '20/11/2026', text: 'Rencontre' });
    assert.deepEqual(belgian.issues, []);
    assert.equal(belgian.payload.date, '2026-11-20');
    for (const date of ['2026-02-31', '31/04/2026', 'hier']) {
      const refused = checkStaffInput('log-contact', { date, text: 'Rencontre' });
      assert.deepEqual(
        refused.issues.map((i) => i.code),
        ['invalid-date'],
        date,
      );
    }
  });
});
