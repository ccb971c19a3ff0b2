import type { modelsEn } from '../en/messages-models';
import type { ChinesePartOf } from './catalogue-part';

/** 简体中文：由价格历史拟合的因子模型（设置 → 因子模型、`aftershock fit`、运行所用的模型）。 */
export const modelsZh = {
  'fit.atLine': '第 {line} 行：{text}',
  'fit.msg.empty': '文件为空。',
  'fit.msg.noHeader': '文件没有标题行：第一行须写明各列名称（Date，然后每个序列一列，例如 BTC、EQ、HY）。',
  'fit.msg.noDates': '“{column}”列中没有任何一行是日期：请按 YYYY-MM-DD 书写日期。',
  'fit.msg.badDate': '“{column}”列中的“{value}”不是日期（请写成 YYYY-MM-DD），该行未被采用',
  'fit.msg.notNumber': '“{column}”列中的值“{value}”不是数字',
  'fit.msg.notPositive': '“{column}”列中的价格 {value} 不大于零，无法计算对数收益率',
  'fit.msg.duplicateDate': '日期 {date} 已出现在第 {first} 行，该行未被采用',
  'fit.msg.sorted': '各行未按日期排序；已按从早到晚读取。',
  'fit.msg.unknownColumn': '“{column}”列不是因子代码（{factors}）；除非您将其对应到某个因子，否则不予采用',
  'fit.msg.duplicateFactor': '“{column}”列是第二个 {factor} 列；只采用第一个（“{first}”列）',
  'fit.msg.noFactorColumns': '没有任何一列是因子：请以因子代码（{factors}）命名各列，或将其对应到因子。',
  'fit.msg.frequency': '日期间隔的中位数为 {days} 天；需要日度或周度价格。',
  'fit.msg.tooFew': '所有拟合序列均有数值的收益率太少：只有 {count} 个，至少需要 {min} 个。',
  'fit.msg.windowEmpty': '{from} 至 {to} 之间的完整行不足两行。',
  'fit.msg.flat': '“{column}”列的数值从不变化，没有波动率；不予采用',
  'fit.msg.levelPercent': '“{column}”列（{factor}）按百分比的收益率或利差水平读取：其变动 × 100 即为基点',
  'fit.msg.levelBp': '“{column}”列（{factor}）按基点的收益率或利差水平读取',
  'fit.msg.rowsDropped': '有 {count} 行在至少一个拟合列中缺少数值，未被采用；收益率按相邻的完整行计算。',
  'fit.msg.fewReturns': '{series} 个序列只有 {count} 个收益率：估计值噪声较大（接近 0 的相关系数，其标准误约为 {se}）。',
  'fit.msg.blockRepaired': '拟合所得的相关矩阵不是半正定的（最小特征值 {min}）；已调整为最接近的半正定矩阵，任何相关系数的变动均不超过 {change}。',
  'fit.msg.mergedRepaired': '与文件中缺少的因子的默认相关性合并后，矩阵不是半正定的（最小特征值 {min}）；已调整为最接近的半正定相关矩阵，任何相关系数的变动均不超过 {change}。',
  'fit.msg.moreProblems': '另有 {count} 条类似提示未列出。',
  'model.unknown': '没有 id 为“{id}”的已保存因子模型。',
  'model.unreadable': '无法读取因子模型文件 {path}（{details}）；该文件保留在原处。',
  'model.notFitted': '价格历史 {file} 无法拟合，因此未保存任何内容：{reason}',
} as const satisfies ChinesePartOf<typeof modelsEn>;
