// Plain JSON values as a schema: the details of a health finding that no renderer reads field by
// field. Numbers must be finite (non-finite numbers are written as null, so null is explicit).

import { z } from 'zod';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/** A finite number; z.number() rejects NaN and ±Infinity. */
export const finiteNumber = z.number();

/** A number the writer may not know (written as null, as renderJson writes non-finite numbers). */
export const numberOrNull = z.number().nullable();
