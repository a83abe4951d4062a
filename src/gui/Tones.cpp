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
    case Tone::Success:
        return dark ? QStringLiteral("color: #a5d6a7;") : QStringLiteral("color: #0d5224;");
    }
    return {};
}

QString bannerStyle(const QWidget& widget, Tone tone, const QString& frameName, const QString& labelName)
{
    struct Colours
    {
        const char* background;
        const char* border;
        const char* text;
    };
    // Light: a pale tint with dark text. Dark: a deep tint with light text, the same hue.
    static constexpr Colours light[] = {
        {"#fdecea", "#ee9a94", "#7a0b0b"}, // error
        {"#fff4e5", "#f0b45b", "#663c00"}, // warning
        {"#e8f0fe", "#9bb7f0", "#0b3d91"}, // info
        {"#e6f4ea", "#8cc79f", "#0d5224"}, // success
    };
    static constexpr Colours dark[] = {
        {"#4a1c1c", "#b35a55", "#ffd6d2"},
        {"#4a3510", "#b3873a", "#ffe7c2"},
        {"#1b2d4d", "#5577b3", "#d6e4ff"},
        {"#183a24", "#4f9a68", "#d4f2dc"},
    };
    const Colours& c = (isDark(widget) ? dark : light)[static_cast<int>(tone)];
    return QStringLiteral("#%1 { background:%2; border:1px solid %3; border-radius:4px; } #%4 { color:%5; }")
        .arg(frameName, QLatin1String(c.background), QLatin1String(c.border), labelName, QLatin1String(c.text));
}

QString profileFieldStyle()
{
    return QStringLiteral("background: #fff8dc; color: #1a1a1a;");
}

} // namespace Tones
