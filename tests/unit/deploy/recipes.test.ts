import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from '../../../src/security/headers.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

const read = (file: string) => readFileSync(join(projectRoot, 'deploy', file), 'utf8');

// The recipes are copies for hosts that cannot read _headers: they must say exactly what it says.
describe('deploy/nginx.conf', () => {
  const conf = read('nginx.conf');
  it.each(Object.entries(SECURITY_HEADERS))('sends %s as src/security/headers.ts has it', (name, value) => {
    expect(conf).toContain(`add_header ${name} "${value}" always;`);
  });
  it('uses the two cache rules', () => {
    expect(conf).toContain(`~^/_astro/ "${IMMUTABLE_CACHE}";`);
    expect(conf).toContain(`default "${REVALIDATE_CACHE}";`);
  });
});

describe('deploy/cloudfront-headers-policy.json', () => {
  const policy = JSON.parse(read('cloudfront-headers-policy.json'));
  it('carries every security header with the same value', () => {
    const s = policy.SecurityHeadersConfig;
    const sent: Record<string, string> = {
      'Content-Security-Policy': s.ContentSecurityPolicy.ContentSecurityPolicy,
      'Strict-Transport-Security': `max-age=${s.StrictTransportSecurity.AccessControlMaxAgeSec}${s.StrictTransportSecurity.IncludeSubdomains ? '; includeSubDomains' : ''}`,
      'X-Content-Type-Options': s.ContentTypeOptions ? 'nosniff' : '',
      'X-Frame-Options': s.FrameOptions.FrameOption,
      'Referrer-Policy': s.ReferrerPolicy.ReferrerPolicy,
    };
    for (const item of policy.CustomHeadersConfig.Items) sent[item.Header] = item.Value;
    expect(policy.CustomHeadersConfig.Quantity).toBe(policy.CustomHeadersConfig.Items.length);
    expect(sent).toEqual(SECURITY_HEADERS);
  });
});

describe('deploy/cloudfront-index.js', () => {
  const handler = new Function(`${read('cloudfront-index.js')}; return handler;`)() as (
    event: unknown,
  ) => Promise<{
    uri?: string;
    statusCode?: number;
    headers?: Record<string, { value: string }>;
  }>;
  const event = (uri: string, querystring: Record<string, { value: string }> = {}) => ({
    request: { uri, querystring, headers: {} },
  });

  it.each([
    ['/', '/index.html'],
    ['/articles/moscow/', '/articles/moscow/index.html'],
    ['/_astro/app.abc.js', '/_astro/app.abc.js'],
    ['/rss.xml', '/rss.xml'],
  ])('serves %s from %s', async (uri, served) => {
    expect((await handler(event(uri))).uri).toBe(served);
  });

  it('redirects a page address without its trailing slash, keeping the query', async () => {
    const reply = await handler(event('/search', { q: { value: 'moscow' } }));
    expect(reply.statusCode).toBe(301);
    expect(reply.headers?.location?.value).toBe('/search/?q=moscow');
  });
});

describe('deploy/s3-upload.sh', () => {
  const script = read('s3-upload.sh');
  it('uploads hashed assets immutable and everything else revalidating, without _headers', () => {
    expect(script).toContain(`_astro "$bucket/_astro" --cache-control "${IMMUTABLE_CACHE}"`);
    expect(script).toContain(
      `--exclude "_astro/*" --exclude "_headers" --delete \\\n  --cache-control "${REVALIDATE_CACHE}"`,
    );
  });
});

describe('deploy/github-pages.yml', () => {
  const workflow = parse(read('github-pages.yml'));
  const steps: {
    run?: string;
    uses?: string;
    env?: Record<string, string>;
    with?: Record<string, unknown>;
  }[] = workflow.jobs.build.steps;
  it('installs from the lockfile, builds under the repository base path, and publishes dist/', () => {
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}');
    expect(build.env?.SITE_URL).toMatch(/^https:\/\//);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
  it("keeps the build's cache from run to run: restored after npm ci, a new one saved each run", () => {
    expectBuildCache(steps, 'npm run build', 'build-cache-');
  });
});

/**
 * The cache step of a build job: Astro's cache folder as astro.config.mjs sets it when
 * ASTRO_CACHE_DIR is not (the recipes do not set it), restored after `npm ci` (which
 * empties node_modules/) and before `build`, under a key new each run with `prefix` to
 * restore the latest from (a cache is never saved again under the key it was restored from).
 */
function expectBuildCache(
  steps: { run?: string; uses?: string; with?: Record<string, unknown> }[],
  build: string,
  prefix: string,
) {
  const at = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
  expect(at).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
  expect(at).toBeLessThan(steps.findIndex((s) => s.run === build));
  const cache = steps[at]!.with!;
  expect(readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8')).toContain(
    `cacheDir: process.env.ASTRO_CACHE_DIR || './${String(cache.path)}'`,
  );
  expect(cache.key).toBe(`${prefix}\${{ github.run_id }}`);
  expect(cache['restore-keys']).toBe(prefix);
  expect(JSON.stringify(steps)).not.toContain('ASTRO_CACHE_DIR');
}

describe('deploy/github-pages-shards.yml', () => {
  const workflow = parse(read('github-pages-shards.yml'));
  const runs = (job: string): string[] =>
    workflow.jobs[job].steps.map((s: { run?: string }) => s.run).filter(Boolean);
  it('builds one shard per matrix entry, all of them, for one address', () => {
    const { shard } = workflow.jobs;
    expect(runs('shard')).toEqual([
      'npm ci',
      'npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}',
    ]);
    const count = Number(shard.env.SHARDS);
    expect(shard.strategy.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(workflow.env.BASE_PATH).toBe('/${{ github.event.repository.name }}');
    expect(workflow.env.SITE_URL).toMatch(/^https:\/\//);
  });
  it('keeps a build cache per shard (an article stays in its shard), for this number of shards', () => {
    expectBuildCache(
      workflow.jobs.shard.steps,
      'npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}',
      'build-cache-${{ matrix.shard }}-of-${{ env.SHARDS }}-',
    );
  });
  it('merges every shard after all of them, and deploys the merge', () => {
    expect(workflow.jobs.merge.needs).toBe('shard');
    expect(runs('merge')).toEqual(['npm ci', 'npm run merge-shards -- shards/shard-*']);
    const download = workflow.jobs.merge.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith('actions/download-artifact'),
    );
    expect(download.with).toEqual({ pattern: 'shard-*', path: 'shards' });
    expect(workflow.jobs.deploy.needs).toBe('merge');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
