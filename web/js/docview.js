// The document view: one release in full, with the query's words marked, its metadata, the
// Cite button (cite_panel.js) and related releases. All document text is set as text nodes; marks are
// elements created here (see highlight.js).

import { h, clear, safeHttpUrl } from './dom.js';
import { t, formatDate, formatDateTime } from './i18n.js';
import { highlighted } from './highlight.js';
import { langBadge, dateElement, countryButtons, officialItems } from './results.js';
import { toQueryString } from './state.js';
import { citeControls } from './cite_panel.js';
import { versionLinks } from './versions.js';

// A paragraph's number or list marker as the release wrote it: □ and 1. begin a point,
// ㅇ, o, -, * and the like a point under it.
const MARKER = /^(?:(\d{1,2}[.)]|[□■◎◇◆▶▷►※])|([ㅇo○●◦•∙‣▪▫*+\-–—·]))\s/u;

export function paragraphMarker(text) {
  const m = MARKER.exec(text);
  if (!m) return null;
  return { marker: m[1] || m[2], sub: Boolean(m[2]) };
}

// Blank lines separate paragraphs; single line breaks inside one are kept by CSS (pre-line).
export function paragraphs(body) {
  return String(body ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0\u3000]*\n\s*/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
}

function metaRow(label, ...value) {
  const v = value.filter(Boolean);
  if (!v.length) return null;
  return h('div', { class: 'meta-row' }, h('dt', null, label), h('dd', null, v));
}

export function renderLoading(container) {
  clear(container);
  container.append(h('p', { class: 'doc-status', role: 'status' }, t('doc_loading')));
}

export function renderDocError(container, message) {
  clear(container);
  container.append(h('div', { class: 'doc-status doc-error', role: 'alert' }, h('p', null, message)));
}

export function renderDoc(container, doc, { state, ui, matcher }) {
  clear(container);
  const lang = String(doc.lang || '');
  const url = typeof doc.url === 'string' ? doc.url.trim() : '';
  const href = safeHttpUrl(url);

  let source = null;
  if (href) {
    source = h('a', { class: 'source-link', href, rel: 'noopener noreferrer external', target: '_blank' }, t('doc_source_link'), ' ↗');
  } else if (url) {
    // Not an http(s) address (e.g. javascript:): show it, never make it clickable.
    source = h('span', { class: 'source-text', title: t('doc_source_text') }, url);
  }

  const site = doc.source && typeof doc.source === 'object' && doc.source.key ? doc.source : null;
  const siteLabel = site
    ? h('span', { class: 'source-label' }, String((ui === 'ko' ? site.label_ko || site.label : site.label || site.label_ko) || site.key))
    : null;

  const title = doc.title ? String(doc.title) : t('untitled');
  const article = h(
    'article',
    { class: 'doc', 'data-id': String(doc.id ?? '') },
    h(
      'header',
      { class: 'doc-header' },
      h('h1', { id: 'doc-title', class: 'doc-title', tabindex: '-1', lang: lang || null }, highlighted(title, matcher)),
      h(
        'dl',
        { class: 'doc-meta' },
        metaRow(t('doc_date'), dateElement(doc.date, 'doc-date')),
        metaRow(t('doc_language'), langBadge(lang), ' ', lang === 'ko' ? t('lang_ko') : lang === 'en' ? t('lang_en') : lang,
          ' ', versionLinks(doc.translations, state, 'doc-versions')),
        metaRow(t('doc_countries'), countryButtons(doc.countries, state, ui, 'doc-countries')),
        metaRow(t('doc_officials'), officialItems(doc.officials, state, ui, 'doc-officials', { lang, roles: true })),
        metaRow(t('doc_source'), siteLabel, siteLabel && source ? ' ' : null, source),
      ),
      h(
        'div',
        { class: 'doc-actions' },
        citeControls(doc),
      ),
    ),
    h(
      'div',
      { class: 'doc-body', id: 'doc-body', lang: lang || null },
      paragraphs(doc.body).map((p) => {
        const marker = paragraphMarker(p);
        return h('p', { class: marker ? (marker.sub ? 'point sub-point' : 'point') : null }, highlighted(p, matcher));
      }),
    ),
    h(
      'footer',
      { class: 'doc-footer' },
      doc.source_file
        ? h('p', null, h('span', { class: 'k' }, `${t('doc_source_file')}: `), h('code', { class: 'doc-source' }, String(doc.source_file)))
        : null,
      doc.indexed_at
        ? h('p', null, h('span', { class: 'k' }, `${t('doc_indexed')}: `), h('time', { class: 'doc-indexed', datetime: String(doc.indexed_at) }, formatDateTime(doc.indexed_at)))
        : null,
      h('p', null, h('span', { class: 'k' }, `${t('doc_id')}: `), h('code', null, String(doc.id ?? ''))),
    ),
  );
  container.append(article);
  return article;
}

// items: null while loading, [] for none, or the list. The section stays hidden if the service
// has no similar endpoint yet.
export function renderSimilar(section, items, state) {
  const body = section.querySelector('.similar-body');
  clear(body);
  if (items === undefined) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  if (items === null) {
    body.append(h('p', { class: 'muted' }, t('similar_loading')));
    return;
  }
  const list = items.filter((x) => x && typeof x === 'object' && x.id !== undefined && String(x.id) !== state.doc);
  if (!list.length) {
    body.append(h('p', { class: 'muted' }, t('similar_none')));
    return;
  }
  body.append(
    h(
      'ul',
      { class: 'similar-list' },
      list.map((x) =>
        h(
          'li',
          { class: 'similar-item', 'data-id': String(x.id) },
          h('a', { href: toQueryString({ ...state, doc: String(x.id) }), 'data-nav': 'doc', lang: x.lang || null }, x.title ? String(x.title) : t('untitled')),
          h('span', { class: 'similar-meta' }, x.date ? formatDate(x.date) : '', ' ', x.lang ? langBadge(x.lang) : null),
        ),
      ),
    ),
  );
}
