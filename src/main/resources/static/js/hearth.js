// Progressive enhancement only: every page works without this script.
import { initAll, ExitThisPage } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

// GOV.UK Frontend's "Exit this page" leaves with location.href, which keeps this page in the browser's history:
// Back would return to it. Leave with location.replace instead (same overlay and message as GOV.UK's own), so this
// page's history entry becomes the exit site. Used by the button, its skip link and the Shift-3-times shortcut.
ExitThisPage.prototype.exitPage = function () {
  if (!this.$updateSpan) {
    return
  }
  this.$updateSpan.textContent = ''
  document.body.classList.add('govuk-exit-this-page-hide-content')
  this.$overlay = document.createElement('div')
  this.$overlay.className = 'govuk-exit-this-page-overlay'
  this.$overlay.setAttribute('role', 'alert')
  document.body.appendChild(this.$overlay)
  this.$overlay.textContent = this.i18n.t('activated')
  window.location.replace(this.$button.href)
}

// On pages marked data-hearth-history="replace" (the public directory), moving between pages replaces the current
// history entry instead of adding one, so a whole visit leaves a single entry, which "Exit this page" then replaces.
if (document.querySelector('[data-hearth-history="replace"]')) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return
    }
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!link || link.target || link.hasAttribute('download') || link.closest('.govuk-exit-this-page')) {
      return
    }
    const url = new URL(link.href, window.location.href)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return // tel:, sms:, mailto:
    }
    if (url.hash && url.origin === window.location.origin && url.pathname === window.location.pathname &&
        url.search === window.location.search) {
      return // a link within the page, such as the skip link
    }
    event.preventDefault()
    window.location.replace(url.href)
  })
  document.addEventListener('submit', (event) => {
    const form = event.target
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') {
      return
    }
    event.preventDefault()
    const url = new URL(form.action, window.location.href)
    url.search = new URLSearchParams(new FormData(form)).toString()
    window.location.replace(url.href)
  })
}

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
