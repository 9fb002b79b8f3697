// The document view's controller: loads a release (and its related releases) once, draws it
// with the query's words marked. The page state stays in app.js; this
// module reads it through getState().

import * as api from './api.js';
import { t, uiLang } from './i18n.js';
import { renderDoc, renderDocError, renderLoading, renderSimilar } from './docview.js';
import { queryTerms, buildMatcher } from './highlight.js';
import { snippetFragment } from './dom.js';
import { errorText } from './errors.js';

export class DocPage {
  // els: {content, similar}; getState() returns the page state; loaded(doc) is called when
  // a release has been drawn the first time.
  constructor(els, { getState, loaded }) {
    this.els = els;
    this.getState = getState;
    this.loaded = loaded;
    this.docs = new Map();
    this.similar = new Map();
    this.request = null;
    // Words the server marked in each hit's snippet: they also mark the document, which
    // catches what our simple matcher cannot (cross-language names, inflections).
    this.snippetMarks = new Map();
  }

  rememberSnippets(hits) {
    for (const hit of hits) {
      if (!hit || hit.id === undefined || !hit.snippet) continue;
      const marks = [...snippetFragment(hit.snippet).querySelectorAll('mark')].map((m) => m.textContent.trim()).filter(Boolean);
      if (marks.length) this.snippetMarks.set(String(hit.id), marks);
    }
  }

  cached(id) {
    return this.docs.get(id);
  }

  stop() {
    if (this.request) this.request.abort();
    this.request = null;
  }

  // Shows release `id`: at once when it is cached, else after loading; then afterRender().
  show(id, afterRender) {
    if (this.docs.has(id)) {
      this.draw(this.docs.get(id));
      afterRender();
      return;
    }
    this.stop();
    const ctl = new AbortController();
    this.request = ctl;
    renderLoading(this.els.content);
    renderSimilar(this.els.similar, undefined, this.getState());
    api.getDocument(id, ctl.signal).then(
      (doc) => {
        if (this.request !== ctl) return;
        this.request = null;
        this.docs.set(id, doc);
        if (this.getState().doc !== id) return;
        this.draw(doc);
        this.loaded(doc);
        afterRender();
      },
      (err) => {
        if (this.request !== ctl) return;
        this.request = null;
        if ((err && err.name === 'AbortError') || this.getState().doc !== id) return;
        renderDocError(this.els.content, err.kind === 'notfound' ? t('doc_notfound', id) : errorText(err));
        afterRender();
      },
    );
  }

  // Draws the open release again (a new UI language, new country names), if it is loaded.
  redraw() {
    const doc = this.docs.get(this.getState().doc);
    if (doc) this.draw(doc);
  }

  draw(doc) {
    const state = this.getState();
    renderDoc(this.els.content, doc, { state, ui: uiLang(), matcher: this.matcherFor(state) });
    this.loadSimilar(state.doc);
  }

  matcherFor(state) {
    const terms = queryTerms(state.q);
    for (const w of this.snippetMarks.get(state.doc) || []) {
      if (w.includes(' ')) terms.push({ kind: 'phrase', words: w.toLowerCase().split(/\s+/) });
      else terms.push({ kind: 'exact', text: w.normalize('NFKC').toLowerCase() });
    }
    return buildMatcher(terms);
  }

  loadSimilar(id) {
    const state = this.getState();
    if (this.similar.has(id)) {
      renderSimilar(this.els.similar, this.similar.get(id), state);
      return;
    }
    renderSimilar(this.els.similar, null, state);
    const answered = (items) => {
      this.similar.set(id, items);
      if (this.getState().doc === id) renderSimilar(this.els.similar, items, this.getState());
    };
    // Not available (the endpoint may not exist) or failed: the section just stays away.
    api.getSimilar(id).then(answered, () => answered(undefined));
  }
}
