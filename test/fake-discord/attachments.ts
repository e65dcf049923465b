import type { APIAttachment } from 'discord-api-types/v10';
import { nextSnowflake } from './snowflake.js';

interface StoredFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * Files members attach to slash commands. Discord puts them in the interaction's
 * `data.resolved.attachments` with a CDN URL; here that URL points back at the fake, which
 * serves the bytes, so the bot's download runs over real HTTP.
 * @see https://discord.com/developers/docs/resources/message#attachment-object
 */
export class AttachmentStore {
  private readonly files = new Map<string, StoredFile>();

  constructor(private readonly baseUrl: string) {}

  add(
    filename: string,
    bytes: Uint8Array | string,
    contentType = 'text/markdown; charset=utf-8',
  ): APIAttachment {
    const id = nextSnowflake();
    const buffer = Buffer.from(bytes);
    this.files.set(id, { bytes: buffer, contentType });
    const url = `${this.baseUrl}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: buffer.length, url, proxy_url: url, content_type: contentType };
  }

  /** The bytes behind `/attachments/:id/:filename`, or undefined when no such file was attached. */
  find(path: string): StoredFile | undefined {
    const id = /^\/attachments\/(\d+)\//.exec(path)?.[1];
    return id === undefined ? undefined : this.files.get(id);
  }
}
