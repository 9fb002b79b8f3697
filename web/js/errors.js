// What went wrong, in the UI language: failures of the API client (api.js) and problems the
// page finds before asking (a reversed date range). Rendering keeps the error object, so a
// switch of UI language words the same error again.

import { h, clear } from './dom.js';
import { t } from './i18n.js';

// A problem found on the page, never sent: key is an i18n string, param the field at fault.
export function localError(key, param) {
  return { kind: 'local', key, param };
}

// The service's own wording is English; it follows ours as a detail, never replaces it.
function withDetail(text, err) {
  return err.serverMessage ? `${text} ${t('err_detail', err.serverMessage)}` : text;
}

export function errorText(err) {
  if (!err || !err.kind) return t('err_network');
  switch (err.kind) {
    case 'local':
      return t(err.key);
    case 'network':
      return t('err_network');
    case 'timeout':
      return t('err_timeout');
    case 'server':
      return t('err_server', err.status, err.serverMessage);
    case 'bad-response':
      return t('err_bad_response');
    default:
      if (err.param === 'q') return t('err_query', err.serverMessage || err.code || '');
      if (err.param === 'from' || err.param === 'to') return withDetail(t(`err_date_${err.param}`), err);
      if (err.param) return t('err_param', err.param, err.serverMessage || err.code || '');
      return t('err_client', err.status, err.serverMessage);
  }
}

// A refusal of this very query or its parameters (fix the input), as opposed to a failure
// of the service (try again).
export function isInputError(err) {
  return Boolean(err) && (err.kind === 'local' || err.kind === 'client');
}

export function renderError(box, err) {
  clear(box);
  const isQuery = Boolean(err) && err.kind === 'client' && err.param === 'q';
  box.classList.toggle('query-error', isQuery);
  box.append(h('span', { class: 'error-text' }, errorText(err)));
  if (!isInputError(err)) {
    box.append(' ', h('button', { type: 'button', class: 'link-button', 'data-action': 'retry' }, t('retry')));
  }
  box.hidden = false;
}

export function hideError(box) {
  box.hidden = true;
  clear(box);
  box.classList.remove('query-error');
}
