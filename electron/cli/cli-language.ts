import { isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { t } from '../../shared/i18n/translate';

/**
 * The CLI's language: `--lang en|zh-CN` (or `--lang=…`) anywhere on the line, else the locale environment (LC_ALL,
 * then LC_MESSAGES, then LANG, as POSIX orders them) when it names Chinese or English, else null (the saved
 * setting, or English). `--json` output does not depend on it: keys and codes stay as they are.
 */
export type LanguageChoice = { language: Language | null; rest: string[]; error: string | null };

function fromEnvironment(env: NodeJS.ProcessEnv): Language | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value) continue;
    const tag = value.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
    // The first one set decides (LC_ALL=de_DE wins over LANG=zh_CN), even when it is neither.
    if (tag !== 'c' && tag !== 'posix') return null;
  }
  return null;
}

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') flag = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (flag === undefined) return { language: fromEnvironment(env), rest, error: null };
  if (isLanguage(flag)) return { language: flag, rest, error: null };
  return { language: null, rest, error: t('cli.badLang', { value: flag || '""', choices: LANGUAGES.join(' | ') }) };
}
