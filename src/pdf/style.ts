// Page geometry, colours and the text types the PDF layout and documents share.

export type RGB = readonly [number, number, number];

export const COLOR = {
  text: [25, 25, 25],
  muted: [90, 90, 90],
  heading: [22, 52, 96],
  rule: [190, 190, 190],
  headFill: [232, 237, 244],
  groupFill: [244, 246, 249],
  alertFill: [253, 236, 234],
  alert: [160, 20, 20],
  good: [0, 100, 45],
  amber: [135, 85, 0],
} as const satisfies Record<string, RGB>;

/** One run of text with one style; a cell is a list of them, each starting on a new line. */
export interface Para {
  text: string;
  bold?: boolean;
  size?: number;
  color?: RGB;
  /** Extra space above this paragraph, mm. */
  gap?: number;
}
export type Cell = string | Para | Para[];

export interface Column {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
}

export const PAGE = { width: 210, height: 297, left: 16, right: 16, top: 25, bottom: 19 } as const;
export const FAMILY = 'DejaVuSans';
export const PT = 25.4 / 72;
export const BODY_SIZE = 9;

export function lineHeight(size: number): number {
  return size * PT * 1.3;
}

/**
 * jsPDF reorders right-to-left text (Hebrew) for drawing. By default it takes a line's direction from
 * its first letter, which turns "<Hebrew name> · age 30" into "… 03 ega". Every line in these English
 * documents is left-to-right with right-to-left runs inside it: say so, and draw in visual order.
 */
export const BIDI = { isInputVisual: false, isOutputVisual: true, isInputRtl: false, isOutputRtl: false } as const;
