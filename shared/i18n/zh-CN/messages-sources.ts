import type { sourcesEn } from '../en/messages-sources';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：引用（出版物、日期、链接）、汇率来源及合理性的文字说明（English is empty for now）。 */
export const sourcesZh = {} as const satisfies ChinesePartOf<typeof sourcesEn>;
