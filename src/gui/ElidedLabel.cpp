#include "ElidedLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <QtMath>

#include <algorithm>

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

QRect ElidedLabel::textRect() const
{
    // As QLabel places its text: inside the margin, and indented on each side it is aligned to
    // (by half an "x" less the margin when the label has a frame and no indent of its own).
    const int m = margin();
    QRect rect = contentsRect().adjusted(m, m, -m, -m);
    int indent = this->indent();
    if (indent < 0 && frameWidth() > 0)
        indent = fontMetrics().horizontalAdvance(u'x') / 2 - m;
    if (indent > 0) {
        const Qt::Alignment align = textAlignment();
        if (align & Qt::AlignLeft)
            rect.setLeft(rect.left() + indent);
        if (align & Qt::AlignRight)
            rect.setRight(rect.right() - indent);
        if (align & Qt::AlignTop)
            rect.setTop(rect.top() + indent);
        if (align & Qt::AlignBottom)
            rect.setBottom(rect.bottom() - indent);
    }
    return rect;
}

Qt::Alignment ElidedLabel::textAlignment() const
{
    return QStyle::visualAlignment(text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight, alignment());
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, textRect().width());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const int chrome = width() - textRect().width();
    const int ellipsis = qCeil(QFontMetricsF(font()).horizontalAdvance(QStringLiteral("…")));
    return {std::min(full.width(), ellipsis + chrome), full.height()};
}

bool ElidedLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        // The whole text, then the label's own tooltip (which says more about it), if any.
        const QString own = toolTip();
        const QString tip = own.isEmpty() || own == text() ? text() : text() + QStringLiteral("\n\n") + own;
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    drawFrame(&painter);
    style()->drawItemText(&painter, textRect(), textAlignment(), palette(), isEnabled(), shownText(), foregroundRole());
}
