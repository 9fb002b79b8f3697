// A <select> that changes the result list (sort order, results per page). Chromium changes a
// closed select's value on every arrow key: choosing with the keyboard waits until the
// reader stops (a pause, Enter or leaving the control), so stepping past two options does
// not run two searches. A choice with the mouse applies at once.

const SETTLE_MS = 700;
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

// apply(value) is called once per choice.
export function wireListControl(select, apply) {
  let byKeys = false;
  let timer = 0;
  let applied = select.value;
  const commit = () => {
    clearTimeout(timer);
    timer = 0;
    if (select.value === applied) return;
    applied = select.value;
    apply(select.value);
  };
  select.addEventListener('keydown', (ev) => {
    if (STEPPING_KEYS.has(ev.key) || ev.key.length === 1) byKeys = true;
    if (ev.key === 'Enter') commit();
  });
  select.addEventListener('pointerdown', () => {
    byKeys = false;
  });
  select.addEventListener('change', () => {
    if (!byKeys) {
      commit();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(commit, SETTLE_MS);
  });
  select.addEventListener('blur', () => {
    if (timer) commit();
    byKeys = false;
  });
  // The page sets the value from the URL (back/forward): that is no new choice.
  return {
    set(value) {
      select.value = value;
      applied = select.value;
    },
  };
}
