// Preloaded into a measured child (node --import): when it exits, writes its own
// resource usage (CPU of every thread, peak RSS) to BENCH_RUSAGE_FILE as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify(process.resourceUsage()));
  });
}
