// The topic dossier on A4: a heading block, the speaker's position with the stance chart, the
// view's statements oldest first, the numbered sources, and on every page a running header and
// "Page N of M". Drawn with PDFKit, which sets a 1,000-statement dossier in about a second;
// react-pdf's layout engine took over ten seconds and most of a gigabyte for the same document.
// Runs in the render worker: plain data in, nothing from the database.
import type PDFDocument from "pdfkit";
import type { DiffSegment } from "@/lib/renderings/compare";
import { STANCE_COLOR } from "@/lib/stances/scale";
import { dossierTitle, type DossierSource, type DossierStatement, type TopicDossier } from "./dossier";
import { drawStanceChart, stanceChartHeight } from "./stance-chart";
import { CLAIM_STATUS_COLOR, CONTENT_WIDTH, PAGE, palette, TYPE, type TextStyle } from "./theme";
import { Typesetter, type Run } from "./typesetter";

/** Amber, dark enough for small print: a source's wording that changes what was said. */
const MISREPORT_COLOR = "#b45309";
import { metaRows, noStatementsReason, readingNote, recordSummary, sourceDetails, statementsIntro } from "./wording";

const W = CONTENT_WIDTH;
const META_LABEL_WIDTH = 92;
const PANEL_PADDING = 10;
const SECTION_GAP = 18;
const STATEMENT_PADDING = 9;
const TAG_WIDTH = 62;
const TAG_HEIGHT = 11;
const BODY_INDENT = 11;
const FACT_LABEL_WIDTH = 60;
const SOURCE_NUMBER_WIDTH = 26;
const SHIFT_DATE_WIDTH = 120;
const CHART_CAPTION =
  "One dot per occasion (an event, or a day), with the number of statements when there are several; a light bar is a date known only approximately. Marks above the chart name each change of position.";

/** The chart's caption, saying what its link curves mean when it has any. */
function chartCaption(chart: NonNullable<TopicDossier["chart"]>): string {
  const strong = chart.links.some((link) => link.emphasis);
  const plain = chart.links.some((link) => !link.emphasis);
  return [
    CHART_CAPTION,
    strong ? "A solid curve joins a statement to the one it walks back or contradicts." : "",
    plain ? "A dotted curve joins statements linked otherwise (reaffirms, clarifies, responds to, same words)." : "",
    chart.links.length > 0 ? "Each statement below lists its links." : "",
  ]
    .filter(Boolean)
    .join(" ");
}

const dot = (color: string): Run => ({ text: "● ", color });

class DossierWriter {
  private readonly t: Typesetter;
  private readonly sources: Map<number, DossierSource>;
  private readonly x = PAGE.marginX;

  constructor(
    private readonly doc: PDFDocument,
    private readonly dossier: TopicDossier,
  ) {
    this.t = new Typesetter(doc, true);
    this.sources = new Map(dossier.sources.map((source) => [source.number, source]));
  }

  write(): number {
    this.heading();
    this.position();
    this.shifts();
    this.statements();
    this.sourceList();
    this.t.finish();
    return this.chrome();
  }

  /** A section heading, kept on the page of the first `following` points after it. */
  private sectionHeading(title: string, following: number): void {
    const { t } = this;
    const height = t.measure(title, TYPE.sectionHeading, W) + 6;
    t.keep(SECTION_GAP + height + following);
    if (t.y > t.top + 1) t.y += SECTION_GAP;
    t.write(title, TYPE.sectionHeading, this.x, W, { tag: "H2" });
    this.doc.outline.addItem(title);
    t.y += 6;
  }

  private heading(): void {
    const { t, x, dossier } = this;
    const { topic, speaker } = dossier;
    t.write(`STATEMENT TRACKER · TOPIC DOSSIER${dossier.asOf ? ` · ${dossier.asOf.label.toUpperCase()}` : ""}`, TYPE.kicker, x, W);
    t.y += 6;
    t.write(topic.name, TYPE.title, x, W, { tag: "H1" });
    if (speaker) {
      t.y += 2;
      t.write(`Statements by ${speaker.name}`, TYPE.subtitle, x, W);
    }
    t.y += 12;
    t.write("Stances are measured against the proposition:", TYPE.label, x, W);
    t.y += 2;
    t.write(`“${topic.proposition}”`, TYPE.proposition, x, W);
    if (topic.description) {
      t.y += 6;
      t.write(topic.description, TYPE.small, x, W);
    }
    t.y += 14;
    t.rule(x, t.right, t.y, palette.rule);
    const title = dossierTitle(dossier);
    const rows: [string, string | Run[], TextStyle][] = [
      ...metaRows(dossier).map(({ label, value }): [string, string, TextStyle] => [label, value, TYPE.metaValue]),
      [
        "Live view",
        [{ text: dossier.liveUrl, link: dossier.liveUrl }],
        this.urlStyle(dossier.liveUrl, W - META_LABEL_WIDTH, { ...TYPE.url, size: 7.5 }),
      ],
      [
        "Cite as",
        [
          { text: "Statement Tracker, " },
          { text: title, face: "sansItalic" },
          { text: `, topic dossier generated ${dossier.generatedLabel}.` },
        ],
        TYPE.metaValue,
      ],
    ];
    for (const [label, value, style] of rows) {
      const y = t.y + 3.5;
      t.write(label.toUpperCase(), TYPE.metaLabel, x, META_LABEL_WIDTH, { y: y + 1.5 });
      const height = t.write(value, style, x + META_LABEL_WIDTH, W - META_LABEL_WIDTH, { y });
      t.y = y + Math.max(height, 12) + 3.5;
      t.rule(x, t.right, t.y, palette.rule);
    }
    t.y += 8;
    t.write(readingNote(dossier), TYPE.note, x, W);
  }

  private position(): void {
    const { t, x, dossier } = this;
    const { speaker, position } = dossier;
    if (!speaker) return;
    const inner = W - 2 * PANEL_PADDING;
    const lead: Run[] | string = position
      ? [
          // A dossier of a past day gives the position as it stood then, as the page does.
          { text: dossier.asOf ? "Then " : "Now " },
          ...position.stances.map((stance) => dot(STANCE_COLOR[stance])),
          { text: position.stanceLabel, face: "sansBold", color: palette.ink },
          { text: ` since ${position.sinceLabel}${position.sinceIsLatest ? "" : ` (latest: ${position.latestLabel})`}. ` },
          { text: `${position.headline}.` },
        ]
      : "No stated position on this topic.";
    const record = recordSummary(dossier);
    const chart = dossier.chart;
    const height =
      2 * PANEL_PADDING +
      t.measure(lead, TYPE.lead, inner) +
      3 +
      t.measure(record, TYPE.body, inner) +
      (chart ? 10 + stanceChartHeight(chart) + 4 + t.measure(chartCaption(chart), TYPE.note, inner) : 0);

    this.sectionHeading(`${speaker.name}’s position`, height);
    const top = t.y;
    this.doc.save().roundedRect(x, top, W, height, 3).lineWidth(0.5).fillAndStroke(palette.panel, palette.rule).restore();
    t.write(lead, TYPE.lead, x + PANEL_PADDING, inner, { y: top + PANEL_PADDING });
    t.y += 3;
    t.write(record, TYPE.body, x + PANEL_PADDING, inner);
    if (chart) {
      drawStanceChart(t, chart, x + PANEL_PADDING, t.y + 10, inner);
      t.y += 4;
      t.write(chartCaption(chart), TYPE.note, x + PANEL_PADDING, inner);
    }
    t.y = top + height;
  }

  private shifts(): void {
    const { t, x, dossier } = this;
    if (dossier.shifts.length === 0) return;
    const linkRuns = (sentence: string): Run[] => [{ text: "↩ ", color: palette.link }, { text: sentence }];
    const linksHeight = (shift: TopicDossier["shifts"][number]) =>
      shift.links.reduce((sum, sentence) => sum + 1 + t.measure(linkRuns(sentence), TYPE.small, W - SHIFT_DATE_WIDTH), 0);
    const rowHeight = (shift: TopicDossier["shifts"][number]) =>
      2 + Math.max(t.measure(shift.dateLabel, TYPE.subheading, SHIFT_DATE_WIDTH), TYPE.body.size * TYPE.body.leading) + linksHeight(shift);
    t.keep(12 + 16 + rowHeight(dossier.shifts[0]!));
    if (t.y > t.top + 1) t.y += 12;
    t.write("Changes of position", TYPE.subheading, x, W, { tag: "H3" });
    t.y += 3;
    for (const shift of dossier.shifts) {
      t.keep(rowHeight(shift));
      const y = t.y + 2;
      const dateHeight = t.write(shift.dateLabel, TYPE.subheading, x, SHIFT_DATE_WIDTH, { y });
      const textHeight = t.write(
        [
          { text: `${shift.kindLabel}: `, face: "sansBold" },
          ...shift.from.map((stance) => dot(STANCE_COLOR[stance])),
          { text: `${shift.fromLabel} → ` },
          ...shift.to.map((stance) => dot(STANCE_COLOR[stance])),
          { text: shift.toLabel },
        ],
        TYPE.body,
        x + SHIFT_DATE_WIDTH,
        W - SHIFT_DATE_WIDTH,
        { y },
      );
      t.y = y + Math.max(dateHeight, textHeight);
      for (const sentence of shift.links) {
        t.y += 1;
        t.write(linkRuns(sentence), TYPE.small, x + SHIFT_DATE_WIDTH, W - SHIFT_DATE_WIDTH);
      }
    }
  }

  private headingRuns(statement: DossierStatement): Run[] {
    return [
      { text: statement.dateLabel, face: "sansBold", color: palette.ink },
      { text: statement.roleThen ? ` · ${statement.roleThen}` : "" },
    ];
  }

  private stanceRuns(statement: DossierStatement): Run[] {
    return [
      statement.stance ? dot(STANCE_COLOR[statement.stance]) : { text: "" },
      { text: `${statement.stanceLabel ?? "Not recorded"}${statement.hedgingLabel ? ` (${statement.hedgingLabel})` : ""}` },
      statement.shift
        ? { text: ` · ${statement.shift.kindLabel}: ${statement.shift.fromLabel} → ${statement.shift.toLabel}`, face: "sansBold" }
        : { text: "" },
    ];
  }

  private claimRuns(claim: DossierStatement["claims"][number]): Run[] {
    return [
      { text: `${claim.text} ` },
      { text: `— ${claim.statusLabel}`, face: "sansBold", color: CLAIM_STATUS_COLOR[claim.status] },
      { text: claim.note ? ` (${claim.note})` : "", color: palette.muted },
    ];
  }

  private citationRuns(source: DossierSource, locator: string | null): Run[] {
    const after = [source.publishedLabel, locator].filter(Boolean).join(", ");
    return [
      { text: `[${source.number}] `, face: "sansBold" },
      { text: source.outlet ? `${source.outlet}, ` : "" },
      { text: source.title, face: "sansItalic" },
      { text: `${after ? `, ${after}` : ""}.` },
    ];
  }

  /** A source whose wording changes what was said: the flag, then what each change does. */
  private misreportFlagRuns(source: DossierSource, flags: string[]): Run[] {
    return [
      { text: `[${source.number}] `, face: "sansBold" },
      { text: "⚠ Changes the meaning: ", face: "sansBold", color: MISREPORT_COLOR },
      { text: `${flags.join("; ")}.` },
    ];
  }

  /** The source's words against the statement's: its own in bold, the speaker's it replaces in [brackets]. */
  private misreportWordRuns(segments: DiffSegment[]): Run[] {
    return [
      { text: "Worded “", color: palette.muted },
      ...segments.map((segment, i): Run => {
        const text = `${i > 0 ? " " : ""}${segment.op === "delete" ? `[${segment.text}]` : segment.text}`;
        if (segment.op === "insert") return { text, face: "sansBold", color: MISREPORT_COLOR };
        if (segment.op === "delete") return { text, color: palette.muted };
        return { text };
      }),
      { text: "” (bold: the source’s words; [brackets]: the speaker’s)", color: palette.muted },
    ];
  }

  private urlRuns(href: string): Run[] {
    return [{ text: href, link: href }];
  }

  /** Monospace for web addresses; one a little too long for its line is set a little smaller. */
  private urlStyle(href: string, width: number, base: TextStyle = TYPE.url): TextStyle {
    this.doc.font(base.face).fontSize(base.size);
    const natural = this.doc.widthOfString(href);
    return natural > width && natural <= width * 1.2 ? { ...base, size: (base.size * width * 0.99) / natural } : base;
  }

  /** The fact rows of a statement: label and the paragraphs beside it. */
  private facts(statement: DossierStatement): [string, { runs: Run[]; style: TextStyle; gap: number }[]][] {
    const factWidth = W - BODY_INDENT - FACT_LABEL_WIDTH;
    const rows: [string, { runs: Run[]; style: TextStyle; gap: number }[]][] = [
      ["STANCE", [{ runs: this.stanceRuns(statement), style: TYPE.fact, gap: 0 }]],
    ];
    if (statement.claims.length > 0) {
      rows.push(["CLAIMS", statement.claims.map((claim, i) => ({ runs: this.claimRuns(claim), style: TYPE.fact, gap: i > 0 ? 1.5 : 0 }))]);
    }
    const cited = statement.citations.flatMap((citation, i) => {
      const source = this.sources.get(citation.sourceNumber);
      if (!source) return [];
      const lines = [{ runs: this.citationRuns(source, citation.locator), style: TYPE.fact, gap: i > 0 ? 2 : 0 }];
      if (source.url) lines.push({ runs: this.urlRuns(source.url), style: this.urlStyle(source.url, factWidth), gap: 0 });
      return lines;
    });
    if (statement.links.length > 0) {
      rows.push(["LINKS", statement.links.map((line, i) => ({ runs: [{ text: line }], style: TYPE.fact, gap: i > 0 ? 1.5 : 0 }))]);
    }
    rows.push([
      "SOURCES",
      cited.length > 0 ? cited : [{ runs: [{ text: "None recorded", color: palette.muted }], style: TYPE.fact, gap: 0 }],
    ]);
    const misreported = statement.citations.flatMap((citation) => {
      const source = this.sources.get(citation.sourceNumber);
      if (!source || !citation.misreport) return [];
      return [
        { runs: this.misreportFlagRuns(source, citation.misreport.flags), style: TYPE.fact, gap: 2 },
        { runs: this.misreportWordRuns(citation.misreport.segments), style: TYPE.fact, gap: 0 },
      ];
    });
    if (misreported.length > 0) rows.push(["REPORTED", [...misreported.map((line, i) => (i === 0 ? { ...line, gap: 0 } : line))]]);
    rows.push(["PERMALINK", [{ runs: this.urlRuns(statement.permalink), style: this.urlStyle(statement.permalink, factWidth), gap: 0 }]]);
    return rows;
  }

  private measureStatement(statement: DossierStatement): number {
    const { t } = this;
    const headWidth = W - TAG_WIDTH - 8;
    const factWidth = W - BODY_INDENT - FACT_LABEL_WIDTH;
    let height = 2 * STATEMENT_PADDING;
    height += Math.max(
      TAG_HEIGHT,
      t.measure(this.headingRuns(statement), TYPE.statementHeading, headWidth) +
        t.measure(statement.occasion ?? "", TYPE.occasion, headWidth),
    );
    height += 5 + this.measureBody(statement);
    height += 5;
    for (const [, paragraphs] of this.facts(statement)) {
      height += 2 + paragraphs.reduce((sum, p) => sum + p.gap + t.measure(p.runs, p.style, factWidth), 0);
    }
    return height;
  }

  private measureBody(statement: DossierStatement): number {
    return statement.kind === "QUOTE"
      ? this.t.measure(`“${statement.text}”`, TYPE.quote, W - BODY_INDENT)
      : this.t.measure(statement.text, TYPE.paraphrase, W - BODY_INDENT);
  }

  /** The rule beside a statement's text, drawn on each page the text reaches. */
  private bodyRule(statement: DossierStatement, fromPage: number, fromY: number): void {
    const { t, doc, x } = this;
    const lastPage = t.page;
    const endY = t.y;
    for (let page = fromPage; page <= lastPage; page++) {
      if (page !== lastPage) doc.switchToPage(page);
      const y1 = page === fromPage ? fromY : t.top;
      const y2 = page === lastPage ? endY : t.bottom;
      doc
        .save()
        .moveTo(x + 1, y1 + 1)
        .lineTo(x + 1, y2 - 1)
        .lineWidth(2);
      if (statement.kind === "QUOTE") doc.strokeColor(palette.accent).stroke();
      else doc.dash(2, { space: 2 }).strokeColor(palette.faint).stroke().undash();
      doc.restore();
      if (page !== lastPage) doc.switchToPage(lastPage);
    }
  }

  private statement(statement: DossierStatement): void {
    const { t, x, doc } = this;
    const isQuote = statement.kind === "QUOTE";
    const headWidth = W - TAG_WIDTH - 8;
    const factWidth = W - BODY_INDENT - FACT_LABEL_WIDTH;
    const top = t.y + STATEMENT_PADDING;

    doc
      .save()
      .roundedRect(t.right - TAG_WIDTH, top + 0.5, TAG_WIDTH, TAG_HEIGHT, 2)
      .fill(isQuote ? palette.accentSoft : palette.rule)
      .restore();
    t.write(
      isQuote ? "QUOTE" : "PARAPHRASE",
      { ...TYPE.tag, color: isQuote ? palette.accent : palette.muted },
      t.right - TAG_WIDTH,
      TAG_WIDTH,
      { y: top + 3, align: "center" },
    );
    let headHeight = t.write(this.headingRuns(statement), TYPE.statementHeading, x, headWidth, { y: top });
    if (statement.occasion) headHeight += t.write(statement.occasion, TYPE.occasion, x, headWidth);
    t.y = top + Math.max(TAG_HEIGHT, headHeight) + 5;

    const bodyPage = t.page;
    const bodyTop = t.y;
    if (isQuote) t.write(`“${statement.text}”`, TYPE.quote, x + BODY_INDENT, W - BODY_INDENT);
    else t.write(statement.text, TYPE.paraphrase, x + BODY_INDENT, W - BODY_INDENT);
    this.bodyRule(statement, bodyPage, bodyTop);

    t.y += 3;
    for (const [label, paragraphs] of this.facts(statement)) {
      t.y += 2;
      const rowTop = t.y;
      const rowPage = t.page;
      t.write(label, TYPE.factLabel, x + BODY_INDENT, FACT_LABEL_WIDTH, { y: rowTop + 1 });
      t.y = rowTop;
      for (const paragraph of paragraphs) {
        t.y += paragraph.gap;
        t.write(paragraph.runs, paragraph.style, x + BODY_INDENT + FACT_LABEL_WIDTH, factWidth);
      }
      if (t.page === rowPage) t.y = Math.max(t.y, rowTop + TYPE.factLabel.size * TYPE.factLabel.leading + 1);
    }
    t.y += STATEMENT_PADDING;
    t.rule(x, t.right, t.y, palette.rule);
  }

  private statements(): void {
    const { t, x, dossier } = this;
    const capacity = t.bottom - t.top;
    if (dossier.statements.length === 0) {
      const reason = noStatementsReason(dossier);
      const boxHeight = 28 + TYPE.lead.size * TYPE.lead.leading + 3 + t.measure(reason, TYPE.body, W - 28);
      this.sectionHeading("Statements in this view", boxHeight + 4);
      const top = t.y + 4;
      this.doc
        .save()
        .roundedRect(x, top, W, boxHeight, 3)
        .lineWidth(0.75)
        .dash(3, { space: 2 })
        .strokeColor(palette.faint)
        .stroke()
        .undash()
        .restore();
      t.write("No statements match this view.", { ...TYPE.lead, face: "sansBold" }, x + 14, W - 28, { y: top + 14 });
      t.y += 3;
      t.write(reason, TYPE.body, x + 14, W - 28);
      t.y = top + boxHeight;
      return;
    }
    const intro = statementsIntro(dossier);
    const first = this.measureStatement(dossier.statements[0]!);
    this.sectionHeading("Statements in this view", t.measure(intro, TYPE.occasion, W) + 2 + Math.min(first, capacity / 2));
    t.write(intro, TYPE.occasion, x, W);
    t.y += 2;
    dossier.statements.forEach((statement, i) => {
      const height = i === 0 ? first : this.measureStatement(statement);
      // A statement stays on one page; one longer than a page starts on a fresh page and runs on.
      if (height <= capacity) t.keep(height);
      else if (t.bottom - t.y < capacity / 3) t.newPage();
      this.statement(statement);
    });
  }

  private sourceList(): void {
    const { t, x, dossier } = this;
    if (dossier.sources.length === 0) return;
    const width = W - SOURCE_NUMBER_WIDTH;
    const rowHeight = (source: DossierSource) =>
      8 +
      t.measure(source.title, TYPE.sourceTitle, width) +
      t.measure(sourceDetails(source), TYPE.occasion, width) +
      (source.url ? t.measure(source.url, this.urlStyle(source.url, width), width) : TYPE.occasion.size * TYPE.occasion.leading);
    this.sectionHeading("Sources", rowHeight(dossier.sources[0]!));
    for (const source of dossier.sources) {
      t.keep(rowHeight(source));
      const top = t.y + 4;
      t.write(`[${source.number}]`, { ...TYPE.sourceTitle, color: palette.muted }, x, SOURCE_NUMBER_WIDTH, { y: top });
      t.write(source.title, TYPE.sourceTitle, x + SOURCE_NUMBER_WIDTH, width, { y: top });
      t.write(sourceDetails(source), TYPE.occasion, x + SOURCE_NUMBER_WIDTH, width);
      if (source.url) t.write(this.urlRuns(source.url), this.urlStyle(source.url, width), x + SOURCE_NUMBER_WIDTH, width);
      else t.write("No web address recorded.", TYPE.occasion, x + SOURCE_NUMBER_WIDTH, width);
      t.y += 4;
      t.rule(x, t.right, t.y, palette.rule);
    }
  }

  /** Shortens a one-line text with an ellipsis until it fits `width` in `style`. */
  private fit(text: string, style: TextStyle, width: number): string {
    this.doc.font(style.face).fontSize(style.size);
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, Math.floor(cut.length * 0.95));
    return `${cut}…`;
  }

  /** Running header and footer on every page, once the number of pages is known. */
  private chrome(): number {
    const { t, x, doc, dossier } = this;
    const { count } = doc.bufferedPageRange();
    const title = this.fit(dossierTitle(dossier), TYPE.chrome, W * 0.6);
    const stamp = `Statement Tracker · generated ${dossier.generatedAt.slice(0, 10)}`;
    const footerStyle = { ...TYPE.url, size: 6.5, color: palette.muted };
    const footerUrl = this.fit(dossier.liveUrl, footerStyle, W - 90);
    for (let page = 0; page < count; page++) {
      doc.switchToPage(page);
      // The footer sits in the bottom margin; without this PDFKit would start a new page for it.
      const margins = doc.page.margins;
      doc.page.margins = { ...margins, bottom: 0 };
      t.write(title, TYPE.chrome, x, W * 0.6, { y: 28, tag: "Artifact" });
      t.write(stamp, TYPE.chrome, x + W * 0.4, W * 0.6, { y: 28, align: "right", tag: "Artifact" });
      t.rule(x, t.right, 42, palette.rule);
      const footerY = PAGE.height - 38;
      t.rule(x, t.right, footerY - 4, palette.rule);
      t.write([{ text: footerUrl, link: dossier.liveUrl }], footerStyle, x, W - 90, { y: footerY, tag: "Artifact" });
      t.write(`Page ${page + 1} of ${count}`, TYPE.chrome, t.right - 90, 90, { y: footerY - 0.5, align: "right", tag: "Artifact" });
      doc.page.margins = margins;
    }
    return count;
  }
}

/** Writes the dossier into a PDFKit document (with buffered pages); returns the page count. */
export function writeTopicDossier(doc: PDFDocument, dossier: TopicDossier): number {
  return new DossierWriter(doc, dossier).write();
}
