// Types of ensure.mjs for the TypeScript benchmark (the tools themselves are typed where used).
export function ensureTools(): void;
export function loadAutocannon(): Promise<typeof import('autocannon').default>;
export function loadLighthouse(): Promise<{ lighthouse: unknown; chromeLauncher: unknown }>;
export function jsonServerBin(): string;
