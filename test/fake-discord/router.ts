import type { UploadedFile } from './http-body.js';
import type { World } from './world.js';

export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
}

export interface RouteReply {
  status: number;
  body?: unknown;
}

export type RouteHandler = (req: RouteRequest, world: World) => RouteReply;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

/** `/channels/:channelId/messages` becomes a pattern whose named groups are the params. */
export function route(method: string, path: string, handler: RouteHandler): Route {
  const source = path.replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), handler };
}

export function match(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const found = candidate.pattern.exec(path);
    if (found) return { route: candidate, params: { ...found.groups } };
  }
  return undefined;
}

export const ok = (body: unknown): RouteReply => ({ status: 200, body });

export const noContent = (): RouteReply => ({ status: 204 });

/** A path parameter; the route pattern guarantees it is there. */
export function param(req: RouteRequest, name: string): string {
  const value = req.params[name];
  if (value === undefined) throw new Error(`route has no :${name} parameter`);
  return value;
}
