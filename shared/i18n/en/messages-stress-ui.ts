/** English messages: the screens of the reverse stress test (Scenarios › Reverse), the hedge finder (Results › Hedges) and the what-if book. */
export const stressUiEn = {
  'whatIf.name': '{name} — what-if',
  'whatIf.account': 'What-if',
  'whatIf.cashName': 'Cash from what-if trades ({currency})',
  'whatIf.error.noHolding': 'The what-if has no holding {symbol} (any more).',
  'whatIf.error.noProxy': '{symbol} is not one of the hedge proxies.',
  'whatIf.error.noQuantity': '{symbol} is known only by its value: change its value instead of a quantity.',
  'whatIf.error.notWhatIf': 'Only a what-if copy can be changed here: your saved portfolio changes by re-importing it, or by making a what-if your portfolio.',
  'whatIf.error.badAmount': 'That is not an amount the what-if can take.',
} as const;
