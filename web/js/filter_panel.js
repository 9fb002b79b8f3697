// The facet sidebar's controls: ticking values, the filter boxes and "show all" of the lists,
// and at phone width the button that folds the panel over the results. Date choices: see
// histogram.js and the typed-date form in app.js.

import { renderFacet, setFacetFilter, toggleFacetExpanded } from './facets.js';
import { uiLang } from './i18n.js';

// els: {sidebar, facets, toggle}; tick(field, value, on) applies a ticked or cleared value;
// shown() returns the answer on screen, {data, state} (data null before the first).
export function wireFilterPanel(els, { tick, shown }) {
  const redraw = (section) => {
    const { data, state } = shown();
    const field = section.dataset.field;
    if (data) renderFacet(section, field, (data.facets || {})[field], state[field], uiLang());
  };

  // At phone width the filters fold over the results: once a value is ticked, fold them
  // away again so the updated list is what the reader sees (the button counts the filters).
  const foldIfNarrow = () => {
    if (getComputedStyle(els.toggle).display === 'none' || !els.sidebar.classList.contains('open')) return;
    els.sidebar.classList.remove('open');
    els.toggle.setAttribute('aria-expanded', 'false');
    els.toggle.focus();
  };

  els.facets.addEventListener('change', (ev) => {
    const box = ev.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.dataset.field) return;
    tick(box.dataset.field, box.value, box.checked);
    foldIfNarrow();
  });

  els.facets.addEventListener('input', (ev) => {
    const input = ev.target;
    if (!input.classList || !input.classList.contains('facet-filter')) return;
    const section = input.closest('.facet');
    setFacetFilter(section.dataset.field, input.value);
    redraw(section);
  });

  els.facets.addEventListener('keydown', (ev) => {
    const target = ev.target;
    if (!target.classList || !target.classList.contains('facet-filter')) return;
    if (ev.key === 'Escape' && target.value) {
      ev.preventDefault();
      ev.stopPropagation();
      target.value = '';
      target.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (ev.key === 'Enter') {
      ev.preventDefault(); // a filter box is not a form: Enter must not submit anything
    }
  });

  for (const btn of els.facets.querySelectorAll('.facet-more')) {
    btn.addEventListener('click', () => {
      const section = btn.closest('.facet');
      toggleFacetExpanded(section.dataset.field);
      redraw(section);
    });
  }

  els.toggle.addEventListener('click', () => {
    const open = !els.sidebar.classList.contains('open');
    els.sidebar.classList.toggle('open', open);
    els.toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
}
