#include "issuepreview.h"

#include "io/textexporter.h"

#include <QPlainTextEdit>

namespace kuaibao {

QWidget *textIssuePreview(const Issue &issue, QWidget *parent) {
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(QStringLiteral("issueTextPreview"));
    view->setReadOnly(true);
    view->setPlainText(exportIssueText(issue));
    return view;
}

} // namespace kuaibao
