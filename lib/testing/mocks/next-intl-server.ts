// Stand-in for next-intl/server in unit tests: a message is its key.
const t = Object.assign((key: string) => key, { has: () => true });
export const getTranslations = async () => t;
export const getLocale = async () => 'zh-CN';
