import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import { PAPER_SIZES, type Paper, type PrintLanguage } from './print-params';
import { printWords, printedClock, zoneLabel, type PrintWords } from './print-words';
import { toWinAnsi } from './win-ansi';

/** One meeting as the printed list shows it. */
export interface PrintedMeeting {
  id: string;
  name: string;
  days: number[];
  startMinute: number;
  timeZone: string;
  /** Venue and address as published; null for an online-only meeting. */
  place: string | null;
  online: boolean;
  program: string | null;
  types: string[];
}

export interface PrintedList {
  language: PrintLanguage;
  paper: Paper;
  meetings: PrintedMeeting[];
  /** Lines describing the filters. */
  summary: string[];
  /** When it was made, written in the member's zone and language. */
  generated: string;
  /** Set when the list stopped at this many meetings. */
  truncatedAt: number | null;
  legend: { code: string; name: string }[];
  /** Our own page for a meeting (the QR code's target): never a third-party link. */
  pageUrl: (id: string) => string;
  siteUrl: string;
}

const MARGIN = 40;
const TIME_WIDTH = 96;
const QR_SIZE = 46;
const GAP = 10;
const INK = '#000000';
const SOFT = '#555555';

type Doc = PDFKit.PDFDocument;

/** A QR code drawn as vector squares (runs of dark modules merged), with a 2-module quiet zone. */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { modules } = createQr(url, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 4);
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (start + 2) * cell, y + (row + 2) * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor(INK).fill();
}

class ListWriter {
  private readonly width: number;
  private readonly bottom: number;
  private readonly manyZones: boolean;

  constructor(
    private readonly doc: Doc,
    private readonly list: PrintedList,
    private readonly words: PrintWords,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
    this.bottom = doc.page.height - MARGIN - 20;
    this.manyZones = new Set(list.meetings.map((m) => m.timeZone)).size > 1;
  }

  private text(s: string, font: string, size: number, color = INK) {
    return this.doc.font(font).fontSize(size).fillColor(color).text(toWinAnsi(s), { width: this.width });
  }

  header(): void {
    const { list, words } = this;
    this.text(words.title, 'Helvetica-Bold', 18);
    this.text(list.generated, 'Helvetica', 9, SOFT);
    this.doc.moveDown(0.4);
    for (const line of list.summary) this.text(line, 'Helvetica', 9);
    this.doc.moveDown(0.3);
    const count = new Set(list.meetings.map((m) => m.id)).size;
    this.text(words.count(count), 'Helvetica-Bold', 9);
    if (list.truncatedAt !== null) this.text(words.truncated(list.truncatedAt), 'Helvetica-Bold', 9);
    const zones = [...new Set(list.meetings.map((m) => m.timeZone))];
    if (zones.length === 1) this.text(words.oneZone(zoneLabel(zones[0]!)), 'Helvetica', 9);
    else if (zones.length > 1) this.text(words.manyZones, 'Helvetica', 9);
    if (list.meetings.some((m) => m.online)) this.text(`${words.online}: ${words.scan}.`, 'Helvetica', 9);
    this.doc.moveDown(0.6);
  }

  private fits(height: number): boolean {
    return this.doc.y + height <= this.bottom;
  }

  private dayHeading(day: number): void {
    const { doc } = this;
    this.text(this.words.days[day]!, 'Helvetica-Bold', 13);
    const y = doc.y + 1;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.75)
      .strokeColor(INK)
      .stroke();
    doc.y = y + 5;
  }

  private detailLines(m: PrintedMeeting): { text: string; font: string; size: number; color: string }[] {
    const where = m.online && !m.place ? this.words.online : (m.place ?? '');
    const codes = [m.program, m.types.join(', ')].filter(Boolean).join(' · ');
    return [
      { text: m.name, font: 'Helvetica-Bold', size: 10, color: INK },
      { text: where, font: 'Helvetica', size: 9, color: INK },
      ...(m.online && m.place ? [{ text: this.words.hybrid, font: 'Helvetica', size: 9, color: INK }] : []),
      ...(codes ? [{ text: codes, font: 'Helvetica', size: 8, color: SOFT }] : []),
    ].filter((l) => l.text);
  }

  private rowHeight(m: PrintedMeeting, textWidth: number): number {
    const { doc } = this;
    let height = 0;
    for (const line of this.detailLines(m)) {
      height += doc
        .font(line.font)
        .fontSize(line.size)
        .heightOfString(toWinAnsi(line.text), { width: textWidth });
    }
    return Math.max(height, m.online ? QR_SIZE : 0, this.timeHeight(m));
  }

  /** The time, and under it the meeting's zone when the list has several. */
  private timeHeight(m: PrintedMeeting): number {
    const { doc } = this;
    const time = doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .heightOfString('12:00 PM', { width: TIME_WIDTH - 6 });
    if (!this.manyZones) return time;
    return (
      time +
      doc
        .font('Helvetica')
        .fontSize(7)
        .heightOfString(toWinAnsi(zoneLabel(m.timeZone)), { width: TIME_WIDTH - 6 })
    );
  }

  private row(m: PrintedMeeting): void {
    const { doc, list } = this;
    const textX = MARGIN + TIME_WIDTH;
    const textWidth = this.width - TIME_WIDTH - (QR_SIZE + GAP);
    const top = doc.y;
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor(INK)
      .text(printedClock(m.startMinute, list.language), MARGIN, top, { width: TIME_WIDTH - 6 });
    if (this.manyZones) {
      doc
        .font('Helvetica')
        .fontSize(7)
        .fillColor(SOFT)
        .text(toWinAnsi(zoneLabel(m.timeZone)), MARGIN, doc.y, { width: TIME_WIDTH - 6 });
    }
    doc.y = top;
    for (const line of this.detailLines(m)) {
      doc
        .font(line.font)
        .fontSize(line.size)
        .fillColor(line.color)
        .text(toWinAnsi(line.text), textX, doc.y, { width: textWidth });
    }
    if (m.online) {
      // on screen the code is also a link, to the same page
      const x = MARGIN + this.width - QR_SIZE;
      drawQr(doc, list.pageUrl(m.id), x, top, QR_SIZE);
      doc.link(x, top, QR_SIZE, QR_SIZE, list.pageUrl(m.id));
    }
    doc.x = MARGIN;
    doc.y = top + this.rowHeight(m, textWidth) + 8;
  }

  days(): void {
    const textWidth = this.width - TIME_WIDTH - (QR_SIZE + GAP);
    for (let day = 0; day < 7; day++) {
      const meetings = this.list.meetings
        .filter((m) => m.days.includes(day))
        .sort((a, b) => a.startMinute - b.startMinute || a.name.localeCompare(b.name));
      if (!meetings.length) continue;
      if (!this.fits(30 + this.rowHeight(meetings[0]!, textWidth))) this.doc.addPage();
      this.dayHeading(day);
      for (const m of meetings) {
        if (!this.fits(this.rowHeight(m, textWidth))) {
          this.doc.addPage();
          this.dayHeading(day);
        }
        this.row(m);
      }
      this.doc.moveDown(0.5);
    }
    if (!this.list.meetings.length) this.text(this.words.none, 'Helvetica', 11);
  }

  legend(): void {
    const { doc, list } = this;
    if (!list.legend.length) return;
    if (!this.fits(40)) doc.addPage();
    doc.moveDown(0.5);
    this.text(this.words.legend, 'Helvetica-Bold', 12);
    doc.moveDown(0.2);
    doc.font('Helvetica-Bold').fontSize(9);
    const codeWidth = Math.max(...list.legend.map(({ code }) => doc.widthOfString(toWinAnsi(code)))) + 10;
    for (const { code, name } of list.legend) {
      if (!this.fits(12)) doc.addPage();
      const top = doc.y;
      doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(toWinAnsi(code), MARGIN, top);
      doc.font('Helvetica').text(toWinAnsi(name), MARGIN + codeWidth, top, { width: this.width - codeWidth });
      doc.x = MARGIN;
    }
    if (list.truncatedAt !== null) {
      doc.moveDown(0.5);
      this.text(this.words.truncated(list.truncatedAt), 'Helvetica-Bold', 9);
    }
  }

  footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing below the margin must not add a page
      doc
        .font('Helvetica')
        .fontSize(7)
        .fillColor(SOFT)
        .text(
          toWinAnsi(`${this.words.page(i + 1, range.count)}  ·  ${this.words.moreAt(this.list.siteUrl)}`),
          MARGIN,
          doc.page.height - MARGIN,
          { width: this.width, lineBreak: false },
        );
      doc.page.margins.bottom = bottomMargin;
    }
  }
}

/** The printed meeting list as a PDF: standard fonts only, nothing fetched, no images but QR codes. */
export function renderMeetingList(list: PrintedList): Promise<Buffer> {
  const words = printWords(list.language);
  const doc = new PDFDocument({
    size: PAPER_SIZES[list.paper],
    margin: MARGIN,
    bufferPages: true,
    lang: list.language,
    info: { Title: toWinAnsi(words.title), Author: '', Subject: '', Keywords: '', Creator: '' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new ListWriter(doc, list, words);
  writer.header();
  writer.days();
  writer.legend();
  writer.footers();
  doc.end();
  return done;
}
