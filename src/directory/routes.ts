import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ProblemError } from '../platform/http/problem.ts';
import { LangParam, Problem } from '../platform/http/schemas.ts';
import { format } from '../platform/i18n/index.ts';
import { referenceMessages } from '../reference/messages.ts';
import { ClinicianAnswer, CliniciansAnswer, CliniciansQuery } from './api-schemas.ts';
import type { FinderHit } from './domain/finder.ts';
import type { NetworkElsewhere, SearchPlace as Place } from './domain/search.ts';
import { isPossiblyOutOfDate } from './domain/staleness.ts';
import type { Clinician, ClinicianLocation } from './domain/types.ts';
import { FinderAnswers } from './finder-answers.ts';
import { directoryMessages } from './messages.ts';
import { DEFAULT_LIMIT, type DirectoryService } from './service.ts';

function summary(c: Clinician) {
  return {
    id: c.id,
    displayName: `${c.givenName} ${c.familyName}`,
    kind: c.kind,
    languages: c.languages,
    ageGroups: c.ageGroups,
    functions: c.functions,
    modes: c.modes,
    specialities: c.specialities,
    networks: c.networks,
    acceptingNewPatients: c.acceptingNewPatients,
    waitingBand: c.waitingBand,
    updatedAt: c.updatedAt,
  };
}

function nearest(l: ClinicianLocation) {
  return { kind: l.kind, name: l.name, street: l.street, postcode: l.postcode, wheelchair: l.wheelchair };
}

function location(l: ClinicianLocation) {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    street: l.street,
    postcode: l.postcode,
    lat: l.lat,
    lon: l.lon,
    wheelchair: l.wheelchair,
  };
}

/**
 * The list is the hottest answer Passerelle gives, and most of each item never changes between
 * searches: each version of a clinician is serialized once, to UTF-8 bytes (a new version is a
 * new object, so the cache follows the read model by itself), and a request only writes the
 * distances and copies bytes into one buffer.
 */
interface Fragments {
  /** `{"id":…,"updatedAt":"…","distanceKm":` */
  head: Buffer;
  /** `,"nearestLocation":{…}}` for each location */
  locations: Buffer[];
}

const fragments = new WeakMap<Clinician, Fragments>();

function fragmentsOf(clinician: Clinician): Fragments {
  let cached = fragments.get(clinician);
  if (!cached) {
    cached = {
      head: Buffer.from(`${JSON.stringify(summary(clinician)).slice(0, -1)},"distanceKm":`),
      locations: clinician.locations.map((l) =>
        Buffer.from(`,"nearestLocation":${JSON.stringify(nearest(l))}}`),
      ),
    };
    fragments.set(clinician, cached);
  }
  return cached;
}

/**
 * Answers are cut from 1 MB slabs, as Node pools small buffers: an 11 kB answer would otherwise
 * allocate (and later collect) an ArrayBuffer of its own on every request. A slab is only ever
 * written forward; it is freed when the last answer cut from it has been sent.
 */
const SLAB_SIZE = 1 << 20;
let slab = Buffer.allocUnsafe(0);
let slabUsed = 0;

function answerBuffer(length: number): Buffer {
  if (length > SLAB_SIZE / 4) return Buffer.allocUnsafe(length);
  if (slabUsed + length > slab.length) {
    slab = Buffer.allocUnsafe(SLAB_SIZE);
    slabUsed = 0;
  }
  const buffer = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return buffer;
}

/** Writes an ASCII string (a number, `null`) at `at`; returns the position after it. */
function writeAscii(target: Buffer, text: string, at: number): number {
  for (let i = 0; i < text.length; i++) target[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/** A place's JSON, once per place object (the same until the reference data changes). */
const placeJsonOf = new WeakMap<Place, string>();

function placeJson(place: Place | null): string {
  if (!place) return 'null';
  let json = placeJsonOf.get(place);
  if (json === undefined) {
    json = JSON.stringify({
      postcode: place.postcode,
      communeNis: place.communeNis,
      names: { fr: place.names.fr, nl: place.names.nl, de: place.names.de },
      lat: place.lat,
      lon: place.lon,
    });
    placeJsonOf.set(place, json);
  }
  return json;
}

/** The networks listed elsewhere, as JSON: almost always none. */
function elsewhereJson(elsewhere: readonly NetworkElsewhere[]): string {
  if (elsewhere.length === 0) return '[]';
  return JSON.stringify(elsewhere.map(({ id, names, url }) => ({ id, names, url })));
}

function listBody(
  total: number,
  limit: number,
  offset: number,
  place: Place | null,
  hits: FinderHit[],
  elsewhere: readonly NetworkElsewhere[],
): Buffer {
  const prefix = `{"total":${total},"limit":${limit},"offset":${offset},"place":${placeJson(place)},"items":[`;
  const heads: Buffer[] = new Array(hits.length);
  const distances: string[] = new Array(hits.length);
  const nearest: Buffer[] = new Array(hits.length);
  const suffix = `],"elsewhere":${elsewhereJson(elsewhere)}}`;
  let length = Buffer.byteLength(prefix) + Buffer.byteLength(suffix) + Math.max(0, hits.length - 1);
  for (let i = 0; i < hits.length; i++) {
    const { clinician, distanceKm, nearestLocation } = hits[i]!;
    const cached = fragmentsOf(clinician);
    heads[i] = cached.head;
    distances[i] = distanceKm === null ? 'null' : String(distanceKm);
    nearest[i] = cached.locations[clinician.locations.indexOf(nearestLocation)]!;
    length += heads[i]!.length + distances[i]!.length + nearest[i]!.length;
  }
  const body = answerBuffer(length);
  let at = body.write(prefix, 0, 'utf8');
  for (let i = 0; i < hits.length; i++) {
    if (i > 0) body[at++] = 0x2c; // ,
    body.set(heads[i]!, at);
    at = writeAscii(body, distances[i]!, at + heads[i]!.length);
    body.set(nearest[i]!, at);
    at += nearest[i]!.length;
  }
  body.write(suffix, at, 'utf8');
  return body;
}

export function registerDirectoryRoutes(app: FastifyInstance, directory: DirectoryService): void {
  const answers = new FinderAnswers();
  app.get(
    '/api/v1/clinicians',
    {
      schema: {
        summary: 'Find conventioned clinicians: filters, ranked by distance then freshness',
        description:
          'Give `postcode` or `commune` (NIS code) to rank by distance from it (`distanceKm` is null otherwise). ' +
          '`age` keeps clinicians who work with that age group and belong to a network serving that age. ' +
          '`zone` keeps those with a location in a coordinator zone. Every filter combines with the others. ' +
          'Unknown values answer 400 naming the parameter; a postcode outside the reference data answers 404. ' +
          'Items are summaries: phone, e-mail, website and every location are on `/api/v1/clinicians/{id}`.',
        tags: ['directory'],
        querystring: CliniciansQuery,
        response: { 200: CliniciansAnswer, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const query = request.query as Type.Static<typeof CliniciansQuery>;
      const m = directoryMessages[request.locale].api;
      if (query.postcode && query.commune) {
        const detail = referenceMessages[request.locale].api.bothPlaces;
        throw new ProblemError(400, 'invalid-parameters', detail, [
          { field: 'commune', code: 'conflict', message: detail },
        ]);
      }
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = query.offset ?? 0;
      const question = { ...query, lang: undefined, limit, offset };
      const state = directory.finderState();
      const kept = answers.get(state, question);
      if (kept) return reply.type('application/json; charset=utf-8').send(kept);
      const outcome = directory.search({
        place: query.postcode
          ? { postcode: query.postcode }
          : query.commune
            ? { communeNis: query.commune }
            : undefined,
        age: query.age,
        ageGroup: query.ageGroup,
        language: query.language,
        function: query.function,
        mode: query.mode,
        speciality: query.speciality,
        wheelchair: query.wheelchair,
        acceptingNewPatients: query.acceptingNewPatients,
        zone: query.zone,
        network: query.network,
        limit,
        offset,
      });
      if (!outcome.ok) {
        if (outcome.reason === 'unknown-place') {
          const place = query.postcode ?? query.commune ?? '';
          const detail = format(request.locale, referenceMessages[request.locale].errors.outsideTerritory, {
            place,
          });
          throw new ProblemError(404, 'outside-territory', detail);
        }
        const field = outcome.reason === 'unknown-zone' ? 'zone' : 'network';
        const detail = format(request.locale, field === 'zone' ? m.unknownZone : m.unknownNetwork, {
          value: query[field] ?? '',
        });
        throw new ProblemError(400, 'invalid-parameters', detail, [
          { field, code: 'unknown', message: detail },
        ]);
      }
      const body = listBody(outcome.total, limit, offset, outcome.place, outcome.hits, outcome.elsewhere);
      answers.keep(state, question, body);
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );

  app.get(
    '/api/v1/clinicians/:id',
    {
      schema: {
        summary: 'One listed clinician: profile, every location and how to get in touch',
        tags: ['directory'],
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object({ lang: LangParam }, { additionalProperties: false }),
        response: { 200: ClinicianAnswer, 404: Problem },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const clinician = directory.getListed(id);
      if (!clinician)
        throw new ProblemError(404, 'not-found', directoryMessages[request.locale].api.notFound);
      return {
        ...summary(clinician),
        phone: clinician.phone,
        email: clinician.email,
        website: clinician.website,
        inami: clinician.inami,
        locations: clinician.locations.map(location),
        possiblyOutOfDate: isPossiblyOutOfDate(clinician.updatedAt, directory.staleBefore()),
      };
    },
  );
}
