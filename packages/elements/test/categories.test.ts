import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCategories } from '../src/components/event-calendar/categories.js';

describe('parseCategories', () => {
  it('reads the categories attribute in any case, in the hall’s order, ignoring unknown and repeated tokens', () => {
    assert.deepEqual(parseCategories('SEMINAR Fair'), ['seminar', 'fair']);
    assert.deepEqual(parseCategories('fair, seminar,seminar  bazaar'), ['seminar', 'fair']);
    assert.deepEqual(parseCategories(''), []);
    assert.deepEqual(parseCategories(undefined), []);
  });
});
