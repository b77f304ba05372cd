#include "tableworkbook.h"

#include "core/files/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TableWorkbookText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TableWorkbook)
};

struct WorkbookCloser {
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

Status failed(lxw_error error) {
    return Error::storage(TableWorkbookText::tr("the spreadsheet could not be written: %1")
                              .arg(QString::fromUtf8(lxw_strerror(error))));
}

bool isNumber(const QVariant &value) {
    const int type = value.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
}

// Column width in Excel's character units: a Han character takes two.
double widthOf(const QString &text) {
    double width = 0;
    for (const QChar c : text) {
        width += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    }
    return width;
}

} // namespace

Status TableWorkbook::write(const QString &path, const QString &sheetName,
                            const QStringList &header, const QList<QVariantList> &rows) {
    // libxlsxwriter writes a file by name: it writes into a private folder first, and the bytes
    // reach `path` through OutputFile, which never leaves a half-written file.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error::storage(TableWorkbookText::tr("no temporary folder for the spreadsheet: %1")
                                  .arg(scratch.errorString()));
    }
    const QByteArray scratchFile = QFile::encodeName(scratch.filePath(QStringLiteral("t.xlsx")));
    const QByteArray tmpdir = QFile::encodeName(scratch.path());
    {
        lxw_workbook_options options{};
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
            workbook_new_opt(scratchFile.constData(), &options));
        if (!workbook) {
            return failed(LXW_ERROR_CREATING_XLSX_FILE);
        }
        const QByteArray sheetUtf8 = sheetName.left(31).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), sheetUtf8.constData());
        lxw_format *bold = workbook_add_format(workbook.get());
        format_set_bold(bold);
        QList<double> widths(header.size(), 6.0);
        for (int c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
            widths[c] = std::max(widths[c], widthOf(header.at(c)));
        }
        for (int r = 0; r < rows.size(); ++r) {
            const QVariantList &row = rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &value = row.at(c);
                const auto line = lxw_row_t(r + 1);
                const auto column = lxw_col_t(c);
                if (isNumber(value)) {
                    worksheet_write_number(sheet, line, column, value.toDouble(), nullptr);
                } else {
                    const QString text = value.toString();
                    worksheet_write_string(sheet, line, column, text.toUtf8().constData(), nullptr);
                    if (c < widths.size()) {
                        widths[c] = std::max(widths[c], widthOf(text));
                    }
                }
            }
        }
        for (int c = 0; c < widths.size(); ++c) {
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c] + 2, 60.0),
                                 nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        const lxw_error closed = workbook_close(workbook.release());
        if (closed != LXW_NO_ERROR) {
            return failed(closed);
        }
    }
    QFile written(QString::fromLocal8Bit(scratchFile));
    if (!written.open(QIODevice::ReadOnly)) {
        return Error::storage(TableWorkbookText::tr("the spreadsheet could not be read back: %1")
                                  .arg(written.errorString()));
    }
    return OutputFile::write(path, written.readAll());
}

} // namespace kuaibao
