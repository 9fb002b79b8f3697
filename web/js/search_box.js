// The search box: search-as-you-type after a pause, Enter at once, Escape to clear. A pause
// sends only a query that reads as finished (query_typing.js), and nothing is sent while an
// input method is still composing a syllable (Korean, Japanese, Chinese IMEs), so neither
// half-typed syntax nor half-built Hangul reaches the service.

import { isReadyToSearch } from './query_typing.js';

const PAUSE_MS = 200;

// commit(text, fromEnter) runs a search for the box's text; escape() is called for Escape
// in an empty box, leave() when focus leaves the box. Returns {flush, cancel}: run a
// pending search at once, or drop it.
export function wireSearchBox(form, input, { commit, escape, leave }) {
  let timer = 0;
  let composing = false;

  const cancel = () => {
    clearTimeout(timer);
    timer = 0;
  };
  const schedule = () => {
    cancel();
    if (composing) return;
    timer = setTimeout(() => {
      timer = 0;
      if (isReadyToSearch(input.value)) commit(input.value, false);
    }, PAUSE_MS);
  };
  const flush = () => {
    if (!timer) return;
    cancel();
    if (isReadyToSearch(input.value)) commit(input.value, false);
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    cancel();
    commit(input.value, true);
  });
  input.addEventListener('compositionstart', () => {
    composing = true;
    cancel();
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (ev) => {
    // Chromium sends input events for every step of a composition; the syllable is not
    // written yet.
    if (composing || ev.isComposing) return;
    schedule();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.isComposing) return;
    ev.preventDefault();
    ev.stopPropagation();
    cancel();
    if (input.value !== '') {
      input.value = '';
      commit('', true);
    } else {
      escape();
    }
  });
  // Leaving the box runs a pending search first, so a click on a filter applies to what
  // was typed.
  input.addEventListener('blur', () => {
    flush();
    leave();
  });
  return { flush, cancel };
}
