#pragma once

#include <QCoreApplication>
#include <QString>

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain service on this system, or it refused access
        Failed,
    };
    Status status = Status::Failed;
    QString value; // the secret, for a successful read
    QString error; // translated, for anything but Ok and NotFound

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// Where the API key lives: the OS keychain in the programs, memory in tests. Calls block until the
// store answers (the keychain answers in milliseconds; implementations bound the wait).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual SecretResult read(const QString& name) = 0;
    [[nodiscard]] virtual SecretResult write(const QString& name, const QString& secret) = 0;
    [[nodiscard]] virtual SecretResult remove(const QString& name) = 0;
    // Where secrets go, for the user: "the system keychain (Secret Service)".
    [[nodiscard]] virtual QString description() const = 0;
};

// The API key: ALTERESTATE_API_KEY when set, else the key in the store.
class ApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ApiKey)

public:
    enum class Source {
        None,
        Environment,
        Store,
    };
    static QString secretName() { return QStringLiteral("alterestate-api-key"); }
    // What to tell the user when there is no key at all.
    [[nodiscard]] static QString missingText();

    struct Resolved
    {
        QString key;
        Source source = Source::None;
        QString problem; // translated: why no key could be had
        bool stored = false; // a key is in the store (used or not)
        QString storeProblem; // translated: why the store could not be read, when it could not
    };
    // The one place the rule is written: ALTERESTATE_API_KEY when set (and useEnvironment), else
    // the key in the store. The store is read even when the environment wins, so that callers can
    // tell the user both. Practice mode does not use the environment.
    [[nodiscard]] static Resolved resolve(SecretStore& store, bool useEnvironment = true);
    // Whether ALTERESTATE_API_KEY is set (and so is the key in use).
    [[nodiscard]] static bool fromEnvironment();
};

// The public API token (header `aetoken`) that AlterEstate's read APIs — the properties and agents
// of the catalog — ask for: ALTERESTATE_PUBLIC_TOKEN when set, else the token in the store, beside
// the key. Without it everything but the catalog works.
class PublicToken
{
    Q_DECLARE_TR_FUNCTIONS(PublicToken)

public:
    static QString secretName() { return QStringLiteral("alterestate-public-token"); }
    // What to tell the user when there is none, and where an administrator finds it.
    [[nodiscard]] static QString missingText();
    // The same rule as the key's, with ALTERESTATE_PUBLIC_TOKEN.
    [[nodiscard]] static ApiKey::Resolved resolve(SecretStore& store, bool useEnvironment = true);
    [[nodiscard]] static bool fromEnvironment();
};
