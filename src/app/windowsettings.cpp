#include "windowsettings.h"

namespace kuaibao {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLastIssue = QStringLiteral("session/lastIssueId");
const QString kServer = QStringLiteral("archive/server");
} // namespace

WindowSettings::WindowSettings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QByteArray WindowSettings::geometry() const {
    return m_settings->value(kGeometry).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry) {
    m_settings->setValue(kGeometry, geometry);
}

QByteArray WindowSettings::splitterState() const {
    return m_settings->value(kSplitter).toByteArray();
}

void WindowSettings::setSplitterState(const QByteArray &state) {
    m_settings->setValue(kSplitter, state);
}

qint64 WindowSettings::lastIssueId() const {
    return m_settings->value(kLastIssue, 0).toLongLong();
}

void WindowSettings::setLastIssueId(qint64 storageId) {
    m_settings->setValue(kLastIssue, storageId);
    m_settings->sync(); // remembered at once, so that a killed program still reopens it
}

QString WindowSettings::server() const {
    return m_settings->value(kServer).toString();
}

void WindowSettings::setServer(const QString &address) {
    if (address.isEmpty()) {
        m_settings->remove(kServer);
    } else {
        m_settings->setValue(kServer, address);
    }
    m_settings->sync();
}

void WindowSettings::sync() {
    m_settings->sync();
}

} // namespace kuaibao
