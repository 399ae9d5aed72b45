// Enhancement only: the console works without this script. It fetches the room again every few seconds and replaces
// the table of candidates, so states and time left stay current; it leaves the page alone while a control inside the
// table has focus or holds typed text, so refreshing never takes an invigilator's input away.
(function () {
  'use strict';

  var room = document.getElementById('room');
  if (!room || !window.fetch || !window.DOMParser) {
    return;
  }
  var busy = function () {
    var active = document.activeElement;
    if (active && room.contains(active) && active !== document.body) {
      return true;
    }
    return Array.prototype.some.call(room.querySelectorAll('input[type=text], input[type=number]'), function (input) {
      return input.value !== '';
    }) || room.querySelector('details[open]') !== null;
  };
  var refresh = function () {
    if (busy()) {
      window.setTimeout(refresh, 5000);
      return;
    }
    fetch(window.location.pathname, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html && !busy()) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('room');
          if (fresh) {
            room.innerHTML = fresh.innerHTML;
          }
        }
        window.setTimeout(refresh, 5000);
      })
      .catch(function () { window.setTimeout(refresh, 5000); });
  };
  window.setTimeout(refresh, 5000);
}());
