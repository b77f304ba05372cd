#pragma once

#include "core/result.h"

#include <QDialog>

#include <memory>

class QTreeWidget;

namespace Ui {
class UnitsEditorDialog;
}

namespace kuaibao {

class Database;

// Edits the archive's unit list: units with their aliases, adding a unit or an alias, and
// the names items use that are not in the list, each mapped onto a unit in one step.
class UnitsEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnitsEditorDialog(Database &database, QWidget *parent = nullptr);
    ~UnitsEditorDialog() override;

    void reload();
    QTreeWidget *unitList() const;
    QTreeWidget *unknownList() const;
    // Maps the selected unknown name onto the unit chosen beside it.
    void mapSelected();

private:
    void addUnit();
    void addAlias();
    void removeAlias();
    void report(const Status &status, const QString &done);

    std::unique_ptr<Ui::UnitsEditorDialog> m_ui;
    Database &m_database;
};

} // namespace kuaibao
