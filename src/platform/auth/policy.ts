// The one authorization policy: (role, scope) × action × resource → allowed or not.
// Pure: no database, no request. Services call it (never routes or pages), after loading the
// resource, so the decision always sees the resource's real jurisdiction.
//
//   authorize(user, action, resource)      throws 401 / 404 / 403, or returns the signed-in user
//   loadAuthorized(user, action, load, jurisdictionOf)   401 before loading, 404 if missing
//   reach(user, action)                    what a list query may show: zones, networks, owner…
//   decide(user, action, resource)         the decision itself, for tests and `can`
//
// To add an action: add it to POLICY with its resource type and who may do it; the matrix test
// (test/platform/policy.test.ts) enumerates ACTIONS and must be extended with its expectations.

import { StandardProblem } from '../http/problem.ts';
import type { CurrentUser, Grant, Role } from './roles.ts';

export const RESOURCE_TYPES = [
  'account',
  'staff',
  'outbox',
  'audit',
  'case',
  'network',
  'clinician-profile',
  'care-session',
  'care-statement',
  'committee',
  'event',
  'budget',
  'material-order',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * A thing being acted on, with its jurisdiction. A case routed to zone 'north-west' for network
 * 'brumenta' is `{ type: 'case', id, networkIds: ['brumenta'], zoneId: 'north-west', ownerAccountId }`.
 * Fields that do not apply are left out: a resource with no jurisdiction is reachable only
 * through roles that apply everywhere.
 */
export interface Resource {
  type: ResourceType;
  id?: string | undefined;
  /** The networks it belongs to (a 15–23-year-old's case may belong to two). */
  networkIds?: readonly string[] | undefined;
  zoneId?: string | null | undefined;
  /** The account that created it or that it is about (a GP's own request, one's own account). */
  ownerAccountId?: string | null | undefined;
  /** The deciding body (committee) it is before. */
  bodyId?: string | null | undefined;
}

/** Who may: the owner of the resource, or a role in a scope that covers the resource. */
type Rule =
  /** The owner; with `role`, only while they also hold that role (a clinician whose role is revoked loses access). */
  | { owner: true; role?: Role }
  | { role: Role; where: 'anywhere' }
  | { role: 'coordinator'; where: 'zone' }
  | { role: 'network-admin' | 'coordinator'; where: 'network' }
  | { role: 'committee-member'; where: 'body' };

const platformAdmin: Rule = { role: 'platform-admin', where: 'anywhere' };
const zoneCoordinator: Rule = { role: 'coordinator', where: 'zone' };
const networkAdmin: Rule = { role: 'network-admin', where: 'network' };
const committee: Rule = { role: 'committee-member', where: 'body' };
const owner: Rule = { owner: true };
/** A coordinator of any zone of the network (network-wide reading, e.g. its recorded sessions). */
const networkCoordinator: Rule = { role: 'coordinator', where: 'network' };
/** The clinician whose profile (or session) it is, while they hold the clinician role. */
const ownClinician: Rule = { owner: true, role: 'clinician' };
/** Anyone holding the role, wherever (GPs, organisations and clinicians have no scope). */
const gpAnywhere: Rule = { role: 'gp', where: 'anywhere' };
const organisationAnywhere: Rule = { role: 'organisation', where: 'anywhere' };
const clinicianAnywhere: Rule = { role: 'clinician', where: 'anywhere' };

/**
 * Every action, the type of resource it applies to, and who may do it. Platform admins run the
 * platform (accounts, roles, mail, the whole audit log) but do not read case contents: least
 * privilege, since cases are about people's care.
 */
const POLICY = {
  'account.read': { resource: 'account', allow: [owner, platformAdmin] },
  'account.update': { resource: 'account', allow: [owner] },
  'staff.list': { resource: 'staff', allow: [platformAdmin] },
  'staff.invite': { resource: 'staff', allow: [platformAdmin] },
  'grant.create': { resource: 'staff', allow: [platformAdmin] },
  'grant.revoke': { resource: 'staff', allow: [platformAdmin] },
  'outbox.read': { resource: 'outbox', allow: [platformAdmin] },
  'outbox.resend': { resource: 'outbox', allow: [platformAdmin] },
  'audit.read': { resource: 'audit', allow: [platformAdmin, networkAdmin] },
  /** See a zone's inbox: resource = { type: 'case', networkIds: [network], zoneId }. */
  'case.list': { resource: 'case', allow: [zoneCoordinator, networkAdmin] },
  'case.read': { resource: 'case', allow: [zoneCoordinator, networkAdmin, owner, committee] },
  /** Acknowledge, assign, schedule, close, decline, reassign, note, message the requester. */
  'case.update': { resource: 'case', allow: [zoneCoordinator] },
  /** A deciding body's decision on an application before it. */
  'case.decide': { resource: 'case', allow: [committee] },
  /** The applicant's own moves on their application: answer a question, add a document, withdraw. */
  'application.respond': { resource: 'case', allow: [owner] },
  /**
   * Time spent supporting a GP or an organisation on their case (first-line support hours):
   * resource = { type: 'case', id, networkIds, zoneId, ownerAccountId: the account of the
   * clinician assigned to it }. Only that clinician, while they hold the clinician role.
   */
  'first-line-hours.record': { resource: 'case', allow: [ownClinician] },
  /**
   * A clinician's answer to an organisation's call: resource = { type: 'case', id, networkIds,
   * zoneId, ownerAccountId: the clinician's account when the call reaches them (a location in
   * the case's zone and a convention with one of its networks) }.
   */
  'case.answer-call': { resource: 'case', allow: [ownClinician] },
  /**
   * The proposed clinician's acceptance or refusal: resource = { type: 'case', …, ownerAccountId:
   * the account of the clinician the case's latest proposal names }.
   */
  'case.answer-proposal': { resource: 'case', allow: [ownClinician] },
  /**
   * "My requests" of a signed-in GP or organisation: resource = { type: 'case', ownerAccountId:
   * the account whose verified address sent them }. Only while they hold that role.
   */
  'case.list-own': {
    resource: 'case',
    allow: [
      { owner: true, role: 'gp' },
      { owner: true, role: 'organisation' },
    ],
  },
  /** A network's own settings (e.g. the first-contact target of its request inbox): resource = { type: 'network', networkIds: [id] }. */
  'network.configure': { resource: 'network', allow: [networkAdmin] },
  /** Import or replace networks, territories, zones and deciding bodies (a reference pack): platform admins. */
  'network.import': { resource: 'network', allow: [platformAdmin] },
  /**
   * A deciding body and its meetings: resource = { type: 'committee', bodyId, networkIds: the
   * body's networks }. Its members and the admins of its networks (the secretariat) see and
   * run meetings (agenda, attendance, recusals, closing); only members record decisions.
   */
  'committee.read': { resource: 'committee', allow: [committee, networkAdmin] },
  'committee.meeting.manage': { resource: 'committee', allow: [committee, networkAdmin] },
  'committee.decide': { resource: 'committee', allow: [committee] },
  /** A clinician's own profile: resource = { type: 'clinician-profile', id, ownerAccountId: the linked account }. */
  'clinician-profile.read': { resource: 'clinician-profile', allow: [ownClinician] },
  'clinician-profile.update': { resource: 'clinician-profile', allow: [ownClinician] },
  /** Record a session for a clinician: resource = { type: 'care-session', ownerAccountId: the clinician's account }. */
  'care-session.record': { resource: 'care-session', allow: [ownClinician] },
  /** Read a recorded session: its clinician, or staff of its network (networkIds: [its network]). */
  'care-session.read': { resource: 'care-session', allow: [ownClinician, networkCoordinator, networkAdmin] },
  /**
   * A network's reporting dashboard: resource = { type: 'network', networkIds: [network] } for the
   * whole network (its admins), with zoneId for one zone (its coordinators too).
   */
  'network.report': { resource: 'network', allow: [zoneCoordinator, networkAdmin] },
  /**
   * A network's budget (plan, envelopes, contingents): resource = { type: 'budget', id:
   * 'network/year', networkIds: [network] }. Its admins set it; its coordinators read it beside
   * the statements it is built from. Budgets are not confidential: a refusal is 403.
   */
  'budget.read': { resource: 'budget', allow: [networkCoordinator, networkAdmin] },
  'budget.configure': { resource: 'budget', allow: [networkAdmin] },
  /** A network's statement: resource = { type: 'care-statement', networkIds: [network] }. */
  'care-statement.read': { resource: 'care-statement', allow: [networkCoordinator, networkAdmin] },
  /**
   * Events (knowledge sessions, CPM meetings, group sessions): resource = { type: 'event', zoneId,
   * networkIds: the zone's networks, ownerAccountId: its organiser }. Coordinators of the zone and
   * admins of its networks create and run them; a clinician creates and runs their own. Events are
   * public, so a refusal is 403, never 404.
   */
  'event.create': { resource: 'event', allow: [zoneCoordinator, networkAdmin, ownClinician] },
  /** See registrations, mark attendance, export the list, cancel the event. */
  'event.manage': { resource: 'event', allow: [zoneCoordinator, networkAdmin, ownClinician] },
  /**
   * First-line support hours spent on a GP event (knowledge session, CPM meeting): resource = the
   * event with ownerAccountId = the account of the clinician who runs it (organises or leads it).
   */
  'event.record-hours': { resource: 'event', allow: [ownClinician] },
  /**
   * Printed materials (flyers, posters): resource = { type: 'material-order', networkIds: [the
   * network it is ordered from], ownerAccountId: who ordered }. GPs, organisations and clinicians
   * order; they follow their own orders; the network's coordinators and admins see and send them.
   */
  'material-order.place': {
    resource: 'material-order',
    allow: [gpAnywhere, organisationAnywhere, clinicianAnywhere],
  },
  'material-order.read': { resource: 'material-order', allow: [owner, networkCoordinator, networkAdmin] },
  'material-order.fulfil': { resource: 'material-order', allow: [networkCoordinator, networkAdmin] },
  /** A network's stock of printed materials per item and language: resource = { type: 'network', networkIds: [id] }. */
  'material-stock.manage': { resource: 'network', allow: [networkCoordinator, networkAdmin] },
  /**
   * The professionals' page's contacts and links of a network, a zone or an area: resource =
   * { type: 'network', networkIds: the networks it belongs to }. The admins of those networks.
   */
  'professional-info.edit': { resource: 'network', allow: [networkAdmin] },
  /**
   * A standing arrangement's clinician side (skip a date, end it, log a slot's hours, its
   * calendar): resource = the GP's request case with ownerAccountId = the account of the
   * arrangement's clinician. Only that clinician, while they hold the clinician role.
   */
  'arrangement.manage': { resource: 'case', allow: [ownClinician] },
} as const satisfies Record<string, { resource: ResourceType; allow: readonly Rule[] }>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/**
 * For resources whose existence is itself confidential, the action that lets someone know one
 * exists. Whoever may not do it gets 404, exactly as for an id that does not exist, so guessing
 * ids teaches nothing. Other resources answer 403 when the person may not act.
 */
const SEEING: Partial<Record<ResourceType, Action>> = {
  case: 'case.read',
  'care-session': 'care-session.read',
  committee: 'committee.read',
  'material-order': 'material-order.read',
};

export type Decision = 'allow' | 'unauthenticated' | 'hidden' | 'forbidden';

function covers(rule: Rule, grant: Grant, resource: Resource): boolean {
  if ('owner' in rule || grant.role !== rule.role) return false;
  const networks = resource.networkIds ?? [];
  switch (rule.where) {
    case 'anywhere':
      return true;
    case 'zone':
      return Boolean(grant.zoneId && grant.zoneId === resource.zoneId && networks.includes(grant.networkId!));
    case 'network':
      return Boolean(grant.networkId && networks.includes(grant.networkId));
    case 'body':
      return Boolean(grant.bodyId && grant.bodyId === resource.bodyId);
  }
}

function allows(user: CurrentUser, action: Action, resource: Resource): boolean {
  return POLICY[action].allow.some((rule: Rule) =>
    'owner' in rule
      ? Boolean(resource.ownerAccountId) && resource.ownerAccountId === user.accountId && holds(user, rule)
      : user.grants.some((grant) => covers(rule, grant, resource)),
  );
}

function holds(user: CurrentUser, rule: { role?: Role }): boolean {
  return !rule.role || user.grants.some((grant) => grant.role === rule.role);
}

/** The decision, without throwing. A mismatched resource type is a programming error, not a denial. */
export function decide(user: CurrentUser | null | undefined, action: Action, resource: Resource): Decision {
  const expected = POLICY[action].resource;
  if (resource.type !== expected) {
    throw new Error(`Action ${action} applies to a ${expected}, not a ${resource.type}`);
  }
  if (!user) return 'unauthenticated';
  if (allows(user, action, resource)) return 'allow';
  const seeing = SEEING[resource.type];
  return seeing && !allows(user, seeing, resource) ? 'hidden' : 'forbidden';
}

export function can(user: CurrentUser | null | undefined, action: Action, resource: Resource): boolean {
  return decide(user, action, resource) === 'allow';
}

/** Throws the problem a refused person gets: 401 signed out, 404 may not know it exists, 403 may not act. */
export function authorize(
  user: CurrentUser | null | undefined,
  action: Action,
  resource: Resource,
): CurrentUser {
  const decision = decide(user, action, resource);
  if (decision === 'allow') return user!;
  throw refusal(decision);
}

/** The problem a refusal answers (see authorize), for a decision taken with `decide`. */
export function refusal(decision: Exclude<Decision, 'allow'>): StandardProblem {
  if (decision === 'unauthenticated') return new StandardProblem(401, 'unauthorized');
  if (decision === 'hidden') return new StandardProblem(404, 'not-found');
  return new StandardProblem(403, 'forbidden');
}

/** 401 when signed out; use before looking anything up, so a signed-out caller learns nothing. */
export function requireUser(user: CurrentUser | null | undefined): CurrentUser {
  if (!user) throw new StandardProblem(401, 'unauthorized');
  return user;
}

/**
 * The safe default for "show me resource {id}": 401 when signed out (before any lookup), 404
 * when it does not exist or the person may not know it does, 403 when they may know but not
 * act. Returns the loaded thing.
 */
export async function loadAuthorized<T>(
  user: CurrentUser | null | undefined,
  action: Action,
  load: () => Promise<T | null | undefined>,
  jurisdictionOf: (found: T) => Resource,
): Promise<T> {
  requireUser(user);
  const found = await load();
  if (found === null || found === undefined) throw new StandardProblem(404, 'not-found');
  authorize(user, action, jurisdictionOf(found));
  return found;
}

/**
 * Where a person may do `action`, for list queries: filter rows by these instead of loading
 * everything and checking each. `everywhere` means no filter; otherwise a row is in reach when
 * one of its networks is in `networkIds`, its (network, zone) is in `zones`, its body is in
 * `bodyIds`, or its owner is `ownerAccountId`.
 */
export interface Reach {
  everywhere: boolean;
  networkIds: string[];
  zones: Array<{ networkId: string; zoneId: string }>;
  bodyIds: string[];
  ownerAccountId: string | null;
}

export function reach(user: CurrentUser | null | undefined, action: Action): Reach {
  const result: Reach = { everywhere: false, networkIds: [], zones: [], bodyIds: [], ownerAccountId: null };
  if (!user) return result;
  for (const rule of POLICY[action].allow as readonly Rule[]) {
    if ('owner' in rule) {
      if (holds(user, rule)) result.ownerAccountId = user.accountId;
      continue;
    }
    for (const grant of user.grants.filter((g) => g.role === rule.role)) {
      if (rule.where === 'anywhere') result.everywhere = true;
      else if (rule.where === 'network' && grant.networkId) result.networkIds.push(grant.networkId);
      else if (rule.where === 'zone' && grant.networkId && grant.zoneId)
        result.zones.push({ networkId: grant.networkId, zoneId: grant.zoneId });
      else if (rule.where === 'body' && grant.bodyId) result.bodyIds.push(grant.bodyId);
    }
  }
  return result;
}

/** Whether a reach allows anything at all (an empty inbox vs. no inbox). */
export function reachesAnything(r: Reach): boolean {
  return (
    r.everywhere || r.networkIds.length + r.zones.length + r.bodyIds.length > 0 || r.ownerAccountId !== null
  );
}
