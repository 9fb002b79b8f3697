// When a query typed so far may be searched without waiting for Enter: search-as-you-type
// must not send what the user is still in the middle of writing (an open quote or
// parenthesis, a dangling OR, a field without its value), which the API would refuse.
// Enter always searches, so a real mistake is still explained.

const OPERATORS = new Set(['OR', 'AND', 'NOT']);

// True when the text reads as a finished query: quotes closed, parentheses balanced, and
// the last word not an operator, a lone minus or a field term still being typed.
export function isReadyToSearch(text) {
  let quoted = false;
  let depth = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')') depth -= 1;
    if (depth < 0) return false;
  }
  if (quoted || depth !== 0) return false;
  const last = text.trim().split(/\s+/).pop() || '';
  if (OPERATORS.has(last) || last === '-') return false;
  // title:, country:J, date:2021-0 — a field's value is finished by a space (or Enter).
  return !(last.includes(':') && !/\s$/.test(text));
}
