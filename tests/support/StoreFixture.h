#pragma once

#include "storage/Database.h"
#include "storage/SubmissionStore.h"

#include <QTemporaryDir>

#include <memory>

// A fresh history file in a temporary folder, opened, with helpers to make leads.
struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<SubmissionStore> store;

    QString path() const { return dir.filePath(QStringLiteral("leadentry.sqlite")); }
    // Opens (or reopens) the file; returns the error, empty on success.
    QString open()
    {
        store.reset();
        database = std::make_unique<Database>(path());
        const Status opened = database->open();
        store = std::make_unique<SubmissionStore>(*database);
        return opened.error();
    }

    static SubmissionStore::NewSubmission lead(
        const QString& name, const QString& phoneE164, const QString& email, const QString& event = {})
    {
        SubmissionStore::NewSubmission s;
        s.lead.setValue(LeadField::FullName, name);
        s.lead.setValue(LeadField::Phone, phoneE164);
        s.lead.setValue(LeadField::Email, email);
        s.phoneE164 = phoneE164;
        s.requestBody = "{\"full_name\":\"" + name.toUtf8() + "\"}";
        s.origin = Origin::Cli;
        s.event = event;
        return s;
    }
};
