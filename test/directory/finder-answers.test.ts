// Kept finder answers (src/directory/finder-answers.ts): a question asked again in the same state
// gets the same bytes; any change of state (a profile refreshed, reference data reloaded) drops
// every answer kept before it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FinderAnswers } from '../../src/directory/finder-answers.ts';

const QUESTION = { postcode: '1030', language: 'fr', limit: 20, offset: 0 };

describe('kept finder answers', () => {
  it('gives back an answer for the same question in the same state, whatever the order of its parameters', () => {
    const answers = new FinderAnswers();
    assert.equal(answers.get('1:1', QUESTION), undefined);
    answers.keep('1:1', QUESTION, Buffer.from('{"total":3}'));
    const reordered = { offset: 0, limit: 20, language: 'fr', postcode: '1030' };
    assert.equal(answers.get('1:1', reordered)?.toString(), '{"total":3}');
    assert.equal(answers.get('1:1', { ...QUESTION, offset: 20 }), undefined, 'another page');
    assert.equal(answers.get('1:1', { ...QUESTION, commune: '21004' }), undefined, 'another place');
  });

  it('drops every kept answer when the state changes, and keeps none given in an older state', () => {
    const answers = new FinderAnswers();
    answers.get('1:1', QUESTION);
    answers.keep('1:1', QUESTION, Buffer.from('old'));
    assert.equal(answers.get('2:1', QUESTION), undefined, 'a profile changed');
    // An answer built before the change, kept after it: never given.
    answers.keep('1:1', QUESTION, Buffer.from('old'));
    assert.equal(answers.get('2:1', QUESTION), undefined);
    answers.keep('2:1', QUESTION, Buffer.from('new'));
    assert.equal(answers.get('2:1', QUESTION)?.toString(), 'new');
    assert.equal(answers.get('2:2', QUESTION), undefined, 'the reference data changed');
  });

  it('keeps its own copy: the buffer an answer was cut from may be written again', () => {
    const answers = new FinderAnswers();
    answers.get('1:1', QUESTION);
    const slab = Buffer.from('{"total":3}');
    answers.keep('1:1', QUESTION, slab);
    slab.write('XXXXXXXXXXX');
    assert.equal(answers.get('1:1', QUESTION)?.toString(), '{"total":3}');
  });
});
