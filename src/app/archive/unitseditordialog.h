#pragma once

#include "core/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kuaibao {

class Database;

// Edits the archive's unit list: units with their aliases, adding a unit or an alias, and
// the names items use that are not in the list, each mapped onto a unit in one step.
class UnitsEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnitsEditorDialog(Database &database, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *unitList() const { return m_units; }
    QTreeWidget *unknownList() const { return m_unknown; }
    // Maps the selected unknown name onto the unit chosen beside it.
    void mapSelected();

private:
    void addUnit();
    void addAlias();
    void removeAlias();
    void report(const Status &status, const QString &done);

    Database &m_database;
    QTreeWidget *m_units = nullptr;
    QLineEdit *m_newName = nullptr;
    QTreeWidget *m_unknown = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace kuaibao
