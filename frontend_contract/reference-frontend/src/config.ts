// Settings from the environment, and the contract's persisted-operation manifest.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package folder: the nearest parent of this module with a package.json (works from src/ and dist/). */
function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PACKAGE_DIR = packageDir();
export const CMS_URL = (process.env.CMS_URL || "http://127.0.0.1:8000").replace(/\/+$/, "");
export const HOST = process.env.HOST || "127.0.0.1";
export const PORT = Number(process.env.PORT || "3000");
/** Projects per page of the project list: 1 to 100, the API's maximum page size. */
export const PROJECTS_PER_PAGE = positiveSetting("PROJECTS_PER_PAGE", 10, 100);
/** Asked for the site's language list before the request's language is known. */
export const DEFAULT_LOCALE = "sl";
export const TIME_ZONE = "Europe/Ljubljana";

function positiveSetting(name: string, fallback: number, maximum: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > maximum) {
    throw new Error(`${name} must be a whole number from 1 to ${maximum}, got "${raw}".`);
  }
  return value;
}

export interface PersistedOperation {
  id: string;
  name: string;
  type: string;
  body: string;
}

export function loadManifest(): Map<string, PersistedOperation> {
  const file = resolve(PACKAGE_DIR, process.env.CONTRACT_MANIFEST || "../persisted-operations.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { operations: PersistedOperation[] };
  return new Map(manifest.operations.map((operation) => [operation.name, operation]));
}
