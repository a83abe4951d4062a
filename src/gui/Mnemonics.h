#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

// Keyboard mnemonics (Alt+letter) without clashes, in whatever language the window is shown.
//
// A window has one scope: its menu bar's titles, its buttons, check boxes and group boxes, and
// its labels that stand for a control (buddies). Each menu is a scope of its own. In each scope
// the controls are taken in order of priority: menu titles; the window's main actions (setPrimary);
// then buttons and labels in focus order (a label where its control stands); what hides behind
// "More fields" last (setSecondary). Each keeps the mnemonic its text (or its translator) chose
// when that letter is still free, else gets the first free letter of its text (a word's first
// letter, and a-z before accented letters). A control none of whose letters is free gets
// none rather than sharing one: a shared mnemonic would make Alt+letter pick between a menu and a
// button, or only focus a button instead of pressing it.
namespace Mnemonics {

// Assigns the window's mnemonics and those of every menu in it. Call it after the window's texts
// are set (and again after they change).
void assign(QWidget* window);

// The controls inside container pick their mnemonics after all others (fields behind "More
// fields", say), so the ones used all the time get their first letters.
void setSecondary(QWidget* container);
// This control (the window's main action: Submit) picks its mnemonic right after the menus.
void setPrimary(QWidget* control);

// What is wrong with the window's mnemonics, for tests: each clash ("Alt+S: Submit lead, Show:")
// and each menu entry without one.
QStringList problems(QWidget* window);

// The text without its mnemonic marker ("&&" stays "&").
QString stripped(const QString& text);

} // namespace Mnemonics

// Every control without an accessible description gets its tooltip as one, so screen readers say
// what the mouse user reads on hover.
void describeControls(QWidget* window);
