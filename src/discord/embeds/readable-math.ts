import { replace as latexToUnicode } from 'unicodeit';

/**
 * Discord renders no LaTeX, so formulas are turned into Unicode text (× ≤ ² …) with unicodeit.
 * unicodeit knows symbols and scripts but not text-mode commands, which are unwrapped first.
 */
function readableFormula(latex: string): string {
  const unwrapped = latex
    .replace(/\\(?:text|mathrm|mathbf|operatorname)\{([^{}]*)\}/g, '$1')
    .replace(
      /\\frac\{([^{}]*)\}\{([^{}]*)\}/g,
      (_, top: string, bottom: string) => `${group(top)}/${group(bottom)}`,
    )
    .replace(/\\(max|min|log|exp|sum|mean)\b/g, '$1')
    .replace(/\\left|\\right/g, '');
  return latexToUnicode(unwrapped).replace(/\s+/g, ' ').trim();
}

/** Brackets a fraction's part unless it is a single term, so `1/2` stays short. */
function group(term: string): string {
  return /^\s*[\w.]+\s*$/.test(term) ? term.trim() : `(${term.trim()})`;
}

/**
 * Rewrites `\[ … \]` display formulas as their own code block and `\( … \)` inline formulas as
 * code spans, outside existing code blocks, so they read cleanly and keep their layout.
 */
export function withReadableMath(markdown: string): string {
  const parts = markdown.split(/(```[\s\S]*?```)/g);
  return parts
    .map((part) => {
      if (part.startsWith('```')) return part;
      return part
        .replace(/\\\[([\s\S]*?)\\\]/g, (_, body: string) => `\n\`\`\`\n${readableFormula(body)}\n\`\`\`\n`)
        .replace(/\\\(([\s\S]*?)\\\)/g, (_, body: string) => `\`${readableFormula(body)}\``);
    })
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
