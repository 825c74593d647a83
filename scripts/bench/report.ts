import { cpus, loadavg, totalmem } from 'node:os';
import type { Measurement } from './measure.ts';
import type { OutputSize } from './output-size.ts';

export interface PhaseResult extends Measurement {
  /** Which corpus: "text only" or "10 photos" (`npm run bench` measures one per --photos value). */
  corpus: string;
  site: string;
  phase: string;
  output: OutputSize;
  /** Images encoded into Astro's image cache during this phase. */
  imagesEncoded: number;
  /** The fast path: seconds until the pages were online (before the search index). */
  onlineS?: number;
  /** `npm run publish`: seconds the search index took after the pages were online (as it says). */
  searchS?: number;
  /** Images encoded per second of the phase's wall time (0 when none were encoded, e.g. cached). */
  imagesPerSecond: number;
  /** A publish through the publisher: "kept build", or why it needed a new build. */
  publisher?: string;
}

/** One phase of one site, before bench.ts labels it with its corpus. */
export type SiteResult = Omit<PhaseResult, 'corpus'>;

export interface Ratio {
  corpus: string;
  phase: string;
  baseline: string;
  wall: number;
  cpu: number;
}

/** The machine and its load, so figures can be compared honestly. */
export function describeMachine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

/** project / baseline for every phase both ran on the same corpus. */
export function computeRatios(results: PhaseResult[], project: string, baselines: string[]): Ratio[] {
  const ratios: Ratio[] = [];
  for (const mine of results.filter((r) => r.site === project)) {
    for (const baseline of baselines) {
      const other = results.find(
        (r) => r.site === baseline && r.phase === mine.phase && r.corpus === mine.corpus,
      );
      if (!other) continue;
      ratios.push({
        corpus: mine.corpus,
        phase: mine.phase,
        baseline,
        wall: round(mine.wallS / other.wallS),
        cpu: round(mine.cpuS / other.cpuS),
      });
    }
  }
  return ratios;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function formatTable(results: PhaseResult[], ratios: Ratio[]): string {
  const rows = [
    [
      'corpus',
      'site',
      'phase',
      'wall s',
      'online s',
      'cpu s',
      'max RSS MB',
      'output MB',
      'files',
      'images encoded',
      'images/s',
    ],
    ...results.map((r) => [
      r.corpus,
      r.site,
      r.phase,
      r.wallS.toFixed(2),
      r.onlineS === undefined ? '' : r.onlineS.toFixed(2),
      r.cpuS.toFixed(2),
      r.maxRssMb.toFixed(0),
      (r.output.bytes / 1e6).toFixed(2),
      String(r.output.files),
      String(r.imagesEncoded),
      r.imagesPerSecond.toFixed(1),
    ]),
  ];
  const lines = [alignRows(rows)];
  if (ratios.length > 0) {
    lines.push(
      '',
      alignRows([
        ['corpus', 'phase', 'project / baseline', 'wall x', 'cpu x'],
        ...ratios.map((r) => [r.corpus, r.phase, r.baseline, r.wall.toFixed(2), r.cpu.toFixed(2)]),
      ]),
    );
  }
  return lines.join('\n');
}

function alignRows(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}
