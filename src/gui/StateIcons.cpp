#include "StateIcons.h"

#include <QHash>
#include <QIconEngine>
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
// The state's mark in a square of side s at the painter's origin; greyed when disabled.
void draw(QPainter& p, SubmissionState state, double s, QIcon::Mode mode)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(mode == QIcon::Disabled ? QColor(0xa0, 0xa0, 0xa0) : color(state));
    const QRectF box(0.5, 0.5, s - 1.0, s - 1.0);
    p.drawEllipse(box);
    QPen pen(Qt::white, std::max(1.5, s / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
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
}

// Painted at the size asked for, when first asked for (not at start-up), then kept.
class StateIconEngine final : public QIconEngine
{
public:
    explicit StateIconEngine(SubmissionState state)
        : m_state(state)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const int side = std::min(rect.width(), rect.height());
        painter->save();
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        draw(*painter, m_state, side, mode);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        const bool disabled = mode == QIcon::Disabled;
        QPixmap& pixmap = m_pixmaps[side * 2 + (disabled ? 1 : 0)];
        if (pixmap.isNull() && side > 0) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            draw(p, m_state, side, disabled ? QIcon::Disabled : QIcon::Normal);
        }
        return pixmap;
    }

    QIconEngine* clone() const override { return new StateIconEngine(m_state); }

private:
    SubmissionState m_state;
    QHash<int, QPixmap> m_pixmaps; // by side × 2, + 1 when disabled
};
} // namespace

QIcon icon(SubmissionState state)
{
    static QIcon cache[6];
    QIcon& icon = cache[static_cast<int>(state)];
    if (icon.isNull())
        icon = QIcon(new StateIconEngine(state));
    return icon;
}

} // namespace StateIcons
