import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiFailure } from './api-error.js';
import type { FaultInjector } from './faults.js';
import { readBody } from './http-body.js';
import { restRoutes } from './rest-routes.js';
import { match } from './router.js';
import type { RecordedRequest, World } from './world.js';

const API_PREFIX = '/api/v10';

/**
 * Serves one REST request: records it, lets a queued fault answer first (or lose or delay the
 * answer), then routes it. Every answer but an attachment's bytes is JSON with its Content-Type,
 * because @discordjs/rest parses bodies by that header.
 */
export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  world: World,
  faults: FaultInjector,
  requests: RecordedRequest[],
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const path = decodeURIComponent(
    url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname,
  );
  const record: RecordedRequest = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    body: undefined,
    files: [],
    at: Date.now(),
  };

  const parsed = await readBody(req).catch(() => undefined);
  record.body = parsed?.json;
  record.files = parsed?.files ?? [];
  requests.push(record);
  world.events.emit('request', record);
  if (!parsed)
    return send(res, record, 400, { code: 50_109, message: 'The request body contains invalid JSON.' });

  const fault = faults.take(method, path);
  if (fault?.kind === 'respond') {
    return send(res, record, fault.response.status, fault.response.body, fault.response.headers);
  }
  if (fault?.kind === 'drop' && fault.when === 'before') return drop(res, record);

  const served = serve(method, path, url, parsed, world);
  if (fault?.kind === 'drop') return drop(res, record);
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
  if (res.destroyed) return;
  if (served.raw) {
    record.status = 200;
    res.writeHead(200, { 'Content-Type': served.raw.contentType }).end(served.raw.bytes);
    return;
  }
  send(res, record, served.status, served.body);
}

interface Served {
  status: number;
  body?: unknown;
  raw?: { bytes: Buffer; contentType: string };
}

/** Runs the route (or finds the attachment) now, so a fault can still lose or delay the answer. */
function serve(
  method: string,
  path: string,
  url: URL,
  parsed: { json: unknown; files: RecordedRequest['files'] },
  world: World,
): Served {
  if (method === 'GET' && path.startsWith('/attachments/')) {
    const file = world.attachments.find(path);
    return file ? { status: 200, raw: file } : { status: 404, body: { code: 0, message: '404: Not Found' } };
  }

  const found = match(restRoutes, method, path);
  if (!found) return { status: 404, body: { code: 0, message: `404: Not Found (${method} ${path})` } };

  try {
    const request = {
      method,
      path,
      params: found.params,
      query: url.searchParams,
      body: parsed.json,
      files: parsed.files,
    };
    return found.route.handler(request, world);
  } catch (error) {
    if (error instanceof ApiFailure) return { status: error.status, body: error.toJSON() };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: { code: 0, message: `FakeDiscord failed: ${message}` } };
  }
}

/** Destroys the socket with no response: the client sees the connection reset. */
function drop(res: ServerResponse, record: RecordedRequest): void {
  record.dropped = true;
  res.socket?.destroy();
}

function send(
  res: ServerResponse,
  record: RecordedRequest,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  record.status = status;
  if (status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
