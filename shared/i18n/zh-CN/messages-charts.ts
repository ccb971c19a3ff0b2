import type { chartsEn } from '../en/messages-charts';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：结果与报告图表的坐标轴标题、注释和图例（English is empty for now）。 */
export const chartsZh = {} as const satisfies ChinesePartOf<typeof chartsEn>;
