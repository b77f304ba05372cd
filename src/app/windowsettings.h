#pragma once

#include <QByteArray>
#include <QSettings>

#include <memory>

namespace kuaibao {

// What the window remembers between runs: its size and place, the panel layout and the
// issue that was open. Tests give it a file of their own.
class WindowSettings {
public:
    // `iniPath` empty: the user's settings (QSettings' default place).
    explicit WindowSettings(const QString &iniPath = QString());

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    qint64 lastIssueId() const;
    void setLastIssueId(qint64 storageId);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kuaibao
