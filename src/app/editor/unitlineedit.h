#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;

namespace kuaibao {

class BulletinTemplate;

// A list of unit names typed as 区妇联、龙泉镇: each name completes from the template's unit
// list, and a name the list does not know is marked, so that statistics stay exact.
class UnitLineEdit : public QLineEdit {
    Q_OBJECT

public:
    // `units` may be null (no template): then nothing completes and nothing is marked.
    explicit UnitLineEdit(const BulletinTemplate *units, QWidget *parent = nullptr);

    QStringList units() const { return splitUnits(text()); }
    // Shows `units` unless the text already means them, without signalling an edit.
    void setUnits(const QStringList &units);
    // The names in the text that are not in the template's unit list.
    QStringList unknownUnits() const;

    static QStringList splitUnits(const QString &text);
    static QString joinUnits(const QStringList &units);

signals:
    void unitsEdited(const QStringList &units);
    // A suggestion was taken (Enter, Tab or a click in the list): the owner moves on.
    void suggestionTaken();

private:
    void completeLastName(const QString &text);
    void insertCompletion(const QString &name);
    void markUnknown();

    const BulletinTemplate *m_units;
    QCompleter *m_completer = nullptr;
};

} // namespace kuaibao
