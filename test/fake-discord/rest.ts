import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiFailure } from './api-error.js';
import type { FaultInjector } from './faults.js';
import { readBody } from './http-body.js';
import { restRoutes } from './rest-routes.js';
import { match } from './router.js';
import type { RecordedRequest, World } from './world.js';

const API_PREFIX = '/api/v10';

/**
 * Serves one REST request: records it, lets a queued fault answer first, then routes it. Every
 * answer is JSON with its Content-Type, because @discordjs/rest parses bodies by that header.
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
  if (fault) return send(res, record, fault.status, fault.body, fault.headers);

  const found = match(restRoutes, method, path);
  if (!found) return send(res, record, 404, { code: 0, message: `404: Not Found (${method} ${path})` });

  try {
    const request = {
      method,
      path,
      params: found.params,
      query: url.searchParams,
      body: parsed.json,
      files: parsed.files,
    };
    const reply = found.route.handler(request, world);
    send(res, record, reply.status, reply.body);
  } catch (error) {
    if (error instanceof ApiFailure) return send(res, record, error.status, error.toJSON());
    const message = error instanceof Error ? error.message : String(error);
    send(res, record, 500, { code: 0, message: `FakeDiscord failed: ${message}` });
  }
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
