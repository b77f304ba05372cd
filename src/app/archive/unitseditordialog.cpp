#include "unitseditordialog.h"

#include "storage/units/unitdirectory.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuaibao {

UnitsEditorDialog::UnitsEditorDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database) {
    setWindowTitle(tr("Units"));
    m_units = new QTreeWidget(this);
    m_units->setHeaderLabels({tr("Unit"), tr("Aliases")});
    m_units->setRootIsDecorated(false);
    m_newName = new QLineEdit(this);
    m_newName->setPlaceholderText(tr("A unit name, or an alias of the selected unit"));
    auto *addUnitButton = new QPushButton(tr("Add unit"), this);
    auto *addAliasButton = new QPushButton(tr("Add alias to selected"), this);
    auto *removeAliasButton = new QPushButton(tr("Remove alias"), this);

    m_unknown = new QTreeWidget(this);
    m_unknown->setHeaderLabels({tr("Name not in the list"), tr("Items"), tr("Mentions")});
    m_unknown->setRootIsDecorated(false);
    m_target = new QComboBox(this);
    auto *mapButton = new QPushButton(tr("Map all occurrences to"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *listBox = new QGroupBox(tr("Unit list"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_units);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_newName, 1);
    editRow->addWidget(addUnitButton);
    editRow->addWidget(addAliasButton);
    editRow->addWidget(removeAliasButton);
    listLayout->addLayout(editRow);
    auto *unknownBox = new QGroupBox(tr("Unknown units"), this);
    auto *unknownLayout = new QVBoxLayout(unknownBox);
    unknownLayout->addWidget(m_unknown);
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(mapButton);
    mapRow->addWidget(m_target, 1);
    unknownLayout->addLayout(mapRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listBox, 2);
    layout->addWidget(unknownBox, 1);
    layout->addWidget(m_message);
    resize(620, 640);

    connect(addUnitButton, &QPushButton::clicked, this, &UnitsEditorDialog::addUnit);
    connect(addAliasButton, &QPushButton::clicked, this, &UnitsEditorDialog::addAlias);
    connect(removeAliasButton, &QPushButton::clicked, this, &UnitsEditorDialog::removeAlias);
    connect(mapButton, &QPushButton::clicked, this, &UnitsEditorDialog::mapSelected);
    reload();
}

void UnitsEditorDialog::reload() {
    UnitDirectory directory(m_database);
    m_units->clear();
    m_unknown->clear();
    m_target->clear();
    Result<QList<UnitEntry>> units = directory.list();
    Result<QList<UnknownUnit>> unknown = directory.unknown();
    if (!units || !unknown) {
        m_message->setText(!units ? units.error().message : unknown.error().message);
        return;
    }
    for (const UnitEntry &unit : *units) {
        new QTreeWidgetItem(m_units, {unit.name, unit.aliases.join(QStringLiteral("、"))});
        m_target->addItem(unit.name);
    }
    for (const UnknownUnit &name : *unknown) {
        new QTreeWidgetItem(
            m_unknown, {name.name, QString::number(name.items), QString::number(name.mentions)});
    }
    m_units->resizeColumnToContents(0);
}

void UnitsEditorDialog::report(const Status &status, const QString &done) {
    if (!status) {
        m_message->setText(status.error().message);
        return;
    }
    reload();
    m_message->setText(done);
}

void UnitsEditorDialog::addUnit() {
    const QString name = m_newName->text().trimmed();
    report(UnitDirectory(m_database).add(name), tr("Added %1.").arg(name));
    m_newName->clear();
}

void UnitsEditorDialog::addAlias() {
    QTreeWidgetItem *unit = m_units->currentItem();
    if (unit == nullptr) {
        m_message->setText(tr("Select the unit the alias belongs to."));
        return;
    }
    const QString alias = m_newName->text().trimmed();
    Result<int> mapped = UnitDirectory(m_database).addAlias(unit->text(0), alias);
    report(mapped ? Status() : Status(mapped.error()),
           mapped ? tr("%1 is now an alias of %2; %n occurrence(s) mapped.", nullptr, *mapped)
                        .arg(alias, unit->text(0))
                  : QString());
    m_newName->clear();
}

void UnitsEditorDialog::removeAlias() {
    const QString alias = m_newName->text().trimmed();
    report(UnitDirectory(m_database).removeAlias(alias),
           tr("%1 is no longer an alias.").arg(alias));
}

void UnitsEditorDialog::mapSelected() {
    QTreeWidgetItem *name = m_unknown->currentItem();
    if (name == nullptr) {
        m_message->setText(tr("Select the unknown name to map."));
        return;
    }
    const QString from = name->text(0);
    const QString to = m_target->currentText();
    Result<int> mapped = UnitDirectory(m_database).map(from, to);
    report(mapped ? Status() : Status(mapped.error()),
           mapped ? tr("%n occurrence(s) of %1 now count for %2.", nullptr, *mapped).arg(from, to)
                  : QString());
}

} // namespace kuaibao
