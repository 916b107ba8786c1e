// A small flow layout on top of jsPDF: headings that stay with what follows, paragraphs, and tables
// whose rows are measured before they are placed, so a row is never cut across a page (unless it
// alone is taller than a page) and the table header is repeated on every page the table reaches.
import type { jsPDF } from 'jspdf';
import type { Cleaner } from './text.ts';
import { BIDI, BODY_SIZE, type Cell, COLOR, type Column, FAMILY, lineHeight, PAGE, type Para, PT, type RGB } from './style.ts';

const [PAD_X, PAD_Y] = [1.6, 1.3]; // cell padding (mm), across and down

interface Line {
  text: string;
  bold: boolean;
  size: number;
  color: RGB;
  /** Space above the line, mm (paragraph gaps). */
  gap: number;
  height: number;
}
interface LaidCell {
  x: number;
  width: number;
  lines: Line[];
}
interface Row {
  cells: LaidCell[];
  fill?: RGB;
  /** Draw a rule under the row. */
  rule: boolean;
  padY: number;
  /** May be split between lines when it does not fit (paragraphs); table rows move whole. */
  splittable: boolean;
}

function cellHeight(lines: Line[]): number {
  return lines.reduce((h, l) => h + l.gap + l.height, 0);
}
function rowHeight(r: Row): number {
  return Math.max(0, ...r.cells.map((c) => cellHeight(c.lines))) + 2 * r.padY;
}

export interface TableOptions {
  /** Print the column headers (and repeat them on each new page). Default true. */
  header?: boolean;
  /** Background per row (undefined for none). */
  fills?: (RGB | undefined)[];
  /** Rows that must stay on the same page as the row after them (group titles). */
  keepWithNext?: boolean[];
  /** Start the table on a new page unless all of it fits here (short forms, e.g. a signature block). */
  keepTogether?: boolean;
  /** Less space above and below each row (page-1 lists that must fit). */
  compact?: boolean;
}

export class Layout {
  y: number = PAGE.top;
  private pending: { text: string; size: number } | null = null;
  private section = '';
  private continuation: (() => void) | null = null;

  constructor(
    readonly doc: jsPDF,
    /** Makes free text printable and says which scripts it cannot print. */
    readonly text: Cleaner,
  ) {}

  get width(): number {
    return PAGE.width - PAGE.left - PAGE.right;
  }
  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }
  /** Nothing but the running continuation header has been placed on this page yet. */
  private fresh = true;
  private get atTop(): boolean {
    return this.fresh;
  }

  style(bold: boolean, size: number, color: RGB = COLOR.text): void {
    this.doc.setFont(FAMILY, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /** Wraps a paragraph to a width (mm); explicit line breaks in the text are kept. */
  wrap(p: Para, width: number): Line[] {
    const size = p.size ?? BODY_SIZE;
    // The bold face lacks the letters of names in Greek, Cyrillic and Hebrew: such a line is regular.
    const bold = (p.bold ?? false) && this.text.boldCan(p.text);
    this.style(bold, size);
    const text = this.text.clean(p.text);
    const wrapped = (this.doc.splitTextToSize(text, width) as string[]).map((t) => t.replace(/\s+$/, ''));
    const lines = wrapped.length ? wrapped : [''];
    return lines.map((t, i) => ({
      text: t,
      bold,
      size,
      color: p.color ?? COLOR.text,
      gap: i === 0 ? (p.gap ?? 0) : 0,
      height: lineHeight(size),
    }));
  }

  private layCell(cell: Cell, x: number, width: number): LaidCell {
    const paras = typeof cell === 'string' ? [{ text: cell }] : Array.isArray(cell) ? cell : [cell];
    const inner = width - 2 * PAD_X;
    return { x, width, lines: paras.flatMap((p) => this.wrap(p, inner)) };
  }

  private drawRow(r: Row): void {
    this.fresh = false;
    const h = rowHeight(r);
    if (r.fill) {
      this.doc.setFillColor(r.fill[0], r.fill[1], r.fill[2]);
      const x0 = r.cells[0]!.x;
      const last = r.cells[r.cells.length - 1]!;
      this.doc.rect(x0, this.y, last.x + last.width - x0, h, 'F');
    }
    for (const c of r.cells) {
      let y = this.y + r.padY;
      for (const l of c.lines) {
        y += l.gap;
        if (l.text) {
          this.style(l.bold, l.size, l.color);
          // Baseline placed so the cap height sits inside the line box.
          this.doc.text(l.text, c.x + PAD_X, y + l.size * PT * 1.0, BIDI);
        }
        y += l.height;
      }
    }
    if (r.rule) {
      this.doc.setDrawColor(COLOR.rule[0], COLOR.rule[1], COLOR.rule[2]);
      this.doc.setLineWidth(0.2);
      const x0 = r.cells[0]!.x;
      const last = r.cells[r.cells.length - 1]!;
      this.doc.line(x0, this.y + h, last.x + last.width, this.y + h);
    }
    this.y += h;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = PAGE.top;
    if (this.continuation) this.continuation();
    this.fresh = true;
  }

  private headingHeight(size: number): number {
    return 2.2 + lineHeight(size) + 1.2;
  }

  private drawPending(): void {
    if (!this.pending) return;
    const { text, size } = this.pending;
    this.pending = null;
    if (!this.atTop) this.y += 2.2;
    this.fresh = false;
    this.style(true, size, COLOR.heading);
    this.doc.text(this.text.clean(text), PAGE.left, this.y + size * PT, BIDI);
    this.y += lineHeight(size) + 1.2;
  }

  /** A section heading; it is drawn together with the first row that follows it. */
  heading(text: string, level: 1 | 2 = 1): void {
    this.pending = { text, size: level === 1 ? 12 : 10.5 };
    if (level === 1) this.section = text;
  }

  private pendingHeight(): number {
    return this.pending ? this.headingHeight(this.pending.size) : 0;
  }

  /**
   * Places a row: moves to a new page when it does not fit, and splits it only when it is
   * splittable or could not fit on any page. `after` is the height that must fit below it too.
   */
  private place(r: Row, after = 0): void {
    const h = rowHeight(r);
    const body = this.bottom - PAGE.top;
    const need = this.pendingHeight() + h + after;
    if (this.y + need <= this.bottom + 0.01) {
      this.drawPending();
      this.drawRow(r);
      return;
    }
    const fitsOnAPage = h + this.pendingHeight() + after <= body - 12;
    if (!r.splittable && fitsOnAPage) {
      if (!this.atTop) this.newPage();
      this.drawPending();
      this.drawRow(r);
      return;
    }
    // Split between lines: take what fits here (at least two lines of a paragraph), the rest goes on.
    const avail = this.bottom - this.y - this.pendingHeight() - 2 * r.padY;
    const head: LaidCell[] = [];
    const tail: LaidCell[] = [];
    let took = 0;
    for (const c of r.cells) {
      let used = 0;
      let n = 0;
      while (n < c.lines.length && used + c.lines[n]!.gap + c.lines[n]!.height <= avail) {
        used += c.lines[n]!.gap + c.lines[n]!.height;
        n++;
      }
      took = Math.max(took, n);
      head.push({ ...c, lines: c.lines.slice(0, n) });
      tail.push({ ...c, lines: c.lines.slice(n).map((l, i) => (i === 0 ? { ...l, gap: 0 } : l)) });
    }
    const minLines = Math.min(2, Math.max(...r.cells.map((c) => c.lines.length)));
    if (took < minLines) {
      if (this.atTop) throw new Error('a line taller than a page');
      this.newPage();
      this.place(r, after);
      return;
    }
    this.drawPending();
    this.drawRow({ ...r, cells: head, rule: false });
    this.newPage();
    this.place({ ...r, cells: tail }, after);
  }

  space(mm: number): void {
    if (!this.atTop) this.y = Math.min(this.y + mm, this.bottom);
  }

  /** A paragraph across the full width; long ones flow onto the next page line by line. */
  paragraph(cell: Cell, opts: { indent?: number; keepTogether?: boolean } = {}): void {
    const indent = opts.indent ?? 0;
    const c = this.layCell(cell, PAGE.left + indent - PAD_X, this.width - indent + 2 * PAD_X);
    this.place({ cells: [c], rule: false, padY: 0.4, splittable: !opts.keepTogether });
  }

  /** A list: a marker (bullet, number, symbol) and its text, each item kept together. */
  list(items: { marker: string; cell: Cell; markerColor?: RGB }[], opts: { markerWidth?: number; indent?: number } = {}): void {
    const mw = opts.markerWidth ?? 6;
    const x0 = PAGE.left + (opts.indent ?? 0) - PAD_X;
    for (const it of items) {
      const marker = this.layCell({ text: it.marker, ...(it.markerColor ? { color: it.markerColor } : {}) }, x0, mw + PAD_X);
      const body = this.layCell(it.cell, x0 + mw, PAGE.width - PAGE.right + PAD_X - (x0 + mw));
      this.place({ cells: [marker, body], rule: false, padY: 0.5, splittable: false });
    }
  }

  /** A boxed note (filled background), kept on one page unless it is taller than a page. */
  box(cell: Cell, fill: RGB): void {
    const c = this.layCell(cell, PAGE.left, this.width);
    this.place({ cells: [c], rule: false, padY: 2, splittable: false, fill });
  }

  /** A table. Rows never split across pages; the header repeats after each page break. */
  table(columns: Column[], rows: Cell[][], opts: TableOptions = {}): void {
    const showHeader = opts.header ?? true;
    const xs: number[] = [];
    let x = PAGE.left;
    for (const col of columns) {
      xs.push(x);
      x += col.width * this.width;
    }
    const layRow = (cells: Cell[], fill?: RGB): Row => ({
      cells: cells.map((cell, i) => this.layCell(cell, xs[i]!, columns[i]!.width * this.width)),
      rule: true,
      padY: opts.compact ? PAD_Y / 2 : PAD_Y,
      splittable: false,
      ...(fill ? { fill } : {}),
    });
    const headerRow = showHeader
      ? layRow(
          columns.map((c) => ({ text: c.header, bold: true, size: 7.5, color: COLOR.heading })),
          COLOR.headFill,
        )
      : null;
    const section = this.section;
    const continued = () => {
      this.style(false, 7.5, COLOR.muted);
      this.doc.text(this.text.clean(`${section} (continued)`), PAGE.left, this.y + 7.5 * PT, BIDI);
      this.y += lineHeight(7.5) + 1;
      if (headerRow) this.drawRow(headerRow);
    };
    const laid = rows.map((cells, i) => layRow(cells, opts.fills?.[i]));
    if (laid.length === 0) return;
    const headerH = headerRow ? rowHeight(headerRow) : 0;
    // The heading, the header and the first row go together.
    const first = laid[0]!;
    const second = laid[1];
    const need =
      this.pendingHeight() +
      headerH +
      (opts.keepTogether ? laid.reduce((h, r) => h + rowHeight(r), 0) : rowHeight(first) + (opts.keepWithNext?.[0] && second ? rowHeight(second) : 0));
    if (this.y + need > this.bottom && !this.atTop) this.newPage();
    this.drawPending();
    if (headerRow) this.drawRow(headerRow);
    const previous = this.continuation;
    this.continuation = continued;
    laid.forEach((r, i) => {
      const next = laid[i + 1];
      const after = opts.keepWithNext?.[i] && next ? rowHeight(next) : 0;
      this.place(r, after);
    });
    this.continuation = previous;
  }
}
