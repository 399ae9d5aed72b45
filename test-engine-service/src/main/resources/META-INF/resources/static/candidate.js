// Enhancement only: every page works without this script. It keeps a live countdown, warns at 10 and 5 minutes
// through a polite live region, and saves an answer as soon as it changes, without a page load; the page then shows
// what the server stored (the answer, the navigator and the answered count), which is not the candidate's choice when
// another window saved a newer answer.
(function () {
  'use strict';

  var timer = document.getElementById('timer');
  if (timer) {
    var remainingEl = document.getElementById('remaining');
    var warning = document.getElementById('time-warning');
    // Counts down from the server's remaining seconds, so a wrong clock on this computer does not matter.
    var end = Date.now() + Number(timer.getAttribute('data-remaining')) * 1000;
    var warned = {};
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      remainingEl.textContent = minutes >= 60
        ? Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min'
        : minutes + ' min ' + (left % 60) + ' s';
      [10, 5].forEach(function (mark) {
        if (left <= mark * 60 && left > 0 && !warned[mark]) {
          warned[mark] = true;
          warning.textContent = mark + ' minutes left. Your answers are saved.';
        }
      });
      if (left === 0) {
        window.location.href = timer.getAttribute('data-result');
        return;
      }
      window.setTimeout(tick, 1000);
    };
    tick();
  }

  // A save this page made without the script was refused: take the candidate's focus to the explanation.
  var notSaved = document.getElementById('not-saved');
  if (notSaved) {
    notSaved.focus();
  }

  var form = document.getElementById('answer-form');
  if (form && window.fetch) {
    var sequence = document.getElementById('sequence');
    var status = document.getElementById('save-status');
    var flag = document.getElementById('flagged');
    var answeredCount = document.getElementById('answered-count');

    // The navigator button of a question shows what is stored for it, in colour and in words.
    var showInNavigator = function (stored) {
      var button = document.getElementById('goto-' + stored.position);
      if (!button) {
        return;
      }
      button.classList.toggle('answered', !!stored.optionId);
      button.classList.toggle('flagged', !!stored.flagged);
      button.querySelector('.visually-hidden').textContent = (stored.optionId ? ', answered' : ', not answered')
        + (stored.flagged ? ', flagged' : '');
      answeredCount.textContent = String(document.querySelectorAll('.navigator button.answered').length);
    };

    // The page shows what the server stored, which after a refused save is not what the candidate chose here.
    var showStored = function (stored) {
      Array.prototype.forEach.call(form.querySelectorAll('input[name="optionId"]'), function (radio) {
        radio.checked = radio.value === stored.optionId;
      });
      flag.checked = !!stored.flagged;
      showInNavigator(stored);
    };

    // Another window saved a newer answer: this page's sequence is behind. Read the current one from the page, so
    // the candidate's next change here is saved.
    var catchUp = function () {
      return fetch(form.getAttribute('action'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('sequence');
          if (fresh && Number(fresh.value) > Number(sequence.value)) {
            sequence.value = fresh.value;
          }
        });
    };

    form.addEventListener('change', function () {
      var body = new URLSearchParams(new FormData(form));
      // The next save, by script or by a button, must carry a higher number than this one.
      sequence.value = String(Number(sequence.value) + 1);
      status.textContent = 'Saving…';
      fetch(form.getAttribute('action'), {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        if (response.status === 409) {
          // Paused by the invigilator or closed: the page, loaded again, shows which.
          window.location.reload();
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (stored) {
        if (!stored) {
          return;
        }
        var chosen = form.querySelector('input[name="optionId"]:checked');
        var kept = stored.accepted || ((chosen ? chosen.value : null) === (stored.optionId || null)
          && flag.checked === !!stored.flagged);
        showStored(stored);
        status.textContent = kept ? 'Answer saved.' : 'Not saved: another window saved a newer answer; the stored answer is shown.';
        if (!stored.accepted) {
          catchUp().catch(function () { /* the next save's refusal tries again */ });
        }
      }).catch(function () {
        status.textContent = 'Not saved yet: it will be saved when you move to another question.';
      });
    });
  }

  // A paused test: ask the server every few seconds whether it still is, and go back to the question once resumed.
  var paused = document.getElementById('paused');
  if (paused && window.fetch) {
    var poll = function () {
      fetch(paused.getAttribute('data-poll'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          if (html.indexOf('id="paused"') === -1) {
            window.location.reload();
          } else {
            window.setTimeout(poll, 3000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 3000);
  }
}());
