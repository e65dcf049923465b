import { escapeMarkdown } from 'discord.js';
import type { APIEmbed } from 'discord-api-types/v10';
import type { Bank } from '../../../bank/model.js';
import { formatProblem } from '../../../bank/problems.js';
import type { SaveBankResult } from '../../../db/banks.js';
import { clip, LIMITS } from '../../embeds/limits.js';

const PLURAL = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The reader's report for `/bank import`: what was read, each problem with its line, and what
 * the database now holds. `saved` is undefined when nothing was stored.
 */
export function buildImportReport(bank: Bank, saved: SaveBankResult | undefined): APIEmbed {
  const errors = bank.problems.filter((p) => p.severity === 'error');
  const warnings = bank.problems.filter((p) => p.severity === 'warning');
  const summary = [`Read ${PLURAL(bank.questions.length, 'question')}.`];
  if (errors.length > 0) summary.push(`${PLURAL(errors.length, 'error')}.`);
  if (warnings.length > 0) summary.push(`${PLURAL(warnings.length, 'warning')}.`);

  const outcome = saved
    ? `Stored: ${saved.added} added, ${saved.updated} updated, ${saved.retired} retired, ${saved.unchanged} unchanged.`
    : 'Nothing was stored; the questions already stored are unchanged. Fix the lines below and import again.';

  const head = `${summary.join(' ')}\n${outcome}`;
  return {
    color: saved ? 0x57f287 : 0xed4245,
    title: clip(`${saved ? 'Imported' : 'Not imported'}: ${bank.title}`, LIMITS.embedTitle),
    description: withProblems(head, bank.problems.map(formatProblem)),
  };
}

/** Lists problem lines under the head, as many as the description holds, then how many are left. */
function withProblems(head: string, lines: readonly string[]): string {
  let text = head;
  for (const [i, line] of lines.entries()) {
    const next = `${text}\n${i === 0 ? '\n' : ''}• ${escapeMarkdown(clip(line, 300))}`;
    // Keep room for the "and N more" line.
    if (next.length > LIMITS.embedDescription - 40) return `${text}\n…and ${lines.length - i} more.`;
    text = next;
  }
  return text;
}
