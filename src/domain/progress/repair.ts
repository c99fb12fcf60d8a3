import { z } from 'zod';

export interface Repaired<T> {
  value: T;
  /** True when anything in the input had to be dropped or replaced by its default. */
  repaired: boolean;
}

/**
 * Keeps every part of `input` that is valid for `schema` and replaces the rest with the matching
 * part of `fallback`, recursing into objects and filtering arrays element by element. Saved data
 * is untrusted: one damaged field must not cost the person everything else they entered.
 *
 * Only own, known keys are read and the result is built fresh, so keys such as `__proto__` in the
 * input can never reach an object's prototype.
 */
export function repair<S extends z.ZodType>(
  schema: S,
  input: unknown,
  fallback: z.infer<S>,
): Repaired<z.infer<S>> {
  const direct = schema.safeParse(input);
  if (direct.success) return { value: direct.data, repaired: false };

  if (schema instanceof z.ZodObject && isPlainRecord(input)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const base = fallback as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let repaired = false;
    for (const key of Object.keys(shape)) {
      const fieldSchema = shape[key]!;
      const has = Object.prototype.hasOwnProperty.call(input, key);
      const part = repair(fieldSchema, has ? input[key] : undefined, base[key]);
      if (part.value !== undefined) out[key] = part.value;
      repaired ||= part.repaired;
    }
    // An object whose own fields were all valid can still fail as a whole (a cross-field rule):
    // then the fallback is the only safe answer.
    const whole = schema.safeParse(out);
    return whole.success ? { value: whole.data, repaired } : { value: fallback, repaired: true };
  }

  if (schema instanceof z.ZodArray && Array.isArray(input)) {
    const element = schema.element as z.ZodType;
    const kept = input.filter((item) => element.safeParse(item).success);
    const whole = schema.safeParse(kept.map((item) => element.parse(item)));
    if (whole.success) return { value: whole.data, repaired: true };
  }

  if (schema instanceof z.ZodOptional) {
    return { value: fallback, repaired: input !== undefined };
  }

  return { value: fallback, repaired: true };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
