#pragma once

#include "Lead.h"
#include "LeadValidator.h"

#include <QWidget>

#include <array>

class QLabel;

// The lead's fields, built from the field table: required fields first, each with its message line.
class LeadForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadForm)

public:
    explicit LeadForm(QWidget* parent = nullptr);
    ~LeadForm() override;

    [[nodiscard]] Lead lead() const;
    void setLead(const Lead& lead);
    void clear();
    void focusFirstField();
    // Shows each field's problems under it (or hides the line); focuses the first field in error.
    void showIssues(const QList<FieldIssue>& issues);
    [[nodiscard]] QWidget* editor(LeadField field) const;

signals:
    void submitRequested();

private:
    [[nodiscard]] QString text(LeadField field) const;
    std::array<QWidget*, LeadFieldCount> m_editors {};
    std::array<QLabel*, LeadFieldCount> m_messages {};
};
