export { testClientOptions } from './client-options.js';
export type { FaultSpec } from './faults.js';
export type { UploadedFile } from './http-body.js';
export type { InteractionHandle } from './interaction-registry.js';
export type {
  AutocompleteInput,
  ButtonInput,
  InteractionTarget,
  SelectInput,
  SlashCommandInput,
} from './interactions.js';
export { BOT_PERMISSIONS, MEMBER_PERMISSIONS } from './permissions.js';
export { FakeDiscord, type FakeDiscordOptions, type FakeGuildInfo } from './server.js';
export type { ChannelSeed, GuildSeed, MemberSeed } from './state.js';
export type { CallbackEvent, FakeDiscordEvents, RecordedRequest } from './world.js';
