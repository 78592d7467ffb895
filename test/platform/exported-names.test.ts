// One name, one meaning: an exported name defined in two places either means the same thing in
// each capability's own room (each capability's store reads its own drafts) or it is a collision
// waiting to be imported from the wrong file (a meeting's issues are not a form's issues). The
// first kind is listed below with the reason it may repeat; anything else fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** Names each capability defines for itself, with the same role in each. */
const SAME_ROLE_IN_EACH_CAPABILITY = new Set([
  // Each capability's string catalogues (requests/, applications/, budget/ …).
  'formsMessages',
  'vocabularyMessages',
  'mailMessages',
  'budgetMessages',
  // Each capability's store keeps its own drafts.
  'readDraft',
  'writeDraft',
  'deleteDraft',
  // Each case type configures the platform's case work with its own workflow (platform/cases).
  'caseResource',
  'OPEN_STATUSES',
  'PUBLIC_ACTIONS',
  'DESTRUCTIVE_ACTIONS',
  'StaffAction',
  'CaseView',
  'ActOutcome',
  'SubmitOutcome',
  'ActionForm',
  // The form engine's message functions, bound to a capability's field texts.
  'errorsById',
  'issueMessage',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const DECLARATION = /^export (?:async )?(?:function|const|let|class|type|interface|enum) ([A-Za-z0-9_$]+)/gm;

function exportedNames(): Map<string, string[]> {
  const places = new Map<string, string[]>();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(DECLARATION)) {
      const name = match[1]!;
      places.set(name, [...(places.get(name) ?? []), relative(root, file)]);
    }
  }
  return places;
}

describe('exported names', () => {
  it('are defined once, unless each capability has its own with the same role', () => {
    const twice = [...exportedNames()]
      .filter(([name, files]) => files.length > 1 && !SAME_ROLE_IN_EACH_CAPABILITY.has(name))
      .map(([name, files]) => `${name}: ${files.join(', ')}`);
    assert.deepEqual(twice, []);
  });

  it('finds a name defined twice (the check can fail)', () => {
    assert.ok((exportedNames().get('formsMessages') ?? []).length >= 2);
  });
});
