"""A stand-in for Chatwoot's widget loader ``/packs/js/sdk.js``.

The real SDK opens the chat bubble; this one only proves that a page embedding
``web_widget_script`` ran it with the right token, by posting a report back to
the simulator (listed by ``GET /_simulator/sdk-reports``).
"""

import threading

SDK_JS = """/* Chatwoot simulator stand-in for /packs/js/sdk.js */
(function () {
  window.chatwootSDK = {
    run: function (options) {
      var report = {
        websiteToken: options.websiteToken,
        baseUrl: options.baseUrl,
        location: String(window.location.href)
      };
      window.chatwootSimulatorReport = report;
      // No custom headers: a text/plain POST is a CORS "simple request".
      return fetch(options.baseUrl + '/_simulator/sdk-report', {method: 'POST', body: JSON.stringify(report)});
    }
  };
})();
"""

CORS_HEADERS = [
    ('Access-Control-Allow-Origin', '*'),
    ('Access-Control-Allow-Methods', 'GET, POST, OPTIONS'),
    ('Access-Control-Allow-Headers', '*'),
    ('Access-Control-Max-Age', '600'),
]


class SdkReports:
    def __init__(self):
        self._lock = threading.Lock()
        self._reports = []

    def add(self, report):
        with self._lock:
            self._reports.append(report)

    def list(self):
        with self._lock:
            return list(self._reports)

    def clear(self):
        with self._lock:
            self._reports = []
