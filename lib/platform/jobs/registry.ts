import type { z } from "zod";

export interface JobDefinition<T = unknown> {
  name: string;
  schema: z.ZodType<T>;
  run: (payload: T) => Promise<void>;
  /** Attempts before the job is given up (each retry backs off exponentially). */
  attempts?: number;
}

const registry = new Map<string, JobDefinition>();

/** Registers a job handler; domain modules call this once at import time. */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  registry.set(definition.name, definition as JobDefinition);
  return definition;
}

export function jobDefinition(name: string): JobDefinition {
  const definition = registry.get(name);
  if (!definition) throw new Error(`No handler registered for job "${name}"`);
  return definition;
}

/** Validates the payload against the job's schema, then runs its handler. */
export async function runJob(name: string, payload: unknown): Promise<void> {
  const definition = jobDefinition(name);
  await definition.run(definition.schema.parse(payload));
}
