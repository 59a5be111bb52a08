/*
 * The event editor's "Repeat" panel (calendar_app/editor_widgets.py, RepeatEditor):
 * - shows only the fields the chosen repetition reads (config.fieldsByFrequency; the server
 *   ignores the others whatever they hold);
 * - asks the admin endpoint (calendar_app/admin_recurrence.py) for the repetition in words,
 *   its next dates and its problems as the editor types, and shows them below the panel and
 *   in its heading;
 * - lets the editor exclude, move or cancel one of the next dates: it adds a row to the
 *   "Excluded dates" or "Changed occurrences" panel (Wagtail's own "Add" button) with the
 *   date filled in.
 * Plain script, no dependencies; every text it shows comes translated from the server.
 */
(function () {
  'use strict';

  var WATCHED = /^(repeat|recurrence_rule$|start$|end$|all_day$|excluded_dates-|occurrence_changes-)/;
  var DELAY_MS = 400;

  function wrapperOf(form, name) {
    var element = form.elements[name];
    if (!element) {
      return null;
    }
    if (element.length !== undefined && !element.tagName) {
      element = element[0]; // checkboxes: a RadioNodeList
    }
    if (!element) {
      return null;
    }
    // The panel child holds the field's label too (wagtailadmin/panels/multi_field_panel_child).
    return element.closest('.w-panel__wrapper') || element.closest('[data-field-wrapper]');
  }

  function showFields(form, config, frequency) {
    var shown = config.fieldsByFrequency[frequency] || [];
    var all = {};
    Object.keys(config.fieldsByFrequency).forEach(function (key) {
      config.fieldsByFrequency[key].forEach(function (name) {
        all[name] = true;
      });
    });
    Object.keys(all).forEach(function (name) {
      var wrapper = wrapperOf(form, name);
      if (wrapper) {
        wrapper.hidden = shown.indexOf(name) === -1;
      }
    });
  }

  function watchedData(form) {
    var data = new FormData();
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || !WATCHED.test(element.name) || element.disabled) {
        return;
      }
      if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) {
        return;
      }
      data.append(element.name, element.value);
    });
    return data;
  }

  function addRow(form, prefix, field, value) {
    var add = document.getElementById('id_' + prefix + '-ADD');
    var total = form.elements[prefix + '-TOTAL_FORMS'];
    if (!add || !total) {
      return;
    }
    add.click();
    var input = document.getElementById(
      'id_' + prefix + '-' + (parseInt(total.value, 10) - 1) + '-' + field,
    );
    if (!input) {
      return;
    }
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.scrollIntoView({ block: 'center' });
    input.focus();
  }

  function button(text, onClick) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button-small button-secondary';
    element.textContent = text;
    element.addEventListener('click', onClick);
    return element;
  }

  function init(container) {
    if (container.dataset.recurrenceReady) {
      return;
    }
    container.dataset.recurrenceReady = 'true';
    var selectId = container.dataset.recurrenceEditor;
    var select = document.getElementById(selectId);
    var configElement = document.getElementById(selectId + '-recurrence-config');
    if (!select || !select.form || !configElement) {
      return;
    }
    var config = JSON.parse(configElement.textContent);
    var strings = config.strings;
    var form = select.form;
    var summary = container.querySelector('[data-recurrence-summary]');
    var errors = container.querySelector('[data-recurrence-errors]');
    var next = container.querySelector('[data-recurrence-next]');
    var dates = container.querySelector('[data-recurrence-dates]');
    var panel = container.closest('[data-panel]');
    var heading = panel && panel.querySelector('[data-panel-heading-text]');
    var headingSummary = null;
    if (panel) {
      // Below the panel's fields, where the editor looks after choosing.
      panel.querySelector('.w-panel__content').appendChild(container);
    }
    if (heading) {
      headingSummary = document.createElement('span');
      headingSummary.className = 'recurrence-editor__heading-summary';
      heading.parentNode.insertBefore(headingSummary, heading.nextSibling);
    }
    var timer = null;
    var controller = null;

    function showSummary(text) {
      summary.textContent = text;
      if (headingSummary) {
        headingSummary.textContent = text ? ' – ' + text : '';
      }
    }

    var marked = [];

    // The inputs at fault (an excluded date's row, "Until"…) are marked invalid, with the
    // message as their description, until the next answer.
    function markInvalid(fieldErrors) {
      marked.forEach(function (element) {
        element.removeAttribute('aria-invalid');
        element.removeAttribute('title');
      });
      marked = [];
      Object.keys(fieldErrors).forEach(function (name) {
        var element = form.elements[name];
        if (element && element.tagName) {
          element.setAttribute('aria-invalid', 'true');
          element.setAttribute('title', fieldErrors[name]);
          marked.push(element);
        }
      });
    }

    function render(answer) {
      showSummary(answer.summary || '');
      markInvalid(answer.errors || {});
      errors.innerHTML = '';
      var messages = Object.keys(answer.errors || {}).map(function (key) {
        return answer.errors[key];
      });
      messages.forEach(function (message) {
        var item = document.createElement('li');
        item.textContent = message;
        errors.appendChild(item);
      });
      errors.hidden = messages.length === 0;
      dates.innerHTML = '';
      var occurrences = answer.next_occurrences || [];
      next.hidden = !select.value;
      if (occurrences.length === 0 && select.value && messages.length === 0) {
        var none = document.createElement('li');
        none.textContent = strings.noDates;
        dates.appendChild(none);
      }
      occurrences.forEach(function (occurrence) {
        var item = document.createElement('li');
        var label = document.createElement('span');
        label.textContent = occurrence.label;
        item.appendChild(label);
        if (occurrence.status) {
          var status = document.createElement('em');
          status.textContent = ' (' + strings[occurrence.status] + ')';
          item.appendChild(status);
        } else {
          item.appendChild(
            button(strings.exclude, function () {
              addRow(form, config.formsets.excluded, 'date', occurrence.input);
            }),
          );
          item.appendChild(
            button(strings.change, function () {
              addRow(form, config.formsets.changes, 'original_date', occurrence.input);
            }),
          );
        }
        dates.appendChild(item);
      });
    }

    function refresh() {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      summary.setAttribute('aria-busy', 'true');
      var token = form.elements.csrfmiddlewaretoken;
      fetch(config.url, {
        method: 'POST',
        body: watchedData(form),
        headers: token ? { 'X-CSRFToken': token.value } : {},
        credentials: 'same-origin',
        signal: controller.signal,
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(render)
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            errors.innerHTML = '';
            var item = document.createElement('li');
            item.textContent = strings.failed;
            errors.appendChild(item);
            errors.hidden = false;
          }
        })
        .finally(function () {
          summary.removeAttribute('aria-busy');
        });
    }

    function changed(event) {
      var name = event.target && event.target.name;
      if (!name || !WATCHED.test(name)) {
        return;
      }
      if (name === select.name) {
        showFields(form, config, select.value);
      }
      clearTimeout(timer);
      timer = setTimeout(refresh, DELAY_MS);
    }

    showFields(form, config, select.value);
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    // Rows removed with the inline panels' delete buttons change only a hidden input.
    form.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('[data-inline-panel-child] button')) {
        clearTimeout(timer);
        timer = setTimeout(refresh, DELAY_MS);
      }
    });
    refresh();
  }

  function initAll() {
    document.querySelectorAll('[data-recurrence-editor]').forEach(init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
