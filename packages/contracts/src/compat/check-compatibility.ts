import avro from 'avsc';
import { ContractsError } from '../errors.ts';
import { explainBreaks } from './explain-breaks.ts';

export interface CompatibilityResult {
  compatible: boolean;
  /** One sentence per breaking change, each starting with the label, e.g. `testkit.WidgetCreated: field "color" …`. */
  breaks: string[];
}

/**
 * BACKWARD compatibility of one pair: can a reader using `newSchema` read data written with
 * `oldSchema`? (avsc `newType.createResolver(oldType)`, explained field by field.)
 */
export function checkCompatibility(label: string, oldSchema: object, newSchema: object): CompatibilityResult {
  const oldType = parse(label, 'old', oldSchema);
  const newType = parse(label, 'new', newSchema);
  try {
    newType.createResolver(oldType);
    return { compatible: true, breaks: [] };
  } catch (error) {
    const explained = explainBreaks(newType, oldType);
    const sentences = explained.length > 0 ? explained : [`incompatible change (${(error as Error).message})`];
    return { compatible: false, breaks: sentences.map((sentence) => `${label}: ${sentence}`) };
  }
}

function parse(label: string, which: 'old' | 'new', schema: object): avro.Type {
  try {
    return avro.Type.forSchema(schema as avro.Schema);
  } catch (error) {
    throw new ContractsError(
      'CONTRACTS.INVALID_SCHEMA',
      `${label}: the ${which} schema is not valid Avro (${(error as Error).message})`,
      { cause: error },
    );
  }
}
