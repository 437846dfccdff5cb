import { SchemaIssue, clip } from './schema';

/** Roster fields whose CSV cell holds a list of `id:number` entries. */
export type ListField = 'skills' | 'languages' | 'assigned_skills';

interface ListShape {
  /** Key of the id in each entry, and what it names. */
  readonly key: 'skill' | 'language';
  /** Key of the number in each entry. */
  readonly value: 'proficiency' | 'level';
  readonly wholeNumber: boolean;
  readonly example: string;
}

const SHAPES: Record<ListField, ListShape> = {
  skills: {
    key: 'skill',
    value: 'proficiency',
    wholeNumber: false,
    example: 'skill_inbound_sales:5;skill_billing_support:3.5',
  },
  languages: {
    key: 'language',
    value: 'proficiency',
    wholeNumber: true,
    example: 'English:4;Mandarin:5',
  },
  assigned_skills: {
    key: 'skill',
    value: 'level',
    wholeNumber: false,
    example: 'skill_inbound_sales:5',
  },
};

/** A plain decimal; exponents, hex and blanks are not roster numbers. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** True for the fields whose CSV cell is a list. */
export function isListField(field: string): field is ListField {
  return field in SHAPES;
}

/**
 * Reads a CSV list cell such as `skill_inbound_sales:5;English:3` into
 * the entries the row schema expects. The id is everything before the
 * last colon, so ids may themselves hold colons. Ranges are left to the
 * schema; only what cannot become an entry is reported here.
 */
export function parseListCell(
  field: ListField,
  cell: string,
): { entries?: Record<string, string | number>[]; issues: SchemaIssue[] } {
  const shape = SHAPES[field];
  const entries: Record<string, string | number>[] = [];
  const issues: SchemaIssue[] = [];
  const issue = (message: string, fix: string) =>
    issues.push({ field, message, fix, path: [field] });

  cell.split(';').forEach((raw, i) => {
    const entry = raw.trim();
    const n = i + 1;
    const colon = entry.lastIndexOf(':');
    const id = colon < 0 ? entry : entry.slice(0, colon).trim();
    const text = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (entry === '') {
      issue(
        `${field} entry ${n} is empty.`,
        `Remove the extra ";"; separate entries with one ";", like ` +
          `${shape.example}.`,
      );
    } else if (id === '') {
      issue(
        `${field} entry ${n} "${clip(entry)}" has no ${shape.key}.`,
        `Write the exact id or name of the ${shape.key} before the ":", ` +
          `like ${shape.example}.`,
      );
    } else if (text === '') {
      issue(
        `${field} entry ${n} "${clip(entry)}" has no ${shape.value}.`,
        `Write it as ${clip(id)}:<${shape.value}>, like ${shape.example}.`,
      );
    } else if (!DECIMAL.test(text)) {
      const kind = shape.wholeNumber ? 'a whole number' : 'a number';
      issue(
        `${field} entry ${n} (${clip(id)}) ${shape.value} "${clip(text)}" ` +
          'is not a number.',
        `Write the ${shape.value} as ${kind} from 0 to 5, like ` +
          `${clip(id)}:4.`,
      );
    } else {
      entries.push({ [shape.key]: id, [shape.value]: Number(text) });
    }
  });
  return issues.length ? { issues } : { entries, issues };
}
