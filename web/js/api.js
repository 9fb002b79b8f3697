// Client for the dipsearchd JSON API. It turns every failure into an ApiError with a kind the
// page can explain (network, timeout, query syntax, server fault…); wording lives in i18n.js.

import { apiSearchParams } from './state.js';

// Relative to the page, so the site keeps working when a proxy mounts it under a prefix.
// A <meta name="dipsearch-api" content="…"> in index.html may point elsewhere on the same origin.
const API_BASE = new URL(
  document.querySelector('meta[name="dipsearch-api"]')?.content || 'api/',
  document.baseURI,
);

const TIMEOUT_MS = 20000;

export class ApiError extends Error {
  // kind: 'network' | 'timeout' | 'client' (4xx) | 'notfound' (404) | 'server' (5xx) | 'bad-response'
  constructor(kind, message, { status = 0, code = '', param = '' } = {}) {
    super(message || kind);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.param = param;
    this.serverMessage = message || '';
  }
}

async function getJSON(path, signal) {
  const url = new URL(path, API_BASE);
  // One controller joins the caller's abort (a newer search replaced this one) and our timeout.
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, TIMEOUT_MS);
  const onAbort = () => ctl.abort();
  if (signal) {
    if (signal.aborted) ctl.abort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    let res;
    let text;
    try {
      res = await fetch(url, { signal: ctl.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      text = await res.text();
    } catch (e) {
      if (timedOut) throw new ApiError('timeout', '');
      if (e && e.name === 'AbortError') throw e;
      throw new ApiError('network', '');
    }
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (!res.ok) {
      const err = (body && typeof body === 'object' && body.error) || {};
      const message = typeof err.message === 'string' ? err.message : '';
      const info = { status: res.status, code: String(err.code || ''), param: String(err.param || '') };
      if (res.status === 404) throw new ApiError('notfound', message, info);
      if (res.status >= 500) throw new ApiError('server', message, info);
      throw new ApiError('client', message, info);
    }
    if (body === null || typeof body !== 'object') throw new ApiError('bad-response', '', { status: res.status });
    return body;
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

export async function search(state, signal) {
  const data = await getJSON(`search?${apiSearchParams(state)}`, signal);
  if (!Array.isArray(data.hits)) throw new ApiError('bad-response', '');
  return data;
}

// Every country code with its names in both languages: {code: {en, ko}}.
export async function getCountries(signal) {
  const data = await getJSON('countries', signal);
  if (!Array.isArray(data.countries)) throw new ApiError('bad-response', '');
  return data.countries;
}

export function getDocument(id, signal) {
  return getJSON(`documents/${encodeURIComponent(id)}`, signal);
}

// A release as a citation (ris, bibtex, csljson): its address, and its text.
export function citationUrl(id, format) {
  return new URL(`documents/${encodeURIComponent(id)}?format=${encodeURIComponent(format)}`, API_BASE).href;
}

export async function citationText(id, format, signal) {
  let res;
  try {
    res = await fetch(citationUrl(id, format), { signal, credentials: 'same-origin' });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError('network', '');
  }
  const text = await res.text();
  if (!res.ok) throw new ApiError(res.status === 404 ? 'notfound' : res.status >= 500 ? 'server' : 'client', '', { status: res.status });
  return text;
}

// The similar endpoint may answer with a bare list or wrap it; accept both.
export async function getSimilar(id, signal) {
  const data = await getJSON(`documents/${encodeURIComponent(id)}/similar`, signal);
  if (Array.isArray(data)) return data;
  for (const k of ['hits', 'documents', 'similar', 'results']) if (Array.isArray(data[k])) return data[k];
  return [];
}

// Links for the current search's full export and Atom feed (same parameters, no paging).
// CSV gets a UTF-8 byte order mark (bom=1): spreadsheet programs otherwise guess the
// local code page and garble Hangul.
export function exportUrl(state, format) {
  const p = apiSearchParams(state);
  // Exports write every match: both versions of a linked pair.
  for (const k of ['page', 'per_page', 'facet_size', 'date_interval', 'collapse']) p.delete(k);
  p.set('format', format);
  if (format === 'csv') p.set('bom', '1');
  return new URL(`export?${p}`, API_BASE).href;
}

// An official's registry record, posts and releases per year.
export function getOfficial(key, signal) {
  return getJSON(`officials/${encodeURIComponent(key)}`, signal);
}

// GET /api/trends for the parameters of the trends view (trends.js), and its CSV.
export function trends(params, signal) {
  return getJSON(`trends?${params}`, signal);
}

export function trendsCsvUrl(params) {
  const p = new URLSearchParams(params);
  p.set('format', 'csv');
  p.set('bom', '1');
  return new URL(`trends?${p}`, API_BASE).href;
}

export function feedUrl(state) {
  const p = apiSearchParams(state);
  for (const k of ['page', 'per_page', 'facet_size', 'date_interval', 'sort']) p.delete(k);
  return new URL(`feed.atom?${p}`, API_BASE).href;
}

// Which of the optional endpoints this service answers: {export, feed}. The page offers a link
// only once its endpoint has answered 200, so a service without it shows no broken link. The
// probes ask for a year no release has, so their answers are empty and cheap.
export async function optionalEndpoints() {
  const answers = async (path) => {
    try {
      const res = await fetch(new URL(path, API_BASE), { credentials: 'same-origin' });
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  };
  const [exp, feed] = await Promise.all([answers('export?format=ndjson&from=9999&to=9999'), answers('feed.atom?from=9999&to=9999')]);
  return { export: exp, feed };
}
