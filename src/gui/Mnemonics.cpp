#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace {
// One control that can carry a mnemonic: how to read its text and how to set it.
struct Holder
{
    QString name; // for messages
    std::function<QString()> text;
    std::function<void(const QString&)> setText;
};

// The position of the mnemonic's letter in text, or -1.
qsizetype markerAt(const QString& text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return i + 1;
    }
    return -1;
}

QChar keyOf(const QString& text)
{
    const qsizetype at = markerAt(text);
    return at < 0 ? QChar() : text.at(at).toLower();
}

// Gives each holder, in order, a letter no earlier one has.
void assignScope(const QList<Holder>& holders)
{
    QSet<QChar> used;
    for (const Holder& h : holders) {
        const QString text = h.text();
        const QChar chosen = keyOf(text);
        if (!chosen.isNull() && chosen.isLetterOrNumber() && !used.contains(chosen)) {
            used.insert(chosen);
            continue;
        }
        const QString plain = Mnemonics::stripped(text);
        if (plain.trimmed().isEmpty())
            continue;
        qsizetype at = -1;
        // A word's first letter reads best, then any letter; letters every keyboard has (a-z,
        // 0-9) before accented ones, which Alt may not reach.
        for (int pass = 0; pass < 3 && at < 0; ++pass) {
            for (qsizetype i = 0; i < plain.size() && at < 0; ++i) {
                const QChar c = plain.at(i).toLower();
                const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
                const bool plainKey = c.unicode() < 128;
                const bool wanted = pass == 0 ? wordStart && plainKey : pass == 1 ? plainKey : true;
                if (c.isLetterOrNumber() && !used.contains(c) && wanted)
                    at = i;
            }
        }
        QString escaped = plain;
        escaped.replace(u'&', QStringLiteral("&&"));
        if (at < 0) {
            if (escaped != text)
                h.setText(escaped);
            continue;
        }
        used.insert(plain.at(at).toLower());
        // Positions in plain map onto escaped by counting the '&' doubled before them.
        const qsizetype shift = plain.left(at).count(u'&');
        h.setText(escaped.left(at + shift) + u'&' + escaped.mid(at + shift));
    }
}

bool inMenuOrTabBar(const QWidget* w)
{
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QMenu*>(p) || p->inherits("QTabBar"))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

const char* const kSecondary = "leadentry_mnemonicsSecondary";
const char* const kPrimary = "leadentry_mnemonicsPrimary";

bool isSecondary(const QWidget* w)
{
    for (const QWidget* p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (p->property(kSecondary).toBool())
            return true;
    }
    return false;
}

// The window's own scope, in priority order.
QList<Holder> windowScope(QWidget* window)
{
    QList<Holder> holders;
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window); mainWindow && mainWindow->menuWidget()) {
        if (auto* bar = qobject_cast<QMenuBar*>(mainWindow->menuWidget())) {
            for (QAction* a : bar->actions()) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                holders.append({a->text(), [a] { return a->text(); }, [a](const QString& t) { a->setText(t); }});
            }
        }
    }
    // Then buttons (push, check, radio, tool buttons with text), checkable group boxes and labels
    // that stand for a control, in focus order.
    QList<QWidget*> ordered;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
        ordered.append(w);
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!ordered.contains(w))
            ordered.append(w);
    }
    // What is primary comes first and what is secondary last, each keeping its order.
    std::stable_partition(ordered.begin(), ordered.end(), [](const QWidget* w) { return !isSecondary(w); });
    std::stable_partition(
        ordered.begin(), ordered.end(), [](const QWidget* w) { return w->property(kPrimary).toBool(); });
    // Labels stand where the control they name stands.
    QHash<QWidget*, QLabel*> labelOf;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() && label->window() == window)
            labelOf.insert(label->buddy(), label);
    }
    QSet<QLabel*> taken;
    const auto addLabel = [&holders, &taken](QLabel* l) {
        if (taken.contains(l))
            return;
        taken.insert(l);
        holders.append({l->text(), [l] { return l->text(); }, [l](const QString& t) { l->setText(t); }});
    };
    for (QWidget* w : ordered) {
        if (w->window() != window || inMenuOrTabBar(w))
            continue;
        if (QLabel* l = labelOf.value(w))
            addLabel(l);
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            auto* tool = qobject_cast<QToolButton*>(b);
            if (b->text().isEmpty() || (tool && tool->defaultAction()))
                continue;
            holders.append({b->text(), [b] { return b->text(); }, [b](const QString& t) { b->setText(t); }});
        } else if (auto* g = qobject_cast<QGroupBox*>(w); g && g->isCheckable()) {
            holders.append({g->title(), [g] { return g->title(); }, [g](const QString& t) { g->setTitle(t); }});
        }
    }
    for (QLabel* l : labelOf)
        addLabel(l);
    return holders;
}

QList<Holder> menuScope(QMenu* menu)
{
    QList<Holder> holders;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        holders.append({a->text(), [a] { return a->text(); }, [a](const QString& t) { a->setText(t); }});
    }
    return holders;
}

QList<QMenu*> menusOf(QWidget* window)
{
    QList<QMenu*> menus = window->findChildren<QMenu*>();
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window); mainWindow && mainWindow->menuWidget()) {
        for (QAction* a : mainWindow->menuWidget()->actions()) {
            if (a->menu() && !menus.contains(a->menu()))
                menus.append(a->menu());
        }
    }
    return menus;
}

void clashesIn(const QList<Holder>& holders, const QString& scope, QStringList& out)
{
    QHash<QChar, QStringList> byKey;
    QList<QChar> order;
    for (const Holder& h : holders) {
        const QChar key = keyOf(h.text());
        if (key.isNull())
            continue;
        if (!byKey.contains(key))
            order.append(key);
        byKey[key].append(Mnemonics::stripped(h.text()));
    }
    for (const QChar key : order) {
        if (byKey.value(key).size() > 1)
            out.append(QStringLiteral("%1 Alt+%2: %3").arg(scope, key.toUpper(), byKey.value(key).join(u", ")));
    }
}
} // namespace

namespace Mnemonics {

void setSecondary(QWidget* container)
{
    container->setProperty(kSecondary, true);
}

void setPrimary(QWidget* control)
{
    control->setProperty(kPrimary, true);
}

QString stripped(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

void assign(QWidget* window)
{
    assignScope(windowScope(window));
    for (QMenu* menu : menusOf(window))
        assignScope(menuScope(menu));
}

QStringList problems(QWidget* window)
{
    QStringList out;
    clashesIn(windowScope(window), window->objectName(), out);
    for (QMenu* menu : menusOf(window)) {
        const QList<Holder> holders = menuScope(menu);
        const QString scope = stripped(menu->title());
        clashesIn(holders, scope, out);
        for (const Holder& h : holders) {
            if (markerAt(h.text()) < 0)
                out.append(QStringLiteral("%1: \"%2\" has no mnemonic").arg(scope, h.text()));
        }
    }
    return out;
}

} // namespace Mnemonics

void describeControls(QWidget* window)
{
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->accessibleDescription().isEmpty() && !w->toolTip().isEmpty())
            w->setAccessibleDescription(w->toolTip());
    }
}
