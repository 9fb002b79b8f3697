// A release's versions in the other language (the API's translations): the "한국어" /
// "English version" link beside a hit and on the document view, and the switch that lists one
// release per linked pair (collapse=translations).

import { h } from './dom.js';
import { t } from './i18n.js';
import { toQueryString } from './state.js';

// Each version is named in its own language, as language switchers do; the tooltip, in the
// page's language, gives its title.
const VERSION_NAMES = { ko: '한국어', en: 'English version' };

export function versionLinks(translations, state, cls) {
  const list = Array.isArray(translations)
    ? translations.filter((x) => x && typeof x === 'object' && typeof x.id === 'string' && x.id && VERSION_NAMES[x.lang])
    : [];
  if (!list.length) return null;
  return h(
    'span',
    { class: `version-links ${cls}` },
    list.map((x) =>
      h(
        'a',
        {
          class: 'version-link',
          href: toQueryString({ ...state, doc: x.id, help: false, trends: false, person: '' }),
          'data-nav': 'doc',
          'data-testid': 'version-link',
          hreflang: x.lang,
          lang: x.lang,
          title: t(`version_${x.lang}_title`, typeof x.title === 'string' ? x.title : ''),
        },
        VERSION_NAMES[x.lang],
      ),
    ),
  );
}

// The checkbox: apply(on) once per change; set(on) when the URL sets it (no new choice).
export function wireCollapseSwitch(input, apply) {
  input.addEventListener('change', () => apply(input.checked));
  return {
    set(on) {
      input.checked = Boolean(on);
    },
  };
}
