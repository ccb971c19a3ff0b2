import type { stressEn } from '../en/messages-stress';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：反向压力测试与对冲搜索（情景的“反向”页签、结果的“对冲”面板、命令行）。 */
export const stressZh = {
  'reverse.scenario.name': '反向压力测试：最可能造成 {loss} 亏损的冲击',
  'reverse.scenario.description':
    '反向压力测试求得的因子冲击：在均值路径上使本组合第一阶段亏损 {loss} 的、马氏距离最小（d = {d}）的冲击。所有因子均为核心冲击；冲击期限、相关性收敛、第二阶段与流动性设定沿用“{template}”。',
  'reverse.scenario.source': '所有冲击都是求解所得而非观测值：在“{template}”的压力协方差下，使组合亏损 {loss} 的最可能变动（d = {d}）',
  'hedge.cancelled': '已取消对冲搜索。',
  'cli.sum.reverse': "反向压力测试：求出使组合达到目标亏损的最可能因子冲击，并保存为您的情景。",
  'cli.sum.hedge': "对冲搜索：按每一美元名义金额削减的第一阶段预期亏损（ES）为减仓与代理交易排序，每笔都用相同的蒙特卡洛路径计算。",
  'cli.reverse.needTarget': "请指定目标：--target-loss 25%（占组合的比例）或 --target-loss 60000（以基准货币计的金额）。",
  'cli.reverse.badTarget': "--target-loss 接受 25% 这样的比例（0 到 100% 之间）或 60000 这样的正数金额，而不是“{value}”。",
  'cli.reverse.flat': "没有任何因子冲击会影响本组合（只持有现金）：不存在能达到目标的冲击。",
  'cli.reverse.bounded': "即使沿最可能方向施加最极端的冲击，也达不到目标（均值路径上最多亏损 {best}）：本组合在第一阶段不可能亏损这么多。",
  'cli.reverse.loss': "均值路径上的第一阶段亏损",
  'cli.reverse.d': "合理性",
  'cli.reverse.dValue': "d = {d}；{count} 个内置情景中有 {milder} 个更温和",
  'cli.reverse.shocks': "因子冲击（所有因子均为核心冲击）",
  'cli.reverse.byExposure': "按敞口的亏损",
  'cli.reverse.saved': "已保存为情景 {id}：aftershock run FILE.csv --scenario {id}",
  'cli.hedge.progress': "对冲搜索：第 {done} 次运行，共 {total} 次",
  'cli.hedge.heading': "当前第一阶段预期亏损 ES 97.5%：{es}（{paths} 条路径，随机种子 {seed}）。交易按每一美元名义金额削减的 ES 排序：",
  'cli.hedge.col.trade': "交易",
  'cli.hedge.col.esAfter': "交易后 ES",
  'cli.hedge.col.cut': "削减的 ES",
  'cli.hedge.col.perNotional': "每美元名义金额",
  'cli.hedge.col.cost': "估计成本",
  'cli.hedge.col.margin': "追加保证金概率",
  'hedge.trade.trim': "将 {symbol} 减仓 {share}",
  'hedge.trade.short': "做空 {notional} 的 {symbol}",
  'hedge.trade.long': "买入 {notional} 的 {symbol}",
} as const satisfies ChinesePartOf<typeof stressEn>;
