/** English messages: the command palette, shortcut help and shortcuts (Settings lists them). */
export const keyboardEn = {} as const;
