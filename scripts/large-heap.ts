/**
 * The Node flag for the commands that hold a whole archive's content: V8's heap may take half
 * of the machine's memory instead of its default of about 4 GB, which a build of 10,000
 * articles x 40 updates outgrows (docs/performance.md). package.json's build, merge-shards,
 * publish, publisher and desk scripts pass it; so does the bench for the project's runs.
 */
export const LARGE_HEAP = '--max-old-space-size-percentage=50';
