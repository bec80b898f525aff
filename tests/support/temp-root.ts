import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The unit tests' temporary folders (sites, content, Hugo builds: thousands per run) under one folder of the run,
 * removed when it ends: tests make them with os.tmpdir(), which reads TMPDIR, which the workers inherit.
 */
export default function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'site-unit-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
