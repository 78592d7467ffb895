// The app the reporting tests read: started on an engine with the API token, one clinician
// (Adam, in both networks) and a way to record sessions through the sessions API as a clinician's
// software would, each recording checked. The statistics API, statistics page and dashboard
// tests all start from it.

import assert from 'node:assert/strict';
import { auth, sessionBody, TOKEN } from '../../care/support/api.ts';
import { addClinicians, clinician } from '../../care/support/clinicians.ts';
import { startTestApp, type TestApp } from '../../support/app.ts';
import type { TestEngine } from '../../support/database.ts';

export interface RecordedApp {
  t: TestApp;
  clinician: { id: string; locations: string[] };
  /** Records one session (overrides of care's test session) and answers its id. */
  record(overrides: Record<string, unknown>): Promise<string>;
}

export async function startRecordedApp(
  engine: TestEngine,
  env: Record<string, string> = {},
): Promise<RecordedApp> {
  const t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN, ...env });
  const [adam] = await addClinicians(t.services.directory, [clinician('Adam', ['brumenta', 'bru-stars'])]);
  const record = async (overrides: Record<string, unknown>) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: auth,
      payload: sessionBody(adam!, overrides),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().id as string;
  };
  return { t, clinician: adam!, record };
}
