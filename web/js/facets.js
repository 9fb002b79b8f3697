// The facet sidebar's checkbox lists for countries, officials, language and source site (OR within a field).
// Counts come from the API, which computes each field's counts without that field's own filter,
// so ticking a second country still shows the others' counts. Dates: see histogram.js.

import { h, clear, langOfText } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { labelFor } from './labels.js';
import { postText } from './official_view.js';
import { FACET_SIZE } from './state.js';

// Lists longer than this are cut, with a "Show all" button and a filter box.
const SHORT_LIST = 8;

// Per-field view state that survives re-rendering after each search.
const view = {
  country: { filter: '', expanded: false },
  official: { filter: '', expanded: false },
  lang: { filter: '', expanded: false },
  source: { filter: '', expanded: false },
};

const fold = (s) => String(s).normalize('NFKC').toLowerCase();

function facetItems(field, items, selected, ui) {
  const list = (Array.isArray(items) ? items : [])
    .filter((x) => x && x.value !== undefined && x.value !== null && x.value !== '')
    .map((x) => ({ value: String(x.value), count: Number(x.count) || 0, role: x.role && typeof x.role === 'object' ? x.role : null }));
  // A selected value must stay visible (and un-tickable) even when it is not in the top list.
  for (const v of selected) if (!list.some((x) => x.value === v)) list.unshift({ value: v, count: null });
  for (const x of list) x.label = labelFor(field, x.value, ui);
  return list;
}

export function renderFacet(section, field, items, selected, ui) {
  const listEl = section.querySelector('.facet-list');
  const filterEl = section.querySelector('.facet-filter');
  const moreEl = section.querySelector('.facet-more');
  const v = view[field];

  // Keep keyboard focus on the same value across the re-render.
  const focused = listEl.contains(document.activeElement) ? document.activeElement.value : null;

  const all = facetItems(field, items, selected, ui);
  const needle = fold(v.filter.trim());
  let shown = all;
  if (needle) shown = all.filter((x) => fold(x.label).includes(needle) || fold(x.value).includes(needle));
  else if (!v.expanded && all.length > SHORT_LIST) shown = all.filter((x, i) => i < SHORT_LIST || selected.includes(x.value));

  clear(listEl);
  for (const x of shown) {
    const checked = selected.includes(x.value);
    const box = h('input', { type: 'checkbox', value: x.value, 'data-field': field });
    box.checked = checked;
    listEl.append(
      h(
        'li',
        null,
        h(
          'label',
          { class: checked ? 'facet-value selected' : 'facet-value', 'data-value': x.value, title: x.label === x.value ? null : x.value },
          box,
          h(
            'span',
            { class: 'facet-label', lang: langOfText(x.label, ui) },
            x.label,
            // An official's post in the period searched, under the name.
            x.role ? h('span', { class: 'facet-role', lang: ui }, postText(x.role, ui)) : null,
          ),
          h('span', { class: 'facet-count' }, x.count === null ? '' : formatNumber(x.count)),
        ),
      ),
    );
  }
  if (!shown.length) listEl.append(h('li', { class: 'facet-empty' }, all.length ? t('facet_nomatch') : t('facet_none')));

  filterEl.hidden = all.length <= SHORT_LIST && !v.filter;
  if (filterEl.value !== v.filter) filterEl.value = v.filter;
  moreEl.hidden = Boolean(needle) || all.length <= SHORT_LIST;
  // A full list from the API may have been cut at FACET_SIZE: then it is the top, not all.
  const cut = Array.isArray(items) && items.length >= FACET_SIZE;
  moreEl.textContent = v.expanded ? t('show_less') : t(cut ? 'show_top' : 'show_more', formatNumber(all.length));
  moreEl.setAttribute('aria-expanded', v.expanded ? 'true' : 'false');

  if (focused !== null) {
    const again = [...listEl.querySelectorAll('input')].find((i) => i.value === focused);
    if (again) again.focus();
  }
}

export function setFacetFilter(field, text) {
  if (view[field]) view[field].filter = text;
}

export function toggleFacetExpanded(field) {
  if (view[field]) view[field].expanded = !view[field].expanded;
}
