import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { errorMap, localeFromHeader, type TFieldIssue, type TLocale } from '@ipbureau/domain';
import { DomainException, text } from '../errors/domain.exception.js';
import { EXPORT_QUERY } from '../export/export-query.js';

type Source = 'body' | 'query' | 'params';
type SchemaObject = Record<string, unknown>;

/** The OpenAPI 3.0 form of a zod schema, for request (`input`) or response (`output`) shapes. */
export function toOpenApi(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as SchemaObject;
  delete json.$schema;
  return json;
}

/** Zod issues as the error body's field issues; unknown keys are named one by one. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): TFieldIssue[] {
  return issues.flatMap((issue): TFieldIssue[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: issue.message, code: issue.code }));
    }
    return [{ path: base, message: issue.message, code: issue.code }];
  });
}

export function validationError(issues: TFieldIssue[]): DomainException {
  const summary = (locale: TLocale) =>
    issues
      .slice(0, 3)
      .map((i) => `${i.path || (locale === 'en' ? '(body)' : '（请求体）')}: ${i.message}`)
      .join('; ');
  const zh = summary('zh-CN');
  const en = summary('en');
  return new DomainException('VALIDATION_FAILED', text(`请求参数有误：${zh}`, `Invalid request: ${en}`), issues);
}

/** Parse `input` with `schema`, messages in `locale`; throws a 400 naming every failing field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, locale: TLocale, renameTo?: string): z.output<T> {
  const result = schema.safeParse(input, { error: errorMap(locale) });
  if (result.success) return result.data;
  const issues = toFieldIssues(result.error.issues);
  throw validationError(renameTo ? issues.map((i) => ({ ...i, path: renameTo })) : issues);
}

const ZodParam = createParamDecorator((data: { schema: z.ZodType; source: Source }, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; body?: unknown; query: unknown; params: unknown }>();
  const locale = localeFromHeader(req.headers['accept-language']);
  // An XLSX export runs the list handler page by page with its own copy of the query.
  const override = (req as { [EXPORT_QUERY]?: unknown })[EXPORT_QUERY];
  const input = data.source === 'body' ? (req.body ?? {}) : data.source === 'query' && override !== undefined ? override : req[data.source];
  return parseOrThrow(data.schema, input, locale);
});

function describeObject(schema: z.ZodType, each: (name: string, required: boolean, property: SchemaObject) => void) {
  const json = toOpenApi(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, SchemaObject>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  for (const [name, property] of Object.entries(properties)) each(name, required.has(name), property);
}

function withDocs(schema: z.ZodType, source: Source): ParameterDecorator {
  return (target, key, index) => {
    ZodParam({ schema, source })(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    if (source === 'body') {
      ApiBody({ schema: toOpenApi(schema, 'input') as never })(target, key, descriptor);
      return;
    }
    describeObject(schema, (name, required, property) => {
      const options = { name, required, schema: property as never, description: property.description as string | undefined };
      if (source === 'query') ApiQuery(options)(target, key, descriptor);
      else ApiParam(options)(target, key, descriptor);
    });
  };
}

/** The request body, validated by a zod contract from @ipbureau/domain and published in OpenAPI. */
export const ZBody = (schema: z.ZodType) => withDocs(schema, 'body');
/** The query string, validated (and coerced) by a zod object schema. */
export const ZQuery = (schema: z.ZodType) => withDocs(schema, 'query');
/** The path parameters, validated by a zod object schema (e.g. `ZIdParam`). */
export const ZParams = (schema: z.ZodType) => withDocs(schema, 'params');

/** Documents a response shape in OpenAPI from the same zod contract the mapper returns. */
export function ZResponse(status: number, schema: z.ZodType | null, description: string): MethodDecorator {
  return ApiResponse({ status, description, ...(schema ? { schema: toOpenApi(schema, 'output') as never } : {}) });
}
