import type avro from 'avsc';

/** A short human name for an avsc type: `int`, `playbook.x.Money`, `null | string`, `array<string>`. */
export function describeAvroType(type: avro.Type): string {
  if (type.name) return type.name;
  const { types } = type as Partial<avro.types.UnwrappedUnionType>;
  if (types) return types.map(describeAvroType).join(' | ');
  const { itemsType } = type as Partial<avro.types.ArrayType>;
  if (itemsType) return `array<${describeAvroType(itemsType)}>`;
  const { valuesType } = type as { valuesType?: avro.Type };
  if (valuesType) return `map<${describeAvroType(valuesType)}>`;
  return type.typeName;
}

/** True when `reader` can read data written with `writer` (avsc schema resolution). */
export function canRead(reader: avro.Type, writer: avro.Type): boolean {
  try {
    reader.createResolver(writer);
    return true;
  } catch {
    return false;
  }
}
