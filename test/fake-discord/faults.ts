export interface FaultSpec {
  /** Upper-case HTTP method; any method when left out. */
  method?: string;
  /** Matched against the path below `/api/v10`, e.g. `/channels/123/messages`. */
  path?: RegExp;
  status: 500 | 502 | 503 | 429;
  /** Seconds, as Discord's Retry-After header counts them; 429 only. Defaults to 0.05. */
  retryAfter?: number;
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

/** REST failures queued by tests; each matching request uses one up, in the order they were added. */
export class FaultInjector {
  private pending: PendingFault[] = [];

  next(spec: FaultSpec): void {
    this.pending.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.pending = [];
  }

  take(method: string, path: string): FaultResponse | undefined {
    const fault = this.pending.find(
      (candidate) =>
        (!candidate.method || candidate.method === method) && (!candidate.path || candidate.path.test(path)),
    );
    if (!fault) return undefined;

    if (--fault.remaining <= 0) this.pending.splice(this.pending.indexOf(fault), 1);
    return fault.status === 429 ? rateLimited(fault.retryAfter ?? 0.05) : serverError(fault.status);
  }
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
