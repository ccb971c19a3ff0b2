import type { builtinsEn } from '../en/messages-builtins';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：内置情景与机制的名称和说明；其来源按原文引用。 */
export const builtinsZh = {
  'builtin.scenario.ai-capex-bust-ease.name': 'AI 资本开支泡沫破裂——央行宽松',
  'builtin.scenario.ai-capex-bust-ease.description': 'AI 资本开支不及预期，融资撤离：AI 股票率先下跌；贷款方对数据中心和 GPU 抵押债务重新定价，信用利差走阔；基金抛售流动性好的资产，比特币随之下跌。随后央行按 2020 年 3 月的模式放松：流动性在数周内回归，股票和 BTC 回升，而 GPU 租金和二手 GPU 价格不会回来。',
  'builtin.scenario.ai-capex-bust-no-ease.name': 'AI 资本开支泡沫破裂——不宽松',
  'builtin.scenario.ai-capex-bust-no-ease.description': '同样的 AI 资本开支泡沫破裂，但粘性通胀使央行无法放松：没有反弹，AI 股票像互联网泡沫时那样缓慢阴跌，信用利差维持高位，第二轮违约在矿企债务和 GPU 抵押债务中蔓延。私募信贷估值持续向下追赶，赎回闸门收紧。',
  'builtin.scenario.flash-august-2024-carry-unwind.name': '闪崩：2024 年 8 月日元套利交易平仓',
  'builtin.scenario.flash-august-2024-carry-unwind.description': '对照情景：2024 年 8 月 5 日，日元套利交易平仓使日经指数下跌 12.4%（1987 年以来最差的一天），比特币在数小时内下跌约 15%，两者都在约一周内收复。基本面没有崩坏，也无需央行放松，因此组合应在数周内回到冲击前价值；若没有，损失来自杠杆或流动性不足，而非冲击本身。',
  'builtin.scenario.gpu-collateral-fire-sale.name': 'GPU 抵押品甩卖',
  'builtin.scenario.gpu-collateral-fire-sale.description': 'GPU 租金像 2023 年高点之后那样崩跌（H100 从每小时 8 美元以上跌至不到 2 美元），被收回的 GPU 在二手市场底部出售，定价时仿佛其使用寿命只有 2–3 年而非 5–6 年。GPU 抵押债务违约，抵押品回收甚少；私募信贷估值下跌并滞后追赶；AI 股票像 DeepSeek 那天一样重新定价；市场其余部分只通过利差和流动性受到冲击。',
  'builtin.scenario.miner-double-squeeze.name': '矿企双重挤压——BTC 与 GPU 租金同跌',
  'builtin.scenario.miner-double-squeeze.description': '借钱购买 GPU 的加密矿企受到双重打击：比特币（挖矿收入）与 GPU 租金一同下跌——正是 AI 基础设施评论所警告的“相关性收敛”——而被收回的 GPU 和矿机找不到买家。矿企债务损失的价值比例超过组合中的任何其他资产——其 EBITDA 被抹去，背后的抵押品回收甚少——事后也没有救助：租金持续通缩，二手 GPU 持续贬值。',
  'builtin.scenario.replay-2022-crypto-winter.name': '重演：2022 年加密寒冬',
  'builtin.scenario.replay-2022-crypto-winter.description': '重演 2021–22 年：约一年内比特币下跌 77%，矿企股票下跌 90% 以上，英伟达下跌 57%，纳斯达克下跌 36%，矿机损失约 85% 的价值，Core Scientific 申请破产保护（第 11 章）。复苏缓慢但真实：纳斯达克在低点后约 14 个月创新高，比特币在低点后约 16 个月创新高，因此第二阶段的期限为两年。',
  'builtin.scenario.replay-march-2020.name': '重演：2020 年 3 月现金争夺战',
  'builtin.scenario.replay-march-2020.description': '重演 2020 年 2–3 月：比特币在约一天内损失过半价值，高收益债利差从约 360 bp 增至三倍达 1,087 bp，投资级利差达到 303 bp，上市 BDC 下跌约 40%，而其公布的资产净值几乎不变。美联储降息至零并购买资产——内置的“央行宽松”机制正是以此为模板——纳斯达克在低点后约 11 周回到纪录高位。',
  'builtin.regime.ease.name': '央行宽松',
  'builtin.regime.ease.description': '2020 年 3 月模板：央行降息至零并购买资产；流动性在数周内回归，股票和 BTC 回升，利差在约半年内恢复正常。GPU 租金和转售价值不会回升：它们的下跌是技术性通缩，而非流动性折价。国债收益率：冲击中的上升会被加倍回吐（收益率最终低于起点）；冲击中的下降则保持，因为政策利率已无降息空间。',
  'builtin.regime.no-ease.name': '不宽松（通胀粘性）',
  'builtin.regime.no-ease.description': '通胀使央行无法放松：没有反弹，股票像互联网泡沫时那样缓慢阴跌，加密资产像 2022 年那样持续下跌，利差维持高位，违约蔓延；私募信贷资产净值持续下跌，赎回闸门收紧。',
} as const satisfies ChinesePartOf<typeof builtinsEn>;
