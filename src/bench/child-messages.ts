/** What the benchmark asks a child process for over the IPC channel. */
export type ParentCommand = { type: 'acks' } | { type: 'memory' } | { type: 'stop' };

/** What a child sends back. `readyMs` counts from the child's own start (its time origin). */
export type ChildReport =
  | { type: 'ready'; readyMs: number; guilds: number }
  | { type: 'acks'; heldMs: number[] }
  | { type: 'memory'; rssMb: number };
