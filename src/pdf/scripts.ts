// Names the writing system of a character the PDF font cannot draw, so the document can say
// "This name contains Thai characters that this PDF cannot show" instead of printing "?" silently.

const SCRIPTS: [RegExp, string][] = [
  [/\p{Extended_Pictographic}/u, 'emoji'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Han}/u, 'Chinese or Japanese (Han)'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Gurmukhi}/u, 'Gurmukhi'],
  [/\p{Script=Gujarati}/u, 'Gujarati'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Telugu}/u, 'Telugu'],
  [/\p{Script=Kannada}/u, 'Kannada'],
  [/\p{Script=Malayalam}/u, 'Malayalam'],
  [/\p{Script=Sinhala}/u, 'Sinhala'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Ethiopic}/u, 'Ethiopic'],
  [/\p{Script=Khmer}/u, 'Khmer'],
  [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Myanmar}/u, 'Burmese'],
  [/\p{Script=Tibetan}/u, 'Tibetan'],
  [/\p{Script=Syriac}/u, 'Syriac'],
  [/\p{Script=Thaana}/u, 'Thaana'],
  [/\p{Script=Mongolian}/u, 'Mongolian'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Latin}/u, 'Latin'],
  [/\p{M}/u, 'accent'],
];

/** "Thai", "Korean", "emoji"…, or "other" for a character of no script listed here. */
export function scriptOf(ch: string): string {
  return SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? 'other';
}
