import type { FastifySchemaCompiler, FastifyTypeProvider, FastifySerializerCompiler } from 'fastify';
import type { z } from 'zod';

/** Lets route handlers see the types that their zod schemas infer. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** Carries zod's issues to the error handler, which words them for people. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('Dữ liệu gửi lên chưa hợp lệ.');
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };

/**
 * Responses go through their schema too: fields a schema does not name are dropped, so a
 * handler can never leak a column it did not mean to send (an ID number, a phone).
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> =
  ({ schema }) =>
  (data) =>
    JSON.stringify(schema.parse(data));
