import { z } from 'zod';
import { CoordinateText, LineText, MultilineText } from './common.js';

/**
 * Open311 GeoReport v2, JSON flavour: field names exactly as the specification spells them.
 * Our own statuses map onto `open` (received, assigned, processing) and `closed` (the rest).
 */

export const Open311Error = z.object({ code: z.number().int(), description: z.string() });
export const Open311Errors = z.array(Open311Error);
export type Open311Errors = z.infer<typeof Open311Errors>;

export const Open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
export type Open311Service = z.infer<typeof Open311Service>;
export const Open311ServiceList = z.array(Open311Service);

export const Open311Attribute = z.object({
  variable: z.boolean(),
  code: z.string(),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: z.string().nullable(),
  order: z.number().int().positive(),
  description: z.string(),
  values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
});
export const Open311ServiceDefinition = z.object({
  service_code: z.string(),
  attributes: z.array(Open311Attribute),
});
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinition>;

export const Open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.string(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
  /** FixMyStreet's extension: the report's short title. */
  title: z.string(),
});
export type Open311Request = z.infer<typeof Open311Request>;
export const Open311RequestList = z.array(Open311Request);

export const Open311Created = z.array(
  z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.string().nullable() }),
);
export type Open311Created = z.infer<typeof Open311Created>;

const Text = (max: number) => z.string().max(max, `tối đa ${max} ký tự`).optional();
/** Text a person wrote, stored as it is cleaned (controls and direction marks dropped). */
const Line = (max: number) => LineText().max(max, `tối đa ${max} ký tự`).optional();
const Lines = (max: number) => MultilineText().max(max, `tối đa ${max} ký tự`).optional();

/** Query of GET requests.json: every argument optional, lists comma separated. */
export const Open311RequestsQuery = z.object({
  jurisdiction_id: Text(200),
  service_request_id: Text(2000),
  service_code: Text(1000),
  start_date: Text(40),
  end_date: Text(40),
  status: Text(40),
});

/** Body of POST requests.json (form-encoded as the specification asks, or JSON). */
export const Open311PostBody = z.object({
  api_key: Text(200),
  jurisdiction_id: Text(200),
  service_code: Text(60),
  lat: CoordinateText('lat (vĩ độ)', -90, 90).optional(),
  long: CoordinateText('long (kinh độ)', -180, 180).optional(),
  address_string: Line(300),
  address_id: Line(100),
  email: Line(200),
  device_id: Line(200),
  account_id: Line(200),
  first_name: Line(100),
  last_name: Line(100),
  phone: Line(40),
  description: Lines(4000),
  media_url: Text(1000),
  title: Line(150),
  attribute: z.record(z.string().max(40), z.union([Lines(500).unwrap(), z.array(LineText().max(200)).max(20)])).optional(),
});
export type Open311PostBody = z.infer<typeof Open311PostBody>;

export const Open311Discovery = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({ specification: z.string(), url: z.string(), changeset: z.string(), type: z.string(), formats: z.array(z.string()) }),
  ),
});
