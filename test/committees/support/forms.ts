// Posting a form whose field repeats (checkboxes), which TestClient's record of fields cannot.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../support/app.ts';
import type { TestClient } from '../../support/http-client.ts';

export async function postPairs(
  t: Pick<TestApp, 'app'>,
  client: TestClient,
  url: string,
  pageWithForm: string,
  pairs: Array<[string, string]>,
): Promise<LightMyRequestResponse> {
  const csrf = /name="_csrf" value="([^"]+)"/.exec(pageWithForm)?.[1] ?? '';
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ...pairs]).toString(),
  });
}
