// Which words the document view marks (web/js/highlight.js), without a browser: operators,
// excluded words and filter fields are never marked; inflections and Korean particles are.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { queryTerms, buildMatcher } from '../../../web/js/highlight.js';

const marked = (q, text) => [...text.matchAll(buildMatcher(queryTerms(q)))].map((m) => m[0]);

describe('query terms to mark', () => {
  it('drops operators, excluded words and filter fields', () => {
    assert.deepEqual(queryTerms('visit OR talks NOT Japan -China country:KR lang:ko date:2021..2022 (summit)'), [
      { kind: 'word', text: 'visit' },
      { kind: 'word', text: 'talks' },
      { kind: 'word', text: 'summit' },
    ]);
  });

  it('keeps phrases, prefixes and title: words, and drops English stop words', () => {
    assert.deepEqual(queryTerms('"political consultations" consult* title:minister the of'), [
      { kind: 'phrase', words: ['political', 'consultations'] },
      { kind: 'prefix', text: 'consult' },
      { kind: 'word', text: 'minister' },
    ]);
  });

  it('marks inflected English words but not words that merely contain them', () => {
    assert.deepEqual(marked('consultation', 'Consultations were held; a consultative body; reconsultation.'), ['Consultations', 'consultative']);
    assert.deepEqual(marked('agreed', 'They agree; the agreement; disagreed.'), ['agree', 'agreement']);
    assert.deepEqual(marked('visits', 'A visit, visiting, visitors.'), ['visit', 'visiting', 'visitors']);
  });

  it('marks a Korean word inside its forms with particles', () => {
    assert.deepEqual(marked('외교부', '외교부는 외교부의 입장을 밝혔다'), ['외교부', '외교부']);
  });

  it('marks a phrase as one piece across spaces and punctuation', () => {
    assert.deepEqual(marked('"foreign ministers meeting"', 'the Foreign Ministers’ Meeting, and a foreign minister'), ['Foreign Ministers’ Meeting']);
  });

  it('marks nothing for a query of filters only, and survives regex characters', () => {
    assert.equal(buildMatcher(queryTerms('country:KR')), null);
    assert.deepEqual(marked('(trade+aid)* [summit]', 'trade+aid and [summit], aide'), ['trade', 'aid', 'summit', 'aide']);
  });
});
