#pragma once

#include <QString>

class QWidget;

// Text colours for messages that read well on the widget's background, light or dark theme.
// The words ("Error:", "Check:") always say it too: colour is never the only signal.
namespace Tones {
enum class Tone {
    Error,
    Warning,
    Info,
    Success,
};
// A style sheet that colours a label's text.
QString textStyle(const QWidget& widget, Tone tone);
// A style sheet for a message banner: a frame named `frameName` tinted for the tone and a label
// named `labelName` inside it, both readable on the widget's light or dark theme.
QString bannerStyle(const QWidget& widget, Tone tone, const QString& frameName, const QString& labelName);
// The tint of a field filled from an event profile, with text that stays legible on it.
QString profileFieldStyle();
bool isDark(const QWidget& widget);
} // namespace Tones
