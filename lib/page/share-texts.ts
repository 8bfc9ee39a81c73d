/** The words of the link and print buttons, which a Kazakh page (/kk/promo) says in Kazakh. */
export interface ShareTexts {
  copyLink: string;
  copied: string;
  copyFailed: string;
  print: string;
}

export const SHARE_TEXTS_RU: ShareTexts = {
  copyLink: "Скопировать ссылку",
  copied: "Ссылка скопирована",
  copyFailed: "Не удалось скопировать: браузер не дал доступа к буферу обмена.",
  print: "Печать",
};
