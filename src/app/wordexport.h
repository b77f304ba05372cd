#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QObject>

class QWidget;

namespace kuaibao {

class Database;

// File ▸ Export as Word…: the open issue as a .docx, set with the template version it was saved
// with, written whole to the file the user picks.
class WordExport : public QObject {
    Q_OBJECT

public:
    explicit WordExport(QWidget *parent);

    // Asks where to save the issue, then writes it; tells the user when it cannot.
    void exportIssue(const Database &db, const Issue &issue);
    // Writes the issue's .docx to `path` without asking.
    static Status write(const Database &db, const Issue &issue, const QString &path);

private:
    QWidget *m_parent;
};

} // namespace kuaibao
