// Qualcat's Cockpit configuration: English and Chinese (locales/zh.json, Qualcat's own, src/tools/webapps-zh), and
// Qualcat's additions (app/qualcat/webapps.js: the language chosen on Qualcat's pages, the sign-out landing on
// Qualcat's page). The shipped Cockpit config.js sets nothing else (all its settings are commented-out examples), so
// Cockpit's defaults stay as they were.
export default {
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  customScripts: ['../qualcat/webapps'],
  // the "first time using the webapps" box on the webapp's sign-in form, which Qualcat's users do not use
  disableWelcomeMessage: true
};
