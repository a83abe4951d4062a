#include "StateIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace StateIcons {

QColor color(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Queued:
        return QColor(0x6b, 0x6f, 0x76);
    case SubmissionState::Sending:
        return QColor(0x1a, 0x63, 0xd8);
    case SubmissionState::Created:
        return QColor(0x1e, 0x88, 0x3e);
    case SubmissionState::Duplicate:
        return QColor(0x00, 0x7c, 0x89);
    case SubmissionState::Rejected:
        return QColor(0xc6, 0x28, 0x28);
    case SubmissionState::Unconfirmed:
        return QColor(0xb2, 0x6a, 0x00);
    }
    return Qt::gray;
}

namespace {
QIcon paint(SubmissionState state)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(state));
        const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
        p.drawEllipse(box);
        QPen pen(Qt::white, std::max(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double s = size;
        QPainterPath path;
        switch (state) {
        case SubmissionState::Queued: // a clock
            p.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s / 2));
            p.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.7, s * 0.62));
            break;
        case SubmissionState::Sending: // an arrow up
            p.drawLine(QPointF(s / 2, s * 0.75), QPointF(s / 2, s * 0.27));
            path.moveTo(s * 0.3, s * 0.45);
            path.lineTo(s / 2, s * 0.25);
            path.lineTo(s * 0.7, s * 0.45);
            p.drawPath(path);
            break;
        case SubmissionState::Created: // a tick
            path.moveTo(s * 0.27, s * 0.52);
            path.lineTo(s * 0.44, s * 0.7);
            path.lineTo(s * 0.74, s * 0.32);
            p.drawPath(path);
            break;
        case SubmissionState::Duplicate: // two bars: "equal"
            p.drawLine(QPointF(s * 0.3, s * 0.4), QPointF(s * 0.7, s * 0.4));
            p.drawLine(QPointF(s * 0.3, s * 0.6), QPointF(s * 0.7, s * 0.6));
            break;
        case SubmissionState::Rejected: // a cross
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
            break;
        case SubmissionState::Unconfirmed: // an exclamation mark
            p.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.56));
            p.drawPoint(QPointF(s / 2, s * 0.74));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon icon(SubmissionState state)
{
    // Painted once per state: views ask for the icon of every row they measure or draw.
    static QIcon cache[6];
    QIcon& icon = cache[static_cast<int>(state)];
    if (icon.isNull())
        icon = paint(state);
    return icon;
}

} // namespace StateIcons
