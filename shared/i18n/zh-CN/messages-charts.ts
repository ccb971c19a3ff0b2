import type { chartsEn } from '../en/messages-charts';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：结果界面与报告图表的坐标轴标题、标注线与图例。 */
export const chartsZh = {
  'charts.axis.loss': '亏损（{currency}）',
  'charts.axis.value': '价值（{currency}）',
  'charts.axis.cash': '现金（{currency}）',
  'charts.axis.paths': '路径数',
  'charts.axis.probability': '概率',
  'charts.axis.day': '卖出天数',
  'charts.axis.exposure': '敞口',
  'charts.axis.holding': '持仓',
  'charts.axis.step': '步骤（亏损从大到小）',
  'charts.axis.medianShare': '中位数（占起始价值 %）',
  'charts.marker.mean': '均值：{amount}',
  'charts.marker.var95': 'VaR 95%：{amount}',
  'charts.marker.var99': 'VaR 99%：{amount}',
  'charts.marker.es975': 'ES 97.5%：{amount}',
  'charts.ladder.loanLegend': '融资借款（优先偿还）',
  'charts.ladder.free': '偿还借款后的可支配现金',
  'charts.ladder.freeOfRun': '{name}：偿还借款后的可支配现金',
  'charts.ladder.minusLoan': '减去融资借款',
  'charts.ladder.col.free': '偿还借款后的可支配现金（{currency}）',
  'charts.ladder.loanNote': '可筹现金尚未扣除 {loan} 的融资借款：借款从筹得的现金中优先偿还，剩余部分才是可支配现金。',
  'charts.ladder.loanNoteRuns': '各运行的可筹现金均未扣除其融资借款：借款从筹得的现金中优先偿还，偿还后剩余的才是可支配现金。',
  'charts.ladder.chartLabelLoan': '{loan} 的融资借款画在零线以下，偿还后剩余的可支配现金画成一条线。',
} as const satisfies ChinesePartOf<typeof chartsEn>;
