import { codeFiles, codeKey } from '../code-key.ts';

/**
 * The files a body is rendered by, relative to the project: the Markdown pipeline (its plugins,
 * the sanitizer's schema) and the render workers' renderer. Everything they import by a
 * relative path is found from them.
 */
export const PIPELINE_ENTRIES = ['src/markdown/pipeline.ts', 'src/loaders/render-markdown.ts'];

/** The pipeline's files, as sorted project paths. */
export const pipelineFiles = (root: string) => codeFiles(root, PIPELINE_ENTRIES);

/**
 * What the stored rendering of a body depends on besides its text: the bytes of the pipeline's
 * files and of package-lock.json (the versions of remark, rehype and the sanitizer). The content
 * loader adds it to each entry's digest, so a change to any of them renders every body again;
 * without it, Astro's content store kept bodies rendered by the old code (a fixed sanitizer
 * left the stored pages as they were) until their text changed. Astro itself starts the store
 * afresh only when its own version, the content config file or the JSON of its config changes.
 */
export const pipelineKey = (root: string) => codeKey(root, PIPELINE_ENTRIES);
