import { z } from 'zod';

/**
 * `POST /api/zalo/location`: the token zmp-sdk's `getLocation()` gave the app, exchanged for the
 * resident's coordinates. Inside Zalo the app sends its Zalo access token too: Zalo's Graph API
 * answers only for the token of the user it was issued to (see services/zalo-location.ts).
 */
export const LocationRequest = z.object({
  token: z.string().trim().min(1, 'Thiếu mã vị trí.').max(2048, 'Mã vị trí quá dài.'),
  zaloAccessToken: z.string().min(1).max(4096, 'Mã truy cập Zalo quá dài.').optional(),
});
export type LocationRequest = z.infer<typeof LocationRequest>;

export const LocationResponse = z.object({
  lat: z.number().min(-90).max(90),
  long: z.number().min(-180).max(180),
});
export type LocationResponse = z.infer<typeof LocationResponse>;
