import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../support/run-cli.js';

describe('npm run demo', () => {
  it('prints a whole round: question, private confirmations, reveal and leaderboard', async () => {
    const result = await runCli('src/cli/demo.ts', [], { cwd: REPO });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('【1.2 Custom Loss Functions · Question 1】');
    expect(result.stdout).toContain(
      'chloe picks A, B, C  →  (only chloe sees) Changed your answer to A, B, C.',
    );
    expect(result.stdout).toContain('【Answer · 1.2 Custom Loss Functions · Question 1】');
    expect(result.stdout).toContain('Got it right (2 of 4): @ada, @chloe');
    expect(result.stdout).toContain('1. @ada · 1 point (1/1 right)');
  });
});
