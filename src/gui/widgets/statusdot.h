#pragma once

class QLabel;

// The small coloured dot before a state: green when all is well, amber, red, or grey.
namespace StatusDot {
enum State { Good, Warning, Bad, Off };
void paint(QLabel *label, State state);
} // namespace StatusDot
