#include "personname.h"

#include <QCoreApplication>

#include <unicode/uspoof.h>

#include <memory>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PersonNameText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PersonName)
};

bool isCompatibilityIdeograph(char32_t c) {
    return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

QString codePoint(char32_t c) {
    return QStringLiteral("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// The spoof checker, opened once.
const USpoofChecker *spoofChecker() {
    static USpoofChecker *checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker *sc = uspoof_open(&status);
        if (U_FAILURE(status)) {
            return static_cast<USpoofChecker *>(nullptr);
        }
        uspoof_setChecks(sc, USPOOF_CONFUSABLE, &status);
        return U_FAILURE(status) ? nullptr : sc;
    }();
    return checker;
}

} // namespace

Result<QString> PersonName::normalise(const QString &raw) {
    for (const char32_t c : raw.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Control || cat == QChar::Other_Format) {
            return Error::badInput(
                PersonNameText::tr("a name cannot contain invisible or control characters "
                                   "(%1)")
                    .arg(codePoint(c)));
        }
        if (isCompatibilityIdeograph(c)) {
            return Error::badInput(
                PersonNameText::tr("a name cannot contain the CJK compatibility character %1 "
                                   "(it looks like an ordinary character but is a different one)")
                    .arg(codePoint(c)));
        }
        if (cat == QChar::Other_NotAssigned || cat == QChar::Other_Surrogate ||
            cat == QChar::Other_PrivateUse) {
            return Error::badInput(
                PersonNameText::tr("a name cannot contain the character %1").arg(codePoint(c)));
        }
    }
    const QString name = raw.normalized(QString::NormalizationForm_KC).simplified();
    if (name.isEmpty()) {
        return Error::badInput(PersonNameText::tr("a person needs a name"));
    }
    return name;
}

bool PersonName::confusable(const QString &a, const QString &b) {
    const USpoofChecker *sc = spoofChecker();
    if (sc == nullptr) {
        return a == b;
    }
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_areConfusable(
        sc, reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
        reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), &status);
    return U_FAILURE(status) || result != 0;
}

Status PersonName::checkDistinct(const QString &name, const QStringList &existing) {
    for (const QString &other : existing) {
        const Result<QString> normalisedOther = normalise(other);
        const QString cmp = normalisedOther ? *normalisedOther : other;
        if (cmp == name) {
            return Error::conflict(
                PersonNameText::tr("%1 is already in the people list").arg(other));
        }
        if (confusable(name, cmp)) {
            return Error::conflict(
                PersonNameText::tr("“%1” looks the same as %2, who is already in the people "
                                   "list; choose a name that cannot be mistaken for it")
                    .arg(escapeControls(name), other));
        }
    }
    return {};
}

bool hasControlCharacters(const QString &text, bool allowNewlines) {
    for (const char32_t c : text.toUcs4()) {
        if (allowNewlines && (c == U'\n' || c == U'\r' || c == U'\t')) {
            continue;
        }
        if (QChar::category(c) == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

QString escapeControls(const QString &text) {
    QString out;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (c == U'\n') {
            out += QStringLiteral("\\n");
        } else if (c == U'\t') {
            out += QStringLiteral("\\t");
        } else if (c == U'\r') {
            out += QStringLiteral("\\r");
        } else if (c == 0x1B) {
            out += QStringLiteral("\\e");
        } else if (cat == QChar::Other_Control || cat == QChar::Other_Format) {
            out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

} // namespace kuaibao
