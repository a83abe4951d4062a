#include "SearchText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {
QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// The words of a text, split where the index's tokenizer splits: on anything but letters and digits.
QStringList indexWords(const QString& text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return words;
}
} // namespace

namespace SearchText {

QString phoneTokens(const QString& typed, const QString& e164)
{
    QStringList tokens;
    const auto add = [&tokens](const QString& t) {
        if (t.size() >= 3 && !tokens.contains(t))
            tokens.append(t);
    };
    const QString typedDigits = digitsOf(typed);
    const QString fullDigits = digitsOf(e164);
    add(typedDigits);
    add(fullDigits);
    const QString longest = fullDigits.size() >= typedDigits.size() ? fullDigits : typedDigits;
    if (longest.size() > 10)
        add(longest.right(10)); // the national number of +1 and most plans
    if (longest.size() > 7)
        add(longest.right(7));
    if (longest.size() > 4)
        add(longest.right(4));
    return tokens.join(u' ');
}

QList<FtsWord> ftsWords(const QString& text)
{
    // Phone-like runs first: "(809) 555-01" is one number, not three words.
    static const QRegularExpression phoneRun(QStringLiteral("\\+?\\(?\\d[\\d\\s().-]{2,}\\d"));
    QString rest = text;
    QStringList words;
    auto it = phoneRun.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        words.append(digitsOf(m.captured(0)));
    }
    rest.replace(phoneRun, QStringLiteral(" "));
    words += indexWords(rest);
    QList<FtsWord> found;
    for (const QString& w : std::as_const(words)) {
        if (w.isEmpty())
            continue;
        // A short run of digits ("Cliente 1") is part of a name or an address, not a phone search:
        // every phone starts with a digit or two.
        const bool shortNumber = w.size() < 4 && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
        found.append({w, shortNumber});
    }
    return found;
}

QString ftsTerm(const FtsWord& word)
{
    // Quoted: no FTS5 syntax gets through.
    return (word.nameOrEmailOnly ? QStringLiteral("{full_name email} : \"") : QStringLiteral("\"")) + word.word
        + QStringLiteral("\"*");
}

QString indexForm(const QString& word)
{
    QString folded;
    for (const QChar c : word) {
        if (c.unicode() > 0xFF)
            return {};
        for (const QChar d : QString(c).normalized(QString::NormalizationForm_D)) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            const QChar lower = d.toLower();
            if (!((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')))
                return {}; // ß, ø, æ, ², …: how the tokenizer folds them is not assumed
            folded.append(lower);
        }
    }
    return folded;
}

QString prefixQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : indexWords(text))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

bool isCompleteEmail(const QString& text)
{
    static const QRegularExpression whole(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return whole.match(text.trimmed()).hasMatch();
}

QString emailPrefix(const QString& text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'@') || std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isSpace(); }))
        return {};
    return t;
}

} // namespace SearchText
