// The "download this search" links: CSV (with a byte order mark, so spreadsheets read the
// Hangul right), NDJSON, citations (BibTeX, RIS, CSL-JSON) and the Atom feed, for exactly
// the search on screen. Shown only for the endpoints the service answers, and never for a
// search the service refused.

import { t } from './i18n.js';
import { exportUrl, feedUrl } from './api.js';

// endpoints: {export, feed} from api.optionalEndpoints(); listed: the answer on screen for
// this state (null while there is none, or when it failed).
export function syncExportLinks(box, state, endpoints, listed) {
  let any = false;
  for (const a of box.querySelectorAll('a[data-format]')) {
    const feed = a.dataset.format === 'atom';
    a.hidden = !listed || !(feed ? endpoints.feed : endpoints.export);
    a.href = feed ? feedUrl(state) : exportUrl(state, a.dataset.format);
    any ||= !a.hidden;
  }
  box.hidden = !any;
  if (!listed) return;
  const total = Number(listed.total) || 0;
  box.querySelector('.export-label').textContent = t('export_label_n', total);
  const note = box.querySelector('.export-note');
  note.textContent = Number(listed.total_partial) > 0 ? t('export_full_only') : '';
  note.hidden = !note.textContent;
}
