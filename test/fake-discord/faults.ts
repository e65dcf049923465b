export interface FaultSpec {
  /** Upper-case HTTP method; any method when left out. */
  method?: string;
  /** Matched against the path below `/api/v10`, e.g. `/channels/123/messages`. */
  path?: RegExp;
  /**
   * Answer with this status instead of serving the request: 5xx, 429, or a 4xx that carries
   * Discord's JSON `code` (e.g. 403 with 50001, missing access). Leave out with `drop` or `delayMs`.
   */
  status?: number;
  /** Discord's JSON error code for a 4xx; 0 by default. */
  code?: number;
  /** Seconds, as Discord's Retry-After header counts them; 429 only. Defaults to 0.05. */
  retryAfter?: number;
  /**
   * Close the TCP connection without an answer. `before`: the request is never served.
   * `after`: it is served (a message is created) and then the answer is lost, as when Discord
   * did the work but the connection broke on the way back.
   */
  drop?: 'before' | 'after';
  /** Serve the request, then hold the answer this long; a test can kill the bot meanwhile. */
  delayMs?: number;
  /** How many matching requests fail before the route works again. Defaults to 1. */
  times?: number;
}

interface PendingFault extends FaultSpec {
  remaining: number;
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What the server does with a request a fault matched. */
export type FaultAction =
  | { kind: 'respond'; response: FaultResponse }
  | { kind: 'drop'; when: 'before' | 'after' }
  | { kind: 'delay'; ms: number };

/** REST failures queued by tests; each matching request uses one up, in the order they were added. */
export class FaultInjector {
  private pending: PendingFault[] = [];

  next(spec: FaultSpec): void {
    if (spec.status === undefined && spec.drop === undefined && spec.delayMs === undefined)
      throw new Error('FaultSpec needs a status, a drop or a delayMs');
    this.pending.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.pending = [];
  }

  /** Faults queued and not used up yet. */
  get remaining(): number {
    return this.pending.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  take(method: string, path: string): FaultAction | undefined {
    const fault = this.pending.find(
      (candidate) =>
        (!candidate.method || candidate.method === method) && (!candidate.path || candidate.path.test(path)),
    );
    if (!fault) return undefined;

    if (--fault.remaining <= 0) this.pending.splice(this.pending.indexOf(fault), 1);
    if (fault.drop) return { kind: 'drop', when: fault.drop };
    if (fault.status === undefined) return { kind: 'delay', ms: fault.delayMs ?? 0 };
    return { kind: 'respond', response: failure(fault as PendingFault & { status: number }) };
  }
}

function failure(fault: PendingFault & { status: number }): FaultResponse {
  if (fault.status === 429) return rateLimited(fault.retryAfter ?? 0.05);
  if (fault.status >= 500) return serverError(fault.status);
  return { status: fault.status, headers: {}, body: { message: 'Injected failure', code: fault.code ?? 0 } };
}

/**
 * A per-route 429 with the headers @discordjs/rest reads to wait and retry on its own.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
function rateLimited(retryAfter: number): FaultResponse {
  return {
    status: 429,
    headers: {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset-After': String(retryAfter),
      'X-RateLimit-Scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
  };
}

function serverError(status: number): FaultResponse {
  return { status, headers: {}, body: { message: `${status}: Server Error`, code: 0 } };
}
