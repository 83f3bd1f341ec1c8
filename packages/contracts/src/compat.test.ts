import { describe as suite, expect, test } from 'vitest';
import { checkCompatibility } from './compat.ts';

type Field = { name: string; type: unknown; default?: unknown; aliases?: string[] };
const widget = (fields: Field[], extra: object = {}) => ({
  type: 'record',
  name: 'WidgetCreatedPayload',
  namespace: 'playbook.testkit',
  ...extra,
  fields,
});
const base: Field[] = [
  { name: 'widgetId', type: 'string' },
  { name: 'quantity', type: 'int' },
  { name: 'size', type: { type: 'enum', name: 'Size', symbols: ['small', 'large'] } },
];

function breaksOf(newFields: Field[], oldFields: Field[] = base): string[] {
  return checkCompatibility('testkit.WidgetCreated', widget(oldFields), widget(newFields)).breaks;
}

suite('breaking changes are rejected with the field named', () => {
  test('a field added without a default', () => {
    expect(breaksOf([...base, { name: 'color', type: 'string' }])).toEqual([
      'testkit.WidgetCreated: field "color" was added without a default — old records cannot be read',
    ]);
  });

  test('a type changed incompatibly', () => {
    const changed = base.map((field) => (field.name === 'quantity' ? { name: 'quantity', type: 'string' } : field));
    expect(breaksOf(changed)).toEqual([
      'testkit.WidgetCreated: field "quantity" changed type from int to string — old records cannot be read',
    ]);
  });

  test('an enum symbol removed', () => {
    const narrowed = base.map((field) =>
      field.name === 'size' ? { name: 'size', type: { type: 'enum', name: 'Size', symbols: ['small'] } } : field,
    );
    expect(breaksOf(narrowed)).toEqual([
      'testkit.WidgetCreated: field "size": enum symbol "large" was removed and the enum has no default — old records using it cannot be read',
    ]);
  });

  test('a rename without an alias', () => {
    const renamed = base.map((field) => (field.name === 'quantity' ? { name: 'count', type: 'int' } : field));
    expect(breaksOf(renamed)).toEqual([
      'testkit.WidgetCreated: field "count" looks like "quantity" renamed without an alias (add "aliases": ["quantity"]) — old records cannot be read',
    ]);
  });

  test('a change deep inside a nested record names the dotted path', () => {
    const withAddress = (zip: Field[]) => [
      ...base,
      { name: 'address', type: { type: 'record', name: 'Address', fields: zip } },
    ];
    const breaks = breaksOf(
      withAddress([
        { name: 'city', type: 'string' },
        { name: 'zip', type: 'string' },
      ]),
      withAddress([{ name: 'city', type: 'string' }]),
    );
    expect(breaks).toEqual([
      'testkit.WidgetCreated: field "address.zip" was added without a default — old records cannot be read',
    ]);
  });

  test('the payload record renamed without an alias', () => {
    const result = checkCompatibility('testkit.WidgetCreated', widget(base), {
      ...widget(base),
      name: 'WidgetMadePayload',
    });
    expect(result.breaks).toEqual([
      'testkit.WidgetCreated: the record (record playbook.testkit.WidgetCreatedPayload) was renamed to playbook.testkit.WidgetMadePayload without an alias — old records cannot be read',
    ]);
  });
});

suite('compatible changes are accepted', () => {
  test.each([
    ['a field added with a default', [...base, { name: 'color', type: ['null', 'string'], default: null }]],
    ['a field removed (readers ignore it)', base.filter((field) => field.name !== 'quantity')],
    [
      'a type widened (int → long)',
      base.map((field) => (field.name === 'quantity' ? { name: 'quantity', type: 'long' } : field)),
    ],
    [
      'a rename with an alias',
      base.map((field) => (field.name === 'quantity' ? { name: 'count', type: 'int', aliases: ['quantity'] } : field)),
    ],
    [
      'an enum symbol added',
      base.map((field) =>
        field.name === 'size'
          ? { name: 'size', type: { type: 'enum', name: 'Size', symbols: ['small', 'large', 'huge'] } }
          : field,
      ),
    ],
    [
      'an enum symbol removed from an enum with a default',
      base.map((field) =>
        field.name === 'size'
          ? { name: 'size', type: { type: 'enum', name: 'Size', symbols: ['small'], default: 'small' } }
          : field,
      ),
    ],
  ])('%s', (_label, newFields) => {
    const result = checkCompatibility('testkit.WidgetCreated', widget(base), widget(newFields as Field[]));
    expect(result).toEqual({ compatible: true, breaks: [] });
  });
});
