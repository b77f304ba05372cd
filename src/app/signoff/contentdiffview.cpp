#include "contentdiffview.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/contentdiff.h"

namespace kuaibao {

ContentDiffView::ContentDiffView(QWidget *parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("signoffChanges"));
}

void ContentDiffView::showChanges(const QString &base, const CanonicalContent &current) {
    m_count = 0;
    if (base.isEmpty()) {
        setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("You have not seen this issue before: read it whole.").toHtmlEscaped()));
        return;
    }
    Result<CanonicalContent> before = CanonicalContent::parse(base);
    if (!before) {
        setHtml(QStringLiteral("<p>%1</p>").arg(before.error().message.toHtmlEscaped()));
        return;
    }
    const QList<ContentDifference> differences = diffContent(*before, current);
    m_count = int(differences.size());
    if (differences.isEmpty()) {
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing changed since you last saw this issue.").toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(tr("%n element(s) changed since you last saw or signed this issue:", nullptr,
                    m_count)
                     .toHtmlEscaped());
    for (const ContentDifference &d : differences) {
        html += QStringLiteral("<p><b>%1</b><br/>").arg(d.place.toHtmlEscaped());
        if (!d.before.isEmpty()) {
            html +=
                QStringLiteral(
                    "<span style=\"color:#a00000; text-decoration:line-through\">%1</span><br/>")
                    .arg(d.before.toHtmlEscaped());
        }
        if (!d.after.isEmpty()) {
            html += QStringLiteral("<span style=\"color:#006000\">%1</span>")
                        .arg(d.after.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    setHtml(html);
}

} // namespace kuaibao
