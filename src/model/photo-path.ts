import { posix } from 'node:path';

export type PhotoPathResult = { ok: true; path: string } | { ok: false; message: string };

/**
 * Resolves an image path written in a content file to a path relative to the
 * article folder (forward slashes). `fromDir` is the folder of the Markdown file
 * relative to the article folder ("" for index.md, "updates" for an update).
 * Photos must be files inside the article folder: no web addresses, no absolute
 * paths, nothing reaching outside with "..".
 */
export function resolvePhotoPath(src: string, fromDir: string): PhotoPathResult {
  const value = src.trim();
  if (value === '') return { ok: false, message: 'the image path is empty; write the photo file name' };
  if (
    (value.startsWith('/') && !value.startsWith('//')) ||
    value.startsWith('\\') ||
    /^[a-z]:[\\/]/i.test(value)
  ) {
    return {
      ok: false,
      message: `"${src}" is an absolute path; write the path relative to the article folder, e.g. "photo.jpg"`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    return {
      ok: false,
      message: `"${src}" is a web address; save the photo (with permission) in the article folder and write its file name`,
    };
  }
  let decoded: string;
  try {
    decoded = decodeURI(value.replace(/\\/g, '/'));
  } catch {
    return { ok: false, message: `"${src}" is not a valid file path` };
  }
  if (decoded.includes('\0')) return { ok: false, message: `"${src}" is not a valid file path` };
  const path = posix.normalize(posix.join(fromDir, decoded));
  if (path === '.' || path === '..' || path.startsWith('../')) {
    return {
      ok: false,
      message: `"${src}" points outside the article folder; put the photo in the article folder and use its file name`,
    };
  }
  return { ok: true, path };
}
