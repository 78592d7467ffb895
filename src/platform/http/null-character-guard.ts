import type { FastifyInstance, FastifyRequest } from 'fastify';
import { platformMessages } from '../messages.ts';
import { ProblemError } from './problem.ts';

// PostgreSQL (server and embedded) cannot store U+0000 in text, and refuses the whole statement:
// a NUL in any field reached the database as a 500 (a search box, the status lookup). No person
// types one, so one check for every route, before validation, answers 400 instead.

/** Whether any string in a parsed query, params or body holds U+0000 (walked without recursion). */
export function holdsNullCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) {
      // One by one: spreading a body-sized array (500 000 items) as arguments overflows the stack.
      for (const child of item) pending.push(child);
    } else if (item && typeof item === 'object' && !Buffer.isBuffer(item)) {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

function refuse(request: FastifyRequest): void {
  if (
    holdsNullCharacter(request.query) ||
    holdsNullCharacter(request.params) ||
    holdsNullCharacter(request.body)
  ) {
    throw new ProblemError(
      400,
      'null-character',
      platformMessages[request.locale].problems['null-character'],
    );
  }
}

export function registerNullCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => refuse(request));
}
