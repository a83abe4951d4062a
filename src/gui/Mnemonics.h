#pragma once

class QWidget;

// Gives every label that stands for a control (it has a buddy) and no mnemonic yet one: the first
// letter of its text that no other mnemonic in the window uses, else its first letter (shared). Labels built from the
// field table get their keys this way, in whatever language they are shown.
void addMnemonics(QWidget* window);

// Every control without an accessible description gets its tooltip as one, so screen readers say
// what the mouse user reads on hover.
void describeControls(QWidget* window);
