#pragma once

#include <QLabel>

// A one-line label that gives way when its row is short: its text ends in "…" where it does
// not fit, and then its tooltip is the whole text, followed by its own tooltip if it has one. Its
// minimum width is that of "…": a long message in a status bar (a storage error, the Spanish
// wording) no longer widens the window's minimum past the screen and its buttons beyond its edge.
// Plain text only.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // The text as drawn at the label's present width.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] bool isElided() const { return shownText() != text(); }

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QRect textRect() const;
    [[nodiscard]] Qt::Alignment textAlignment() const;
};
