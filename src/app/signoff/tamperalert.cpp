#include "tamperalert.h"

#include "adminkeywatch.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TamperAlertText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TamperAlert)
};

} // namespace

QString tamperWarningText(const QList<VerifyReport> &reports) {
    QStringList paragraphs;
    for (const VerifyReport &r : reports) {
        const QString label = r.series == Series::Supplement
                                  ? TamperAlertText::tr("Supplement issue %1").arg(r.number)
                                  : TamperAlertText::tr("Issue %1").arg(r.number);
        paragraphs << label + QLatin1Char('\n') + QStringLiteral("• ") +
                          r.problems.join(QStringLiteral("\n• "));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QList<VerifyReport> warnAboutTamperedIssues(Database &database, QWidget *parent) {
    Result<QList<VerifyReport>> tampered = SignoffVerifier(database).findTampered();
    if (!tampered) {
        QMessageBox::warning(parent, TamperAlertText::tr("Sign-off check failed"),
                             tampered.error().message);
        return {};
    }
    if (tampered->isEmpty()) {
        return {};
    }
    QMessageBox box(
        QMessageBox::Warning, TamperAlertText::tr("Signed issues were changed"),
        TamperAlertText::tr("%n signed issue(s) no longer match what was signed. Someone changed "
                            "the archive outside this program.",
                            nullptr, int(tampered->size())),
        QMessageBox::Ok, parent);
    box.setDetailedText(tamperWarningText(*tampered));
    box.exec();
    return *tampered;
}

bool warnAboutAdminKeyChange(Database &database, QWidget *parent) {
    const AdminKeyWatch watch(database);
    if (!watch.changed()) {
        return false;
    }
    QMessageBox box(QMessageBox::Critical, TamperAlertText::tr("The administrator key changed"),
                    watch.warningText(), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("adminKeyChangedAlert"));
    box.exec();
    return true;
}

} // namespace kuaibao
