// What the command line prints is safe for a terminal: text from a case file (a reason, a note, an
// unknown key, a file name) can hold escape sequences that clear the screen, or newlines that forge
// a line of output. Such characters are shown as escapes (\n, \u001b), never sent raw.

/** C0 and C1 controls, DEL, line/paragraph separators and the bidirectional controls that reorder text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The unsafe characters JSON.stringify leaves raw (it escapes the C0 controls itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One value printed on one line: every unsafe character escaped, newlines included. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => NAMED[ch] ?? unicodeEscape(ch));
}

/** The same value with every string in it escaped (for a case about to be printed as text). */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeForTerminal(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeForTerminal(k), escapeStrings(v)])) as T;
  }
  return value;
}

/**
 * JSON for the terminal: JSON.stringify already escapes C0 controls; the other unsafe characters can
 * only sit inside strings, where \uXXXX is the same character, so the JSON parses to the same value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, unicodeEscape);
}
