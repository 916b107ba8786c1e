// Free text goes into the PDF literally: no markup is interpreted (jsPDF draws strings, it parses
// nothing), control characters become spaces, and characters the embedded font cannot draw are
// replaced by "?" so nothing vanishes silently. The caller learns which scripts were replaced, so
// the document can name them.
import { scriptOf } from './scripts.ts';

const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const SUBSTITUTE: Record<string, string> = {
  '\u2028': '\n',
  '\u2029': '\n',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
};

export interface Cleaner {
  clean(s: string): string;
  /** The scripts of the text that `s` holds and the font cannot print ("Thai", "emoji"), each once. */
  unprintable(s: string): string[];
  /** Whether the bold face can draw all of `s` (names in Greek, Cyrillic or Hebrew are regular only). */
  boldCan(s: string): boolean;
  /** Characters met so far that the font cannot print (each once). */
  readonly replaced: Set<string>;
}

const codePoints = (s: string) => new Set([...s].map((ch) => ch.codePointAt(0)!));

export function makeCleaner(covered: string, coveredBold: string = covered): Cleaner {
  const ok = codePoints(covered);
  const okBold = codePoints(coveredBold);
  const replaced = new Set<string>();
  const printable = (ch: string): boolean => {
    const cp = ch.codePointAt(0)!;
    return ch === '\n' || DROP.has(ch) || SUBSTITUTE[ch] !== undefined || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || ok.has(cp);
  };
  return {
    replaced,
    boldCan(s: string): boolean {
      // A character neither face has is printed as "?", which bold has.
      return [...s.normalize('NFC')].every((ch) => okBold.has(ch.codePointAt(0)!) || !ok.has(ch.codePointAt(0)!));
    },
    unprintable(s: string): string[] {
      return [...new Set([...s.normalize('NFC')].filter((ch) => !printable(ch)).map(scriptOf))];
    },
    clean(s: string): string {
      let out = '';
      for (const ch of s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
        const cp = ch.codePointAt(0)!;
        if (ch === '\n') out += ch;
        else if (DROP.has(ch)) continue;
        else if (SUBSTITUTE[ch] !== undefined) out += SUBSTITUTE[ch];
        else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += ' ';
        else if (ok.has(cp)) out += ch;
        else {
          replaced.add(ch);
          out += '?';
        }
      }
      return out;
    },
  };
}
