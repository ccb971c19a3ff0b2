import type { stressUiEn } from '../en/messages-stress-ui';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：反向压力测试（情景 › 反向）、对冲搜索（结果 › 对冲）与模拟组合的界面。 */
export const stressUiZh = {
  'whatIf.name': '{name}——模拟',
  'whatIf.account': '模拟交易',
  'whatIf.cashName': '模拟交易产生的现金（{currency}）',
  'whatIf.error.noHolding': '模拟组合中（已）没有持仓 {symbol}。',
  'whatIf.error.noProxy': '{symbol} 不是对冲代理标的。',
  'whatIf.error.noQuantity': '{symbol} 只有市值而没有数量：请修改其市值，而不是数量。',
  'whatIf.error.notWhatIf': '这里只能修改模拟组合：您保存的投资组合只能通过重新导入、或将某个模拟组合设为您的投资组合来改变。',
  'whatIf.error.badAmount': '这不是模拟组合可以接受的金额。',
} as const satisfies ChinesePartOf<typeof stressUiEn>;
