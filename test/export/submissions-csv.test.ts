import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../../src/db/export.js';
import { submissionsCsv, submissionsCsvWithin } from '../../src/export/submissions-csv.js';

const row = (i: number): ExportRow => ({
  submittedAt: Date.parse('2026-12-01T10:00:00Z') + i * 1000,
  roundId: 7,
  channelId: '900',
  userId: String(500 + i),
  bank: 'custom-loss-functions',
  question: 1,
  version: 1,
  choices: 'A,B',
  rightAnswer: 'A,B,C',
  points: 2 / 3,
  exact: 0,
  scheduled: 1,
});

const HEADER =
  'submitted_at,round,channel,user,bank,question,version,choices,right_answer,points,exact,scheduled\n';
const LINE0 = '2026-12-01T10:00:00.000Z,7,900,500,custom-loss-functions,1,1,"A,B","A,B,C",0.6667,no,yes\n';

describe('submissions CSV', () => {
  it('streams the same text it builds in one go', async () => {
    const rows = [row(0), row(1)];
    const whole = submissionsCsvWithin(rows, 10_000)?.toString('utf8');
    expect(whole?.startsWith(HEADER + LINE0)).toBe(true);
    expect(await text(submissionsCsv(rows))).toBe(whole);
  });

  it('gives up past the size cap and closes the row source', () => {
    let closed = false;
    function* rows() {
      try {
        for (let i = 0; i < 2000; i++) yield row(i);
      } finally {
        closed = true;
      }
    }
    expect(submissionsCsvWithin(rows(), 1000)).toBeUndefined();
    expect(closed).toBe(true);
    expect(submissionsCsvWithin([row(0)], HEADER.length + LINE0.length)?.toString('utf8')).toBe(
      HEADER + LINE0,
    );
    expect(submissionsCsvWithin([row(0)], HEADER.length + LINE0.length - 1)).toBeUndefined();
  });
});
