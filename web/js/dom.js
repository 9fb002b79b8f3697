// Small DOM helpers. Every text from the server goes in through text nodes; the one exception,
// the search snippet, is re-built from an inert parse keeping only text and <mark>.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setProps(el, props) {
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = String(dv);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// h('a', {href, class}, 'text', child…): strings always become text nodes.
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  return append(el, children);
}

export function svg(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props);
  return append(el, children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

// The API promises an escaped snippet with <mark> around matches. We still do not hand it to
// innerHTML: DOMParser builds an inert document (no scripts, no loads), and we copy out only
// its text and <mark> elements, so a server bug cannot inject markup into the page.
let parser = null;
export function snippetFragment(html) {
  const frag = document.createDocumentFragment();
  if (typeof html !== 'string' || html === '') return frag;
  parser ??= new DOMParser();
  const doc = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const copy = (from, to) => {
    for (const n of from.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) to.append(document.createTextNode(n.data));
      else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.localName === 'mark') to.append(copy(n, document.createElement('mark')));
        else if (n.localName === 'br') to.append(document.createTextNode(' '));
        else if (!['script', 'style', 'template'].includes(n.localName)) copy(n, to);
      }
    }
    return to;
  };
  return copy(doc.body, frag);
}

// Only absolute http(s) addresses may become links; javascript:, data: and the like stay text.
export function safeHttpUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// A plain left click on an in-page link should navigate in place; anything else
// (new tab, new window, download) is left to the browser.
export function isPlainClick(ev) {
  return ev.button === 0 && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey && !ev.altKey && !ev.defaultPrevented;
}

// The lang attribute for a name or label shown in the other UI language: Hangul in the
// English UI is Korean (a screen reader switches voice, the browser the Korean font), Latin
// letters in the Korean UI are English; null when the text is in the UI's own language.
export function langOfText(text, ui) {
  const value = String(text ?? '');
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(value)) return ui === 'ko' ? null : 'ko';
  return ui === 'ko' && /[A-Za-z]/.test(value) ? 'en' : null;
}
