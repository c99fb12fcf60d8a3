import type { z } from 'zod/mini';

export interface Repaired<T> {
  value: T;
  /** True when anything in the input had to be dropped or replaced by its default. */
  repaired: boolean;
}

type Schema = z.ZodMiniType;

/**
 * Keeps every part of `input` that is valid for `schema` and replaces the rest with the matching
 * part of `fallback`, recursing into objects and filtering arrays element by element. Saved data
 * is untrusted: one damaged field must not cost the person everything else they entered.
 *
 * Only own, known keys are read and the result is built fresh, so keys such as `__proto__` in the
 * input can never reach an object's prototype.
 */
export function repair<S extends Schema>(
  schema: S,
  input: unknown,
  fallback: z.infer<S>,
): Repaired<z.infer<S>> {
  const direct = schema.safeParse(input);
  if (direct.success) return { value: direct.data, repaired: false };

  // Read through zod's core definition so this works for any zod flavour (classic or mini).
  const def = schema._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };

  if (def.type === 'object' && def.shape && isPlainRecord(input)) {
    const base = (fallback ?? {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let repaired = false;
    for (const key of Object.keys(def.shape)) {
      const has = Object.prototype.hasOwnProperty.call(input, key);
      const part = repair(def.shape[key]!, has ? input[key] : undefined, base[key]);
      if (part.value !== undefined) out[key] = part.value;
      repaired ||= part.repaired;
    }
    // An object whose fields are each valid can still fail as a whole (a cross-field rule):
    // then the fallback is the only safe answer.
    const whole = schema.safeParse(out);
    return whole.success ? { value: whole.data, repaired } : { value: fallback, repaired: true };
  }

  if (def.type === 'array' && def.element && Array.isArray(input)) {
    const element = def.element;
    const kept: unknown[] = [];
    for (const item of input) {
      const parsed = element.safeParse(item);
      if (parsed.success) kept.push(parsed.data);
    }
    const whole = schema.safeParse(kept);
    if (whole.success) return { value: whole.data, repaired: true };
  }

  return { value: fallback, repaired: input !== undefined || fallback !== undefined };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
