#pragma once

#include <QList>
#include <QString>

// How names, phones and emails are put into, and looked up in, the full-text search index.
namespace SearchText {
// The phone's words in the index: its digits as typed and in E.164, and the last seven and four
// digits, so "809 555", "8095550123", "+1809…" and "0123" all find it.
QString phoneTokens(const QString& typed, const QString& e164);
// The words of what the user typed, each to prefix-match some column (SubmissionStore::ftsMatch
// makes the FTS5 query). Runs of digits with spaces, dashes or parentheses between them count as
// one phone number; short numbers match the name or email only. Empty when nothing is searchable.
struct FtsWord
{
    QString word;
    bool nameOrEmailOnly = false;
};
QList<FtsWord> ftsWords(const QString& text);
// One word's FTS5 term, quoted: "word"*, or {full_name email} : "word"*.
QString ftsTerm(const FtsWord& word);
// The word as the index's tokenizer keeps it (lower case, accents removed: "Núñez" → "nunez"), when
// that is certain: letters and digits of Latin-1. Empty otherwise ("straße", "Ørsted", "Σ").
QString indexForm(const QString& word);
// An FTS5 query where every word of the text (split as the index splits: on anything but letters
// and digits) must prefix-match some column; no phone rule (the catalog's names hold short numbers:
// "Torre Naco 5"). Empty when the text holds no word.
QString prefixQuery(const QString& text);
// The text itself when it is (the start of) an email address: it holds an '@' and no space.
QString emailPrefix(const QString& text);
// Whether the text is a whole address (name@domain.tld): then only an address that starts so can
// match, and the email index answers alone, found or not.
bool isCompleteEmail(const QString& text);
} // namespace SearchText
