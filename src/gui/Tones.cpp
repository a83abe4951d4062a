#include "Tones.h"

#include <QPalette>
#include <QWidget>

namespace Tones {

bool isDark(const QWidget& widget)
{
    return widget.palette().color(QPalette::Window).lightness() < 128;
}

QString textStyle(const QWidget& widget, Tone tone)
{
    const bool dark = isDark(widget);
    switch (tone) {
    case Tone::Error:
        return dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;");
    case Tone::Warning:
        return dark ? QStringLiteral("color: #ffcc80;") : QStringLiteral("color: #8a5a00;");
    case Tone::Info:
        return dark ? QStringLiteral("color: #90caf9;") : QStringLiteral("color: #0b3d91;");
    }
    return {};
}

QString profileFieldStyle()
{
    return QStringLiteral("background: #fff8dc; color: #1a1a1a;");
}

} // namespace Tones
