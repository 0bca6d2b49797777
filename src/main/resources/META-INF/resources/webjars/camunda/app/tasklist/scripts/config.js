// Qualcat's Tasklist configuration: the shipped shortcuts, English and Chinese (locales/zh.json, Qualcat's own,
// src/tools/webapps-zh), and Qualcat's additions (app/qualcat/webapps.js: the language chosen on Qualcat's pages, the
// sign-out landing on Qualcat's page).
export default {
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  customScripts: ['../qualcat/webapps'],
  // the "first time using the webapps" box on the webapp's sign-in form, which Qualcat's users do not use
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
