#!/usr/bin/python3
"""Drives MelodyHue's window as assistive technology does, over AT-SPI (pyatspi).

  atspi-drive.py list             prints "role<TAB>name" for each showing widget with a name
  atspi-drive.py press NAME       presses the showing button whose accessible name is NAME
  atspi-drive.py type NAME TEXT   types TEXT into the showing text field named NAME

It looks for the application named MelodyHue (or $ATSPI_APPLICATION: a test's process has the
test's name); it exits with 2 when it, or the widget, is not there. The application must answer AT-SPI while this runs (its event loop keeps running).
"""
import faulthandler
import os
import sys

import pyatspi

SHOWING = pyatspi.STATE_SHOWING

# Roles by the names older AT-SPI gives them: at-spi2-core 2.56 (Debian 13) calls a push button
# "button", 2.46 (Debian 12) "push button".
ROLE_NAMES = {
    pyatspi.ROLE_PUSH_BUTTON: "push button",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_TEXT: "text",
    pyatspi.ROLE_PASSWORD_TEXT: "password text",
    pyatspi.ROLE_LABEL: "label",
}
# A button that opens a menu: Qt 6.8 says so (at-spi2-core 2.56), Qt 6.4 calls it a push button.
if hasattr(pyatspi, "ROLE_PUSH_BUTTON_MENU"):
    ROLE_NAMES[pyatspi.ROLE_PUSH_BUTTON_MENU] = "push button menu"
BUTTONS = ("push button", "push button menu", "toggle button", "check box", "radio button")


def role_of(node):
    return ROLE_NAMES.get(node.getRole(), node.getRoleName())


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == os.environ.get("ATSPI_APPLICATION", "MelodyHue"):
            return app
    return None


def showing(node, depth=0):
    if node is None or depth > 40:
        return
    try:
        states = node.getState()
    except Exception:
        return
    if not states.contains(SHOWING) and depth > 1:
        return
    yield node
    for child in node:
        yield from showing(child, depth + 1)


def find(app, roles, name):
    for node in showing(app):
        if role_of(node) in roles and node.name == name:
            return node
    return None


def main(argv):
    app = application()
    if app is None:
        print("MelodyHue is not on the accessibility bus", file=sys.stderr)
        return 2
    command = argv[1] if len(argv) > 1 else "list"
    if command == "list":
        for node in showing(app):
            if node.name:
                print(f"{role_of(node)}\t{node.name}")
        return 0
    if command == "press":
        button = find(app, BUTTONS, argv[2])
        if button is None:
            print(f"no showing button named {argv[2]!r}", file=sys.stderr)
            return 2
        button.queryAction().doAction(0)
        print(f"pressed {argv[2]}")
        return 0
    if command == "type":
        field = find(app, ("text", "password text"), argv[2])
        if field is None:
            print(f"no showing field named {argv[2]!r}", file=sys.stderr)
            return 2
        editable = field.queryEditableText()
        editable.setTextContents(argv[3])
        print(f"typed into {argv[2]}")
        return 0
    print(f"unknown command {command}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    # Where it waits, if it waits too long: the test shows it.
    faulthandler.dump_traceback_later(int(os.environ.get("ATSPI_DRIVER_TIMEOUT", "20")), exit=True)
    sys.exit(main(sys.argv))
