import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, startProcess, stopProcess, waitForServer } from '../support/scratch-site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the production server once for all end-to-end files. */
export default async function setup(project: TestProject) {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` before the end-to-end tests.');
  const port = await freePort();
  const { child, output } = startProcess('node_modules/.bin/next', ['start', '-p', String(port)], {
    cwd: process.cwd(),
    env: { TZ: 'UTC' },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, child, output);
  project.provide('baseUrl', baseUrl);
  return () => stopProcess(child);
}
