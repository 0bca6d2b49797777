// Behaviour of Qualcat's pages. The Content-Security-Policy runs no inline script or event handler, so pages
// declare what they need with data attributes and this file binds it.
document.addEventListener('DOMContentLoaded', function () {
  // <form data-confirm="question">: asks before the form is sent
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  // <button data-print>: prints the page
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
});
