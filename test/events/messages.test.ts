import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsMessages } from '../../src/events/messages.ts';
import { organiserMessages } from '../../src/events/organiser-messages.ts';
import { requestEventMessages } from '../../src/events/request-messages.ts';
import { figureMessages } from '../../src/reporting/figure-messages.ts';
import { reportingMessages } from '../../src/reporting/messages.ts';

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    strings(inner, `${path}.${key}`),
  );
}

describe('events messages', () => {
  it('French puts a narrow no-break space (U+202F) before : ; ! ? (links and clock times aside)', () => {
    const wrong = [...strings(eventsMessages.fr), ...strings(organiserMessages.fr)].filter(([, text]) =>
      /[^\u202f][:;!?]/.test(text.replace(/https?:\/\//g, '').replace(/\d:\d/g, '')),
    );
    assert.deepEqual(wrong, []);
  });

  it('German (events and reporting) puts no space before : ; ! ? and quotes „like this“', () => {
    const german = [
      eventsMessages,
      organiserMessages,
      requestEventMessages,
      reportingMessages,
      figureMessages,
    ].flatMap((catalogue) => strings(catalogue.de));
    assert.ok(german.length > 200);
    const wrong = german.filter(([, text]) =>
      /[\s\u00a0\u202f][:;!?]|[«»“”"]/.test(text.replace(/„[^“]*“/g, 'Q')),
    );
    assert.deepEqual(wrong, []);
  });
});
