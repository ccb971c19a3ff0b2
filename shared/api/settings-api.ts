import { z } from 'zod';
import { Settings, SettingsPatch } from '../domain';
import { defineCall } from './define';

export const settingsCalls = {
  'settings.get': defineCall({ input: z.object({}), output: Settings, summary: 'The current settings.' }),
  'settings.update': defineCall({
    input: SettingsPatch,
    output: Settings,
    summary: 'Change some settings; answers with all of them.',
  }),
};
