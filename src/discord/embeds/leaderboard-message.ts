import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Standing } from '../../db/leaderboard.js';
import type { Period } from '../../quiz/periods.js';
import { type LeaderboardView, leaderboardPageId } from '../components/leaderboard-page-id.js';
import { clip, LIMITS } from './limits.js';

export const PAGE_SIZE = 10;

const PERIOD_TITLES: Record<Period, string> = {
  today: 'today',
  week: 'this week',
  month: 'this month',
  all: 'all time',
};

export interface LeaderboardPage {
  view: LeaderboardView;
  bankTitle?: string;
  standings: Standing[];
  own: Standing | undefined;
  members: number;
  pageCount: number;
}

/** One page of ten, the invoker's own rank when it is not on the page, and Previous/Next. */
export function buildLeaderboardMessage(page: LeaderboardPage) {
  const { view, standings, own } = page;
  const lines = standings.map(formatStanding);
  if (standings.length === 0)
    lines.push(
      view.period === 'all'
        ? 'No answers have been scored yet.'
        : 'No answers have been scored in this period.',
    );
  if (own && !standings.some((s) => s.userId === own.userId))
    lines.push('', `Your rank: ${formatStanding(own)}`);
  if (!own) lines.push('', 'You have no scored answers here yet.');

  const title = ['Leaderboard', PERIOD_TITLES[view.period], page.bankTitle].filter(Boolean).join(' · ');
  const embed: APIEmbed = {
    color: 0x5865f2,
    title: clip(title, LIMITS.embedTitle),
    description: lines.join('\n'),
    footer: { text: `Page ${view.page + 1} of ${page.pageCount} · ${countOf(page.members, 'member')}` },
  };
  return {
    embeds: [embed],
    components: page.pageCount > 1 ? [pageButtons(view, page.pageCount)] : [],
    allowedMentions: { parse: [] },
  };
}

/** The two ids always differ (page − 1 floored at 0, and page + 1), as Discord requires in one message. */
function pageButtons(view: LeaderboardView, pageCount: number): APIActionRowComponent<APIButtonComponent> {
  const button = (label: string, page: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: leaderboardPageId({ ...view, page }),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('Previous', Math.max(0, view.page - 1), view.page === 0),
      button('Next', view.page + 1, view.page + 1 >= pageCount),
    ],
  };
}

export function formatStanding(s: Standing): string {
  return `**${s.rank}.** <@${s.userId}> · ${formatPoints(s.points)} (${s.exact}/${s.answered} right)`;
}

/** Partial credit gives fractions; two decimals are plenty and whole numbers stay whole. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
