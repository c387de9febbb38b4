// Where Frontline keeps its files. Read from the environment only, so tests can redirect them.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The embedded store's folder: FRONTLINE_DATA, else $XDG_DATA_HOME/frontline, else ~/.local/share/frontline. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FRONTLINE_DATA) return env.FRONTLINE_DATA;
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'frontline');
}

/** Derived, rebuildable files (gazetteer index): FRONTLINE_CACHE, else $XDG_CACHE_HOME/frontline, else ~/.cache/frontline. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FRONTLINE_CACHE) return env.FRONTLINE_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'frontline');
}
