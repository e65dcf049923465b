import type { Route } from './router.js';
import { applicationRoutes } from './routes/application.js';
import { channelRoutes } from './routes/channels.js';
import { interactionRoutes } from './routes/interactions.js';
import { webhookRoutes } from './routes/webhooks.js';

/** Every REST route the fake serves, below `/api/v10`; anything else answers 404 and is recorded. */
export const restRoutes: readonly Route[] = [
  ...applicationRoutes,
  ...channelRoutes,
  ...interactionRoutes,
  ...webhookRoutes,
];
