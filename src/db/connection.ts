import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export interface Store {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/**
 * The project's `migrations/` folder. This module runs from `src/db/` under tsx and from the
 * bundle in `dist/` under `npm start`, so the folder is found by walking up, not by a fixed path.
 */
function findMigrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the migrations folder was not found above the program');
    dir = parent;
  }
  return join(dir, 'migrations');
}

const migrationsFolder = findMigrationsFolder();

/** The database could not be opened or created; the message names the path and the reason. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/**
 * Creates the missing folders above a database file one level at a time. Node's recursive
 * mkdirSync never returns for some paths (under /proc, for one), and a typo in DATABASE_PATH
 * must end in an error, not a hung process.
 */
function ensureFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = resolve(folder); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      throw new StoreError(`cannot create the folder ${dir} for the database: ${(error as Error).message}`);
    }
  }
}

/**
 * Opens (or creates, with its folder) the database and brings its schema up to date.
 * `:memory:` gives a fresh database, which is what the tests use.
 */
export function openStore(path: string): Store {
  if (path !== ':memory:') ensureFolder(dirname(path));
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path);
    configure(sqlite);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    const opened = sqlite;
    return { db, sqlite: opened, close: () => opened.close() };
  } catch (error) {
    // SQLite only finds out that a file is not a database on its first statement.
    sqlite?.close();
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`);
  }
}

function configure(sqlite: Database.Database): void {
  // WAL lets readers (leaderboards, backups) run while an answer is being committed; a busy
  // timeout makes a second process (the CLI while the bot runs) wait instead of failing.
  // synchronous=NORMAL under WAL keeps every commit across a process crash or SIGKILL; only a
  // power cut can lose the last commits, and it saves an fsync per answer.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}
