import type { Command } from 'commander';

// Placeholder: registered by main.ts; the owner of this command replaces it.
export function register(_program: Command): void {}
