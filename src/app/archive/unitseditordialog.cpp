#include "unitseditordialog.h"

#include "storage/units/unitdirectory.h"
#include "ui_unitseditordialog.h"

namespace kuaibao {

UnitsEditorDialog::UnitsEditorDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnitsEditorDialog>()), m_database(database) {
    m_ui->setupUi(this);
    connect(m_ui->addUnitButton, &QPushButton::clicked, this, &UnitsEditorDialog::addUnit);
    connect(m_ui->addAliasButton, &QPushButton::clicked, this, &UnitsEditorDialog::addAlias);
    connect(m_ui->removeAliasButton, &QPushButton::clicked, this, &UnitsEditorDialog::removeAlias);
    connect(m_ui->mapButton, &QPushButton::clicked, this, &UnitsEditorDialog::mapSelected);
    reload();
}

UnitsEditorDialog::~UnitsEditorDialog() = default;

QTreeWidget *UnitsEditorDialog::unitList() const {
    return m_ui->unitList;
}

QTreeWidget *UnitsEditorDialog::unknownList() const {
    return m_ui->unknownList;
}

void UnitsEditorDialog::reload() {
    UnitDirectory directory(m_database);
    m_ui->unitList->clear();
    m_ui->unknownList->clear();
    m_ui->mapTarget->clear();
    Result<QList<UnitEntry>> units = directory.list();
    Result<QList<UnknownUnit>> unknown = directory.unknown();
    if (!units || !unknown) {
        m_ui->unitsMessage->setText(!units ? units.error().message : unknown.error().message);
        return;
    }
    for (const UnitEntry &unit : *units) {
        new QTreeWidgetItem(m_ui->unitList, {unit.name, unit.aliases.join(QStringLiteral("、"))});
        m_ui->mapTarget->addItem(unit.name);
    }
    for (const UnknownUnit &name : *unknown) {
        new QTreeWidgetItem(m_ui->unknownList, {name.name, QString::number(name.items),
                                                QString::number(name.mentions)});
    }
    m_ui->unitList->resizeColumnToContents(0);
}

void UnitsEditorDialog::report(const Status &status, const QString &done) {
    if (!status) {
        m_ui->unitsMessage->setText(status.error().message);
        return;
    }
    reload();
    m_ui->unitsMessage->setText(done);
}

void UnitsEditorDialog::addUnit() {
    const QString name = m_ui->newName->text().trimmed();
    report(UnitDirectory(m_database).add(name), tr("Added %1.").arg(name));
    m_ui->newName->clear();
}

void UnitsEditorDialog::addAlias() {
    QTreeWidgetItem *unit = m_ui->unitList->currentItem();
    if (unit == nullptr) {
        m_ui->unitsMessage->setText(tr("Select the unit the alias belongs to."));
        return;
    }
    const QString alias = m_ui->newName->text().trimmed();
    Result<int> mapped = UnitDirectory(m_database).addAlias(unit->text(0), alias);
    report(mapped ? Status() : Status(mapped.error()),
           mapped ? tr("%1 is now an alias of %2; %n occurrence(s) mapped.", nullptr, *mapped)
                        .arg(alias, unit->text(0))
                  : QString());
    m_ui->newName->clear();
}

void UnitsEditorDialog::removeAlias() {
    const QString alias = m_ui->newName->text().trimmed();
    report(UnitDirectory(m_database).removeAlias(alias),
           tr("%1 is no longer an alias.").arg(alias));
}

void UnitsEditorDialog::mapSelected() {
    QTreeWidgetItem *name = m_ui->unknownList->currentItem();
    if (name == nullptr) {
        m_ui->unitsMessage->setText(tr("Select the unknown name to map."));
        return;
    }
    const QString from = name->text(0);
    const QString to = m_ui->mapTarget->currentText();
    Result<int> mapped = UnitDirectory(m_database).map(from, to);
    report(mapped ? Status() : Status(mapped.error()),
           mapped ? tr("%n occurrence(s) of %1 now count for %2.", nullptr, *mapped).arg(from, to)
                  : QString());
}

} // namespace kuaibao
