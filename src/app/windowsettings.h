#pragma once

#include <QByteArray>
#include <QSettings>

#include <memory>

namespace kuaibao {

// What the window remembers between runs: its size and place, the panel layout, the issue
// that was open and the office's server it was connected to. Tests give it a file of their own.
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
    // The server connected to last (its address, never a password); empty: this computer's
    // archive file.
    QString server() const;
    void setServer(const QString &address);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kuaibao
