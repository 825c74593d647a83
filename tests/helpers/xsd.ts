import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { projectRoot } from './temp-site.ts';

/** The vendored sitemap schemas (tests/fixtures/xsd/README.md says where each comes from). */
export const XSD_DIR = join(projectRoot, 'tests/fixtures/xsd');
const SCHEMAS = ['sitemap.xsd', 'siteindex.xsd', 'sitemap-news.xsd', 'sitemap-image.xsd'];

/**
 * Validates an XML file against one of the vendored schemas with libxml2 compiled to
 * WebAssembly (no system xmllint, no network: imports are handed over preloaded).
 * Gives the errors, empty when the file is valid.
 */
export async function validateAgainstXsd(schema: string, file: string): Promise<string[]> {
  const read = (name: string) => readFile(join(XSD_DIR, name), 'utf8');
  const preload = await Promise.all(
    SCHEMAS.filter((name) => name !== schema).map(async (name) => ({
      fileName: name,
      contents: await read(name),
    })),
  );
  const result = await validateXML({
    xml: [{ fileName: basename(file), contents: await readFile(file, 'utf8') }],
    schema: [{ fileName: schema, contents: await read(schema) }],
    preload,
  });
  return result.errors.map((error) => error.message);
}
