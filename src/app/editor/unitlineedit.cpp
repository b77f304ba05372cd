#include "unitlineedit.h"

#include "core/bulletintemplate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace kuaibao {

namespace {
const QString kSeparator = QStringLiteral("、");

QRegularExpression separators() {
    static const QRegularExpression pattern(QStringLiteral("[、,，;；\\s\u3000]+"));
    return pattern;
}
} // namespace

UnitLineEdit::UnitLineEdit(const BulletinTemplate *units, QWidget *parent)
    : QLineEdit(parent), m_units(units) {
    setPlaceholderText(tr("Units, separated by 、"));
    if (m_units) {
        QStringList names;
        for (const UnitEntry &unit : m_units->units()) {
            names << unit.name << unit.aliases;
        }
        m_completer = new QCompleter(new QStringListModel(names, this), this);
        m_completer->setWidget(this);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setFilterMode(Qt::MatchContains);
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                &UnitLineEdit::insertCompletion);
    }
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        completeLastName(text);
        markUnknown();
        emit unitsEdited(this->units());
    });
}

QStringList UnitLineEdit::splitUnits(const QString &text) {
    return text.split(separators(), Qt::SkipEmptyParts);
}

QString UnitLineEdit::joinUnits(const QStringList &units) {
    return units.join(kSeparator);
}

void UnitLineEdit::setUnits(const QStringList &units) {
    if (units != this->units()) {
        setText(joinUnits(units));
    }
    markUnknown();
}

QStringList UnitLineEdit::unknownUnits() const {
    QStringList unknown;
    if (!m_units) {
        return unknown;
    }
    for (const QString &name : units()) {
        if (m_units->canonicalUnit(name).isEmpty()) {
            unknown << name;
        }
    }
    return unknown;
}

void UnitLineEdit::completeLastName(const QString &text) {
    if (!m_completer) {
        return;
    }
    const QStringList parts = text.split(separators());
    const QString last = parts.isEmpty() ? QString() : parts.last();
    if (last.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(last);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == last)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void UnitLineEdit::insertCompletion(const QString &name) {
    QStringList names = units();
    const QString current = text();
    const bool endsWithSeparator =
        !current.isEmpty() && separators().match(current.right(1)).hasMatch();
    if (!names.isEmpty() && !endsWithSeparator) {
        names.removeLast();
    }
    names << (m_units ? m_units->canonicalUnit(name) : name);
    setText(joinUnits(names));
    markUnknown();
    emit unitsEdited(units());
    emit suggestionTaken();
}

void UnitLineEdit::markUnknown() {
    const QStringList unknown = unknownUnits();
    const bool marked = !unknown.isEmpty();
    if (property("unknownUnits").toBool() == marked &&
        toolTip().contains(unknown.join(kSeparator))) {
        return;
    }
    setProperty("unknownUnits", marked);
    setToolTip(marked ? tr("Not in the template's unit list (not counted in the statistics): %1")
                            .arg(unknown.join(kSeparator))
                      : QString());
    setStyleSheet(marked ? QStringLiteral("QLineEdit { color: #b71c1c; background: #fff3f0; }")
                         : QString());
}

} // namespace kuaibao
