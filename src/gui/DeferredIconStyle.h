#pragma once

#include <QProxyStyle>

// The application's style, with the icons of the menu bar's and toolbars' overflow buttons made
// when first drawn rather than when the bars are built. Qt's own style reads them from PNG files
// with a reader that asks every image plugin whether it reads the file, which loads each plugin
// (GIF, ICO, JPEG and the JPEG library) before the window's first paint; the buttons show only
// when a bar is too narrow for its contents.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // The style QApplication chose (the platform's, or `-style`'s), made again under this proxy.
    explicit DeferredIconStyle(const QString& baseStyleName);

    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;
};
