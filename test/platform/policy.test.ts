// The policy as a full matrix: every action × every role, on a resource in the person's own
// scope and on one in another scope. The table is typed by ACTIONS, so a new action without
// expectations does not compile.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIONS,
  type Action,
  authorize,
  type Decision,
  decide,
  loadAuthorized,
  type Resource,
  reach,
} from '../../src/platform/auth/policy.ts';
import type { CurrentUser, Grant, Role } from '../../src/platform/auth/roles.ts';
import { StandardProblem } from '../../src/platform/http/problem.ts';

type Persona = 'anonymous' | Role;

function person(
  id: string,
  grants: Array<Omit<Grant, 'id' | 'networkId' | 'zoneId' | 'bodyId'> & Partial<Grant>>,
) {
  return {
    accountId: id,
    email: `${id}@example.be`,
    displayName: id,
    locale: 'fr',
    grants: grants.map((g, i) => ({ id: `${id}-${i}`, networkId: null, zoneId: null, bodyId: null, ...g })),
  } satisfies CurrentUser;
}

const PEOPLE: Record<Persona, CurrentUser | null> = {
  anonymous: null,
  gp: person('gp', [{ role: 'gp' }]),
  clinician: person('clinician', [{ role: 'clinician' }]),
  organisation: person('organisation', [{ role: 'organisation' }]),
  coordinator: person('coordinator', [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }]),
  'network-admin': person('network-admin', [{ role: 'network-admin', networkId: 'brumenta' }]),
  'committee-member': person('committee-member', [
    { role: 'committee-member', bodyId: 'brumenta-committee' },
  ]),
  'platform-admin': person('platform-admin', [{ role: 'platform-admin' }]),
};

/** Actions on a case whose owner is the persona: a call or a proposal reaching them, their own requests. */
const OWNED_CASE_ACTIONS: readonly Action[] = ['case.answer-call', 'case.answer-proposal', 'case.list-own'];

/** A resource of the action's type in the persona's own scope, and one in another scope. */
function resources(action: Action, persona: Persona): [Resource, Resource] {
  const type = action.split('.')[0]!;
  if (type === 'account') {
    return [
      { type: 'account', id: persona, ownerAccountId: persona },
      { type: 'account', id: 'someone-else', ownerAccountId: 'someone-else' },
    ];
  }
  if (type === 'network')
    return [
      { type: 'network', networkIds: ['brumenta'] },
      { type: 'network', networkIds: ['bru-stars'] },
    ];
  if (type === 'budget')
    return [
      { type: 'budget', id: 'brumenta/2026', networkIds: ['brumenta'] },
      { type: 'budget', id: 'bru-stars/2026', networkIds: ['bru-stars'] },
    ];
  if (type === 'audit')
    return [
      { type: 'audit', networkIds: ['brumenta'] },
      { type: 'audit', networkIds: ['bru-stars'] },
    ];
  if (type === 'first-line-hours' || type === 'arrangement' || OWNED_CASE_ACTIONS.includes(action)) {
    // A case assigned to (or sent by, or calling) the persona, and one of someone else elsewhere.
    return [
      { type: 'case', id: 'c1', networkIds: ['brumenta'], zoneId: 'north-west', ownerAccountId: persona },
      { type: 'case', id: 'c2', networkIds: ['bru-stars'], zoneId: 'south', ownerAccountId: 'someone-else' },
    ];
  }
  if (type === 'case' || type === 'application') {
    return [
      {
        type: 'case',
        id: 'c1',
        networkIds: ['brumenta'],
        zoneId: 'north-west',
        ownerAccountId: 'gp',
        bodyId: 'brumenta-committee',
      },
      {
        type: 'case',
        id: 'c2',
        networkIds: ['bru-stars'],
        zoneId: 'south',
        ownerAccountId: 'x',
        bodyId: 'bru-stars-committee',
      },
    ];
  }
  if (type === 'committee')
    return [
      { type: 'committee', id: 'brumenta-committee', bodyId: 'brumenta-committee', networkIds: ['brumenta'] },
      { type: 'committee', id: 'bru-stars-cre', bodyId: 'bru-stars-cre', networkIds: ['bru-stars'] },
    ];
  if (type === 'clinician-profile' || type === 'care-session' || type === 'care-statement') {
    // Owned by the persona (a profile or session is owned by the clinician's linked account).
    return [
      { type, id: 'r1', networkIds: ['brumenta'], ownerAccountId: persona },
      { type, id: 'r2', networkIds: ['bru-stars'], ownerAccountId: 'someone-else' },
    ];
  }
  if (type === 'event')
    return [
      {
        type: 'event',
        id: 'e1',
        networkIds: ['brumenta', 'bru-stars'],
        zoneId: 'north-west',
        ownerAccountId: persona,
      },
      { type: 'event', id: 'e2', networkIds: ['bru-stars'], zoneId: 'south', ownerAccountId: 'someone-else' },
    ];
  if (type === 'material-order')
    return [
      { type: 'material-order', id: 'o1', networkIds: ['brumenta'], ownerAccountId: persona },
      { type: 'material-order', id: 'o2', networkIds: ['bru-stars'], ownerAccountId: 'someone-else' },
    ];
  if (type === 'material-stock' || type === 'professional-info')
    return [
      { type: 'network', networkIds: ['brumenta'] },
      { type: 'network', networkIds: ['bru-stars'] },
    ];
  const resourceType = type === 'grant' ? 'staff' : (type as 'staff' | 'outbox');
  return [{ type: resourceType }, { type: resourceType }];
}

const A = 'allow' as const;
const F = 'forbidden' as const;
const H = 'hidden' as const;
const U = 'unauthenticated' as const;
type Row = Record<Persona, [Decision, Decision]>;

const onlyPlatformAdmin: Row = {
  anonymous: [U, U],
  gp: [F, F],
  clinician: [F, F],
  organisation: [F, F],
  coordinator: [F, F],
  'network-admin': [F, F],
  'committee-member': [F, F],
  'platform-admin': [A, A],
};
const ownAccount = (admin: [Decision, Decision]): Row => ({
  anonymous: [U, U],
  gp: [A, F],
  clinician: [A, F],
  organisation: [A, F],
  coordinator: [A, F],
  'network-admin': [A, F],
  'committee-member': [A, F],
  'platform-admin': admin,
});

/** Only a clinician, on their own profile: owning it without the clinician role is not enough. */
const ownClinicianOnly: Row = { ...onlyPlatformAdmin, clinician: [A, F], 'platform-admin': [F, F] };

/** Events: coordinators of the zone, admins of its networks, and a clinician for their own. */
const eventStaff: Row = {
  ...onlyPlatformAdmin,
  clinician: [A, F],
  coordinator: [A, F],
  'network-admin': [A, F],
  'platform-admin': [F, F],
};

/** A case whose clinician is the persona: only they may act; others who see the case are forbidden. */
const clinicianOnCase: Row = {
  anonymous: [U, U],
  gp: [F, H],
  clinician: [A, H],
  organisation: [F, H],
  coordinator: [F, H],
  'network-admin': [F, H],
  'committee-member': [F, H],
  'platform-admin': [F, H],
};

const EXPECTED: Record<Action, Row> = {
  /**
   * Only the clinician assigned to the case; others who may see that case are forbidden, and a
   * case assigned to someone else stays hidden from all.
   */
  'first-line-hours.record': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [A, H],
    organisation: [F, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [F, H],
  },
  /** Only the clinician the call reaches or the proposal names; the rest as for recording hours. */
  'case.answer-call': clinicianOnCase,
  'case.answer-proposal': clinicianOnCase,
  /** A GP's or an organisation's own requests; a clinician owning one is not enough. */
  'case.list-own': {
    anonymous: [U, U],
    gp: [A, H],
    clinician: [F, H],
    organisation: [A, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [F, H],
  },
  /** The arrangement's clinician alone, as for their hours on the request's case. */
  'arrangement.manage': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [A, H],
    organisation: [F, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [F, H],
  },
  'event.create': eventStaff,
  'event.manage': eventStaff,
  'event.record-hours': ownClinicianOnly,
  // Ordering printed materials: GPs, organisations, clinicians; whoever may see the order gets 403, others 404.
  'material-order.place': {
    anonymous: [U, U],
    gp: [A, A],
    clinician: [A, A],
    organisation: [A, A],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [F, H],
  },
  // One's own order (any role), or the network's staff.
  'material-order.read': {
    anonymous: [U, U],
    gp: [A, H],
    clinician: [A, H],
    organisation: [A, H],
    coordinator: [A, H],
    'network-admin': [A, H],
    'committee-member': [A, H],
    'platform-admin': [A, H],
  },
  'material-order.fulfil': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [F, H],
    organisation: [F, H],
    coordinator: [A, H],
    'network-admin': [A, H],
    'committee-member': [F, H],
    'platform-admin': [F, H],
  },
  'material-stock.manage': {
    anonymous: [U, U],
    gp: [F, F],
    clinician: [F, F],
    organisation: [F, F],
    coordinator: [A, F],
    'network-admin': [A, F],
    'committee-member': [F, F],
    'platform-admin': [F, F],
  },
  'professional-info.edit': {
    anonymous: [U, U],
    gp: [F, F],
    clinician: [F, F],
    organisation: [F, F],
    coordinator: [F, F],
    'network-admin': [A, F],
    'committee-member': [F, F],
    'platform-admin': [F, F],
  },
  'clinician-profile.read': ownClinicianOnly,
  'clinician-profile.update': ownClinicianOnly,
  'care-session.record': {
    anonymous: [U, U],
    gp: [H, H],
    clinician: [A, H],
    organisation: [H, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [H, H],
    'platform-admin': [H, H],
  },
  'care-session.read': {
    anonymous: [U, U],
    gp: [H, H],
    clinician: [A, H],
    organisation: [H, H],
    coordinator: [A, H],
    'network-admin': [A, H],
    'committee-member': [H, H],
    'platform-admin': [H, H],
  },
  'care-statement.read': {
    ...onlyPlatformAdmin,
    coordinator: [A, F],
    'network-admin': [A, F],
    'platform-admin': [F, F],
  },
  // A network's admins set its budget; its coordinators (any zone) read it; nobody else, and
  // never another network's. The platform admin runs the platform, not networks' money.
  'budget.read': {
    ...onlyPlatformAdmin,
    coordinator: [A, F],
    'network-admin': [A, F],
    'platform-admin': [F, F],
  },
  'budget.configure': { ...onlyPlatformAdmin, 'network-admin': [A, F], 'platform-admin': [F, F] },
  'account.read': ownAccount([A, A]),
  'account.update': ownAccount([A, F]),
  'staff.list': onlyPlatformAdmin,
  'staff.invite': onlyPlatformAdmin,
  'grant.create': onlyPlatformAdmin,
  'grant.revoke': onlyPlatformAdmin,
  'outbox.read': onlyPlatformAdmin,
  'outbox.resend': onlyPlatformAdmin,
  'network.import': onlyPlatformAdmin,
  'audit.read': { ...onlyPlatformAdmin, 'network-admin': [A, F] },
  'network.configure': { ...onlyPlatformAdmin, 'network-admin': [A, F], 'platform-admin': [F, F] },
  // The network resource here has no zone: a coordinator reads only their zone's figures.
  'network.report': { ...onlyPlatformAdmin, 'network-admin': [A, F], 'platform-admin': [F, F] },
  'case.list': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [A, H],
    'network-admin': [A, H],
    'committee-member': [F, H],
    'platform-admin': [H, H],
  },
  'case.read': {
    anonymous: [U, U],
    gp: [A, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [A, H],
    'network-admin': [A, H],
    'committee-member': [A, H],
    'platform-admin': [H, H],
  },
  'case.update': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [A, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [H, H],
  },
  'case.decide': {
    anonymous: [U, U],
    gp: [F, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [A, H],
    'platform-admin': [H, H],
  },
  // Only the applicant (the case's owner account) answers, adds documents or withdraws.
  'application.respond': {
    anonymous: [U, U],
    gp: [A, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [F, H],
    'network-admin': [F, H],
    'committee-member': [F, H],
    'platform-admin': [H, H],
  },
  'committee.read': committeeRow([A, H], [A, H]),
  'committee.meeting.manage': committeeRow([A, H], [A, H]),
  'committee.decide': committeeRow([F, H], [A, H]),
};

/** A body's meetings: hidden from everyone outside it (its members, its networks' admins). */
function committeeRow(networkAdmin: [Decision, Decision], member: [Decision, Decision]): Row {
  return {
    anonymous: [U, U],
    gp: [H, H],
    clinician: [H, H],
    organisation: [H, H],
    coordinator: [H, H],
    'network-admin': networkAdmin,
    'committee-member': member,
    'platform-admin': [H, H],
  };
}

describe('authorization policy matrix', () => {
  for (const action of ACTIONS) {
    it(`${action}: each role in its own scope and in another scope`, () => {
      for (const persona of Object.keys(PEOPLE) as Persona[]) {
        const [own, other] = resources(action, persona);
        const got = [decide(PEOPLE[persona], action, own), decide(PEOPLE[persona], action, other)];
        assert.deepEqual(got, EXPECTED[action][persona], `${action} for ${persona}`);
      }
    });
  }
});

describe('authorization helpers', () => {
  const nw = { type: 'case', id: 'c1', networkIds: ['brumenta'], zoneId: 'north-west' } as const;

  it('hides a case from a coordinator of another zone of the same network, and of the same zone in another network', () => {
    const south = person('s', [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'south' }]);
    const otherNetwork = person('o', [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' }]);
    assert.equal(decide(south, 'case.read', nw), 'hidden');
    assert.equal(decide(otherNetwork, 'case.read', nw), 'hidden');
    // A case routed to both networks is seen by the coordinators of the zone in either.
    assert.equal(
      decide(otherNetwork, 'case.read', { ...nw, networkIds: ['bru-stars', 'brumenta'] }),
      'allow',
    );
  });

  it('lets a coordinator of several zones act in each of them', () => {
    const both = person('b', [
      { role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' },
      { role: 'coordinator', networkId: 'brumenta', zoneId: 'east' },
    ]);
    assert.equal(decide(both, 'case.update', nw), 'allow');
    assert.equal(decide(both, 'case.update', { ...nw, zoneId: 'east' }), 'allow');
    assert.deepEqual(reach(both, 'case.list').zones, [
      { networkId: 'brumenta', zoneId: 'north-west' },
      { networkId: 'brumenta', zoneId: 'east' },
    ]);
  });

  it('throws 401, 404 and 403 problems', () => {
    const status = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        assert.ok(error instanceof StandardProblem);
        return error.status;
      }
      return 200;
    };
    assert.equal(
      status(() => authorize(null, 'case.read', nw)),
      401,
    );
    assert.equal(
      status(() => authorize(PEOPLE.clinician, 'case.read', nw)),
      404,
    );
    assert.equal(
      status(() => authorize(PEOPLE['network-admin'], 'case.update', nw)),
      403,
    );
    assert.equal(
      status(() => authorize(PEOPLE.coordinator, 'case.update', nw)),
      200,
    );
  });

  it('refuses a signed-out caller before looking anything up, and answers 404 for a missing id', async () => {
    let looked = false;
    const load = async () => {
      looked = true;
      return null;
    };
    await assert.rejects(
      loadAuthorized(null, 'case.read', load, () => nw),
      { status: 401 },
    );
    assert.equal(looked, false);
    await assert.rejects(
      loadAuthorized(PEOPLE.coordinator, 'case.read', load, () => nw),
      { status: 404 },
    );
    assert.equal(looked, true);
  });

  it('lets a coordinator of any zone read the network-wide sessions, and a clinician only their own', () => {
    const south = person('s', [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'south' }]);
    const session = { type: 'care-session', networkIds: ['brumenta'], ownerAccountId: 'clinician' } as const;
    assert.equal(decide(south, 'care-session.read', session), 'allow');
    assert.deepEqual(reach(PEOPLE.clinician, 'care-session.read').ownerAccountId, 'clinician');
    assert.equal(
      reach(PEOPLE.gp, 'care-session.read').ownerAccountId,
      null,
      'an owner without the role reaches nothing',
    );
    assert.deepEqual(reach(south, 'care-session.read').networkIds, ['brumenta']);
  });

  it('tells list queries where each person reaches', () => {
    assert.deepEqual(reach(PEOPLE['network-admin'], 'audit.read'), {
      everywhere: false,
      networkIds: ['brumenta'],
      zones: [],
      bodyIds: [],
      ownerAccountId: null,
    });
    assert.equal(reach(PEOPLE['platform-admin'], 'audit.read').everywhere, true);
    assert.equal(reach(PEOPLE.gp, 'case.read').ownerAccountId, 'gp');
    assert.equal(reach(null, 'case.read').ownerAccountId, null);
  });

  it('lets a deciding body’s members and its networks’ admins run its meetings, and only members decide', () => {
    const crr = { type: 'committee', bodyId: 'brumenta-crr', networkIds: ['brumenta'] } as const;
    const member = person('m', [{ role: 'committee-member', bodyId: 'brumenta-crr' }]);
    assert.equal(decide(member, 'committee.decide', crr), 'allow');
    assert.equal(decide(PEOPLE['network-admin'], 'committee.meeting.manage', crr), 'allow');
    assert.equal(decide(PEOPLE['network-admin'], 'committee.decide', crr), 'forbidden');
    // A member of another body does not even learn the meeting exists.
    assert.equal(decide(PEOPLE['committee-member'], 'committee.read', crr), 'hidden');
    assert.deepEqual(reach(member, 'committee.read').bodyIds, ['brumenta-crr']);
    assert.deepEqual(reach(PEOPLE['network-admin'], 'committee.read').networkIds, ['brumenta']);
  });

  it('refuses an action used on the wrong kind of resource, as a programming error', () => {
    assert.throws(() => decide(PEOPLE.coordinator, 'case.read', { type: 'audit' }), /applies to a case/);
  });
});
