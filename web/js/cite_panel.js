// The document view's Cite button and its panel: the release as plain text (the form agreed
// with the researchers), BibTeX, RIS or CSL-JSON (from the API, as reference managers read
// them), to copy or download. The panel stays open, on the same format, across redraws.

import * as api from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export const CITE_FORMATS = ['text', 'bibtex', 'ris', 'csljson'];

// Ministry of Foreign Affairs, "TITLE", DATE, URL
export function citation(doc) {
  const parts = ['Ministry of Foreign Affairs', `"${String(doc.title || '').trim()}"`];
  if (doc.date) parts.push(String(doc.date));
  const url = typeof doc.url === 'string' ? doc.url.trim() : '';
  if (url) parts.push(url);
  return parts.join(', ');
}

// Per release: whether the panel is open and which format it shows; texts fetched once.
const panels = new Map();
const texts = new Map();

function panelOf(id) {
  if (!panels.has(id)) panels.set(id, { open: false, format: 'text' });
  return panels.get(id);
}

async function textIn(doc, format) {
  if (format === 'text') return citation(doc);
  const key = `${doc.id}\u0000${format}`;
  if (!texts.has(key)) texts.set(key, await api.citationText(String(doc.id), format));
  return texts.get(key);
}

// Copies text to the clipboard; plain-http pages have none, so the text area is selected and
// copied by the older command instead. True when it worked.
async function copy(text, area) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the selection */
  }
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

// The button and its panel for one release, wired.
export function citeControls(doc) {
  const id = String(doc.id ?? '');
  const state = panelOf(id);
  const status = h('span', { id: 'cite-status', class: 'cite-status', role: 'status', 'aria-live': 'polite' });
  const area = h('textarea', { id: 'cite-text', class: 'cite-text', readonly: true, rows: '6', spellcheck: 'false', 'aria-labelledby': 'cite-format-legend' });
  const download = h('a', { id: 'cite-download', class: 'cite-download', download: true, hidden: true });
  const copyButton = h('button', { type: 'button', id: 'cite-copy', class: 'button small' }, t('cite_copy'));
  const radios = CITE_FORMATS.map((f) =>
    h('label', { class: 'cite-choice' }, h('input', { type: 'radio', name: 'cite-format', value: f, checked: f === state.format }), ' ', t(`cite_format_${f}`)),
  );
  const panel = h(
    'div',
    { id: 'cite-panel', class: 'cite-panel', 'data-testid': 'cite-panel', hidden: !state.open },
    h('fieldset', { class: 'cite-formats' }, h('legend', { id: 'cite-format-legend' }, t('cite_formats')), radios),
    area,
    h('div', { class: 'cite-panel-actions' }, copyButton, download, status),
  );
  const button = h(
    'button',
    { type: 'button', id: 'cite', class: 'button', 'aria-expanded': state.open ? 'true' : 'false', 'aria-controls': 'cite-panel' },
    t('cite'),
    h('span', { class: 'visually-hidden' }, t('cite_more')),
  );

  let shown = 0; // the latest choice, so a slow answer never replaces a newer one
  const show = async (format) => {
    state.format = format;
    const mine = ++shown;
    status.textContent = '';
    download.hidden = format === 'text';
    if (format !== 'text') {
      download.href = api.citationUrl(id, format);
      download.textContent = t('cite_download', t(`cite_format_${format}`));
    }
    area.value = format === 'text' ? citation(doc) : t('cite_loading');
    try {
      const text = await textIn(doc, format);
      if (mine === shown) area.value = text;
    } catch {
      if (mine === shown) {
        area.value = '';
        status.textContent = t('cite_unavailable');
        status.dataset.ok = 'false';
      }
    }
  };
  button.addEventListener('click', () => {
    state.open = !state.open;
    panel.hidden = !state.open;
    button.setAttribute('aria-expanded', state.open ? 'true' : 'false');
    if (state.open) panel.querySelector('input:checked').focus();
  });
  panel.addEventListener('change', (ev) => {
    if (ev.target.name === 'cite-format') show(ev.target.value);
  });
  copyButton.addEventListener('click', async () => {
    const text = await textIn(doc, state.format).catch(() => '');
    const ok = Boolean(text) && (await copy(text, area));
    status.textContent = ok ? t('cite_copied') : t('cite_failed');
    status.dataset.ok = ok ? 'true' : 'false';
  });
  show(state.format);
  return [button, panel];
}
