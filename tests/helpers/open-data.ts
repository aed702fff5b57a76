/**
 * Reads open data CSV files back and compares them with their JSON twins, cell by cell: each CSV
 * cell read with the tests' own RFC 4180 reader, the writer's formula guard undone (one leading
 * "'" dropped from a text cell), then typed by the JSON Schema's record. Used on the fixture site
 * and on the whole archive.
 */
import { parseCsv, parseCsvList, unguardCsvCell } from './csv';

type Property = { type?: string; items?: { type: string }; anyOf?: { type: string }[] };
type JsonSchema = { $defs: { record: { required: string[]; properties: Record<string, Property> } } };

/** The manifest's entries, as far as the comparison reads them. */
interface FileEntry {
  path: string;
  format: string;
  schema: string;
  columns?: string[];
}

/** A CSV cell read back as its column's type, as the JSON Schema gives it. */
export function cellValue(cell: string, property: Property): unknown {
  const type = property.type ?? property.anyOf?.[0]?.type;
  const text = unguardCsvCell(cell);
  if (type === 'array') return parseCsvList(text).map((item) => (property.items!.type === 'integer' ? Number(item) : item));
  if (text === '') return null;
  return type === 'integer' || type === 'number' ? Number(text) : text;
}

/** Every difference between a CSV file and its JSON twin, as "file record N column: csv ≠ json"; [] when they agree. */
export function openDataDifferences(files: readonly FileEntry[], read: (filePath: string) => string): string[] {
  const differences: string[] = [];
  for (const file of files.filter((entry) => entry.format === 'csv')) {
    const records = (JSON.parse(read(file.path.replace(/\.csv$/, '.json'))) as { records: Record<string, unknown>[] }).records;
    const schema = JSON.parse(read(file.schema.split('#')[0]!)) as JsonSchema;
    const [header = [], ...rows] = parseCsv(read(file.path));
    if (JSON.stringify(header) !== JSON.stringify(schema.$defs.record.required)) differences.push(`${file.path}: header ${header.join(',')}`);
    if (rows.length !== records.length) differences.push(`${file.path}: ${rows.length} rows, ${records.length} JSON records`);
    rows.forEach((row, index) => {
      header.forEach((name, column) => {
        const fromCsv = cellValue(row[column] ?? '', schema.$defs.record.properties[name] ?? {});
        const fromJson = records[index]?.[name];
        if (JSON.stringify(fromCsv) !== JSON.stringify(fromJson)) differences.push(`${file.path} record ${index + 1} ${name}: ${JSON.stringify(fromCsv)} ≠ ${JSON.stringify(fromJson)}`);
      });
    });
  }
  return differences;
}
