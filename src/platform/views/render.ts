import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page to an HTML document. Preact escapes every interpolated value. */
export function renderPage<P>(page: VNode<P>): string {
  return `<!doctype html>${renderToString(page)}`;
}

/** Sends a rendered page; `status` lets a form with errors answer 400 while showing the form again. */
export function sendPage<P>(reply: FastifyReply, page: VNode<P>, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}
