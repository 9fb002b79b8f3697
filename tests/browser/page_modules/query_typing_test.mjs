// When search-as-you-type may send the box's text (web/js/query_typing.js), without a
// browser: finished queries go, half-typed syntax waits for more typing or Enter.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isReadyToSearch } from '../../../web/js/query_typing.js';

describe('isReadyToSearch', () => {
  it('sends words, closed phrases and groups', () => {
    for (const q of ['', 'consultations', '외교부 장관', '"policy consultations"', '(Japan OR China) summit', 'visit -Japan', 'consult*', 'country:JP ', 'title:"a (b"'])
      assert.equal(isReadyToSearch(q), true, q);
  });

  it('waits while a quote or a parenthesis is open', () => {
    for (const q of ['"policy', '"policy consultations', '(Japan OR China', 'a) b', '"a" "b'])
      assert.equal(isReadyToSearch(q), false, q);
  });

  it('waits after a dangling operator or minus, and inside a field value', () => {
    for (const q of ['Japan OR', 'Japan AND', 'NOT', 'visit -', 'title:', 'country:J', 'date:2021-0'])
      assert.equal(isReadyToSearch(q), false, q);
  });
});
