import { z } from 'zod';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  time: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ migrations: z.number().int(), seeded: z.array(z.string()) }),
});
export type Health = z.infer<typeof Health>;
