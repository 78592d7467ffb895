// A person using Passerelle through app.inject(): keeps cookies between requests like a
// browser, and sends back the CSRF token of the last page it read with its next form.

import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';

export class TestClient {
  readonly cookies = new Map<string, string>();
  private csrf = '';

  constructor(private readonly t: Pick<TestApp, 'app'>) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as Array<{
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }>) {
      const gone =
        cookie.value === '' ||
        (cookie.expires && cookie.expires.getTime() <= Date.now()) ||
        cookie.maxAge === 0;
      if (gone) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.t.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } }),
    );
  }

  /** Posts a form with the CSRF token of the last page read (or `_csrf` given explicitly). */
  async post(url: string, form: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: this.csrf, ...form }).toString(),
      }),
    );
  }

  /** Reads `page` first (for its CSRF token), then posts `form` to `action` (default: the same URL). */
  async submit(
    page: string,
    form: Record<string, string>,
    action = page.split('?')[0]!,
  ): Promise<LightMyRequestResponse> {
    await this.get(page);
    return this.post(action, form);
  }

  /** Reuse another client's session (same browser, or a cookie copied to another instance). */
  copyCookiesFrom(other: TestClient): this {
    for (const [name, value] of other.cookies) this.cookies.set(name, value);
    return this;
  }
}
