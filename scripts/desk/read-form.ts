// A posted desk form, read with size limits as it arrives.
import type { IncomingMessage } from 'node:http';
import { DeskRefusal } from './desk-files.ts';
import { MAX_UPLOAD_BYTES } from './photo-upload.ts';

/** A form without a photo is small; a photo may be up to MAX_UPLOAD_BYTES. */
export const MAX_FORM_BYTES = 2 * 1024 * 1024;

/** A form, urlencoded or multipart (a photo); files apart, sizes limited as they arrive. */
export async function readForm(
  req: IncomingMessage,
): Promise<{ form: URLSearchParams; files: Map<string, File> }> {
  const type = req.headers['content-type'] ?? '';
  const multipart = /^multipart\/form-data\b/.test(type);
  if (!multipart && !/^application\/x-www-form-urlencoded\b/.test(type))
    throw new DeskRefusal(415, 'The desk takes its own forms only.');
  const limit = multipart ? MAX_UPLOAD_BYTES + MAX_FORM_BYTES : MAX_FORM_BYTES;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new DeskRefusal(
        413,
        multipart
          ? 'The photo is larger than 40 MB; send a smaller one.'
          : 'That is more text than one update can hold.',
      );
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (!multipart) return { form: new URLSearchParams(body.toString('utf8')), files: new Map() };
  // The platform's own multipart parser (the fetch API's Request), no dependency.
  const data = await new Request('http://desk/', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  }).formData();
  const form = new URLSearchParams();
  const files = new Map<string, File>();
  for (const [key, value] of data) {
    if (typeof value === 'string') form.append(key, value);
    else files.set(key, value);
  }
  return { form, files };
}
