/** Long enough for a 1 MiB file on a slow link; short enough to answer within the 15-minute token. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Fetches an attachment from Discord's CDN, reading at most `maxBytes`. The size Discord states
 * is checked before, but the body is counted too: it is what actually arrives.
 */
export async function downloadAttachment(url: string, maxBytes: number): Promise<Download> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { ok: false, reason: timedOut ? 'the download timed out' : 'the download failed' };
  }
  if (!response.ok || !response.body) {
    return { ok: false, reason: `Discord answered ${response.status} for the file` };
  }

  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    // Leaving the loop early cancels the stream, so the rest is never downloaded.
    if (size > maxBytes) {
      return { ok: false, reason: `the file is larger than ${maxBytes.toLocaleString('en')} bytes` };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
