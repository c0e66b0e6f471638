import { z } from 'zod';

/** A number from a query string (they arrive as text), within a range. */
export const QueryCoordinate = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} phải là số.` })
    .refine(Number.isFinite, `${what} phải là số.`)
    .pipe(z.number().min(min, `${what} từ ${min} đến ${max}.`).max(max, `${what} từ ${min} đến ${max}.`));

/** `GET /api/geo/reverse?lat=…&long=…`: which commune or ward of the province a point is in. */
export const ReverseQuery = z.object({
  lat: QueryCoordinate('Vĩ độ', -90, 90),
  long: QueryCoordinate('Kinh độ', -180, 180),
});
export type ReverseQuery = z.infer<typeof ReverseQuery>;

export const ReverseResponse = z.object({
  commune: z.object({ id: z.string(), name: z.string() }),
});
export type ReverseResponse = z.infer<typeof ReverseResponse>;
