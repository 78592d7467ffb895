// A tiny browser for app.inject(): keeps cookies, reads the CSRF token of the last page, and
// follows redirects, so form flows can be tested without Chromium.
import type { TestApp } from '../../support/app.ts';

export interface Page {
  status: number;
  url: string;
  body: string;
}

export class FormClient {
  private readonly cookies = new Map<string, string>();
  private csrf = '';

  /** `cookie`: a session cookie (name=value) to start with, e.g. from createStaff(). */
  constructor(
    private readonly t: TestApp,
    cookie?: string,
  ) {
    if (cookie) this.remember(cookie);
  }

  private remember(setCookie: string | string[] | undefined): void {
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(url: string, options: { follow?: boolean } = {}): Promise<Page> {
    return this.request('GET', url, undefined, options.follow ?? true);
  }

  /** The response itself, without following a redirect (for authorization tests). */
  async status(method: 'GET' | 'POST', url: string, fields: Record<string, string> = {}): Promise<number> {
    const page =
      method === 'GET'
        ? await this.request('GET', url, undefined, false)
        : await this.request(
            'POST',
            url,
            new URLSearchParams({ _csrf: this.csrf, ...fields }).toString(),
            false,
          );
    return page.status;
  }

  /** A JSON API call with this client's cookies. */
  async api(method: 'GET' | 'POST', url: string, payload?: unknown) {
    return this.t.app.inject({
      method,
      url,
      headers: { cookie: this.cookieHeader() },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
  }

  /** Posts a form (urlencoded); arrays become repeated fields; the CSRF token is added. */
  async post(url: string, fields: Record<string, string | string[]>): Promise<Page> {
    const params = new URLSearchParams();
    params.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
    }
    return this.request('POST', url, params.toString());
  }

  private async request(method: 'GET' | 'POST', url: string, payload?: string, follow = true): Promise<Page> {
    let current = url;
    let response = await this.t.app.inject({
      method,
      url: current,
      headers: {
        cookie: this.cookieHeader(),
        ...(payload !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(payload !== undefined ? { payload } : {}),
    });
    for (let hops = 0; hops < (follow ? 5 : 0); hops++) {
      this.remember(response.headers['set-cookie']);
      const location = response.headers.location;
      if (response.statusCode < 300 || response.statusCode >= 400 || typeof location !== 'string') break;
      current = location;
      response = await this.t.app.inject({
        method: 'GET',
        url: current,
        headers: { cookie: this.cookieHeader() },
      });
    }
    if (!follow) this.remember(response.headers['set-cookie']);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return { status: response.statusCode, url: current, body: response.body };
  }
}
