#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QWidget>

namespace {
void collect(const QString& text, QSet<QChar>& used)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            used.insert(text.at(i + 1).toLower());
    }
}
} // namespace

void addMnemonics(QWidget* window)
{
    QSet<QChar> used;
    for (const QLabel* label : window->findChildren<QLabel*>())
        collect(label->text(), used);
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>())
        collect(button->text(), used);
    for (const QAction* action : window->findChildren<QAction*>())
        collect(action->text(), used);
    for (const QMenu* menu : window->findChildren<QMenu*>())
        collect(menu->title(), used);

    for (QLabel* label : window->findChildren<QLabel*>()) {
        const QString text = label->text();
        if (!label->buddy() || text.contains(u'&'))
            continue;
        qsizetype at = -1;
        for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
            const QChar c = text.at(i).toLower();
            if (c.isLetterOrNumber() && !used.contains(c))
                at = i;
        }
        // Every letter taken: share one. Qt then moves between the controls that share it.
        for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
            if (text.at(i).isLetterOrNumber())
                at = i;
        }
        if (at < 0)
            continue;
        used.insert(text.at(at).toLower());
        label->setText(text.left(at) + u'&' + text.mid(at));
    }
}

void describeControls(QWidget* window)
{
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->accessibleDescription().isEmpty() && !w->toolTip().isEmpty())
            w->setAccessibleDescription(w->toolTip());
    }
}
