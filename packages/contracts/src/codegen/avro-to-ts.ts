import {
  type AvroField,
  type AvroObjectSchema,
  type AvroRecordSchema,
  type AvroSchema,
  fullNameOf,
  namespaceOf,
  shortNameOf,
} from '../avro-schema.ts';
import { ContractsError } from '../errors.ts';
import { docComment } from './doc-comment.ts';
import { isAmbiguousUnion, unionBucketOf } from './union-buckets.ts';

const PRIMITIVE_TS_TYPES: Record<string, string> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

interface Declaration {
  fullName: string;
  text: string;
}

export interface RecordOptions {
  /** e.g. `<P = unknown>` */
  typeParameters?: string;
  /** TypeScript types that replace the Avro type of some fields, e.g. `{ payload: 'P' }`. */
  fieldTypeOverrides?: Record<string, string>;
}

/**
 * Turns Avro schemas into TypeScript declarations, with the same value shapes avsc uses
 * (unions are wrapped exactly when avsc's default `wrapUnions: 'auto'` wraps them).
 * A named Avro type becomes a TypeScript type named after its short name.
 */
export class TypeScriptDeclarations {
  readonly #declarations = new Map<string, Declaration>();
  readonly #kindByFullName = new Map<string, string>();

  /** Declares a record (and every named type inside it); returns its TypeScript name. */
  declareRecord(schema: AvroRecordSchema, namespace?: string, options: RecordOptions = {}): string {
    const fullName = fullNameOf(schema.name, schema.namespace ?? namespace);
    const innerNamespace = namespaceOf(fullName);
    return this.#declare(fullName, 'record', (tsName) => {
      const fields = schema.fields.map((field) => this.#fieldLine(field, innerNamespace, options));
      const head = `${docComment(schema.doc, '')}export interface ${tsName}${options.typeParameters ?? ''} {`;
      return [head, ...fields, '}'].join('\n');
    });
  }

  /** All declarations so far, in the order they were first met. */
  render(): string {
    return [...this.#declarations.values()].map((declaration) => declaration.text).join('\n\n');
  }

  #fieldLine(field: AvroField, namespace: string | undefined, options: RecordOptions): string {
    const tsType = options.fieldTypeOverrides?.[field.name] ?? this.typeOf(field.type, namespace);
    const optional = field.default === undefined ? '' : '?';
    return `${docComment(field.doc, '  ')}  ${field.name}${optional}: ${tsType};`;
  }

  /** The TypeScript type of any Avro schema, declaring the named types it defines. */
  typeOf(schema: AvroSchema, namespace: string | undefined): string {
    if (Array.isArray(schema)) return this.#unionOf(schema, namespace);
    if (typeof schema === 'string') return this.#referenceTo(schema, namespace);
    return this.#complexTypeOf(schema, namespace);
  }

  #referenceTo(name: string, namespace: string | undefined): string {
    const primitive = PRIMITIVE_TS_TYPES[name];
    if (primitive) return primitive;
    const fullName = this.#kindByFullName.has(name) ? name : fullNameOf(name, namespace);
    if (!this.#kindByFullName.has(fullName)) {
      throw new ContractsError('CONTRACTS.UNKNOWN_AVRO_TYPE', `unknown Avro type "${name}"`);
    }
    return shortNameOf(fullName);
  }

  #complexTypeOf(schema: AvroObjectSchema, namespace: string | undefined): string {
    const { type } = schema;
    if (typeof type !== 'string') return this.typeOf(type, namespace);
    switch (type) {
      case 'record':
      case 'error':
        return this.declareRecord(
          { ...schema, type: 'record', name: schema.name ?? '', fields: schema.fields ?? [] },
          namespace,
        );
      case 'enum':
        return this.#declareNamed(schema, namespace, 'enum', (symbols) => symbols.map((s) => `'${s}'`).join(' | '));
      case 'fixed':
        return this.#declareNamed(schema, namespace, 'fixed', () => 'Buffer');
      case 'array':
        return `${this.#parenthesized(this.typeOf(schema.items ?? 'null', namespace))}[]`;
      case 'map':
        return `Record<string, ${this.typeOf(schema.values ?? 'null', namespace)}>`;
      default:
        return this.#referenceTo(type, namespace);
    }
  }

  #declareNamed(
    schema: AvroObjectSchema,
    namespace: string | undefined,
    kind: string,
    body: (symbols: string[]) => string,
  ): string {
    const fullName = fullNameOf(schema.name ?? '', schema.namespace ?? namespace);
    return this.#declare(
      fullName,
      kind,
      (tsName) => `${docComment(schema.doc, '')}export type ${tsName} = ${body(schema.symbols ?? [])};`,
    );
  }

  #unionOf(branches: AvroSchema[], namespace: string | undefined): string {
    const rendered = branches.map((branch) => this.typeOf(branch, namespace));
    const buckets = branches.map((branch) => unionBucketOf(branch, namespace, this.#kindByFullName));
    const wrapped = isAmbiguousUnion(buckets.map((bucket) => bucket.bucket));
    const members = rendered.map((tsType, i) => {
      const branch = buckets[i];
      if (!wrapped || !branch || branch.branchName === 'null') return tsType;
      return `{ '${branch.branchName}': ${tsType} }`;
    });
    const withoutNull = members.filter((member) => member !== 'null');
    return withoutNull.length === members.length ? withoutNull.join(' | ') : [...withoutNull, 'null'].join(' | ');
  }

  #parenthesized(tsType: string): string {
    return tsType.includes(' | ') ? `(${tsType})` : tsType;
  }

  #declare(fullName: string, kind: string, renderText: (tsName: string) => string): string {
    const tsName = shortNameOf(fullName);
    const existing = this.#declarations.get(tsName);
    if (existing && existing.fullName !== fullName) {
      throw new ContractsError(
        'CONTRACTS.TYPE_NAME_CLASH',
        `Avro types "${existing.fullName}" and "${fullName}" would both be the TypeScript type "${tsName}"; rename one`,
      );
    }
    const declaration = existing ?? { fullName, text: '' };
    this.#declarations.set(tsName, declaration);
    this.#kindByFullName.set(fullName, kind);
    const text = renderText(tsName);
    if (existing && existing.text !== text) {
      throw new ContractsError('CONTRACTS.TYPE_NAME_CLASH', `Avro type "${fullName}" is defined twice, differently`);
    }
    declaration.text = text;
    return tsName;
  }
}
