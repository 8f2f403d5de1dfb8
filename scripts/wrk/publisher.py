#!/usr/bin/env python3
"""The invalidation row's writer: signs in to the back-office as admin and publishes one news article a second
through the real content editor (/admin/content/edit.xhtml?type=NEWS, its "publish" button, the JSF view state
as the page hands it out), until killed. Prints one line per second to stderr only when a publish fails.

Usage: publisher.py BASE_URL ADMIN_PASSWORD [per_second=1]"""
import html.parser
import signal
import http.cookiejar
import sys
import time
import urllib.parse
import urllib.request
import uuid


class Form(html.parser.HTMLParser):
    """The controls of the form with the given id, as a browser without JavaScript would send them."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.action = form_id, False, None
        self.fields, self.files, self.buttons = [], set(), []
        self._textarea = self._select = None
        self._option_first = self._option_selected = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
            if self.inside:
                self.action = a.get("action")
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind == "file":
                self.files.add(name)
            self.fields.append([name, a.get("value") or ("on" if kind == "checkbox" else "")])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select, self._option_first, self._option_selected = name, None, None
        elif tag == "option" and self._select:
            if self._option_first is None:
                self._option_first = a.get("value", "")
            if "selected" in a:
                self._option_selected = a.get("value", "")
        elif tag == "button" and name:
            self.buttons.append(name)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(self._textarea)
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = self._option_selected if self._option_selected is not None else self._option_first
            if chosen is not None:
                self.fields.append([self._select, chosen])
            self._select = None

    def set(self, suffix, value):
        for field in self.fields:
            if field[0].endswith(suffix):
                field[1] = value
                return
        raise SystemExit("publisher: the form has no field ending with " + suffix)

    def button(self, suffix):
        return next(b for b in self.buttons if b.endswith(suffix))


def parse(page, form_id):
    form = Form(form_id)
    form.feed(page)
    if form.action is None:
        raise SystemExit("publisher: no form " + form_id + " in the page")
    return form


def main():
    base, password = sys.argv[1].rstrip("/"), sys.argv[2]
    per_second = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    jar = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def send(request):
        try:
            with opener.open(request, timeout=30) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def sign_in():
        jar.clear()
        status, page = send(base + "/login.xhtml")
        login = parse(page, "login")
        login.set(":username", "admin")
        login.set(":password", password)
        fields = login.fields + [[login.button(":submit"), ""]]
        status, _ = send(urllib.request.Request(base + login.action,
                                                urllib.parse.urlencode([tuple(f) for f in fields]).encode()))
        if status not in (302, 303):
            raise SystemExit("publisher: signing in as admin failed (%d)" % status)

    sign_in()

    n, published, failed = 0, [0], [0]

    def report(*_):
        print("publisher: published %d articles, %d attempts failed" % (published[0], failed[0]), file=sys.stderr)
        sys.exit(0)

    signal.signal(signal.SIGTERM, report)
    signal.signal(signal.SIGINT, report)
    while True:
        started = time.monotonic()
        n += 1
        status, page = send(base + "/admin/content/edit.xhtml?type=NEWS")
        if status != 200:  # the session is gone (seen under heavy load): sign in again
            failed[0] += 1
            print("publisher: the editor answered %d; signing in again" % status, file=sys.stderr)
            sign_in()
            continue
        form = parse(page, "form")
        title = "Бенчмарк %d %s" % (n, uuid.uuid4().hex[:8])
        form.set(":title_bg", title)
        form.set(":summary_bg", "Статия на писателя на бенчмарка " + title)
        boundary = "----integra" + uuid.uuid4().hex
        body = b""
        for name, value in form.fields + [[form.button(":publish"), ""]]:
            if name in form.files:
                body += ('--%s\r\nContent-Disposition: form-data; name="%s"; filename=""\r\n'
                         'Content-Type: application/octet-stream\r\n\r\n\r\n' % (boundary, name)).encode()
            else:
                body += ('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n' % (boundary, name)).encode() \
                        + value.encode() + b"\r\n"
        body += ("--%s--\r\n" % boundary).encode()
        request = urllib.request.Request(base + form.action, body,
                                         {"Content-Type": "multipart/form-data; boundary=" + boundary})
        status, answer = send(request)
        if status in (200, 302, 303) and (status != 200 or "ui-messages-error" not in answer):
            published[0] += 1
        else:
            failed[0] += 1
            print("publisher: publishing %s answered %d" % (title, status), file=sys.stderr)
        time.sleep(max(0.0, 1.0 / per_second - (time.monotonic() - started)))


if __name__ == "__main__":
    main()
