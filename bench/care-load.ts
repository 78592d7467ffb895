// The recording load, run in its own process so that it does not share the server's event loop:
// 16 clients post sessions for 20,000 patients (valid NISS, dates over half a year, so some
// patients reach their caps and some sessions are recorded late). Prints autocannon's result.
// Each run has patients of its own (`run` seeds them): until 2026-12-07 every run posted the same
// sessions for the same patients, so a later run found the earlier runs' sessions in each path.
//
//   node --import tsx bench/care-load.ts <url> <token> <clinicians.json> <seconds> [connections] [run]

import autocannon from 'autocannon';
import { addDays } from '../src/care/domain/index.ts';
import { random } from './care-data.ts';

const [url, token, cliniciansJson, seconds = '20', connections = '16', run = '0'] = process.argv.slice(2);
if (!url || !token || !cliniciansJson)
  throw new Error('usage: care-load.ts <url> <token> <clinicians.json> <seconds>');
const clinicians = JSON.parse(cliniciansJson) as { id: string; locationId: string; networks: string[] }[];

/** A national number with its check digits (97 − (9 digits mod 97), "2" prefixed from 2000). */
function niss(birthDate: string, serial: number): string {
  const nine = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(serial).padStart(3, '0')}`;
  const base = Number(birthDate < '2000' ? nine : `2${nine}`);
  return `${nine}${String(97 - (base % 97)).padStart(2, '0')}`;
}

const next = random(7 + 1_000 * Number(run));
const patients = Array.from({ length: 20_000 }, (_, i) => {
  const birthDate = addDays('1950-01-01', Math.floor(next() * 365 * 55));
  return { birthDate, niss: niss(birthDate, i % 997) };
});

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      method: 'POST',
      path: '/api/v1/sessions',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      setupRequest: (request) => {
        const patient = patients[Math.floor(next() * patients.length)]!;
        const clinician = clinicians[Math.floor(next() * clinicians.length)]!;
        const treatment = next() < 0.25;
        return {
          ...request,
          body: JSON.stringify({
            niss: patient.niss,
            birthDate: patient.birthDate,
            bim: next() < 0.2,
            date: addDays('2026-01-01', Math.floor(next() * 180)),
            function: treatment ? 'treatment' : 'support',
            mode: next() < 0.85 ? 'individual' : 'group',
            locationId: clinician.locationId,
            networkId: 'brumenta',
            clinicianId: clinician.id,
            functionalAssessment: treatment,
          }),
        };
      },
    },
  ],
});

process.stdout.write(
  JSON.stringify({
    seconds: result.duration,
    connections: result.connections,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    perSecond: Math.round((result['2xx'] / result.duration) * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  }),
);
