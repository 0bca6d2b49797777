/*
 * Qualcat's additions to the Camunda webapps, loaded by each app's scripts/config.js (customScripts), under the
 * webapps' own Content-Security-Policy (a file of ours, no inline script):
 *
 * - the language: a choice made on Qualcat's pages (?lang=zh or ?lang=en, remembered in the qualcat-lang cookie)
 *   wins over the browser's language, which the webapps otherwise follow; the page's lang attribute follows it;
 * - the way out: "Log out" (which also signs out of Qualcat, see WebappSignOut) lands on Qualcat's signed-out page,
 *   and a session that has ended sends the user through Qualcat's login page and back, instead of the webapp's own
 *   sign-in form.
 */
const base = document.querySelector('base');
const app = base.getAttribute('app-name');
// the webapps live at <Qualcat>/camunda: Qualcat's own pages are one level up
const qualcat = base.getAttribute('app-root').replace(/\/[^/]*$/, '');
const RELOADED_AT = 'qualcat-signin-reload';

function chosenLanguage() {
  const cookie = document.cookie.match(/(?:^|;\s*)qualcat-lang=([^;]+)/);
  return cookie ? decodeURIComponent(cookie[1]).split(/[-_]/)[0].toLowerCase() : null;
}

function leave(to) {
  window.location.replace(to);
}

window.angular.module(`cam.${app}.custom`)
  .config(['$translateProvider', ($translateProvider) => {
    const chosen = chosenLanguage();
    if (chosen && $translateProvider.registerAvailableLanguageKeys().includes(chosen)) {
      $translateProvider.preferredLanguage(chosen);
    }
  }])
  .run(['$rootScope', ($rootScope) => {
    $rootScope.$on('$translateChangeSuccess', (event, change) => {
      document.documentElement.lang = change.language;
    });
    let leaving = false;
    $rootScope.$on('authentication.logout.success', (event) => {
      event.preventDefault();
      leaving = true;
      leave(`${qualcat}/?signedOut`);
    });
    $rootScope.$on('authentication.login.required', (event) => {
      // once: should the page still find no one after Qualcat's login, the webapp's own form remains
      const last = Number(window.sessionStorage.getItem(RELOADED_AT) || 0);
      if (leaving || Date.now() - last < 30000) {
        return;
      }
      event.preventDefault();
      leaving = true;
      window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
      leave(window.location.pathname);
    });
  }]);
