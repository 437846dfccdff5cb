import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  REPORT_FILES,
  REPORT_FORMATS,
  ReportFormatError,
  parseFormats,
  renderJson,
  renderJunit,
  renderReport,
  renderSarif,
  renderText,
  writeReports,
} from '../../lib/report';
import { sampleInput } from './fixtures';

const ORIGIN = 'cdktf.json context genesyscloud-byoc:reports';

describe('parseFormats', () => {
  test.each<[string | string[] | undefined, string[]]>([
    ['text,json', ['text', 'json']],
    [' JSON , text ', ['text', 'json']],
    ['sarif junit', ['sarif', 'junit']],
    [
      ['junit', 'text'],
      ['text', 'junit'],
    ],
    [
      ['text,sarif', 'text'],
      ['text', 'sarif'],
    ],
    ['all', ['text', 'json', 'sarif', 'junit']],
    [
      ['json', 'all'],
      ['text', 'json', 'sarif', 'junit'],
    ],
    ['', []],
    [undefined, []],
  ])('%j gives %j', (value, formats) => {
    expect(parseFormats(value, ORIGIN)).toEqual(formats);
  });

  test('rejects an unknown name, naming the origin and allowed values', () => {
    let message = '';
    try {
      parseFormats('text,xml', ORIGIN);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"xml"');
    expect(message).toContain(ORIGIN);
    expect(message).toContain('text, json, sarif, junit, all');
  });

  test('throws a ReportFormatError carrying the origin and the name', () => {
    let caught: unknown;
    try {
      parseFormats('sarif,xml', ORIGIN);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportFormatError);
    const error = caught as ReportFormatError;
    expect([error.name, error.value, error.origin]).toEqual([
      'ReportFormatError',
      'xml',
      ORIGIN,
    ]);
    expect(error.allowed).toEqual(['text', 'json', 'sarif', 'junit', 'all']);
  });

  test('rejects a value that is not a string', () => {
    const value = [42] as unknown as string[];
    expect(() => parseFormats(value, ORIGIN)).toThrow(/"42".*reports/);
  });
});

describe('renderReport', () => {
  const input = sampleInput();

  test.each([
    ['text', renderText(input, { color: false })],
    ['json', renderJson(input)],
    ['sarif', renderSarif(input)],
    ['junit', renderJunit(input)],
  ] as const)('renders %s like its renderer', (format, expected) => {
    expect(renderReport(format, input)).toBe(expected);
  });

  test('colours text only when asked', () => {
    const colored = renderReport('text', input, { color: true });
    expect(colored).toBe(renderText(input, { color: true }));
  });
});

describe('writeReports', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-reports-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('creates the directory and writes each format, sorted', () => {
    const dir = path.join(root, 'nested', 'reports');
    const input = sampleInput();
    const written = writeReports(input, dir, ['text', 'sarif', 'json']);
    expect(written).toEqual(
      ['report.json', 'report.sarif', 'report.txt'].map((f) =>
        path.join(dir, f),
      ),
    );
    expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe(
      renderJson(input),
    );
    expect(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(
      renderText(input, { color: false }),
    );
  });

  test('leaves no temporary files and replaces old reports', () => {
    fs.writeFileSync(path.join(root, 'report.junit.xml'), 'old');
    const written = writeReports(sampleInput(), root, [...REPORT_FORMATS]);
    expect(fs.readdirSync(root).sort()).toEqual(
      Object.values(REPORT_FILES).sort(),
    );
    expect(written).toHaveLength(4);
    const junit = fs.readFileSync(path.join(root, 'report.junit.xml'), 'utf8');
    expect(junit.startsWith('<?xml')).toBe(true);
  });

  test('writes a format named twice once', () => {
    const written = writeReports(sampleInput(), root, ['json', 'json']);
    expect(written).toEqual([path.join(root, 'report.json')]);
  });
});
