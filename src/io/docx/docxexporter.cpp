#include "docxexporter.h"

#include "docxbody.h"
#include "docxparts.h"
#include "docxstyle.h"
#include "zipwriter.h"

namespace kuaibao {

Result<QByteArray> exportIssueDocx(const Issue &issue, const BulletinTemplate &bulletinTemplate) {
    const DocxStyle style = DocxStyle::fromTemplate(bulletinTemplate);
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), docxparts::contentTypes());
    zip.add(QStringLiteral("_rels/.rels"), docxparts::packageRelationships());
    zip.add(QStringLiteral("docProps/core.xml"), docxparts::coreProperties(issue));
    zip.add(QStringLiteral("docProps/app.xml"), docxparts::appProperties());
    zip.add(QStringLiteral("word/document.xml"), docxDocumentXml(issue, style));
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), docxparts::documentRelationships());
    zip.add(QStringLiteral("word/styles.xml"), docxparts::styles(style));
    zip.add(QStringLiteral("word/settings.xml"), docxparts::settings());
    zip.add(QStringLiteral("word/footer1.xml"), docxparts::pageNumberFooter(style, true));
    zip.add(QStringLiteral("word/footer2.xml"), docxparts::pageNumberFooter(style, false));
    zip.add(QStringLiteral("word/footer3.xml"), docxparts::emptyFooter());
    return zip.finish();
}

} // namespace kuaibao
