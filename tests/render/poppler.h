#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kuaibao::test {

// A word of `pdftotext -bbox`, in points from the page's top-left corner.
struct PdfWord {
    QString text;
    QRectF box;
};

// poppler-utils run on a PDF: what the tests ask of a written file.
struct Poppler {
    // stdout of `tool args…`; empty with `ok` false when the tool is missing or failed.
    static QString run(const QString &tool, const QStringList &args, bool *ok = nullptr);
    // The text of page `page` (1-based), or of the whole file when page is 0.
    static QString text(const QString &pdf, int page = 0);
    static QString info(const QString &pdf, const QStringList &extra = {});
    static QString fonts(const QString &pdf);
    // The words of page `page` (1-based) with their boxes (`pdftotext -bbox`).
    static QList<PdfWord> words(const QString &pdf, int page);
    // pdfinfo's "Pages:" figure, -1 when unreadable.
    static int pageCount(const QString &pdf);
};

// Removes every kind of white space, so text can be compared whatever the spacing.
QString squeezed(const QString &text);

} // namespace kuaibao::test
