import type { keyboardEn } from '../en/messages-keyboard';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：命令面板、快捷键帮助与快捷键（English is empty for now）。 */
export const keyboardZh = {} as const satisfies ChinesePartOf<typeof keyboardEn>;
