import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  /** The form field, e.g. `files[0]`. */
  field: string;
  filename: string;
  size: number;
}

export interface ParsedBody {
  /** The JSON body, or `payload_json` of a multipart body; undefined when there was none. */
  json: unknown;
  files: UploadedFile[];
}

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { json: undefined, files: [] };

  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (type.startsWith('multipart/form-data') && boundary)
    return parseMultipart(raw, boundary[1] ?? boundary[2] ?? '');
  return { json: JSON.parse(raw.toString('utf8')), files: [] };
}

/**
 * discord.js switches to multipart when a message carries files: `payload_json` holds the JSON
 * body and each `files[n]` part a file. Only names and sizes matter here, so the bytes are dropped.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  // latin1 maps bytes one to one, so part lengths stay byte counts.
  const text = raw.toString('latin1');
  const body: ParsedBody = { json: undefined, files: [] };

  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) continue;
    const headers = part.slice(0, split);
    const content = part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined);
    const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];

    if (filename !== undefined) body.files.push({ field, filename, size: content.length });
    else if (field === 'payload_json')
      body.json = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
  }
  return body;
}
