// Qualcat's Cockpit configuration: English only (no Chinese locale file yet, see docs/adr/0016), and Qualcat's
// additions (app/qualcat/webapps.js: the sign-out landing on Qualcat's page).
export default {
  customScripts: ['../qualcat/webapps'],
  // the "first time using the webapps" box on the webapp's sign-in form, which Qualcat's users do not use
  disableWelcomeMessage: true
};
