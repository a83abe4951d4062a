#pragma once

#include "core/SecretStore.h"

#include <memory>

// The operating system's own store for secrets, as the programs use it: the keychain through
// QtKeychain on Linux and macOS (KeychainSecretStore), the Credential Manager on Windows
// (WindowsCredentialStore). The build picks one; callers never name it.
std::unique_ptr<SecretStore> makeSystemSecretStore(const QString& service = QStringLiteral("LeadEntry"));
