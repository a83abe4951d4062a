#include "LeadForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>

namespace {
std::size_t at(LeadField field)
{
    return static_cast<std::size_t>(field);
}
} // namespace

LeadForm::LeadForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto& info : LeadFields::all()) {
        QWidget* editor = nullptr;
        if (info.kind == FieldKind::MultilineText) {
            auto* edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            editor = edit;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setMaxLength(info.maxLength * 2); // surrogate pairs count twice in QLineEdit
            edit->setClearButtonEnabled(true);
            if (info.kind == FieldKind::Email)
                edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
            if (info.kind == FieldKind::Phone) {
                edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
                edit->setPlaceholderText(tr("e.g. 809 555 0123"));
            }
            editor = edit;
        }
        const QString label = LeadFields::label(info.field);
        editor->setObjectName(LeadFields::apiName(info.field));
        editor->setAccessibleName(label);
        auto* message = new QLabel(this);
        message->setObjectName(LeadFields::apiName(info.field) + QStringLiteral("_message"));
        message->setWordWrap(true);
        message->setVisible(false);
        auto* rowLabel = new QLabel(info.required ? tr("%1 *").arg(label) : label, this);
        rowLabel->setBuddy(editor);
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        layout->addRow(rowLabel, cell);
        m_editors[at(info.field)] = editor;
        m_messages[at(info.field)] = message;
    }
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submit, &QShortcut::activated, this, &LeadForm::submitRequested);
    auto* submitEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    submitEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submitEnter, &QShortcut::activated, this, &LeadForm::submitRequested);
}

LeadForm::~LeadForm() = default;

QWidget* LeadForm::editor(LeadField field) const
{
    return m_editors[at(field)];
}

QString LeadForm::text(LeadField field) const
{
    QWidget* w = editor(field);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return plain->toPlainText();
    return {};
}

Lead LeadForm::lead() const
{
    Lead lead;
    for (const auto& info : LeadFields::all())
        lead.setValue(info.field, text(info.field));
    return lead;
}

void LeadForm::setLead(const Lead& lead)
{
    for (const auto& info : LeadFields::all()) {
        QWidget* w = editor(info.field);
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setText(lead.value(info.field));
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            plain->setPlainText(lead.value(info.field));
    }
}

void LeadForm::clear()
{
    setLead(Lead());
    showIssues({});
}

void LeadForm::focusFirstField()
{
    editor(LeadField::FullName)->setFocus(Qt::OtherFocusReason);
}

void LeadForm::showIssues(const QList<FieldIssue>& issues)
{
    for (QLabel* message : m_messages) {
        message->clear();
        message->setVisible(false);
    }
    QWidget* firstError = nullptr;
    for (const auto& info : LeadFields::all()) {
        QStringList lines;
        bool error = false;
        for (const FieldIssue& issue : issues) {
            if (issue.field != info.field)
                continue;
            lines.append(issue.message);
            error = error || issue.severity == FieldIssue::Severity::Error;
        }
        if (lines.isEmpty())
            continue;
        QLabel* message = m_messages[at(info.field)];
        // The text says error or warning in words, so it does not rely on colour alone.
        message->setText((error ? tr("Error: %1") : tr("Check: %1")).arg(lines.join(u' ')));
        message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
        message->setVisible(true);
        if (error && !firstError)
            firstError = editor(info.field);
    }
    if (firstError)
        firstError->setFocus(Qt::OtherFocusReason);
}
