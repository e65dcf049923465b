import type { Server } from 'node:http';
import {
  ApplicationFlags,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreate } from './guild-payload.js';
import { randomToken } from './snowflake.js';
import type { World } from './world.js';

const APP_FLAGS = ApplicationFlags.GatewayGuildMembersLimited;

interface QueuedDispatch {
  t: GatewayDispatchPayload['t'];
  d: unknown;
  onSent?: () => void;
}

/**
 * The gateway on the same port as REST: HELLO, IDENTIFY → READY and one GUILD_CREATE per guild,
 * heartbeat ACKs, RESUME → RESUMED. Dispatches made while no session is connected wait in a backlog
 * and go out once the bot resumes or identifies again, so a test can send an interaction right after
 * dropping the socket.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export class Gateway {
  /** How often the bot identified and resumed, for tests of reconnection. */
  readonly stats = { identifies: 0, resumes: 0 };
  private readonly server: WebSocketServer;
  private socket: WebSocket | undefined;
  private sessionId: string | undefined;
  private sequence = 0;
  private backlog: QueuedDispatch[] = [];

  constructor(
    httpServer: Server,
    private readonly world: World,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  /** Sends now if a session is live, else after the next RESUME or IDENTIFY. */
  dispatch(t: QueuedDispatch['t'], d: unknown, onSent?: () => void): void {
    if (this.socket) this.write(this.socket, { t, d, onSent });
    else this.backlog.push({ t, d, onSent });
  }

  /** Kills the TCP connection without a close frame; the client sees 1006 and resumes. */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    this.socket = undefined;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    socket.on('message', (raw) => this.receive(socket, JSON.parse(String(raw)) as GatewaySendPayload));
    socket.on('close', () => {
      if (this.socket === socket) this.socket = undefined;
    });
  }

  private receive(socket: WebSocket, payload: GatewaySendPayload): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        send(socket, { op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        this.identify(socket);
        break;
      case GatewayOpcodes.Resume:
        this.resume(socket, payload.d.session_id);
        break;
      default:
        // Presence, voice and member requests change nothing a quiz bot's tests look at.
        break;
    }
  }

  private identify(socket: WebSocket): void {
    this.stats.identifies++;
    this.sessionId = randomToken(32);
    this.sequence = 0;
    this.socket = socket;

    const guilds = [...this.world.guilds.guilds.values()];
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.world.botUser,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.world.gatewayUrl,
      shard: [0, 1],
      application: { id: this.world.applicationId, flags: APP_FLAGS, flags_new: String(APP_FLAGS) },
    };
    this.write(socket, { t: GatewayDispatchEvents.Ready, d: ready });
    for (const guild of guilds) {
      this.write(socket, { t: GatewayDispatchEvents.GuildCreate, d: guildCreate(this.world.guilds, guild) });
    }
    this.flush(socket);
  }

  /** Any known session resumes; the backlog is what Discord would replay. */
  private resume(socket: WebSocket, sessionId: string): void {
    if (sessionId !== this.sessionId) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }

    this.stats.resumes++;
    this.socket = socket;
    this.flush(socket);
    this.write(socket, { t: GatewayDispatchEvents.Resumed, d: null });
  }

  private flush(socket: WebSocket): void {
    const queued = this.backlog;
    this.backlog = [];
    for (const item of queued) this.write(socket, item);
  }

  private write(socket: WebSocket, item: QueuedDispatch): void {
    send(socket, { op: GatewayOpcodes.Dispatch, t: item.t, d: item.d, s: ++this.sequence });
    item.onSent?.();
  }
}

/** The envelope every gateway frame shares; `t` and `s` only on dispatches. */
interface Frame {
  op: GatewayOpcodes;
  d?: unknown;
  t?: string;
  s?: number;
}

function send(socket: WebSocket, payload: Frame): void {
  socket.send(JSON.stringify(payload));
}
